"""Arabic customs, tax and port news: state authorities named by their field, customs
offices named by their town, departments and public authorities named by their task,
prosecution offices by their field, ports by a compass point and a town.

* An authority "مصلحة" + a listed field of the state's work ("مصلحة الجمارك", "مصلحة
  الضرائب", "مصلحة السجون") and the adjectives of its fixed name ("المصرية"): ORG, a clitic
  outside ("بمصلحة الجمارك").  "مصلحة" is also "interest" ("مصلحة المواطنين"): only the
  listed fields name a body.
* A customs office "جمرك" + a known town ("جمرك دمياط"): one ORG with its town, as an office
  named with its town is one.
* A department or a public authority "الإدارة|الهيئة" + "العامة|المركزية" + its task behind
  "ل" ("الإدارة المركزية لمكافحة التهرب الجمركي", "الهيئة العامة لميناء X"): ORG up to the
  task's definite words or its town; a port or a place inside is not labelled apart.
* A prosecution office by its field: "نيابة" + a definite plural noun and its adjectives
  ("نيابة الشؤون المالية والتجارية", "نيابة الأموال العامة"): ORG.  "نيابة عن" (on behalf
  of) is no office: a definite word must follow.
* A quarter "حي" + a known town + "الجديدة|الجديد": LOC without "حي", the town inside not
  labelled apart.
* A port by a compass point and its town: "ميناء شرق|غرب|شمال|جنوب X": LOC, Arabic ports
  keep their kind word.

Each rule looks only at paragraphs holding its trigger word.
"""

from __future__ import annotations

from collections.abc import Sequence

from storywire.model import EntityType, Mention
from storywire.stages.ner.arabic_lexicon import STOP_WORDS, replace_inside, rule_span
from storywire.stages.ner.arabic_places import place_end
from storywire.stages.ner.arabic_triggers import clitic_forms, definite_word, head_after_clitic, trigger_indices
from storywire.stages.ner.tokens import Token

_AUTHORITY = "مصلحة"
# The fields that name a state authority "مصلحة X" (Egypt, Sudan, Lebanon ...).
_AUTHORITY_FIELDS = frozenset({
    "الجمارك", "الضرائب", "السجون", "الأحوال", "الشهر", "الطب", "الأرصاد", "الري", "المساحة",
    "الموانئ", "الغابات", "الجوازات", "الدمغة", "الكفاية", "الميكانيكا", "الآثار", "المياه",
})  # fmt: skip
_CUSTOMS = "جمرك"
_BODIES = frozenset({"الإدارة", "الهيئة"})
_BODY_RANKS = frozenset({"العامة", "المركزية"})
_PROSECUTION = "نيابة"
_PORT = "ميناء"
_COMPASS = frozenset({"شرق", "غرب", "شمال", "جنوب"})
# A name's task runs over at most this many words after the "ل" word.
_MAX_TASK_WORDS = 3

# A quarter named by a town and "new" ("حي X الجديدة"): the quarter, not the town.
_QUARTER = "حي"
_NEW = frozenset({"الجديدة", "الجديد"})
# A field of work qualified by its speed, not by a relation: "X للتوصيل السريع".
_SERVICE_ADJECTIVES = frozenset({"السريع", "السريعة"})

_HEADS = frozenset({_AUTHORITY, _CUSTOMS, *_BODIES, _PROSECUTION, _PORT, _QUARTER})
_FORMS = clitic_forms(_HEADS)


def customs_mentions(text: str, toks: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """`mentions` with authorities, customs offices, departments, prosecution offices and
    ports added, each replacing the mentions inside it and dropped where it cuts one."""
    words = [t.text for t in toks]
    found: list[Mention] = []
    for i in trigger_indices(words, _FORMS):
        lead, head = head_after_clitic(words[i], _HEADS)
        if not head:
            continue
        span = _one(words, i, head)
        if span is not None:
            etype, end = span
            a = i + 1 if head == _QUARTER else i  # the quarter's kind word stays out
            found.append(rule_span(text, toks, a, end, etype, lead if a == i else 0))
    return _firm_adjectives(text, toks, replace_inside(mentions, found) if found else mentions)


def _firm_adjectives(text: str, toks: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """`mentions` with a firm's name that ends on its field of work behind "ل"/"و"
    ("X للشحن والتخليص") grown over that field's adjective ("الجمركي"): the adjective
    belongs to the field, so to the name.  Runs over the ORG mentions only, one look each."""
    out: list[Mention] = []
    starts = {t.start: n for n, t in enumerate(toks)}
    ends = {t.end: n for n, t in enumerate(toks)}
    for m in mentions:
        first, last = starts.get(m.start), ends.get(m.end)
        if m.type == "ORG" and first is not None and last is not None and first < last < len(toks) - 1:
            word, nxt = toks[last].text, toks[last + 1].text
            # a participle in "-ية" ("المنضوية": affiliated) qualifies the body, not its field
            relational = _nisba(nxt) and not nxt.startswith("الم")
            # a courier's service by its speed ("للتوصيل السريع", "للشحن السريع")
            relational = relational or nxt in _SERVICE_ADJECTIVES
            if word.startswith(("لل", "وال")) and relational and toks[last + 1].start == toks[last].end + 1:
                m = rule_span(text, toks, first, last + 2, "ORG")
        out.append(m)
    return out


def _one(words: list[str], i: int, head: str) -> tuple[EntityType, int] | None:
    """(type, end) of the name `head` opens at `i`, or None."""
    j = i + 1
    nxt = words[j] if j < len(words) else ""
    if head == _AUTHORITY:
        return ("ORG", _adjectives_end(words, j + 1)) if nxt in _AUTHORITY_FIELDS else None
    if head == _CUSTOMS:
        end = place_end(words, j)
        return ("ORG", end) if end else None
    if head == _QUARTER:
        end = place_end(words, j)
        return ("LOC", end + 1) if end and end < len(words) and words[end] in _NEW else None
    if head == _PORT:
        end = place_end(words, j + 1) if nxt in _COMPASS else None
        return ("LOC", end) if end else None
    if head == _PROSECUTION:
        if not _task_word(nxt):
            return None
        return "ORG", _task_end(words, j + 1)
    if head in _BODIES:
        if nxt not in _BODY_RANKS or j + 1 >= len(words):
            return None
        task = words[j + 1]
        if not task.startswith("ل") or len(task) < 4 or task[1:] in STOP_WORDS:
            return None
        k = j + 2
        if not task.startswith("لل"):  # "لمكافحة X", "لميناء X": the noun's complement follows
            end = place_end(words, k)
            if end is not None:
                return "ORG", end
            if k >= len(words) or not _task_word(words[k]):
                return None
            k += 1
        return "ORG", _task_end(words, k)
    return None


def _task_word(word: str) -> bool:
    return definite_word(word) and word not in STOP_WORDS


def _nisba(word: str) -> bool:
    return _task_word(word) and word.endswith(("ي", "ية")) and len(word) >= 5


def _adjectives_end(words: list[str], k: int) -> int:
    """The end of up to two adjectives in "-ي"/"-ية" from `k` ("المصرية", "العامة")."""
    start = k
    while k < len(words) and k - start < 2 and (_nisba(words[k]) or words[k] in _BODY_RANKS):
        k += 1
    return k


def _task_end(words: list[str], k: int) -> int:
    """The end of a task's definite words from `k`, a second one joined by "و" ("المالية
    والتجارية"), at most `_MAX_TASK_WORDS`; a word behind "ب" (a seat) ends it."""
    start = k
    while k < len(words) and k - start < _MAX_TASK_WORDS:
        word = words[k]
        # "والتجارية": a second adjective; "والمحكمة" is a second body, outside
        if _task_word(word) or (word[:1] == "و" and _nisba(word[1:])):
            k += 1
            continue
        break
    return k
