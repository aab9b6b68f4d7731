"""Chinese places and bodies of the coast: fishing ports, fishing grounds, lighthouses, fish
markets, and the governments of local units.

* A fishing port, a fishing ground and a lighthouse keep their kind word ("石浦渔港",
  "吕泗渔场", "老铁山灯塔"), as a port keeps "港" (the guidelines: a lighthouse keeps its
  kind word in every language).  A wholesale or trading market of a town, with its goods
  ("XX水产品交易市场", "XX农产品批发市场"), is a place the same way, and so is its auction or
  trading hall ("XX水产品拍卖中心": where the lots are sold).
* The name before the kind word is a place already read, or two or three characters that
  open after punctuation, a particle, a preposition or a place, hold no particle or numeral,
  and are no common word ("中心渔港", "远洋渔场", "传统渔场" are kinds).  A port's name that
  is no word at all is the town, named again alone in any paragraph ("在石浦跑船",
  `repeated_ports`, called by `chinese_ports.repeated_places`).
* A place before "的" and a waterfront ("XX的游艇码头", "XX的海滩"): the place, where its
  name is no word at all.
* A port named by two characters that are no word at all ("XX港" after "的", "从", "在" or
  punctuation: a ferry's home port), as `chinese_ports` reads a foreign one by its sounds;
  not a word of the port ("出港", "进港", "香港"), and not "港口", "港务".
* A district's, county's or city's government ("XX区政府", "XX市政府") is one ORG with its
  place, as "XX县人民政府" is; a country's "政府" stays a place (it has no unit suffix).
"""

from __future__ import annotations

import re

from storywire.model import EntityType, Mention
from storywire.stages.ner.claimed_spans import replace_holding
from storywire.stages.ner.word_frequency import zipf

_GOODS = "水产品|农产品|海产品|农副产品|水产|海鲜|蔬菜|果品|花卉"
# ... an auction or trading hall only with its goods: "XX拍卖中心" alone may be an auction firm,
# "XX产权交易中心" an exchange, bodies both
_SITE = re.compile(rf"(?:(?:{_GOODS})?(?:交易市场|批发市场))|(?:{_GOODS})(?:拍卖中心|交易中心)|渔港|渔场|灯塔")
_BARE_MARKETS = frozenset({"交易市场", "批发市场"})
# A hall named after the port it stands in ("XX渔港水产品拍卖中心") is the port's hall, the port
# the name: the hall is read where a town names it, not a site.
_HALLS = ("拍卖中心", "交易中心")
_SITE_ENDS = ("渔港", "渔场", "港")
# Characters a name never holds: particles, prepositions, determiners, numerals, measure words
# ("家" is left out: it opens and holds many places, "X家门", "X家尖").
_NOT_IN_NAME = frozenset(
    "的在和是了对将已也并向今昨一二三四五六七八九十两几各该这那其每此某个座位名些都还又再就被把从给让为于说称与及等"
)
# What stands before a name: punctuation, a particle, a preposition.
_BEFORE = frozenset("，。；：！？、“”「」（）《》\n 的了在于到至从往赴自和与及同跟对向由经沿过近")
# A name this common is a word that says what sort of port it is ("中心渔港", "远洋渔场"),
# where a lighthouse's island may be a rarer word ("花鸟").
_NAME_ZIPF = 3.5
_UNIT_SUFFIXES = frozenset("市区县镇乡省州")


def _mention(text: str, start: int, end: int, etype: EntityType) -> Mention:
    return Mention(start, end, text[start:end], etype, model="rules:zh", confidence=0.6)


def _clean(name: str) -> bool:
    return all("\u4e00" <= ch <= "\u9fff" and ch not in _NOT_IN_NAME for ch in name)


def _name_start(text: str, at: int, out: list[Mention]) -> int | None:
    """Where the site's name before `at` opens, or None."""
    place = next((m for m in out if m.end == at and m.type == "LOC"), None)
    if place is not None:
        return place.start
    if any(m.start < at <= m.end - 1 for m in out):
        return None
    place_ends = {m.end for m in out}
    for size in (2, 3):
        start = at - size
        name = text[start:at]
        if start < 0 or any(m.start < at and start < m.end for m in out):
            break
        if not (start == 0 or text[start - 1] in _BEFORE or start in place_ends):
            continue
        if _clean(name) and zipf(name, "zh") < _NAME_ZIPF:
            return start
    return None


def coast(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with fishing ports, fishing grounds, lighthouses and markets (LOC), the
    port's bare name where the text repeats it, and local governments (ORG) added."""
    out = mentions
    if "渔" in text or "灯塔" in text or "市场" in text or "中心" in text:
        out = _sites(text, out)
    if "港" in text:
        out = _plain_ports(text, out)
    if "的" in text:
        out = _owners_of_waterfronts(text, out)
    if "政府" in text:
        out = _governments(text, out)
    return out


def _sites(text: str, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    for hit in _SITE.finditer(text):
        at = hit.start()
        if any(m.start <= at < m.end for m in out):
            continue
        start = _name_start(text, at, out)
        if start is not None and hit.group() in _BARE_MARKETS and not any(m.start == start for m in out):
            continue  # "全国碳交易市场": a market with no goods needs a place read before it
        if start is not None and hit.group().endswith(_HALLS) and text[start:at].endswith(_SITE_ENDS):
            continue
        if start is not None:
            out = replace_holding(out, _mention(text, start, hit.end(), "LOC"), holds=("LOC",))
    return out


# A waterfront owned by a place ("朱X尖的游艇码头": the island's marina); a bare "码头" is left
# out, as a person's pier ("老张的码头") reads the same.
_WATERFRONT = re.compile(r"的(?:游艇码头|渔港|港口|海域|海滩|沙滩)")


def _owners_of_waterfronts(text: str, mentions: list[Mention]) -> list[Mention]:
    """A place no gazetteer holds before "的" and a waterfront: two or three characters that
    open after punctuation or a particle and are no word at all (a place, not "我们", "当地")."""
    out = list(mentions)
    for hit in _WATERFRONT.finditer(text):
        at = hit.start()
        for size in (2, 3):
            start = at - size
            name = text[start:at]
            if start < 0 or any(m.start < at and start < m.end for m in out):
                break
            if (start == 0 or text[start - 1] in _BEFORE) and _clean(name) and zipf(name, "zh") == 0:
                out = replace_holding(out, _mention(text, start, at, "LOC"), holds=("LOC",))
                break
    return out


# A port's "港" and the character after it that make another word ("港口", "港务局", "港元").
_NOT_AFTER_PORT = frozenset("口务区股元币澳台人府湾铁媒资籍商企警队剧片星城")


def _plain_ports(text: str, mentions: list[Mention]) -> list[Mention]:
    """A port no gazetteer holds: two characters before "港" that open after punctuation, a
    particle or a preposition, and neither they nor their last with "港" is a word ("从XX港运来")."""
    out = list(mentions)
    for hit in re.finditer("港", text):
        at, end = hit.start(), hit.end()
        start = at - 2
        name = text[start:at]
        if start < 0 or text[end : end + 1] in _NOT_AFTER_PORT or not _clean(name):
            continue
        if not (start == 0 or text[start - 1] in _BEFORE) or any(m.start < end and start < m.end for m in out):
            continue
        if zipf(name, "zh") > 0 or zipf(name[-1] + "港", "zh") > 0 or zipf(name + "港", "zh") > 0:
            continue
        out = replace_holding(out, _mention(text, start, end, "LOC"), holds=("LOC",))
    return out


def repeated_ports(text: str, mentions: list[Mention]) -> list[Mention]:
    """For the whole article (each paragraph is read alone): a fishing port's name that is no
    word at all ("沈X门渔港") is its town where the text names it bare ("在沈X门跑船")."""
    names = {m.text[:-2] for m in mentions if m.type == "LOC" and m.text.endswith("渔港") and len(m.text) >= 4}
    out = list(mentions)
    for name in (n for n in names if zipf(n, "zh") == 0):
        for hit in re.finditer(re.escape(name), text):
            if not any(m.start < hit.end() and hit.start() < m.end for m in out):
                out = replace_holding(out, _mention(text, hit.start(), hit.end(), "LOC"), holds=("LOC",))
    return out


def _governments(text: str, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    for hit in re.finditer("政府", text):
        place = next((m for m in out if m.end == hit.start() and m.type == "LOC"), None)
        start = place.start if place is not None else _unit_start(text, hit.start(), out)
        if start is None or text[hit.start() - 1] not in _UNIT_SUFFIXES or hit.start() - start < 2:
            continue
        out = replace_holding(out, _mention(text, start, hit.end(), "ORG"), holds=("LOC",))
    return out


def _unit_start(text: str, at: int, out: list[Mention]) -> int | None:
    """A unit no gazetteer holds before "政府" ("温X市政府"): two or three characters and the
    unit's suffix, opening after punctuation or a particle, no word ("该市", "城市", "全县")."""
    suffix = text[at - 1 : at]
    if suffix not in _UNIT_SUFFIXES or any(m.start < at and at - 4 < m.end for m in out):
        return None
    for size in (2, 3):
        start = at - 1 - size
        name = text[start : at - 1]
        if start < 0 or not (start == 0 or text[start - 1] in _BEFORE):
            continue
        if _clean(name) and zipf(name, "zh") < _NAME_ZIPF and zipf(name[-1] + suffix, "zh") < _NAME_ZIPF:
            return start
    return None
    return out
