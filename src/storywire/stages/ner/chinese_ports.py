"""Chinese ports, oceans, gulfs and states named by a place and the word for what it is.

* A port keeps its "港" ("科伦坡港", "皎漂港"), an ocean its "洋" ("印度洋"), a gulf its "湾"
  ("泰国湾"), an Indian or Burmese state its "邦" ("喀拉拉邦", "若开邦"), a state its "州"
  ("沙巴州", "纽约州") and a province its "省" ("巴伦西亚省", "魁北克省"): the guidelines keep
  the head in the place's name.  The name before the
  head is a place the gazetteer found, or a run of transliteration characters that opens
  after a character that is none ("在科伦坡港"): many foreign ports and states are too small for the gazetteer (geonames
  gives Chinese names only to cities of 100,000; Colombo's is the Taiwanese "可倫坡").  A
  state's name may also follow its country ("缅甸若开邦", "缅甸掸邦").
* The text names a port again without its head ("远低于科伦坡"): the run read before "港" is
  a place wherever it stands (`cued_places`, for the repeats of `chinese_cues`).
* A town right after its state ("喀拉拉邦维津贾姆"), as Chinese writes the larger unit first.

Guards: the head and the character after it make no other word ("港口", "港务局", "港元",
"洋葱", "湾仔", "湾区"); a name before "邦" makes no word with it ("联邦", "城邦", "友邦");
"香港", "海洋", "海湾" have no place before their head.
"""

from __future__ import annotations

import re

from storywire.model import EntityType, Mention
from storywire.stages.ner import (
    chinese_borders,
    chinese_clubs,
    chinese_coast,
    chinese_departments,
    chinese_finance,
    chinese_firm_names,
    chinese_heritage,
    chinese_hong_kong,
    chinese_islands,
    chinese_labour,
    chinese_politics,
    chinese_research,
    chinese_science,
    chinese_short_names,
    chinese_tourism,
    chinese_villages,
    chinese_wine,
    chinese_youth,
)
from storywire.stages.ner.chinese_foreign import foreign_sounds
from storywire.stages.ner.claimed_spans import replace_holding
from storywire.stages.ner.word_frequency import zipf

# Heads, and the characters after each that make it another word.
_NOT_AFTER: dict[str, frozenset[str]] = {
    "港": frozenset("口务区股元币澳台人府湾铁媒资籍商企警队剧片星"),
    "洋": frozenset("葱人货行酒装娃房气"),
    "湾": frozenset("仔区"),
    "邦": frozenset(),
    "州": frozenset("长立际"),  # "州长" the governor, "州立" state-run, "州际" interstate
    # "省长", "省委", "省级", "省会", "省份", "省内", "省政府", "省城", "省队": the province's
    # office, body or kind, not its name
    "省": frozenset("长委级会份内外政府城队属籍直部厅钱去略下时力心"),
}
_HEADS = re.compile("|".join(_NOT_AFTER))
# A transliterated name reads as one before these heads (a gulf's or an ocean's name is
# always a place the gazetteer holds: "孟加拉湾", "印度洋").
_RUN_HEADS = frozenset("港邦")
# Characters before "邦" that make a word of it, not a state: "联邦", "城邦", "友邦", "邻邦".
_NOT_BEFORE_STATE = frozenset("联城友邻异盟列本外万")
# What a state's name after its country never holds: particles, determiners, numerals,
# measure words, words of position ("印度各邦", "印度的邦", "印度南部各邦").
_NOT_IN_STATE = frozenset(
    "的了在和与及是对将已也并向从被把为以该这那其每此某各个些多几一二三四五六七八九十两部东西南北中"
)
_MAX_RUN = 7
_MAX_STATE = 4
# A run this common as a word is a word before the head, not a name ("南沙" is a name, zipf 0).
_RUN_WORD_ZIPF = 3.0


def _sound(ch: str) -> bool:
    return ch in foreign_sounds()


def _head_ok(text: str, at: int, head: str) -> bool:
    after = text[at + 1 : at + 2]
    return after not in _NOT_AFTER[head] or not after


def _run_before(text: str, at: int, ends: set[int], covered: set[int]) -> int | None:
    """The start of a run of transliteration characters ending at `at`, opening after a
    character that is none or at a mention's end; None if it is shorter than two, a common
    word, or runs into a mention."""
    start = at
    while start > 0 and at - start < _MAX_RUN and _sound(text[start - 1]) and start not in ends:
        start -= 1
        if start in covered:
            return None
    if at - start < 2 or (start > 0 and _sound(text[start - 1]) and start not in ends):
        return None
    if zipf(text[start:at], "zh") >= _RUN_WORD_ZIPF:
        return None
    return start


def cued_places(text: str, mentions: list[Mention]) -> dict[str, EntityType]:
    """Names read before "港" or "邦" where no mention ends: the port's name alone (the
    text names it so again) and the state's name with "邦"."""
    ends = {m.end for m in mentions}
    covered = {i for m in mentions for i in range(m.start, m.end)}
    out: dict[str, EntityType] = {}
    for hit in _HEADS.finditer(text):
        at, head = hit.start(), hit.group()
        if head not in _RUN_HEADS or at in ends or at in covered or not _head_ok(text, at, head):
            continue
        start = _run_before(text, at, ends, covered)
        if start is None or (head == "邦" and text[at - 1] in _NOT_BEFORE_STATE):
            continue
        out[text[start:at] if head == "港" else text[start : at + 1]] = "LOC"
    return out


def place_heads(text: str, mentions: list[Mention], countries: frozenset[str]) -> list[Mention]:
    """`mentions` with each place before a head made one LOC with it, each state after its
    country named with its "邦", and each town after its state added."""
    out = list(mentions)
    for hit in _HEADS.finditer(text):
        at, head = hit.start(), hit.group()
        if any(m.start <= at < m.end for m in out) or not _head_ok(text, at, head):
            continue
        if head == "洋" and "港" in text[at + 2 : at + 4]:
            continue  # "上海洋山港": "洋" opens the port's name after its city, no ocean
        place = next((m for m in out if m.end == at and m.type == "LOC"), None)
        if place is not None and head in ("州", "省") and (place.text in countries or place.text[-1] in _ADMIN):
            continue  # "美国州长", "杭州州": a country's states are no one state, a city keeps its name
        if place is not None and not (head == "邦" and place.text[-1] in _NOT_BEFORE_STATE):
            out = replace_holding(out, _mention(text, place.start, at + 1), holds=("LOC",))
        elif head == "邦":
            out = _state_after_country(text, at, out, countries)
        elif head == "港":
            out = _port_after_city(text, at, out, countries)
    return _towns_after_states(text, out)


# A port district named after its city ("上海洋山港", "宁波北仑港", "深圳盐田港"): the city and the
# port are two places, one per level as a place chain is, the port with its "港".  Its name is two
# or three characters that are no common word and hold no particle ("上海各港", "上海的港").
_PORT_NAME_ZIPF = 3.0
_NOT_IN_PORT = _NOT_IN_STATE - frozenset("东西南北中")  # "北仑港", "南沙港"


def _port_after_city(text: str, at: int, out: list[Mention], countries: frozenset[str]) -> list[Mention]:
    for size in (2, 3):
        start = at - size
        name = text[start:at]
        city = next((m for m in out if m.end == start and m.type == "LOC" and m.text not in countries), None)
        if city is None or not all("\u4e00" <= ch <= "\u9fff" and ch not in _NOT_IN_PORT for ch in name):
            continue
        if city.text.endswith("港") or max(zipf(w, "zh") for w in (name, name[:2], name[-2:])) >= _PORT_NAME_ZIPF:
            continue  # "...港昨日开港": a word ("昨日") after a port, no port's name
        if not any(start <= m.start < at for m in out):
            return replace_holding(out, _mention(text, start, at + 1), holds=("LOC",))
    return out


def _state_after_country(text: str, at: int, out: list[Mention], countries: frozenset[str]) -> list[Mention]:
    """A state's name of one to four characters between its country and "邦" ("缅甸若开邦")."""
    for m in out:
        name = text[m.end : at]
        if (
            m.type == "LOC"
            and m.text in countries
            and 1 <= len(name) <= _MAX_STATE
            and all("\u4e00" <= ch <= "\u9fff" and ch not in _NOT_IN_STATE for ch in name)
            and name[-1] not in _NOT_BEFORE_STATE
            and zipf(name + "邦", "zh") == 0
        ):
            return replace_holding(out, _mention(text, m.end, at + 1), holds=("LOC",))
    return out


_STATE_HEADS = ("邦", "州", "省")
_ADMIN = frozenset("州省市县区镇乡村邦")


def _towns_after_states(text: str, mentions: list[Mention]) -> list[Mention]:
    """A run of transliteration characters right after a state, that is no word: a town of
    it ("喀拉拉邦维津贾姆"); the run ends before a character that is no sound."""
    out = list(mentions)
    starts = {m.start for m in mentions}
    for m in mentions:
        if m.type != "LOC" or not m.text.endswith(_STATE_HEADS) or m.end in starts:
            continue
        end = m.end
        while end < len(text) and end - m.end < _MAX_RUN and _sound(text[end]) and end not in starts:
            end += 1
        if end - m.end < 2 or zipf(text[m.end : end], "zh") > 0:
            continue
        if end < len(text) and (_sound(text[end]) or text[end] in _RUN_HEADS):
            continue  # a longer run, or a port or state of its own: not read here
        out = replace_holding(out, _mention(text, m.end, end), holds=("LOC",))
    return out


def _mention(text: str, start: int, end: int) -> Mention:
    return Mention(start, end, text[start:end], "LOC", model="rules:zh", confidence=0.6)


def repeated_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """For the whole article (each paragraph is read alone): a transliterated place one
    paragraph read by its cue ("科伦坡港") is a place where another names it bare ("远低于
    科伦坡"); only a name of transliteration characters that is no word, standing where no
    mention is and not inside a longer run of such characters.  A state read with its "州"
    ("沙巴州") is named bare as well ("以沙巴利益为先"): two characters will do, the head having
    said what they are.  The short names of the article's bodies are spread the same way
    (`chinese_politics.short_names`: a headline's "希盟" is the body's "希望联盟（希盟）"), and
    people named by a surname and a title, or beside a person, or by a part of their name, in
    another paragraph than their full name (`chinese_short_names`: "林静秋" ... "林馆长"); and
    the short names of its institutes and firms (`chinese_science`, `chinese_firm_names`), and
    its districts and subdistricts read by their suffix (`chinese_labour`: "XX街道")."""
    names = {
        m.text.removesuffix("港")
        for m in mentions
        if m.type == "LOC" and m.model == "rules:zh" and len(m.text.removesuffix("港")) >= 3
    }
    names = {n for n in names if all(_sound(ch) for ch in n) and zipf(n, "zh") == 0}
    states = {m.text[:-1] for m in mentions if m.type == "LOC" and m.text.endswith("州") and len(m.text) >= 3}
    names |= {n for n in states if all(_sound(ch) for ch in n) and zipf(n, "zh") < _STATE_WORD_ZIPF}
    out = list(mentions)
    for name in sorted(names, key=len, reverse=True):
        for hit in re.finditer(re.escape(name), text):
            start, end = hit.span()
            if any(o.start < end and start < o.end for o in out):
                continue
            if text[end : end + 1] == "人":
                continue  # "沙巴人": its people, no place
            if (start > 0 and _sound(text[start - 1])) or (_sound(text[end : end + 1]) and not _word_opens(text, end)):
                continue  # part of a longer transliteration
            out.append(_mention(text, start, end))
    spread = chinese_labour.repeated_units(text, sorted(out, key=lambda m: (m.start, m.end)))  # "XX街道", "XX区"
    spread = chinese_labour.chained_short_units(text, spread)  # "XX市YY区" ... a headline's "XXYY"
    out = chinese_wine.county_bureaus(text, out, spread)  # "XX县" ... "XX县文化旅游广电局"
    out = chinese_islands.bare_counties(text, out)  # "XX县交通运输局" ... a dateline's "本报XX"
    out = chinese_islands.joint_ports(text, out)  # "宁波" + "舟山港": one port of two cities
    out = chinese_wine.foot_regions(text, out)  # "X山东麓产区" ... "X山东麓"
    out = chinese_tourism.repeated_towns(text, out)  # "XX市XX镇" ... "XX镇XX村"
    out = chinese_coast.repeated_ports(text, out)  # "XX渔港" ... "在XX跑船"
    out = chinese_borders.repeated_names(text, out)  # a dateline's "凭祥" ... "凭祥站", "友谊关口岸" ... "友谊关"
    out = chinese_politics.short_names(text, out)
    out = chinese_science.short_names(text, out)  # "...自动化研究所" ... "自动化所"
    out = chinese_research.university_short_names(text, out)  # "哈尔滨工业大学" ... "哈工大"
    out = chinese_firm_names.short_names(text, out)  # "上海某某科技有限公司" ... "某某科技"
    out = chinese_clubs.team_short_names(text, out)  # "XX战队" ... "XX"
    out = chinese_villages.bare_villages(text, out)  # after the firms: "石门村" ... "石门的", not "石门果业"
    out = chinese_villages.town_committees(text, out)  # "新华镇党委": the town read by the article pass
    out = chinese_finance.repeated_funds(text, out)  # "，翠柏资本" ... "翠柏资本"
    out = chinese_heritage.repeated_sites(text, out)  # "XX寺XX塔" ... a headline's "XX塔"
    out = chinese_departments.offices(text, out)  # a short name's office: "长航局安全监督处"
    out = chinese_hong_kong.repeated_names(text, out)  # "香港天文台" ... "天文台"; "X邨" ... "X邨"
    out = chinese_youth.schools_and_teams(text, out)  # "XX区" ... "XX二中", then "XX二中XX战队"
    out = chinese_short_names.titled_surnames(text, chinese_short_names.joined_people(text, out))
    return chinese_short_names.repeated_people(text, out)  # "...·科瓦尔斯卡" ... "科瓦尔斯卡"


# A state's name may be a word of the frequency lists ("沙巴" Sabah, 3.6), not a common one.
_STATE_WORD_ZIPF = 4.0
# A common word opening right after a name ends it ("沙巴利益": 利 is a sound, 利益 a word).
_NEXT_WORD_ZIPF = 4.5


def _word_opens(text: str, at: int) -> bool:
    return zipf(text[at : at + 2], "zh") >= _NEXT_WORD_ZIPF
