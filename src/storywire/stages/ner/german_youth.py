"""German childcare, parishes and welfare bodies (session 30, round 27): a kindergarten, a
day-care centre or a school named with its capitalised kind word is one body wherever it stands
("Kindergarten St. Martin", "Kinderhaus Regenbogen", "Grundschule Am Hang"), and its saint's
name alone later in the article is that body too ("Wir geben St. Martin nicht auf"); a parish
named with its kind word is one body ("Pfarrei St. Willibald", without "katholische"); the
national welfare federations are bodies ("der Arbeiterwohlfahrt"); a state ministry keeps the
fields of its name ("Staatsministerium für Familie, Arbeit und Soziales"); an all-caps dateline
spelling "ß" as "SS" ("WEISSENBURG.") is the town; a compound naming an accident or a shortage
("Badeunfall", "Personalmangel", round 39) is no name, nor is a cap ("Altersgrenze", round 42);
a headline's such compound before a place leaves the place ("Parkstreit in Kassel" -> "Kassel");
a frequent noun after a contracted preposition is no body ("Zum Schluss", "Beim Start").

The tagger reads a saint's name as a place, stops a ministry's name at its first field and
types a capitalised dateline as a body.  Whole articles only; each rule looks only where its
kind word stands.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.gazetteer import org_names, place_names
from storywire.stages.ner.word_frequency import zipf

MODEL = "german-youth"
_WORD = r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*"
# A saint's name ("St. Martin", "Sankt Maria Magdalena", "Hl. Kreuz") or a rare capitalised
# word (a common noun after the kind word, "im Kindergarten Eltern", is no name).
_SAINT = rf"(?:St\.|Sankt|Hl\.|Heilig) {_WORD}(?: {_WORD})?"
_CHILDCARE = re.compile(
    r"(?<![\w-])(?:Kindergarten|Kindergartens|Kinderhaus|Kinderhauses|Kindertagesstätte|Kita|Kinderkrippe|"
    r"Kinderhort|Grundschule|Mittelschule|Realschule|Förderschule|Gesamtschule|Gymnasium|Gymnasiums|"
    rf"Jugendhaus|Jugendzentrum) (?:(?P<saint>{_SAINT})|(?P<name>{_WORD}))(?![\w-])"
)
_PARISH = re.compile(
    rf"(?<![\w-])(?:Pfarrei|Pfarrgemeinde|Kirchengemeinde|Pfarreiengemeinschaft|Seelsorgeeinheit) {_SAINT}(?![\w-])"
)
_RARE_ZIPF = 3.8
# The national welfare federations (real bodies), typed or untagged.
_WELFARE = re.compile(
    r"(?<![\w-])(?:Arbeiterwohlfahrt|Diakonie|Volkssolidarität|Lebenshilfe|Kolpingwerk|Malteser Hilfsdienst"
    r"|Johanniter-Unfall-Hilfe|Paritätische Wohlfahrtsverband|Paritätischen Wohlfahrtsverband(?:e?s)?)(?![\w-])"
)
# A ministry's fields after "für": "für Familie, Arbeit und Soziales" (capitalised words).
_FIELDS = re.compile(rf" für {_WORD}(?:, {_WORD})*(?: und {_WORD})?(?![\w-])")
# A town's square or pond after a preposition of place: "am Marktplatz", "am Seeweiher" (a
# generic "-platz", "am Arbeitsplatz", "am Spielplatz", is none: the square's stems are listed).
_SQUARE = re.compile(
    r"(?<![\w-])(?:am|vom|zum|auf dem|vor dem|über den) (?P<name>(?:Markt|Rathaus|Kirch|Dorf|Schloss|Dom|Münster|"
    r"Kloster|Linden)platz|[A-ZÄÖÜ][a-zäöüß]+(?:weiher|teich))(?![\w-])"
)
# A common noun the tagger took for a name after a lower-case preposition: "für Wut", "in
# Containern", "nach Fördermitteln" (an abstract noun, or a noun's dative plural "-ern"/"-eln").
_AFTER_PREPOSITION = re.compile(r"(?:für|in|mit|nach|von|aus|zu|bei|vor) $")
_COMMON_ZIPF = 4.0
# Tails of compounds that name an event or a state, never a place or a body.
_ABSTRACT_TAIL = re.compile(
    r"(?:unfall|unfalls|unglück|unglücks|mangel|mangels|verbot|verbots|verbotes|streit|streits|skandal|skandals|"
    r"betrug|betrugs|diebstahl|diebstahls|engpass|engpässe|engpässen|"
    # ... or a time of the year ("Nebensaison", "Herbstferien")
    r"saison|saisons|ferien|"
    # ... or a cap or a limit ("Altersgrenze", "Höchstgrenze"): a frontier is a "Grenze" alone
    r"grenze|grenzen)$"
)
# A compound above before a place, typed one body by the tagger ("Fährstreit vor Sylt").
_COMPOUND_AT_PLACE = re.compile(rf"^(?P<compound>[A-ZÄÖÜ][a-zäöüß]+) (?:in|vor|bei|aus|um) (?P<place>{_WORD})$")
# A contracted preposition opening a "body" of one frequent noun ("Zum Schluss ...").
_CONTRACTED = re.compile(r"^(?:Im|Am|Beim|Vom|Zum|Zur) (?P<noun>[A-ZÄÖÜ][a-zäöüß]+)$")
_FOREIGN_ZIPF = 3.5
_DATELINE = re.compile(r"(?m)^(?P<name>[A-ZÄÖÜ]{3,}(?:-[A-ZÄÖÜ]{3,})?)(?:\.| –| -) ")


def german_youth(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the names above claimed or retyped."""
    if language != "de":
        return mentions
    out = mentions
    if "ministerium für " in text:
        out = _ministry_fields(text, out)
    orgs: list[tuple[int, int]] = []
    saints: set[str] = set()
    if any(w in text for w in ("Kinder", "Kita ", "schule ", "Gymnasium", "Jugend")):
        for found in _CHILDCARE.finditer(text):
            if found["saint"]:
                saints.add(found["saint"])
            elif zipf(found["name"].lower(), "de") >= _RARE_ZIPF or found["name"] in place_names("de"):
                continue  # "im Kindergarten Eltern", "Grundschule Hamm" (a town: see german_places)
            orgs.append(found.span())
    if "Pfarr" in text or "gemeinde " in text or "Seelsorge" in text:
        orgs += [found.span() for found in _PARISH.finditer(text)]
    out = claimed_spans(text, out, orgs, "ORG", MODEL, 0.8)
    if saints:
        out = _saint_short_forms(text, out, saints)
    if any(
        w in text for w in ("wohlfahrt", "Diakonie", "solidarität", "Lebenshilfe", "Kolping", "Malteser", "Johanniter")
    ):
        out = claimed_spans(text, out, [f.span() for f in _WELFARE.finditer(text)], "ORG", MODEL, 0.8)
    if "platz" in text or "weiher" in text or "teich" in text:
        squares = [f.span("name") for f in _SQUARE.finditer(text)]
        out = claimed_spans(
            text, out, [s for s in squares if not any(m.start < s[1] and s[0] < m.end for m in out)], "LOC", MODEL, 0.75
        )
    if "SS" in text:
        out = _datelines_with_double_s(text, out)
    for m in out:
        at_place = _COMPOUND_AT_PLACE.match(m.text) if m.type == "ORG" else None
        if at_place is not None and _abstract_word(at_place["compound"]) and at_place["place"] in place_names("de"):
            m.start += at_place.start("place")  # "Parkstreit in Kassel": the town
            m.text, m.type, m.model = at_place["place"], "LOC", MODEL
    return [m for m in out if not _common_noun(text, m, out) and not _abstract_compound(m) and not _contracted_noun(m)]


def _contracted_noun(m: Mention) -> bool:
    """A body read from a contracted preposition and a frequent noun ("Zum Schluss"): no name,
    unless a gazetteer knows the noun."""
    found = _CONTRACTED.match(m.text) if m.type in ("ORG", "MISC") else None
    if found is None:
        return False
    noun = found["noun"]
    if noun in place_names("de") or noun in org_names("de") or _BODY_TAILS.search(noun.lower()):
        return False
    return zipf(noun.lower(), "de") >= _FREQUENT_NOUN_ZIPF


def _ministry_fields(text: str, mentions: list[Mention]) -> list[Mention]:
    """A ministry's span stopped before its fields takes them in."""
    for m in mentions:
        if m.type == "ORG" and m.text.endswith("ministerium") and (fields := _FIELDS.match(text, m.end)):
            m.end = fields.end()
            m.text, m.model = text[m.start : m.end], MODEL
    return mentions


def _saint_short_forms(text: str, mentions: list[Mention], saints: set[str]) -> list[Mention]:
    """A childcare body's saint's name standing alone ("St. Martin", not "Kirche St. Martin")
    is the body: a mention of just that name retyped, an untagged one added."""
    spans = []
    for saint in saints:
        for found in re.finditer(rf"(?<![\w.-]){re.escape(saint)}(?![\w-])", text):
            before = text[max(0, found.start() - 2) : found.start()]
            if before.strip() and before.strip()[-1] not in '„"(':
                word_before = re.search(r"(\w+)\W*$", text[max(0, found.start() - 30) : found.start()])
                if word_before and word_before.group(1)[0].isupper():
                    continue  # a kind word or a name before it: "Kindergarten St. Martin", "Kirche St. Martin"
            same = [m for m in mentions if (m.start, m.end) == found.span()]
            for m in same:
                m.type, m.model = "ORG", MODEL
            if not same:
                spans.append(found.span())
    return claimed_spans(text, mentions, sorted(spans), "ORG", MODEL, 0.75, blocks=lambda m, s, e: True)


def _datelines_with_double_s(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "WEISSENBURG." opening a paragraph: a town whose name has "ß" (a place of the gazetteer
    or of the article) is a place, not the body the tagger read."""
    places = {m.text for m in mentions if m.type == "LOC"}
    for found in _DATELINE.finditer(text):
        name = found["name"]
        if "SS" not in name:
            continue
        titled = "-".join(part.capitalize() for part in name.split("-"))
        sharp = titled.replace("ss", "ß")
        known = place_names("de")
        if not any(name in places or name in known for name in (titled, sharp)):
            continue
        for m in mentions:
            if (m.start, m.end) == found.span("name"):
                m.type, m.model = "LOC", MODEL
    return mentions


def _abstract_compound(m: Mention) -> bool:
    """A neural single word ending in a noun of an event, a state or a time of the year
    ("Badeunfall", "Personalmangel", "Parkverbot", "Vorsaison"): no name has such a tail,
    wherever it stands (a headline's first word has no preposition before it)."""
    word = m.text
    if not m.model.startswith("neural") or m.type not in ("ORG", "LOC", "MISC") or not word.isalpha():
        return False
    return _abstract_word(word)


def _abstract_word(word: str) -> bool:
    """A compound with a tail above and a stem before it, that no gazetteer knows."""
    tail = _ABSTRACT_TAIL.search(word)
    if tail is None or tail.start() < 3 or not word[:1].isupper() or any(c.isupper() for c in word[1:]):
        return False
    return word not in place_names("de") and word not in org_names("de")


def _common_noun(text: str, m: Mention, mentions: list[Mention]) -> bool:
    """A neural single word after a lower-case preposition that is a common noun: frequent
    itself ("Wut"), or a dative plural of a frequent noun or compound tail ("Containern",
    "Fördermitteln"); a name of the gazetteers ("in Bayern") is kept."""
    word = m.text
    if not m.model.startswith("neural") or m.type not in ("ORG", "LOC", "MISC") or not word.isalpha():
        return False
    if word in place_names("de") or word in org_names("de"):
        return False
    if word.isupper() or any(c.isupper() for c in word[1:]):
        return False  # "RTL", "NRW", "eBay": acronyms and brands
    if not _AFTER_PREPOSITION.search(text, max(0, m.start - 5), m.start):
        return _frequent_noun(text, m, mentions)
    if zipf(word.lower(), "de") >= _COMMON_ZIPF:
        # frequent in English too: an international brand or name ("Facebook", "Audi"), kept
        return zipf(word.lower(), "en") < _FOREIGN_ZIPF
    if not word.endswith(("ern", "eln")):
        return False
    stem = word[:-1].lower()
    return zipf(stem, "de") >= 3.5 or any(zipf(stem[-k:], "de") >= 4.5 for k in range(5, min(8, len(stem) - 2)))


# German capitalises every noun, and the tagger reads a frequent one as a name wherever it
# stands ("Foto", "Virus", "Chaos", "Sofa"): a word this frequent that no gazetteer knows, that
# is no body's kind ("Bundestag", "Landesregierung": bare bodies are labelled) and that the
# article never writes inside a longer name ("Sebastian Kurz") is no name.
_FREQUENT_NOUN_ZIPF = 4.3
_BODY_TAILS = re.compile(
    r"(?:tag|rat|amt|regierung|ministerium|gericht|kammer|verband|verein|bank|kommission|parlament|polizei|"
    r"bundeswehr|senat|stiftung|institut|gewerkschaft|konzern|partei)$"
)

# parties named by a noun ("Grüne: Regierung muss ...", "die Linke")
_PARTY_NOUNS = frozenset({"Grüne", "Grünen", "Linke", "Linken", "Piraten", "Freien"})


def _frequent_noun(text: str, m: Mention, mentions: list[Mention]) -> bool:
    word = m.text
    if any(_coordinated(text, m, o) for o in mentions if o.type == m.type and o is not m):
        return False  # "Aller und Weser": a name beside a name of its kind
    if zipf(word.lower(), "de") < _FREQUENT_NOUN_ZIPF or zipf(word.lower(), "en") >= _FOREIGN_ZIPF:
        return False
    if _BODY_TAILS.search(word.lower()) or word in _PARTY_NOUNS:
        return False
    # written inside a longer capitalised name elsewhere: a surname ("Kurz" of "Sebastian Kurz")
    return re.search(rf"[A-ZÄÖÜ]\w* {re.escape(word)}(?![\w-])|(?<![\w-]){re.escape(word)} [A-ZÄÖÜ]", text) is None


def _coordinated(text: str, m: Mention, other: Mention) -> bool:
    """`m` and `other` joined by "und", "oder" or a comma alone."""
    between = text[m.end : other.start] if m.end <= other.start else text[other.end : m.start]
    return between in (" und ", " oder ", ", ")
