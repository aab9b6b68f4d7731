"""Spanish state firms by their kind words (round 42, post offices), and the short name they go by.

* A state firm is named with its capitalised kind words, "Sociedad Estatal" or "Sociedad
  Mercantil Estatal", then its capitalised name, two nouns of it joined by "y", and its legal form
  ("Sociedad Estatal Loterías y Apuestas del Estado, S.A."): the tagger cuts it at "y", reads the
  second noun as a place, and runs a plural of sources before it into the name ("Fuentes de la
  Sociedad Estatal ..."): the firm is one ORG, the sources are no name.
* Such a firm goes by the first word of its name alone ("Loterías ha anunciado"), a plural noun
  the tagger leaves out: where it stands capitalised on its own, it is the firm.

Whole articles only; each rule looks only where its kind words stand.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import Blocks, claimed_spans

MODEL = "spanish-state-firm"
_UP = "A-ZÁÉÍÓÚÑ"
_WORD = rf"[{_UP}][\w-]+"
_LINK = r"(?:y|de|del|de la|de los|de las)"
_STATE_FIRM = re.compile(
    rf"(?<![\w-])(?:Sociedad (?:Mercantil )?Estatal) (?P<short>{_WORD})(?: {_LINK} {_WORD}){{0,4}}"
    r"(?:,? S\.A\.(?:U\.)?|,? S\.M\.E\.)?(?![\w-])"
)
# a model's run-in before the kind words: "Fuentes de la ", "Portavoces de la "
_RUN_IN = re.compile(r"^[\w ]+ de la $")


def spanish_state_firms(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with each state firm one ORG and its short name an ORG where it stands alone."""
    if language != "es" or "Estatal " not in text:
        return mentions
    firms = list(_STATE_FIRM.finditer(text))
    if not firms:
        return mentions
    out = claimed_spans(text, mentions, [f.span() for f in firms], "ORG", MODEL, 0.8, _blocks(text))
    for short in {f["short"] for f in firms}:
        for found in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w-])", text):
            s, e = found.span()
            inside = [m for m in out if m.start < e and s < m.end]
            if not inside:
                out.append(Mention(s, e, short, "ORG", model=MODEL, confidence=0.7))
            elif len(inside) == 1 and (inside[0].start, inside[0].end) == (s, e):
                inside[0].type, inside[0].model = "ORG", MODEL
    return sorted(out, key=lambda m: (m.start, m.end))


def _blocks(text: str) -> Blocks:
    """A mention running past the firm's end blocks it; one that only runs in from before, by a
    phrase ending in "de la", gives way (it is cut off with the words before the firm)."""

    def blocks(m: Mention, start: int, end: int) -> bool:
        if m.end > end:
            return True
        return m.start < start and not _RUN_IN.match(text[m.start : start])

    return blocks
