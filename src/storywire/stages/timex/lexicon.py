"""Per-language word lists for temporal expressions.

Month and weekday names come from CLDR via Babel (wide and abbreviated, format and
stand-alone contexts, so genitive forms such as 'грудня' are included); this module only
adds what CLDR lacks: inflected Slavic forms, seasons, modifiers and tense cues; relative
phrases, units and number words live in `relative_words.py`.  Entries are regex fragments,
matched case-insensitively unless noted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from babel.dates import get_day_names, get_month_names

from storywire.stages.timex.relative_words import AGO, HEDGES, NUMBERS, RELATIVE, UNITS, VAGUE

LANGUAGES = ("en", "fr", "de", "uk", "ru", "es", "it", "pl", "zh", "ar")

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
_AMBIGUOUS_MONTHS = {
    "en": ("may", "march", "august"), "fr": ("mars",), "ru": ("май",), "pl": ("maj",),
    "ar": ("ماي", "آب"),  # Maghrebi May is Theresa May's "ماي"; Levantine August spells "father"
}  # fmt: skip
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
    # Unaccented forms, common in comments and headlines typed without accents.
    "it": ["lunedi", "martedi", "mercoledi", "giovedi", "venerdi"],
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
    "en": r"\b(?:will|shall|going to|next|upcoming|coming|scheduled|due to|plans? to|expected to|wo n't|won't|"
    r"expects?|intends? to|hopes? to)\b|'ll\b",
    "fr": r"\b(?:\w+(?:eront|iront|dront|ront)|\w*(?:era|ira|dra)|aura|va|vont|prochaine?s?|devrait|devraient|"
    r"prévoit|prévoient|attend|attendent)\b",
    "es": r"\b(?:\w+(?:rá|rán|remos)|va a|van a|próxim[oa]s?|prevista?|previstos?|prevé|prevén|planea|planean|"
    r"espera|esperan|pretende|pretenden)\b",
    "it": r"\b(?:\w+(?:rà|ranno|remo)|prossim[oaie]|previst[oaie]|prevede|prevedono|intende|intendono|"
    r"attende|attendono|conta di|contano di)\b",
    "de": r"\b(?:wird|werden|wirst|nächste[nmrs]?|kommende[nmrs]?|soll|sollen|geplant|plant|planen|erwartet|"
    r"erwarten|will|wollen)\b",
    # Expectation and intention verbs ('очікує', 'планує') look forward whatever their tense.
    "uk": r"(?:буде|будуть|будемо|наступн\w*|відбудеться|\w+тиме\b|\w+тимуть|планує|плануються|"
    r"очікує|очікують|очікується|збирається|збираються|має намір|мають намір)",
    "ru": r"(?:будет|будут|следующ\w*|состоится|пройдет|пройдёт|планиру\w*|ожидает|ожидают|ожидается|"
    r"собирается|собираются|намерен\w*)",
    "pl": r"\b(?:będzie|będą|przyszł\w*|najbliższ\w*|planuje|planują|spodziewa się|zamierza)\b",
    "zh": r"将|将要|下周|下个|即将|计划|预计",
    "ar": r"سوف|المقبل|القادم",
}

# Past-tense cues: a sentence with one (and no future cue) reads an underspecified date as
# past even when the next occurrence would be nearer.
_PAST: dict[str, str] = {
    "en": r"\b(?:\w+ed|was|were|had|said|took|met|came|went|began|saw|told|rose|fell|grew|won|lost|held|"
    r"left|made|gave|found|spoke|sent|sold|paid|led|struck|fled|flew|drew|broke|chose|fought|built|"
    r"bought|brought|caught|kept|knew|ran|stood|spent|wrote|became|did|got|shot|sank|swore|overtook)\b",
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


# Regional locales whose month names differ from the language's default: Arabic news writes
# the Levantine and Iraqi "آذار" and the Maghrebi "جانفي", "يوليوز" as often as "مارس".
_REGIONAL_LOCALES = {"ar": ("ar_SY", "ar_MA", "ar_DZ")}


def _names(lang: str, kind: str, width: Literal["abbreviated", "narrow", "wide"]) -> dict[str, int]:
    getter = get_month_names if kind == "month" else get_day_names
    out: dict[str, int] = {}
    for locale in (lang, *_REGIONAL_LOCALES.get(lang, ())):
        for context in ("format", "stand-alone"):
            for key, name in getter(width, context, locale).items():
                # Babel falls back to other scripts for some contexts (ar stand-alone -> CJK).
                if lang != "zh" and (re.search(r"[\u4e00-\u9fff\d]", name)):
                    continue
                out.setdefault(name.lower(), int(key))
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
        units=UNITS.get(lang, {}),
        numbers=NUMBERS.get(lang, {}),
        hedges=HEDGES.get(lang, ""),
        ago=AGO.get(lang, ("", "")),
        relative=RELATIVE.get(lang, {}),
        vague=VAGUE.get(lang, {}),
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
