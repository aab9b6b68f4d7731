"""German local news by its kind words (the guidelines of session 28, round 21): a shop or a
trade named with a capitalised kind word is one firm ("Bäckerei Kramer", "Getränke Vogt GmbH");
a municipality named with its town is a body ("die Gemeinde Finnentrop"); an archive or a
library named with its town or its owner is one body ("Stadtarchiv Soest", "Archiv des Bistums
Münster"); a federation "of" a body takes the body in ("Verband der Chemischen Industrie"); a
savings bank named "im"/"am" its region keeps the region ("Sparkasse am Niederrhein"); a
district named as one compound ("Rhein-Sieg-Kreis", "Märkischen Kreises" aside) and a landscape
"-land" region in the genitive ("des Siegerlands") are places; a regional newspaper named as one
compound with its region ("Frankenpost") is a body; a street named after a region
("Münsterlandstraße") and a river after "Dorf an der" are places.  What only looks like a name
is dropped: a craft's master ("Zimmermeister"), "im Zeichen der ..." and "nach dem Krieg"; a
surname's genitive keeps no noun after it ("Kramers Frau" -> "Kramers").

The tagger reads the owner's name of a shop alone, the region of a bank as the town's place,
misses genitives and compounds it never saw and types a master craftsman as a body.  Whole
articles only; each rule looks only where its kind word stands.
"""

from __future__ import annotations

import itertools
import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.gazetteer import place_names
from storywire.stages.ner.word_frequency import zipf

MODEL = "german-local"
_RARE_ZIPF = 3.0
_NAME = r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?"
# A shop's or a trade's capitalised kind word before its owner's name: one firm.
_TRADE = re.compile(
    r"(?<![\w-])(?:Bäckerei|Landbäckerei|Konditorei|Metzgerei|Landmetzgerei|Fleischerei|Gärtnerei|Schreinerei|"
    r"Tischlerei|Zimmerei|Dachdeckerei|Schlosserei|Getränke|Autohaus|Möbelhaus|Elektro|Sanitär|Bestattungen|"
    r"Bestattungshaus|Raumausstattung|Hofladen) (?=[A-ZÄÖÜ])"
)
# A municipality named with its town, not after a preposition of place ("in der Gemeinde X"
# is where something stands: the town alone).
_MUNICIPALITY = re.compile(r"(?<![\w-])(?:Markt|Orts|Samt|Verbands)?Gemeinde (?=[A-ZÄÖÜ])")
_PLACE_PREPOSITION = re.compile(r"\b(?i:in|aus|nach|bei|von|zu|zur)(?: der)? $")
# ... nor in a title of office ("Bürgermeisterin der Gemeinde X" gives the town, as "le
# bourgmestre de la Ville de X" does): the town alone.
_OFFICE_OF = re.compile(r"(?:[Bb]ürgermeister|[Vv]orsteher|[Kk]ämmerer)(?:in)? der $")
# A shipping line named with a capitalised kind word and a rare name nobody tagged ("Reederei
# Hansen"): one firm.  A name the model found after it stays alone ("die Reederei Maersk").
_SHIPPING = re.compile(r"(?<![\w-])Reederei (?=[A-ZÄÖÜ])")
# An archive or a library named with its town ("Stadtarchiv Soest") or its owner in the
# genitive ("Archiv des Bistums Münster").
_ARCHIVE = re.compile(
    r"(?<![\w-])(?:(?:Stadt|Kreis|Landes|Staats|Gemeinde|Bistums|Diözesan|Universitäts|Wirtschafts)"
    r"(?:archiv|bibliothek)|Archiv (?:des|der)|Bibliothek (?:des|der)) (?=[A-ZÄÖÜ])"
)
# A federation of a body: "Verband der Chemischen Industrie", "des Bundes der Vertriebenen".
_FEDERATION = re.compile(
    r"(?<![\w-])(?:Bund|Bundes|(?:Landes|Bezirks|Dach|Kreis)?[Vv]erband(?:e?s)?|Vereinigung) (?:der|des) (?=[A-ZÄÖÜ])"
)
# A savings or a cooperative bank named "im"/"am" its region: the region is part of its name.
_BANK = re.compile(
    r"(?<![\w-])(?:Sparkasse|Kreissparkasse|Stadtsparkasse|Volksbank|Raiffeisenbank|VR-Bank)"
    rf"(?: {_NAME})? (?:im|am|an der) (?:[A-ZÄÖÜ][a-zäöüß]+(?:en|er) )?(?P<region>{_NAME})(?![\w-])"
)
# Landscapes named "-land" (real regions); a common "-land" word ("Ausland", "Umland") is none.
_LANDSCAPES = (
    "Sauerland|Hochsauerland|Siegerland|Münsterland|Emsland|Rheinland|Saarland|Vogtland|Wendland|Havelland|"
    "Ammerland|Oldenburger Land|Friesland|Ostfriesland|Nordfriesland|Hadeln|Samland|Bergisches Land|Markgräflerland|"
    "Hohenlohe|Allgäu|Eichsfeld|Oberland|Unterland|Zollernalb|Breisgau|Kraichgau|Rheingau|Hegau|Chiemgau"
)
_REGION_GENITIVE = re.compile(rf"(?<![\w-])des (?P<region>(?:{_LANDSCAPES})e?s)(?![\w-])")
# Regions that name newspapers and streets, beyond the cities of the gazetteer.
_OTHER_REGIONS = (
    "Westfalen Franken Schwaben Baden Pfalz Hessen Sachsen Thüringen Holstein Lausitz Eifel Harz Taunus Spessart "
    "Odenwald Schwarzwald Hunsrück Westerwald Ostsee Nordsee Ruhr Rhein Main Weser Elbe Saar Mosel Donau"
)
_REGIONS = frozenset({*_LANDSCAPES.split("|"), *_OTHER_REGIONS.split()})
_NEWSPAPER = re.compile(
    r"(?<![\w-])(?P<stem>[A-ZÄÖÜ][a-zäöü]+?)-?(?:post|Post|zeitung|Zeitung|kurier|Kurier|anzeiger|Anzeiger|rundschau|"
    r"Rundschau|nachrichten|Nachrichten|tagblatt|tageblatt|bote|Bote)(?![\w-])"
)
# ... and a town's paper named with the town's adjective before its kind ("Hersfelder Kreisblatt"):
# the adjective is part of the fixed name, and the kind noun alone reads as a common word
_TOWN_NEWSPAPER = re.compile(
    r"(?<![\w-])(?P<adjective>[A-ZÄÖÜ][a-zäöüß]{2,}er) (?:[A-ZÄÖÜ][a-zäöüß]*)?(?:blatt|zeitung|Zeitung|anzeiger|"
    r"Anzeiger|kurier|Kurier|rundschau|Rundschau|Nachrichten|bote|Bote)(?![\w-])"
)
_REGION_STREET = re.compile(r"(?<![\w-])(?P<stem>[A-ZÄÖÜ][a-zäöü]+?)(?:straße|strasse|weg|allee|ring|platz)(?![\w-])")
# Districts as one compound: hyphenated ("Rhein-Sieg-Kreis", "Main-Kinzig-Kreises") or real
# single-word ones ("Hochsauerlandkreis", "Enzkreis").
_DISTRICT = re.compile(
    r"(?<![\w-])(?:[A-ZÄÖÜ][a-zäöü]+(?:-[A-ZÄÖÜ][a-zäöü]+)+-Kreis|(?:Hochsauerland|Enz|Ortenau|Bodensee|Wetterau|"
    r"Vogelsberg|Odenwald|Hochtaunus|Westerwald|Donnersberg|Saale|Burgenland|Salzland|Erzgebirgs|Vogtland|"
    r"Wartburg|Kyffhäuser|Hohenlohe|Zollernalb|Ilm|Alb-Donau|Oberberg)kreis)(?:es)?(?![\w-])"
)
# A river after a settlement's noun: "das Dorf an der Wenne" (a rare word, no street).
_RIVER = re.compile(
    r"(?<![\w-])(?:Dorf|Ort|Städtchen|Ortschaft|Weiler|Stadt|Gemeinde) an der (?P<river>[A-ZÄÖÜ][a-zäöü]{2,})(?![\w-])"
)
_STREET_ENDS = ("straße", "strasse", "weg", "gasse", "allee", "platz")
_NO_NAME = re.compile(r"(?:Welt)?[Kk]rieg(?:e?s)?|Zeichen (?:der|des) .*|[A-ZÄÖÜ][a-zäöü]{3,}meister")


def _free(mentions: list[Mention], start: int, end: int) -> bool:
    return not any(m.start < end and start < m.end for m in mentions)


def _mention_at(mentions: list[Mention], start: int) -> Mention | None:
    return next((m for m in mentions if m.start == start and m.type in ("ORG", "PER", "LOC", "MISC")), None)


def _rare_name_end(text: str, start: int) -> int | None:
    """End of one or two rare capitalised words from `start` (an owner's name nobody tagged)."""
    found = re.compile(rf"{_NAME}(?: {_NAME})?(?![\w-])").match(text, start)
    if found is None or any(zipf(w.lower(), "de") >= _RARE_ZIPF for w in found.group().split()):
        return None
    return found.end()


def _heads_with_names(
    text: str, mentions: list[Mention], head: re.Pattern[str], rare: bool, town: bool = False
) -> list[tuple[int, int]]:
    """Spans of `head` and the mention right after it (or, with `rare`, the rare name; with
    `town`, a town of the gazetteer nobody tagged)."""
    spans = []
    for found in head.finditer(text):
        after = _mention_at(mentions, found.end())
        if after is not None:
            spans.append((found.start(), after.end))
        elif rare and (end := _rare_name_end(text, found.end())) is not None:
            spans.append((found.start(), end))
        elif town and (word := re.compile(_NAME).match(text, found.end())) and word.group() in place_names("de"):
            spans.append((found.start(), word.end()))
    return spans


_CAPITALS = re.compile(r"[A-ZÄÖÜ]{2,}")


def _dotted_acronyms(text: str, mentions: list[Mention]) -> list[tuple[int, int]]:
    """Spans of a body's acronym with a full stop inside ("Verkehrsverbund NAH.SH"), which the
    tagger splits into two bodies at the stop: one name."""
    spans = []
    bodies = sorted((m for m in mentions if m.type == "ORG"), key=lambda m: m.start)
    for left, right in itertools.pairwise(bodies):
        if (
            right.start == left.end + 1
            and text[left.end] == "."
            and _CAPITALS.fullmatch(left.text)
            and _CAPITALS.fullmatch(right.text)
            and not text[right.end : right.end + 1].isalpha()
        ):
            spans.append((left.start, right.end))
    return spans


def _region_stem(stem: str) -> bool:
    """A region's or a town's name (a common word the gazetteer holds, "Kantons", is none)."""
    if stem in _REGIONS:
        return True
    rare = zipf(stem.lower(), "de") < _RARE_ZIPF
    return (stem in place_names("de") and rare) or (stem.endswith("land") and zipf(stem.lower(), "de") < 4.0)


def german_local(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the names above claimed, and the non-names dropped."""
    if language != "de":
        return mentions
    out = [m for m in mentions if m.type == "PER" or not _NO_NAME.fullmatch(m.text)]
    out = _genitive_surnames(out)
    orgs: list[tuple[int, int]] = []
    if any(
        w in text
        for w in ("rei ", "Getränke ", "haus ", "Elektro ", "Sanitär ", "Bestattung", "ausstattung ", "laden ")
    ):
        orgs += _heads_with_names(text, out, _TRADE, rare=True)
    if "Reederei " in text:
        orgs += [
            span
            for span in _heads_with_names(text, [], _SHIPPING, rare=True)
            if not any(m.start < span[1] and span[0] < m.end for m in out)
        ]
    if "emeinde " in text:
        orgs += [
            span
            for span in _heads_with_names(text, [m for m in out if m.type == "LOC"], _MUNICIPALITY, False, True)
            if not _PLACE_PREPOSITION.search(text, max(0, span[0] - 12), span[0])
            and not _OFFICE_OF.search(text, max(0, span[0] - 20), span[0])
        ]
    if "rchiv" in text or "ibliothek" in text:
        orgs += _heads_with_names(text, [m for m in out if m.type in ("LOC", "ORG")], _ARCHIVE, False, True)
    if "Bund" in text or "erband" in text or "Vereinigung" in text:
        orgs += _heads_with_names(text, [m for m in out if m.type == "ORG"], _FEDERATION, rare=False)
    if "bank" in text or "kasse" in text or "Bank" in text:
        for found in _BANK.finditer(text):
            region = found["region"]
            if (
                region in _REGIONS
                or region in place_names("de")
                or any(m.type == "LOC" and m.start == found.start("region") for m in out)
            ):
                orgs.append(found.span())
    if "." in text:
        orgs += _dotted_acronyms(text, out)
    out = claimed_spans(text, out, sorted(orgs), "ORG", MODEL, 0.8)
    if any(
        w in text for w in ("post", "Post", "eitung", "urier", "nzeiger", "undschau", "achrichten", "blatt", "bote")
    ):
        out = _newspapers(text, out)
    places: list[tuple[int, int]] = []
    if "reis" in text:
        places += [found.span() for found in _DISTRICT.finditer(text)]
    if "des " in text:
        places += [found.span("region") for found in _REGION_GENITIVE.finditer(text)]
    if any(end in text for end in _STREET_ENDS) or "ring" in text:
        places += [found.span() for found in _REGION_STREET.finditer(text) if _region_stem(found["stem"])]
    if " an der " in text:
        for found in _RIVER.finditer(text):
            river = found["river"]
            if (
                zipf(river.lower(), "de") < _RARE_ZIPF
                and not river.endswith(_STREET_ENDS)
                and river not in place_names("de")
            ):
                places.append(found.span("river"))
    free = sorted((s, e) for s, e in places if _free(out, s, e))
    return claimed_spans(text, out, free, "LOC", MODEL, 0.75)


def _newspapers(text: str, mentions: list[Mention]) -> list[Mention]:
    """A region's newspaper as one compound ("Westfalenpost", or hyphened after a place the
    text names, "Lahn-Zeitung") is a body, typed or untagged."""
    spans = []
    tagged = {m.text for m in mentions if m.type == "LOC"}
    for found in _NEWSPAPER.finditer(text):
        # "Saale-Zeitung": a hyphen joins a paper's kind to a place the article names itself
        hyphened = text[found.end("stem") : found.end("stem") + 1] == "-" and found["stem"] in tagged
        if not (_region_stem(found["stem"]) or hyphened):
            continue
        same = [m for m in mentions if m.start == found.start() and m.end == found.end()]
        if same:
            for m in same:
                m.type, m.model = "ORG", MODEL
        elif _free(mentions, *found.span()):
            spans.append(found.span())
    for found in _TOWN_NEWSPAPER.finditer(text):
        if _town_adjective(found["adjective"]) and _free(
            [m for m in mentions if m.start < found.start() or m.end > found.end()], *found.span()
        ):
            spans.append(found.span())
    return claimed_spans(text, mentions, sorted(spans), "ORG", MODEL, 0.75)


def _town_adjective(word: str) -> bool:
    """A town's or a region's adjective ("Hersfelder", "Gießener"): its stem a place, or a word
    too rare to be a common adjective ("Neuer", "Unser" are common)."""
    stem = word[:-2]
    return _region_stem(stem) or stem in place_names("de") or zipf(word.lower(), "de") < 2.5


def _genitive_surnames(mentions: list[Mention]) -> list[Mention]:
    """ "Kramers Frau" read as one person: the genitive of a surname named in the article,
    without the noun after it."""
    surnames = {m.text.split()[-1] for m in mentions if m.type == "PER" and " " in m.text}
    for m in mentions:
        words = m.text.split()
        if m.type == "PER" and len(words) == 2 and words[0].endswith("s") and words[0][:-1] in surnames:
            m.end = m.start + len(words[0])
            m.text, m.model = words[0], MODEL
    return mentions
