"""Chinese mountain news: ski resorts named with their county, and rescue teams.

* A ski resort written after its county or city ("XX县YY滑雪场", "XX市YY滑雪度假区") is two
  places: the administrative unit and the resort's own name with its kind word, as a hotel
  keeps its town apart from the place it is named after.  A mountain before the resort
  ("长白山YY滑雪场") is no unit and stays inside; a unit with no name after it ("XX县滑雪场")
  is the county's resort, one place.
* A mountain after its county ("通山县YY山") or with its foot or top after it ("在YY山脚下")
  is a place; the rules read a mountain's name of two or three characters nowhere else.
* A rescue team of a place ("XX县山地救援队", "XX市应急救援队", "XX镇搜救队") is one ORG with
  its place, as "XX县人民政府" is: the team acts, rescues and signs agreements.  The national
  volunteer teams news names with no place ("蓝天救援队") are listed.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import replace_holding
from storywire.stages.ner.word_frequency import zipf

# Kinds of ski resort, longest first.
_RESORT = re.compile(r"滑雪度假区|滑雪度假村|滑雪旅游度假区|滑雪场|滑雪中心")
# The suffixes of an administrative unit that opens a resort's name ("XX县", "XX市").
_UNIT_ENDS = frozenset("省市县区旗州镇乡")
_MIN_NAME = 2  # the resort's own name between the unit and its kind
_UNIT_SIZES = (2, 3, 4)  # a unit's name and its suffix ("抚X县", "XX自治县" is longer: left whole)

# A rescue team's kind, after its place and a field of up to four characters ("山地", "应急").
_RESCUE = re.compile(r"(?:救援|搜救|救护|搜索救援)(?:大队|中队|支队|队)")
_MAX_FIELD = 4
# What a field never holds: particles, prepositions, numerals, determiners ("XX县的救援队").
_NOT_IN_FIELD = frozenset("的了在和与及是对将已也并向从被把为以一二三四五六七八九十两支名该这那其各此某等")
# National volunteer rescue teams, named with no place (general knowledge).
_NATIONAL_TEAMS = ("蓝天救援队", "公羊救援队")


# A mountain's name (one or two characters and "山") read where its county stands right before
# it ("XX县YY山") or where one stands at its foot or top ("在YY山脚下"); a name as common as a
# word is a kind of hill ("高山", "深山", "上山"), and "山" before a word of a unit or a street
# opens another name ("YY山村", "YY山路").
_MOUNTAIN = re.compile(r"[\u4e00-\u9fff]{1,2}山(?![区村镇乡路街庄口东西南北市县])")
_FOOT = re.compile(r"(?<=[在到登于])(?P<name>[\u4e00-\u9fff]{1,2}山)(?=脚下|山脚|山顶|山麓|山腰|之巅|顶上)")
_MOUNTAIN_ZIPF = 3.0
# ... and no particle nor pronoun in it; numerals name mountains ("九华山", "五指山")
_NOT_IN_MOUNTAIN = frozenset("的了在和与及是对将已也并向从被把为以该这那其各此某等")
_COUNTY_ENDS = ("县", "区", "市", "镇", "乡")


def mountains(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with resorts parted from their county, rescue teams made bodies and
    mountains after their county or at their foot."""
    out = mentions
    if "山" in text:
        out = _mountains(text, out)
    if "滑雪" in text:
        out = _resorts(text, out)
    if "队" in text:
        out = _rescue_teams(text, out)
    return out


def _mountains(text: str, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    spans = [f.span("name") for f in _FOOT.finditer(text)]
    for m in mentions:
        if m.type == "LOC" and m.text.endswith(_COUNTY_ENDS):
            hit = _MOUNTAIN.match(text, m.end)
            spans += [hit.span()] if hit is not None else []
    for start, end in spans:
        name = text[start:end]
        if any(ch in _NOT_IN_MOUNTAIN for ch in name) or zipf(name, "zh") >= _MOUNTAIN_ZIPF:
            continue
        if any(o.start < end and start < o.end for o in out):
            continue  # read already, or inside a longer name
        out = sorted([*out, _loc(text, start, end)], key=lambda o: (o.start, o.end))
    return out


def _resorts(text: str, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    for m in mentions:
        kind = _RESORT.search(m.text)
        if m.type != "LOC" or kind is None or kind.end() != len(m.text):
            continue
        for size in _UNIT_SIZES:
            if m.text[size - 1] in _UNIT_ENDS and kind.start() - size >= _MIN_NAME:
                unit = _loc(text, m.start, m.start + size)
                resort = _loc(text, m.start + size, m.end)
                out = sorted([o for o in out if o is not m] + [unit, resort], key=lambda o: (o.start, o.end))
                break
    return out


def _rescue_teams(text: str, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    for hit in _RESCUE.finditer(text):
        national = next((n for n in _NATIONAL_TEAMS if text.startswith(n, hit.end() - len(n))), None)
        if national is not None:
            start: int | None = hit.end() - len(national)
        else:
            start = _place_before(text, hit.start(), out)
        if start is None:
            continue
        team = Mention(start, hit.end(), text[start : hit.end()], "ORG", model="rules:zh", confidence=0.6)
        out = replace_holding(out, team, holds=("LOC", "ORG"))
    return out


def _place_before(text: str, at: int, mentions: list[Mention]) -> int | None:
    """The start of the place ending a field of up to four characters before `at`."""
    places = {m.end: m for m in mentions if m.type == "LOC"}
    # a team's word near the paragraph's start: a negative start would slice from the end
    for n in range(min(_MAX_FIELD, at) + 1):
        field = text[at - n : at]
        if n and not ("\u4e00" <= field[0] <= "\u9fff" and field[0] not in _NOT_IN_FIELD):
            return None
        place = places.get(at - n)
        if place is not None:
            return place.start
    return None


def _loc(text: str, start: int, end: int) -> Mention:
    return Mention(start, end, text[start:end], "LOC", model="rules:zh", confidence=0.6)
