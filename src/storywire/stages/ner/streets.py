"""Streets, squares, bridges and churches are places, named with their kind word as the
project's guidelines mark them: "place Saint-Corentin", "plaza Mayor", "via Vittorio Emanuele",
"ulicę Grudziądzką", "улице Ленина", "Октябрьского моста", "Luitpoldstraße"; a church's saint
after its kind word is the place ("iglesia de San Marcelo", "Pfarrkirche St. Josef").

Local news names them all the time and no model here finds them: the taggers learned
WikiANN, where streets are rare, and spaCy types "Mayor" in "plaza Mayor" as a body or
"Vittorio Emanuele" as a person.  A street's kind word written in lower case belongs to its
name (the name alone is often an adjective, "Grudziądzką", or a person, "Ленина"), whereas
a river's does not ("río Magro", `buildings.waters_after_heads`).  Whole articles only.
"""

from __future__ import annotations

import functools
import re

from storywire.model import Mention
from storywire.stages.ner.gazetteer import country_names
from storywire.stages.ner.missed_places import known_places
from storywire.stages.ner.word_frequency import zipf

MODEL = "street"
_UPPER = "A-ZÀ-ÖØ-ÞĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ"
# (a date or a regiment joined by hyphens names French streets: "rue du 8-Mai-1945", "place du
# 19-Mars-1962", "rue du 31e-Dragons")
_WORD = rf"(?:[{_UPPER}][\w’'-]*|[IVXL]+\b|\d{{1,2}}(?= +[{_UPPER}])|\d{{1,3}}(?:e|er)?-[{_UPPER}][\w’'-]*)"
# A name of up to four capitalised words, joined by the particles names hold ("Jana Pawła II",
# "XX Settembre", "Vittorio Emanuele", "de la Castellana").
_NAME = rf"{_WORD}(?: +(?:(?:de|del|di|della|von|van|d’|d') *)?{_WORD}){{0,3}}"
_ROMANCE_LINK = (
    r"(?:(?:de la|de l'|de l’|de los|de las|del|de|des|du|d'|d’|di|della|dello|delle|dei|degli|dell'|dell’) *)?"
)
# Kind words after which a capitalised name is a street or square.  Words with a second,
# everyday sense take no "de"/"di" ("largo": "al largo di Lampedusa", off its coast; "corso":
# "nel corso del Novecento"; "ponte"/"puente": a long weekend, "il ponte dell'Immacolata").
# Churches, monasteries and stations keep their kind word as streets do ("monastère des
# Hiéronymites", "convento de Santo Domingo", "gare de São Bento", "fort de Romainville").
_HEADS_WITH_LINK = {
    "fr": "rue|place|avenue|boulevard|quai|allée|allées|impasse|esplanade|parvis|square|pont|gare|église|cathédrale|"
    # a promenade by its article ("promenade du Paillon", "des Anglais"), where "une promenade
    # de Pontoise à Cergy" is a walk from a town
    "promenade(?! de (?!la |l['’]))|"
    "basilique|chapelle|abbaye|abbatiale|collégiale|prieuré|monastère|couvent|barrage|synagogue|mosquée|temple|palais|château|citadelle|phare|"
    # a fort as a castle, but "un signal fort de Washington" is an adjective: after an article only
    "(?:(?<=au )|(?<=le )|(?<=du ))fort|"
    # venues named by their capitalised kind and their town ("Centre de congrès de Lyon"; the
    # lower-case "parc des expositions de Bordeaux" gives the town alone)
    "Centre de congrès|Centre des congrès|Palais des congrès|Parc des expositions|Palais des sports|"
    "Palais des festivals",
    "es": "calle|plaza|avenida|paseo|glorieta|ronda|travesía|plazuela|estación|iglesia|catedral|basílica|capilla|"
    "ermita|santuario|convento|monasterio|parroquia|presa|cementerio|sinagoga|mezquita|palacio|"
    # a castle keeps its kind word as a church does ("castillo de Belmonte"), and a steep street
    # or an alley is a street ("cuesta de la Virgen", "callejón del Agua")
    "castillo|alcázar|cuesta|callejón|costanilla|pasaje|"
    # a tower keeps its kind word as a castle does ("torre de San Martín", round 42)
    "torre|"
    # a town's park keeps its lower-case kind word as a square does ("el parque de Ferrera" as
    # "la plaza de España"; a national park is capitalised whole, "Parque Nacional de Doñana")
    "parque",
    "it": "via|piazza|viale|vicolo|piazzale|lungomare|lungotevere|stazione|chiesa|cattedrale|basilica|cappella|"
    "abbazia|monastero|convento|santuario|duomo|sinagoga|moschea|palazzo|cripta|battistero|chiostro",
}
# ... with one adjective of rank, order or age between ("monastère royal de Brou", "abbaye
# cistercienne de Léoncel", "chiesa parrocchiale di San Marco")
_BUILDING_ADJECTIVES = (
    r"(?:royal|royale|royaux|impérial|impériale|ducal|ducale|épiscopal|épiscopale|abbatial|abbatiale|cistercien|"
    r"cistercienne|bénédictin|bénédictine|franciscain|franciscaine|dominicain|dominicaine|fortifié|fortifiée|"
    r"paroissial|paroissiale|collégial|collégiale|parrocchiale|real|parroquial|colegiata)"
)
# ("camino La Pólvora" is a road, "camino de Madrid" the way to Madrid, as "carretera de Elciego"
# is the road to Elciego: the town alone)
# ("strada Manzola" is a road, "la strada di casa" the way home)
_HEADS_DIRECT = {"es": "puente|camino|carretera", "it": "corso|largo|ponte|strada"}
# A numbered road's lower-case kind word stays out in Spanish too ("la carretera A-480").
_ROAD_CODE = re.compile(r"[A-Z]{1,3}-\d{1,4}")
_ROAD_TO_TOWN = re.compile(r"(?<![\w’'])(?:carretera|camino) (?:de|a|hacia) (?=[A-ZÁÉÍÓÚÑ])")
# Polish, Russian and Ukrainian kind words in their cases ("ulicę", "улице", "вулицею").
_SLAVIC_HEADS = {
    "pl": "ul\\.|ulica|ulicy|ulicę|ulicą|plac|placu|placem|aleja|alei|aleję|aleją|al\\.|rondo|ronda|rondzie|"
    "most|mostu|moście|mostem|skwer|skweru|skwerze|bulwar|bulwaru|bulwarze|osiedle|osiedlu|osiedla|"
    # a named quay is a street of the port ("nabrzeżu Wschodnim"), as "набережной" is
    "nabrzeże|nabrzeża|nabrzeżu|nabrzeżem",
    "ru": "ул\\.|улица|улице|улицу|улицы|улицей|площадь|площади|площадью|проспект|проспекта|проспекте|"
    "проспекту|проспектом|переулок|переулке|переулка|бульвар|бульваре|бульвара|набережная|набережной|"
    "набережную|шоссе|сквер|сквере|сквера",
    "uk": "вул\\.|вулиця|вулиці|вулицю|вулицею|площа|площі|площу|площею|проспект|проспекту|проспекті|"
    "проспектом|провулок|провулку|бульвар|бульварі|бульвару|набережна|набережній|набережну|шосе|сквер|"
    "скверу|сквері|майдан|майдану|майдані|майданом",
}
# ... and the kind words that follow a capitalised adjective: "Октябрьского моста", "Соборна
# площа", "Воскресенском соборе" (a church in a sentence is where something happens).
_SLAVIC_TAILS = {
    "ru": "мост|моста|мосту|мосте|мостом|площадь|площади|площадью|собор|соборе|собора|собору|храм|храме|"
    "храма|монастырь|монастыре|монастыря|проспект|проспекте|проспекта|бульвар|бульваре|сквер|сквере|"
    "почтамт|почтамте|почтамта|почтамту|почтамтом",
    "uk": "міст|мосту|мості|мостом|площа|площі|площу|площею|собор|соборі|собору|храм|храмі|храму|"
    "монастир|монастирі|монастиря|церква|церкві|церкву|проспект|проспекті|проспекту|бульвар|бульварі|"
    # a square named by its adjective ("Соборному майдані") and a town's main post office, a
    # building where something happens ("в Головному поштамті"): a place, as a church
    "майдан|майдану|майдані|майданом|поштамт|поштамті|поштамту|поштамтом",
    "pl": "most|mostu|moście|mostem",
}
_ADJECTIVE_ENDS = "ий|ый|ой|ая|яя|ое|ее|ого|его|ому|ему|ом|ем|ую|юю|ей|ій|ої|ою|ім|на|ну|ній|ної|ня|ski|skiego|skim|sku"
_SLAVIC_ADJECTIVE = rf"[{_UPPER}][\w’'-]*(?:{_ADJECTIVE_ENDS})"
# German street compounds ("Luitpoldstraße", "Schönleinsplatz", "Löwenbrücke"): the word
# before the kind must be a name or a rare word, as "Parkplatz", "Hauptstraße", "Autobahnbrücke"
# are common nouns.
_GERMAN_KINDS = ("straße", "strasse", "platz", "brücke", "gasse", "allee", "ufer")
# ... where "-käufer", "-läufer" are buyers and runners, no river banks ("Wunschkäufer", "Vorläufer")
_GERMAN_STREET = re.compile(
    rf"(?<![\w-])(?P<stem>[A-ZÄÖÜ][a-zäöüß]{{2,}}?)(?:s|er|en|n)?"
    rf"(?P<kind>{'|'.join(_GERMAN_KINDS).replace('ufer', '(?<![aä])ufer')})\b"
)
_GERMAN_COMMON_STEM_ZIPF = 3.0
# ... and a street named by a town's or a district's adjective, the kind a word of its own:
# "Mariahilfer Straße", "Frankfurter Allee", "Kärntner Straße"
_GERMAN_ADJECTIVE_STREET = re.compile(
    r"(?<![\w-])[A-ZÄÖÜ][a-zäöüß]{2,}er (?:Straße|Strasse|Allee|Platz|Gasse|Ring|Damm)\b"
)
# ... and a street named by a person, its words joined by hyphens ("Konrad-Adenauer-Straße",
# "Friedrich-Ebert-Platz"), which the tagger leaves untagged
_GERMAN_HYPHEN_STREET = re.compile(
    r"(?<![\w-])(?:[A-ZÄÖÜ][a-zäöüß]+-){1,3}(?:Straße|Strasse|Allee|Platz|Gasse|Ring|Damm|Ufer)(?![\w-])"
)
# common words that name a square or a street after a ruler, a bishop or a landmark all the
# same ("Königsplatz", "Kaiserstraße", "Domplatz", "Schlossallee")
_GERMAN_NAMING_STEMS = frozenset(
    # ... and the village's own streets, named by what stands on them ("Dorfstrasse",
    # "Bahnhofstraße", "Kirchgasse", "Schulstraße"), names in every village
    {"König", "Kaiser", "Fürst", "Herzog", "Prinz", "Bischof", "Dom", "Schloss", "Dorf", "Bahnhof", "Kirch", "Schul"}
)
# A "-straße" compound after an article is named for what stands on it ("an der Hafenstraße",
# "auf der Alleestraße") unless its first word says what kind of road it is ("eine Seitenstraße",
# "die Landstraße"): those are common nouns, whatever their stem.
_GENERIC_ROAD_PREFIXES = frozenset(
    {
        "haupt", "neben", "seiten", "schnell", "einkaufs", "durchgangs", "zufahrts", "umgehungs", "quer", "kreis",
        "staats", "landes", "bundes", "land", "gemeinde", "wohn", "spiel", "ausfall", "geschäfts", "verbindungs",
        "maut", "schotter", "privat", "anlieger", "zubringer", "sack", "pass", "wasser", "fahr", "stadt",
        "innenstadt", "autobahn", "küsten", "ortsdurchgangs", "zugangs", "erschließungs", "hinter", "lande",
    }
)  # fmt: skip
_ARTICLE_BEFORE_STREET = re.compile(r"(?:^|\s)(?i:an|auf|in|aus|von|entlang) der $")


def _street_after_article(text: str, found: re.Match[str]) -> bool:
    prefix = found.group(0)[: -len(found["kind"])].lower()
    if prefix in _GENERIC_ROAD_PREFIXES or len(prefix) < 4:
        return False
    return bool(_ARTICLE_BEFORE_STREET.search(text, max(0, found.start() - 12), found.start()))


# A church named by its saint keeps its kind word, as the guidelines mark it ("Pfarrkirche St.
# Josef", any German compound of "-kirche": "Stiftskirche St. Lamberti"; "kościele św. Józefa",
# "церкви Святого Миколая", "часовни Михаила Архангела").
_CHURCH_SAINT = re.compile(
    r"(?<!\w)(?:iglesia|parroquia|basílica|catedral|ermita|chiesa|basilica|cattedrale|duomo|pieve|église|"
    r"basilique|cathédrale|chapelle|Pfarrkirche|Kirche|[A-ZÄÖÜ][a-zäöü]+kirche|Kapelle|Basilika|Münster|Pfarrheim|"
    r"Pfarrzentrum|Pfarrsaal|"
    r"Pfarrhaus|Kloster|Kathedrale|kościele|kościół|kościoła|"
    r"bazylice|katedrze|kaplicy|kaplica) +(?:(?:de|del|di|della|dei) +)?"
    rf"(?P<name>(?:San|Santa|Santo|Sant['’]|Santi|Santos|St\.|Sankt|Saint-|Sainte-|Saints-|św\.) *[{_UPPER}][\w’'-]+"
    rf"(?: +(?:e|y|und|et|i) +[{_UPPER}][\w’'-]+)?"
    # ... with its epithet after an article ("Santa María de los Reyes", "Santa Maria della Salute"),
    # not a town after a bare "de"/"di"
    # ... or after a bare article ("Santa María la Mayor", "San Pedro el Viejo")
    rf"(?: +(?:de los|de las|de la|del|della|delle|dei|degli|dello|la|el) +[{_UPPER}][\w’'-]+)?)"
    r"|(?<![\w-])(?:церкви|церковь|церкву|церкві|церква|церковью|часовни|часовня|часовню|часовне|каплиці|каплиця|"
    r"каплицю|собора|соборе|собор|собору|храма|храме|храм|храму|монастыря|монастыре|монастырь|монастиря|"
    r"монастирі|монастир) +"
    r"(?P<slavic>[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+(?: +[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+){0,2})"
)


# A station keeps its kind word and a quoted name its quotes, as the guidelines mark it
# ("станции «Татищевская»", "станції метро «Хрещатик»"); the tagger sees a quoted firm.
_STATION = re.compile(r"(?<![\w-])(?:станци(?:я|и|ю|ей|ею)|станції|станцію|станцією)(?: метро)? «[^«»\n]{1,40}»")
# A street or square named by a year: "площади 1905 года", "вулиці 1 Травня" takes _WORD's digits.
_YEAR_NAMED = re.compile(
    rf"(?<![\w’'])(?:{_SLAVIC_HEADS['ru']}|{_SLAVIC_HEADS['uk']}) +[12]\d{{3}} (?:года|року)(?!\w)"
)

# A part of every kind word above (case as written there), looked for first: the regex tries
# its sixty words at every character of every article (~0.25 ms), where few name a church.
_CHURCH_STEMS = (
    "iglesia", "parroquia", "basílica", "catedral", "ermita", "chiesa", "basili", "cattedrale", "duomo", "pieve",
    "église", "cathédrale", "chapelle", "irche", "Kapelle", "Basilika", "Münster", "kości", "bazylice", "katedrze",
    "Pfarr", "Kloster", "Kathedrale",
    "kaplic", "церк", "часовн", "каплиц", "собор", "храм", "монаст",
)  # fmt: skip


@functools.cache
def _patterns(language: str) -> tuple[re.Pattern[str], ...]:
    out: list[re.Pattern[str]] = []
    if language in _HEADS_WITH_LINK:
        # after an elided article too ("de l'avenue Kasa-Vubu", "nell'via" is no Italian)
        head = rf"(?P<head>{_HEADS_WITH_LINK[language]})(?: +{_BUILDING_ADJECTIVES})?"
        out.append(re.compile(rf"(?<!\w){head} +{_ROMANCE_LINK}(?P<name>{_NAME})"))
    if language in _HEADS_DIRECT:
        out.append(re.compile(rf"(?<![\w’'])(?P<head>{_HEADS_DIRECT[language]}) +(?P<name>{_NAME})"))
    if language == "it":
        # a capitalised "Corso" before an article's "del"/"della" names the town's main street
        # ("Corso del Popolo", "Corso della Repubblica"), where the lower-case "nel corso del
        # Novecento" is a course of time
        out.append(
            re.compile(rf"(?<![\w’'])(?P<head>Corso) +(?:del|della|dei|degli|delle|dello|dell['’]) *(?P<name>{_NAME})")
        )
    if language in _SLAVIC_HEADS:
        out.append(re.compile(rf"(?<![\w’'])(?P<head>{_SLAVIC_HEADS[language]}) *(?P<name>{_NAME})"))
    if language in _SLAVIC_TAILS:
        tail = rf"(?P<name>(?:[{_UPPER}][\w’'-]*-)?{_SLAVIC_ADJECTIVE}) +(?P<head>{_SLAVIC_TAILS[language]})(?!\w)"
        out.append(re.compile(rf"(?<![\w’'-]){tail}"))
    return tuple(out)


_SERVICES_NOT_NAMES = frozenset({"TGV", "TER", "RER", "SNCF", "LGV", "AVE", "Cercanías", "Renfe", "Frecciarossa"})
_CHURCH_WORDS = ("собор", "храм", "монастыр", "монастир", "церкв")
# A church is a place after a preposition; without one "Архиерейский собор" is a council.
_PLACE_PREPOSITION_BEFORE = re.compile(r"(?<!\w)(?:в|во|у|на|біля|возле|около|к|до|від|от|из|із|з|под|під) +$", re.I)


def _candidates(text: str, language: str) -> list[tuple[int, int, int]]:
    """(start of the words the place may replace, start, end) of each place."""
    spans: list[tuple[int, int, int]] = []
    for pattern in _patterns(language):
        for found in pattern.finditer(text):
            name, head = found["name"], found["head"]
            if head == "place" and name in country_names(language):
                continue  # "la place de la France dans le monde": a rank, no square
            if name in _SERVICES_NOT_NAMES:
                continue  # "une gare TGV", "la estación AVE": a kind of service, no station's name
            if head == "carretera" and _ROAD_CODE.fullmatch(name):
                continue  # "carretera A-480": the number alone, as the roads pass marks it
            if head.startswith(_CHURCH_WORDS) and not _PLACE_PREPOSITION_BEFORE.search(
                text[max(0, found.start() - 8) : found.start()]
            ):
                continue
            spans.append((found.start(), found.start(), found.end()))
    if language == "de" and any(kind in text for kind in _GERMAN_KINDS):
        for found in _GERMAN_STREET.finditer(text):
            stem = found["stem"]
            rare = stem in _GERMAN_NAMING_STEMS or zipf(stem.lower(), language) < _GERMAN_COMMON_STEM_ZIPF
            if rare or (found["kind"] in ("straße", "strasse") and _street_after_article(text, found)):
                spans.append((found.start(), found.start(), found.end()))
    if language == "de" and ("Straße" in text or "Allee" in text or "Platz" in text or "Gasse" in text):
        spans.extend((found.start(), found.start(), found.end()) for found in _GERMAN_ADJECTIVE_STREET.finditer(text))
        spans.extend((found.start(), found.start(), found.end()) for found in _GERMAN_HYPHEN_STREET.finditer(text))
    if any(stem in text for stem in _CHURCH_STEMS):
        spans.extend((found.start(), found.start(), found.end()) for found in _CHURCH_SAINT.finditer(text))
    if language in ("ru", "uk") and ("«" in text or "року" in text or "года" in text):
        spans.extend((found.start(), found.start(), found.end()) for found in _STATION.finditer(text))
        spans.extend((found.start(), found.start(), found.end()) for found in _YEAR_NAMED.finditer(text))
    return spans


def streets_and_squares(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with each street, square, bridge or church found by its kind word as one
    place, in place of the mentions it covers; one that another mention runs past stays
    to the models ("Rue de la Paix Holdings").  The town a Spanish road leads to is a place
    ("la carretera de Haro", typed ORG)."""
    if language == "es" and ("carretera " in text or "camino " in text):
        mentions = _towns_roads_lead_to(text, mentions)
    added: list[Mention] = []
    for outer, s, found_end in _candidates(text, language):
        e, town = _without_town(text, s, found_end, mentions, language)
        inside = [m for m in mentions if m.start < found_end and s < m.end]
        run_town = _town_run_past(text, s, found_end, inside, language)
        if run_town is not None:
            town = run_town
        if any(
            (m.start < outer and not _lead_run(m)) or (m.end > found_end and m.end != (town or (0, -1))[1])
            for m in inside
        ):
            continue
        if any(a.start < found_end and s < a.end for a in added):
            continue
        mentions = [m for m in mentions if m not in inside]
        added.append(Mention(s, e, text[s:e], "LOC", model=MODEL, confidence=0.8))
        if town is not None:
            added.append(Mention(town[0], town[1], text[town[0] : town[1]], "LOC", model=MODEL, confidence=0.8))
    out = sorted([*mentions, *added], key=lambda m: (m.start, m.end)) if added else mentions
    return streets_named_again(text, out, language) if added and language in _SLAVIC_HEADS else out


# A Slavic street's town after a locative preposition: "ulicy Piotrkowskiej w Łodzi", "улице
# Ленина в Казани"; the tagger runs the street's name and the town into one body.
_IN_TOWN = re.compile(rf" (?:w|we|в|во|у) (?P<town>[{_UPPER}][\w’'-]+)")


def _town_run_past(text: str, s: int, e: int, inside: list[Mention], language: str) -> tuple[int, int] | None:
    """The town's span where one mention runs from inside the street just to its town."""
    if language not in _SLAVIC_HEADS:
        return None
    found = _IN_TOWN.match(text, e)
    if found is None:
        return None
    past = [m for m in inside if m.end > e]
    if len(past) != 1 or past[0].start < s or past[0].end != found.end():
        return None
    return found.span("town")


def _towns_roads_lead_to(text: str, mentions: list[Mention]) -> list[Mention]:
    starts = {found.end() for found in _ROAD_TO_TOWN.finditer(text)}
    return [
        Mention(m.start, m.end, m.text, "LOC", MODEL, m.confidence) if m.start in starts and m.type != "LOC" else m
        for m in mentions
    ]


def _lead_run(m: Mention) -> bool:
    """A tagger's run that opens with a count or a lower-case word and ends in the street is
    no name to defer to ("agrupa a 90 negocios de la calle San Juan" typed ORG)."""
    return m.text[:1].isdigit() or m.text[:1].islower()


# A Romance square named, then its town after "de"/"di": "place d'Armes de Belvès", "plaza
# Mayor de Trujillo", "piazza Garibaldi di Sarnano" (the town is a place of its own).
_OF_TOWN = re.compile(rf" (?:de|di|d['’]) ?(?P<town>[{_UPPER}][\w’'-]+(?:-[{_UPPER}][\w’'-]+)*)$")
_ROMANCE = frozenset({"fr", "es", "it"})


def _without_town(
    text: str, s: int, e: int, mentions: list[Mention], language: str
) -> tuple[int, tuple[int, int] | None]:
    """The street's end without a known town named after it, and that town's span."""
    found = _OF_TOWN.search(text, s, e) if language in _ROMANCE else None
    if found is None or found.start() <= s + text[s:e].find(" "):
        return e, None
    if not any(ch.isupper() for ch in text[s : found.start()]) or _VENUE_HEAD.fullmatch(text, s, found.start()):
        return e, None  # "monastère royal de Brou", "Centre de congrès de Lyon": the town is the only name
    if text[s : found.start()].rstrip().endswith(_ADVOCATIONS):
        return e, None  # "santuario de Nuestra Señora de Regla": the Virgin's title, wherever it names
    town = found["town"]
    if language == "es" and text.count(town) < 2:
        return e, None  # "calle García de Paredes": a person's name, the town named nowhere else
    if town in known_places(language) or any(m.type == "LOC" and m.text == town for m in mentions):
        return found.start(), found.span("town")
    return e, None


# A church's or shrine's dedication whose "de X" is part of the title, not its town.
_ADVOCATIONS = ("Nuestra Señora", "Virgen", "Cristo", "Notre-Dame", "Madonna")
_VENUE_HEAD = re.compile(r"(?:Centre de|Centre des|Palais des|Parc des) (?:congrès|expositions|sports|festivals)")
_ON = {"ru": "на", "uk": "на", "pl": "na"}


def streets_named_again(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with a street named once with its kind word ("улице Малышева", "вулиці
    Університетській") and later without it after "на" ("на Малышева"): the same place, not the
    person or adjective the models read there (the same inflected form only)."""
    heads = re.compile(rf"^(?:{_SLAVIC_HEADS[language]}) *")
    names = set()
    for m in mentions:
        cut = heads.match(m.text) if m.model == MODEL else None
        if cut is not None and cut.end() < len(m.text):
            names.add(m.text[cut.end() :])
    if not names:
        return mentions
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    again = re.compile(rf"(?<![\w-]){_ON[language]} (?P<name>{alternatives})(?![\w-])")
    added: list[Mention] = []
    for found in again.finditer(text):
        s, e = found.span("name")
        inside = [m for m in mentions if m.start < e and s < m.end]
        if any(m.type == "LOC" or m.start < s or m.end > e for m in inside):
            continue  # a place already, or a longer name ("на Малышева-Сибиряка")
        mentions = [m for m in mentions if m not in inside]
        added.append(Mention(s, e, text[s:e], "LOC", model=MODEL, confidence=0.7))
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end)) if added else mentions
