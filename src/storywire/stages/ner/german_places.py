"""German places by their kind word: valleys, streams and mountains in one compound after an
article ("über dem Saastal", "des Ahrtals", "aus dem Fischerbach", "vom Kahlenberg aus"), a
hall with the town it stands in ("Mehrzweckhalle Wiesental", "Stadthalle Bonn"), and a rescue
or police service named with its region ("Zivilschutz Emmental", "Bergwacht Bayern"): one name
each, as the guidelines mark them.

The tagger misses a rare compound, runs it into the next noun ("dem Lindenbach Sand": one place),
and reads the region after a service alone.  Whole articles only; each rule looks only where its
kind word stands.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.gazetteer import country_names, place_names
from storywire.stages.ner.word_frequency import zipf

MODEL = "german-place"

# A valley ("-tal", neuter), a stream ("-bach") or a mountain ("-berg") right after an article or a
# preposition with its article: a surname ("Kai Fischbach") never stands there, and a common
# word ("Quartal", "Portal", "Spital") is frequent where a valley's name is rare.
_VALLEY_OR_STREAM = re.compile(
    r"(?<![\w-])(?i:dem|des|das|den|der|im|ins|vom|am|zum|ans|beim|durchs)\s+"
    # an adjective of extent may stand between ("im ganzen Lechtal", "im oberen Inntal")
    r"(?:(?:ganzen|gesamten|oberen|unteren|hinteren|vorderen|mittleren)\s+)?"
    r"(?P<name>[A-ZÄÖÜ][a-zäöüß]{2,}(?:tal|bach|berg)(?:e?s)?)(?![\w-])"
)
_COMMON_ZIPF = 3.0
# compounds of common words that end like a valley: "Nordportal", "Kantonsspital", "Eigenkapital"
_NOT_VALLEYS = ("portal", "quartal", "pital")
# A hall named with its town or district: "Mehrzweckhalle Saas-Fee", "Stadthalle Bonn".
_HALL = re.compile(r"(?<![\w-])[A-ZÄÖÜ][a-zäöüß]{2,}(?:halle|saal) $")
# A reception centre or camp named with its town ("Ankerzentrum Bamberg", "Erstaufnahmeeinrichtung
# Giessen", "Transitzentrum Manching"): one place with its kind word, as a hall.
_CENTRE = re.compile(
    r"(?<![\w-])(?:Anker|Ankunfts|Transit|Erstaufnahme|Aufnahme|Abschiebe|Rückkehr)"
    r"(?:zentrum|zentrums|einrichtung|lager|gefängnis) $"
)
# Rescue, fire and police services named with their region ("Feuerwehr Saastal",
# "Kantonspolizei Wallis", "Zivilschutz Oberwallis"): one body in the guidelines.
_SERVICE = re.compile(
    r"(?<![\w-])(?:Zivilschutz|Feuerwehr|Berufsfeuerwehr|Kantonspolizei|Stadtpolizei|Landespolizei|"
    r"Gemeindepolizei|Regionalpolizei|Polizei|Bergwacht|Wasserwacht|Bergrettung|Rettungsdienst|Seepolizei) $"
)

_TRIGGERS = (
    "halle",
    "saal",
    "Zivilschutz",
    "feuerwehr",
    "Feuerwehr",
    "polizei",
    "Polizei",
    "wacht",
    "rettung",
    "Rettung",
    "zentrum",
    "einrichtung",
    "lager",
    "gefängnis",
)


def _rare(word: str) -> bool:
    bare = re.sub(r"e?s$", "", word) if word.endswith("s") else word
    return zipf(word.lower(), "de") < _COMMON_ZIPF and zipf(bare.lower(), "de") < _COMMON_ZIPF


# A coast named by its compass point alone after an article ("an der Westküste finden wir"):
# a region, as the compass regions are ("Nordhessen"); with a genitive or a name after it ("die
# Ostküste der USA", as "im Süden Brandenburgs") it is a part of that place, no name.
_COMPASS_COAST = re.compile(
    r"(?<![\w-])(?:[Dd]er|[Dd]ie|[Dd]en) (?P<name>(?:Nord|Ost|Süd|West)küste)"
    r"(?=[,.;:!?“”]| (?!(?:der|des|von|vor|bei|zwischen|entlang)\b)[a-zäöüß])"
)


def valleys_and_streams(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with each rare valley or stream compound after an article one place (a
    tagger's span running past it into the next noun cut back to it), and a compass coast alone
    a place."""
    if language == "de" and "küste" in text:
        coasts = [f.span("name") for f in _COMPASS_COAST.finditer(text)]
        free = [(s, e) for s, e in coasts if not any(m.start < e and s < m.end for m in mentions)]
        mentions = claimed_spans(text, mentions, free, "LOC", MODEL, 0.75)
    if language != "de" or ("tal" not in text and "bach" not in text and "berg" not in text):
        return mentions
    out = list(mentions)
    spans: list[tuple[int, int]] = []
    for found in _VALLEY_OR_STREAM.finditer(text):
        s, e = found.span("name")
        if not _rare(found["name"]) or found["name"].rstrip("es").endswith(_NOT_VALLEYS):
            continue
        for m in out:
            # "Triftbach Geröll": the stream and the noun the tagger ran it into (a compound
            # with its kind word takes no second word, unless that is a place: "Inntal Nord")
            if m.start == s and m.end > e and m.type in ("LOC", "ORG", "MISC") and text[e] == " ":
                rest = text[e + 1 : m.end]
                if " " not in rest and rest not in place_names("de"):
                    m.end, m.text, m.model = e, text[s:e], MODEL
        spans.append((s, e))
    return claimed_spans(text, out, spans, "LOC", MODEL, 0.8)


def halls_and_services(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with a hall and the place after it one LOC, and a service and the region
    after it one ORG ("Zivilschutz" + "Oberwallis"); a country never joins."""
    if language != "de" or not any(word in text for word in _TRIGGERS):
        return mentions
    spans: dict[str, list[tuple[int, int]]] = {"LOC": [], "ORG": []}
    countries = country_names("de")
    for m in mentions:
        if m.type != "LOC" or m.text in countries or m.start < 2:
            continue
        before = text[max(0, m.start - 40) : m.start]
        for pattern, etype in ((_HALL, "LOC"), (_CENTRE, "LOC"), (_SERVICE, "ORG")):
            head = pattern.search(before)
            if head is not None:
                spans[etype].append((m.start - len(before) + head.start(), m.end))
    out = claimed_spans(text, mentions, spans["LOC"], "LOC", MODEL, 0.8)
    return claimed_spans(text, out, spans["ORG"], "ORG", MODEL, 0.8)


# Rivers whose name is also a common word or that the tagger rarely saw ("an der Nahe": "nahe"
# is "near"), after "an der"/"am" or a preposition of movement along them (real rivers; "Leine"
# and "Mulde" are left out: "an der Leine" is on a leash), or by the shape of a stream's name.
_RIVER = re.compile(
    r"(?<![\w-])(?:an der|an die|entlang der|über die|in die|in der) "
    r"(?P<f>Nahe|Lahn|Lippe|Ems|Saar|Sieg|Ruhr|Erft|Wupper|Ahr|Glan|Blies|Nidda|Kinzig|Murg|Enz|Jagst|Tauber|Fulda|Werra|Eder|Aller|Saale|Unstrut|Ilm|"
    r"Havel|Spree|Neiße|Oder|Elbe|Weser|Mosel|Donau|Isar|Altmühl|Naab|Iller|Salzach|Traun|Enns|Aare|Reuss|Limmat|"
    r"Regnitz|Wiesent|Pegnitz|Rednitz|Aisch|Wörnitz|Loisach|Amper|Mangfall|"
    r"Fils|Rems|Murr|Brenz|Nagold|Dreisam|Schussen|Wutach|Vils|Ilz|Rur|Inde|Sülz|Agger|Bröl"
    # a feminine "-ach" after its article is a stream (no common noun ends so: "an der Lauterach")
    r"|(?P<shape>[A-ZÄÖÜ][a-zäöü]{2,}ach))(?![\w-])"
    r"|(?<![\w-])(?:am|entlang dem|über den|in den|im) (?P<m>Main|Neckar|Rhein|Inn|Lech|Kocher)(?![\w-])"
)
_RIVER_TRIGGERS = ("an der ", "an die ", "am ", "entlang ", "über d", "in d", "im ")
# A market square named by the goods once sold there ("auf dem Kornmarkt", "am Heumarkt"): a
# place, as squares are; a market for goods in the economic sense ("Holzmarkt", "Milchmarkt")
# and the seasonal ones ("Weihnachtsmarkt") are common nouns and are not listed.
_MARKET_SQUARE = re.compile(
    r"(?<![\w-])(?:auf dem|am|vom|zum|den|dem|der|des) "
    r"(?P<name>(?:Korn|Heu|Alt|Neu|Fisch|Ross|Roß|Salz|Butter|Gänse|Hopfen|Pferde|Kohl|Topf|Tuch|Hühner|Haid)"
    r"markt(?:e?s)?"
    # or by its position, an adjective before "Markt" ("auf dem Oberen Markt", "am Unteren
    # Markt"); "Neuer Markt" was a stock exchange segment and is left out
    r"|(?:Obere[nm]?|Untere[nm]?|Alte[nm]?|Große[nm]?|Kleine[nm]?) Markt(?:e?s)?)(?![\w-])"
)


def rivers_and_market_squares(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with a listed river after its preposition and a market square named by its
    goods added as places where no mention stands; a river right after a town joins its name."""
    if language != "de":
        return mentions
    spans = []
    if any(word in text for word in _RIVER_TRIGGERS):
        for found in _RIVER.finditer(text):
            river = found.span("f") if found["f"] else found.span("m")
            town = next((m for m in mentions if m.type == "LOC" and m.end == found.start() - 1), None)
            if town is not None and found["shape"] and town.text not in place_names("de"):
                town = None  # a stream by its shape joins only a known town ("Saal an der X" is none)
            if town is None:
                spans.append(river)
                continue
            if found.group().startswith(("an der ", "am ")) and town.text in place_names("de"):
                # a river that is a town's name too ("Rotenburg an der Fulda"), tagged alone:
                # after a town and its "an der" it is the town's tail, not a second place (a
                # common word typed a place, "Hochwasser an der Elbe", keeps the river apart)
                mentions = [m for m in mentions if not (m.start == river[0] and m.end == river[1])]
            if not any(m.start < river[1] and river[0] < m.end for m in mentions):
                # "Braunau am Inn", "Mülheim an der Ruhr": the river is the town's name
                town.end, town.model = river[1], MODEL
                town.text = text[town.start : town.end]
    if "markt" in text or " Markt" in text:
        spans += [found.span("name") for found in _MARKET_SQUARE.finditer(text)]
    free = [(s, e) for s, e in spans if not any(m.start < e and s < m.end for m in mentions)]
    return claimed_spans(text, mentions, sorted(free), "LOC", MODEL, 0.75)


# A place preposition right before a one-word name ("Fährstreit vor Sylt", "Pendler aus Husum").
_PLACE_PREPOSITION = re.compile(r"(?<![\w-])(?i:in|nach|aus|bei|vor|auf|von) $")


def bodies_that_are_places(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with a one-word body of the model after a place preposition retyped a place
    where the article types that word a place elsewhere and a body nowhere else: a headline's
    "vor Föhr" typed ORG, with no second body mention for the article's vote to keep."""
    if language != "de":
        return mentions
    placed = {m.text for m in mentions if m.type == "LOC"}
    bodies = [m for m in mentions if m.type == "ORG" and m.text in placed and m.text.isalpha()]
    for m in bodies:
        if sum(o.type == "ORG" and o.text == m.text for o in mentions) != 1 or m.model.startswith("german"):
            continue
        if _PLACE_PREPOSITION.search(text, max(0, m.start - 6), m.start):
            m.type, m.model = "LOC", MODEL
    return mentions
