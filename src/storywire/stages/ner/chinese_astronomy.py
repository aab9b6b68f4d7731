"""Chinese observatories, planetariums and school clubs.

Astronomy news names its bodies in shapes the suffix rules do not read, and its names are
often mountains whose tail the gazetteer takes for a town ("紫金山" holds "金山"):

* an observatory by its own name and "天文台" ("XX山天文台", "云南天文台"): a research body,
  one ORG like an institute; an academy named right before it is its parent and one ORG with
  it ("中国科学院XX天文台"), as an academy's institute is;
* a planetarium, "天文馆"/"天象馆", named with its town and a field ("XX青少年天文馆"): a
  museum, so a place where something happens after "在" (also "在位于...的"), a body that acts
  elsewhere (`consistency.TYPED_BY_CONTEXT`: each mention keeps its sentence's type);
* a school's club named after the school ("XX中学天文社", "XX大学摄影协会"): one ORG, as a
  department with its university is.
"""

from __future__ import annotations

import re

from storywire.model import EntityType, Mention
from storywire.stages.ner.claimed_spans import replace_holding
from storywire.stages.ner.gazetteer import country_names
from storywire.stages.ner.word_frequency import zipf

# What stands before a name that no name opens: punctuation, a preposition, a particle.
_BEFORE = frozenset("，。；：！？、“”「」（）《》\n 在于到至从往赴自与和同及跟对向据由被把让给的了是为")
# Characters a name never holds: particles, determiners, measure words ("这座天文台").
_NOT_IN_NAME = frozenset(
    "的在和是了对将已也并向举召今昨一两几各该这那其每此某个位名些家座所还又再就被把从给让为于说称与及支只"
)
_NAME_ZIPF = 4.0  # a name this common as a word is a kind ("业余天文台", "私人天文台")

_OBSERVATORY = "天文台"
# Parents an observatory is named after ("中国科学院XX天文台").
_ACADEMIES = ("科学院", "大学")
_PLANETARIUM = re.compile(r"天文馆|天象馆")
_MAX_FIELD = 5  # "青少年", "科技": what the planetarium is for, between its town and its kind
# "在XX天文馆", "在位于XX区XX路的XX天文馆": where something happens.
_AT = re.compile(r"[在于](?:位于[^，。；！？]{1,14}?的)?$")

# A school, then what its club does and the club's word.
_SCHOOLS = ("中学", "小学", "大学", "学院", "学校")
_CLUB = re.compile(r"([\u4e00-\u9fff]{2,4}?)(社|协会|俱乐部)")
_CLUB_WORD_ZIPF = 3.5  # "社会", "社区", "社交": the club's word runs into another word


def _clean(name: str) -> bool:
    return bool(name) and all("\u4e00" <= ch <= "\u9fff" and ch not in _NOT_IN_NAME for ch in name)


def _mention(text: str, start: int, end: int, etype: EntityType = "ORG", model: str = "rules:zh") -> Mention:
    return Mention(start, end, text[start:end], etype, model=model, confidence=0.6)


def astronomy(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with observatories, planetariums and schools' clubs added, each in place of
    the mentions it holds.  Each pass runs only where its trigger occurs."""
    out = mentions
    if _OBSERVATORY in text:
        out = _observatories(text, out)
    if "天文馆" in text or "天象馆" in text:
        out = _planetariums(text, out)
    if "社" in text or "协会" in text or "俱乐部" in text:
        out = _school_clubs(text, out)
    return out


def _name_start(text: str, at: int, mentions: list[Mention]) -> int | None:
    """Where an own name of two to four characters ending at `at` opens, shortest first: after
    punctuation, a particle or another mention's end; rare as a word."""
    ends = {m.end for m in mentions}
    for size in (2, 3, 4):
        start = at - size
        name = text[start:at]
        if start < 0 or not _clean(name):
            return None
        if zipf(name, "zh") >= _NAME_ZIPF:
            continue
        if start == 0 or text[start - 1] in _BEFORE or start in ends:
            return start
    return None


def _opens(text: str, m: Mention, mentions: list[Mention]) -> bool:
    return m.start == 0 or text[m.start - 1] in _BEFORE or any(o.end == m.start for o in mentions)


def _observatories(text: str, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    for hit in re.finditer(_OBSERVATORY, text):
        if any(m.start < hit.start() < m.end or (m.start < hit.end() and m.end == hit.end()) for m in out):
            continue  # a listed observatory ("国家天文台") or one read with its academy already
        start = _name_start(text, hit.start(), out)
        # a town's or province's observatory is named by it ("云南天文台", a name too common for
        # the name's bar); a country's are a kind; a place read in a word's tail ("紫金山") no name
        place = next((m for m in out if m.end == hit.start() and m.type == "LOC"), None)
        if start is None and place is not None and place.text not in country_names("zh") and _opens(text, place, out):
            start = place.start
        if start is None:
            continue
        parent = next(
            (m for m in out if m.end == start and m.type == "ORG" and m.text.endswith(_ACADEMIES)),
            None,
        )
        out = replace_holding(out, _mention(text, parent.start if parent else start, hit.end()))
    return out


def _planetariums(text: str, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    places = {m.end: m for m in mentions if m.type == "LOC"}
    for hit in _PLANETARIUM.finditer(text):
        start = None
        for n in range(_MAX_FIELD + 1):
            place = places.get(hit.start() - n)
            field = text[hit.start() - n : hit.start()]
            if place is not None and (not field or _clean(field)):
                start = place.start
                break
        if start is None:
            start = _name_start(text, hit.start(), out)
        if start is None:
            continue
        etype: EntityType = "LOC" if _AT.search(text, 0, start) else "ORG"
        out = replace_holding(out, _mention(text, start, hit.end(), etype, model="acting-site"))
    return out


def _school_clubs(text: str, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    for school in mentions:
        if school.type != "ORG" or not school.text.endswith(_SCHOOLS):
            continue
        hit = _CLUB.match(text, school.end)
        if hit is None or not _clean(hit.group(1)):
            continue
        after = text[hit.end() : hit.end() + 1]
        if after and zipf(hit.group(2)[-1] + after, "zh") >= _CLUB_WORD_ZIPF:
            continue
        out = replace_holding(out, _mention(text, school.start, hit.end()))
    return out
