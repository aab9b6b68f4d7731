"""Arabic committees, high courts and trade unions named by a pattern the head rules cut short.

* A standing committee of a parliament is named by the fields it oversees, joined by "و":
  "لجنة المالية والتنمية الاقتصادية", "لجنة العدل والتشريع وحقوق الإنسان"; the head and its
  fields are one ORG, the chamber after it ("بمجلس النواب") another.  One field alone is
  as often a committee's description ("لجنة التحقيق", an inquiry) and is left out, but for
  "لجنة الشؤون X" (the committee on X affairs).
* A country's high court is named by the definite "المحكمة" and the adjective of its rank
  ("المحكمة الدستورية", "المحكمة العليا", "المحكمة الاتحادية العليا"); "المحكمة الابتدائية"
  (the court of first instance) is any town's.
* A trade union is a head, the adjectives of its country or standing and the work it
  stands for after "لل": "الاتحاد المغربي للشغل", "الاتحاد العام التونسي للشغل",
  "الكونفدرالية الديمقراطية للشغل".  The work is one of a short list: "الاتحاد الأوروبي
  للبنان" is the European Union "to Lebanon", no union.
"""

from __future__ import annotations

from collections.abc import Sequence

from storywire.model import Mention
from storywire.stages.ner.arabic_lexicon import CLITICS, STOP_WORDS, rule_span
from storywire.stages.ner.arabic_triggers import clitic_forms, trigger_indices
from storywire.stages.ner.tokens import Token

_COMMITTEE = "لجنة"
_AFFAIRS = "الشؤون"
_MAX_FIELDS = 6

_COURT = "المحكمة"
_COURT_RANKS = frozenset({"الدستورية", "العليا", "الاتحادية", "العسكرية", "الإدارية", "الشرعية", "الجنائية"})
_COURT_MORE = frozenset({"العليا", "الدولية", "الخاصة", "المركزية", "الإدارية"})

_UNION_HEADS = frozenset({"الاتحاد", "الكونفدرالية", "الفيدرالية", "النقابة", "المنظمة", "الجامعة"})
_UNION_WORK = frozenset({
    "للشغل", "للعمل", "للعمال", "للشغالين", "للشغيلة", "للموظفين", "للصحفيين", "للصحافيين", "للمحامين",
    "للأطباء", "للمهندسين", "للمعلمين", "للتعليم", "للفلاحين", "للمقاولات", "للمقاولين", "للتجار",
})  # fmt: skip
_MAX_ADJECTIVES = 3
_STANDING = frozenset({"العام", "العامة", "الوطني", "الوطنية", "الديمقراطية", "الديمقراطي", "الحر", "الحرة"})


# The heads above, bare or behind a clitic: a name of `chambers` opens at one of them only.
_HEAD_FORMS = clitic_forms({_COMMITTEE, _COURT} | _UNION_HEADS)


def _bare(word: str, heads: frozenset[str]) -> tuple[int, str]:
    """(clitic length, head) of `word` behind و ب ف (or "لل" on a definite head), or (0, "")."""
    if word in heads:
        return 0, word
    if word[:1] in "وبف" and word[1:] in heads:
        return 1, word[1:]
    if word.startswith("لل") and "ال" + word[2:] in heads:
        return 0, ""  # "للمحكمة": the article's alif is gone, no span opens inside the word
    if word[:1] in CLITICS and word[1:] in heads:
        return 1, word[1:]
    return 0, ""


def chambers(text: str, toks: Sequence[Token]) -> list[Mention]:
    """Committees by their fields, high courts by their rank and unions by their work (ORG)."""
    words = [t.text for t in toks]
    out: list[Mention] = []
    free = 0  # the end of the last name read: the next one opens after it
    for i in trigger_indices(words, _HEAD_FORMS):
        if i < free:
            continue
        end = None
        lead, head = _bare(words[i], frozenset({_COMMITTEE}))
        if head:
            end = _committee_end(words, i + 1)
        if end is None:
            lead, head = _bare(words[i], frozenset({_COURT}))
            if head and i + 1 < len(words) and words[i + 1] in _COURT_RANKS:
                end = i + 2
                while end < len(words) and end - i <= 3 and words[end] in _COURT_MORE:
                    end += 1
        if end is None:
            lead, head = _bare(words[i], _UNION_HEADS)
            end = _union_end(words, i + 1) if head else None
        if end is None:
            continue
        out.append(rule_span(text, toks, i, end, "ORG", lead))
        free = end
    return out


def _definite(word: str) -> bool:
    return word.startswith("ال") and word.isalpha() and len(word) > 3


def _committee_end(words: list[str], j: int) -> int | None:
    """The end of a committee's fields after "لجنة": two or more joined by "و" (each a
    definite noun, its adjectives, or a noun and its definite complement), or "الشؤون" and
    its adjective; None for one field."""
    if j >= len(words) or not _definite(words[j]):
        return None
    k, joined = j + 1, False
    while k < len(words) and k - j < _MAX_FIELDS:
        w = words[k]
        if w.startswith("وال") and len(w) > 4 and w.isalpha():
            k, joined = k + 1, True  # "والجماعات"
        elif w.startswith("و") and not w.startswith("وال") and k + 1 < len(words) and _definite(words[k + 1]):
            if not w[1:].isalpha() or len(w) < 4 or w in STOP_WORDS:
                break
            k, joined = k + 2, True  # "وحقوق الإنسان"
        elif _definite(w) and w.endswith(("ي", "ية")) and (joined or k == j + 1):
            k += 1  # "الترابية", "الاقتصادية": a field's adjective
        else:
            break
    if joined or (words[j] == _AFFAIRS and k > j + 1):
        return k
    return None


def _union_end(words: list[str], j: int) -> int | None:
    """The end of a union's adjectives and its work after its head ("المغربي للشغل"), or None."""
    k = j
    while k < len(words) and k - j < _MAX_ADJECTIVES and _definite(words[k]):
        if not (words[k].endswith(("ي", "ية")) or words[k] in _STANDING):
            return None
        k += 1
    if k == j or k >= len(words) or words[k] not in _UNION_WORK:
        return None
    return k + 1
