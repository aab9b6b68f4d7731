"""Arabic names of tourism and hospitality news: a hotel, resort or restaurant and a firm,
channel or agency named in quotation marks after its kind word, nature reserves, and the
authorities of a special economic zone or a public utility.

* News writes a hotel's, a resort's or a restaurant's name in quotation marks after its kind
  word ('منتجع "X"', 'مطعم «X»'): the name between the marks is a place (LOC), the kind word
  and the marks outside, as the guidelines settle for فندق, منتجع and مطعم (and a pool, a
  beach, a park: مسبح, شاطئ, منتزه).  The same shape
  after a firm's, a channel's or an agency's word ('شركة "X"', 'قناة "X"', 'منظم الرحلات "X"')
  names an organisation (`arabic_parties` reads the «» ones after its cues; the straight and
  curly marks are read here).  A quotation is a clause (a verb, a function word, more than
  five words): no name.
* A nature reserve keeps its kind word ("محمية X الطبيعية", "محمية X البحرية"): "محمية", a
  place or a name of one or two words, and the reserve's adjectives; "محمية طبيعية" (a
  reserve) names none.
* An authority named by a zone ("سلطة منطقة X الاقتصادية الخاصة"), a valley ("سلطة وادي X")
  or a utility with its adjective ("سلطة المياه الفلسطينية") is one organisation; "سلطة"
  alone or before another noun ("سلطة القانون", the rule of law) is a word.
"""

from __future__ import annotations

from collections.abc import Sequence

from storywire.model import EntityType, Mention
from storywire.stages.ner.arabic_lexicon import STOP_WORDS, present_verb, rule_span, verbal_noun
from storywire.stages.ner.arabic_parties import quoted_name_end
from storywire.stages.ner.arabic_places import place_end
from storywire.stages.ner.arabic_triggers import clitic_forms, trigger_indices
from storywire.stages.ner.tokens import Token

# Kind words of a place to stay or eat, bare and definite: the name quoted after one is a place.
# A pool, a beach or a park is where one swims or walks (a drowning, a closure): a place too.
_PLACE_CUE_WORDS = "فندق منتجع مطعم مقهى نزل مسبح شاطئ منتزه الفندق المنتجع المطعم المقهى النزل المسبح الشاطئ المنتزه"
# Kind words of a firm, a channel, an agency or a body: the name quoted after one is an ORG.
_BODY_CUE_WORDS = (
    "شركة مجموعة قناة إذاعة وكالة منصة صحيفة مجلة موقع جمعية منظمة مؤسسة علامة مصنع معصرة صالون "
    "مدرسة مركز "
    "مشتل "  # a plant nursery is a business: 'صاحب مشتل "X"' is its firm, as a shop's
    "الشركة المجموعة القناة الإذاعة الوكالة المنصة الصحيفة المجلة الموقع الجمعية المنظمة المؤسسة"
)
_PLACE_CUES = frozenset(_PLACE_CUE_WORDS.split())
_BODY_CUES = frozenset(_BODY_CUE_WORDS.split())
# A tour operator or a travel agency is named by its kind and field ("منظم الرحلات", "وكالة
# السفر"): the field's word may stand between the kind word and the marks.
_OPERATORS = frozenset({"منظم", "منظمة", "مشغل", "وكيل", "وكالة", "شركة", "مكتب"})
_FIELDS = frozenset({"الرحلات", "رحلات", "السفر", "سفر", "السياحة", "سياحة", "الطيران", "طيران"})
_CUES = _PLACE_CUES | _BODY_CUES | _OPERATORS
_CUE_FORMS = clitic_forms(_CUES)
_OPENING = {'"': '"', "“": "”", "«": "»"}
_MAX_QUOTED = 5

_RESERVE = "محمية"
_RESERVE_FORMS = clitic_forms({_RESERVE})
# A reserve's own adjectives: natural, marine, of the biosphere, of wetlands ...
_RESERVE_ADJECTIVES = frozenset({
    "الطبيعية", "البحرية", "الحيوية", "البيئية", "المائية", "الرطبة", "البرية", "الرعوية", "الوطنية",
    "للمحيط", "الحيوي",  # UNESCO's "محمية X للمحيط الحيوي": a biosphere reserve
})  # fmt: skip
_MAX_RESERVE_NAME = 2
# A landform's kind word opens a reserve's name that needs no adjective: "محمية وادي X".
_LANDFORMS = frozenset({"وادي", "جبل", "جزيرة", "غابة", "غابات"})

_AUTHORITY = "سلطة"
_AUTHORITY_FORMS = clitic_forms({_AUTHORITY})
_ZONE_WORDS = frozenset({"منطقة", "إقليم"})
# A zone's adjectives: economic, special, free, industrial ...
_ZONE_ADJECTIVES = frozenset({"الاقتصادية", "الخاصة", "الحرة", "الصناعية", "التنموية", "السياحية", "اللوجستية"})
_VALLEY = "وادي"
# The utilities an authority is named by, and the adjectives of its name after them.
_UTILITIES = frozenset({"المياه", "النقد", "الطاقة", "الطيران", "الموانئ", "الأراضي", "البيئة", "الكهرباء"})
_UTILITY_ADJECTIVES = frozenset({"المدني", "الطبيعية", "الذرية", "المتجددة", "الوطنية", "العامة"})
_MAX_ADJECTIVES = 3


def tourism_names(text: str, toks: Sequence[Token]) -> list[Mention]:
    """Quoted names after a kind word, reserves and authorities in `toks` (see the module)."""
    words = [t.text for t in toks]
    out: list[Mention] = []
    if any(mark in text for mark in _OPENING):
        out += _quoted_names(text, toks, words)
    for i in trigger_indices(words, _RESERVE_FORMS):
        out += _reserve(text, toks, words, i)
    for i in trigger_indices(words, _AUTHORITY_FORMS):
        out += _authority(text, toks, words, i)
    return sorted(out, key=lambda m: (m.start, m.end))


def _bare(word: str) -> str:
    """`word` less a one-letter clitic when that leaves a cue."""
    return word[1:] if word not in _CUES and word[:1] in "وبلف" and word[1:] in _CUES else word


def _quoted_names(text: str, toks: Sequence[Token], words: list[str]) -> list[Mention]:
    out: list[Mention] = []
    for i in trigger_indices(words, _CUE_FORMS):
        cue = _bare(words[i])
        j = i + 1
        if cue in _OPERATORS and j < len(words) and words[j] in _FIELDS:
            j += 1  # "منظم الرحلات «X»": the operator's field before the marks
        elif cue not in _PLACE_CUES and cue not in _BODY_CUES:
            continue
        if j + 1 >= len(words) or words[j] not in _OPENING or not _opens(toks, j):
            continue
        end = quoted_name_end(words, j + 1, _OPENING[words[j]], _MAX_QUOTED)
        if end is None:
            continue
        etype: EntityType = "LOC" if cue in _PLACE_CUES else "ORG"
        out.append(rule_span(text, toks, j + 1, end, etype))
    return out


def _opens(toks: Sequence[Token], j: int) -> bool:
    """The mark at `j` opens a quotation: glued to the word after it, a space before it (a
    straight mark closes one as well: 'الشركة" وأضاف')."""
    return toks[j].end == toks[j + 1].start and toks[j].start > toks[j - 1].end


def _reserve(text: str, toks: Sequence[Token], words: list[str], i: int) -> list[Mention]:
    """ "محمية X البحرية": the kind word, a place or a name, the reserve's adjectives (one at
    least, unless a known place follows the kind word); the clitic outside."""
    j = i + 1
    k = place_end(words, j)
    known = k is not None
    if k is None:
        k = j
        while (
            k < len(words)
            and k - j < _MAX_RESERVE_NAME
            and _name_word(words[k])
            and words[k] not in _RESERVE_ADJECTIVES
        ):
            k += 1
    if k == j:
        return []
    adjectives = k
    while k < len(words) and words[k] in _RESERVE_ADJECTIVES:
        k += 1
    if k == adjectives and not known and words[j] not in _LANDFORMS:
        return []  # "محمية X" of no known place and no adjective: a word ("محمية من ...")
    return [rule_span(text, toks, i, k, "LOC", len(words[i]) - len(_RESERVE))]


def _authority(text: str, toks: Sequence[Token], words: list[str], i: int) -> list[Mention]:
    """ "سلطة منطقة X الاقتصادية الخاصة", "سلطة وادي X", "سلطة المياه الفلسطينية" (ORG)."""
    j = i + 1
    if j + 1 >= len(words):
        return []
    lead = len(words[i]) - len(_AUTHORITY)
    nxt = words[j]
    if nxt in _ZONE_WORDS:
        k = place_end(words, j + 1) or (j + 2 if _name_word(words[j + 1]) else j + 1)
        end = _adjectives_end(words, k, _ZONE_ADJECTIVES)
        return [rule_span(text, toks, i, end, "ORG", lead)] if end > k and k > j + 1 else []
    if nxt == _VALLEY and _name_word(words[j + 1]):
        k = place_end(words, j) or j + 2
        return [rule_span(text, toks, i, k, "ORG", lead)]
    if nxt in _UTILITIES:
        end = _adjectives_end(words, j + 1, _UTILITY_ADJECTIVES, nisba=True)
        return [rule_span(text, toks, i, end, "ORG", lead)] if end > j + 1 else []
    return []


def _adjectives_end(words: list[str], k: int, allowed: frozenset[str], nisba: bool = False) -> int:
    """The end of up to three adjectives from `k`: `allowed` ones, or (with `nisba`) a
    definite nisba of a country ("الفلسطينية")."""
    start = k
    while k < len(words) and k - start < _MAX_ADJECTIVES:
        w = words[k]
        if not (w in allowed or (nisba and w.startswith("ال") and w.endswith(("ية", "ي")) and len(w) > 5)):
            break
        k += 1
    return k


def _name_word(word: str) -> bool:
    """A word of a name: letters, no function word, verb or verbal noun."""
    return (
        word.isalpha() and len(word) > 1 and word not in STOP_WORDS and not present_verb(word) and not verbal_noun(word)
    )
