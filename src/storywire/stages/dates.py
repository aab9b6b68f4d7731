"""Date normalisation stage: find temporal expressions and give them TIMEX3-like values.

Method: candidate spans come from per-language regexes built from CLDR month/weekday
names (Babel) and small lexicons (relative words, seasons, 'N years ago'); each candidate
is normalised by rule against the publication date; overlapping candidates are resolved
longest-first.  No date parser is run over whole texts.

Direction rule for underspecified expressions (news convention): a bare weekday, month,
day-month or season means the most recent one on or before the publication date, unless
the expression ('next', 'prochain', 'nächsten', 'наступного') or its sentence (a
future-tense verb, 'will') points forward, in which case the next one on or after it is
meant.  'last'/'dernier'/'pasado' move strictly before the publication date.  A season
without a year is the one under way, else the last or next one by tense (expectation
verbs such as 'expects', 'очікує', 'prevé' count as future), else the nearer.

Anaphoric expressions ('al día siguiente', 'le lendemain', 'il giorno dopo', 'ese mismo
año', 'el pasado día 21') are anchored on the last date stated before them in the same
line (paragraph), else on the publication date (`timex/anaphora.py`).  Dates inside URLs
are not expressions of the text and are skipped.

Values: 'YYYY-MM-DD' (day), 'YYYY-Www' (week, '-WE' weekend), 'YYYY-MM' (month),
'YYYY-SP|SU|FA|WI' (season), 'YYYY-Qn' (quarter), 'YYYY' (year), 'YYY' (decade),
'YYYY-MM-DDTMO|AF|EV|NI' (part of day, type TIME), 'CC' (century: '19' is the
twentieth; precision 'century').  With
`vague=True`, TIMEX3 'PRESENT_REF'/'PAST_REF'/'FUTURE_REF' ('now', 'recently', 'soon') are
also returned; they carry no calendar value, so the article stage leaves them out.
"""

from __future__ import annotations

import re
from datetime import date

from storywire.model import Article, TemporalExpression
from storywire.stages.timex import anaphora
from storywire.stages.timex.lexicon import Lexicon, lexicon
from storywire.stages.timex.patterns import patterns, triggers
from storywire.stages.timex.periods import Value
from storywire.stages.timex.resolve import direction, resolve

VERSION = "1.3"  # 1.2: Arabic regional month names; 1.3: Arabic "ago" and days, zh "上周五", de "morgen"
MODEL = "storywire-timex"


def find_temporal_expressions(
    text: str, language: str | None, published: date | None, *, vague: bool = False
) -> list[TemporalExpression]:
    """Every temporal expression in `text`, with offsets into `text`, sorted by position.

    Expressions relative to the publication date are skipped when `published` is None.
    """
    if not text:
        return []
    lang = (language or "en").split("-")[0].lower()
    lex = lexicon(lang)
    candidates: list[tuple[int, int, int, TemporalExpression]] = []
    urls = [m.span() for m in _URL.finditer(text)]
    anaphors: dict[tuple[int, int], anaphora.Anaphor] = {}
    # A pattern whose trigger (a month name, a weekday, two digits ...) does not occur in the
    # text cannot match it: each trigger is searched once, most patterns are skipped.
    present: dict[re.Pattern[str], bool] = {}
    gates = triggers(lex.lang, vague)
    for priority, (kind, regex) in enumerate(patterns(lex.lang, vague)):
        gate = gates[priority]
        if gate is not None:
            found = present.get(gate)
            if found is None:
                found = present[gate] = gate.search(text) is not None
            if not found:
                continue
        for m in regex.finditer(text):
            start, end = m.span("core") if "core" in regex.groupindex and m.group("core") else m.span()
            if start == end or any(s <= start < e for s, e in urls):
                continue  # a date in a URL path is not an expression of the text
            if kind in ("anaphor", "day_of_month"):
                if published is None:
                    continue
                an = _anaphor(kind, m, lex, text)
                if an is None:
                    continue
                anaphors[_trim(text, start, end)] = an
                value: Value | None = anaphora.provisional(an, published)
            else:
                value = resolve(kind, m, lex, text, published)
            if value is None:
                continue
            start, end = _trim(text, start, end)
            candidates.append(
                (
                    start,
                    end,
                    priority,
                    TemporalExpression(
                        start=start, end=end, text=text[start:end], value=value[0], precision=value[1], type=value[2]
                    ),
                )
            )
    chosen = _select(candidates)
    pending = {e.start: anaphors[(e.start, e.end)] for e in chosen if (e.start, e.end) in anaphors}
    if pending and published is not None:
        chosen = anaphora.reanchor(chosen, pending, text, published)
    return chosen


_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)


def _anaphor(kind: str, m: re.Match[str], lex: Lexicon, text: str) -> anaphora.Anaphor | None:
    start, end = m.span()
    if kind == "day_of_month":
        mod = (m.group("dmod") or "").lower()
        dirn = 1 if mod.startswith(("próx", "pross")) else -1 if mod else direction(lex, None, text, start, end)
        return anaphora.Anaphor("dom", int(m.group("dd")), dirn)
    phrase = m.group("an")
    found = anaphora.lookup(lex.lang, phrase)
    if found is None or not anaphora.guard(lex.lang, phrase, text, start, end):
        return None
    return anaphora.Anaphor(found[0], found[1])


_TRAILING = re.compile(r"[\s,]+$")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    m = _TRAILING.search(text, start, end)
    return start, (m.start() if m else end)


def _select(candidates: list[tuple[int, int, int, TemporalExpression]]) -> list[TemporalExpression]:
    """Longest match wins; equally long ones go to the earlier (more specific) pattern."""
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[tuple[int, int]] = []
    chosen: list[TemporalExpression] = []
    for start, end, _, expr in candidates:
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        chosen.append(expr)
    chosen.sort(key=lambda e: e.start)
    return chosen


def normalise_dates(article: Article) -> None:
    """Fill `article.dates` from `article.text`, paragraph by paragraph where languages differ."""
    text = article.text
    default = article.language or article.language_hint
    found: list[TemporalExpression] = []
    paragraphs = [p for p in article.paragraphs if 0 <= p.start < p.end <= len(text)]
    if not paragraphs:
        found = find_temporal_expressions(text, default, article.published)
    else:
        for p in paragraphs:
            lang = p.language if p.language and not p.language_uncertain else (p.language or default)
            for e in find_temporal_expressions(text[p.start : p.end], lang, article.published):
                found.append(
                    TemporalExpression(e.start + p.start, e.end + p.start, e.text, e.value, e.precision, e.type)
                )
    article.dates = found
    article.record("normalise_dates", MODEL, VERSION)


# A full date near the top of the body, before the first sentence ends: a dateline.
_DATELINE_CHARS = 300
_WORD = re.compile(r"\w+")


def infer_publication_date(text: str, language: str | None) -> tuple[date | None, float]:
    """Guess a publication date from explicit full dates in the body, with a confidence.

    Dates inside sentences are preferred: a date standing alone on its line counts only
    when it is the only such line and sits at the top (a dateline); several such lines
    are a navigation or archive list and are ignored.  A dateline gives 0.8 (0.7 inside a
    sentence); otherwise the latest full date mentioned in a sentence gives 0.4 (0.5 when
    mentioned more than once).  (None, 0.0) when nothing qualifies.
    """
    exprs = [e for e in find_temporal_expressions(text, language, None) if e.precision == "day"]
    in_sentence: list[tuple[date, int]] = []
    standalone: list[tuple[date, int]] = []
    for e in exprs:
        try:
            d = date.fromisoformat(e.value)
        except ValueError:
            continue
        line_start = text.rfind("\n", 0, e.start) + 1
        line_end = text.find("\n", e.end)
        rest = text[line_start : e.start] + " " + text[e.end : line_end if line_end >= 0 else len(text)]
        (in_sentence if len(_WORD.findall(rest)) >= 5 else standalone).append((d, e.start))
    if len(standalone) == 1 and standalone[0][1] < _DATELINE_CHARS:
        return standalone[0][0], 0.8
    top = [d for d, pos in in_sentence if pos < _DATELINE_CHARS]
    if top:
        return top[0], 0.7
    if not in_sentence:
        return None, 0.0
    latest = max(d for d, _ in in_sentence)
    return latest, 0.5 if sum(1 for d, _ in in_sentence if d == latest) > 1 else 0.4
