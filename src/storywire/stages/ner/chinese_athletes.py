"""Chinese athletes named with no title, and the firms that sign them.

A sport report names a player by what only a competitor does ("，王思远入选国家队", "。刘晓
雨以6比3击败对手", "张一帆已在成都夺得冠军"), by age ("李梦瑶9岁时"), by kin or coach ("周
子涵的父亲"); the cue after the name says a person is meant, so the name is read backwards
from it (`chinese_people.name_before`: a common surname and one or two given characters that
open after a clause's edge or a particle).  Between the name and the verb news puts when,
where and the score ("已在深圳和广州先后夺得", "以6比4、7比5击败").  A club or a team does
the contest verbs too ("尤文击败国米", "马竞战胜"), a town makes a list ("林芝入选"), and
their short names may read as a surname and one character: after those verbs only a
three-character name is read; what a team or a town never does ("退役", an age, a father)
takes two characters too.

A player's contract names the other party ("王思远与李宁续约", "成为耐克的形象大使"): a
brand or a club, an ORG, when the player stands before "与" (a club renewing with a player,
"皇马与某某续约", has no surname before it) and the party is no common word ("与球队续约").
"""

from __future__ import annotations

import re

from storywire.model import EntityType
from storywire.stages.ner.chinese_people import name_before
from storywire.stages.ner.chinese_titles import TITLES
from storywire.stages.ner.word_frequency import zipf

# What stands between a name and its verb: a time, an adverb, "在" and a place, the score.
_WHEN = r"(?:本赛季|这个赛季|今年|去年|此前|日前|近日|当天|当日|周[一二三四五六日])?"
_ADVERB = r"(?:已经|已|曾经|曾|即将|将|也|还|再次|再度|又|先后|相继|连续|首次|最终|终于|成功|顺利|轻松|均|都|则)?"
_AT = r"(?:在[^，。；：！？、“”‘’（）《》\s\d]{1,10}?)?"
_SCORE = r"(?:以\d{1,2}(?:比|:|：)\d{1,2}(?:[、，,]\d{1,2}(?:比|:|：)\d{1,2})*)?"
# Verbs of a contest, which a club does as well, and of a list or a record, which a town
# makes too ("林芝入选十佳城市"): a three-character name only.
_CONTEST = (
    "击败|战胜|打败|负于|不敌|输给|淘汰|逆转|横扫|力克|险胜|完胜|迎战|对阵|夺得|夺取|夺冠|卫冕|摘得|摘金|"
    "晋级|闯入|挺进|跻身|止步|入选|加盟|打破.{0,4}纪录|刷新.{0,4}纪录"
)
# Verbs only a person does in sport: a career's turns.
_PERSONAL = "退役|复出|转会|挂拍"
_VERB = re.compile(rf"{_WHEN}{_ADVERB}{_AT}{_ADVERB}{_SCORE}(?:({_PERSONAL})|{_CONTEST})")
# An age right after the name ("李梦瑶9岁时", "李梦瑶今年22岁"), or kin, coach and team-mates
# after its "的" ("周子涵的父亲"): no place has a father or an age.
_AGE = re.compile(r"(?:今年|当年|年仅|时年)?\d{1,2}岁")
_KIN = re.compile(r"的(?:父亲|母亲|父母|妻子|丈夫|女儿|儿子|哥哥|姐姐|弟弟|妹妹|主教练|教练|队友|经纪人|搭档)")
# Triggers: the characters a cue opens with; the patterns are tried only where one stands.
_OPENER = re.compile(
    "[0-9０-９的与和同本这今去此日近当时年周已曾即将也还再又先相连首最终成顺轻均都则在以"
    "击战打负不输淘逆横力险完迎对夺卫摘晋闯挺跻止入退复转加挂刷]"
)
_THREE = 3  # a surname and two given characters

# A contract: the player, "与" and the other party, then the verb ("王思远与李宁续约").
_CONTRACT = re.compile(
    r"(?:已|将|也|还|再次)?[与和同]([^，。；：！？、“”（）《》\s的了和与该这那其本此各每]{2,6}?)(?:续约|签约|续签|签下)"
)
# A brand a player stands for: "成为耐克的形象大使", "成为李宁全球代言人".
_ENDORSED = re.compile(
    r"成为([^，。；：！？、“”（）《》\s的了和与]{2,8}?)的?(?:全球|全新|中国区|亚洲)?(?:形象大使|品牌大使|形象代言人|代言人)"
)
# A party this common as a word is a kind ("与球队续约", "与俱乐部签约"), no name; one with
# a title in it is a person ("与经纪人王芳签约"), as is a surname and two given characters.
_PARTY_ZIPF = 3.5
_TITLED = re.compile(f"{TITLES}|经纪人|代理人|搭档|队友")


def athletes(text: str) -> dict[str, EntityType]:
    """Names of players read from a sport cue after them (PER), and the brands and clubs
    they sign with (ORG)."""
    names: dict[str, EntityType] = {}
    for opener in _OPENER.finditer(text):
        at = opener.start()
        if _AGE.match(text, at) or _KIN.match(text, at):
            _read_name(text, at, 2, names)
        elif (contract := _CONTRACT.match(text, at)) is not None:
            if _read_name(text, at, 2, names) and _party(contract.group(1)):
                names.setdefault(contract.group(1), "ORG")
        elif (verb := _VERB.match(text, at)) is not None:
            _read_name(text, at, 2 if verb.group(1) else _THREE, names)
    for hit in _ENDORSED.finditer(text):
        if _party(hit.group(1)):
            names.setdefault(hit.group(1), "ORG")
    return names


def _read_name(text: str, end: int, shortest: int, names: dict[str, EntityType]) -> bool:
    """Add the name ending at `end` (at least `shortest` characters) as a person."""
    start = name_before(text, end)
    if start is None or end - start < shortest:
        return False
    names.setdefault(text[start:end], "PER")
    return True


def _party(name: str) -> bool:
    """`name` may be a brand or a club: no common word, no title, no full Chinese name."""
    if zipf(name, "zh") >= _PARTY_ZIPF or _TITLED.search(name):
        return False
    return not (len(name) == _THREE and name_before(name, _THREE) == 0)
