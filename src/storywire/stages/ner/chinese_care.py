"""Chinese care homes and service centres named by a quoted name before their kind.

Local news names an elder-care home, a day-care centre or a welfare home by a short quoted
name and a generic description of what it is ("“XX苑”嵌入式养老服务中心", "“XX家园”日间照料
中心", "“XX之家”敬老院").  The quoted name is the body that opens, operates and takes people
in (ORG); the description after it is a kind, as a firm's field is no part of a bare name, and
the guidelines keep quotes around a name without a legal form out of the span.  Only a kind of
care facility closes the description, so a quoted slogan or campaign before another word
("“银发关爱”行动") is left alone.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.word_frequency import zipf

# Kinds of care facility, longest first; a short description of what it offers may stand
# between the closing quote and the kind ("嵌入式", "社区", "综合").
_CARE_KINDS = (
    "养老服务中心", "养老服务综合体", "日间照料中心", "康养中心", "养老中心", "照护中心", "护理中心",
    "养老院", "敬老院", "护理院", "福利院", "颐养院", "托养中心", "助老服务站",
)  # fmt: skip
_QUOTED_CARE = re.compile(r"“([\u4e00-\u9fff]{2,6})”([\u4e00-\u9fff]{0,6}?)(?:" + "|".join(_CARE_KINDS) + ")")
# A name this common as a word is a slogan or a quality ("幸福", "温馨"), no home's own name.
_NAME_WORD_ZIPF = 4.0


def care_homes(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with the quoted name before a care facility's kind added as an ORG where no
    mention overlaps it; only where a closing quote occurs."""
    if "”" not in text:
        return mentions
    out = list(mentions)
    for hit in _QUOTED_CARE.finditer(text):
        start, end = hit.span(1)
        if zipf(hit.group(1), "zh") >= _NAME_WORD_ZIPF:
            continue
        if any(o.start < end and start < o.end for o in out):
            continue
        out.append(Mention(start, end, hit.group(1), "ORG", model="rules:zh", confidence=0.6))
    return sorted(out, key=lambda m: (m.start, m.end))
