"""Chinese wine-region news: a mountain's foot named as a producing region, wineries by their
kind word, places of a list "一带", and a county's bureau in a paragraph that does not say it is one.

* A mountain's foot the article calls a producing region ("X山东麓产区") is the region's name
  wherever the article writes it ("X山东麓迎来采收季"), the kind word 产区 out (as 地区); a foot
  named only as a position ("霍山南麓的广胜寺") stays the mountain (`chinese_heritage`).  A body
  read from inside the foot ("山东麓葡萄酒产区协会": 山东 is a province) opens at the mountain.
* A winery by its kind word ("XX酒庄"): a place where something happens there, after a
  preposition of place ("在XX酒庄开幕"), and the firm elsewhere ("XX酒庄庄主"), as the
  guidelines settle for parks, wineries and prisons; only a name that is no word, after an edge.
* A place in a list that ends with "一带" ("在XX酒庄和YY一带"): the item after "和"/"与"/"、".
* A county the article names in another paragraph (`chinese_labour.repeated_units`) opens its
  own bureau ("XX县文化旅游广电局"): one body, as the paragraph that names the county reads it.

Each pass looks only where its trigger (麓产区, 酒庄, 一带, a county spread) occurs.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.word_frequency import zipf

_FOOT_REGION = "麓产区"
_DIRECTIONS = frozenset("东南西北")


def _loc(text: str, start: int, end: int, etype: str = "LOC") -> Mention:
    return Mention(start, end, text[start:end], etype, model="rules:zh", confidence=0.6)  # type: ignore[arg-type]


def foot_regions(text: str, mentions: list[Mention]) -> list[Mention]:
    """For the whole article: "X山东麓" a region where one paragraph says "X山东麓产区"."""
    if _FOOT_REGION not in text:
        return mentions
    mountains = {m.text for m in mentions if m.type == "LOC" and m.text.endswith("山") and len(m.text) >= 2}
    regions = set()
    for name in mountains:
        for hit in re.finditer(re.escape(name) + r"[东南西北]" + _FOOT_REGION, text):
            regions.add(hit.group()[:-2])
    # "兰山东麓" of a mountain read short ("兰山") is the longer region's tail, no region of its own
    regions = {r for r in regions if not any(o != r and o.endswith(r) for o in regions)}
    out = list(mentions)
    for region in sorted(regions, key=len, reverse=True):
        for hit in re.finditer(re.escape(region), text):
            out = _put_region(text, out, hit.start(), hit.end())
    return sorted(out, key=lambda m: (m.start, m.end))


def _put_region(text: str, out: list[Mention], start: int, end: int) -> list[Mention]:
    kept: list[Mention] = []
    covered = False
    for m in out:
        if m.end <= start or m.start >= end:
            kept.append(m)
        elif m.type == "ORG" and m.start <= start and m.end >= end:
            covered = True  # a body that holds the region ("X山东麓葡萄酒产区协会")
            kept.append(m)
        elif m.type == "ORG" and start < m.start < end < m.end:
            covered = True  # read from inside the foot: the body opens at the mountain
            kept.append(Mention(start, m.end, text[start : m.end], "ORG", model=m.model, confidence=m.confidence))
        elif m.type == "ORG":
            kept.append(m)
        # a place read across the foot's parts ("兰山", "麓产区", the bare mountain) gives way
    if not covered:
        kept.append(_loc(text, start, end))
    return kept


# What stands before a winery's or a listed place's name: an edge, a particle, "and".
_EDGE = frozenset("的在于到赴和与及、，。；：！？（）“”「」《》 \n")
_PLACE_PREPOSITIONS = ("在", "到", "赴", "于", "走进", "来到")
# Characters of a counted or pointed-at winery ("14家酒庄", "哪家酒庄", "小酒庄"), no name.
_NOT_IN_NAME = frozenset("家个座所各该这那哪小大新老多些几每本其某两数的了是和与在")


_UNITS = frozenset("省市县区镇乡村州")  # "XX县酒庄": the county's wineries, no name


def _name_ok(name: str) -> bool:
    return all("\u4e00" <= ch <= "\u9fff" and ch not in _NOT_IN_NAME for ch in name) and zipf(name, "zh") == 0


def wineries(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with "XX酒庄" wineries: a place after a preposition of place, else the firm."""
    if "酒庄" not in text:
        return mentions
    out = list(mentions)
    for hit in re.finditer("酒庄", text):
        end = hit.end()
        for size in (2, 3):
            start = hit.start() - size
            name = text[start : hit.start()]
            if start < 0 or not _name_ok(name) or name[-1] in _UNITS:
                continue
            if start > 0 and text[start - 1] not in _EDGE:
                continue
            if any(m.start < end and start < m.end for m in out):
                break
            place = text[:start].endswith(_PLACE_PREPOSITIONS)
            out.append(_loc(text, start, end, "LOC" if place else "ORG"))
            break
    return sorted(out, key=lambda m: (m.start, m.end))


_AREA = re.compile(r"(?<=[和与、])([\u4e00-\u9fff]{2,3}?)一带")


def listed_areas(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with the place a list closes with "一带" ("在XX酒庄和YY一带")."""
    if "一带" not in text:
        return mentions
    out = list(mentions)
    for hit in _AREA.finditer(text):
        start, end = hit.span(1)
        if not _name_ok(hit.group(1)) or any(m.start < end and start < m.end for m in out):
            continue
        if any(m.end == start - 1 and m.type == "LOC" for m in out):  # the list's first item: "在XX酒庄和"
            out.append(_loc(text, start, end))
    return sorted(out, key=lambda m: (m.start, m.end))


def county_bureaus(text: str, before: list[Mention], spread: list[Mention]) -> list[Mention]:
    """`spread` (the article's units spread over its paragraphs) with the bureaus that open
    at a county or a district spread there ("XX县文化旅游广电局", "XX区消防救援大队"), read as
    the county's paragraph reads them."""
    known = {(m.start, m.end) for m in before}
    # a district's bodies as a county's ("XX区消防救援大队" after a verb, the district read elsewhere)
    counties = [m for m in spread if (m.start, m.end) not in known and m.text.endswith(("县", "区"))]
    if not counties:
        return spread
    from storywire.stages.ner import chinese_suffixes  # a cycle at import time otherwise

    starts = {m.start for m in counties}
    bodies = [
        m
        for m in chinese_suffixes.place_bodies(text, spread)
        if m.type == "ORG" and m.start in starts and (m.start, m.end) not in {(s.start, s.end) for s in spread}
    ]
    out = [m for m in spread if not any(b.start <= m.start and m.end <= b.end for b in bodies)]
    return sorted([*out, *bodies], key=lambda m: (m.start, m.end))
