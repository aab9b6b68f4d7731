"""Chinese villages and towns named again without their unit.

Local news names a village once with its unit ("石门村", "大洋镇") and then by its name alone
("石门的青梅", "回到大洋，"), as people there speak of it.  The bare name is a place wherever
the article repeats it, when it is no word of its own (two-character village names are often
words: "新华", "和平", "石门" would be read in every text) and it stands where a name opens and
ends: after punctuation, a particle or a preposition, and before one, not inside a longer
name ("石门果业" is the firm's, read before this pass by `chinese_firm_names`).

An area of a district is named right after it where an event is held there ("XX区YY举行"):
`district_areas` reads it, the chain giving one place per level.

Each paragraph is read alone, so this runs over the whole article
(`chinese_ports.repeated_places`), after the firms' short names.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.word_frequency import zipf

_UNITS = ("村", "镇")
_NAME_SIZE = 2
# Before and after a bare name: punctuation, a particle, a preposition or a verb's end.
_BEFORE = frozenset("，。；：！？、“”「」（）《》\n 的了在于到至从往回去来自和与及同跟对向由是为")
_AFTER = frozenset("，。；：！？、“”「」（）《》\n 的了在是和与及也都人")


def _mention(text: str, start: int, end: int) -> Mention:
    return Mention(start, end, text[start:end], "LOC", model="rules:zh", confidence=0.6)


def bare_villages(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with each village or town the article names with its unit also read where
    its name stands alone and no mention does."""
    names = {
        m.text[:-1]
        for m in mentions
        if m.type == "LOC"
        and len(m.text) == _NAME_SIZE + 1
        and m.text.endswith(_UNITS)
        and all("\u4e00" <= ch <= "\u9fff" for ch in m.text[:-1])
        and zipf(m.text[:-1], "zh") == 0
    }
    out = list(mentions)
    for name in sorted(names):
        for hit in re.finditer(re.escape(name), text):
            start, end = hit.span()
            if start > 0 and text[start - 1] not in _BEFORE:
                continue
            if end < len(text) and text[end] not in _AFTER:
                continue  # "石门村" itself, "石门果业", or the name opening a longer word
            if any(o.start < end and start < o.end for o in out):
                continue
            out = sorted([*out, _mention(text, start, end)], key=lambda m: (m.start, m.end))
    return out


# A town's or village's party committee ("大洋镇党委书记"), where the town is read only by the
# article pass (its name a word: "新华镇"), so the per-paragraph bodies (`chinese_suffixes`)
# did not see it.
_COMMITTEES = ("党工委", "党委")


def town_committees(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with a town's place and its party committee after it made one ORG."""
    out = list(mentions)
    for m in mentions:
        if m.type != "LOC" or not m.text.endswith(("镇", "乡", "村")):
            continue
        word = next((w for w in _COMMITTEES if text.startswith(w, m.end)), None)
        end = m.end + len(word) if word else m.end
        if word is None or any(o.start < end and m.end <= o.start for o in out):
            continue
        body = Mention(m.start, end, text[m.start : end], "ORG", model="rules:zh", confidence=0.6)
        out = sorted([o for o in out if o is not m] + [body], key=lambda o: (o.start, o.end))
    return out


# A district or county named right after its city or province ("XX市仁和区", "XX省盐边县"): the
# chain gives one place per level, and the unit before it vouches for a two-character name no
# gazetteer holds.  A kind of district ("城区", "新区", "高新区", "开发区") is a common word, and
# a unit opening a word with what follows ("区域", "县城") is no unit.
_PARENT_ENDS = ("市", "省", "州")
_CHAIN_UNITS = frozenset("区县")
_CHAIN_WORD_ZIPF = 3.0
_NOT_IN_CHAIN = frozenset(
    "的在是了对将已也并向今一二三四五六七八九十百千万两几各该这那其每此某个全本新老城市省县区镇乡村内外"
)


def chained_districts(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with the two-character district or county right after a city or province
    read as a place, where nothing is read there yet."""
    out = list(mentions)
    for parent in mentions:
        if parent.type != "LOC" or not parent.text.endswith(_PARENT_ENDS):
            continue
        start, end = parent.end, parent.end + _NAME_SIZE + 1
        name, unit = text[start : end - 1], text[end - 1 : end]
        if unit not in _CHAIN_UNITS or len(name) < _NAME_SIZE:
            continue
        if not all("\u4e00" <= ch <= "\u9fff" and ch not in _NOT_IN_CHAIN for ch in name) or name[0] in "和与及":
            continue  # ("仁和区" holds "和"; "市和东区" joins two places)
        if zipf(name + unit, "zh") >= _CHAIN_WORD_ZIPF or zipf(text[end - 1 : end + 1], "zh") >= _CHAIN_WORD_ZIPF:
            continue
        if any(o.start < end and start < o.end for o in out):
            continue
        out = sorted([*out, _mention(text, start, end)], key=lambda m: (m.start, m.end))
    return out


# A quarter or an area of a district named right after it, where an event is held ("XX区|YY举行",
# "XX区|YY一带"): the chain gives one place per level, and the event's verb closes a name no
# gazetteer holds.  Only a name that is no word ("XX区|政府", "XX区|居民" are the district's).
_AREA_PARENT_ENDS = ("区", "县")
_AREA_AFTER = re.compile(r"举行|举办|召开|开幕|开展|一带|附近|片区")


def district_areas(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with the two-character area right after a district or county, before an
    event's verb or a word of an area, read as a place."""
    out = list(mentions)
    for parent in mentions:
        if parent.type != "LOC" or not parent.text.endswith(_AREA_PARENT_ENDS):
            continue
        start, end = parent.end, parent.end + _NAME_SIZE
        name = text[start:end]
        if len(name) < _NAME_SIZE or _AREA_AFTER.match(text, end) is None:
            continue
        if not all("\u4e00" <= ch <= "\u9fff" and ch not in _NOT_IN_CHAIN for ch in name) or zipf(name, "zh") > 0:
            continue
        if any(o.start < end and start < o.end for o in out):
            continue
        out = sorted([*out, _mention(text, start, end)], key=lambda m: (m.start, m.end))
    return out
