"""French associations, federations and unions whose name runs on past an "et" to its territory:
"Association départementale des déportés et internés résistants du Finistère", "Fédération
nationale des anciens combattants et victimes de guerre de Bretagne".

spaCy ends the name at the first noun ("Association départementale des déportés") and reads the
territory as a place of its own.  The name is taken on only over lower-case words joined by
"et" and a "du"/"de la" right before a place a model found, so that a verb or an article stops
it ("L'Association des maires a écrit au préfet du Finistère").

Two more shapes of the same cut: an old boys' association named by the body its members served
or studied in ("Amicale des anciens du 31e dragons", "Association des anciens élèves du lycée
Hoche"), one ORG with that body; and a body's name run on past "et" up to its acronym in brackets
("Office national des combattants et des victimes de guerre (ONaCVG)"), where the acronym's
letters vouch for the words it adds (French, Spanish and Italian: "Instituto Nacional de
Estadística y Censos (INDEC)").  Whole articles only.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.cues import word_set

MODEL = "french-association"
_HEADS = (
    "Association", "Fédération", "Union", "Amicale", "Comité", "Syndicat", "Ligue", "Confédération",
    "Coordination", "Collectif",
)  # fmt: skip
_RUN_ON = re.compile(r" (?:et|ou) (?P<words>[a-zà-ÿ’'-]+(?: [a-zà-ÿ’'-]+){0,5}?) (?:du|de la|de l['’]|des|de|d['’]) ?$")
# words that a clause, not a name, puts between ("et a écrit au préfet du ...")
_CLAUSE_WORDS = word_set(
    "a ont est sont était sera qui que le la les un une au aux pour avec sur dans par se sa son ses leur leurs ne "
    "pas y en il elle ils elles on"
)
_REACH = 80
_ALUMNI = re.compile(
    rf"(?<![\w-])(?:{'|'.join(_HEADS)}|Société) des anciens(?: [a-zà-ÿ-]+){{0,2}} "
    r"(?:du |de la |de l['’]|des |d['’])(?:[a-zà-ÿ-]+ )?$"
)
# the words that carry a body's name on past where a model cut it ("... et des victimes de guerre",
# "... sur les accidents de transport terrestre")
_CONJUNCTIONS = {
    "fr": "et|sur|dans|de|du|des|pour|en|aux",
    "es": "y|e|de|del|para|en|sobre",
    "it": "e|ed|di|del|della|dei|per|sul|sulla|in",
}
# (a verb or a pronoun between says a clause joins two names, whatever the letters)
_VERBS = word_set("a ont est sont était sera qui que ne il elle ils elles on es son fue ha han è sono hanno che")
_JOINING_WORDS = word_set("de des du la le l d di del della dei degli delle y e ed et los las")


def french_associations(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with an association's name run on over "et ..." to its territory as one ORG,
    in place of the name cut short and the territory; an old boys' association with its body, and
    a body's name run on to its acronym in brackets, the same."""
    if language in _CONJUNCTIONS and "(" in text:
        mentions = _run_on_to_acronym(text, mentions, language)
    if language != "fr" or not any(head in text for head in _HEADS):
        return mentions
    mentions = _alumni(text, mentions)
    places = {m.start: m for m in mentions if m.type in ("LOC", "MISC")}
    spans = []
    for m in mentions:
        if m.type != "ORG" or not m.text.startswith(_HEADS):
            continue
        for start, place in places.items():
            if not m.end < start <= m.end + _REACH:
                continue
            found = _RUN_ON.match(text, m.end, start)
            if found is not None and not _CLAUSE_WORDS & set(found["words"].split()):
                spans.append((m.start, place.end))
    return claimed_spans(text, mentions, spans, "ORG", MODEL, 0.75) if spans else mentions


def _alumni(text: str, mentions: list[Mention]) -> list[Mention]:
    if " des anciens " not in text:
        return mentions
    spans = []
    for m in mentions:
        if m.type != "ORG":
            continue
        found = _ALUMNI.search(text, max(0, m.start - 80), m.start)
        if found is not None:
            spans.append((found.start(), m.end))
    return claimed_spans(text, mentions, spans, "ORG", MODEL, 0.75) if spans else mentions


_RUN_ON_TO_ACRONYM = {
    language: re.compile(rf" (?:{words}) [\w’'-]+(?: [\w’'-]+){{0,6}} \((?P<acronym>[A-Z][A-Za-z-]{{2,9}})\)")
    for language, words in _CONJUNCTIONS.items()
}


def _run_on_to_acronym(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    run_on = _RUN_ON_TO_ACRONYM[language]
    spans = []
    for m in mentions:
        if m.type != "ORG" or " " not in m.text:
            continue
        found = run_on.match(text, m.end)
        if found is None or _VERBS & set(text[m.end : found.start("acronym")].split()):
            continue
        letters = [c for c in found["acronym"] if c.isupper()]
        before = _initials(m.text)
        after = _initials(text[m.start : found.start("acronym") - 2])
        # (an acronym that opens with another letter names the second body: "la Universidad de
        # Sevilla y el Instituto Nacional de Técnica Aeroespacial (INTA)")
        if letters[:1] == before[:1] and len(letters) > len(before) and _is_subsequence(letters, after):
            spans.append((m.start, found.start("acronym") - 2))
    return claimed_spans(text, mentions, spans, "ORG", MODEL, 0.75) if spans else mentions


def _initials(name: str) -> list[str]:
    words = re.split(r"[ '’-]+", name)
    return [w[0].upper() for w in words if w and w.lower() not in _JOINING_WORDS]


def _is_subsequence(letters: list[str], initials: list[str]) -> bool:
    remaining = iter(initials)
    return all(letter in remaining for letter in letters)
