"""German church and asylum news by its kind words: a diocese or a court named with its town
("Bistum Passau", "Verwaltungsgericht Bamberg": one body, not the place the tagger reads), a
diocesan charity with its diocese ("Caritasverband für die Erzdiözese Bamberg"), a regional
church ("Evangelische Kirche in Deutschland", "Evangelisch-Lutherische Kirche in Bayern": one
body with its region), and a district after its kind word ("im Stadtteil Grubweg": the name,
a place, which the article names again without the kind word).

The tagger types "Bistum Passau" a place, stops a church at "Kirche" and misses a district it
has never seen.  Whole articles only; each rule looks only where its kind word stands.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.missed_places import known_places
from storywire.stages.ner.word_frequency import zipf

MODEL = "german-church"
_PLACE = r"[A-ZÄÖÜ][\wäöüß]+(?:-[A-ZÄÖÜ][\wäöüß]+)*"
# A diocese or a court typed a place with its town: the body, its town inside ("Bistums
# Regensburg", "Landgericht Passau", "Erzdiözese München").
_BODY_FIRST = re.compile(
    r"(?:Erz)?(?:Bistum|Bistums|Diözese|Bistümer)|Erzdiözese|Landeskirche|Dekanat|Dekanats|"
    r"[A-ZÄÖÜ][a-zäöüß]*gericht(?:s|shof|shofs)?"
)
_BODY_BEFORE = re.compile(rf"(?<![\w-])(?:{_BODY_FIRST.pattern}) $")
_BODY_WITH_PLACE = re.compile(rf"(?<![\w-])(?:{_BODY_FIRST.pattern}) +(?P<place>{_PLACE})(?![\w-])")
_GENERIC = frozenset({"Kirche", "Kirchen", "Pfarrei", "Gemeinde", "Kirchengemeinde"})
# A diocesan or regional charity with its diocese or town.
_CHARITY = re.compile(
    r"(?<![\w-])(?:Caritasverband(?:es)?|Diakonisches Werk|Diakonischen Werks?|Diözesan-Caritasverband(?:es)?)"
    r"(?: +(?:für +(?:die|das|den)|der|des|im|in +der|in +dem) +(?:Erzdiözese|Diözese|Erzbistum|Bistum|Bistums|"
    r"Landkreis|Landkreises|Stadt|Region|Dekanat))? +"
    rf"(?P<place>{_PLACE}(?: +und +{_PLACE})?)"
)
# A church body named with its region: a capitalised adjective, "Kirche", and "in"/"im"/"von"
# with a known place ("Evangelisch-Lutherischen Kirche in Bayern", "Evangelische Kirche im
# Rheinland").  A lower-case adjective ("die katholische Kirche in Polen") is the faith, no body.
_CHURCH_IN = re.compile(
    r"(?<![\w-])(?:[A-ZÄÖÜ][a-zäöü]+-)?[A-ZÄÖÜ][a-zäöü]+(?:e|en|er) +Kirche +(?:in|im|von) +(?:der +|den +)?"
    rf"(?P<place>{_PLACE}(?: +und +{_PLACE})?)"
)
# A district after its kind word: the name alone is the place (the guidelines' "im Stadtteil
# Patenga" -> "Patenga").
_DISTRICT = re.compile(
    r"(?<![\w-])(?:Stadtteil|Stadtteils|Ortsteil|Ortsteils|Stadtbezirk|Stadtbezirks|Stadtviertel|Stadtviertels|"
    rf"Gemeindeteil|Vorort|Vororts) +(?P<name>{_PLACE})(?![\w-])"
)
_COMMON_ZIPF = 3.5
_TRIGGERS = (
    "Bist",
    "iözese",
    "gericht",
    "Landeskirche",
    "Dekanat",
    "Caritas",
    "Diakon",
    "Kirche",
    "Stadt",
    "teil",
    "Vorort",
)


def _place_like(name: str, places: frozenset[str]) -> bool:
    """A known place, or a capitalised word rarer than a common noun ("Kumpfmühl", not "Sprecher")."""
    return all(part in places or zipf(part.lower(), "de") < _COMMON_ZIPF for part in name.split(" und "))


def church_bodies(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with dioceses, courts, diocesan charities and regional churches one ORG
    each, and districts named by their kind word places (again where named alone)."""
    if language != "de" or not any(word in text for word in _TRIGGERS):
        return mentions
    for m in mentions:
        first, _, rest = m.text.partition(" ")
        if m.type == "LOC" and rest and " " not in rest and _BODY_FIRST.fullmatch(first):
            m.type, m.model = "ORG", MODEL  # "Bistum Regensburg" read as a place
    # "der Kirche", "die Kirchen": the faith or a building, no name (a named church has more words)
    mentions = [m for m in mentions if not (m.type == "ORG" and m.text in _GENERIC)]
    places = known_places(language)
    bodies: list[tuple[int, int]] = []
    for m in mentions:
        # "beim Verwaltungsgericht" + "Regensburg" typed apart: the court with its town
        found = _BODY_BEFORE.search(text, max(0, m.start - 40), m.start) if " " not in m.text else None
        if found is not None and m.type in ("LOC", "ORG") and _place_like(m.text, places):
            bodies.append((found.start(), m.end))
    # ... and one the tagger left untagged, with a known town or region ("des Bistums Passau")
    for found in _BODY_WITH_PLACE.finditer(text):
        if found["place"] in places:
            bodies.append(found.span())
    if "Caritas" in text or "Diakon" in text:
        bodies.extend(found.span() for found in _CHARITY.finditer(text) if _place_like(found["place"], places))
    if "Kirche" in text:
        for found in _CHURCH_IN.finditer(text):
            if all(part in places for part in found["place"].split(" und ")):
                bodies.append(found.span())
    out = claimed_spans(text, mentions, bodies, "ORG", MODEL, 0.8)
    return _districts(text, out, places) if "teil" in text or "Stadt" in text or "Vorort" in text else out


def _districts(text: str, mentions: list[Mention], places: frozenset[str]) -> list[Mention]:
    names = {found["name"] for found in _DISTRICT.finditer(text) if _place_like(found["name"], places)}
    if not names:
        return mentions
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    spans: list[tuple[int, int]] = []
    out = list(mentions)
    for found in re.finditer(rf"(?<![\w-])(?:{alternatives})(?![\w-])", text):
        s, e = found.span()
        for m in out:
            # a headline's "Kirchenasyl in Grubweg" read as one body: the district alone
            if m.end == e and m.start < s and re.fullmatch(r"[A-ZÄÖÜ]\w+ in ", text[m.start : s]):
                m.start, m.text, m.type, m.model = s, text[s:e], "LOC", MODEL
        spans.append((s, e))
    return claimed_spans(text, out, spans, "LOC", MODEL, 0.75)
