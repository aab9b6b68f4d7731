"""Local bodies named by their town, as one organisation holding the town (the guidelines'
"procura di Milano"): German "Stadtwerke Bamberg", "Landgericht Bamberg"; Polish "Szpitala
Powiatowego w Kwidzynie", "Muzeum w Kwidzynie", "Zespołu Szkół Rolniczych w Kwidzynie"; French,
Spanish and Italian "Parlement de Wallonie", "tribunal de l'entreprise de Liège", "Borsa di
Karachi".

The models find the town and drop the body, or find both apart.  Polish names a local body
"<body> w <town in the locative>" officially; German puts the town after the body's noun.
Only bodies whose kind word says they are local are joined: a ministry "w Warszawie" is a
ministry in Warsaw.  Whole articles only.
"""

from __future__ import annotations

import functools
import re

from storywire.model import Mention
from storywire.stages.ner.adjacent import joined_bodies
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.cues import word_set
from storywire.stages.ner.gazetteer import country_names
from storywire.stages.ner.rules import org_head
from storywire.stages.ner.span_words import starts_sentence

MODEL = "local-body"
# German kinds of local body, by the end of their word ("Stadtwerke", "Landgericht", "Kreissparkasse").
_GERMAN_LOCAL_ENDS = ("werke", "gericht", "amt", "sparkasse", "klinikum", "theater", "bistum", "polizei", "zoo")
_GERMAN_BODY = re.compile(r"(?<![\w-])(?P<body>[A-ZÄÖÜ][a-zäöüß]+) +$")
# Polish kinds of local body, by their stems in every case ("Szpitala", "Zespołu", "Sądu").
_POLISH_LOCAL_STEMS = (
    "szpital", "muze", "zespoł", "zespół", "szkoł", "szkol", "sąd", "urząd", "urzęd", "prokurat", "komend",
    "teatr", "filharmoni", "bibliotek", "spółdzielni", "starostw", "liceum", "przedszkol", "schronisk",
    "parafi", "ośrod", "centrum", "archiw", "galeri", "domu kultury", "dom kultury", "kuratori", "sejmik",
    "dyrekcj", "instytut", "delegatur", "izba", "izby", "izbie", "izbę", "izbą",
    # a fire service's rescue unit is counted by its town's number ("Jednostki Ratowniczo-Gaśniczej nr 2 w X")
    "jednostk",
    # a regional inspectorate with its town ("Wojewódzkiego Inspektoratu Jakości Handlowej ... w X")
    "inspektorat",
    # a town's municipal enterprise ("Przedsiębiorstwo Wodociągów i Kanalizacji w X", "Miejskiego
    # Przedsiębiorstwa Komunikacyjnego w X"): the town is in its registered name
    "przedsiębiorstw",
)  # fmt: skip
# ... and a town's or a commune's council ("Rada Miejska w Biskupcu", "Radzie Gminy w Jedwabnem")
_POLISH_COUNCILS = frozenset({"rada", "rady", "radzie", "radę", "radą"})
# ... and a craftsmen's guild, its trades joined by "i" ("Cech Rzemiosł Różnych w X", "Cechu
# Piekarzy i Cukierników w X"); "cechy" (features) is no guild
_POLISH_GUILDS = frozenset({"cech", "cechu", "cechem", "cechowi"})
# A Polish adjective by its suffix ("Wojewódzki", "Regionalnej", "Okręgowym"), no plural of people.
_POLISH_ADJECTIVE = re.compile(
    r"(?:ow|n|sk|ck|dzk|ln|cz)(?:a|e|ej|ego|emu|ym|ą|ych|y|i|ie|iej|iego|iemu|im|ich)$(?<!owie)"
)
# A patron after "im." ("Szpitala Wojewódzkiego im. Jana Pawła II w X") is inside the body's name.
_POLISH_BODY_BEFORE = re.compile(
    # trades joined by "i" inside a name ("Cechu Piekarzy i Cukierników w X")
    r"(?P<body>(?:[A-ZĄĆĘŁŃÓŚŹŻ][\w-]* +(?:i +(?=[A-ZĄĆĘŁŃÓŚŹŻ]))?){1,7}"
    r"(?:im\. (?:[A-ZĄĆĘŁŃÓŚŹŻ][\w.-]* +){1,4})?(?:nr \d+ +)?)w(?:e)? +$"
)
# a school's Roman number before its kind word is its name's ("I Liceum Ogólnokształcącego")
_ROMAN = re.compile(r"^[IVX]{1,4}$")
# Romance bodies named by their town or region with "de"/"di": "Parlement de Wallonie",
# "tribunal de l'entreprise de Liège", "Borsa di Karachi", "Audiencia Provincial de León".
_ROMANCE_BODY_BEFORE = re.compile(
    r"(?<!\w)(?P<body>(?:[Tt]ribunal|[Tt]ribunale|[Cc]our|[Aa]udiencia|[Pp]rocura|[Cc]onseil|École|[ÉEé]cole|"
    r"Archives|Archivo|Archivio|Université|Universidad|Università|Académie|Academia|Accademia|Orchestre|Orquesta|"
    r"Orchestra|Conservatoire|Conservatorio|Théâtre|Teatro|Opéra|Ópera|Biblioteca|Bibliothèque|Institut|Instituto|"
    r"Istituto|Radio|Radiotelevisión|Televisión|Banco|Banca|Banque|Museo|Musée|Consistoire|Diócesis|Diocèse|Diocesi|"
    r"Archidiócesis|Archidiocèse|Arcidiocesi|Gobierno|Cabildo)"
    r"(?: (?:de|d'|d’|du|des|la|l'|l’|di|del|della|[A-Za-zÀ-ÿ'’]+)){0,4}|Parlement|Parlamento|Bourse|Bolsa|Borsa|"
    r"Ayuntamiento|Diputación|Comune|Préfecture|Mairie) "
    r"(?:de la |de l'|de l’|de |d'|d’|du |di |del |della |dell'|dell’)$"
)
# A body the models read as a place or a person by the region in it ("Bourse de Bruxelles" LOC,
# "Cortes de Castilla y León" PER), with the article a tagger may take in ("La Junta de ...").
_ROMANCE_BODY_FIRST = frozenset({
    "Parlement", "Parlamento", "Bourse", "Bolsa", "Borsa", "Tribunal", "Tribunale", "Junta", "Cortes",
    "Generalitat", "Xunta", "Ayuntamiento", "Diputación", "Consejo", "Conseil", "Consiglio",
    # a diocese or a metropolitan authority acts as a body ("La Diócesis Nivariense", "l'Eurométropole de Strasbourg")
    "Diócesis", "Diocèse", "Diocesi", "Archidiócesis", "Archidiocèse", "Arcidiocesi", "Eurométropole", "Cabildo",
    # chambers of commerce, trades and farming, in a name holding two countries ("Chambre de
    # commerce et d'industrie France-Pologne" LOC)
    "Chambre", "Cámara", "Camera",
})  # fmt: skip
# Belgium's emergency and police zones, named by their area without a "de": "Zone de secours
# Hainaut-Centre", "zone de police Bruxelles-Capitale Ixelles".
_ZONE_BEFORE = re.compile(r"(?<!\w)(?P<body>[Zz]one (?:de secours|de police|d['’]incendie)) $")
# A lower-case town council or school is no name of its own: the town after it is the place
# ("le conseil municipal de Douarnenez", "l'école publique de Pouldavid"); a département's or a
# region's council is ("conseil départemental du Finistère").
_GENERIC_LOWER = re.compile(r"(?:conseil (?:municipal|communautaire|de quartier)|école)\b")
_NATIONAL = re.compile(r"\b(?:[Nn]acional|[Nn]ational[e]?|[Nn]azionale)\b")
_ARTICLE = re.compile(r"^(?:La|El|Las|Los|Le|Les|Il|Lo|L'|L’) ?")


def branches(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with a body's acronym and the country or region right after it joined: its
    branch there ("WWF España", "COAG Andalucía", "NFU Cymru")."""
    return joined_bodies(text, mentions, _branch, MODEL)


def _branch(last: Mention, m: Mention, between: str) -> bool:
    return (
        last.type == "ORG"
        and m.type == "LOC"
        and between == " "
        and bool(_BRANCH_ACRONYM.fullmatch(last.text))
        and last.text not in _NO_BRANCHES
        and " " not in m.text
    )


_BRANCH_ACRONYM = re.compile(r"[A-ZÀ-Þ]{2,6}")
# Bodies of states, whose acronym before a country is a pair of parties ("EU Russia talks").
_NO_BRANCHES = word_set(
    "EU UE UN ONU OTAN NATO OSCE OSZE OBSE BRICS IMF FMI IWF WTO OMC WHO OMS ECB EZB BCE OPEC ASEAN US USA"
)


def local_bodies(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with each local body and its town joined into one organisation."""
    if language in ("de", "pl", "fr", "es", "it", "en", "nl"):
        mentions = branches(text, mentions)
    if language not in ("de", "pl", "fr", "es", "it"):
        return mentions
    for m in mentions:
        article = _ARTICLE.match(m.text) if m.type in ("LOC", "PER") and language != "de" else None
        name = m.text[article.end() :] if article is not None else m.text
        if m.type in ("LOC", "PER") and name.split(" ", 1)[0] in _ROMANCE_BODY_FIRST and " " in name:
            m.start, m.text, m.type = m.end - len(name), name, "ORG"
    joined: list[tuple[int, int]] = []
    countries = country_names(language) - _regions_as_territories(language)
    for town in mentions:
        if town.type != "LOC":
            continue
        start = _body_start(text, town, language)
        # A body keeps its country apart ("Parlamento" + "Albania"), unless the country is its
        # fixed name's: "Orquesta Nacional de España", "Bibliothèque nationale de France".
        if start is not None and (town.text not in countries or _NATIONAL.search(text, start, town.start)):
            joined.append((start, town.end))
    mentions = claimed_spans(text, mentions, joined, "ORG", MODEL, 0.75)  # a longer name the models found stays
    return _zones(text, mentions) if language == "fr" and "one d" in text else mentions


def _zones(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with a Belgian zone and its area joined, over what a model made of its words
    ("La Zone de secours" MISC + "Hainaut-Centre" LOC)."""
    zones: list[tuple[int, int]] = []
    for area in mentions:
        if area.type in ("LOC", "ORG") and (found := _ZONE_BEFORE.search(text, max(0, area.start - 30), area.start)):
            zones.append((found.start("body"), area.end))
    return claimed_spans(text, mentions, zones, "ORG", MODEL, 0.75, blocks=lambda m, _, end: m.end > end)


@functools.cache
def _regions_as_territories(language: str) -> frozenset[str]:
    """CLDR's territories that are a country's regions: a regional body keeps them ("Gobierno de
    Canarias", "Ciudad Autónoma de Ceuta")."""
    import babel

    try:
        names = babel.Locale.parse(language).territories
    except (ValueError, babel.UnknownLocaleError):
        return frozenset()
    return frozenset(names[code] for code in ("IC", "EA") if code in names)


def _body_start(text: str, town: Mention, language: str) -> int | None:
    before = text[max(0, town.start - 80) : town.start]
    offset = town.start - len(before)
    if language == "de":
        found = _GERMAN_BODY.search(before)
        if found is None:
            return None
        body = found["body"]
        local = body.lower().endswith(_GERMAN_LOCAL_ENDS) or org_head(body, language)
        return offset + found.start("body") if local and " " not in town.text else None
    if language in ("fr", "es", "it"):
        found = _ROMANCE_BODY_BEFORE.search(before)
        if found is None or _GENERIC_LOWER.match(found["body"]):
            return None
        return offset + found.start("body")
    found = _POLISH_BODY_BEFORE.search(before)
    if found is None:
        return None
    body = found["body"].split()
    if len(body) == 1 and starts_sentence(text, offset + found.start("body")):
        return None  # "Szkoła w Kobułtach do zamknięcia?": capitalised by the sentence, a kind word
    words = list(re.finditer(r"\S+", found["body"]))
    # two bodies joined by "i" ("Szpitala Miejskiego i Urzędu Gminy w X"): the last one has the town
    joined = max((k for k, w in enumerate(words) if w.group() == "i" and _local_kind(words, k + 1)), default=0)
    for k in range(joined, len(words)):
        if _local_kind(words, k):
            # the body's adjectives before its kind word are its name's ("Wojewódzkim Sądem ...")
            while k > 0 and _POLISH_ADJECTIVE.search(words[k - 1].group()):
                k -= 1
            if k > 0 and _ROMAN.match(words[k - 1].group()):
                k -= 1
            return offset + found.start("body") + words[k].start()
    return None


def _local_kind(words: list[re.Match[str]], k: int) -> bool:
    """Whether `words[k]` is a local body's kind word, a council's or a guild's."""
    if k >= len(words):
        return False
    lowered = words[k].group().lower()
    return lowered.startswith(_POLISH_LOCAL_STEMS) or lowered in _POLISH_COUNCILS or lowered in _POLISH_GUILDS
