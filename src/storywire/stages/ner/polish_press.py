"""Polish newspapers told something, by their quoted name in the dative after a verb of saying
(or in the instrumental after "w rozmowie z")
(whole articles only): "powiedziała „Nowinom”", "przekazał „Dziennikowi Bałtyckiemu”" is the
paper, an organisation without its quotes, as the guidelines mark a newspaper.  The tagger reads
a lone quoted word as a place or a person.

A quoted utterance after the verb is no paper: its words are not all capitalised ("powiedział
„Jestem w szoku”"), and a lone word must end as a noun's dative does (-owi, -om, -emu, -ej), so
that "„Świetnie”" stays out.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans

MODEL = "polish-press"
_UP = "A-ZĄĆĘŁŃÓŚŹŻ"
_SAID = re.compile(
    r"(?<![\w-])(?:powiedział|przekazał|potwierdził|zdradził|poinformował|wyjaśnił|tłumaczył|oświadczył|"
    r"zapowiedział|dodał|opowiedział|przyznał|mówi|mówił)(?:a|o|y|i)? "
    rf"„(?P<name>[{_UP}][\w-]+(?: [{_UP}][\w-]+){{0,3}})”"
)
# "w rozmowie z „Gazetą Lubuską”": the paper in the instrumental after an interview (a plural
# title in -ami too: „Wiadomościami”)
_INTERVIEW = re.compile(
    rf"(?<![\w-])rozmowie z „(?P<name>[{_UP}][\w-]+(?:ą|em|iem|ami)(?: [{_UP}][\w-]+(?:ą|em|im|ym)){{0,2}})”"
)
_SINGLE_DATIVE = re.compile(r"(?:owi|om|emu|ej)$")
_MANY_DATIVE = re.compile(r"(?:owi|om|emu|ie|ej|ym|ego)$")


def polish_press(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with each paper told something one ORG."""
    if language != "pl" or "„" not in text:
        return mentions
    papers = []
    for found in _SAID.finditer(text):
        name = found["name"]
        dative = _MANY_DATIVE if " " in name else _SINGLE_DATIVE
        if dative.search(name):
            papers.append(found.span("name"))
    if "rozmowie z „" in text:
        papers += [found.span("name") for found in _INTERVIEW.finditer(text)]
    return claimed_spans(text, mentions, sorted(papers), "ORG", MODEL, 0.8) if papers else mentions
