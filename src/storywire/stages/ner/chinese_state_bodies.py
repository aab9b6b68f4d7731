"""Chinese state bodies named by their standing and field ("国家统计局", "中央气象台"), and a
country or a body written right before a body joined to it ("中国外交部", "联合国安理会"):
Chinese writes no "of" between them."""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.chinese_names import DETERMINERS

_WHOLE_FIRM_ENDS = ("公司", "集团")


def join_bodies(text: str, mentions: list[Mention], countries: frozenset[str]) -> list[Mention]:
    """A country or a body written right before a body is part of its name: "中国外交部",
    "联合国安理会" (Chinese writes no "of" between them)."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, m.end)):
        prev = out[-1] if out else None
        if (
            prev is not None
            and m.type == "ORG"
            and prev.end == m.start
            and (prev.type == "ORG" or (prev.type == "LOC" and prev.text in countries))
            # a firm's name is whole: "美国航空公司" + "波音" 787 are two firms
            and not prev.text.endswith(_WHOLE_FIRM_ENDS)
            # a body whose own name states the country is named after it, not with it:
            # "哈萨克斯坦" + "...哈萨克国立大学"
            and not (prev.type == "LOC" and prev.text[:3] in m.text)
        ):
            out[-1] = Mention(prev.start, m.end, text[prev.start : m.end], "ORG", model="rules:zh", confidence=0.7)
            continue
        out.append(m)
    return out


# A state body named by its standing and its field, with no place before it: "中央气象台",
# "国家统计局", "国家航天局" ("中央"/"国家" + a field of one to four characters + the kind of
# body).  Not after a determiner ("这个国家", "该国家"), nor with a particle inside.  A
# regulator's or an office's field runs longer ("国家药品监督管理局", "国家互联网信息办公室"): five or six
# characters only before a regulator's kind, and with no office, verb or firm in them ("国家
# 主席访问医院" is the president visiting a hospital).
_STATE_BODY = re.compile(
    r"(?:中央|国家)([\u4e00-\u9fff]{1,6}?)(气象台|气象局|地震局|总局|委员会|办公室|电视台|广播电台|局|署|台|院)"
)
_NOT_IN_BODY = frozenset("的了在和与及是对将已也并向从被把为以")
_SHORT_FIELD = 4
_LONG_FIELD_KINDS = frozenset({"总局", "局", "委员会", "办公室"})
_NOT_IN_LONG_FIELD = re.compile(r"主席|总理|部长|局长|主任|书记|公司|集团|访问|会见|出席|视察|考察|参观|发布|表示")


def state_bodies(text: str) -> list[Mention]:
    """State bodies named "中央..." or "国家..." and the kind of body ("中央气象台")."""
    out: list[Mention] = []
    for hit in _STATE_BODY.finditer(text):
        field, kind = hit.group(1), hit.group(2)
        after_determiner = hit.start() > 0 and text[hit.start() - 1] in DETERMINERS
        if after_determiner or any(ch in _NOT_IN_BODY for ch in field) or field.startswith("级"):
            continue  # "国家级开发区管理委员会": a national-level zone's committee, one of many
        if len(field) > _SHORT_FIELD and (kind not in _LONG_FIELD_KINDS or _NOT_IN_LONG_FIELD.search(field)):
            continue
        out.append(Mention(hit.start(), hit.end(), hit.group(), "ORG", model="rules:zh", confidence=0.6))
    return out
