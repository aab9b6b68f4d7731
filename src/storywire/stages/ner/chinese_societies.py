"""Chinese learned societies' and associations' committees and branches, named after them.

A society names its specialist committees and branches right after its own name
("XX省药学会医院药学专业委员会", "XX市医师协会全科医师分会"): Chinese news writes the whole as
one body, as it writes a body's office or centre ("国家药监局药品审评中心"), so the society
and its committee are one ORG.  The field between them holds no particle, verb of a clause
or determiner ("学会的专业委员会" names no committee).
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import replace_holding

# The kinds of society that have committees, and the committee's kinds after a field.
_SOCIETY_ENDS = ("学会", "协会", "联合会", "研究会", "促进会")
_COMMITTEE = re.compile(r"([\u4e00-\u9fff]{2,10}?)(专业委员会|专委会|分会)")
_NOT_IN_FIELD = frozenset("的了在和是对将已也并向今昨一两几各该这那其每此某个位名些家都还又再就被把从给让为于说称及等")


def society_committees(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with each society's ORG and the committee after it made one ORG."""
    if "会" not in text:
        return mentions
    out = list(mentions)
    for m in mentions:
        if m.type != "ORG" or not m.text.endswith(_SOCIETY_ENDS):
            continue
        hit = _COMMITTEE.match(text, m.end)
        if hit is None or any(ch in _NOT_IN_FIELD for ch in hit.group(1)):
            continue
        org = Mention(m.start, hit.end(), text[m.start : hit.end()], "ORG", model="rules:zh", confidence=0.6)
        out = replace_holding(out, org)
    return out
