"""Chinese trade-fair news: the names inside a fair's name, the towns visitors come from, and
a foreign ministry named by two fields.

* A fair, an expo or a matchmaking meeting is no entity, and the names inside its name are not
  labelled apart ("第五届广西国际林业博览会", "中国—中亚经贸合作对接会"): a place or a body
  whose name runs on, with no particle, verb or punctuation, into such an event's word is
  dropped ("在南宁举办博览会" keeps 南宁: the verb breaks the run).
* A town named where a person comes from ("来自桐乡市的养殖户") is a place even where the
  gazetteer lacks it: "来自" + a short name with its unit + "的".
* A country's ministry named by two fields joined by "与"/"和" ("柬埔寨农业与农村发展部") is
  one body with the country, where the reading stopped at the conjunction.
"""

from __future__ import annotations

import re

from storywire.model import Mention

# The words that end an event's name: fairs, expos, trade and matchmaking meetings; not a summit
# ("欧盟峰会" is the body's own meeting, and the body is named in it).
_EVENT = re.compile(r"博览会|展览会|交易会|展销会|对接会|洽谈会|推介会|交流会|研讨会|进博会|农博会")
# The most characters between a name's end and the event's word ("国际农业机械").
_GAP = 12
# What breaks the run from a name to an event's word: punctuation, particles, prepositions and
# the verbs that place an event ("在长沙举办博览会": 长沙 is where it is held).
_BREAK = re.compile(r"[，。；：！？、“”「」（）《》\s的了在于是将由和与及到从为]|举办|举行|召开|参加|出席|开幕|闭幕")
# "来自" + a name of two to four characters with its unit + "的"
_FROM_TOWN = re.compile(r"来自([\u4e00-\u9fff]{2,4}?[市县区镇乡])的")
# "来自于该县的", "来自本市的", "来自全县各乡": a preposition or a pointing word, no name (where
# real towns open so, "本溪市", "全州县", the unit does not follow the pointing character)
_NOT_TOWN = re.compile(
    r"^[于该此这我其某各]|^[本全外邻同][市县区镇乡]"
    # "来自周边乡镇的", "来自附近县市的": nearby towns of any name, two units side by side
    r"|^(?:周边|附近|周围|邻近|临近|当地|偏远|边远|其他|其它)|(?:乡镇|县市|市县|区县|县区)$"
)
# Two fields joined by a conjunction and a ministry's word, right after a country.
_TWO_FIELDS = re.compile(r"[\u4e00-\u9fff]{2,4}[与和]$")


def fairs(text: str, mentions: list[Mention], countries: frozenset[str]) -> list[Mention]:
    """`mentions` without names inside a fair's name, with towns visitors come from and
    ministries named by two fields; each step runs only where its cue is in the text."""
    if _EVENT.search(text):
        mentions = _without_event_parts(text, mentions)
    if "来自" in text:
        mentions = _from_towns(text, mentions)
    if "部" in text and ("与" in text or "和" in text):
        mentions = _two_field_ministries(text, mentions, countries)
    return mentions


def _without_event_parts(text: str, mentions: list[Mention]) -> list[Mention]:
    out = []
    for m in mentions:
        if m.type in ("LOC", "ORG") and _runs_into_event(text, m.end):
            continue
        out.append(m)
    return out


def _runs_into_event(text: str, end: int) -> bool:
    window = text[end : end + _GAP + 3]
    hit = _EVENT.search(window)
    if hit is None:
        return False
    # "—" joins two parties of one event ("中国—东盟"): it stays inside the run
    return _BREAK.search(window[: hit.start()]) is None


def _from_towns(text: str, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    for hit in _FROM_TOWN.finditer(text):
        start, end = hit.span(1)
        if _NOT_TOWN.search(text[start:end]):
            continue
        if any(m.start < end and start < m.end for m in out):
            continue  # read already, or inside a longer name
        out.append(Mention(start, end, text[start:end], "LOC", model="rules:zh", confidence=0.6))
    return sorted(out, key=lambda m: (m.start, m.end))


def _two_field_ministries(text: str, mentions: list[Mention], countries: frozenset[str]) -> list[Mention]:
    out = list(mentions)
    for m in mentions:
        if m.type != "ORG" or not m.text.endswith("部"):
            continue
        country = next(
            (
                c
                for c in out
                if c.type == "LOC"
                and c.text in countries
                and c.end < m.start <= c.end + 5
                and _TWO_FIELDS.search(text[c.end : m.start])
            ),
            None,
        )
        if country is None:
            continue
        out = [o for o in out if o is not m and o is not country]
        out.append(Mention(country.start, m.end, text[country.start : m.end], "ORG", model="rules:zh", confidence=0.7))
    return sorted(out, key=lambda m: (m.start, m.end))
