"""Chinese names of parties, coalitions and committees, and the short names news gives them.

Political news names its parties with no place before them ("，行动党议员...", "本土政党
京那巴鲁进步党"), which `chinese_suffixes.parties` (a place, then the party's name) cannot
read, and its coalitions and commissions by a common word and the kind of body ("希望联盟",
"国民阵线", "选举委员会"): the words "希望", "国民", "选举" are among the commonest of the
language, so no frequency bar tells the name from a phrase.  What does is where the name
stands and what the text says of it:

* A party: the name right before "党", opening after punctuation, a particle or a word that
  says what follows is a party ("政党", "反对党"); not a kind of party ("执政党", "两党") nor
  a member or an office of one ("党员", "党委").
* A coalition ("...联盟", "...阵线"): the same, with its short name or Latin acronym in
  brackets after it ("希望联盟（希盟）") or a place opening it ("沙巴人民联盟"): a "竞选联盟"
  with neither is an electoral alliance, no one's name.
* A committee: a legislature, its field and "委员会" ("国会选举事务特别委员会"); or a word and
  "委员会" ("选举委员会") where the text says it is a body: an office of it follows ("...主席"),
  or its bracketed or standard short name ("选委会").
* A union or an association named from a clause's opening ("，沙巴种植业职工会批评").
* Short names: one in brackets right after a body's name, of that name's characters in
  order, is the body wherever the text writes it; so is the standard shortening (the name's
  first character and the kind's last: "希望联盟" "希盟", "国民阵线" "国阵", "选举委员会"
  "选委会", as "欧洲联盟" is "欧盟").
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import replace_holding
from storywire.stages.ner.word_frequency import zipf

# What a name never holds: particles, prepositions, determiners, numerals, pronouns ("那"
# is a sound of transliterated names as well: "京那巴鲁").
_NOT_IN_NAME = frozenset(
    "的了在和与及同跟对向由从被把为以于至是将已也并又再就都还该这其每此某各个位名些家一二三四五六七八九十两几"
    "我你他她它们说称"
)
# What a name opens after: punctuation, or a particle or preposition that ends the word before.
_BEFORE_NAME = frozenset("，。；：！？、“”「」（）《》\n 的与和及同跟由从在对向被把让给是为")
# Words after which the next name is a party's or a coalition's ("本土政党京那巴鲁进步党").
_PARTY_CUES = ("政党", "反对党", "执政党", "在野党", "成员党", "盟党", "友党")
_MIN_NAME, _MAX_NAME = 2, 6
# Kinds of party and coalition, and verbs before "党" ("加入党": joined the party).
_KINDS = frozenset({
    "执政", "在野", "反对", "主要", "其他", "少数", "多数", "右翼", "左翼", "极右翼", "极左翼", "极右", "极左",
    "朝野", "联合执政", "民主党派", "加入", "退出", "成立", "建立", "组建", "创建", "支持", "领导", "拥护",
    "脱离", "热爱", "竞选", "选举", "政治", "军事", "战略", "执政联盟", "反对派", "统一", "广泛", "政党",
})  # fmt: skip
# After "党", these make a member, an office or a word of it ("党员", "党委", "党内", "党代会").
_NOT_AFTER_PARTY = frozenset("人员派籍性校龄史章徽旗风纪务建委支代内外政组费羽魁报刊")
_BRACKET = re.compile(r"[（(]\s*([\u4e00-\u9fff]{2,4}|[A-Z]{2,6})\s*[）)]")


def parties(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with the parties and coalitions named with no place before them as ORG."""
    out = list(mentions)
    loc_starts = {m.start: m for m in mentions if m.type == "LOC"}
    for hit in re.finditer(r"党|联盟|阵线", text):
        kind, at = hit.group(), hit.start()
        if kind == "党" and text[at + 1 : at + 2] in _NOT_AFTER_PARTY:
            continue
        bracketed = _BRACKET.match(text, hit.end()) is not None
        start = _name_start(text, at, loc_starts, needs_cue=kind != "党" and not bracketed)
        if start is not None:
            out = replace_holding(
                out, Mention(start, hit.end(), text[start : hit.end()], "ORG", model="rules:zh", confidence=0.6)
            )
    return out


def _name_start(text: str, at: int, loc_starts: dict[int, Mention], needs_cue: bool) -> int | None:
    """Where the name before the kind at `at` opens (the longest reading), or None."""
    for size in range(_MAX_NAME, _MIN_NAME - 1, -1):
        start = at - size
        name = text[start:at]
        if start < 0 or not all(_cjk(ch) and ch not in _NOT_IN_NAME for ch in name):
            continue
        if name in _KINDS or name.endswith("政") or any(name.endswith(k) for k in _KINDS if len(k) > 1):
            continue  # "右翼政党", "本土政党": a kind of party
        place = loc_starts.get(start)
        if place is not None and place.end < at:
            return start  # "沙巴人民联盟": a place opens it
        if needs_cue:
            continue
        if start == 0 or text[start - 1] in _BEFORE_NAME or text[:start].endswith(_PARTY_CUES):
            return start
    return None


# Legislatures that name their committees ("国会...特别委员会"), longest first.
_LEGISLATURES = "州议会|国民议会|议会|国会|参议院|众议院|上议院|下议院|立法会|人民院|上院|下院"
_LEGISLATIVE_COMMITTEE = re.compile(rf"(?:{_LEGISLATURES})([\u4e00-\u9fff]{{0,10}}?)委员会")
# An office of a committee after its name says the name is one body's.
_COMMITTEE_OFFICES = re.compile(r"(?:副)?(?:主席|主任|秘书长|发言人|委员长)")
# A field that is a verb or a kind, not a committee's name ("成立委员会", "专门委员会").
_NOT_COMMITTEE_FIELD = frozenset({
    "成立", "设立", "组建", "建立", "组成", "召开", "专门", "特别", "常务", "有关", "相关", "独立", "各个",
    "这个", "一个", "该", "地方", "政府", "下属",
})  # fmt: skip
_FIELD_WORD_ZIPF = 3.0


def committees(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with committees of a legislature, and committees named by a word that an
    office or a short name marks as one body, as ORG."""
    out = list(mentions)
    for hit in _LEGISLATIVE_COMMITTEE.finditer(text):
        # "中国会支持...委员会": "国会" is cut from a word ("中国" and "会", will)
        cut = hit.start() > 0 and zipf(text[hit.start() - 1 : hit.start() + 1], "zh") >= _FIELD_WORD_ZIPF
        if not cut and all(ch not in _NOT_IN_NAME for ch in hit.group(1)):
            out = replace_holding(
                out, Mention(hit.start(), hit.end(), hit.group(), "ORG", model="rules:zh", confidence=0.6)
            )
    for hit in re.finditer("委员会", text):
        if any(o.start < hit.end() and hit.start() < o.end for o in out):
            continue
        field = _field_word(text, hit.start())
        if field is None:
            continue
        marked = (
            _COMMITTEE_OFFICES.match(text, hit.end()) or _BRACKET.match(text, hit.end()) or field[0] + "委会" in text
        )
        if marked:
            start = hit.start() - len(field)
            out = replace_holding(
                out, Mention(start, hit.end(), text[start : hit.end()], "ORG", model="rules:zh", confidence=0.6)
            )
    return out


def _field_word(text: str, at: int) -> str | None:
    """The longest word of two to four characters right before `at` ("传召选举": "选举")."""
    for size in (4, 3, 2):
        field = text[max(at - size, 0) : at]
        if len(field) < size or not all(_cjk(ch) and ch not in _NOT_IN_NAME for ch in field):
            continue
        if field in _NOT_COMMITTEE_FIELD or zipf(field, "zh") < _FIELD_WORD_ZIPF:
            continue
        return field
    return None


# Unions and associations named at a clause's opening ("，沙巴种植业职工会批评..."): the
# punctuation bounds the name, which opens with a name, not a common word ("，行业协会认为":
# trade associations in general).
_CIVIC_KINDS = re.compile(r"职工会|工会|联合会|协会|商会")
_CLAUSE_START = frozenset("，。；：！？、“”「」（）\n")
_MIN_CIVIC, _MAX_CIVIC = 3, 8
_OPENING_WORD_ZIPF = 4.0


def civic_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with unions and associations named from a clause's opening as ORG."""
    out = list(mentions)
    for hit in _CIVIC_KINDS.finditer(text):
        if zipf(text[hit.end() - 1 : hit.end() + 1], "zh") >= _FIELD_WORD_ZIPF:
            continue  # "会议", "会谈": the kind's "会" opens another word
        start = hit.start()
        while start > 0 and hit.start() - start < _MAX_CIVIC and text[start - 1] not in _CLAUSE_START:
            start -= 1
        name = text[start : hit.start()]
        if (start > 0 and text[start - 1] not in _CLAUSE_START) or len(name) < _MIN_CIVIC:
            continue  # no clause opening near: the name's start is unknown
        if all(_cjk(ch) and ch not in _NOT_IN_NAME for ch in name) and zipf(name[:2], "zh") < _OPENING_WORD_ZIPF:
            out = replace_holding(
                out, Mention(start, hit.end(), text[start : hit.end()], "ORG", model="rules:zh", confidence=0.6)
            )
    return out


# The standard shortening of a body's kind: its first character is kept with this.
_SHORT_KINDS = {"联盟": "盟", "阵线": "阵", "委员会": "委会"}


def short_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with the short names of the text's bodies as ORG wherever they stand: the
    one in brackets after the name, and the standard shortening of a coalition or committee."""
    shorts: set[str] = set()
    for m in mentions:
        if m.type != "ORG":
            continue
        hit = _BRACKET.match(text, m.end)
        if hit is not None and _abbreviates(hit.group(1), m.text):
            shorts.add(hit.group(1))
        for kind, short in _SHORT_KINDS.items():
            if m.text.endswith(kind) and len(m.text) - len(kind) >= _MIN_NAME:
                shorts.add(m.text[0] + short)
    out = list(mentions)
    for short in sorted(shorts, key=len, reverse=True):
        for hit in re.finditer(re.escape(short), text):
            # a place read inside the short name gives way to it ("长江委" holds "长江")
            out = replace_holding(out, Mention(hit.start(), hit.end(), short, "ORG", model="rules:zh", confidence=0.6))
    return out


def _abbreviates(short: str, name: str) -> bool:
    """Whether `short` is written with `name`'s characters in order, opening with its first
    (Latin acronyms are read by `chinese_acronyms`)."""
    if not _cjk(short[0]) or short[0] != name[0] or len(short) >= len(name):
        return False
    at = 0
    for ch in short:
        at = name.find(ch, at) + 1
        if at == 0:
            return False
    return True


def _cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"
