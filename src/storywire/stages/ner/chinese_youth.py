"""Chinese youth bodies, schools' short names and named teams.

School and youth news names its bodies in shapes the suffix rules do not read:

* the Communist Youth League, "共青团", alone or before a place and "委员会" or "委"
  ("共青团XX市委员会"), and a place's league committee "XX团市委" (a bare "团市委" refers back
  to one and is no name);
* a school's short name, a town, a number and "中" or "小" ("XX二中", "XX十四中"), where the
  town is a known place or one the text names with its unit ("XX区", "XX县");
* a team under its own or a sponsor's name before "战队" or a racing genre and "车队"
  ("XX机器人战队", "XX自行车队"), one ORG without the place before it;
* a campaign's quoted name ("“青春XX”行动") is no name, nor the place inside it.
"""

from __future__ import annotations

import functools
import re

from storywire.model import EntityType, Mention
from storywire.stages.ner.gazetteer import place_names
from storywire.stages.ner.word_frequency import zipf

# What stands before a name that no name opens: punctuation, a preposition, a particle.
_BEFORE = frozenset("，。；：！？、“”「」（）《》\n 在于到至从往赴自与和同及跟对向据由被把让给的了是为")
# Characters a name never holds: particles, determiners, measure words ("这支战队"); not "座",
# which ends the constellations teams are named after ("猎户座").
_NOT_IN_NAME = frozenset(
    "的在和是了对将已也并向举召今昨一两几各该这那其每此某个位名些家所还又再就被把从给让为于说称与及支只"
)

# The league, and what follows it in a committee's name.
_LEAGUE = "共青团"
_LEAGUE_MEMBER = frozenset("员")  # "共青团员": a member, no body
_COMMITTEE = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:委员会|委)")
_CENTRAL = ("中央委员会", "中央")
# A place's league committee after its name ("XX团市委"); the place is kept inside.
_LOCAL_COMMITTEE = re.compile(r"团(?:省|市|县|区)委")

# A school's short name: a number and "中" (middle school) or "小" (primary school), not a
# word going on ("三中全会" a plenum, "二中队" a squad, "二小时" hours).
_SCHOOL = re.compile(r"[一二三四五六七八九十]{1,3}[中小](?![学心央间部队全时组区国年])")
_UNITS = ("区", "县", "市")

# A team's word, and the genres that may stand between its name and the word.  "车队" alone is
# as often a convoy or motorcade ("运输车队"), so it needs a racing genre before it.
_TEAM = re.compile(r"战队|车队")
_GENRES = {
    "战队": ("机器人", "电子竞技", "电竞", "无人机", ""),
    "车队": ("方程式赛", "拉力赛", "卡丁", "自行", "摩托", "拉力", "赛"),
}
_NAME_SIZES = (2, 3, 4)
_NAME_ZIPF = 4.0  # a name this common as a word is a kind or a phrase ("整个战队")
# A team's standing or home before its word makes a kind of team ("职业战队": a pro team).
_KIND_OF_TEAM = ("职业", "业余")
_LOCAL = ("本地", "当地", "国内", "省内", "市内")


def _mention(text: str, start: int, end: int, etype: EntityType) -> Mention:
    return Mention(start, end, text[start:end], etype, model="rules:zh", confidence=0.6)


def _replace(out: list[Mention], new: Mention) -> list[Mention]:
    """`out` with `new` in place of the mentions it holds; unchanged where `new` cuts one."""
    if any(o.start < new.end and new.start < o.end and (o.start < new.start or o.end > new.end) for o in out):
        return out
    return sorted([o for o in out if o.end <= new.start or o.start >= new.end] + [new], key=lambda m: (m.start, m.end))


def _clean(name: str) -> bool:
    return all("\u4e00" <= ch <= "\u9fff" and ch not in _NOT_IN_NAME for ch in name)


def youth_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with league bodies, schools' short names and named teams added, each in
    place of the mentions it holds.  Each pass runs only where its trigger character occurs."""
    out = mentions
    if "团" in text:
        out = _league(text, out)
    if "”" in text:
        out = _without_campaign_places(text, out)
    return schools_and_teams(text, out)


# A campaign's quoted name before its word ("“青春XX”行动"): campaigns are no names, nor the
# places inside them.
_CAMPAIGN = re.compile(r"“([^“”]{3,10})”(?:专项行动|行动|计划|工程|战略)")


def _without_campaign_places(text: str, mentions: list[Mention]) -> list[Mention]:
    spans = [(hit.start(1), hit.end(1)) for hit in _CAMPAIGN.finditer(text)]
    return [
        m
        for m in mentions
        if not any(s <= m.start and m.end <= e and (m.start, m.end) != (s, e) and m.type == "LOC" for s, e in spans)
    ]


def schools_and_teams(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with schools' short names and named teams added; run again on the whole
    article (`chinese_ports.repeated_places`), where the town's unit ("XX区") may stand in
    another paragraph than the school's short name ("XX二中"), and the team after it."""
    out = mentions
    if "中" in text or "小" in text:
        out = _schools(text, out)
    if "队" in text:
        out = _teams(text, out)
    return out


def _league(text: str, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    for hit in re.finditer(_LEAGUE, text):
        end = hit.end()
        if text[end : end + 1] in _LEAGUE_MEMBER:
            continue
        central = next((c for c in _CENTRAL if text.startswith(c, end)), None)
        committee = _COMMITTEE.match(text, end)
        if central is not None:
            end += len(central)
        elif committee is not None and _place_at(text, end, out):
            end = committee.end()  # "共青团XX市委员会": one body, the place inside
        out = _replace(out, _mention(text, hit.start(), end, "ORG"))
    for hit in _LOCAL_COMMITTEE.finditer(text):
        place = next((m for m in out if m.end == hit.start() and m.type == "LOC"), None)
        if place is not None:  # a bare "团市委" refers back to one: no name
            out = _replace(out, _mention(text, place.start, hit.end(), "ORG"))
    return out


def _place_at(text: str, at: int, mentions: list[Mention]) -> bool:
    """A place opens at `at`: a mention or a known place name."""
    if any(m.start == at and m.type in ("LOC", "ORG") for m in mentions):
        return True
    return any(text[at : at + n] in _places() for n in (2, 3, 4))


@functools.cache
def _places() -> frozenset[str]:
    return frozenset(name for name, etype in place_names("zh").items() if etype == "LOC")


def _schools(text: str, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    ends = {m.end for m in mentions}
    for hit in _SCHOOL.finditer(text):
        at = hit.start()
        for size in (2, 3):
            start = at - size
            name = text[start:at]
            if start < 0 or not _clean(name) or not _town(text, name):
                continue
            if start > 0 and text[start - 1] not in _BEFORE and start not in ends:
                continue
            # a place read across the school's end ("XX二中和": 中和) gives way to the school
            out = [o for o in out if not (o.type == "LOC" and start < o.start < hit.end() < o.end)]
            out = _replace(out, _mention(text, start, hit.end(), "ORG"))
            break
    return out


def _town(text: str, name: str) -> bool:
    """`name` is a known place, or the text names it with its unit ("XX区")."""
    return name in _places() or any(name + unit in text for unit in _UNITS)


def _teams(text: str, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    for hit in _TEAM.finditer(text):
        at = hit.start()
        if text[at - 1 : at] == "陆":
            continue  # "海军陆战队": the marines, a kind of force
        genre = next((g for g in _GENRES[hit.group()] if text.endswith(g, 0, at)), None)
        if genre is None:
            continue
        start = _team_name_start(text, at - len(genre), out)
        if start is not None:
            out = _replace(out, _mention(text, start, hit.end(), "ORG"))
    return out


def _team_name_start(text: str, at: int, mentions: list[Mention]) -> int | None:
    """Where a team's name ending at `at` opens: after punctuation, a particle or another
    mention, rare as a word; a firm's name there is the team's own ("XX自行车队")."""
    sponsor = next((m for m in mentions if m.end == at and m.type == "ORG"), None)
    if sponsor is not None:
        return sponsor.start
    ends = {m.end for m in mentions}
    for size in _NAME_SIZES:
        start = at - size
        name = text[start:at]
        if start < 0 or not _clean(name) or zipf(name, "zh") >= _NAME_ZIPF:
            continue
        if name.endswith(_KIND_OF_TEAM) or name.startswith(_LOCAL):
            return None  # "本地职业战队", "一支业余战队": a kind of team, no name
        if any(m.start < at and start < m.end for m in mentions):
            return None  # a mention inside: a place's team ("XX队"), read elsewhere
        if start == 0 or text[start - 1] in _BEFORE or start in ends:
            return start
    return None
