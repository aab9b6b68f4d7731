"""Chinese sport bodies and places read from the word that ends them, and the names inside
events and time zones that are no mention.

* A team of a place is its place, its sport and "队" ("江苏省羽毛球队", "中国乒乓球队",
  "广东男子篮球队", "日本队"): one ORG, as the guidelines make a national team in a match
  one, and as "广州队" is one in `chinese_companies`.  A
  club named by its city and a name of its own ("上海申花队") is `chinese_companies`' (its
  name is no sport).
* A school, academy or club of a sport is named by a place, a person, a firm or a
  transliterated name ("纳达尔网球学院", "恒大足球学校", "成都乒乓球俱乐部"): the name, the
  sport and the kind, one ORG that holds the person or the place inside it (an institute
  named after a person is one body, the person in it unlabelled).
* A court or a stadium named after a person ("亚瑟·阿什球场", "贺龙体育场") or by a
  transliterated name ("伯纳乌球场") is a place with its kind word; the person inside it is
  no mention.
* A tournament named by its place ("法国网球公开赛", "巴黎奥运会", "伦敦马拉松") is an
  event: the place inside it is not labelled, as "Tour de France" holds no France.  A time
  zone ("北京时间周三", "莫斯科时间18时") is no place either.
"""

from __future__ import annotations

import re

from storywire.model import EntityType, Mention
from storywire.stages.ner.chinese_foreign import foreign_sounds
from storywire.stages.ner.word_frequency import zipf

# Sports as Chinese news writes them before a team's or a school's word, longest first.
_SPORT_WORDS = (
    "网球 足球 篮球 排球 沙滩排球 乒乓球 羽毛球 棒球 垒球 高尔夫球 高尔夫 橄榄球 冰球 手球 水球 曲棍球 "
    "游泳 跳水 花样游泳 田径 体操 艺术体操 蹦床 举重 射击 射箭 击剑 拳击 柔道 跆拳道 空手道 摔跤 "
    "滑雪 滑冰 速度滑冰 短道速滑 花样滑冰 冰壶 自行车 赛艇 皮划艇 帆船 马术 武术 围棋 象棋 "
    "国际象棋 台球 斯诺克 电竞 赛车 马拉松 铁人三项 冲浪 攀岩 滑板 体育 体育运动 足球运动"
)
_SPORTS = tuple(sorted(_SPORT_WORDS.split(), key=len, reverse=True))
_SPORT = "|".join(_SPORTS)
_SEX = r"(?:男子|女子|男|女)?"
# A team: the sport, who plays and "队" ("网球队", "女子篮球队", "青年队"), or "队" alone
# ("中国队", "日本女队"); "队" opens no word here ("队员", "队长", "队伍" do).
_TEAM = re.compile(rf"{_SEX}(?:{_SPORT})?{_SEX}(?:青年|少年|青少年|国家)?队(?![员长伍友医形列])")
# A school, academy or club of a sport, after its name.
_SCHOOL = re.compile(rf"(?:{_SPORT})(?:学院|学校|俱乐部|训练营|训练中心)")
# The kinds of court and stadium a person or a transliterated name opens.
_VENUE_KINDS = (
    "中心球场", "网球场", "足球场", "体育场", "体育馆", "体育中心", "竞技场", "赛车场", "赛道", "球馆",
    "球场", "游泳馆", "田径场", "冰球馆", "滑冰馆",
)  # fmt: skip
_VENUE = re.compile("|".join(sorted(_VENUE_KINDS, key=len, reverse=True)))
# An event's word after its place, and what may stand between them (its sport, "国际").
_EVENT = re.compile(
    rf"(?:国际)?{_SEX}(?:{_SPORT})?(?:公开赛|锦标赛|大奖赛|大师赛|巡回赛|挑战赛|邀请赛|精英赛|半程马拉松|"
    r"马拉松|奥运会|冬奥会|残奥会|亚运会|全运会|世锦赛|世界杯|超级联赛|甲级联赛|联赛)"
)
# A time zone: the place, "时间" and a time ("北京时间周三下午", "当地时间18日").
_TIME_ZONE = re.compile(
    r"时间(?:[0-9０-９一二三四五六七八九十]|周|星期|[今明昨前次当本上下]|凌晨|清晨|早|晚|午|中午|深夜)"
)
_MAX_RUN = 6
_RUN_WORD_ZIPF = 3.0


def _mention(text: str, start: int, end: int, etype: EntityType) -> Mention:
    return Mention(start, end, text[start:end], etype, model="rules:zh", confidence=0.6)


def sport_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with teams, sport schools and venues named after a person added (each
    replacing what it holds), and the places inside events and time zones left out."""
    out = _teams(text, mentions)
    out = _schools(text, out)
    out = _venues(text, out)
    return _without_events(text, out)


def _replace(out: list[Mention], new: Mention) -> list[Mention]:
    """`out` with `new` in place of the mentions it holds; unchanged where `new` cuts one."""
    if any(o.start < new.end and new.start < o.end and (o.start < new.start or o.end > new.end) for o in out):
        return out
    return sorted([o for o in out if o.end <= new.start or o.start >= new.end] + [new], key=lambda m: (m.start, m.end))


def _teams(text: str, mentions: list[Mention]) -> list[Mention]:
    """A place (a country too), a sport and "队" ("湖北省网球队"), as one ORG."""
    out = list(mentions)
    for m in mentions:
        if m.type != "LOC":
            continue
        team = _TEAM.match(text, m.end)
        if team is not None:
            out = _replace(out, _mention(text, m.start, team.end(), "ORG"))
    return out


def _schools(text: str, mentions: list[Mention]) -> list[Mention]:
    """A named sport school, academy or club: a mention or a transliterated name right
    before the sport ("费德勒网球学院"), as one ORG."""
    out = list(mentions)
    ends = {m.end: m for m in mentions if m.type in ("PER", "ORG", "LOC")}
    for hit in _SCHOOL.finditer(text):
        opener = ends.get(hit.start())
        start = opener.start if opener is not None else _run_before(text, hit.start())
        if start is not None:
            out = _replace(out, _mention(text, start, hit.end(), "ORG"))
    return out


def _venues(text: str, mentions: list[Mention]) -> list[Mention]:
    """A court or stadium named after a person or by a transliterated name ("罗杰·费德勒
    球场", "伯纳乌球场"), as one LOC in place of the person."""
    out = list(mentions)
    people = {m.end: m for m in mentions if m.type == "PER"}
    for hit in _VENUE.finditer(text):
        person = people.get(hit.start())
        start = person.start if person is not None else _run_before(text, hit.start())
        if start is not None and not any(o.start < hit.end() and hit.start() < o.end for o in out):
            out = _replace(out, _mention(text, start, hit.end(), "LOC"))
    return out


def _run_before(text: str, at: int) -> int | None:
    """The start of a transliterated name (two to six sounds, an interpunct allowed) ending
    at `at`, opening after a character that is none; None where there is none or it is a
    word."""
    start = at
    while start > 0 and at - start < _MAX_RUN and (text[start - 1] in foreign_sounds() or text[start - 1] == "·"):
        start -= 1
    if at - start < 2 or text[start] == "·" or (start > 0 and text[start - 1] in foreign_sounds()):
        return None
    return start if zipf(text[start:at], "zh") < _RUN_WORD_ZIPF else None


def _without_events(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` without the places that open an event's name or a time zone."""
    return [
        m for m in mentions if not (m.type == "LOC" and (_EVENT.match(text, m.end) or _TIME_ZONE.match(text, m.end)))
    ]
