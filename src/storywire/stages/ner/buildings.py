"""Buildings and landforms are places, as the project's guidelines mark them: "Palacio de la
Moncloa", "Pałacu Prezydenckim", "Leineschloss", "Royal Courts of Justice" typed ORG become LOC;
a French lower-case head before its name belongs to it ("mont Blanc", "palais Brongniart").

WikiANN types palaces, castles and stadiums as organisations (135 of the 156 "Estadio" spans of
its Spanish train file), and the taggers learned it; news analysis wants the place where things
happen.  So this runs over whole articles only (`extract_entities`), after the models, and leaves
the WikiANN figures as WikiANN marks them.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans, runs_past
from storywire.stages.ner.cues import word_set
from storywire.stages.ner.gazetteer import place_names

# First words of a building's name, in their cases ("Pałacu", "Dworem", "Schloss"); abbeys,
# monasteries, castles and hotels too ("Kloster St. Marienstern", "Burg Stolpen", "Hotelu Pod
# Białym Orłem"), which the taggers learned from WikiANN as bodies.
_BUILDING_FIRST = word_set(
    "palacio palais palazzo palace pałac pałacu pałacem dwór dworu dworze dworem zamek zamku zamkiem "
    "schloss château castillo castello castle kremlin palast kloster burg abtei stift kapelle "
    "abbaye abbazia abadía monasterio monastero monastère klasztor klasztoru klasztorze klasztorem "
    "kaplica kaplicy kaplicę hotel hotelu hotelem hotelowi"
)
_BUILDING_ENDS = (
    "schloss", "palast", "palais", " courts of justice", " palace", " castle", " abbey", " priory",
    " cathedral", " chapel", " minster", " hotel", "kloster", "kapelle",
)  # fmt: skip
# A church's own name ("Kościele Pokoju", "St Mary's Church", "Преображенскую церковь") is the
# building, but a denomination's is the body ("Kościół katolicki", "Church of England",
# "Русской православной церкви"): a church word makes a place only with a capitalised word
# that names no denomination and no country.
_CHURCH_FIRST = word_set("kościół kościoła kościele kościołem church kirche iglesia chiesa église")
_CHURCH_ENDS = (" church", "kirche")
_CYRILLIC_CHURCHES = re.compile(
    r"[А-ЯЁІЇЄҐ][\w-]*(?:ий|ый|ой|ая|ую|ой|ей|ої|у|а|ій|ої|ою|ів) "
    r"(?:церковь|церкви|церковью|церква|церкві|церкву|церквою|часовня|часовни|часовню|каплиця|каплиці|каплицю)$"
)
_DENOMINATIONS = re.compile(
    r"(?i)(?:orthodox|catholic|anglican|methodist|baptist|lutheran|evangelical|protestant|episcopal|presbyterian|"
    r"katolick|prawosław|ewangelick|evangelisch|katholisch|católica|cattolica|catholique|orthodoxe|ortodoss|"
    r"ortodox|православ|католи|євангел|евангел|лютеран|протестант|апостол|греко|римо|старообряд|of england|"
    r"of scotland|of ireland|of wales|of jesus|of christ|of the)"
)
# Landforms named with their kind ("Scafell Pike", "Lake District", "Mount Etna", "Zugspitze"):
# models type an unknown one as a body or a person.
_LANDFORM_ENDS = (
    " peak", " pike", " fell", " mountain", " mountains", " hill", " hills", " valley", " glacier", " falls",
    " lake", " river", " district", " moor", "spitze", "gebirge", "gletscher",
)  # fmt: skip
_LANDFORM_FIRST = word_set("mount lake river ben cape loch firth isle strait gulf")
# Of those, the ones no surname ends in ("John Hill", "Jane Lake" stay people).
_NO_SURNAME_ENDS = (
    " peak", " pike", " mountain", " mountains", " valley", " glacier", " district", "spitze", " abbey",
    " priory", " cathedral", " chapel", " minster", " hotel",
)  # fmt: skip
# "Sound of Mull", "Firth of Lorn", "Isle of Skye": the water or island with its head.
# ... and a saint's church ("St Oran's Chapel"), of which spaCy tags the saint alone, a person.
_ENGLISH_PLACES = re.compile(
    r"(?:[A-Z][a-z]+-(?:on|upon|under|le|in|by)-(?:the-)?[A-Z][a-z]+"  # "Ross-on-Wye", "Stratford-upon-Avon"
    r"|(?:Sound|Firth|Isle|Strait|Straits|Gulf|Bay|Vale|Loch) of [A-Z][\w'-]+(?: [A-Z][\w'-]+)?"
    r"|(?:St\.?|Saint) [A-Z][\w-]+(?: [A-Z][\w-]+)?['’]s? (?:Church|Chapel|Cathedral|Abbey|Priory|Basilica|Minster))\b"
)
# French heads written in lower case before the place's own name (a tower's too, as a castle's:
# "tour Zizim") (a canal's is not: "canal de la
# Robine" -> "Robine", as a valley's or a river's; a range named by its country keeps its
# "monts du": "monts du Forez", where a "massif du Jura" is the "Jura").
_FRENCH_HEADS = re.compile(
    r"\b(?:(?:mont|monts|palais|lac|île|îles|massif|col|pic|château|tour)\s+|(?:golfe|baie|mer|détroit|monts)\s+"
    r"(?:de la |de l'|de l’|du |des |d'|d’|de )?)$"
)

# a range no model found, named after its lower-case head ("les monts d'Arrée", "monts du
# Forez"): one place with the head, as the labelled set keeps it
_FRENCH_RANGE = re.compile(
    r"(?<![\w-])monts (?:de la |de l['’]|du |des |d['’])[A-ZÀ-ÖØ-Þ][\w’'-]*[\w](?: [A-ZÀ-ÖØ-Þ][\w’'-]*[\w])?"
)


def buildings_as_places(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with buildings typed ORG made places, French lower-case heads joined, and
    German palaces no model found ("im Leineschloss") added."""
    if language == "de" and ("schloss" in text or "palast" in text or "palais" in text or "spitze" in text):
        mentions = _german_palaces(text, mentions)
    if language == "en" and (" of " in text or "St" in text or "-" in text):
        mentions = _english_places(text, mentions)
    if language == "fr" and "monts " in text:
        spans = [found.span() for found in _FRENCH_RANGE.finditer(text)]
        mentions = claimed_spans(text, mentions, spans, "LOC", "french-range", 0.75) if spans else mentions
    for m in mentions:
        if (m.type == "ORG" and (_building(m.text) or _church(m.text))) or (
            m.type == "PER" and m.text.lower().endswith(_NO_SURNAME_ENDS)
        ):
            m.type = "LOC"
        elif language == "fr" and m.type == "LOC" and " " not in m.text:
            head = _FRENCH_HEADS.search(text, max(0, m.start - 16), m.start)
            if head is not None and head.end() == m.start:
                m.start, m.text = head.start(), text[head.start() : m.end]
    return mentions


def _building(name: str) -> bool:
    low = name.lower()
    if low.endswith(_LANDFORM_ENDS) or (" " in low and low.split(" ", 1)[0] in _LANDFORM_FIRST):
        return True
    return low.split(" ", 1)[0] in _BUILDING_FIRST or low.endswith(_BUILDING_ENDS)


def _church(name: str) -> bool:
    if _DENOMINATIONS.search(name):
        return False
    words = name.split(" ")
    if _CYRILLIC_CHURCHES.search(name):
        return True
    if len(words) < 2:
        return False
    if words[0].lower() in _CHURCH_FIRST:
        return words[1][:1].isupper()
    return name.lower().endswith(_CHURCH_ENDS) and words[-2][:1].isupper()


# A lower-case kind of building or research site before its name keeps it, as a street does
# ("edificio Esther Koplowitz", "campus de Rangueil", "station Concordia", "observatoire de
# Haute-Provence"): the place, with a person's or a region's name inside it.  Not a stadium's:
# the set marks "estadio Santiago Bernabéu" as "Santiago Bernabéu".
_FACILITY = re.compile(
    r"(?<![\w-])(?:(?:edificio|edifici|bâtiment|campus|observatoire|observatorio|osservatorio)"
    r"(?: (?:de la|de l['’]|del|de|di|della|du|d['’]))?|station|base) ?"
    r"(?P<name>[A-ZÀ-ÖØ-Þ])"
)


def facilities_with_kind_words(text: str, mentions: list[Mention], language: str = "") -> list[Mention]:
    """`mentions` with each facility's kind word joined to the name a model found after it; a
    campus named by its town gives the town ("campus de Saint-Martin-d'Hères", as a harbour does)."""
    starts = {m.start: m for m in mentions}
    spans: list[tuple[int, int]] = []
    for found in _FACILITY.finditer(text):
        name = starts.get(found.start("name"))
        if language and found.group().startswith("campus") and name is not None and name.text in place_names(language):
            continue
        if name is not None and name.type in ("PER", "LOC", "ORG", "MISC"):
            spans.append((found.start(), name.end))  # the name as the model found it
    return claimed_spans(text, mentions, spans, "LOC", "building", 0.8) if spans else mentions


def _english_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """Each "Sound of Mull" or "St Mary's Church" as one place, in place of the mentions inside it; a name that
    runs past it stays the model's ("Bay of Pigs invasion"), but not spaCy's MISC runs over
    several places ("Firth of Lorn to Craignure on Mull")."""
    spans = (found.span() for found in _ENGLISH_PLACES.finditer(text))
    return claimed_spans(text, mentions, spans, "LOC", "building", 0.8, _runs_past_but_misc)


def _runs_past_but_misc(m: Mention, start: int, end: int) -> bool:
    return runs_past(m, start, end) and m.type != "MISC"


_GERMAN_PALACE = re.compile(r"\b[A-ZÄÖÜ][a-zäöüß]{2,}(?:schloss|palast|palais|spitze)\b")


def _german_palaces(text: str, mentions: list[Mention]) -> list[Mention]:
    added = [
        Mention(found.start(), found.end(), found.group(), "LOC", model="building", confidence=0.7)
        for found in _GERMAN_PALACE.finditer(text)
        if not any(m.start < found.end() and found.start() < m.end for m in mentions)
    ]
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end)) if added else mentions


# A lower-case kind of water before a capitalised word names it ("el río Magro", "il fiume
# Lamone", "nad rzeką Odrą", "річка Латориця"); outside the name, as the guidelines mark it
# except in French (`_FRENCH_HEADS`, joined above).
_WATER_BEFORE = re.compile(
    r"(?:^|(?<=[\s'’]))(?:río|lago|arroyo|embalse|fiume|torrente|lago|river|rzeka|rzeki|rzece|rzekę|rzeką|jezioro|"
    r"jeziora|jeziorze|река|реки|реке|реку|рекой|озеро|озера|озере|річка|річки|річці|річку|річкою|озері|"
    # ... and of island: "l'isola d'Elba", "la isla de Tenerife"
    r"isola|isole|isla|islas|wyspa|wyspie|wyspę|wyspy|"
    # ... and the Spanish words of a creek, a ravine, a hill and a volcano: "el estero Marga Marga",
    # "la quebrada El Litre", "el cerro Placeres" (a hill's kind word stays out too)
    r"estero|quebrada|cerro|laguna|volcán|"
    # ... and of a neighbourhood or an estate: "el barrio Belgrano", "el condominio social Altos del Sol"
    r"barrio|urbanización|condominio(?:\s+social)?)"
    r"(?:\s+(?:di|de|del|della|dell['’])\s*|\s+d['’]|\s+)(?=[A-ZÀ-ÖØ-ÞĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ])"
)
# A part of every kind word above, looked for first: the regex tries its fifty words at every
# character of every article (~0.2 ms), and most name no river, lake, island or estate.
_WATER_STEMS = (
    "río", "lago", "arroyo", "embalse", "fiume", "torrente", "river", "rze", "jezior", "рек", "озер", "річ",
    "isol", "isla", "wysp", "estero", "quebrada", "cerro", "laguna", "volcán", "barrio", "urbaniz", "condominio",
)  # fmt: skip
_CAPITAL = "A-ZÀ-ÖØ-ÞĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ"
# one or more capitalised words: "Marga Marga", "El Litre"
_NAME_OPENERS = frozenset(
    {"El", "La", "Los", "Las", "Le", "Les", "Il", "Lo", "San", "Santa", "Santo", "Saint", "Sainte"}
)
_CAPITALISED = re.compile(rf"[{_CAPITAL}][\w’'-]+(?: [{_CAPITAL}][\w’'-]+)*")


def waters_after_heads(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with the capitalised word after a lower-case river, lake or island word a place."""
    if not any(stem in text for stem in _WATER_STEMS):
        return mentions
    added: list[Mention] = []
    named: set[str] = set()
    for head in _WATER_BEFORE.finditer(text):
        word = _CAPITALISED.match(text, head.end())
        if word is None or "\n" in text[head.start() : word.start()] or word.group() in _NAME_OPENERS:
            continue  # a heading's first word after a paragraph's last ("condominio\n\nLa polizia")
        s, e = word.span()
        covering = [m for m in mentions if m.start < e and s < m.end]
        if len(covering) == 1 and covering[0].start == s:
            # the model's name, as it found it ("Marga Marga" typed PER, "Altos del Sol" ORG): a place
            covering[0].type = "LOC"
            named.add(covering[0].text)
        elif not covering:
            first = word.group().split(" ", 1)[0]
            # more than one word only behind an article or a saint ("El Litre", not "Ebro Zaragoza")
            name = word.group() if first in _NAME_OPENERS else first
            added.append(Mention(s, s + len(name), name, "LOC", model="water", confidence=0.8))
            named.add(name)
    for m in mentions:
        if m.type == "MISC" and m.text in named:
            m.type = "LOC"  # the rules' unknown name elsewhere: "L'Elba non può restare ..."
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end)) if added else mentions
