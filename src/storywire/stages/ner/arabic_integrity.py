"""Arabic public-administration bodies of audit, procurement and anti-corruption news.

* A government department named by its field after "دائرة": "دائرة الأراضي والمساحة",
  "دائرة الجمارك العامة", "دائرة ضريبة الدخل والمبيعات" (ORG).  "دائرة" is also a circle or
  a district ("دائرة الضوء", the limelight; "دائرة العنف", the cycle of violence; "الدائرة
  الانتخابية"), so only the fields of an administration open a name: a list.
* A body whose name joins a second field by "و" and a verbal noun: "هيئة X ومكافحة الفساد",
  "لجنة X وحماية المستهلك" (the integrity and anti-corruption commission), one ORG.
* A royal body named by its head, its adjectives and "الملكية" last: "الجمعية العلمية
  الملكية", "الخدمات الطبية الملكية" (ORG); "الملكية" alone is ownership ("الملكية الفكرية").
* A national news agency named by its short name after "وكالة": "وكالة بترا" -> "بترا"
  (ORG, the cue outside as for any agency); the short names are general knowledge, a list.

Each rule looks at a paragraph only where its trigger word occurs.
"""

from __future__ import annotations

from collections.abc import Sequence

from storywire.model import Mention
from storywire.stages.ner.arabic_lexicon import rule_span
from storywire.stages.ner.arabic_places import place_adjective
from storywire.stages.ner.arabic_triggers import clitic_forms, head_behind_clitic, trigger_indices
from storywire.stages.ner.tokens import Token

_DEPARTMENT = "دائرة"
# Fields of a government or municipal department ("دائرة الأشغال", the works department).
_FIELDS = frozenset({
    "الأشغال", "العطاءات", "الأراضي", "الجمارك", "المخابرات", "الإحصاءات", "الإحصاء", "الآثار",
    "الأحوال", "المشتريات", "اللوازم", "الموازنة", "الأبنية", "المساحة", "الترخيص", "الأوقاف",
    "الصحة", "البيئة", "الثقافة", "السياحة", "الطاقة", "البلديات", "النقل", "الشؤون", "التنمية",
    "المالية", "التخطيط", "الإسكان", "الأملاك", "الزراعة", "الرقابة", "التدقيق", "الموارد",
    "المكتبة", "التفتيش", "القضاء", "الضرائب", "الجوازات",
})  # fmt: skip
# Fields named in the construct state: "دائرة ضريبة الدخل", "دائرة قاضي القضاة".
_CONSTRUCT_FIELDS = frozenset({("ضريبة", "الدخل"), ("قاضي", "القضاة")})
# A field's own adjectives ("العطاءات الحكومية", "الجمارك العامة", "الأحوال المدنية").
_FIELD_ADJECTIVES = frozenset({
    "العامة", "العام", "الحكومية", "المدنية", "الوطنية", "الاقتصادية", "القانونية", "الداخلية",
    "الفنية", "الإدارية", "المالية", "الاجتماعية", "الإسلامية", "الحكومي", "البشرية",
})  # fmt: skip
# Second fields joined by "و" ("والمساحة", "والمبيعات", "والجوازات").
_SECOND_FIELDS = _FIELDS | {"المبيعات", "المساحة", "الجوازات", "الأملاك", "الإقامة", "الرسوم"}

# A body's head in the construct state, and the verbal nouns of a second field it joins.
_BODY_HEADS = frozenset({"هيئة", "لجنة", "مجلس", "مديرية", "وحدة", "مكتب", "إدارة", "مؤسسة", "جمعية", "مركز"})
_JOINED_FIELDS = frozenset({
    "ومكافحة", "وحماية", "ومراقبة", "وتنظيم", "ورعاية", "وتنمية", "وتطوير", "ومتابعة", "ومنع",
})  # fmt: skip
# "هيئة الدفاع" is a defence team, "هيئة المحلفين" a jury: no body's name.
_PANELS = frozenset({"الحكم", "المحكمة", "الدفاع", "التحكيم", "المحلفين", "القضاة"})

_AGENCY = "وكالة"
# National news agencies by their short names (general knowledge).
_AGENCIES = frozenset({
    "بترا", "سانا", "وفا", "واس", "قنا", "كونا", "وام", "بنا", "سبأ", "الأناضول", "شينخوا", "نوفوستي",
    "تاس", "إرنا", "تسنيم", "يونهاب", "كيودو", "إنترفاكس", "معا",
})  # fmt: skip

# "الملكية" (royal) closing a body's adjectives, and the definite heads it may close.
_ROYAL = frozenset({"الملكية", "الملكي"})
_ROYAL_HEADS = frozenset({"الجمعية", "الهيئة", "المؤسسة", "الأكاديمية", "الخدمات", "اللجنة", "الكلية", "المركز"})
_MAX_ROYAL_ADJECTIVES = 2

_TRIGGERS = clitic_forms({_DEPARTMENT, _AGENCY}) | _JOINED_FIELDS | _ROYAL


def integrity_bodies(text: str, toks: Sequence[Token]) -> list[Mention]:
    """Departments by their field, bodies joining a second field, agencies by short name."""
    words = [t.text for t in toks]
    out: list[Mention] = []
    for i in trigger_indices(words, _TRIGGERS):
        if words[i] in _ROYAL:
            start = _royal_body_start(words, i)
            if start is not None:
                lead, _ = head_behind_clitic(words[start], _ROYAL_HEADS)
                out.append(rule_span(text, toks, start, i + 1, "ORG", lead))
            continue
        if words[i] in _JOINED_FIELDS:
            start = _joined_body_start(words, i)
            if start is not None and i + 1 < len(words) and _definite(words[i + 1]):
                lead, _ = head_behind_clitic(words[start], _BODY_HEADS)
                out.append(rule_span(text, toks, start, i + 2, "ORG", lead))
            continue
        lead, head = head_behind_clitic(words[i], {_DEPARTMENT, _AGENCY})
        if head == _AGENCY and i + 1 < len(words) and words[i + 1] in _AGENCIES:
            out.append(rule_span(text, toks, i + 1, i + 2, "ORG"))
        elif head == _DEPARTMENT:
            end = _department_end(words, i + 1)
            if end is not None:
                out.append(rule_span(text, toks, i, end, "ORG", lead))
    return _outermost(out)


def _definite(word: str) -> bool:
    return word.startswith("ال") and word.isalpha() and len(word) > 3


def _joined_body_start(words: list[str], i: int) -> int | None:
    """The head's index of "HEAD الX (الY) وVERBAL-NOUN" before the conjunct at `i`, or None."""
    for back in (2, 3):
        h = i - back
        if h < 0:
            return None
        inner = words[h + 1 : i]
        if not all(_definite(w) for w in inner) or inner[0] in _PANELS:
            continue
        _, head = head_behind_clitic(words[h], _BODY_HEADS)
        if head:
            return h
    return None


def _royal_body_start(words: list[str], i: int) -> int | None:
    """The head's index of "HEAD ADJ (ADJ) الملكية" closing at `i`, or None: one or two
    adjectives in "-ية"/"-ي" between the definite head and "الملكية" ("العلمية", "الطبية")."""
    for back in range(1, _MAX_ROYAL_ADJECTIVES + 1):
        h = i - back - 1
        if h < 0:
            return None
        adjectives = words[h + 1 : i]
        if not all(_definite(w) and w.endswith(("ية", "ي")) for w in adjectives):
            return None
        _, head = head_behind_clitic(words[h], _ROYAL_HEADS)
        if head:
            return h
    return None


def _department_end(words: list[str], j: int) -> int | None:
    """The end of a department's field opening at `j` (its adjective and a second field
    after "و" with it), or None where no administration's field follows "دائرة"."""
    if j >= len(words):
        return None
    if tuple(words[j : j + 2]) in _CONSTRUCT_FIELDS:
        k = j + 2
    elif words[j] in _FIELDS:
        k = j + 1
    else:
        return None
    while k < len(words) and (words[k] in _FIELD_ADJECTIVES or place_adjective(words[k])):
        k += 1  # "الجمارك العامة", "الأحوال المدنية"
    if k < len(words) and words[k].startswith("و") and words[k][1:] in _SECOND_FIELDS:
        k += 1  # "الأراضي والمساحة", "ضريبة الدخل والمبيعات"
        while k < len(words) and words[k] in _FIELD_ADJECTIVES:
            k += 1
    return k


def _outermost(found: list[Mention]) -> list[Mention]:
    """`found` less any mention inside a longer one."""
    return [m for m in found if not any(o is not m and o.start <= m.start and m.end <= o.end for o in found)]
