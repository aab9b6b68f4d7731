"""The trigger prefilter of the date patterns never skips a pattern that would match."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storywire.stages import dates
from storywire.stages.timex.lexicon import LANGUAGES
from storywire.stages.timex.patterns import _bodies, patterns, triggers
from storywire.stages.timex.triggers import Need, _trie, compile_trigger, expand

_PUB = date(2025, 2, 28)


@pytest.mark.parametrize(
    ("fragment", "strings"),
    [
        ("jan|january|feb", ["jan", "january", "feb"]),
        (r"(?:earlier |later )?this week", ["earlier this week", "later this week", "this week"]),
        (r"diese[rn]? Woche", ["dieser Woche", "diesen Woche", "diese Woche"]),
        (r"п['’]ятниц(?:ю|і)", ["п'ятницю", "п'ятниці", "п’ятницю", "п’ятниці"]),
        (r"(?<!x)Q(?P<q>[1-3])\b", ["Q1", "Q2", "Q3"]),  # zero-width parts skipped
        (r"бывш\w+|недавно", ["бывш", "недавно"]),  # a class ends the string: a prefix
        (r"x\.?", ["x.", "x"]),
    ],
)
def test_expand(fragment: str, strings: list[str]) -> None:
    assert sorted(expand(fragment) or []) == sorted(strings)


@pytest.mark.parametrize("fragment", [r"(?:\d+|due) ore", r"a{2}b|c", r"(?i:x)", r"x??"])
def test_no_trigger_where_a_match_may_start_anywhere(fragment: str) -> None:
    assert compile_trigger(Need(fragment), re.IGNORECASE) is None


@given(st.lists(st.text(alphabet="abc.'", min_size=1, max_size=5), min_size=1, max_size=12))
def test_trie_matches_exactly_its_strings(strings: list[str]) -> None:
    trie = re.compile(_trie(sorted(set(strings))))
    for s in strings:
        assert trie.fullmatch(s)
    for probe in ("", "d", "abcabc."):
        assert bool(trie.fullmatch(probe)) == (probe in strings)


def _needs() -> list[tuple[str, Need]]:
    return [
        (lang, need)
        for lang in LANGUAGES
        for _, _, need in _bodies(lang, True)
        if need and need.fragment and not need.raw
    ]


_BMP = "".join(chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000)


def test_first_letter_lookahead_admits_every_case_variant() -> None:
    # The trigger's `(?=[...])` must accept every character that a case-insensitive literal
    # accepts ('K' for 'k' as the Kelvin sign, 'ſ' for 's', 'İ' for 'i').
    firsts = {s[0] for _, need in _needs() for s in expand(need.fragment) or [] if s}
    for first in firsts:
        as_literal = set(re.findall(re.escape(first), _BMP, re.IGNORECASE))
        in_set = set(re.findall(f"[{re.escape(first)}]", _BMP, re.IGNORECASE))
        assert as_literal <= in_set, first


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_match_contains_its_trigger(lang: str) -> None:
    # Strings generated from each pattern itself (case variants included), in random context.
    for (kind, regex), trigger in zip(patterns(lang, True), triggers(lang, True), strict=True):
        if trigger is None:
            continue

        _check_pattern(kind, regex, trigger)


def _check_pattern(kind: str, regex: re.Pattern[str], trigger: re.Pattern[str]) -> None:
    @settings(max_examples=15, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(st.from_regex(regex))
    def check(text: str) -> None:
        if regex.search(text):
            assert trigger.search(text), (kind, text)

    check()


def _words(lang: str) -> list[str]:
    """Lexicon strings of `lang` (every trigger's expansion) and neighbours of theirs."""
    out = {s for lang_, need in _needs() if lang_ == lang for s in expand(need.fragment) or []}
    return sorted(out | {"2024", "03", "12.03.2024", "3", "17", "1999", "the", "de", "der", "в", "Q2", "K", "ſ"})


def _texts(lang: str) -> st.SearchStrategy[str]:
    words = st.sampled_from(_words(lang))
    cased = st.tuples(words, st.sampled_from([str, str.upper, str.title, str.lower])).map(lambda p: p[1](p[0]))
    glue = st.sampled_from([" ", " ", ", ", "-", "", ".", "\n", "'", "’"])
    return st.lists(st.tuples(cased, glue), max_size=12).map(lambda parts: "".join(w + g for w, g in parts))


@pytest.mark.parametrize("lang", LANGUAGES)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_prefiltered_scan_equals_full_scan(lang: str, data: st.DataObject, monkeypatch: pytest.MonkeyPatch) -> None:
    text = data.draw(_texts(lang))
    vague = data.draw(st.booleans())
    published = data.draw(st.sampled_from([_PUB, None]))
    gated = dates.find_temporal_expressions(text, lang, published, vague=vague)
    with monkeypatch.context() as m:
        m.setattr(dates, "triggers", lambda lang, vague: (None,) * len(patterns(lang, vague)))
        full = dates.find_temporal_expressions(text, lang, published, vague=vague)
    assert gated == full
