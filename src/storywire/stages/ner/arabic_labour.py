"""Arabic names of labour and social news: union federations, employers' federations, unions
named by the trade they stand for, and a firm's acronym wherever the article repeats it.

* A federation is a definite head ("الاتحاد", "الجامعة" (the Maghreb's word for a sector
  federation), "الكونفدرالية", "الغرفة", "التفقدية" ...), the adjectives of its standing,
  region or country ("العامة", "الجهوي", "التونسي"), and the field it stands for after "لل"
  with the fields joined to it by "و": "الجامعة العامة للتعليم الثانوي", "الاتحاد X للصناعة
  والتجارة والصناعات التقليدية", "الاتحاد العام لنقابات العمال".  A field's adjective agrees
  with its field: after a masculine field a feminine adjective agrees with a feminine head
  ("الجامعة العامة للنقل المنضوية ...": the federation, affiliated to ...) and ends the name.
  A regional branch keeps its region behind "ب" ("الاتحاد الجهوي للشغل بصفاقس"-like).  A
  known body ("الاتحاد الأوروبي") takes no field: "... للبنان" is what it gives to Lebanon.
* A union named by its head in the construct state and the trade it stands for: "نقابة
  الصحفيين", "اتحاد الشغل" (Tunisia's general union, short), "منظمة الأعراف" (the employers'),
  "هيئة المحامين", and the adjectives of its country ("نقابة المهندسين الأردنيين"); an
  owners' union by what they own, up to its first definite noun ("نقابة أصحاب المخابز").
* A company's acronym in brackets after its name ("الشركة الوطنية X (Y)") is the company
  wherever the article names it again, a one-letter clitic outside the span.
"""

from __future__ import annotations

from collections.abc import Sequence

from storywire.model import Mention
from storywire.stages.ner.arabic_lexicon import CLITICS, STOP_WORDS, rule_span
from storywire.stages.ner.arabic_places import place_adjective, place_end, places_with_extra
from storywire.stages.ner.arabic_triggers import clitic_forms, definite_word, head_after_clitic, trigger_indices
from storywire.stages.ner.gazetteer import org_names
from storywire.stages.ner.tokens import Token, tokenize

# Definite heads of a federation, chamber or inspectorate; those that are feminine.
_HEADS = frozenset({
    "الاتحاد", "الجامعة", "الكونفدرالية", "الفيدرالية", "الفدرالية", "الغرفة", "التفقدية", "المتفقدية",
    "المفتشية", "الودادية", "العمادة",
})  # fmt: skip
_FEMININE_HEADS = _HEADS - {"الاتحاد"}
# Adjectives of a federation's standing or reach (besides a country's or a region's).
_STANDING = frozenset({
    "العام", "العامة", "الوطني", "الوطنية", "العربي", "العربية", "الأعلى", "العليا", "المركزي",
    "المركزية", "الديمقراطية", "الديمقراطي", "المستقلة", "المستقل", "الحر", "الحرة", "القطاعية",
    "الجهوي", "الجهوية", "المحلي", "المحلية", "الإقليمي", "الإقليمية", "الولائي", "الولائية",
})  # fmt: skip
# ... of which those of a regional branch, named with its region behind "ب".
_REGIONAL = frozenset({"الجهوي", "الجهوية", "المحلي", "المحلية", "الإقليمي", "الإقليمية", "الولائي", "الولائية"})
_MAX_ADJECTIVES = 3
_MAX_FIELD_ADJECTIVES = 2
_MAX_CONJUNCTS = 3
# Bodies and people after "و" that are no field: the next actor of the sentence.
_NOT_FIELDS = frozenset({
    "الحكومة", "الوزارة", "الجيش", "الشرطة", "النقابة", "النقابات", "الاتحاد", "المنظمة", "الإدارة",
    "العمال", "الموظفين", "الأعراف",
})  # fmt: skip
# A field's participles that agree with the head, not the field: "... المنضوية تحت", "المعنية".
_NOT_FIELD_ADJECTIVES = frozenset({"المنضوية", "المنضوي", "المنتمية", "المنتمي", "المعنية", "المعني"})

# Indefinite heads of a union in the construct state, and the trades it stands for.
_UNION_HEADS = frozenset({"اتحاد", "نقابة", "منظمة", "رابطة", "هيئة", "عمادة", "جمعية", "اتحادات", "نقابات"})
# A labour inspectorate by the work it inspects: "تفقدية الشغل", "مفتشية العمل".
_INSPECTORATES = frozenset({"تفقدية", "مفتشية"})
_INSPECTED = frozenset({"الشغل", "العمل"})
_TRADES = frozenset({
    "الشغل", "الشغالين", "الأعراف", "الصحفيين", "الصحافيين", "المحامين", "الأطباء",
    "الصيادلة", "المهندسين", "المعلمين", "الأساتذة", "الفلاحين", "المزارعين", "الكتاب", "الأدباء",
    "الفنانين", "الممرضين", "المتقاعدين", "القضاة", "الحرفيين", "المقاولين", "الصناعات", "الصناعة",
    "المصارف", "البنوك", "الغرف", "الناشرين", "المترجمين", "الصيادين", "السائقين", "البحارة",
})  # fmt: skip
# "نقابة أصحاب المخابز": the owners' union names what its members own, not a trade.
_OWNERS = frozenset({"أصحاب", "ملاك", "مالكي", "مُلّاك"})
_MAX_OWNED = 4
# Fields joined to a trade by "و": "اتحاد الصناعة والتجارة".
_JOINED_TRADES = _TRADES | {"التجارة", "الخدمات"}
_ARAB = frozenset({"العرب"})  # "اتحاد الكتاب العرب": the Arabs, a plural no nisba test reads

_FORMS = clitic_forms(_HEADS | _UNION_HEADS | _INSPECTORATES)


def labour_bodies(text: str, toks: Sequence[Token]) -> list[Mention]:
    """Federations by their standing and field, unions by their trade and inspectorates by
    the work they inspect (ORG)."""
    words = [t.text for t in toks]
    out: list[Mention] = []
    free = 0
    for i in trigger_indices(words, _FORMS):
        if i < free:
            continue
        lead, head = head_after_clitic(words[i], _HEADS)
        end = _federation_end(words, i + 1, head) if head else None
        if end is None:
            lead, head = head_after_clitic(words[i], _UNION_HEADS)
            end = _union_end(words, i + 1) if head else None
        if end is None:
            lead, head = head_after_clitic(words[i], _INSPECTORATES)
            end = i + 2 if head and i + 1 < len(words) and words[i + 1] in _INSPECTED else None
        if end is None:
            continue
        out.append(rule_span(text, toks, i, end, "ORG", lead))
        free = end
    return out


def _federation_end(words: list[str], j: int, head: str) -> int | None:
    """The end of a federation's adjectives, field, joined fields and seat after `head`."""
    k = j
    while k < len(words) and k - j < _MAX_ADJECTIVES and (words[k] in _STANDING or place_adjective(words[k])):
        k += 1
    if k == j or k >= len(words) or " ".join([head, *words[j:k]]) in org_names("ar"):
        return None  # no standing ("الجامعة للعلوم"), or a known body ("الاتحاد الأوروبي")
    field = _field_end(words, k)
    if field is None:
        return None
    end = _with_adjectives(words, field, words[field - 1], head)
    for _ in range(_MAX_CONJUNCTS):
        w = words[end] if end < len(words) else ""
        if not (w.startswith("وال") and w[1:] not in _NOT_FIELDS and definite_word(w[1:])):
            break
        end = _with_adjectives(words, end + 1, w[1:], head)
    if not _REGIONAL.isdisjoint(words[j:k]):
        end += _seat(words, end)
    return end


def _field_end(words: list[str], k: int) -> int | None:
    """The end of the field after a federation's adjectives: "لل" and a definite noun that
    names no place ("للشغل", not "للبنان"), or "ل" and a noun with its definite complement
    ("لنقابات العمال")."""
    w = words[k]
    if not w.isalpha() or w in STOP_WORDS:
        return None
    if w.startswith("لل") and len(w) > 3:
        return None if w[1:] in places_with_extra() or "ال" + w[2:] in places_with_extra() else k + 1
    if w.startswith("ل") and len(w) > 3 and k + 1 < len(words) and definite_word(words[k + 1]):
        return None if words[k + 1] in places_with_extra() else k + 2
    return None


def _with_adjectives(words: list[str], k: int, field: str, head: str) -> int:
    """`k` after a field's adjectives that agree with `field` ("للتعليم الثانوي")."""
    feminine = field.endswith(("ة", "ات"))
    start = k
    while k < len(words) and k - start < _MAX_FIELD_ADJECTIVES and definite_word(words[k]):
        w = words[k]
        if w in _NOT_FIELD_ADJECTIVES or not w.endswith(("ي", "ية")):
            break
        if w.endswith("ية") and not feminine and head in _FEMININE_HEADS:
            break  # the head's adjective, not the masculine field's
        k += 1
    return k


def _seat(words: list[str], k: int) -> int:
    """The words of a regional branch's seat behind "ب" at `k` ("بصفاقس"), or 0."""
    if k >= len(words) or not words[k].startswith("ب") or len(words[k]) < 3:
        return 0
    end = place_end([words[k][1:], *words[k + 1 :]], 0)
    return end if end is not None else 0


def _union_end(words: list[str], j: int) -> int | None:
    """The end of the trade after a union's head in the construct state, with a field joined
    by "و" and the adjectives of its country ("الصحفيين التونسيين", "الكتاب العرب"), or None."""
    if j < len(words) and words[j] in _OWNERS:
        k = _owned_end(words, j + 1)
    elif j >= len(words) or words[j] not in _TRADES:
        return None
    else:
        k = j + 1
    if k is None:
        return None
    if k < len(words) and words[k].startswith("وال") and words[k][1:] in _JOINED_TRADES:
        k += 1
    while k < len(words) and k - j <= _MAX_ADJECTIVES and _nationality(words[k]):
        k += 1
    return k


def _owned_end(words: list[str], j: int) -> int | None:
    """The end of what the owners own, "ورش صيانة المركبات": indefinite nouns in the construct
    state closed by a definite one, which ends the chain; None where none closes it."""
    for k in range(j, min(j + _MAX_OWNED, len(words))):
        word = words[k]
        if word.startswith("ال") and word.isalpha() and len(word) > 3:
            return k + 1
        if not word.isalpha() or word in STOP_WORDS:
            return None
    return None


def _nationality(word: str) -> bool:
    """A country's adjective, in the plural of people too ("التونسيين", "الأردنيين")."""
    if word in _ARAB or place_adjective(word):
        return True
    return word.endswith(("يين", "يون")) and place_adjective(word[:-2])


def repeated_acronyms(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with each Arabic acronym bracketed after a body ("X (Y)", Y an ORG of one
    word) added wherever else the article writes it, a one-letter clitic outside the span."""
    acronyms = {
        m.text
        for m in mentions
        if m.type == "ORG"
        and " " not in m.text
        and text[m.start - 1 : m.start] == "("
        and text[m.end : m.end + 1] == ")"
        and any(o.type == "ORG" and 0 <= m.start - o.end <= 2 for o in mentions)
    }
    if not acronyms:
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    added: list[Mention] = []
    for tok in tokenize(text):
        word = tok.text
        lead = 0 if word in acronyms else 1 if word[:1] in CLITICS and word[1:] in acronyms else -1
        s = tok.start + lead
        if lead < 0 or any(a < tok.end and s < b for a, b in taken):
            continue
        added.append(Mention(s, tok.end, text[s : tok.end], "ORG", model="acronym", confidence=0.7))
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end)) if added else mentions
