"""Per-language word lists for temporal expressions.

Month and weekday names come from CLDR via Babel (wide and abbreviated, format and
stand-alone contexts, so genitive forms such as 'грудня' are included); this module only
adds what CLDR lacks: inflected Slavic forms, relative phrases, seasons, number words and
tense cues.  Entries are regex fragments, matched case-insensitively unless noted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from babel.dates import get_day_names, get_month_names

LANGUAGES = ("en", "fr", "de", "uk", "ru", "es", "it", "pl", "zh", "ar")

# Unit words -> unit.  Plural and case forms listed explicitly: regexes over inflected
# languages are cheaper to audit as lists than as stems.
_UNITS: dict[str, dict[str, str]] = {
    "en": {"days?": "day", "weeks?": "week", "months?": "month", "years?": "year", "decades?": "decade"},
    "fr": {"jours?": "day", "semaines?": "week", "mois": "month", "ans|années?": "year", "décennies?": "decade"},
    "es": {"días?": "day", "semanas?": "week", "mes|meses": "month", "años?": "year", "décadas?": "decade"},
    "it": {
        "giorni|giorno": "day",
        "settimane?|settimana": "week",
        "mes[ei]": "month",
        "anni|anno": "year",
        "decenni|decennio": "decade",
    },
    "de": {
        "Tag(?:en?)?": "day",
        "Wochen?": "week",
        "Monat(?:en)?": "month",
        "Jahr(?:en|e)?": "year",
        "Jahrzehnt(?:en)?": "decade",
    },
    "uk": {
        "дн(?:і|ів|я)|день": "day",
        "тиж(?:день|ні|нів|ня)": "week",
        "місяц(?:ь|і|ів)": "month",
        "р(?:ік|оки|оків|оку)": "year",
    },
    "ru": {"дн(?:я|ей)|день": "day", "недел(?:ю|и|ь)": "week", "месяц(?:а|ев)?": "month", "год(?:а)?|лет": "year"},
    "pl": {
        "dni|dzień": "day",
        "tygodni(?:e)?|tydzień": "week",
        "miesiąc(?:e|y)?|miesięcy": "month",
        "lat(?:a)?|rok": "year",
    },
}

_NUMBERS: dict[str, dict[str, int]] = {
    "en": {
        "a|an|one": 1,
        "two": 2,
        "three": 3,
        "four": 4,
        "five": 5,
        "six": 6,
        "seven": 7,
        "eight": 8,
        "nine": 9,
        "ten": 10,
        "eleven": 11,
        "twelve": 12,
        "fifteen": 15,
        "twenty": 20,
        "thirty": 30,
    },
    "fr": {
        "un|une": 1,
        "deux": 2,
        "trois": 3,
        "quatre": 4,
        "cinq": 5,
        "six": 6,
        "sept": 7,
        "huit": 8,
        "neuf": 9,
        "dix": 10,
        "onze": 11,
        "douze": 12,
        "quinze": 15,
        "vingt": 20,
        "trente": 30,
    },
    "es": {
        "un|una|uno": 1,
        "dos": 2,
        "tres": 3,
        "cuatro": 4,
        "cinco": 5,
        "seis": 6,
        "siete": 7,
        "ocho": 8,
        "nueve": 9,
        "diez": 10,
        "once": 11,
        "doce": 12,
        "quince": 15,
        "veinte": 20,
        "treinta": 30,
    },
    "it": {
        "un|una|uno|un'": 1,
        "due": 2,
        "tre": 3,
        "quattro": 4,
        "cinque": 5,
        "sei": 6,
        "sette": 7,
        "otto": 8,
        "nove": 9,
        "dieci": 10,
        "undici": 11,
        "dodici": 12,
        "quindici": 15,
        "venti": 20,
        "trenta": 30,
    },
    "de": {
        "einem|einer|ein|eine": 1,
        "zwei": 2,
        "drei": 3,
        "vier": 4,
        "fünf": 5,
        "sechs": 6,
        "sieben": 7,
        "acht": 8,
        "neun": 9,
        "zehn": 10,
        "elf": 11,
        "zwölf": 12,
        "zwanzig": 20,
        "dreißig": 30,
    },
    "uk": {
        "один|одну|одного": 1,
        "два|дві|двох": 2,
        "три|трьох": 3,
        "чотири": 4,
        "п['’ʼ]ять": 5,
        "шість": 6,
        "сім": 7,
        "вісім": 8,
        "дев['’ʼ]ять": 9,
        "десять": 10,
    },
    "ru": {
        "один|одну|одного": 1,
        "два|две|двух": 2,
        "три|трех|трёх": 3,
        "четыре": 4,
        "пять": 5,
        "шесть": 6,
        "семь": 7,
        "восемь": 8,
        "девять": 9,
        "десять": 10,
    },
    "pl": {
        "jeden|jedną": 1,
        "dwa|dwie": 2,
        "trzy": 3,
        "cztery": 4,
        "pięć": 5,
        "sześć": 6,
        "siedem": 7,
        "osiem": 8,
        "dziewięć": 9,
        "dziesięć": 10,
    },
}

# Approximators kept inside the span: 'nearly three years ago' is one expression.
_HEDGES: dict[str, str] = {
    "en": r"nearly|almost|about|around|some|roughly|more than|over|less than|just|barely|only",
    "fr": r"près de|presque|environ|plus de|moins de|quelque|seulement",
    "es": r"casi|unos|unas|más de|menos de|cerca de|apenas|alrededor de|poco más de",
    "it": r"quasi|circa|più di|meno di|oltre|appena|solo",
    "de": r"fast|knapp|etwa|rund|mehr als|über|weniger als|gut|nur|erst",
    "uk": r"майже|близько|понад|більше ніж|лише|всього",
    "ru": r"почти|около|более|больше|менее|всего|лишь|примерно",
    "pl": r"prawie|około|ponad|niemal",
}

# 'ago' phrases: (before-number words, after-unit words).
_AGO: dict[str, tuple[str, str]] = {
    "en": ("", "ago"),
    "fr": ("il y a", ""),
    "es": ("hace", ""),
    "it": ("", "fa"),
    "de": ("vor", ""),
    "uk": ("", "тому|назад"),
    "ru": ("", "назад|тому назад"),
    "pl": ("", "temu"),
}

# Relative phrases -> (unit, offset).  unit 'day' uses day offsets; 'weekend' is TIMEX3 'W..-WE'.
_RELATIVE: dict[str, dict[str, tuple[str, int]]] = {
    "en": {
        "today": ("day", 0),
        "yesterday": ("day", -1),
        "tomorrow": ("day", 1),
        "the day before yesterday": ("day", -2),
        "the day after tomorrow": ("day", 2),
        r"(?:earlier |later )?this week": ("week", 0),
        r"(?:last|past|previous) week": ("week", -1),
        "next week": ("week", 1),
        r"(?:earlier |later )?this month": ("month", 0),
        r"last month|the previous month|the past month": ("month", -1),
        "next month": ("month", 1),
        r"(?:earlier |later )?this year": ("year", 0),
        r"last year|the previous year": ("year", -1),
        "next year": ("year", 1),
        "this weekend": ("weekend", 0),
        "last weekend": ("weekend", -1),
        "next weekend": ("weekend", 1),
    },
    "fr": {
        "aujourd['’]hui": ("day", 0),
        "hier": ("day", -1),
        "demain": ("day", 1),
        "avant-hier": ("day", -2),
        "après-demain": ("day", 2),
        "ce jour": ("day", 0),
        "cette semaine": ("week", 0),
        r"la semaine (?:dernière|passée)": ("week", -1),
        "la semaine prochaine": ("week", 1),
        r"ce mois(?:-ci)?": ("month", 0),
        r"le mois (?:dernier|passé)": ("month", -1),
        "le mois prochain": ("month", 1),
        r"cette année|l['’]année en cours": ("year", 0),
        r"l['’](?:année|an) (?:dernière?|passée?)": ("year", -1),
        r"l['’](?:année|an) prochaine?": ("year", 1),
        "ce week-end": ("weekend", 0),
        "le week-end dernier": ("weekend", -1),
    },
    "es": {
        "hoy": ("day", 0),
        "ayer": ("day", -1),
        "mañana": ("day", 1),
        r"anteayer|antier|antes de ayer": ("day", -2),
        r"pasado mañana": ("day", 2),
        "esta semana": ("week", 0),
        r"la semana pasada|la pasada semana|la última semana": ("week", -1),
        r"la (?:próxima|siguiente) semana|la semana (?:próxima|que viene)": ("week", 1),
        "este mes": ("month", 0),
        r"el mes pasado|el pasado mes": ("month", -1),
        r"el (?:próximo|siguiente) mes|el mes (?:próximo|que viene)": ("month", 1),
        r"este año|el año en curso": ("year", 0),
        r"el año pasado|el pasado año": ("year", -1),
        r"el (?:próximo|siguiente) año|el año (?:próximo|que viene)": ("year", 1),
        "este fin de semana": ("weekend", 0),
        "el fin de semana pasado": ("weekend", -1),
    },
    "it": {
        "oggi": ("day", 0),
        "ieri": ("day", -1),
        "domani": ("day", 1),
        r"l['’]altro ieri|altroieri": ("day", -2),
        "dopodomani": ("day", 2),
        "questa settimana": ("week", 0),
        r"la settimana scorsa|la scorsa settimana": ("week", -1),
        r"la prossima settimana|la settimana prossima": ("week", 1),
        "questo mese": ("month", 0),
        r"il mese scorso|lo scorso mese": ("month", -1),
        r"il prossimo mese|il mese prossimo": ("month", 1),
        r"quest['’]anno": ("year", 0),
        r"l['’]anno scorso|lo scorso anno": ("year", -1),
        r"l['’]anno prossimo|il prossimo anno": ("year", 1),
        r"questo (?:fine settimana|weekend)": ("weekend", 0),
    },
    "de": {
        "heute": ("day", 0),
        "gestern": ("day", -1),
        "vorgestern": ("day", -2),
        "übermorgen": ("day", 2),
        r"diese[rnm]? Woche": ("week", 0),
        r"(?:letzte|vergangene|vorige)[rnm]? Woche": ("week", -1),
        r"(?:nächste|kommende)[rnm]? Woche": ("week", 1),
        r"diese[nm] Monat": ("month", 0),
        r"(?:letzten|vergangenen|vorigen) Monat": ("month", -1),
        r"(?:nächsten|kommenden) Monat": ("month", 1),
        r"diese[sm] Jahr(?:es)?": ("year", 0),
        r"(?:letzte|vergangene|vorige)[sn] Jahr(?:es)?|Vorjahr": ("year", -1),
        r"(?:nächste|kommende)[sn] Jahr(?:es)?": ("year", 1),
        r"(?:an )?diesem Wochenende": ("weekend", 0),
    },
    "uk": {
        "сьогодні": ("day", 0),
        "вчора|учора": ("day", -1),
        "завтра": ("day", 1),
        "позавчора": ("day", -2),
        "післязавтра": ("day", 2),
        r"цього тижня|на цьому тижні": ("week", 0),
        r"минулого тижня|на минулому тижні": ("week", -1),
        r"наступного тижня|на наступному тижні": ("week", 1),
        r"цього місяця|у цьому місяці|в цьому місяці": ("month", 0),
        r"минулого місяця|у минулому місяці|в минулому місяці": ("month", -1),
        r"наступного місяця|у наступному місяці|в наступному місяці": ("month", 1),
        r"цього року|у цьому році|в цьому році|поточного року": ("year", 0),
        r"минулого року|у минулому році|в минулому році|торік": ("year", -1),
        r"наступного року|у наступному році|в наступному році": ("year", 1),
        "на вихідних": ("weekend", 0),
    },
    "ru": {
        "сегодня": ("day", 0),
        "вчера": ("day", -1),
        "завтра": ("day", 1),
        "позавчера": ("day", -2),
        "послезавтра": ("day", 2),
        r"на этой неделе": ("week", 0),
        r"на прошлой неделе": ("week", -1),
        r"на следующей неделе": ("week", 1),
        r"в этом месяце": ("month", 0),
        r"в прошлом месяце": ("month", -1),
        r"в следующем месяце": ("month", 1),
        r"в этом году|этого года|текущего года": ("year", 0),
        r"в прошлом году|прошлого года": ("year", -1),
        r"в следующем году|следующего года": ("year", 1),
        r"в эти выходные|на выходных": ("weekend", 0),
    },
    "pl": {
        r"dziś|dzisiaj": ("day", 0),
        "wczoraj": ("day", -1),
        "jutro": ("day", 1),
        "przedwczoraj": ("day", -2),
        "pojutrze": ("day", 2),
        "w tym tygodniu": ("week", 0),
        r"w (?:zeszłym|ubiegłym) tygodniu": ("week", -1),
        r"w przyszłym tygodniu": ("week", 1),
        "w tym miesiącu": ("month", 0),
        r"w (?:zeszłym|ubiegłym) miesiącu": ("month", -1),
        "w przyszłym miesiącu": ("month", 1),
        r"w tym roku|tego roku": ("year", 0),
        r"w (?:zeszłym|ubiegłym) roku|zeszłego roku": ("year", -1),
        r"w przyszłym roku": ("year", 1),
    },
    "zh": {
        r"今天|今日": ("day", 0),
        r"昨天|昨日": ("day", -1),
        r"明天|明日": ("day", 1),
        "前天": ("day", -2),
        "后天": ("day", 2),
        r"本周|这周|这个星期": ("week", 0),
        r"上周|上个星期": ("week", -1),
        r"下周|下个星期": ("week", 1),
        r"本月|这个月": ("month", 0),
        r"上个月|上月": ("month", -1),
        r"下个月|下月": ("month", 1),
        "今年": ("year", 0),
        "去年": ("year", -1),
        "明年": ("year", 1),
        "前年": ("year", -2),
    },
    "ar": {
        r"أمس|الأمس|البارحة": ("day", -1),
        r"غدا|غداً": ("day", 1),
        r"هذا الأسبوع": ("week", 0),
        r"الأسبوع الماضي": ("week", -1),
        r"الأسبوع (?:المقبل|القادم)": ("week", 1),
        r"هذا الشهر": ("month", 0),
        r"الشهر الماضي": ("month", -1),
        r"الشهر (?:المقبل|القادم)": ("month", 1),
        r"هذا العام|هذه السنة": ("year", 0),
        r"العام الماضي|السنة الماضية": ("year", -1),
        r"العام (?:المقبل|القادم)|السنة المقبلة": ("year", 1),
    },
}

# Vague references (TIMEX3 PRESENT_REF/PAST_REF/FUTURE_REF); only emitted on request
# because they carry no calendar value.
_VAGUE: dict[str, dict[str, str]] = {
    "en": {
        r"now|currently|nowadays|at present|at the moment|right now": "PRESENT_REF",
        r"recently|lately|in the past|formerly": "PAST_REF",
        r"soon|in the future|the future": "FUTURE_REF",
    },
    "fr": {
        r"maintenant|actuellement|désormais|actuel|pour le moment|tout de suite": "PRESENT_REF",
        r"récemment|récent|auparavant|le passé|précédent"
        r"|il y a quelques (?:minutes|jours|semaines|mois|années)": "PAST_REF",
        r"bientôt|le futur|dès que possible": "FUTURE_REF",
    },
    "es": {
        r"ahora(?: mismo)?|actualmente|actual(?:es)?|la actualidad|estos momentos|este momento|estos días|"
        r"hoy por hoy": "PRESENT_REF",
        r"recientemente|reciente|en el pasado|anteriormente": "PAST_REF",
        r"pronto|próxim[oa]s?|el futuro|un futuro|lo antes posible": "FUTURE_REF",
    },
    "it": {
        r"(?<!un['’])(?<!mezz['’])ora|adesso|attual(?:e|i|mente)|al momento|(?:almeno )?per il momento|"
        r"questo momento|queste ore|questi (?:giorni|minuti|mesi)|queste settimane|ad oggi|tuttora|"
        r"tutt['’]ora|oggigiorno|finora|fino ad ora|corrent[ei]|odiern[oa]|a questo punto": "PRESENT_REF",
        r"recent(?:e|i|emente)|in passato|ex|ultimamente|(?:qualche )?tempo fa|a suo tempo": "PAST_REF",
        r"future|in futuro|prossimamente": "FUTURE_REF",
    },
    "de": {
        r"jetzt|derzeit|aktuell|zurzeit|gegenwärtig|momentan|nun": "PRESENT_REF",
        r"kürzlich|neulich|jüngst|früher|ehemalige[rnm]?|Ex-": "PAST_REF",
        r"bald|künftig|zukünftig|in Zukunft|demnächst": "FUTURE_REF",
    },
    "uk": {
        r"зараз|нині|наразі|тепер": "PRESENT_REF",
        r"нещодавно|раніше|колишн\w+": "PAST_REF",
        r"незабаром|невдовзі|найближчим часом|у майбутньому": "FUTURE_REF",
    },
    "ru": {
        r"сейчас|теперь|ныне|в настоящее время": "PRESENT_REF",
        r"недавно|ранее|бывш\w+": "PAST_REF",
        r"скоро|вскоре|в ближайшее время|в будущем": "FUTURE_REF",
    },
}

_SEASONS: dict[str, dict[str, str]] = {
    "en": {"spring": "SP", "summer": "SU", "autumn|fall": "FA", "winter": "WI"},
    "fr": {"printemps": "SP", "été": "SU", "automne": "FA", "hiver": "WI"},
    "es": {"primavera": "SP", "verano": "SU", "otoño": "FA", "invierno": "WI"},
    "it": {"primavera": "SP", "estate": "SU", "autunno": "FA", "inverno": "WI"},
    "de": {"Frühling|Frühjahr(?:s)?": "SP", "Sommer(?:s)?": "SU", "Herbst(?:es)?": "FA", "Winter(?:s)?": "WI"},
    "uk": {
        "весна|весни|весну|навесні|весною|навесни": "SP",
        "літо|літа|влітку|улітку|літом": "SU",
        "осінь|осені|восени|осінню": "FA",
        "зима|зими|зиму|взимку|узимку|зимою": "WI",
    },
    "ru": {
        "весна|весны|весну|весной": "SP",
        "лето|летом": "SU",
        "осень|осени|осенью": "FA",
        "зима|зимы|зиму|зимой": "WI",
    },
    "pl": {
        "wiosna|wiosny|wiosną|wiosnę": "SP",
        "latem|lecie": "SU",
        "jesień|jesieni|jesienią": "FA",
        "zima|zimy|zimą|zimę": "WI",
    },
    "zh": {"春天|春季": "SP", "夏天|夏季": "SU", "秋天|秋季": "FA", "冬天|冬季": "WI"},
    "ar": {"الربيع": "SP", "الصيف": "SU", "الخريف": "FA", "الشتاء": "WI"},
}

# Season words that are also ordinary words ('été' = been, 'fall', 'spring'): accepted only
# after a determiner/preposition or next to a year or modifier.
_AMBIGUOUS_SEASONS = {"en": ("spring", "fall"), "fr": ("été",), "it": ("estate",)}
# 'Arab Spring' and its translations name a movement, not a season.
_SEASON_BLOCK = r"^\s*(?:arab\w*|árabe\w*|ára\w*)"

# Month names that are also common words: they need a day, a year or a month cue.
_AMBIGUOUS_MONTHS = {"en": ("may", "march", "august"), "fr": ("mars",), "ru": ("май",), "pl": ("maj",)}
_MONTH_CUES: dict[str, str] = {
    "en": r"in|since|until|till|by|early|late|mid|last|next|this|of|during|from|before|after|through",
    "fr": r"en|depuis|début|fin|mi|courant|dès|mois de|jusqu['’]en|avant|après",
    "ru": r"в|во|с|до|к|начале|конце|середине",
    "pl": r"w|od|do|na początku|pod koniec",
}

# Slavic/Polish month forms that CLDR does not give: locative (у листопаді) and nominative.
_EXTRA_MONTHS: dict[str, list[str]] = {
    "uk": [
        "січні",
        "лютому",
        "березні",
        "квітні",
        "травні",
        "червні",
        "липні",
        "серпні",
        "вересні",
        "жовтні",
        "листопаді",
        "грудні",
    ],
    "ru": [
        "январе",
        "феврале",
        "марте",
        "апреле",
        "мае",
        "июне",
        "июле",
        "августе",
        "сентябре",
        "октябре",
        "ноябре",
        "декабре",
    ],
    "pl": [
        "styczniu",
        "lutym",
        "marcu",
        "kwietniu",
        "maju",
        "czerwcu",
        "lipcu",
        "sierpniu",
        "wrześniu",
        "październiku",
        "listopadzie",
        "grudniu",
    ],
    "de": ["Jänner"],
    "es": ["setiembre"],
}
# Weekday case forms (accusative 'у пʼятницю', genitive) index 0 = Monday.
_EXTRA_WEEKDAYS: dict[str, list[str]] = {
    "uk": [
        "понеділка",
        "вівторка",
        "середу|середи",
        "четверга",
        "п['’ʼ]ятницю|п['’ʼ]ятниці|п['’ʼ]ятниця",
        "суботу|суботи",
        "неділю|неділі",
    ],
    "ru": ["понедельника", "вторника", "среду|среды", "четверга", "пятницу|пятницы", "субботу|субботы", "воскресенья"],
    "pl": ["poniedziałku", "wtorku", "środę|środy", "czwartku", "piątku", "sobotę|soboty", "niedzielę|niedzieli"],
    "zh": [
        "周一|礼拜一",
        "周二|礼拜二",
        "周三|礼拜三",
        "周四|礼拜四",
        "周五|礼拜五",
        "周六|礼拜六",
        "周日|周天|礼拜天|星期天",
    ],
}

# Words before a weekday/month that fix its direction: -1 strictly before, +1 strictly after.
_MODIFIERS_PRE: dict[str, dict[str, int]] = {
    "en": {"last|this past|past": -1, "next|this coming|coming": 1, "this|on|on the": 0},
    "fr": {"ce|le": 0},
    "es": {
        r"el pasado|el último|del pasado|pasado": -1,
        r"el próximo|del próximo|próximo|este próximo": 1,
        r"este|el|del": 0,
    },
    "it": {
        r"lo scorso|scorso|la scorsa|scorsa": -1,
        r"il prossimo|prossimo|la prossima|prossima": 1,
        r"questo|questa|il|la": 0,
    },
    "de": {
        r"(?:am )?(?:letzten|vergangenen|vorigen)": -1,
        r"(?:am )?(?:nächsten|kommenden)": 1,
        r"am|an diesem|diesen": 0,
    },
    "uk": {
        r"(?:у |в )?(?:минулий|минулу|минулого|минулої)": -1,
        r"(?:у |в )?(?:наступний|наступну|наступного|наступної)": 1,
        r"у|в|во|цього|цієї|цю|цей": 0,
    },
    "ru": {
        r"(?:в |во )?(?:прошлый|прошлую|прошлое|прошлой)": -1,
        r"(?:в |во )?(?:следующий|следующую|следующее|ближайший|ближайшую)": 1,
        r"в|во|в эту|в этот": 0,
    },
    "pl": {
        r"w (?:zeszły|zeszłą|ubiegły|ubiegłą|ostatni|ostatnią)": -1,
        r"w (?:przyszły|przyszłą|najbliższy|najbliższą)": 1,
        r"w|we": 0,
    },
    "zh": {r"上个?(?:周|星期|礼拜)?": -1, r"下个?(?:周|星期|礼拜)?": 1, r"本|这个?": 0},
    "ar": {"يوم": 0},
}
_MODIFIERS_POST: dict[str, dict[str, int]] = {
    "en": {"last|before last": -1},
    "fr": {r"derni(?:er|ère)|passée?": -1, r"prochaine?": 1},
    "es": {r"pasad[oa]|anterior": -1, r"próxim[oa]|que viene": 1},
    "it": {r"scors[oa]|passat[oa]": -1, r"prossim[oa]": 1},
    "de": {},
    "uk": {},
    "ru": {},
    "pl": {},
    "zh": {},
    "ar": {r"الماضي|الماضية": -1, r"المقبل|القادم": 1},
}
# Part of day after (or glued to, in German) a weekday or 'yesterday': TIMEX3 TIME suffixes.
_PARTS_OF_DAY: dict[str, dict[str, str]] = {
    "en": {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"},
    "fr": {"matin": "MO", "après-midi": "AF", "soir": "EV", "soirée": "EV", "nuit": "NI"},
    "es": {"por la mañana": "MO", "por la tarde": "AF", "por la noche": "NI"},
    "it": {"mattina": "MO", "pomeriggio": "AF", "sera": "EV", "notte": "NI"},
    "de": {"morgen|vormittag": "MO", "nachmittag": "AF", "abend": "EV", "nacht": "NI"},
    "uk": {"вранці|зранку|уранці": "MO", "вдень|удень": "AF", "ввечері|увечері": "EV", "вночі|уночі": "NI"},
    "ru": {"утром": "MO", "днём|днем": "AF", "вечером": "EV", "ночью": "NI"},
    "pl": {"rano": "MO", "po południu": "AF", "wieczorem": "EV", "w nocy": "NI"},
}
# Tokens before a year that make a bare four-digit number a year.
_YEAR_PREPS: dict[str, str] = {
    "en": r"in|since|until|by|of|from|to|early|late|mid|before|after|during",
    "fr": r"en|depuis|dès|jusqu['’]en|début|fin|mi|avant|après|de|d['’]ici",
    "es": r"en|desde|hasta|el|del|de|a|finales de|principios de|mediados de|antes de|durante",
    "it": r"nel|dal|del|al|il|fino al|entro il|nell['’]anno|a|di|inizio|fine",
    "de": r"im Jahr|seit|bis|ab|vor|nach|Anfang|Ende|Mitte|von|in",
    "uk": r"у|в|з|до|від|після",
    "ru": r"в|с|до|от|после",
    "pl": r"w|od|do|po|przed",
}
# Text after a year that marks it as a year in Slavic languages ('2022 року', '2022 г.').
_YEAR_SUFFIX = r"(?:\s+(?:року|році|рік|р\.|года|году|год|г\.|roku|rok|r\.))?"
# Range/edge words kept in a month or year span ('fin 2011', 'mi-février'); value unchanged.
_EDGES: dict[str, str] = {
    "en": r"early|late|mid-?|the end of|the beginning of|the start of|the middle of",
    "fr": r"début|fin|mi-|courant|à la fin de|au début de|à la mi-|au mois de|le mois de",
    "es": r"principios de|finales de|mediados de|fines de|a principios de|a finales de|a mediados de|"
    r"comienzos de|el mes de|mes de",
    "it": r"inizio|fine|metà|a inizio|a fine|alla fine di|all['’]inizio di|a metà|il mese di|nel mese di",
    "de": r"Anfang|Ende|Mitte|im",
    "uk": r"на початку|наприкінці|в середині|у середині|до кінця|в кінці|у кінці",
    "ru": r"в начале|в конце|в середине|к концу",
    "pl": r"na początku|pod koniec|w połowie",
}
# Future cues used by the direction rule (see resolve.py); '\w' stems are deliberate.
_FUTURE: dict[str, str] = {
    "en": r"\b(?:will|shall|going to|next|upcoming|coming|scheduled|due to|plans? to|expected to|wo n't|won't)\b|'ll\b",
    "fr": r"\b(?:\w+(?:eront|iront|dront|ront)|\w*(?:era|ira|dra)|aura|va|vont|prochaine?s?|devrait|devraient)\b",
    "es": r"\b(?:\w+(?:rá|rán|remos)|va a|van a|próxim[oa]s?|prevista?|previstos?)\b",
    "it": r"\b(?:\w+(?:rà|ranno|remo)|prossim[oaie]|previst[oaie])\b",
    "de": r"\b(?:wird|werden|wirst|nächste[nmrs]?|kommende[nmrs]?|soll|sollen|geplant)\b",
    "uk": r"(?:буде|будуть|будемо|наступн\w*|відбудеться|\w+тиме\b|\w+тимуть|планує)",
    "ru": r"(?:будет|будут|следующ\w*|состоится|пройдет|пройдёт|планиру\w*)",
    "pl": r"\b(?:będzie|będą|przyszł\w*|najbliższ\w*)\b",
    "zh": r"将|将要|下周|下个|即将|计划",
    "ar": r"سوف|المقبل|القادم",
}

# Past-tense cues: a sentence with one (and no future cue) reads an underspecified date as
# past even when the next occurrence would be nearer.
_PAST: dict[str, str] = {
    "en": r"\b(?:\w+ed|was|were|had|said|took|met|came|went|began|saw|told)\b",
    "fr": r"\b(?:a|ont|avait|avaient|était|étaient|fut|furent|\w+(?:a|èrent|irent))\s+\w+(?:é|i|u|is|it)e?s?\b"
    r"|\b(?:était|étaient|avait|avaient|fut|furent)\b",
    "es": r"\b(?:\w+(?:ó|aron|ió|ieron|aba|aban)|ha|han|había|habían|fue|fueron)\b",
    "it": r"\b(?:ha|hanno|è|sono|aveva|avevano|era|erano|fu|furono)\s+(?:stat[oaie]\s+)?\w+(?:at|ut|it)[oaie]\b"
    r"|\b\w+(?:ò|arono|irono|erono)\b",
    "de": r"\b(?:hat|haben|hatte|hatten|war|waren|wurde|wurden)\b",
    "uk": r"\b\w+(?:ла|ли|ло|ався|алася|алися)\b",
    "ru": r"\b\w+(?:ал|ял|ил|ела|ала|яла|ила|али|или|ели)\b",
}

_APOSTROPHES = "'’ʼ"


def _apos(form: str) -> str:
    """Regex for a word whose apostrophe may be any of the usual variants."""
    return "".join(f"[{_APOSTROPHES}]" if ch in _APOSTROPHES else re.escape(ch) for ch in form)


@dataclass(frozen=True)
class Lexicon:
    lang: str
    months: dict[str, int]  # lower-cased full forms -> 1..12
    months_abbr: dict[str, int]  # abbreviations (need a day number next to them)
    weekdays: dict[str, int]  # lower-cased regex fragments -> 0 (Monday)..6
    ambiguous_months: tuple[str, ...]
    month_cues: str
    units: dict[str, str]
    numbers: dict[str, int]
    hedges: str
    ago: tuple[str, str]
    relative: dict[str, tuple[str, int]]
    vague: dict[str, str]
    seasons: dict[str, str]
    ambiguous_seasons: tuple[str, ...]
    modifiers_pre: dict[str, int]
    modifiers_post: dict[str, int]
    parts_of_day: dict[str, str]
    year_preps: str
    edges: str
    future: re.Pattern[str]
    past: re.Pattern[str] | None


def _names(lang: str, kind: str, width: Literal["abbreviated", "narrow", "wide"]) -> dict[str, int]:
    getter = get_month_names if kind == "month" else get_day_names
    out: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for key, name in getter(width, context, lang).items():
            # Babel falls back to other scripts for some contexts (ar stand-alone -> CJK).
            if lang != "zh" and (re.search(r"[\u4e00-\u9fff\d]", name)):
                continue
            out[name.lower()] = int(key)
    return out


@cache
def lexicon(lang: str) -> Lexicon:
    """Build (once per process) the word lists for `lang`; unknown languages get English."""
    if lang not in LANGUAGES:
        lang = "en"
    months = _names(lang, "month", "wide")
    for i, form in enumerate(_EXTRA_MONTHS.get(lang, [])):
        months[form.lower()] = i + 1
    abbr = {k.rstrip("."): v for k, v in _names(lang, "month", "abbreviated").items() if k.rstrip(".") not in months}
    days = {_apos(k): v for k, v in _names(lang, "day", "wide").items()}
    for i, forms in enumerate(_EXTRA_WEEKDAYS.get(lang, [])):
        days[forms] = i
    return Lexicon(
        lang=lang,
        months=months,
        months_abbr=abbr,
        weekdays=days,
        ambiguous_months=_AMBIGUOUS_MONTHS.get(lang, ()),
        month_cues=_MONTH_CUES.get(lang, ""),
        units=_UNITS.get(lang, {}),
        numbers=_NUMBERS.get(lang, {}),
        hedges=_HEDGES.get(lang, ""),
        ago=_AGO.get(lang, ("", "")),
        relative=_RELATIVE.get(lang, {}),
        vague=_VAGUE.get(lang, {}),
        seasons=_SEASONS.get(lang, {}),
        ambiguous_seasons=_AMBIGUOUS_SEASONS.get(lang, ()),
        modifiers_pre=_MODIFIERS_PRE.get(lang, {}),
        modifiers_post=_MODIFIERS_POST.get(lang, {}),
        parts_of_day=_PARTS_OF_DAY.get(lang, {}),
        year_preps=_YEAR_PREPS.get(lang, ""),
        edges=_EDGES.get(lang, ""),
        future=re.compile(_FUTURE.get(lang, _FUTURE["en"]), re.IGNORECASE),
        past=re.compile(_PAST[lang], re.IGNORECASE) if lang in _PAST else None,
    )


SEASON_BLOCK = re.compile(_SEASON_BLOCK, re.IGNORECASE)
ARAB_BEFORE = re.compile(r"arab\w*\s+$", re.IGNORECASE)
YEAR_SUFFIX = _YEAR_SUFFIX
