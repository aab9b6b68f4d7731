"""German tourism news by its kind words (the guidelines of session 27): a hotel, an inn, a
restaurant, a spa or a basilica named with its capitalised kind word is one place ("Gasthof
Seeblick", "Hotel Belvedere", "Bayerischer Hof", "Carolus Therme"; hyphened too, a body where
it acts, "X-Therme schließt", as a casino), and so is a public pool
(round 39: "Freibad Eichert", where people swim and drown); an airport named with
"Flughafen" is one place ("Flughafen Nürnberg"); a tourism board named with its region is one
body ("Tourismusverband Ostbayern"); a trade noun before a firm is no part of it ("der
Reiseveranstalter Alltours" -> "Alltours"); a town's adjective before a firm's name stays out
("die Kölner Nordlicht Media" -> "Nordlicht Media"); a region of a German state named by a list
("Oberfranken", "Allgäu") is a place; a month before a noun ("ab Mai Pakete") and a building's
common noun after an article ("das Haus", "dem Hotel", "das Bad") and bathing as a noun ("das
Baden") are no names.

The tagger types an unknown hotel or spa as a body, runs a town's adjective or a trade noun into
a firm, reads the region after a board alone and misses a region it never saw.  Whole articles
only; each rule looks only where its kind word stands.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.gazetteer import place_names
from storywire.stages.ner.legal_forms import _ENDS_WITH_FORM
from storywire.stages.ner.venues import LOCATED_HOUSE
from storywire.stages.ner.word_frequency import zipf

MODEL = "german-hospitality"
ACTING_SITE = "acting-site"  # typed by its own sentence: consistency.TYPED_BY_CONTEXT
_WORD = r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*"
# A capitalised kind word before the name: the kind word stays in ("Gasthof zum Hirschen").
_KIND_FIRST = re.compile(
    r"(?<![\w-])(?:Hotel|Landhotel|Berghotel|Parkhotel|Gasthof|Landgasthof|Brauereigasthof|Gasthaus|Wirtshaus|"
    r"Restaurant|Pension|Therme|Basilika|Wallfahrtskirche|Kurhaus|Resort|"
    # a public pool is where people swim and drown, never the body that runs it ("Freibad Eichert")
    r"Freibad|Hallenbad|Strandbad|Waldbad|Naturbad|Erlebnisbad|Familienbad|Sportbad|Thermalbad|Naturfreibad) "
    rf"(?:(?:zum|zur|zu den) )?(?P<name>{_WORD})(?: (?P<second>{_WORD}))?"
)
# ... or after it: "Staffelberger Hof", "im Bayerischen Hof" (a town's or a land's adjective: an
# old hotel's name), "Carolus Therme".
# A determiner ending in "-er" is no adjective of a name ("Dieser Hof", "Unser Hof").
# An article or a determiner before "Therme" is no name either ("Die Therme ist ...").
_DETERMINERS = (
    r"(?!(?:Dieser|Jeder|Einer|Keiner|Unser|Euer|Ihrer|Seiner|Jener|Solcher|Mancher|Welcher|Anderer|"
    r"Die|Der|Das|Diese|Eine|Unsere|Ihre|Seine|Jede|Keine) )"
)
_KIND_LAST = re.compile(
    rf"(?<![\w-]){_DETERMINERS}(?:{_WORD}(?:er|ischer|ischen) Hof|{_WORD} (?:Therme|Resort))(?![\w-])"
)
# A spa named by a hyphened compound ("Carolus-Therme"): a place, as with a space; a body
# where it acts ("X-Therme schließt", as "Spielbank X schließt"), a place after a locative.
_SPA = re.compile(r"(?<![\w-])[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*-Therme(?![\w-])")
_SPA_ACTS = re.compile(
    r"(?:(?: in| bei| im) [A-ZÄÖÜ][\w-]*(?: [A-ZÄÖÜ][\w-]*)?)? "
    r"(?:schließt|öffnet|eröffnet|meldet|investiert|erhöht|senkt|plant|sucht|kündigt|entlässt|verzeichnet)\b"
)
_SPA_LOCATIVE = re.compile(r"(?:^|\s)(?:im|ins|in der|in die|zur|aus der|von der|nach der)\s+$", re.IGNORECASE)
_COMMON_ZIPF = 4.0
# An airport named with its town: one place.
_AIRPORT = "Flughafen "
# A tourism board or office named with its region: one body.
_BOARD = re.compile(
    r"(?<![\w-])(?:Tourismusverband|Tourismusverein|Tourismusgemeinschaft|Tourismuszentrale|Tourismusamt|"
    r"Tourismusbüro|Fremdenverkehrsverband|Fremdenverkehrsverein|Verkehrsverein|Kurverwaltung|Tourist-Information|"
    rf"Tourist-Info) (?P<region>{_WORD})(?![\w-])"
)
# Trade nouns the tagger runs into the firm after them ("Reiseveranstalter Frankentours").
_TRADE_NOUNS = frozenset(
    [
        "Reiseveranstalter",
        "Veranstalter",
        "Busunternehmen",
        "Fluggesellschaft",
        "Fluglinie",
        "Airline",
        "Billigflieger",
        "Ferienflieger",
        "Hotelkette",
        "Hotelgruppe",
        "Konzern",
        "Hersteller",
        "Händler",
        "Discounter",
        "Onlinehändler",
        "Versandhändler",
        "Agentur",
        "Künstleragentur",
        "Modelagentur",
        "Sender",
        "Fernsehsender",
        "Radiosender",
        "Lieferdienst",
        "Caterer",
        "Logistiker",
        "Logistikunternehmen",
        "Logistikdienstleister",
        "Speditionsunternehmen",
        "Transportunternehmen",
    ]
)
# A trade noun that is also a firm's first word ("Spedition Müller GmbH"): cut only before a
# whole firm's name of its own, a name, a sector word and a legal form ("Spedition Hagedorn
# Logistik GmbH & Co. KG" -> "Hagedorn Logistik GmbH & Co. KG").
_TRADE_BEFORE_FIRM = frozenset(["Spedition", "Reederei"])
_SECTOR_WORDS = frozenset(["Logistik", "Transporte", "Transport", "Logistics", "Shipping", "Spedition", "Cargo"])
# Regions of the German-speaking states that no city list holds (real regions).
_REGIONS = re.compile(
    r"(?<![\w-])(?:Oberfranken|Mittelfranken|Unterfranken|Oberbayern|Niederbayern|Oberpfalz|Oberschwaben|Allgäu|"
    r"Chiemgau|Berchtesgadener Land|Fichtelgebirge|Frankenwald|Steigerwald|Spessart|Rhön|Odenwald|Schwarzwald|"
    r"Breisgau|Kraichgau|Hunsrück|Eifel|Westerwald|Sauerland|Siegerland|Münsterland|Emsland|Ostfriesland|Altmark|"
    r"Uckermark|Prignitz|Vogtland|Erzgebirge|Lausitz|Oberlausitz|Niederlausitz|Rheinhessen|Salzkammergut|Wachau|"
    r"Engadin|Berner Oberland|"
    r"Solling|Deister|Vogelsberg|Reinhardswald|Kyffhäuser|Hainich)"
    r"(?![\w-])(?! [A-ZÄÖÜ])"  # "Lausitz Energie Bergbau AG": a firm's first word
)
# Looked for first, so the regexes above try an article's characters only where one stands.
_VENUE_TRIGGERS = (
    "Hotel",
    "hotel",
    "Gast",
    "gast",
    "Restaurant",
    "Pension",
    "Therme",
    "Basilika",
    "Wallfahrt",
    "Kurhaus",
    "Resort",
    "Hof",
    "Wirtshaus",
    "bad ",
)
_REGION_STEMS = (
    "franken",
    "bayern",
    "Oberpfalz",
    "schwaben",
    "Allgäu",
    "gau",
    "gebirge",
    "wald",
    "Spessart",
    "Rhön",
    "Hunsrück",
    "Eifel",
    "land",
    "Altmark",
    "mark",
    "Lausitz",
    "lausitz",
    "Rheinhessen",
    "Salzkammergut",
    "Wachau",
    "Engadin",
    "Prignitz",
    "Land",
    "Solling",
    "Deister",
    "Vogelsberg",
    "Kyffhäuser",
    "Hainich",
)
_MONTHS = frozenset(
    [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ]
)
_TIME_BEFORE = re.compile(r"(?:^|\s)(?:ab|im|seit|bis|anfang|ende|mitte|von|zum)\s+$", re.IGNORECASE)
# A building's or a room's common noun after an article or a demonstrative: no name.
_BUILDING_NOUNS = frozenset(
    [
        "Haus",
        "Hotel",
        "Küche",
        "Keller",
        "Garten",
        "Restaurant",
        "Gasthof",
        "Zimmer",
        "Saal",
        "Halle",
        "Hof",
        "Museum",
        "Theater",
        "Bad",
        # a spa town's common buildings and rooms ("der Kurpark", "die Solegrotte")
        "Kurpark",
        "Kurhaus",
        "Kurmittelhaus",
        "Wandelhalle",
        "Solegrotte",
        "Salzgrotte",
        "Sauna",
    ]
)
# ... and a bath's ("des Thermalbads im Kurpark"), in any case.
_BATHS = re.compile(r"(?:Thermal|Hallen|Frei|Strand|Erlebnis|Spaß|Sole|Wellen|Familien|Sport)bad(?:e?s)?")
# The verb "baden" as a noun takes a neuter article; the region Baden never does.
_BATHING_BEFORE = re.compile(r"(?:^|\s)(?:das|beim|zum|vom|ans|fürs)\s+$", re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(
    r"(?:^|\s)(?:das|der|die|dem|den|des|dieses|diesem|dieser|dieses|im|ins|vom|zum|beim|ihr|sein|seinem|ihrem)\s+$",
    re.IGNORECASE,
)


def german_hospitality(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the hotels, airports, boards, firms and regions above, and without the
    months and common nouns above."""
    if language != "de":
        return mentions
    out = _without_common_nouns(text, mentions)
    out = _firms_without_prefixes(text, out)
    if any(word in text for word in _VENUE_TRIGGERS):
        out = claimed_spans(text, out, _venues(text), "LOC", MODEL, 0.8)
    if "-Therme" in text:
        out = _spas(text, out)
    if _AIRPORT in text:
        out = claimed_spans(text, out, _airports(text, out), "LOC", MODEL, 0.8)
    if "Touris" in text or "verkehr" in text or "Kurverwaltung" in text:
        boards = [(f.start(), f.end()) for f in _BOARD.finditer(text)]
        out = claimed_spans(text, out, boards, "ORG", MODEL, 0.8)
    regions = [f.span() for f in _REGIONS.finditer(text)] if any(r in text for r in _REGION_STEMS) else []
    return claimed_spans(text, out, regions, "LOC", MODEL, 0.75)


def _venues(text: str) -> list[tuple[int, int]]:
    """Spans of hotels, inns, spas and basilicas with their capitalised kind word."""
    spans: list[tuple[int, int]] = []
    for found in _KIND_FIRST.finditer(text):
        if zipf(found["name"].lower(), "de") >= _COMMON_ZIPF and found["name"] not in place_names("de"):
            continue  # "das Restaurant Montag geschlossen": a common word, no name
        end = found.end()
        second = found["second"]
        common = zipf(str(second).lower(), "de") >= _COMMON_ZIPF and second not in place_names("de")
        if second is None or (common and second not in ("Hof", "Therme", "Resort")):
            end = found.end("name")
        spans.append((found.start(), end))
    spans.extend(f.span() for f in _KIND_LAST.finditer(text))
    return sorted(spans)


def _spas(text: str, mentions: list[Mention]) -> list[Mention]:
    """Hyphened spas: a body where the spa acts, a place after a locative (both typed by their
    sentence), a place otherwise."""
    acting, located, plain = [], [], []
    for found in _SPA.finditer(text):
        if _SPA_ACTS.match(text, found.end()):
            acting.append(found.span())
        elif _SPA_LOCATIVE.search(text, max(0, found.start() - 12), found.start()):
            located.append(found.span())
        else:
            plain.append(found.span())
    out = claimed_spans(text, mentions, acting, "ORG", ACTING_SITE, 0.8) if acting else mentions
    out = claimed_spans(text, out, located, "LOC", LOCATED_HOUSE, 0.8) if located else out
    return claimed_spans(text, out, plain, "LOC", MODEL, 0.8) if plain else out


def _airports(text: str, mentions: list[Mention]) -> list[tuple[int, int]]:
    """ "Flughafen" + a place the model found right after it."""
    return [
        (m.start - len(_AIRPORT), m.end)
        for m in mentions
        if m.type in ("LOC", "ORG") and text.endswith(_AIRPORT, 0, m.start)
    ]


def _without_common_nouns(text: str, mentions: list[Mention]) -> list[Mention]:
    out = []
    for m in mentions:
        words = m.text.split()
        before = text[max(0, m.start - 12) : m.start]
        if m.type == "PER" and len(words) == 2 and words[0] in _MONTHS and _TIME_BEFORE.search(before):
            continue  # "ab Mai Pakete"
        if (
            len(words) == 1
            and (m.text in _BUILDING_NOUNS or _BATHS.fullmatch(m.text))
            and _ARTICLE_BEFORE.search(before)
        ):
            continue  # "das Haus mit 64 Zimmern"
        if m.text == "Baden" and _BATHING_BEFORE.search(before):
            continue  # "wo das Baden verboten ist": bathing, not the region after no article
        out.append(m)
    return out


def _town_adjective(word: str) -> bool:
    """ "Bamberger", "Münchner", "Bremer": a town's adjective ("-er" on the town, or on its stem
    without "-en")."""
    if not word.endswith("er"):
        return False
    places = place_names("de")
    return any(stem in places for stem in (word[:-2], word[:-1], word[:-3], word[:-2] + "en", word[:-3] + "en"))


def _firms_without_prefixes(text: str, mentions: list[Mention]) -> list[Mention]:
    """A trade noun or a town's adjective opening a firm's span cut off: "Reiseveranstalter
    Frankentours" -> "Frankentours", "Kölner Nordlicht Media" -> "Nordlicht Media", "Bamberger
    Brauerei Huber GmbH" -> "Brauerei Huber GmbH"; a fixed name of a common word stays
    ("Wiener Börse", "Frankfurter Allgemeine Zeitung")."""
    for m in mentions:
        if m.type != "ORG" or " " not in m.text:
            continue
        first, rest = m.text.split(" ", 1)
        if first in _TRADE_NOUNS and rest[:1].isupper():
            cut = True
        elif _town_adjective(first) and rest[:1].isupper():
            rest_words = rest.split()
            cut = bool(_ENDS_WITH_FORM.search(rest)) or (
                len(rest_words) >= 2 and rest_words[0].isalpha() and zipf(rest_words[0].lower(), "de") < 3.0
            )
        else:
            cut = False
        if cut:
            m.start += len(first) + 1
            m.text, m.model = text[m.start : m.end], MODEL
        # after a town's adjective too ("Achimer Spedition Hagedorn Logistik GmbH")
        first, _, rest = m.text.partition(" ")
        if first in _TRADE_BEFORE_FIRM and _ENDS_WITH_FORM.search(rest):
            words = rest.split()
            if len(words) >= 3 and words[1] in _SECTOR_WORDS:
                m.start += len(first) + 1
                m.text, m.model = text[m.start : m.end], MODEL
    return mentions
