"""Italian mountain-resort news by its kinds of name (round 44's ski lifts):

* a town after its council's lower-case kind word ("il consiglio comunale di Abetone
  Cutigliano"): the town alone, a place, where the rules read two capitalised words as a person;
* towns listed after "tra/fra" where the list holds a place already, or one the gazetteer knows
  ("tra Fiumalbo, Pievepelago e San Rocco Ventasso"): each a place, as one list names one kind
  of thing;
* a place these rules found, named again untagged (a headline) or left a miscellany by the rules
  ("l'Abetone perde clienti"): the place there too, as one article means one thing by one name;
* a coach operator named with its kind word last ("la Dolomiti Bus"): a firm, not a person;
* a professional firm after "studio" joined by "&" ("lo studio milanese Rossi & Bianchi
  Ingegneri Associati"): one body, where the rules cut it at "&" into a miscellany and a person.

Whole articles only; each rule looks only where its cue word stands.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.missed_places import known_places
from storywire.stages.ner.place_lists import places_named_again

MODEL = "italian-resorts"
_NAME = r"[A-ZÀ-ÖØ-Þ][\w’'-]+"
_TOWN = rf"(?:(?:San|Santa|Santo|Sant['’]) *)?{_NAME}(?: +{_NAME}){{0,2}}"
_COUNCIL_TOWN = re.compile(
    r"(?<![\w-])(?:consiglio|giunta) +(?:comunale|municipale) +di +"
    rf"(?P<town>{_NAME}(?: +{_NAME}){{0,2}})(?![\w’'-])"
)
_TOWN_LIST = re.compile(rf"(?<![\w-])(?:tra|fra) +(?P<list>{_TOWN}(?:, +{_TOWN})+ +e +{_TOWN})(?![\w’'-])")
_ITEM = re.compile(_TOWN)
# An article or preposition opening a sentence is no name ("Il Bus navetta parte").
_NOT_NAME = r"(?!(?:Il|La|Lo|Le|Gli|Un|Una|Del|Della|Nel|Nella|Dal|Dalla|Sul|Sulla|Col|Con|Per|In|Ogni)\b)"
_COACH_FIRM = re.compile(rf"(?<![\w’'-]){_NOT_NAME}{_NAME}(?: +{_NAME})? +Bus(?![\w’'-])")
_PRACTICE = re.compile(
    rf"(?<![\w-])studio(?: +[a-zà-ù]+)? +(?P<name>{_NAME}(?: +{_NAME})* +& +{_NAME}(?: +{_NAME})*)(?![\w’'-])"
)
# A list holding a person the rules know by a given name is a list of people.
_SURE_PERSON = 0.8


def italian_resorts(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with council towns, listed towns, coach operators and "&" practices typed as
    the module's docstring says."""
    if language != "it":
        return mentions
    if "comunale" in text or "municipale" in text:
        towns = [f.span("town") for f in _COUNCIL_TOWN.finditer(text)]
        mentions = claimed_spans(text, mentions, towns, "LOC", MODEL, 0.8)
    if " e " in text:
        mentions = claimed_spans(text, mentions, _listed_towns(text, mentions), "LOC", MODEL, 0.75)
    placed = {m.text for m in mentions if m.type == "LOC" and m.model == MODEL}
    if placed:
        for m in mentions:
            if m.type == "MISC" and m.text in placed:
                m.type, m.model = "LOC", MODEL
        mentions = places_named_again(text, mentions, language)
    if "Bus" in text:
        mentions = claimed_spans(text, mentions, [f.span() for f in _COACH_FIRM.finditer(text)], "ORG", MODEL, 0.8)
    if "&" in text:
        firms = [f.span("name") for f in _PRACTICE.finditer(text)]
        mentions = claimed_spans(text, mentions, firms, "ORG", MODEL, 0.8)
    return mentions


def _listed_towns(text: str, mentions: list[Mention]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    places = known_places("it")
    for found in _TOWN_LIST.finditer(text):
        s, e = found.span("list")
        items = [(s + i.start(), s + i.end()) for i in _ITEM.finditer(found["list"])]
        inside = [m for m in mentions if s <= m.start and m.end <= e]
        if any(m.type == "PER" and m.confidence >= _SURE_PERSON for m in inside):
            continue
        placed = any(m.type == "LOC" and (m.start, m.end) in items for m in inside)
        if placed or any(text[i:j] in places for i, j in items):
            spans.extend(items)
    return spans
