"""German health care and county news by its kind words (the guidelines of session 29, round
24): a hospital named by a hyphenated compound or by its site is a body ("Elbtal-Klinik",
"Hochwald-Klinikum", round 39: "Klinik am Eichert"),
the district after a locative preposition is one place with its kind word ("im Landkreis
Goslar"), a bare district's or town hall's noun is no name ("im Landkreis den Dienst", "vor
dem Rathaus"), and a ministry's fields listed with commas are all its name ("Ministerium für
Umwelt, Energie, Bauen und Klimaschutz").

The tagger misses a hospital's compound in a headline, keeps only the town of a district, types
a bare kind noun a body or a place, and ends a ministry's name at its first comma.  Whole
articles only; each rule looks only where its kind word stands.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.gazetteer import place_names

MODEL = "german-health"
# A hospital named by one or more capitalised words hyphened to its kind word, declined or not;
# not inside a longer compound ("Solling-Klinikchef").
_HOSPITAL = re.compile(
    r"(?<![\w-])[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*-"
    r"(?:Klinik|Klinikum|Klinikums|Kliniken|Krankenhaus|Krankenhauses|Spital|Spitals)(?![\w-])"
)
_HOSPITAL_TRIGGERS = ("-Klinik", "-Kranken", "-Spital")
# ... or by its site after "am"/"an der" ("Klinik am Eichert", "Krankenhaus an der Lahn"): the
# site is the hospital's name, never a place of its own; a time after "am" is no site.
_HOSPITAL_AT = re.compile(
    r"(?<![\w-])(?:Klinik|Klinikum|Krankenhaus|Kreiskrankenhaus|Kreisklinik|Fachklinik|Kliniken) "
    r"(?:am|an der|auf dem|auf der) (?!(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag|"
    r"Wochenende|Morgen|Vormittag|Mittag|Nachmittag|Abend|Tag|Ende|Anfang|Rande)\b)"
    r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*(?![\w-])"
)
# A hospital as one compound ending in its kind word, then its town ("Seeklinik Norddorf",
# "Kreisklinik Ebersberg"): hospitals are bodies (round 21), a model's place is retyped; after a
# locative preposition ("in der Fachklinik X") it is where something happens and stays a place.
_HOSPITAL_COMPOUND = re.compile(
    r"^[A-ZÄÖÜ][a-zäöüß]+(?:klinik|klinikum|krankenhaus) [A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*$"
)
_LOCATIVE_BEFORE = re.compile(r"(?:^|\s)(?i:in der|in dem|im|an der|am|zur|zum|nach|aus der|aus dem) $")
# A district after a locative preposition is where something is: one place with its kind word.
# After "vom" or "der" a district more often acts (a body: "der Landkreis Verden hat ...").
_DISTRICT_AFTER = re.compile(r"(?:^|[\s(])(?:[Ii]m|[Aa]us dem|[Ii]n dem|[Ii]n den|[Ii]m gesamten|[Ii]m ganzen) $")
_DISTRICT = "Landkreis "
# A kind noun alone names nothing: the tagger types it a body or a place.
_BARE_NOUNS = frozenset({"Landkreis", "Landkreises", "Rathaus", "Rathauses", "Kreishaus", "Kreishauses"})
# A ministry's or agency's name that a model ended at its first field ...
_FIELD_END = re.compile(r"(?:[Mm]inisterium|[Mm]inisteriums|[Aa]mt|[Aa]mtes|[Aa]gentur|[Bb]ehörde) für [A-ZÄÖÜ][\w-]*$")
# ... and the further fields, each one capitalised word, the last after "und".
_MORE_FIELDS = re.compile(r"(?:, [A-ZÄÖÜ][a-zäöüß-]+)+ und [A-ZÄÖÜ][a-zäöüß-]+(?![\w-])")


def german_health(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the hospitals, districts and ministries above, and without bare kind
    nouns."""
    if language != "de":
        return mentions
    out = [m for m in mentions if m.text not in _BARE_NOUNS]
    if any(trigger in text for trigger in _HOSPITAL_TRIGGERS):
        out = claimed_spans(text, out, [f.span() for f in _HOSPITAL.finditer(text)], "ORG", MODEL, 0.8)
    if "Klinik" in text or "Krankenhaus" in text:
        out = claimed_spans(text, out, [f.span() for f in _HOSPITAL_AT.finditer(text)], "ORG", MODEL, 0.8)
    if "klinik" in text or "krankenhaus" in text:
        for m in out:
            if (
                m.type == "LOC"
                and _HOSPITAL_COMPOUND.match(m.text)
                and not _LOCATIVE_BEFORE.search(text, max(0, m.start - 12), m.start)
            ):
                m.type, m.model = "ORG", MODEL
    if _DISTRICT in text:
        out = claimed_spans(text, out, _districts(text, out), "LOC", MODEL, 0.8)
    if " für " in text:
        out = _ministries(text, out)
    return out


def _districts(text: str, mentions: list[Mention]) -> list[tuple[int, int]]:
    """Spans of "Landkreis" + the district the model found after a locative preposition."""
    spans = []
    for m in mentions:
        start = m.start - len(_DISTRICT)
        if (
            m.type in ("LOC", "ORG")
            and start > 0
            and text.startswith(_DISTRICT, start)
            and _DISTRICT_AFTER.search(text, max(0, start - 20), start)
        ):
            spans.append((start, m.end))
    return spans


def _ministries(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with a ministry's name that ends at its first field run over the fields
    listed after it, none of them a place ("für Soziales, Arbeit und Gesundheit")."""
    out = []
    places = place_names("de")
    for m in mentions:
        more = _MORE_FIELDS.match(text, m.end) if m.type == "ORG" and _FIELD_END.search(m.text) else None
        if more is not None and not any(word in places for word in re.findall(r"[A-ZÄÖÜ][\w-]*", more.group())):
            end = more.end()
            if not any(o is not m and o.start < end and m.end <= o.start for o in mentions):
                m = Mention(m.start, end, text[m.start : end], "ORG", MODEL, m.confidence)
        out.append(m)
    return out
