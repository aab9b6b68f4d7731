"""Candidate-span regexes, compiled once per language from the lexicon.

Each pattern has a kind; `resolve.py` turns a match of that kind into a TIMEX3 value.
Spans are found with regexes only (never by running a date parser over whole texts,
which tags ordinary numbers and words as dates).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from storywire.stages.timex.anaphora import ANAPHORA, DAY_OF_MONTH
from storywire.stages.timex.lexicon import YEAR_SUFFIX, Lexicon, lexicon
from storywire.stages.timex.periods import CENTURY, HOLIDAYS
from storywire.stages.timex.triggers import Need, compile_trigger

# Languages written without spaces: word boundaries do not apply.
_NO_BOUNDARY = {"zh"}

# 'this morning', 'tonight', 'anoche': (day offset, TIMEX3 part of day).
REL_PART_OF_DAY: dict[str, dict[str, tuple[int, str]]] = {
    "en": {
        "this morning": (0, "MO"),
        "this afternoon": (0, "AF"),
        "this evening": (0, "EV"),
        "tonight": (0, "NI"),
        "last night": (-1, "NI"),
    },
    "fr": {"ce matin": (0, "MO"), "cet après-midi": (0, "AF"), "ce soir": (0, "EV"), "cette nuit": (0, "NI")},
    "es": {"esta mañana": (0, "MO"), "esta tarde": (0, "AF"), "esta noche": (0, "NI"), "anoche": (-1, "NI")},
    "it": {
        "stamattina|stamane|questa mattina": (0, "MO"),
        "questo pomeriggio": (0, "AF"),
        "stasera|questa sera": (0, "EV"),
        "stanotte": (0, "NI"),
    },
    "uk": {"минулої ночі|цієї ночі": (-1, "NI")},
    "ru": {"прошлой ночью|этой ночью": (-1, "NI")},
}
# Extra words allowed before a season ('in the spring', 'cet été', 'навесні' needs none).
_SEASON_DETS: dict[str, str] = {
    "en": r"in the|in|the|during the|during|this|last|next|of",
    "fr": r"au|en|le|l['’]|cet|ce|cette|du|de l['’]|pendant l['’]|cet été|depuis le",
    "es": r"en la|la|en|esta|este|de|del|el pasado|la pasada|el próximo|la próxima|durante la|durante el|el",
    "it": r"nella|nell['’]|la|in|quest['’]|questa|l['’]|dell['’]|della|in|scorsa|prossima",
    "de": r"im|diesen|dieses|diesem|letzten|nächsten|den|der|des|vergangenen|kommenden",
    "uk": r"цієї|цього|минулої|минулого|наступної|наступного|у|в",
    "ru": r"этой|этим|прошлой|прошлым|следующей|в|во",
    "pl": r"tej|w|we|zeszłej|przyszłej",
    "zh": r"今年|去年|明年",
    "ar": r"هذا|في",
}
_DECADE_WORDS = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
    "veinte": 2,
    "treinta": 3,
    "cuarenta": 4,
    "cincuenta": 5,
    "sesenta": 6,
    "setenta": 7,
    "ochenta": 8,
    "noventa": 9,
    "venti": 2,
    "trenta": 3,
    "quaranta": 4,
    "cinquanta": 5,
    "sessanta": 6,
    "settanta": 7,
    "ottanta": 8,
    "novanta": 9,
}
_DECADE: dict[str, str] = {
    "en": r"the (?P<dy>(?:1[5-9]|20)\d0)['’]?s|the ['’]?(?P<dd>[1-9]0)['’]?s|the (?P<dw>\w+ties)",
    "fr": r"(?:les |des |aux )?années (?P<dy>(?:1[5-9]|20)\d0)|(?:les |des |aux )?années ['’]?(?P<dd>[2-9]0)",
    "es": r"(?:la década de |los )?años (?P<dy>(?:1[5-9]|20)\d0)|(?:la década de )?los (?:años )?['’]?(?P<dd>[2-9]0)"
    r"|(?:la década de )?los (?:años )?(?P<dw>veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa)",
    "it": r"(?:gli |negli |degli )?anni (?P<dy>(?:1[5-9]|20)\d0)|(?:gli |negli |degli )?anni ['’]?(?P<dd>[2-9]0)"
    r"|(?:gli |negli |degli )?anni (?P<dw>venti|trenta|quaranta|cinquanta|sessanta|settanta|ottanta|novanta)",
    "de": r"(?:den |die )?(?P<dy>(?:1[5-9]|20)\d0)er(?: Jahren?)?|(?:den |die )?(?P<dd>[2-9]0)er(?: Jahren?)?",
    "uk": r"(?P<dy>(?:1[5-9]|20)\d0)-(?:х|ті|і)(?: рок(?:ах|ів))?",
    "ru": r"(?P<dy>(?:1[5-9]|20)\d0)-(?:х|е)(?: год(?:ах|ов))?",
    "pl": r"lat(?:ach)? (?P<dy>(?:1[5-9]|20)\d0)\.?",
}
_QUARTER: dict[str, str] = {
    "en": r"(?:the )?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th) quarter|Q(?P<qn>[1-4])",
    "fr": r"(?:le |au )?(?P<q>premier|deuxième|second|troisième|quatrième) trimestre|T(?P<qn>[1-4])",
    "es": r"(?:el )?(?P<q>primer|segundo|tercer|cuarto) trimestre",
    "it": r"(?:il |nel )?(?P<q>primo|secondo|terzo|quarto) trimestre",
    "de": r"(?:im )?(?P<q>ersten|zweiten|dritten|vierten) Quartal",
    "uk": r"(?:у |в )?(?P<q>першому|другому|третьому|четвертому) кварталі",
    "ru": r"(?:в )?(?P<q>первом|втором|третьем|четвертом|четвёртом) квартале",
}
_QUARTER_FORMS = (
    ("first", "1st", "premier", "primer", "primo", "ersten", "першому", "первом"),
    ("second", "2nd", "deuxième", "segundo", "secondo", "zweiten", "другому", "втором"),
    ("third", "3rd", "troisième", "tercer", "terzo", "dritten", "третьому", "третьем"),
    ("fourth", "4th", "quatrième", "cuarto", "quarto", "vierten", "четвертому", "четвертом", "четвёртом"),
)
QUARTER_WORDS = {w: i + 1 for i, forms in enumerate(_QUARTER_FORMS) for w in forms}
# Words that every alternative of a language's decade, quarter or century pattern holds
# (its trigger, see triggers.py; tests/stages/test_timex_triggers.py checks them on strings
# generated from the patterns): '1990s', 'the nineties', 'Q3', 'XXe siècle'.
_CONTAINS: dict[str, dict[str, str]] = {
    "decade": {
        "en": r"0s|0['’]s|ties",
        "fr": "années",
        "es": "años|los ",
        "it": "anni",
        "de": "0er",
        "uk": "0-",
        "ru": "0-",
        "pl": "lat",
    },
    "quarter": {
        "en": "quarter|Q[1-4]",
        "fr": "trimestre|T[1-4]",
        "es": "trimestre",
        "it": "trimestre",
        "de": "Quartal",
        "uk": "кварталі",
        "ru": "квартале",
    },
    "century": {"en": "century", "fr": "siècle", "es": "siglo", "it": "secolo"},
}
# A numeric date ('2024-03-12', '12.03.2024', '12/3/24'): a digit, a separator, one or two
# digits, the same separator, a digit; a year: four digits, the first 1 or 2.
_NUMERIC_DATE = r"\d[-/.]\d\d?[-/.]\d"
_YEAR_DIGITS = r"[12]\d\d\d"
DECADE_WORDS = _DECADE_WORDS


def alt(items: Iterable[str]) -> str:
    """Alternation of regex fragments, longest first so that regex picks the longest form."""
    return "|".join(sorted(set(items), key=len, reverse=True))


def _escape_all(words: Iterable[str]) -> str:
    return alt(re.escape(w) for w in words)


def _bound(lang: str, body: str) -> str:
    if lang in _NO_BOUNDARY:
        return body
    # Romance elision ('l'ex', 'dell'anno') may precede a word; in Ukrainian the
    # apostrophe is inside words ('п'ятниця'), so it must not start one.
    if lang in ("uk", "ru"):
        return rf"(?<![\w'’ʼ])(?:{body})(?![\w'’ʼ])"
    # An English possessive ('last month's') may follow; other apostrophes glue words.
    return rf"(?<!\w)(?:{body})(?!\w|['’ʼ](?!s\b)\w)"


_FLAGS = re.IGNORECASE


@cache
def patterns(lang: str, vague: bool) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """All (kind, regex) pairs for `lang`, in priority order for equally long matches."""
    return tuple((kind, re.compile(_bound(lang, body), _FLAGS)) for kind, body, _ in _bodies(lang, vague))


@cache
def triggers(lang: str, vague: bool) -> tuple[re.Pattern[str] | None, ...]:
    """For each of `patterns(lang, vague)`, a regex that every match of it contains (see
    `triggers.py`), or None where the pattern is to run on every text.  Patterns needing
    the same fragment share one compiled trigger."""
    needs = [need for _, _, need in _bodies(lang, vague)]
    if lang in _NO_BOUNDARY:  # no word boundaries in the patterns: none around the fragments
        needs = [Need(n.fragment) if n else None for n in needs]
    compiled = {n: compile_trigger(n, _FLAGS) for n in set(needs) if n and n.fragment}
    return tuple(compiled[n] if n and n.fragment else None for n in needs)


@cache
def _bodies(lang: str, vague: bool) -> tuple[tuple[str, str, Need | None], ...]:
    """(kind, regex body, what every match contains or None) for `lang`, in priority order.

    Every month name (abbreviated or not) in a match is followed by a non-word character;
    a weekday, relative phrase, holiday, anaphor or unit starts the pattern or follows a
    space, so no word character precedes it (the patterns' `_bound` and their `\\s+`).
    Month names may follow a letter ('mid-' is optional: 'midMarch', '5th March' glued)."""
    lex: Lexicon = lexicon(lang)
    lang = lex.lang
    month = _escape_all(lex.months)
    month_any = alt([month, rf"(?:{_escape_all(lex.months_abbr)})\.?"]) if lex.months_abbr else month
    wd = alt(lex.weekdays)
    pre = alt(lex.modifiers_pre)
    post = alt(lex.modifiers_post)
    pod = alt(lex.parts_of_day)
    yrel = alt(p for p, (u, _) in lex.relative.items() if u == "year")
    year = rf"(?P<y>\d{{4}}){YEAR_SUFFIX}"
    link = r"(?:,?\s*(?:de\s+|del\s+|of\s+|dell['’]\s*|du\s+)?)"
    # 'del año pasado', 'dello scorso anno', 'dell'anno scorso': the article of the relative
    # phrase is contracted into the preposition.
    contracted = r"d(?=el\s)|del(?=lo\s|l['’])"
    year_tail = (
        rf"(?:{link}{year}|\s+(?:de\s+|del\s+|of\s+|{contracted})?(?P<yrel>{yrel}))" if yrel else rf"(?:{link}{year})"
    )
    gap = r"\s*" if lang in _NO_BOUNDARY else r"\s+"  # "上周五": no space in Chinese
    pre_g = rf"(?:(?P<pre>{pre}){gap})?" if pre else ""
    post_g = rf"(?:\s+(?P<post>{post}))?" if post else ""
    pod_g = rf"(?:,?\s+(?P<pod>{pod}))?" if pod else ""
    edge_g = rf"(?:(?P<edge>{lex.edges})\s*)?" if lex.edges else ""
    day = r"(?P<d>[0-3]?\d)(?:er|ᵉʳ|º|°|ª|\.|st|nd|rd|th|-?го|-?е)?"
    # The third member of each entry is what every match contains (its trigger).
    out: list[tuple[str, str, Need | None]] = []
    # One trigger for all month patterns: a full name is also in `month_any`, and one search
    # of the text costs more than the patterns it would skip where only an abbreviation occurs.
    months = Need(month_any, word_end=True)
    numeric = Need(_NUMERIC_DATE, raw=True)
    if lang == "zh":
        out += [
            ("numeric", r"(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})[日号]", None),
            ("numeric_md", r"(?P<m>\d{1,2})月(?P<d>\d{1,2})[日号]", None),
            ("month_year", r"(?P<y>\d{4})年(?P<mn>\d{1,2})月", None),
            ("month", r"(?P<mn>\d{1,2})月份?(?![\d日号])", None),
            ("year", r"(?P<y>\d{4})年(?!\d|月)", None),
            ("ago", r"(?P<n>\d+|[一二两三四五六七八九十]+)(?P<u>年|个月|个?星期|周|天)(?:以)?前", None),
        ]
    else:
        art = r"(?:(?:le|el|il|la|the|am|den|du|al|del|dal|nel|on|on the)\s+|l['’]\s?)?"
        out += [
            (
                "numeric",
                r"(?<![\d./-])(?P<y>(?:1[6-9]|20)\d\d)([-/.])(?P<m>[01]?\d)\2(?P<d>[0-3]?\d)(?![\d]|[./-]\d)",
                numeric,
            ),
            (
                "numeric_dmy",
                r"(?<![\d./-])(?P<a>[0-3]?\d)([./-])(?P<b>[01]?\d)\2(?P<y>(?:1[6-9]|20)\d\d|\d\d)"
                r"(?![\d]|[./-]\d)",
                numeric,
            ),
            (
                "dmy",
                rf"{pre_g}(?:(?P<wd>{wd}),?\s+)?{art}{day}\s*(?:de\s+|of\s+)?(?P<m>{month_any})"
                rf"(?![\w'’ʼ])(?:{year_tail}|\s+(?P<y2>\d\d)(?![\d:.,]))?{post_g}",
                months,
            ),
        ]
        if lang == "en":
            out.append(
                (
                    "mdy",
                    rf"(?:(?P<wd>{wd}),?\s+)?(?P<m>{month_any})\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
                    rf"(?![\d:]){link.replace('?:,?', '?:,')}?(?:{year})?",
                    months,
                )
            )
        # English writes the day after the month: not "on April" of "on April 3" ("on" is a
        # weekday's modifier, and "on April" had outgrown "April 3"); elsewhere a number after
        # the month counts something ("W marcu 12 osób")
        day_after = r"(?!\s+\d{1,2}(?!\d))" if lex.lang == "en" else ""
        out += [
            ("month_year", rf"{edge_g}{pre_g}(?P<m>{month})(?![\w'’ʼ]){year_tail}", months),
            ("month", rf"{edge_g}{pre_g}(?P<m>{month}){post_g}{day_after}", months),
            ("ago", _ago(lex), Need(alt(lex.units), word_start=True)),
        ]
        if lang in _DECADE:
            out.append(("decade", _DECADE[lang], Need(_CONTAINS["decade"][lang])))
        if lang in _QUARTER:
            out.append(("quarter", rf"(?:{_QUARTER[lang]})(?:{link}(?P<y>\d{{4}}))?", Need(_CONTAINS["quarter"][lang])))
        preps = rf"(?:(?P<yp>{lex.year_preps}|el año|del año|en el año|l['’]année|nell['’]anno)\s+)?"
        # The first day of a pair ('16 y 17 de junio', 'du 13 au 14 septembre') shares the
        # month; a lookahead keeps the span on the first number only.
        out.append(
            (
                "dmy",
                rf"{art}(?P<d>[0-3]?\d)(?:er|º)?(?=\s*(?:y|et|e|and|und|au|al|to|bis|o|ou|or|и|і|та|-|–)"
                rf"\s*(?:el\s+|le\s+|il\s+|del\s+|du\s+|dal\s+|al\s+)?[0-3]?\d(?:er|º|\.)?\s*"
                rf"(?:de\s+|of\s+)?(?P<m>{month_any})(?![\w'’ʼ]){year_tail}?)",
                months,
            )
        )
        out.append(
            (
                "year",
                rf"(?<![\d.,/:€$£#№]){preps}(?P<core>(?P<y>(?:1[0-9]|20)\d\d){YEAR_SUFFIX})"
                r"(?!\d|[.,]\d|\s*%|/\d|\s*(?:km|kg|m²|mm|€|\$|£|euros?|dollars?|EUR|USD)\b)",
                Need(_YEAR_DIGITS, raw=True),
            )
        )
    glue = rf"(?:(?P<podg>{pod}))?" if lang == "de" else ""
    out.append(("weekday", rf"{pre_g}(?P<wd>{wd}){glue}{post_g}{pod_g}", Need(wd, word_start=True)))
    rel = alt(lex.relative)
    out.append(("relative", rf"(?P<rel>{rel}){pod_g}", Need(rel, word_start=True)))
    rpod = REL_PART_OF_DAY.get(lang)
    if rpod:
        out.append(("rel_pod", rf"(?P<rp>{alt(rpod)})", Need(alt(rpod), word_start=True)))
    seasons = alt(lex.seasons)
    dets = _SEASON_DETS.get(lang, "")
    dets_g = rf"(?:(?P<pre>{alt([dets, pre]) if pre else dets})\s*)?" if dets else ""
    out.append(
        (
            "season",
            rf"{dets_g}(?P<s>{seasons})(?:{link}{year}|\s+(?:de |del |of )?(?P<yrel>{yrel})"
            rf"|\s+(?P<post>{post or '(?!)'}))?",
            Need(seasons),
        )
    )
    if lang in CENTURY:
        out.append(("century", CENTURY[lang], Need(_CONTAINS["century"][lang])))
    if lang in HOLIDAYS:
        out.append(("holiday", rf"(?P<hol>{alt(HOLIDAYS[lang])})", Need(alt(HOLIDAYS[lang]), word_start=True)))
    if lang in ANAPHORA:
        out.append(("anaphor", rf"(?P<an>{alt(ANAPHORA[lang])})", Need(alt(ANAPHORA[lang]), word_start=True)))
    if lang in DAY_OF_MONTH:
        out.append(("day_of_month", rf"{DAY_OF_MONTH[lang]}(?!\s*(?:de\s+|del\s+)?(?:{month_any})(?!\w))", None))
    if vague and lex.vague:
        out.append(("vague", rf"(?P<v>{alt(lex.vague)})", None))
    return tuple(out)


def _ago(lex: Lexicon) -> str:
    num = alt([r"\d{1,3}", *lex.numbers])
    unit = alt(lex.units)
    hedge = rf"(?:(?P<hedge>{lex.hedges})\s+)?" if lex.hedges else ""
    before, after = lex.ago
    core = rf"(?P<n>{num})\s+(?P<u>{unit})"
    if before:
        return rf"(?:{before})\s+{hedge}{core}"
    return rf"{hedge}{core}\s+(?:{after})"
