"""Arabic cooperatives and mills named by their kind word (ORG, the kind word inside).

* A cooperative, "تعاضدية" (the Maghreb's mutual) or "تعاونية" and its own name: the name and
  its field after "لل" with the field's adjectives ("تعاضدية X للخدمات الفلاحية"), the name
  a common word too since the field says a body; without a field only a name rare as a word
  ("تعاونية X"), as "تعاونية الحليب" (a milk cooperative) names none.  The guidelines keep
  the kind word of a cooperative's name inside it.
* A milling firm, "مطاحن" (mills) and the region it is named by: a compass word ("مطاحن
  الشمال"), a direction and a known place ("مطاحن شرق X"), or a known place; "مطاحن الحبوب"
  (grain mills) and "مطاحن المدينة" (the town's mills) name none.

Each rule looks only where its kind word stands.
"""

from __future__ import annotations

from collections.abc import Sequence

from storywire.model import Mention
from storywire.stages.ner.arabic_lexicon import STOP_WORDS, rule_span
from storywire.stages.ner.arabic_places import place_end
from storywire.stages.ner.arabic_triggers import clitic_forms, head_behind_clitic, trigger_indices
from storywire.stages.ner.tokens import Token
from storywire.stages.ner.word_frequency import zipf

_COOPERATIVES = frozenset({"تعاضدية", "تعاونية"})
_MILLS = frozenset({"مطاحن"})
TRIGGERS = clitic_forms(_COOPERATIVES | _MILLS)
# A cooperative's own name with no field after it: rarer than any common noun.
_RARE_NAME_ZIPF = 3.0
_MAX_FIELD_ADJECTIVES = 2
_COMPASS = frozenset({"الشمال", "الجنوب", "الشرق", "الغرب", "الوسط", "الساحل"})
_DIRECTIONS = frozenset({"شمال", "جنوب", "شرق", "غرب", "وسط"})


def cooperative_mentions(text: str, toks: Sequence[Token], words: list[str]) -> list[Mention]:
    """Cooperatives and mills named by their kind word, as ORG with the kind word inside."""
    out: list[Mention] = []
    for i in trigger_indices(words[:-1], TRIGGERS):
        lead, head = head_behind_clitic(words[i], _COOPERATIVES | _MILLS)
        end = _cooperative_end(words, i + 1) if head in _COOPERATIVES else _mill_end(words, i + 1)
        if end is not None:
            out.append(rule_span(text, toks, i, end, "ORG", lead))
    return out


def _name_word(word: str) -> bool:
    return word.isalpha() and word not in STOP_WORDS


def _nisba(word: str) -> bool:
    """A definite adjective of relation ("الفلاحية", "الريفي"): a field's adjective."""
    return word.startswith("ال") and word.endswith(("ي", "ية")) and _name_word(word)


def _cooperative_end(words: list[str], j: int) -> int | None:
    """The end of "X للY الZ" (a name, a field and its adjectives) or of a rare "X" at `j`."""
    name = words[j]
    if not _name_word(name):
        return None
    k = j + 1
    if k < len(words) and words[k].startswith("لل") and len(words[k]) > 3:
        k += 1
        while k < len(words) and k - j - 2 < _MAX_FIELD_ADJECTIVES and _nisba(words[k]):
            k += 1  # "للخدمات الفلاحية": the field's adjectives, not the verb's object after it
        return k
    bare = name[2:] if name.startswith("ال") else name
    return j + 1 if zipf(bare, "ar") < _RARE_NAME_ZIPF and zipf(name, "ar") < _RARE_NAME_ZIPF else None


def _mill_end(words: list[str], j: int) -> int | None:
    """The end of the region a milling firm is named by at `j`, or None."""
    w = words[j]
    if w in _COMPASS:
        return j + 1
    if w in _DIRECTIONS and j + 1 < len(words):
        return place_end(words, j + 1)  # "مطاحن شرق X"
    return place_end(words, j)
