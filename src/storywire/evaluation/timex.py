"""Agreement of our temporal expressions with TIMEX3 references (CL-TLS / HeidelTime-family).

Layout: `{lang}/{topic}/{YYYY-MM-DD}/{doc}.txt` (raw text) next to
`{doc}.tokenized.timeml`; the folder date is the publication date.

Span mapping: the TimeML file holds a re-tokenised copy of the raw text (spaces around
punctuation, re-split lines).  Stripping all whitespace from both gives (almost always)
identical strings, so a reference span is mapped to raw offsets through its first and last
non-space characters; where the two differ (markup removed by the tagger), the
non-space strings are aligned with difflib and unaligned references are counted apart.

Metric (headline): DATE value agreement = among reference TIMEX3 of type DATE, the share
for which one of our expressions overlaps the mapped span (one-to-one, in order) and has
exactly the same value.  We also report span recall, the share of our DATE expressions
that overlap no reference TIMEX3 at all ('spurious', a precision-like figure), and the
same agreement restricted to calendar values (leaving out PRESENT_REF/PAST_REF/FUTURE_REF).

What counts as a reference DATE (decisions about the tagger's quirks, applied to every
file alike and counted in the 'excluded' column, never silently):
* a TIMEX3 lying inside a URL ('http://…/2015/09/…') is left out: a path segment is not a
  temporal expression of the text (the tagger reads URLs as prose; the Italian sidebars
  repeat dozens of them per page);
* a season word naming the Arab Spring ('Primavera árabe', 'printemps arabe') is left out:
  it names a movement, as 'Prague Spring' does, and TimeML does not annotate names.
Everything else the tagger marked counts, its mistakes included ('été' as a past
participle, 'les années 80' valued '0080'), so the headline is, if anything, severe.
`raw_agreement` gives the figure with nothing left out.

Granularity: values are compared exactly ('2011-03' is not '2011-03-05').  As a diagnostic,
`coarse` counts pairs that agree at the coarser of the two granularities (the tagger often
splits 'sábado, 21 de mayo de 2016' into a weekday and a date, or values 'il y a un an' to
the day); it is printed, never used as the headline.
"""

from __future__ import annotations

import bisect
import difflib
import re
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TextIO

from storywire.stages.dates import find_temporal_expressions

_TIMEX = re.compile(r"<TIMEX3\b([^>]*)>(.*?)</TIMEX3>", re.DOTALL)
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_VAGUE = {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_ARAB_SEASON = re.compile(r"^\s*[\"'«»“”]?\s*(?:arab\w*|árabe\w*)", re.IGNORECASE)
_SEASON_WORD = re.compile(r"(?:primavera|printemps|spring)\W*$", re.IGNORECASE)


@dataclass(frozen=True)
class RefTimex:
    start: int  # offsets into the raw .txt
    end: int
    text: str
    type: str
    value: str


@dataclass
class LangStats:
    docs: int = 0
    ref_dates: int = 0  # reference TIMEX3 type DATE that could be mapped onto the raw text
    unmapped: int = 0
    found: int = 0  # overlapped by one of ours
    agreed: int = 0  # overlapped and same value
    ref_calendar: int = 0
    agreed_calendar: int = 0
    ours: int = 0  # our DATE expressions
    spurious: int = 0  # ours overlapping no reference TIMEX3 of any type
    excluded: int = 0  # reference DATEs left out (inside a URL, 'Arab Spring'): see the module docs
    coarse: int = 0  # paired and equal at the coarser granularity of the two (diagnostic)

    @property
    def agreement(self) -> float:
        return self.agreed / self.ref_dates if self.ref_dates else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.ref_dates if self.ref_dates else 0.0

    @property
    def value_accuracy(self) -> float:
        return self.agreed / self.found if self.found else 0.0

    @property
    def raw_agreement(self) -> float:
        """Agreement counting the left-out references as misses."""
        total = self.ref_dates + self.excluded
        return self.agreed / total if total else 0.0

    @property
    def coarse_agreement(self) -> float:
        return self.coarse / self.ref_dates if self.ref_dates else 0.0

    @property
    def calendar_agreement(self) -> float:
        return self.agreed_calendar / self.ref_calendar if self.ref_calendar else 0.0

    @property
    def precision(self) -> float:
        return 1 - self.spurious / self.ours if self.ours else 0.0

    def add(self, other: LangStats) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass
class TimexReport:
    per_language: dict[str, LangStats] = field(default_factory=dict)
    mismatches: list[tuple[str, str, str, str]] = field(default_factory=list)  # file, ref text, ref, ours

    @property
    def total(self) -> LangStats:
        out = LangStats()
        for s in self.per_language.values():
            out.add(s)
        return out

    @property
    def agreement(self) -> float:
        return self.total.agreement


def parse_timeml(markup: str) -> tuple[str, list[tuple[int, int, str, str, str]]]:
    """Plain tokenised text and (start, end, text, type, value) for each TIMEX3 in it."""
    body = markup.split("<TimeML>", 1)[-1].rsplit("</TimeML>", 1)[0]
    parts: list[str] = []
    spans: list[tuple[int, int, str, str, str]] = []
    pos = 0
    length = 0
    for m in _TIMEX.finditer(body):
        parts.append(body[pos : m.start()])
        length += m.start() - pos
        attrs = dict(_ATTR.findall(m.group(1)))
        inner = m.group(2)
        spans.append((length, length + len(inner), inner, attrs.get("type", ""), attrs.get("value", "")))
        parts.append(inner)
        length += len(inner)
        pos = m.end()
    parts.append(body[pos:])
    return "".join(parts), spans


def _nonspace(s: str) -> tuple[str, list[int]]:
    idx = [i for i, ch in enumerate(s) if not ch.isspace()]
    return "".join(s[i] for i in idx), idx


def map_references(raw: str, markup: str) -> tuple[list[RefTimex], int]:
    """Reference TIMEX3 spans as raw-text offsets, and how many could not be mapped."""
    tok, spans = parse_timeml(markup)
    raw_ns, raw_idx = _nonspace(raw)
    tok_ns, tok_idx = _nonspace(tok)
    if raw_ns == tok_ns:
        mapping: dict[int, int] | None = None
    else:
        mapping = {}
        matcher = difflib.SequenceMatcher(None, tok_ns, raw_ns, autojunk=False)
        for a, b, size in matcher.get_matching_blocks():
            for k in range(size):
                mapping[a + k] = b + k
    out: list[RefTimex] = []
    unmapped = 0
    for start, end, text, typ, value in spans:
        first = bisect.bisect_left(tok_idx, start)
        last = bisect.bisect_left(tok_idx, end) - 1
        if first > last:
            unmapped += 1
            continue
        if mapping is None:
            a, b = first, last
        else:
            if first not in mapping or last not in mapping:
                unmapped += 1
                continue
            a, b = mapping[first], mapping[last]
        out.append(RefTimex(raw_idx[a], raw_idx[b] + 1, text, typ, value))
    return out, unmapped


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def excluded_reference(raw: str, ref: RefTimex, urls: list[tuple[int, int]]) -> bool:
    """True for a reference left out of the figure (see the module docs)."""
    if any(s <= ref.start and ref.end <= e for s, e in urls):
        return True
    return bool(_SEASON_WORD.search(ref.text) and _ARAB_SEASON.match(raw[ref.end : ref.end + 12]))


def coarse_equal(a: str, b: str) -> bool:
    """Equal at the coarser granularity: one value is a calendar refinement of the other."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return bool(re.fullmatch(r"\d{4}(?:-\d\d)?", short)) and long.startswith(short + "-")


def score_document(raw: str, markup: str, lang: str, published: date,
                   mismatches: list[tuple[str, str, str, str]] | None = None, name: str = "") -> LangStats:
    refs, unmapped = map_references(raw, markup)
    ours = find_temporal_expressions(raw, lang, published, vague=True)
    stats = LangStats(docs=1, unmapped=unmapped)
    urls = [m.span() for m in _URL.finditer(raw)]
    dates = []
    for r in refs:
        if r.type != "DATE":
            continue
        if excluded_reference(raw, r, urls):
            stats.excluded += 1
        else:
            dates.append(r)
    # One-to-one pairing by overlap; same-value pairs first, so that one long expression
    # of ours ('Martes, 23 de agosto de 2011') pairs with the reference it agrees with.
    pair: dict[int, int] = {}
    used: set[int] = set()
    for same_value in (True, False):
        for k, ref in enumerate(dates):
            if k in pair:
                continue
            for i, e in enumerate(ours):
                if i in used or not _overlap(ref.start, ref.end, e.start, e.end):
                    continue
                if same_value and e.value != ref.value:
                    continue
                pair[k] = i
                used.add(i)
                break
    for k, ref in enumerate(dates):
        stats.ref_dates += 1
        calendar = ref.value not in _VAGUE
        stats.ref_calendar += calendar
        if k not in pair:
            if mismatches is not None:
                mismatches.append((name, ref.text, ref.value, "-"))
            continue
        e = ours[pair[k]]
        stats.found += 1
        stats.coarse += coarse_equal(e.value, ref.value)
        if e.value == ref.value:
            stats.agreed += 1
            stats.agreed_calendar += calendar
        elif mismatches is not None:
            mismatches.append((name, ref.text, ref.value, f"{e.text!r}={e.value}"))
    for e in ours:
        if e.type != "DATE":
            continue
        stats.ours += 1
        if not any(_overlap(r.start, r.end, e.start, e.end) for r in refs):
            stats.spurious += 1
            if mismatches is not None:
                mismatches.append((name, "", "SPURIOUS", f"{e.text!r}={e.value}"))
    return stats


def _documents(root: Path) -> list[tuple[str, date, Path, Path]]:
    out = []
    for markup in sorted(root.glob("*/*/*/*.tokenized.timeml")):
        lang, folder = markup.parts[-4], markup.parts[-2]
        raw = markup.with_name(markup.name.removesuffix(".tokenized.timeml") + ".txt")
        try:
            published = date.fromisoformat(folder)
        except ValueError:
            continue
        if raw.exists():
            out.append((lang, published, raw, markup))
    return out


def evaluate_timex(root: Path, *, limit_per_language: int | None = None,
                   collect_mismatches: bool = False) -> TimexReport:
    """Score every document under `root` (optionally only the first N per language)."""
    report = TimexReport()
    counts: dict[str, int] = {}
    for lang, published, raw_path, markup_path in _documents(root):
        if limit_per_language is not None and counts.get(lang, 0) >= limit_per_language:
            continue
        counts[lang] = counts.get(lang, 0) + 1
        raw = raw_path.read_text(encoding="utf-8", errors="replace")
        markup = markup_path.read_text(encoding="utf-8", errors="replace")
        stats = score_document(raw, markup, lang, published,
                               report.mismatches if collect_mismatches else None, str(markup_path))
        report.per_language.setdefault(lang, LangStats()).add(stats)
    return report


def run_timex_eval(root: Path, out: TextIO = sys.stdout) -> float:
    """Print a per-language table; the headline DATE value agreement alone on the last line."""
    report = evaluate_timex(root)
    header = f"{'lang':<6}{'docs':>6}{'refDATE':>9}{'recall':>8}{'valacc':>8}{'agree':>8}{'calendar':>10}" \
             f"{'ours':>7}{'precision':>11}{'unmapped':>10}{'excluded':>10}{'raw':>8}{'coarse':>8}"
    print(header, file=out)
    rows = [*sorted(report.per_language.items()), ("all", report.total)]
    for lang, s in rows:
        print(f"{lang:<6}{s.docs:>6}{s.ref_dates:>9}{s.recall:>8.4f}{s.value_accuracy:>8.4f}{s.agreement:>8.4f}"
              f"{s.calendar_agreement:>10.4f}{s.ours:>7}{s.precision:>11.4f}{s.unmapped:>10}{s.excluded:>10}"
              f"{s.raw_agreement:>8.4f}{s.coarse_agreement:>8.4f}", file=out)
    headline = report.agreement
    print(f"{headline:.4f}", file=out)
    return headline
