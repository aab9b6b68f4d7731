"""Arabic courts, bars and councils named with their town, and a byline's reporter.

* A court, a bar or a court of accounts is named with the town it sits in behind "ب": one
  ORG, the clitic inside ("محكمة الاستئناف بX", "هيئة المحامين بX", "المجلس الجهوي
  للحسابات بX"), as the guidelines settle for courts, bars and councils named with their town.
  A body of any other kind keeps "بX" out: there it is where the body acts.  A court named by
  its kind's adjective is a name with its seat only ("المحكمة الابتدائية بX"); alone it is
  any court of that kind.
* A commune's council ("مجلس جماعة X") is one ORG with its commune; "جماعة X" alone gives the
  town (`arabic_localities`).
* A regional council with its region ("مجلس جهة X Y") is one ORG the same way; a commune
  listed right after a body ("بدعم من مجلس ... وجماعة X") is one of the bodies: "جماعة X" ORG.
* A byline under a dateline, a line of its own ("X – Y Z"): the words after the dash are the
  reporter (PER) when they open with a given name, as the guidelines label a byline's reporter.

Each rule runs on the mentions the other rules found, and looks only where its cue stands: a
justice body's mention, "جماعة" after "مجلس", a dash on a short line.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from storywire.model import Mention
from storywire.stages.ner.arabic_family_names import ADJECTIVE_GIVEN_NAMES
from storywire.stages.ner.arabic_lexicon import (
    GIVEN_NAMES,
    STOP_WORDS,
    definite_family_name,
    name_word,
    present_verb,
    replace_inside,
    rule_span,
)
from storywire.stages.ner.arabic_places import place_end
from storywire.stages.ner.arabic_triggers import clitic_forms, trigger_indices
from storywire.stages.ner.tokens import Token

# Words that make a body a court, a bar or a court of accounts: seated in its town.
_JUSTICE_WORDS = frozenset({"محكمة", "المحكمة", "المحامين", "للحسابات", "نيابة", "النيابة"})
_SEAT = "ب"
_COURT = "المحكمة"
_COURT_FORMS = clitic_forms({_COURT})
# A court's kind as its adjective: first instance, administrative, commercial, criminal ...
_COURT_KINDS = frozenset({
    "الابتدائية", "الإدارية", "التجارية", "الجنائية", "الزجرية", "العسكرية", "الشرعية", "الاستئنافية",
    "الجزائية", "المدنية", "الاقتصادية",
})  # fmt: skip
_COUNCILS = frozenset({"مجلس", "لمجلس", "بمجلس", "ومجلس"})
_COMMUNE = "جماعة"
# A council named with its commune or its region ("مجلس جهة X": the regional council).
_COUNCIL_OF = frozenset({_COMMUNE, "جهة"})
_AND_COMMUNE = "و" + _COMMUNE
_DASHES = frozenset({"–", "-", "—"})
_MAX_BYLINE_WORDS = 3
# Given names, those common as adjectives too ("حسن", good): on a byline's line, a name.
_GIVEN = GIVEN_NAMES | ADJECTIVE_GIVEN_NAMES


def justice_mentions(text: str, toks: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """`mentions` with courts and bars grown over their seat, communes' councils and a
    byline's reporter, each replacing the mentions it holds."""
    words = [t.text for t in toks]
    starts = [t.start for t in toks]
    found: list[Mention] = []
    for m in mentions:
        k = bisect.bisect_left(starts, m.end)  # the token after the mention
        a = bisect.bisect_right(starts, m.start) - 1  # the token the mention opens in
        if m.type == "ORG" and not _JUSTICE_WORDS.isdisjoint(m.text.split()):
            found += _seated(text, toks, words, a, k, m)
        elif m.type == "LOC" and a >= 2 and words[a - 1] in _COUNCIL_OF and words[a - 2] in _COUNCILS:
            lead = len(words[a - 2]) - len("مجلس")
            found.append(rule_span(text, toks, a - 2, k, "ORG", lead))  # "مجلس جماعة X", "مجلس جهة X"
    found += _listed_communes(text, toks, words, mentions, found)
    found += _seated_courts(text, toks, words)
    found += _bylines(text, toks, words, mentions)
    return replace_inside(mentions, found)


def _listed_communes(
    text: str, toks: Sequence[Token], words: list[str], mentions: list[Mention], bodies: list[Mention]
) -> list[Mention]:
    """ "ORG وجماعة X": a commune listed right after a body is one of the bodies that fund or
    take part ("بدعم من مجلس جهة X وجماعة Y"), one ORG with its kind word, as a municipality
    that acts ("بلدية X"); alone, "جماعة X" stays the town."""
    ends = {o.end for o in [*mentions, *bodies] if o.type == "ORG"}
    starts = [t.start for t in toks]
    out = []
    for m in mentions:
        a = bisect.bisect_right(starts, m.start) - 1
        if m.type != "LOC" or a < 2 or toks[a].start != m.start or words[a - 1] != _AND_COMMUNE:
            continue
        if toks[a - 2].end in ends:
            out.append(rule_span(text, toks, a - 1, bisect.bisect_left(starts, m.end), "ORG", 1))
    return out


def _seated(text: str, toks: Sequence[Token], words: list[str], a: int, k: int, m: Mention) -> list[Mention]:
    """The body `m` (tokens `a` to `k`) with the known town behind "ب" after it, or none."""
    if k >= len(words) or not words[k].startswith(_SEAT) or len(words[k]) < 4:
        return []
    end = place_end([words[k][1:], *words[k + 1 :]], 0)
    if end is None:
        return []
    grown = rule_span(text, toks, a, k + end, "ORG", m.start - toks[a].start)
    grown.model, grown.confidence = m.model, m.confidence
    return [grown]


def _seated_courts(text: str, toks: Sequence[Token], words: list[str]) -> list[Mention]:
    """ "المحكمة الابتدائية بX", "المحكمة التجارية بX": a court named by its kind's adjective
    and its seat, one ORG (without the seat, "المحكمة الابتدائية" is any such court)."""
    out: list[Mention] = []
    for i in trigger_indices(words[:-2], _COURT_FORMS):
        if words[i + 1] not in _COURT_KINDS or words[i].startswith("لل"):
            continue  # "للمحكمة": the article is glued into "لل", no span holds it
        seat = words[i + 2]
        end = place_end([seat[1:], *words[i + 3 :]], 0) if seat.startswith(_SEAT) and len(seat) >= 4 else None
        if end is not None:
            out.append(rule_span(text, toks, i, i + 2 + end, "ORG", len(words[i]) - len(_COURT)))
    return out


def _bylines(text: str, toks: Sequence[Token], words: list[str], mentions: list[Mention]) -> list[Mention]:
    """The reporter of a byline "X – Y Z" standing on a line of its own after a place."""
    out: list[Mention] = []
    for i, w in enumerate(words):
        if w not in _DASHES or i == 0:
            continue
        line_start = text.rfind("\n", 0, toks[i].start) + 1
        line_end = text.find("\n", toks[i].end)
        line_end = len(text) if line_end < 0 else line_end
        place = any(p.type == "LOC" and p.start == line_start and p.end == toks[i - 1].end for p in mentions)
        after = [n for n in range(i + 1, len(toks)) if toks[n].start < line_end]
        if not place or not 2 <= len(after) <= _MAX_BYLINE_WORDS or words[i + 1] not in _GIVEN:
            continue
        if all(_name_part(words[n]) for n in after):
            out.append(rule_span(text, toks, after[0], after[-1] + 1, "PER"))
    return out


def _name_part(word: str) -> bool:
    """A word of a reporter's name: a name's word or a definite family name ("X الY")."""
    plain = name_word(word) and word not in STOP_WORDS and not present_verb(word)
    return plain or definite_family_name(word, after_a_title=False)
