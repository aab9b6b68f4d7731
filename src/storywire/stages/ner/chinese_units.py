"""Chinese counties, districts, towns and villages named with their unit and read by no list.

Regional news names the small places of a county by a name and its unit ("遂昌县", "莲都区",
"大东坝镇", "杨家堂村"; a county-level city after its prefecture, "XX市|YY市"); no gazetteer
holds most of them, and where one holds the bare name as another place ("界首", a city
elsewhere) the unit shows which is meant.  The unit stays in
the span, as the guidelines keep "县", "区", "镇" and "村" in a place chain.

A name of two or three characters reads as one where
* it opens after punctuation, a particle, a preposition or a verb of going ("抵达", "经过"),
  or right after a place (a chain: "XX市" + "XX区");
* it is no common word, nor does its last character make one with the unit ("小镇", "山区",
  "社区", "农村"), nor the unit with what follows ("县城", "区域", "村民"): those say what
  sort of place it is, not which;
* it holds no particle, numeral or determiner ("该县", "各区", "两村");
* a district's name of two characters may be a word of a shore or a side, less common than
  the bar of a kind ("到滨江区", "城东区"): the district is then named after a word of going.

A new place replaces the shorter places it holds ("界首" -> "界首村") and yields to any other
mention it crosses (a body that names the place: "松阳县人民政府").
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import replace_holding
from storywire.stages.ner.word_frequency import zipf

_UNIT = re.compile("[县区镇乡村市]")
_WORD_ZIPF = 3.0
_UNITS = frozenset("省市县区镇乡村")
_DISTRICT_BEFORE = frozenset("与和及同跟向至到往达经过")
# A three-character name may open with a surname's clan ("杨家堂"), a word of its own.
_PHRASE_ZIPF = 4.0
# Where a name opens: punctuation, a particle, a preposition, or the last character of a verb
# of going or joining ("抵达", "经过", "串联起", "延伸至").
_BEFORE = frozenset("，。；：！？、“”「」（）《》\n 的了在于到至从往回去来自和与及同跟对向由是为达过起经沿近")
_NOT_IN_NAME = frozenset(
    "的在是了对将已也并向今和与及从到至于为被把由一二三四五六七八九十百千万两几多各该这那其每此某个全本"
    "据让给请自新老市省县区镇乡村内外年月日前后"
)


# A district named by a word of a shore or a side ("滨江区", "城东区", "河西区"): such words are
# common ("滨江" is "riverside"), but with "区" after a word of going they name the district.
_SHORE_CHARACTERS = frozenset("江河湖海滨东西南北")
_SHORE_WORD_ZIPF = 3.5


def _shore_district(name: str, unit: str) -> bool:
    return (
        unit == "区"
        and len(name) == 2
        and zipf(name, "zh") < _SHORE_WORD_ZIPF
        and any(ch in _SHORE_CHARACTERS for ch in name)
    )


def _mention(text: str, start: int, end: int) -> Mention:
    return Mention(start, end, text[start:end], "LOC", model="rules:zh", confidence=0.6)


def _name_at(text: str, at: int, place_ends: set[int], read: set[tuple[int, int]]) -> int | None:
    """The start of the place's name before the unit at `at`, or None (`read`: the places
    read, as spans)."""
    unit = text[at]
    after = text[at : at + 2]
    if len(after) == 2 and after[1] != "长" and zipf(after, "zh") >= _WORD_ZIPF:
        return None  # "县城", "区域", "村民": a word, no unit ("镇长" is the town's title)
    if len(after) == 2 and after[1] in _UNITS:
        return None  # "宁乡市": the character is the name's, another unit follows
    for size in (3, 2):
        start = at - size
        if start < 0:
            continue
        name = text[start:at]
        if not all("\u4e00" <= ch <= "\u9fff" for ch in name):
            continue
        opens = start == 0 or text[start - 1] in _BEFORE or start in place_ends
        if unit == "市" and start not in place_ends:
            # a county-level city is read in a chain only ("宜春市|XX市"): alone, "市" ends too
            # many words ("超市", "夜市", "车市") for the word bar to sort them
            opens = False
        if unit == "区" and start not in place_ends and (start == 0 or text[start - 1] not in _DISTRICT_BEFORE):
            # "“粉雪区看着…”", "在戏雪区玩": an area of a kind; a district is named in a chain,
            # or beside another place, or where one goes ("与XX区", "向XX区")
            opens = False
        if not opens:
            continue
        if any(ch in _NOT_IN_NAME for ch in name) or name[0] == "城":
            continue  # "城中村", "城郊乡": a part of a town ("柯城区" holds it after its first)
        if zipf(name + unit, "zh") >= _WORD_ZIPF:
            continue  # "开发区", "保护区", "度假村": a kind of place
        if zipf(name, "zh") >= _WORD_ZIPF and not _shore_district(name, unit):
            continue  # a word before the unit says what the place is, not which
        if zipf(name[-1] + unit, "zh") >= _WORD_ZIPF:
            continue  # "特色小镇", "城中村": the last character and the unit make the word
        if size == 3 and (
            (at - 2, at) in read
            or zipf(name[:2], "zh") >= _PHRASE_ZIPF
            or zipf(text[start - 1 : start + 1], "zh") >= _WORD_ZIPF
        ):
            continue  # "据|松阳县": a place read in the last two; a phrase ("推进新镇"), or a word across the start
        return start
    return None


def unit_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with each county, district, town or village its unit names added."""
    if _UNIT.search(text) is None:
        return mentions
    out = list(mentions)
    for hit in _UNIT.finditer(text):
        at = hit.start()
        if any(m.start <= at < m.end for m in out):
            continue  # the unit is read already, with its place ("拿骚县") or inside a body
        places = {(m.start, m.end) for m in out if m.type == "LOC"}
        # a chain opens after a unit of a level above ("XX市|YY区"), not after a continent
        # or a region ("非洲|半干旱区": a climate zone)
        chain = {end for _, end in places if text[end - 1] in "省市县州"}
        start = _name_at(text, at, chain, places)
        if start is None:
            continue
        out = replace_holding(out, _mention(text, start, at + 1), holds=("LOC",))
    return out
