"""Chinese foreign names read from their transliteration: dotted names and transliterated firms.

* A name written with the interpunct ("尼罗莎妮·佩雷拉", "约翰·基尔斯") is one span whatever
  its characters: the dot is written only inside a foreign name.  `chinese_cues` reads
  such a name only where every character reads back to a sound (`identity.xinhua`); women's
  names and older renderings use characters that table lacks ("莎", "妮", "翰"), so here a
  wider set of transliteration characters bounds the name.  News names the person later by
  the last part ("佩雷拉指出"), which is read as the same person.  A dotted name right before
  a firm word ("...控股公司", "...集团") names the firm (its founder's name): one ORG with
  the firm word, as a company keeps its suffix.
* A firm whose short name is a transliteration ("阿达尼集团") names its registered companies
  with that short name, a field and a legal form ("阿达尼港口与经济特区有限公司"): the field
  may join two fields with "与"/"和", which `chinese_companies.registered_names` refuses in a
  field of a firm it does not know (there "与" more often joins two firms).
* A foreign country before a transliterated firm's name ("由奥地利XX索道公司制造") says where the
  firm is from, as an adjective would: the country is a place and the firm starts after it.
"""

from __future__ import annotations

import functools
import re

from storywire.identity.xinhua import transliteration_characters
from storywire.model import EntityType, Mention
from storywire.stages.ner.word_frequency import zipf

# Characters the Xinhua tables and news use for foreign names beyond the sounds
# `identity.xinhua` reads back: women's names ("莎", "妮", "娜", "娅", "黛"), older or
# regional renderings ("翰", "喀", "瓜", "士") and frequent ones ("史密斯", "约翰逊", "威廉").
_MORE_SOUNDS = (
    "修劳华厄吕奈奎妮娜富彼怀捷敏汗海涅温理莎蕾豪赖金钦顿翰喀瓜士娅黛琪薇芙丝露珊茜瑟珀璐玛蒂"
    "莱姬妲娥琦菲芭莉柯嘉宾瑙韩贡罕塞赛史密逊廉蓬汀缪瑞"
    # Malay and Arabic names as Malaysian Chinese writes them ("易卜拉欣", "哈芝", "慕尤丁", "峇峇")
    "易卜欣芝慕峇惹依益末"
    # "历" of "亚历山大" (Alexander), "亚历克斯" (Alex)
    "历"
)
# Many of these characters are also words' ("怀疑", "金额", "海关"): a name's edge character that
# makes a word this common with the character beyond it belongs to that word.
_EDGE_WORD_ZIPF = 3.5
# Characters that open the verb, particle or preposition after a name, not a part of it
# (some are also sounds: "因", "本", "提", "希").
_NOT_IN_NAME = frozenset(
    "的了在于与和同及跟对向将已也还就则又都曾却说称表指透回答告宣警呼提希认会访抵到出入参率发签致"
    "报接举召谈当今昨日周月年是为被把让给等一上下后前时此这那其并而但以由从自据因所亦均各该首再"
)
_DOTS = "·•・"
_MAX_PART = 8
# A firm named after its founder: the dotted name, then these words.
_FIRM_AFTER = re.compile(r"(?:控股|股份|投资|航运|船务|实业)?(?:集团|(?:股份)?有限公司|公司)")


@functools.cache
def foreign_sounds() -> frozenset[str]:
    """The characters a transliterated foreign name is written with (wider than the
    sounds `identity.xinhua` reads back)."""
    return frozenset(transliteration_characters()) | frozenset(_MORE_SOUNDS)


def _sound(ch: str) -> bool:
    return ch in foreign_sounds() and ch not in _NOT_IN_NAME


def dotted_names(text: str) -> tuple[dict[str, EntityType], list[Mention]]:
    """People named with an interpunct and their last name alone (for the text's repeats),
    and the firms named by a dotted name and a firm word, as ORG mentions (each wins over
    a place the gazetteer reads inside it, as a person does)."""
    people: dict[str, EntityType] = {}
    firms: list[Mention] = []
    for start, end in _dotted_spans(text):
        firm = _FIRM_AFTER.match(text, end)
        if firm is not None:
            firms.append(Mention(start, firm.end(), text[start : firm.end()], "ORG", model="rules:zh", confidence=0.6))
            continue
        name = text[start:end]
        people[name] = "PER"
        last = re.split(f"[{_DOTS}]", name)[-1]
        if len(last) >= 2:
            people.setdefault(last, "PER")
    return people, firms


def _dotted_spans(text: str) -> list[tuple[int, int]]:
    """Start and end of each dotted name: sounds on both sides of each dot."""
    out: list[tuple[int, int]] = []
    at = 0
    while at < len(text):
        if text[at] not in _DOTS or (out and at < out[-1][1]):
            at += 1
            continue
        start = at
        while start > 0 and at - start < _MAX_PART and _sound(text[start - 1]):
            start -= 1
        end = at
        while end < len(text) and text[end] in _DOTS:  # each further part after its dot
            part = end + 1
            while part < len(text) and part - end <= _MAX_PART and _sound(text[part]):
                part += 1
            if part - end - 1 < 2:
                break
            end = part
        if start < at and end > at and (start == 0 or not _sound(text[start - 1])):
            if end - at > 3 and _word_across(text, end - 1):
                end -= 1  # "约翰·史密斯怀疑": the last sound opens the verb
            if at - start > 1 and _word_across(text, start - 1):
                start += 1
            out.append((start, end))
            at = end
        else:
            at += 1
    return out


def _word_across(text: str, at: int) -> bool:
    """Whether the characters at `at` and after it make a common word, one of them a
    character outside the table `identity.xinhua` reads."""
    pair = text[at : at + 2] if at >= 0 else ""
    if len(pair) < 2 or all(ch in transliteration_characters() for ch in pair):
        return False
    return zipf(pair, "zh") >= _EDGE_WORD_ZIPF


# The legal forms that close a registered company name, longest first.
_LEGAL_FORM = re.compile(r"(?:集团)?(?:股份有限公司|有限责任公司|有限公司|控股公司)")
_MAX_FIELD = 10
_JOINERS = frozenset("与和及")
# A field holds no particle, verb of a clause, determiner or measure word.
_NOT_IN_FIELD = frozenset("的了在是对将已也并向从被把为以说称该这那其每此某个位名些家都还又再就让给，。、；：")
_FIRM_WORDS = ("集团", "公司")


def transliterated_firms(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with each registered company of a transliterated firm made one ORG: the
    firm's short name (a firm the text names with "集团" or "公司"), a field that may join
    two fields with "与", and the legal form; it replaces the mentions it holds."""
    shorts = {_short_name(m.text) for m in mentions if m.type == "ORG"} - {None}
    out = list(mentions)
    for short in shorts:
        assert short is not None
        for hit in re.finditer(re.escape(short), text):
            end = _registered_end(text, hit.end())
            if end is None:
                continue
            org = Mention(hit.start(), end, text[hit.start() : end], "ORG", model="rules:zh", confidence=0.7)
            if any(o.start < org.start < o.end or o.start < org.end < o.end for o in out):
                continue  # a mention crossing its edge: no firm's name
            out = [o for o in out if o.end <= org.start or o.start >= org.end] + [org]
    return sorted(out, key=lambda m: (m.start, m.end))


def _short_name(name: str) -> str | None:
    """The transliterated short name of a firm named with its firm word ("阿达尼集团")."""
    for word in _FIRM_WORDS:
        short = name.removesuffix(word)
        if short != name and len(short) >= 2 and all(ch in foreign_sounds() for ch in short):
            return short
    return None


def _registered_end(text: str, at: int) -> int | None:
    """The end of a field and legal form right after a firm's short name at `at`."""
    for n in range(1, _MAX_FIELD + 1):
        field = text[at : at + n]
        if len(field) < n or not all("\u4e00" <= ch <= "\u9fff" and ch not in _NOT_IN_FIELD for ch in field):
            return None
        if field[0] in _JOINERS or field[-1] in _JOINERS:
            continue  # "与" joins two fields inside the name, never opens or closes it
        form = _LEGAL_FORM.match(text, at + n)
        if form is not None:
            return form.end()
    return None


# A transliterated name this common as a word is no name ("美国科技公司" is a kind of firm).
_FIRM_SOUNDS_ZIPF = 3.0
_HOME = "中国"


def foreign_firm_countries(text: str, mentions: list[Mention], countries: frozenset[str]) -> list[Mention]:
    """`mentions` with a foreign country that opens a transliterated firm's name made a place
    of its own before the firm."""
    out: list[Mention] = []
    for m in mentions:
        country = next((c for c in sorted(countries, key=len, reverse=True) if m.text.startswith(c)), None)
        if m.type != "ORG" or country is None or country == _HOME or not m.text.endswith(_FIRM_WORDS):
            out.append(m)
            continue
        rest = m.text[len(country) :]
        sounds = len(rest) - len(rest.lstrip("".join(foreign_sounds())))
        run = rest[:sounds]
        if sounds < 2 or zipf(run, "zh") >= _FIRM_SOUNDS_ZIPF or len(rest) - sounds < 2:
            out.append(m)
            continue
        at = m.start + len(country)
        out.append(Mention(m.start, at, country, "LOC", model="rules:zh", confidence=0.7))
        out.append(Mention(at, m.end, text[at : m.end], "ORG", model="rules:zh", confidence=0.7))
    return sorted(out, key=lambda m: (m.start, m.end))
