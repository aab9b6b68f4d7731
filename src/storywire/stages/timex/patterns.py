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


@cache
def patterns(lang: str, vague: bool) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """All (kind, regex) pairs for `lang`, in priority order for equally long matches."""
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
    pre_g = rf"(?:(?P<pre>{pre})\s+)?" if pre else ""
    post_g = rf"(?:\s+(?P<post>{post}))?" if post else ""
    pod_g = rf"(?:,?\s+(?P<pod>{pod}))?" if pod else ""
    edge_g = rf"(?:(?P<edge>{lex.edges})\s*)?" if lex.edges else ""
    day = r"(?P<d>[0-3]?\d)(?:er|ᵉʳ|º|°|ª|\.|st|nd|rd|th|-?го|-?е)?"
    out: list[tuple[str, str]] = []
    if lang == "zh":
        out += [
            ("numeric", r"(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})[日号]"),
            ("numeric_md", r"(?P<m>\d{1,2})月(?P<d>\d{1,2})[日号]"),
            ("month_year", r"(?P<y>\d{4})年(?P<mn>\d{1,2})月"),
            ("month", r"(?P<mn>\d{1,2})月份?(?![\d日号])"),
            ("year", r"(?P<y>\d{4})年(?!\d|月)"),
            ("ago", r"(?P<n>\d+|[一二两三四五六七八九十]+)(?P<u>年|个月|个?星期|周|天)(?:以)?前"),
        ]
    else:
        art = r"(?:(?:le|el|il|la|the|am|den|du|al|del|dal|nel|on|on the)\s+|l['’]\s?)?"
        out += [
            ("numeric", r"(?<![\d./-])(?P<y>(?:1[6-9]|20)\d\d)([-/.])(?P<m>[01]?\d)\2(?P<d>[0-3]?\d)(?![\d]|[./-]\d)"),
            (
                "numeric_dmy",
                r"(?<![\d./-])(?P<a>[0-3]?\d)([./-])(?P<b>[01]?\d)\2(?P<y>(?:1[6-9]|20)\d\d|\d\d)"
                r"(?![\d]|[./-]\d)",
            ),
            (
                "dmy",
                rf"{pre_g}(?:(?P<wd>{wd}),?\s+)?{art}{day}\s*(?:de\s+|of\s+)?(?P<m>{month_any})"
                rf"(?![\w'’ʼ])(?:{year_tail}|\s+(?P<y2>\d\d)(?![\d:.,]))?{post_g}",
            ),
        ]
        if lang == "en":
            out.append(
                (
                    "mdy",
                    rf"(?:(?P<wd>{wd}),?\s+)?(?P<m>{month_any})\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
                    rf"(?![\d:]){link.replace('?:,?', '?:,')}?(?:{year})?",
                )
            )
        out += [
            ("month_year", rf"{edge_g}{pre_g}(?P<m>{month})(?![\w'’ʼ]){year_tail}"),
            ("month", rf"{edge_g}{pre_g}(?P<m>{month}){post_g}"),
            ("ago", _ago(lex)),
        ]
        if lang in _DECADE:
            out.append(("decade", _DECADE[lang]))
        if lang in _QUARTER:
            out.append(("quarter", rf"(?:{_QUARTER[lang]})(?:{link}(?P<y>\d{{4}}))?"))
        preps = rf"(?:(?P<yp>{lex.year_preps}|el año|del año|en el año|l['’]année|nell['’]anno)\s+)?"
        # The first day of a pair ('16 y 17 de junio', 'du 13 au 14 septembre') shares the
        # month; a lookahead keeps the span on the first number only.
        out.append(
            (
                "dmy",
                rf"{art}(?P<d>[0-3]?\d)(?:er|º)?(?=\s*(?:y|et|e|and|und|au|al|to|bis|o|ou|or|и|і|та|-|–)"
                rf"\s*(?:el\s+|le\s+|il\s+|del\s+|du\s+|dal\s+|al\s+)?[0-3]?\d(?:er|º|\.)?\s*"
                rf"(?:de\s+|of\s+)?(?P<m>{month_any})(?![\w'’ʼ]){year_tail}?)",
            )
        )
        out.append(
            (
                "year",
                rf"(?<![\d.,/:€$£#№]){preps}(?P<core>(?P<y>(?:1[0-9]|20)\d\d){YEAR_SUFFIX})"
                r"(?!\d|[.,]\d|\s*%|/\d|\s*(?:km|kg|m²|mm|€|\$|£|euros?|dollars?|EUR|USD)\b)",
            )
        )
    glue = rf"(?:(?P<podg>{pod}))?" if lang == "de" else ""
    out.append(("weekday", rf"{pre_g}(?P<wd>{wd}){glue}{post_g}{pod_g}"))
    rel = alt(lex.relative)
    out.append(("relative", rf"(?P<rel>{rel}){pod_g}"))
    rpod = REL_PART_OF_DAY.get(lang)
    if rpod:
        out.append(("rel_pod", rf"(?P<rp>{alt(rpod)})"))
    seasons = alt(lex.seasons)
    dets = _SEASON_DETS.get(lang, "")
    dets_g = rf"(?:(?P<pre>{alt([dets, pre]) if pre else dets})\s*)?" if dets else ""
    out.append(
        (
            "season",
            rf"{dets_g}(?P<s>{seasons})(?:{link}{year}|\s+(?:de |del |of )?(?P<yrel>{yrel})"
            rf"|\s+(?P<post>{post or '(?!)'}))?",
        )
    )
    if lang in CENTURY:
        out.append(("century", CENTURY[lang]))
    if lang in HOLIDAYS:
        out.append(("holiday", rf"(?P<hol>{alt(HOLIDAYS[lang])})"))
    if lang in ANAPHORA:
        out.append(("anaphor", rf"(?P<an>{alt(ANAPHORA[lang])})"))
    if lang in DAY_OF_MONTH:
        out.append(("day_of_month", rf"{DAY_OF_MONTH[lang]}(?!\s*(?:de\s+|del\s+)?(?:{month_any})(?!\w))"))
    if vague and lex.vague:
        out.append(("vague", rf"(?P<v>{alt(lex.vague)})"))
    return tuple((kind, re.compile(_bound(lang, body), re.IGNORECASE)) for kind, body in out)


def _ago(lex: Lexicon) -> str:
    num = alt([r"\d{1,3}", *lex.numbers])
    unit = alt(lex.units)
    hedge = rf"(?:(?P<hedge>{lex.hedges})\s+)?" if lex.hedges else ""
    before, after = lex.ago
    core = rf"(?P<n>{num})\s+(?P<u>{unit})"
    if before:
        return rf"(?:{before})\s+{hedge}{core}"
    return rf"{hedge}{core}\s+(?:{after})"
