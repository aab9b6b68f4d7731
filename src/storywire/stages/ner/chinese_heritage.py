"""Chinese heritage news: temples and the halls and pagodas inside them, mountains by their
foot, and museums where a work is kept.

* A structure of a temple after the temple ("开元寺镇国塔", "关帝庙崇宁殿"): the guidelines
  make them two places (the temple, then the pagoda or hall), each with its kind word.
* The upper and lower temples of a temple the text names ("X寺" ... "X上寺", "X下寺"): one
  place each, as the temple is one; "上"/"下" inside a name stops the general temple rule.
* A temple of a god by the god's one-character name ("火神庙", "龙王庙" is a word): "神庙"
  alone is a kind ("古老的神庙"), so only after a clause's edge or a particle.
* A temple or structure the text names once is a place wherever it names it again
  ("XX寺飞来塔修缮 ... 飞来塔"; for the whole article `repeated_sites`, from
  `chinese_ports.repeated_places`), and a head doubled by a word of position ("XX塔塔内") is the
  place and "塔内", not a longer name.
* A mountain by its foot ("泰山南麓", "华山北麓"): the mountain, not the place the gazetteer
  reads across its end ("山南" is a prefecture in Tibet).
* A museum where a work is kept ("现藏于美国XX艺术博物馆和XX大学博物馆"): a place (LOC), as the
  guidelines settle for a museum where something is kept or shown; an item after "和"/"、"
  of the same list too.  Elsewhere a museum acts and `chinese_venues` reads it as a body.

Each pass looks only where its trigger character occurs, so an article without temples or
museums costs a substring test.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.gazetteer import country_names
from storywire.stages.ner.word_frequency import zipf

_TEMPLE_ENDS = ("寺", "庙", "宫", "观", "庵")
_STRUCTURE_HEADS = "塔殿阁楼亭"
# A structure's name: two to three characters, no particle, numeral or word of position.
_STRUCTURE = re.compile(rf"([\u4e00-\u9fff]{{2,3}}?)([{_STRUCTURE_HEADS}])")
_NOT_IN_NAME = frozenset(
    "的在和是了对将已也并向从被把为以这那其每此某个一二三四五六七八九十百千万两几各该座所栋层上下内外中前后里等与及或"
)
# A name this common is a word before the head ("大雄宝殿" aside, "钟楼", "主殿" are kinds).
_NAME_ZIPF = 4.0
_KINDS_OF_STRUCTURE = frozenset({"大雄宝", "大雄", "天王", "观音", "藏经", "钟鼓", "钟", "鼓", "主", "正", "偏", "配"})
_PARTS = "上下中"
_EDGE = frozenset("，。；：！？、“”「」（）《》\n 的在于到至从往赴自和与及同跟对向由经近把被将给为是了")
_GOD = re.compile(r"([\u4e00-\u9fff])神庙")
_NOT_GOD = frozenset("的座个所间处古老大小新旧此这那该其各")
_FOOT = re.compile(r"([\u4e00-\u9fff]{1,2}山)[东南西北]麓")
_KEPT = re.compile(r"(?:收藏|珍藏|陈列|保存|展出|现藏|馆藏|藏)(?:于|在)")
_MUSEUM_HEADS = ("艺术博物馆", "博物馆", "博物院", "美术馆", "艺术馆")
_MUSEUM = re.compile(r"[\u4e00-\u9fff\-‐–·・]{2,14}?(?:艺术博物馆|博物馆|博物院|美术馆|艺术馆)")
_LIST_JOINS = frozenset("和、及与")


def _mention(text: str, start: int, end: int) -> Mention:
    return Mention(start, end, text[start:end], "LOC", model="rules:zh", confidence=0.6)


def _put(out: list[Mention], new: Mention, *, over_places: bool = False) -> list[Mention]:
    """`out` with `new`; it replaces places it overlaps where `over_places` (a place read
    across its edge) and otherwise only fills a gap."""
    overlaps = [o for o in out if o.start < new.end and new.start < o.end]
    if overlaps and not (over_places and all(o.type == "LOC" for o in overlaps)):
        return out
    kept = [o for o in out if o.end <= new.start or o.start >= new.end]
    return sorted([*kept, new], key=lambda m: (m.start, m.end))


def heritage(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with temples' structures and parts, gods' temples, mountains by their foot
    and museums where works are kept; places of a temple named again."""
    out = mentions
    if any(h in text for h in _TEMPLE_ENDS):
        out = _god_temples(text, out)
        out = _structures(text, out)
        out = _temple_parts(text, out)
    if "麓" in text:
        out = _mountain_feet(text, out)
    if "馆" in text or "院" in text:
        out = _kept_museums(text, out)
    if any(h in text for h in _STRUCTURE_HEADS) or any(h in text for h in _TEMPLE_ENDS):
        out = _named_again(text, out)
    return out


def _name_ok(name: str) -> bool:
    return (
        all(ch not in _NOT_IN_NAME for ch in name)
        and zipf(name, "zh") < _NAME_ZIPF
        and name not in _KINDS_OF_STRUCTURE
        and name[-1] not in "宝"
    )


def _structures(text: str, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    for m in mentions:
        if m.type != "LOC" or not m.text.endswith(_TEMPLE_ENDS):
            continue
        hit = _STRUCTURE.match(text, m.end)
        if hit is None or not _name_ok(hit.group(1)):
            continue
        end = hit.end()
        if zipf(text[end - 1 : end + 1], "zh") >= 3.5 and text[end : end + 1] != hit.group(2):
            continue  # "塔楼", "殿堂": the head opens a word
        if zipf(hit.group(0), "zh") > 0:
            continue  # a kind the word list holds
        out = _put(out, _mention(text, m.end, end), over_places=True)
    return out


def _temple_parts(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "X上寺", "X下寺" where the text names "X寺"."""
    out = list(mentions)
    stems = {m.text[:-1] for m in mentions if m.text.endswith(_TEMPLE_ENDS) and len(m.text) >= 3}
    for stem in stems:
        for hit in re.finditer(rf"{re.escape(stem)}[{_PARTS}][寺庙观宫]", text):
            out = _put(out, _mention(text, hit.start(), hit.end()), over_places=True)
    return out


def _god_temples(text: str, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    ends = {m.end for m in mentions}
    for hit in _GOD.finditer(text):
        start = hit.start()
        if hit.group(1) in _NOT_GOD or hit.group(1) in _NOT_IN_NAME:
            continue
        if start > 0 and text[start - 1] not in _EDGE and start not in ends:
            continue  # "一座古神庙": a word runs into it
        out = _put(out, _mention(text, start, hit.end()), over_places=True)
    return out


def _mountain_feet(text: str, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    ends = {m.end for m in mentions}
    for hit in _FOOT.finditer(text):
        start, end = hit.span(1)
        if len(hit.group(1)) == 3 and start > 0 and text[start - 1] not in _EDGE and start not in ends:
            start += 1  # "县X山": one character of the name only after an edge
        name = text[start:end]
        if any(ch in _NOT_IN_NAME for ch in name) or zipf(name, "zh") >= _NAME_ZIPF:
            continue  # "上山", "下山": a verb, no mountain
        if len(name) == 3 and zipf(name[:2], "zh") >= _NAME_ZIPF:
            start += 1
            name = text[start:end]
            if zipf(name, "zh") >= _NAME_ZIPF:
                continue
        out = _put(out, _mention(text, start, end), over_places=True)
    return out


def _kept_museums(text: str, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    countries = country_names("zh")
    for kept in _KEPT.finditer(text):
        at = kept.end()
        while True:
            # "藏于美国X博物馆": the country stays a place of its own before the museum
            country = next((n for n in (4, 3, 2) if text[at : at + n] in countries), 0)
            hit = _MUSEUM.match(text, at + country)
            if hit is None or any(ch in "的在是了" for ch in hit.group()):
                break
            out = [o for o in out if not (o.start < hit.end() and at - 1 <= o.start)]
            if country:
                out = _put(out, _mention(text, at, at + country))
            out = _put(out, _mention(text, hit.start(), hit.end()))
            if text[hit.end() : hit.end() + 1] not in _LIST_JOINS:
                break
            at = hit.end() + 1
    return out


def _named_again(text: str, mentions: list[Mention]) -> list[Mention]:
    """A temple's or a structure's name found once, at its other places in the text; a head
    doubled before a word of position trimmed ("XX塔塔内")."""
    out: list[Mention] = []
    for m in mentions:
        if (
            m.type == "LOC"
            and len(m.text) >= 4
            and m.text[-1] == m.text[-2]
            and m.text[-1] in _STRUCTURE_HEADS + "".join(_TEMPLE_ENDS)
        ):
            m = _mention(text, m.start, m.end - 1)
        out.append(m)
    return repeated_sites(text, out)


def repeated_sites(text: str, mentions: list[Mention]) -> list[Mention]:
    """A temple's or a structure's name found once is a place where the text names it again
    and no mention is (each paragraph is read alone: a headline's "XX寺XX塔" has no cue)."""
    out = list(mentions)
    names = {
        m.text
        for m in out
        if m.type == "LOC"
        and m.model == "rules:zh"
        and len(m.text) >= 3
        and m.text[-1] in _STRUCTURE_HEADS + "".join(_TEMPLE_ENDS)
    }
    for name in sorted(names, key=len, reverse=True):
        for hit in re.finditer(re.escape(name), text):
            out = _put(out, _mention(text, hit.start(), hit.end()))
    return out
