"""Russian and Ukrainian heritage news as the guidelines mark them (session 32, round 32; whole
articles only):

- a regional committee named by its lower-case remit and its region is one body ("Комитет по
  делам архивов Тверской области", "Комітету з питань культури Волинської області"): the
  taggers take the region alone;
- a century ("XII века", "XIV століття") is a date, no name: the neural tagger reads the
  Roman numeral as a body;
- a mention of three words or more with no capital letter and no digit ("находки передадут в
  музей") is no name: the neural tagger sometimes types a headline's lower-case clause (a
  numbered unit, "235-й гарнизонный военный суд", keeps its digits).
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans

MODEL = "slavic-archaeology"
_LANGUAGES = frozenset({"ru", "uk"})
_UP = "А-ЯЁІЇЄҐ"
_LOW = "а-яёіїєґ'’"
_COMMITTEE = re.compile(
    r"(?<![\w’'-])(?:Комитет|Комітет)(?:а|у|ом|е|і|ові)? (?:по|з) "
    rf"(?:[{_LOW}-]+ ){{1,7}}[{_UP}][{_LOW}-]+(?:ой|ої|ій) (?:области|області)(?![\w-])"
)
_CENTURY = re.compile(r"[IVXL]+ (?:век|века|веке|веков|вв?\.|столітт\w*|ст\.)")


def slavic_archaeology(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the committees above, without centuries and lower-case clauses."""
    if language not in _LANGUAGES:
        return mentions
    out = [m for m in mentions if not _lower_clause(m.text) and not _CENTURY.fullmatch(m.text)]
    if "Комит" in text or "Коміт" in text:
        out = claimed_spans(text, out, [f.span() for f in _COMMITTEE.finditer(text)], "ORG", MODEL, 0.8)
    return out


def _lower_clause(name: str) -> bool:
    return name.count(" ") >= 2 and not any(c.isupper() or c.isdigit() for c in name)
