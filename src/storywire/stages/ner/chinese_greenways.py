"""Chinese greenways and trails named by the river or hill they follow ("瓯江绿道", "XX溪绿道").

A greenway is a place, like a road, and Chinese keeps the kind word inside a place's name
("国道", "铁路"), so "绿道" or "步道" stays in the span.  It is named where a place read before
it ends right at the kind word ("松阴溪" + "绿道"), or where the two or three characters before
it name a water or a hill ("江", "河", "溪", "湖", "山") and are no common word.

Not a name: a city's or a county's greenways ("杭州市绿道": the network of a unit), a
country's, a kind of greenway ("城市绿道", "健身步道": a common word), nor one that says
where it runs ("滨江绿道", "环湖绿道", "沿河步道": along the water, no name).
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import replace_holding
from storywire.stages.ner.gazetteer import country_names
from storywire.stages.ner.word_frequency import zipf

_KIND = re.compile("绿道|步道")
_WATER_ENDS = frozenset("江河溪湖山")
# The first character of a greenway that says where it runs, not which: "滨江", "环湖", "沿河".
_ALONG = frozenset("滨沿环临绕近傍")
_UNIT_ENDS = ("省", "市", "县", "区", "州", "镇", "乡", "村")
_BEFORE = frozenset("，。；：！？、“”「」（）《》\n 的了在于到至从往和与及同跟对向由是为沿经")
_NOT_IN_NAME = frozenset("的在是了和与及一二三四五六七八九十两几多各该这那其每此某条段座全本新老大小")
_WORD_ZIPF = 3.0


def _mention(text: str, start: int, end: int) -> Mention:
    return Mention(start, end, text[start:end], "LOC", model="rules:zh", confidence=0.6)


def _named(text: str, at: int, place_ends: set[int]) -> int | None:
    """The start of the water's or hill's name before the kind word at `at`, or None."""
    for size in (3, 2):
        start = at - size
        name = text[max(start, 0) : at]
        if start < 0 or not all("\u4e00" <= ch <= "\u9fff" and ch not in _NOT_IN_NAME for ch in name):
            continue
        if not (start == 0 or text[start - 1] in _BEFORE or start in place_ends):
            continue
        if name[-1] in _WATER_ENDS and name[0] not in _ALONG and zipf(name, "zh") < _WORD_ZIPF:
            return start
    return None


def greenways(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with each named greenway or trail read as one place with its kind word."""
    if _KIND.search(text) is None:
        return mentions
    out = list(mentions)
    countries = country_names("zh")
    for hit in _KIND.finditer(text):
        at = hit.start()
        before = next((m for m in out if m.type == "LOC" and m.end == at), None)
        if before is not None:
            if before.text.endswith(_UNIT_ENDS) or before.text in countries:
                continue  # "杭州市绿道": the city's greenways, no greenway's name
            start: int | None = before.start
        else:
            start = _named(text, at, {m.end for m in out if m.type == "LOC"})
        if start is None:
            continue
        out = replace_holding(out, _mention(text, start, hit.end()), holds=("LOC",))
    return out
