"""German local politics by its kind words (the guidelines of session 27, round 20): a town's
council, administration or electoral committee named with its town is one body ("Stadtrat von
Bad Tölz", "Kreisverwaltung Mayen-Koblenz", "Wahlausschuss der Stadt Speyer"), and so is a
local office (round 39: "Gesundheitsamt des Landkreises Göppingen"); a party named by
a plural adjective after its article is a body ("die Grünen", "der Linken", "die Freien
Wähler"); a council named with a place the article names elsewhere is one body where the tagger
left the place untagged after it (round 40: "Der Ortsrat Neuenheim lädt ..."); a party member's
noun is no body ("der Sozialdemokrat Max Muster"); a town's quarter
named by its age or its compass point is a place, never a body ("die Neustadt", "die Südstadt").
Round 42: a council's group is named by its party, so the party alone is the body ("die Fraktion
der Grünen" -> "Grünen", as "Fraktion der SPD"); a district government named with its region is
one body ("Regierung von Oberbayern", as "Regierungspräsidium Kassel"); a town's officer before
a full name is the person, the office out ("Kulturreferentin Anna Muster"); a "Landesverband"
before a capitalised adjective is named by its kind and stays whole ("Landesverband Hessischer
Imker").

The tagger finds the town and drops the council's noun before it, misses a party spelled as an
adjective, and types a member's noun or a quarter as a body.  Whole articles only; each rule
looks only where its kind word stands.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.gazetteer import country_names, place_names
from storywire.stages.ner.missed_places import known_places

MODEL = "german-council"
# A council, an administration or an electoral committee, in the nominative or the genitive,
# with the link to its town ("von", "der Stadt", "des Landkreises") or none.  Only local kinds:
# a "Bundesverwaltung" or "Landesregierung" followed by a place is a national body's seat.
_BODY = (
    r"(?:(?:Stadt|Kreis|Gemeinde|Verbandsgemeinde|Amts|Samtgemeinde)verwaltung|"
    r"(?:Stadt|Gemeinde|Ortsgemeinde|Verbandsgemeinde|Samtgemeinde|Orts|Ortsbei|Ortschafts|Bezirks|Markt)rat(?:e?s)?|"
    r"Kreistag(?:e?s)?|Bürgerschaft|Bezirksvertretung|Stadtvertretung|Stadtverordnetenversammlung|Gemeindevertretung|Magistrat(?:s)?|"
    r"(?:Stadt|Kreis|Gemeinde|Orts)?[Ww]ahlausschuss(?:es)?|(?:Stadt|Kreis|Gemeinde)?[Ww]ahlamt(?:e?s)?|"
    r"Kreiswahlleitung|Stadtwahlleitung|"
    # a town's or a district's office ("Gesundheitsamt des Landkreises Göppingen"): a state's
    # or the federation's office before a place names its seat, not its territory
    r"(?!Bundes|Landes)[A-ZÄÖÜ][a-zäöüß]{2,}amt(?:e?s)?)"
)
_BODY_BEFORE = re.compile(
    rf"(?<![\w-])(?P<body>{_BODY}) "
    r"(?:(?:von|der Stadt|der Gemeinde|der Ortsgemeinde|der Verbandsgemeinde|der Samtgemeinde|der Kreisstadt|"
    r"der Landeshauptstadt|der Hansestadt|des Kreises|des Landkreises|des Stadtkreises|des Bezirks) )?$"
)
# ... or with an article only, where the tagger took the town's kind word into the place.
_BODY_BEFORE_ARTICLE = re.compile(rf"(?<![\w-])(?P<body>{_BODY}) (?:des|der) $")
# A local council right before a capitalised word (no link): the word is its town where the
# article names that place elsewhere.
_COUNCIL_BEFORE_WORD = re.compile(
    r"(?<![\w-])(?:Stadt|Gemeinde|Orts|Ortschafts|Bezirks|Markt)rat(?:e?s)? "
    r"(?P<town>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*)(?![\w-])"
)
_TOWN_KINDS = frozenset(
    {"Landkreises", "Kreises", "Stadtkreises", "Stadt", "Gemeinde", "Verbandsgemeinde", "Kreisstadt", "Hansestadt"}
)
_BODY_TRIGGERS = (
    "Regierung von",
    "verwaltung",
    "rat",
    "Kreistag",
    "Bürgerschaft",
    "vertretung",
    "versammlung",
    "Magistrat",
    "ahlaus",
    "ahlamt",
    "ahlleit",
    "amt",
)
# A party named by a plural adjective after its article: "die Grünen", "der Linken".  A
# hyphen ("Grünen-Abgeordnete": a word holding the name) or a noun after it ("die Grünen
# Wiesen") is no party.
_PARTY = re.compile(
    r"(?<![\w-])(?:[Dd]ie|[Dd]er|[Dd]en) (?P<party>Grünen|Linken|Freien Wähler(?:n)?)(?![\w-])(?! [A-ZÄÖÜ][a-zäöüß])"
)
# A council's or a parliament's group by its party: the group's noun stays out of the party.
_GROUP = re.compile(r"^(?:[A-ZÄÖÜ][a-zäöüß]+f|F)raktion (?:der|von) (?=[A-ZÄÖÜ])")
# A Bavarian district government before its region ("Regierung von Oberbayern"); a country
# after it is a state's government and is split ("Sénat" + "États-Unis" in the guidelines).
_DISTRICT_GOVERNMENT = re.compile(r"(?<![\w-])Regierung von $")
# A town's officer before a full name, both typed one body by the tagger: the name is a person.
_OFFICER_NAME = re.compile(
    r"^[A-ZÄÖÜ][a-zäöüß]+(?:referent|dezernent|sprecher|leiter)(?:in)? "
    r"(?P<name>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)? [A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)$"
)
# A federation named by its kind and an adjective ("Landesverband Hessischer Imker"),
# where the tagger took the adjective and its noun only.
_FEDERATION_BEFORE = re.compile(r"(?<![\w-])(?:Landes|Bundes|Bezirks|Kreis)verband $")
_ADJECTIVE_OPENING = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+(?:isch|sch)er [A-ZÄÖÜ]")
# A party member's noun, singular or plural, typed a body by the tagger.
_MEMBER = re.compile(r"(?:Sozial|Christ|Frei)demokrat(?:in|innen|en)?|Christsoziale[rn]?")
# A town's quarter named by its age or its compass point ("Neustadt" is also many towns: a
# place either way).
_QUARTER = re.compile(r"(?:Alt|Neu|Innen|Nord|Süd|West|Ost|Vor)stadt")


def german_councils(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the councils and parties above made bodies, a member's noun dropped
    and a quarter typed a place."""
    if language != "de":
        return mentions
    out = []
    for m in mentions:
        if m.type == "ORG" and _MEMBER.fullmatch(m.text):
            continue  # "der Sozialdemokrat Max Muster": the man's party, no body
        if m.type == "ORG" and _QUARTER.fullmatch(m.text):
            m.type, m.model = "LOC", MODEL  # "für die Neustadt"
        if m.type == "ORG" and (group := _GROUP.match(m.text)):
            m.start += group.end()  # "Fraktion der Grünen": the party
            m.text, m.model = text[m.start : m.end], MODEL
        if m.type == "ORG" and (officer := _OFFICER_NAME.match(m.text)):
            m.start += officer.start("name")  # "Kulturreferentin Anna Muster": the person
            m.text, m.type, m.model = text[m.start : m.end], "PER", MODEL
        if (
            m.type == "ORG"
            and _ADJECTIVE_OPENING.match(m.text)
            and (kind := _FEDERATION_BEFORE.search(text, max(0, m.start - 20), m.start))
        ):
            m.start = kind.start()  # "Landesverband" + "Hessischer Imker": one body
            m.text, m.model = text[m.start : m.end], MODEL
        out.append(m)
    if any(word in text for word in _BODY_TRIGGERS):
        out = claimed_spans(text, out, _councils(text, out), "ORG", MODEL, 0.8)
    if "Grünen" in text or "Linken" in text or "Freie" in text:
        parties = [found.span("party") for found in _PARTY.finditer(text)]
        out = claimed_spans(text, out, parties, "ORG", MODEL, 0.8)
    return out


def _adjective(name: str) -> bool:
    """ "Kulmbacher", "Mainzer": a town's adjective, no town to name a council by."""
    places = place_names("de")
    return name.endswith("er") and (name[:-2] in places or name[:-1] in places)


# A town's name joined by a preposition ("Wyk auf Föhr", "Weil am Rhein"), which the tagger
# reads as two places.
_JOINED_TOWN = re.compile(r" (?:auf|am|an der|im|ob|bei|in|unter) [A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*(?![\w-])")


def _whole_town_end(text: str, town: Mention) -> int:
    """The end of `town` or of the gazetteer's longer town its joined name makes: "Stadtvertretung
    Wyk auf Föhr" is the council of Wyk auf Föhr, not of Wyk in Föhr."""
    joined = _JOINED_TOWN.match(text, town.end)
    if joined is not None and text[town.start : joined.end()] in known_places("de"):
        return joined.end()
    return town.end


def _councils(text: str, mentions: list[Mention]) -> list[tuple[int, int]]:
    """Spans of a council's noun (with its link) and the town after it."""
    countries = country_names("de")
    spans = []
    for town in mentions:
        if town.type not in ("LOC", "ORG") or town.text in countries or town.start < 4 or _adjective(town.text):
            continue
        before = text[max(0, town.start - 80) : town.start]
        found = _BODY_BEFORE.search(before)
        if found is None and town.type == "LOC" and town.text.isalpha():
            # one word: a region ("Oberbayern"), not a title the tagger took for a place
            found = _DISTRICT_GOVERNMENT.search(before)  # "Regierung von" + "Oberbayern"
            if found is not None:
                spans.append((town.start - len(before) + found.start(), town.end))
                continue
        if found is None and town.text.split(" ", 1)[0] in _TOWN_KINDS:
            found = _BODY_BEFORE_ARTICLE.search(before)  # "Kreistag des" + "Landkreises Cochem-Zell"
        if found is not None:
            spans.append((town.start - len(before) + found.start("body"), _whole_town_end(text, town)))
    if "rat " in text:
        places = {m.text for m in mentions if m.type == "LOC"}
        starts = {m.start for m in mentions}
        for found in _COUNCIL_BEFORE_WORD.finditer(text):
            if found["town"] in places and found.start("town") not in starts and not _adjective(found["town"]):
                spans.append(found.span())
    return spans
