"""Chinese forest farms, monitoring stations and places a text names whole elsewhere.

* A forest farm ("XX国有林场", "XX林场", "XX采育场") is a state unit that sells its timber and
  hires its workers: an ORG, with the town before it ("XX市XX国有林场"), as a town's bureau
  is one ORG with its town.  Its own name (two to four characters) is no common word and holds
  no particle or verb of a clause ("全省国有林场", "该林场" name none).
* A monitoring centre's station ("XX省环境监测中心站") is the centre's whole official name:
  the station's "站" stays in the ORG read up to "中心".
* A place the text names whole ("富X溪") and, elsewhere, read only from its second
  character because the first makes a word with the verb before it ("排入富X溪" read as
  "X溪"): the whole name wins where the characters before the short one complete it.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import replace_holding
from storywire.stages.ner.word_frequency import zipf

_FARM = re.compile(r"(?:国有)?(?:林场|采育场)")
_NOT_IN_NAME = frozenset(
    "的在和是了对将已也并向今昨一两几各该这那其每此某个位名些家都还又再就被把从给让为于说称及等全本省市县区"
)
_AFTER_PLACE = frozenset("将和")
# What bounds a farm's name on the left where no town stands before it.
_BEFORE = frozenset("，。；：！？、“”「」（）《》\n 的了在于到至从往赴自和与及由向对据是为")
_NAME_ZIPF = 3.0


def forestry(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with forest farms, centres' stations and whole place names; each step runs
    only where its cue is in the text."""
    out = mentions
    if "场" in text:
        out = _farms(text, out)
    if "中心站" in text:
        out = _centre_stations(text, out)
    return _whole_places(text, out)


def _farms(text: str, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    for hit in _FARM.finditer(text):
        at = hit.start()
        # "林场组织职工": "组织" is the farm's verb, not a body's kind word read across it
        verb = next((m for m in out if m.type == "ORG" and m.end == hit.end() + 2 and m.text.endswith("组织")), None)
        if verb is not None and verb.start < at:
            trimmed = Mention(verb.start, hit.end(), text[verb.start : hit.end()], "ORG", verb.model, verb.confidence)
            out = sorted([m for m in out if m is not verb] + [trimmed], key=lambda m: (m.start, m.end))
            continue
        if any(m.start < hit.end() and at < m.end for m in out):
            continue  # inside a name read already
        for size in (2, 3, 4):
            start = at - size
            name = text[start:at]
            if start < 0 or any(not "\u4e00" <= ch <= "\u9fff" for ch in name):
                break
            place = next((m for m in out if m.end == start and m.type == "LOC"), None)
            # after a place the name is bounded on both sides: "将乐", "和平" open real names
            barred = _NOT_IN_NAME - _AFTER_PLACE if place is not None else _NOT_IN_NAME
            if any(ch in barred for ch in name):
                if place is None and any(ch in barred for ch in name[1:]):
                    break
                continue
            if place is None and start > 0 and text[start - 1] not in _BEFORE:
                continue  # the name runs on to the left
            if zipf(name, "zh") >= _NAME_ZIPF:
                continue  # "国营林场", "这个林场": a word, no name
            first = place.start if place is not None else start
            new = Mention(first, hit.end(), text[first : hit.end()], "ORG", model="rules:zh", confidence=0.6)
            out = replace_holding(out, new)
            break
    return out


def _centre_stations(text: str, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    for m in mentions:
        if m.type == "ORG" and m.text.endswith("中心") and text[m.end : m.end + 1] == "站":
            if text[m.end + 1 : m.end + 2] == "点":
                continue  # "中心站点": a site of the centre's
            out = replace_holding(
                out, Mention(m.start, m.end + 1, text[m.start : m.end + 1], "ORG", m.model, m.confidence)
            )
    return out


def _whole_places(text: str, mentions: list[Mention]) -> list[Mention]:
    names = {m.text for m in mentions if m.type == "LOC" and len(m.text) >= 3}
    if not names:
        return mentions
    out = list(mentions)
    for m in mentions:
        if m.type != "LOC":
            continue
        for name in names:
            lead = len(name) - len(m.text)
            if lead in (1, 2) and name.endswith(m.text) and text[m.start - lead : m.end] == name:
                out = replace_holding(out, Mention(m.start - lead, m.end, name, "LOC", m.model, m.confidence))
                break
    return out
