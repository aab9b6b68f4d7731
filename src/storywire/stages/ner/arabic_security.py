"""Arabic defence, security and justice names: directorates, military regions, air forces,
commands, courts, air bases, border crossings and news agencies' short names.

* A directorate is "مديرية" and the field it runs, a definite noun and its adjectives
  ("مديرية الأمن العام", "مديرية الاستخبارات العسكرية"): ORG.  The field must be one of the
  state's fields, as "مديرية" also names a Yemeni district ("مديرية الخوخة"), a place.
* A military region is "المنطقة العسكرية" and its side or rank ("... الشمالية", "...
  الوسطى", "... الأولى"): ORG, a command, not the ground it holds.
* An air force or a navy is named with its country's adjective ("سلاح الجو الملكي X",
  "القوات البحرية X"): ORG; the bare "سلاح الجو" names none.
* A general command ("القيادة العامة للقوات المسلحة X") is ORG, and a second name after a
  dash ("– الجيش العربي") that ends the clause is part of it.
* A court named by what it tries ("محكمة أمن الدولة", "محكمة الجنايات الكبرى"): ORG; the bare
  "المحكمة" of a later sentence is no name.
* An air or naval base ("قاعدة X الجوية") and a border crossing ("معبر X") are places that
  keep their kind word, as the guidelines say; a town named right after such a base with "في"
  is a place too ("قاعدة X الجوية في Y").
* A news agency's short name in brackets after its full name ("وكالة الأنباء X (Y)") or in a
  dateline ("عمّان 14 آذار (Y) –", or the place alone: "عمّان (Y) –") is ORG, wherever the
  text brackets it again.
* A UN office "المعني ب..." (the one concerned with ...) keeps what it is concerned with.
* Two towns after a dual kind word ("محافظتي X وY") are both places.
"""

from __future__ import annotations

from collections.abc import Sequence

from storywire.model import EntityType, Mention
from storywire.stages.ner.arabic_lexicon import rule_span
from storywire.stages.ner.arabic_places import place_end
from storywire.stages.ner.arabic_triggers import clitic_forms, head_behind_clitic, trigger_indices
from storywire.stages.ner.tokens import Token
from storywire.stages.ner.word_frequency import zipf

# The state's fields a directorate runs: its first word after "مديرية".
_FIELDS = frozenset({
    "الأمن", "المخابرات", "الاستخبارات", "الشرطة", "الدفاع", "الجمارك", "التربية", "الصحة", "الزراعة",
    "الأحوال", "الجوازات", "الإعلام", "التوجيه", "العمليات", "السير", "المرور", "الأوقاف", "الثقافة",
    "الآثار", "الشؤون", "التخطيط", "الإحصاء", "الموارد", "السياحة", "المياه", "الكهرباء", "النقل",
    "الحماية", "الدرك", "القضاء", "التعليم", "الاتصالات", "العلاقات", "الخدمات", "الإمداد", "التجنيد",
    "الهندسة", "الإقامة", "مكافحة", "حرس", "شرطة", "أمن",
})  # fmt: skip
_SIDES = frozenset({
    "الشمالية", "الجنوبية", "الشرقية", "الغربية", "الوسطى", "الأولى", "الثانية", "الثالثة", "الرابعة",
    "الخامسة", "السادسة", "السابعة", "الثامنة", "التاسعة", "العاشرة", "الشمالية-الشرقية",
})  # fmt: skip
# "سلاح الجو", "القوات الجوية": the force's name before its country's adjective.
_FORCES = {"سلاح": frozenset({"الجو", "البحرية"}), "القوات": frozenset({"الجوية", "البحرية"})}
_ROYAL = frozenset({"الملكي", "الملكية", "السلطاني", "السلطانية"})
# Adjectives that end as a country's does (-ي, -ية) and name no country.
_NOT_NATIONAL = frozenset({
    "الحربي", "الحربية", "الجوي", "الجوية", "القتالي", "القتالية", "الحالي", "الحالية", "الفعلي", "الرسمي",
    "الرسمية", "العسكري", "العسكرية", "الخاصة", "الخاص", "الوطني", "الوطنية", "الأمني", "الأمنية",
})  # fmt: skip
# What a court tries, the word after "محكمة": a court named by it is a body.
_COURT_FIELDS = frozenset({
    "أمن", "الجنايات", "الاستئناف", "النقض", "التمييز", "الجنح", "العدل", "التحكيم", "الأحداث",
    "الإرهاب", "الجزاء", "الصلح", "التعقيب", "القضاء",
})  # fmt: skip
_BASE_KINDS = frozenset({"الجوية", "البحرية"})
_MAX_BASE_WORDS = 4
# Words that open a construct name of a crossing ("معبر باب الهوى", "معبر كرم أبو سالم").
_CONSTRUCTS = frozenset({"باب", "جسر", "كرم", "أبو", "بيت", "تل", "عين", "رأس", "بئر", "جبل"})
_NOT_CROSSING = frozenset({
    "آمن", "آمنا", "مهم", "وحيد", "جديد", "آخر", "غير", "واحد", "رئيس", "للمهاجرين", "إنساني", "بري", "بحري",
})  # fmt: skip
_COMMON_ZIPF = 4.6  # a word this common after "معبر" is no name ("معبر ضيق")
_PARTICLES = frozenset({"في", "من", "إلى", "على", "عن", "مع", "بين", "أو", "ثم", "قرب", "عند", "نحو"})
_DASHES = frozenset({"–", "-", "—"})
_CLAUSE_ENDS = frozenset({"،", ".", ",", "؛", ":", ")", "(", "؟", "!"})
_DUALS = frozenset({"محافظتي", "مدينتي", "بلدتي", "ولايتي", "مقاطعتي", "قريتي", "مدينتا", "محافظتا"})
_CONCERNED = frozenset({"المعني", "المعنية"})
_DIGITS = frozenset("0123456789٠١٢٣٤٥٦٧٨٩")
_DATELINE_WORDS = 8  # a dateline's bracketed agency stands within its paragraph's first words
_AGENCY_ZIPF = 4.0  # a short name ("بترا" 3.2, "قنا" 3.9) is rarer than a common noun ("وكالات" 4.3)

_HEADS = {"مديرية", "المنطقة", "سلاح", "القوات", "القيادة", "محكمة", "قاعدة", "معبر", *_DUALS}
_HEAD_FORMS = clitic_forms(_HEADS)


def _definite(word: str) -> bool:
    return word.startswith("ال") and len(word) > 3


def _nisba(word: str) -> bool:
    return word.endswith(("ي", "ية")) and word not in _NOT_NATIONAL


def security_mentions(text: str, toks: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """`mentions` with the names above, each replacing the mentions it holds (none that
    crosses its edge), then the agencies' short names and the offices' concerns."""
    words = [t.text for t in toks]
    found: list[Mention] = []
    for i in trigger_indices(words, _HEAD_FORMS):
        lead, head = head_behind_clitic(words[i], _HEADS)
        found += _at_head(text, toks, words, i, lead, head)
    out = list(mentions)
    for m in found:
        out = _replace(out, m)
    out = _concerned(text, toks, words, out)
    for m in _agencies(text, toks, words, out):
        out = _replace(out, m)
    return out


def _at_head(text: str, toks: Sequence[Token], words: list[str], i: int, lead: int, head: str) -> list[Mention]:
    if head in _DUALS:
        return _dual_towns(text, toks, words, i)
    span: tuple[int, EntityType] | None = None
    if head == "مديرية":
        span = _directorate(words, i)
    elif head == "المنطقة":
        span = _military_region(words, i)
    elif head in _FORCES:
        span = _force(words, i, head)
    elif head == "القيادة":
        span = _command(words, i)
    elif head == "محكمة":
        span = _court(words, i)
    elif head == "قاعدة":
        span = _base(words, i)
    elif head == "معبر":
        span = _crossing(words, i)
    if span is None:
        return []
    end, etype = span
    out = [rule_span(text, toks, i, end, etype, lead)]
    if head == "قاعدة" and end + 1 < len(words) and words[end] == "في" and _town_word(words[end + 1]):
        out.append(rule_span(text, toks, end + 1, end + 2, "LOC"))  # "قاعدة X الجوية في Y"
    return out


def _adjectives_end(words: list[str], j: int, most: int = 3) -> int:
    """The end of the definite words (and "وال..." conjuncts) opening at `j`, at most `most`."""
    k = j
    while k < len(words) and k - j < most and (_definite(words[k]) or words[k].startswith("وال")):
        k += 1
    return k


def _directorate(words: list[str], i: int) -> tuple[int, EntityType] | None:
    j = i + 1
    if j >= len(words) or words[j] not in _FIELDS:
        return None
    if not _definite(words[j]):  # "مديرية شرطة X", "مديرية مكافحة المخدرات": a construct
        j += 1
        if j >= len(words) or not _definite(words[j]):
            return None
    end = _adjectives_end(words, j + 1, 2)
    return end, "ORG"


def _military_region(words: list[str], i: int) -> tuple[int, EntityType] | None:
    if i + 2 < len(words) and words[i + 1] == "العسكرية" and words[i + 2] in _SIDES:
        return i + 3, "ORG"
    return None


def _force(words: list[str], i: int, head: str) -> tuple[int, EntityType] | None:
    j = i + 1
    if j >= len(words) or words[j] not in _FORCES[head]:
        return None
    j += 1
    j += j < len(words) and words[j] in _ROYAL
    if j < len(words) and _definite(words[j]) and _nisba(words[j]):
        return j + 1, "ORG"
    return None


def _command(words: list[str], i: int) -> tuple[int, EntityType] | None:
    """ "القيادة العامة لل... X" and a second name after a dash that ends the clause."""
    if i + 2 >= len(words) or words[i + 1] != "العامة" or not words[i + 2].startswith("لل"):
        return None
    end = _adjectives_end(words, i + 3, 3)
    if end < len(words) and words[end] in _DASHES:
        second = _adjectives_end(words, end + 1, 2)
        if second > end + 1 and (second == len(words) or words[second] in _CLAUSE_ENDS):
            end = second
    return end, "ORG"


def _court(words: list[str], i: int) -> tuple[int, EntityType] | None:
    j = i + 1
    if j >= len(words) or words[j] not in _COURT_FIELDS:
        return None
    if not _definite(words[j]):  # "محكمة أمن الدولة": a construct
        j += 1
        if j >= len(words) or not _definite(words[j]):
            return None
    return _adjectives_end(words, j + 1, 2), "ORG"


def _base(words: list[str], i: int) -> tuple[int, EntityType] | None:
    for k in range(i + 2, min(i + 2 + _MAX_BASE_WORDS, len(words))):
        if words[k] in _BASE_KINDS:
            return k + 1, "LOC"
        if words[k] in _PARTICLES or words[k] in _CLAUSE_ENDS or words[k] in _DASHES:
            return None
    return None


def _crossing(words: list[str], i: int) -> tuple[int, EntityType] | None:
    j = i + 1
    if j >= len(words):
        return None
    known = place_end(words, j)
    if known is not None and known > j:
        return known, "LOC"
    if words[j] in _CONSTRUCTS and j + 1 < len(words) and _town_word(words[j + 1]):
        end = j + 2
        end += end < len(words) and words[j + 1] == "أبو" and _town_word(words[end])
        return end, "LOC"
    if _crossing_word(words[j]):
        return j + 1, "LOC"
    return None


def _crossing_word(word: str) -> bool:
    if not _town_word(word) or word in _NOT_CROSSING or _nisba(word):
        return False
    return _definite(word) or zipf(word, "ar") < _COMMON_ZIPF


def _town_word(word: str) -> bool:
    """An Arabic word that may be a name: letters only, no particle, not a clitic on "ال"."""
    if word in _PARTICLES or len(word) < 2 or word.startswith(("لل", "بال", "وال", "فال")):
        return False
    return all("\u0621" <= ch <= "\u064a" for ch in word)


def _dual_towns(text: str, toks: Sequence[Token], words: list[str], i: int) -> list[Mention]:
    """ "محافظتي X وY": both names after the dual are places."""
    j = i + 1
    if j + 1 >= len(words) or not _town_word(words[j]) or not words[j + 1].startswith("و"):
        return []
    second = words[j + 1][1:]
    if not _town_word(second) or _nisba(second):
        return []
    return [rule_span(text, toks, j, j + 1, "LOC"), rule_span(text, toks, j + 1, j + 2, "LOC", 1)]


def _concerned(text: str, toks: Sequence[Token], words: list[str], mentions: list[Mention]) -> list[Mention]:
    """A body "... المعني" followed by "بال..." (and "وال..."): the concern is part of its name."""
    out = list(mentions)
    if _CONCERNED.isdisjoint(words):
        return out  # no "المعني" in the paragraph: most paragraphs
    ends = {t.end: n for n, t in enumerate(toks)}
    for m in mentions:
        k = ends.get(m.end)
        if m.type != "ORG" or k is None:
            continue
        if words[k] not in _CONCERNED:
            if k + 1 >= len(words) or words[k + 1] not in _CONCERNED:
                continue
            k += 1
        j = k + 1
        if j >= len(words) or not words[j].startswith("بال"):
            continue
        end = j + 1
        while end < len(words) and end - j < 3 and words[end].startswith("وال"):
            end += 1
        s, e = m.start, toks[end - 1].end
        out = _replace(out, Mention(s, e, text[s:e], "ORG", model="rules:ar", confidence=0.6))
    return out


def _agencies(text: str, toks: Sequence[Token], words: list[str], mentions: list[Mention]) -> list[Mention]:
    """Bracketed one-word short names of news agencies, after the full name or in a
    dateline, and wherever the text brackets the same word."""
    names: set[str] = set()
    if "(" not in words:
        return []
    for k in range(1, len(words) - 2):
        if words[k] != "(" or words[k + 2] != ")" or not _town_word(words[k + 1]):
            continue
        after_agency = any(m.end == toks[k - 1].end and m.type == "ORG" and "وكالة" in m.text for m in mentions)
        dateline = (
            k < _DATELINE_WORDS
            and k + 3 < len(words)
            and words[k + 3] in _DASHES
            and (any(ch in _DIGITS for w in words[:k] for ch in w) or _place_opens(toks, k, mentions))
        )
        if after_agency or dateline:
            names.add(words[k + 1])
    return [
        rule_span(text, toks, k + 1, k + 2, "ORG")
        for k in range(len(words) - 2)
        if words[k] == "(" and words[k + 1] in names and words[k + 2] == ")"
    ]


def _place_opens(toks: Sequence[Token], k: int, mentions: list[Mention]) -> bool:
    """Whether a place alone fills the words before the bracket at `k`: a dateline without its
    date ("الزرقاء (Y) –") names its agency as surely as one with it."""
    inside = toks[k + 1]
    if zipf(inside.text, "ar") >= _AGENCY_ZIPF:
        return False  # "القاهرة (وكالات) –": "agencies", a common noun, no agency's short name
    if any(m.type == "LOC" and m.start <= inside.start and inside.end <= m.end for m in mentions):
        return False  # "عمّان (الأردن) –": the bracket gives the country, no agency
    return any(m.type == "LOC" and m.start == toks[0].start and m.end == toks[k - 1].end for m in mentions)


def _replace(out: list[Mention], new: Mention) -> list[Mention]:
    """`out` with `new` in place of the mentions it holds; unchanged where one crosses its edge."""
    overlaps = [o for o in out if o.start < new.end and new.start < o.end]
    if any(o.start < new.start or o.end > new.end for o in overlaps):
        return out
    if any(o.start == new.start and o.end == new.end and o.type == new.type for o in overlaps):
        return out
    return sorted([o for o in out if o not in overlaps] + [new], key=lambda m: (m.start, m.end))
