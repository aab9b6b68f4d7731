"""German crafts, trades and law firms (session 30, round 29): a law firm named by its partners
and "Rechtsanwälte" is one body ("Kettner Brandt Rechtsanwälte", a lower-case "Kanzlei" and a
town's adjective stay out), as is an architects' partnership ("X Y Architekten PartGmbB", without
"Büro"), and a person the tagger ran into it ends at "von"; a guild or a
chamber with its region ("Bäckerinnung Mittelfranken", "Handwerkskammer Leipzig") is one body; a
family firm "X & Söhne" is a body, not a person; a museum named with an adjective ("Deutsches
Spielzeug- und Puppenmuseum") is a body; a college with its town ("Hochschule Aalen/Heidenheim",
"Kunsthochschule Kassel") is a body, not a place; the pair "Schneiderinnen und Schneider" is a
trade, not a place; a hall after an article ("die alte Halle") is no city; a street with a
common stem after "an der" is a place ("an der Kirchgasse").  Round 40 (bakeries and mills): a
street after "in der" whose compound no word list holds is a place ("in der Lindholzstraße"), even
where its stem is a word; a mill named with its town is a firm, as "Stadtwerke Bamberg" is
("Kornmühle Uelzen"), a wind, water or monastery mill a monument; a chain after its trade noun is
a body, whatever the tagger reads ("Discounter wie Netto", "die Drogeriekette Rossmann": the
trade noun stays out); a church named by its saint with hyphens is one place ("St.-Paulus-Kirche",
which the tagger cuts at "St.").

The tagger reads the partners as a person running on, the region after a guild as a person and
the trade pair as places.  Whole articles only; each rule looks only where its cue stands.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.body_nouns import MODEL as BODY_NOUN_MODEL
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.consistency import propagate_people
from storywire.stages.ner.gazetteer import place_names
from storywire.stages.ner.word_frequency import zipf

MODEL = "german-crafts"
_NAME = r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?"
# Partners' names, then the firm's kind: "Kettner Brandt Rechtsanwälte", "Roth & Partner Notare".
_LAW_FIRM = re.compile(
    rf"(?<![\w-])(?P<names>{_NAME}(?:(?: | & | und ){_NAME}){{0,3}}) "
    r"(?:Rechtsanwälte|Rechtsanwaltsgesellschaft(?: mbH)?|Notare|Steuerberater|Anwaltskanzlei|"
    # an architects' partnership, with its legal form ("Roth Berger Architekten PartGmbB")
    r"(?:Landschafts)?[Aa]rchitekten(?: (?:PartGmbB|PartG mbB|GmbH|BDA))?)(?![\w-])"
)
_NOT_PARTNER = frozenset({"Kanzlei", "Büro", "Das", "Die", "Der", "Den", "Dem", "Des", "Von", "Bei", "Mit", "Und"})
# A guild or a chamber, then its region or town: "Weberinnung Oberlausitz", "Notarkammer Sachsen".
_GUILD = re.compile(rf"(?<![\w-])[A-ZÄÖÜ][a-zäöüß]*(?:innung|kammer|zunft)(?: (?P<region>{_NAME}))(?![\w-])")
_RARE_ZIPF = 3.5
# A family firm: "Hennig & Söhne", "Meyer & Töchter" (a legal form after it stays with it).
_FAMILY_FIRM = re.compile(
    rf"(?<![\w-]){_NAME} & (?:Söhne|Sohn|Töchter|Tochter|Partner)(?: (?:GmbH|KG|OHG|AG|e\. ?K\.))?(?![\w-])"
)
# A museum after an adjective, with a coordinated first half or not: "Deutsches Textilmuseum",
# "Deutsche Damast- und Frottiermuseum", "Rheinischen Industriemuseums".
_MUSEUM = re.compile(
    r"(?<![\w-])(?!(?:Die|Diese|Eine|Seine|Ihre|Jene|Keine|Meine|Unsere|Unseren|Einen|Seinen|Ihren) )"
    r"[A-ZÄÖÜ][a-zäöüß]+(?:e|es|en|er) (?:[A-ZÄÖÜ][a-zäöüß]+- und )?[A-ZÄÖÜ][a-zäöüß]*museums?(?![\w-])"
)
# A college with its town or towns: "Hochschule Zittau/Görlitz", "Kunsthochschule Halle".
_COLLEGE = re.compile(rf"(?<![\w-])(?:[A-ZÄÖÜ][a-zäöüß]*hochschule|Hochschule) {_NAME}(?:/{_NAME})*(?![\w-])")
# The trade pair: "Weberinnen und Weber", "Fischerinnen und Fischer".
_TRADE_PAIR = re.compile(r"(?<![\w-])(?P<stem>[A-ZÄÖÜ][a-zäöüß]+)innen und (?P=stem)(?![\w-])")
# A street with a common stem after a preposition and its article: "an der Hauptstraße", "in der
# Kirchgasse" (`streets` leaves these common compounds to a cue; "der Hauptstraße" is the street).
_COMMON_STREET = re.compile(
    r"(?<![\w-])(?:in|an|auf|aus|von) der (?P<name>(?:Haupt|Bahnhof|Dorf|Kirch|Schul|Post|Markt|Mühl|Mühlen"
    r"|Brunnen|Linden|Friedhof|Garten|Berg|Wald|Feld|Wiesen)(?:straße|strasse|gasse))(?![\w-])"
)
# ... and any street after them whose compound no word list holds ("in der Lindholzstraße"):
# `streets` reads the stem alone, and a stem that is a word ("Alm") makes it a common noun there.
_CUED_STREET = re.compile(
    r"(?<![\w-])(?:in|an|auf|aus|von) der (?P<name>[A-ZÄÖÜ][a-zäöüß]{2,}(?:straße|strasse|gasse|allee))(?![\w-])"
)
_UNKNOWN_ZIPF = 1.0  # not in wordfreq's small list (which stops at 3)
# ... but a street's kind by its use, a common noun that list leaves out as well ("in der
# Einkaufsstraße", "an der Umgehungsstraße", "in der Sackgasse").
_GENERIC_STREET = re.compile(
    r"(?:Einkaufs|Geschäfts|Seiten|Neben|Parallel|Quer|Haupt|Hauptverkehrs|Durchgangs|Ausfall|Umgehungs|Zufahrts|"
    r"Verbindungs|Erschließungs|Zubringer|Anlieger|Wohn|Spiel|Fahrrad|Privat|Wirtschafts|Land|Landes|Bundes|Kreis|"
    r"Gemeinde|Orts|Dorf|Stadt|Innenstadt|Altstadt|Schnell|Sack|Rettungs|Fußgänger|Bau|Nachbar)"
    r"(?:straße|strasse|gasse|allee)"
)
# A mill named with its town: a firm ("Kornmühle Uelzen"); a wind, water or monastery mill
# with a town is a monument people visit, a place, and stays to the tagger.
_MILL = re.compile(
    r"(?<![\w-])(?!Wind|Wasser|Kloster|Schloss|Burg)[A-ZÄÖÜ][a-zäöüß]*mühle "
    r"(?P<town>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)(?![\w-])"
)
# A chain's trade noun, then its name (a list after "wie" too): the name is a body, the noun
# stays out ("Discounter wie Netto und Penny", "der Drogeriekette Rossmann").
_CHAIN = re.compile(
    r"(?<![\w-])(?:Discounter[ns]?|Lebensmitteldiscounter[ns]?|Supermarktkette|Lebensmittelkette|"
    r"Handelskette|Drogeriekette|Bäckereikette|Baumarktkette|Einzelhandelskette) (?:wie )?(?=[A-ZÄÖÜ])"
)
_LIST_JOIN = re.compile(r"(?:, | und | oder | sowie )")
# A church named by its saint, joined by hyphens: one place ("St.-Paulus-Kirche").
_HYPHEN_CHURCH = re.compile(
    r"(?<![\w-])(?:St\.|Sankt)-(?:[A-ZÄÖÜ][a-zäöüß]+-){1,3}(?:Kirche|Kapelle|Basilika|Münster|Dom|Kloster)(?![\w-])"
)
# A town's name that is a common noun after an article or an adjective: "die denkmalgeschützte Halle".
_COMMON_TOWNS = frozenset({"Halle", "Hof", "Essen"})
# (an article, then at most one lower-case adjective: "gestiegen Essen." is the city)
_ARTICLE_BEFORE = re.compile(
    r"(?<![\w-])(?:[Dd]ie|[Dd]er|[Dd]en|[Dd]em|[Dd]as|[Ee]ine|[Ee]iner|[Ee]inen|[Ii]hre|[Ii]hrer)"
    r"(?: [a-zäöüß]+(?:e|en))? $"
)


def _town_adjective(word: str) -> bool:
    """ "Görlitzer", "Münchner": a town's adjective opens no firm's name."""
    places = place_names("de")
    return word.endswith("er") and any(word[:-k] in places for k in (1, 2, 3))


def _law_firms(text: str, mentions: list[Mention]) -> list[Mention]:
    spans = []
    for hit in _LAW_FIRM.finditer(text):
        start = hit.start("names")
        for word in re.findall(r"\S+ ", hit["names"] + " "):  # "Görlitzer Kanzlei X Y": X and Y only
            if word.strip() not in _NOT_PARTNER and not _town_adjective(word.strip()):
                break
            start += len(word)
        office = hit["names"].rfind("Büro ")
        if office >= 0:  # "das Münchner Büro X Y Architekten": the partners follow the office
            start = max(start, hit.start("names") + office + len("Büro "))
        partners = text[start : hit.end("names")]
        if hit.group().endswith("rchitekten") and " " not in partners:
            continue  # "Viele Architekten", "Deutsche Architekten": architects, no firm, without a form
        if start < hit.end("names") and text[start].isupper():
            spans.append((start, hit.end()))
    if not spans:
        return mentions
    cut = False
    for m in mentions:  # "Matthias Kettner von der Görlitzer Kanzlei X Y Rechtsanwälte": the person ends
        for start, _end in spans:
            if m.type == "PER" and m.start < start < m.end:
                head = re.match(rf"{_NAME}(?: {_NAME})*", m.text)
                if head is not None and m.start + head.end() <= start:
                    m.end = m.start + head.end()
                    m.text, m.model = text[m.start : m.end], MODEL
                    cut = True
    # the person's surname elsewhere first, then the firm's span over whatever it holds
    out = propagate_people(text, mentions, "de") if cut else mentions
    # ... and over a model's span that ran the office into the partners ("Münchner Büro X Y",
    # "Kanzlei X Y Rechtsanwälte": "Kanzlei" stays out)
    out = [
        m
        for m in out
        if not any(m.start < s < m.end <= e and text[m.start : s].endswith(("Büro ", "Kanzlei ")) for s, e in spans)
    ]
    # named as the body-noun pass names its bodies: the partners' surnames, persons elsewhere,
    # do not make the firm a person (`refine_post_pass.lend_person_type`)
    return claimed_spans(text, out, spans, "ORG", BODY_NOUN_MODEL, 0.8)


def _guilds(text: str, mentions: list[Mention]) -> list[Mention]:
    spans = []
    for hit in _GUILD.finditer(text):
        region = hit["region"]
        if region in place_names("de") or zipf(region.lower(), "de") < _RARE_ZIPF:
            spans.append(hit.span())
    return claimed_spans(text, mentions, spans, "ORG", MODEL, 0.8)


def _colleges(text: str, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    spans = []
    for hit in _COLLEGE.finditer(text):
        holder = [m for m in out if m.start <= hit.start() and hit.end() <= m.end and m.end - m.start > len(hit[0])]
        if holder:  # "Burg Giebichenstein Kunsthochschule Halle" read as a place: one body
            for m in holder:
                m.type, m.model = "ORG", MODEL
            continue
        spans.append(hit.span())
    return claimed_spans(text, out, spans, "ORG", MODEL, 0.8)


def german_crafts(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the names above claimed, retyped or dropped."""
    if language != "de":
        return mentions
    out = mentions
    if any(w in text for w in ("Rechtsanw", "Notare", "Steuerberater", "Anwaltskanzlei", "rchitekten")):
        out = _law_firms(text, out)
    if "innung " in text or "kammer " in text or "zunft " in text:
        out = _guilds(text, out)
    if " & " in text:
        out = claimed_spans(text, out, [f.span() for f in _FAMILY_FIRM.finditer(text)], "ORG", MODEL, 0.8)
    if "museum" in text:
        out = claimed_spans(text, out, [f.span() for f in _MUSEUM.finditer(text)], "ORG", MODEL, 0.8)
    if "ochschule " in text:
        out = _colleges(text, out)
    if "innen und " in text:
        pairs = [f.span() for f in _TRADE_PAIR.finditer(text)]
        out = [m for m in out if m.type == "ORG" or not any(s <= m.start and m.end <= e for s, e in pairs)]
    if "der " in text and ("straße" in text or "strasse" in text or "gasse" in text):
        held = {(m.start, m.end) for m in out if m.type == "LOC"}
        streets = [f.span("name") for f in _COMMON_STREET.finditer(text) if f.span("name") not in held]
        out = claimed_spans(text, out, streets, "LOC", MODEL, 0.75)
    if " der " in text:
        held = {(m.start, m.end) for m in out if m.type == "LOC"}
        streets = [
            f.span("name")
            for f in _CUED_STREET.finditer(text)
            if f.span("name") not in held
            and zipf(f["name"].lower(), "de") < _UNKNOWN_ZIPF
            and not _GENERIC_STREET.fullmatch(f["name"])
        ]
        out = claimed_spans(text, out, streets, "LOC", MODEL, 0.75)
    if "mühle " in text:
        out = _mills(text, out)
    if "kette " in text or "iscounter" in text:
        out = _chains(text, out)
    if "St.-" in text or "Sankt-" in text:
        out = claimed_spans(text, out, [f.span() for f in _HYPHEN_CHURCH.finditer(text)], "LOC", MODEL, 0.8)
    if any(t in text for t in _COMMON_TOWNS):
        out = [
            m
            for m in out
            if not (m.text in _COMMON_TOWNS and _ARTICLE_BEFORE.search(text, max(0, m.start - 30), m.start))
        ]
    return out


def _mills(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with each mill named with a known town one body."""
    places, located = place_names("de"), {m.text for m in mentions if m.type == "LOC"}
    spans = [f.span() for f in _MILL.finditer(text) if f["town"] in places or f["town"] in located]
    for m in mentions:
        if (m.start, m.end) in spans:
            m.type, m.model = "ORG", MODEL  # the tagger's place: the span is the firm's
    return claimed_spans(text, mentions, spans, "ORG", MODEL, 0.8)


def _chains(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with the names after a chain's trade noun (and the list after it) bodies."""
    by_start = {m.start: m for m in mentions}
    for found in _CHAIN.finditer(text):
        m = by_start.get(found.end())
        while m is not None:
            if m.type in ("PER", "LOC"):
                m.type, m.model = "ORG", MODEL  # "Discounter wie Aldi Nord" read as a person
            join = _LIST_JOIN.match(text, m.end)
            m = by_start.get(join.end()) if join is not None else None
    return mentions
