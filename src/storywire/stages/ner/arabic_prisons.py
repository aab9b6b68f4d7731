"""Arabic prisons, regional bodies named with their region, and bodies' fields of work.

* A prison named by its kind words and its name: "السجن المحلي X", "السجن المركزي X" (LOC,
  the kind words inside: the prison's official name in the Maghreb is "السجن المحلي + name").
  The name is a place another rule read, a word rare as a word, or a place-name former and
  its word ("رأس X", "عين X"); a clitic "ب" before a known town is where the prison stands
  ("السجن المحلي بX"), no name, and stays as it is.
* A regional body named with its region after "لجهة" (for the region of): "اللجنة الجهوية
  ... لجهة X Y" is one ORG with the region (the guidelines: a regional body named with its
  region is one ORG); after "لولاية", "لإقليم", "لعمالة" only a body with a regional
  adjective ("الجهوية", "الإقليمية") is named so.
* A directorate with its territory after "في" + the territory's kind word ("مديرية X في
  محافظة Y", "... في إقليم الشمال"): one ORG, the directorate being the territory's office.
* A body's field of work after its name: an association's "لـ" + verbal noun ("جمعية X
  لرعاية الأطفال", "... لإعادة إدماج السجناء"), and a second field joined by "و" to a body
  already named by a field ("... لإدارة X وإعادة الإدماج"): one ORG, as the name is written.
* "رئاسة النيابة العامة": the national prosecution authority's fixed name (a list).

The rule runs on the mentions the other rules found and looks only where its cue stands: a
prison's word, a region's word after a body, a field's verbal noun after a body.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from storywire.model import Mention
from storywire.stages.ner.arabic_lexicon import STOP_WORDS, present_verb, replace_inside, rule_span
from storywire.stages.ner.arabic_places import places_with_extra
from storywire.stages.ner.arabic_triggers import clitic_forms, definite_word
from storywire.stages.ner.tokens import Token
from storywire.stages.ner.word_frequency import zipf

_PRISON = "السجن"
_PRISON_FORMS = clitic_forms({_PRISON})
# A prison's kind after "السجن": local, central, agricultural (the Maghreb's official kinds).
_PRISON_KINDS = frozenset({"المحلي", "المركزي", "الفلاحي", "المدني", "العسكري"})
# Words that open a two-word place name ("رأس X", "عين X", "سيدي X", "بني X").
_PLACE_FORMERS = frozenset({"رأس", "عين", "سيدي", "بني", "أولاد", "بئر", "تل", "دار", "قصر", "وادي"})
# A prison's own name is rarer than this as a word ("أمس", "الجديد" are not names).
_NAME_ZIPF = 4.3

# "for the region of": the region a body is named with.
_REGION_OF = "لجهة"
_REGION_OF_WORDS = frozenset({_REGION_OF, "لولاية", "لإقليم", "لعمالة"})
_REGIONAL = frozenset({"الجهوية", "الجهوي", "الإقليمية", "الإقليمي"})
# A directorate is a ministry's or a service's office for a territory, named with it after
# "في" + the territory's kind word ("مديرية التربية في محافظة X", "مديرية الدفاع المدني في
# إقليم الشمال"): one ORG, as the guidelines keep a regional office with its territory.
# Jordan's three regions are named by a compass point ("إقليم الشمال/الوسط/الجنوب").
_IN = "في"
_IN_REGION_WORDS = frozenset({"محافظة", "إقليم", "لواء", "منطقة", "ولاية"})
_DIRECTORATES = frozenset({"مديرية", "المديرية"})
_COMPASS_REGIONS = frozenset({"الشمال", "الجنوب", "الوسط", "الشرق", "الغرب"})

# The verbal nouns a body's field of work opens with (to rehabilitate, care for, support ...).
_FIELD_NOUNS = frozenset({
    "إعادة", "إدماج", "تأهيل", "رعاية", "دعم", "حماية", "مكافحة", "محاربة", "تنمية", "إدارة",
    "مساعدة", "إغاثة", "تطوير", "تشغيل", "إصلاح", "مناهضة", "إنقاذ", "تمكين", "مرافقة",
})  # fmt: skip
_FIELD_TRIGGERS = frozenset({"ل" + w for w in _FIELD_NOUNS} | {"و" + w for w in _FIELD_NOUNS})
# Heads of a body whose name goes on with its purpose ("جمعية X لرعاية ...").
_PURPOSE_HEADS = frozenset({"جمعية", "الجمعية", "مؤسسة", "المؤسسة", "منظمة", "المنظمة", "رابطة", "الرابطة"})
_MAX_CHAIN = 2  # indefinite nouns in the construct state before the definite one

_PRESIDENCY = "رئاسة"
# Bodies whose presidency is itself a body's fixed name (general knowledge).
_PRESIDED = frozenset({"النيابة العامة"})


def prison_mentions(text: str, toks: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """`mentions` with named prisons, regional bodies grown over their region and bodies
    grown over their field, each replacing the mentions it holds."""
    words = [t.text for t in toks]
    starts = [t.start for t in toks]
    found: list[Mention] = []
    if not _PRISON_FORMS.isdisjoint(words):
        found += _prisons(text, toks, words, mentions, starts)
    for m in mentions:
        if m.type != "ORG":
            continue
        k = bisect.bisect_left(starts, m.end)  # the token after the mention
        a = bisect.bisect_right(starts, m.start) - 1
        if k < len(words) and words[k] in _REGION_OF_WORDS:
            found += _with_region(text, toks, words, mentions, starts, a, k, m)
        elif k + 2 < len(words) and words[k] == _IN and words[k + 1] in _IN_REGION_WORDS and _directorate(m):
            found += _in_region(text, toks, words, mentions, starts, a, k, m)
        elif k < len(words) and words[k] in _FIELD_TRIGGERS:
            found += _with_field(text, toks, words, a, k, m)
        elif a >= 1 and words[a - 1] == _PRESIDENCY and m.text in _PRESIDED:
            found.append(rule_span(text, toks, a - 1, k, "ORG"))
    return replace_inside(mentions, found)


def _prisons(
    text: str, toks: Sequence[Token], words: list[str], mentions: list[Mention], starts: list[int]
) -> list[Mention]:
    """ "السجن المحلي X": the prison's kind words and its name, one LOC."""
    out: list[Mention] = []
    for i, w in enumerate(words[:-2]):
        if w not in _PRISON_FORMS or w.startswith("لل") or words[i + 1] not in _PRISON_KINDS:
            continue  # "للسجن": the article's alif is gone, no span opens inside the word
        end = _prison_name_end(toks, words, mentions, starts, i + 2)
        if end is not None:
            out.append(rule_span(text, toks, i, end, "LOC", len(w) - len(_PRISON)))
    return out


def _prison_name_end(
    toks: Sequence[Token], words: list[str], mentions: list[Mention], starts: list[int], j: int
) -> int | None:
    """The end of a prison's name opening at word `j` (and its number), or None."""
    place = next((m for m in mentions if m.type == "LOC" and m.start == toks[j].start), None)
    if place is not None:
        end = bisect.bisect_left(starts, place.end)
    elif words[j] in _PLACE_FORMERS and j + 1 < len(words) and _name_word(words[j + 1], formed=True):
        end = j + 2
    elif _name_word(words[j], formed=False):
        end = j + 1
    else:
        return None
    if end < len(words) and words[end].isdigit() and len(words[end]) <= 2:
        end += 1  # "السجن المحلي X 2": the second prison of that name
    return end


def _name_word(word: str, formed: bool) -> bool:
    """A word of a prison's name: no function word or verb; alone, rare as a word; and no
    "ب" before a known town ("بX": in X, where the prison stands)."""
    if not word.isalpha() or len(word) < 3 or word in STOP_WORDS or present_verb(word):
        return False
    if word.startswith("ب") and (word[1:] in places_with_extra() or word.startswith("بال")):
        return False
    return formed or zipf(word, "ar") < _NAME_ZIPF


def _with_region(
    text: str,
    toks: Sequence[Token],
    words: list[str],
    mentions: list[Mention],
    starts: list[int],
    a: int,
    k: int,
    m: Mention,
) -> list[Mention]:
    """The body `m` grown over "لجهة X": the region read as a place right after the cue."""
    if words[k] != _REGION_OF and _REGIONAL.isdisjoint(m.text.split()):
        return []
    region = (
        next((r for r in mentions if r.type == "LOC" and r.start == toks[k + 1].start), None)
        if k + 1 < len(toks)
        else None
    )
    if region is None:
        return []
    grown = rule_span(text, toks, a, bisect.bisect_left(starts, region.end), "ORG", m.start - toks[a].start)
    return [grown]


def _directorate(m: Mention) -> bool:
    return m.text.split()[0] in _DIRECTORATES and len(m.text.split()) > 1


def _in_region(
    text: str,
    toks: Sequence[Token],
    words: list[str],
    mentions: list[Mention],
    starts: list[int],
    a: int,
    k: int,
    m: Mention,
) -> list[Mention]:
    """The directorate `m` grown over "في إقليم X": X a place read there or a compass region."""
    if words[k + 2] in _COMPASS_REGIONS and words[k + 1] == "إقليم":
        end = k + 3
    else:
        region = next((r for r in mentions if r.type == "LOC" and r.start == toks[k + 2].start), None)
        if region is None:
            return []
        end = bisect.bisect_left(starts, region.end)
    return [rule_span(text, toks, a, end, "ORG", m.start - toks[a].start)]


def _with_field(text: str, toks: Sequence[Token], words: list[str], a: int, k: int, m: Mention) -> list[Mention]:
    """The body `m` grown over its field "لـ/و + verbal noun ... الX": "ل" after an
    association's head, "و" after a body already named by a field ("... لإدارة X")."""
    inner = m.text.split()
    if words[k].startswith("ل"):
        if inner[0] not in _PURPOSE_HEADS:
            return []
    elif not any(w.startswith("ل") and len(w) > 3 for w in inner[1:]):
        return []
    end = k + 1
    while end < len(words) and end - k <= _MAX_CHAIN and not definite_word(words[end]):
        w = words[end]
        if not w.isalpha() or w in STOP_WORDS or present_verb(w) or len(w) < 3:
            return []
        end += 1
    if end >= len(words) or not definite_word(words[end]) or words[end] in STOP_WORDS:
        return []
    return [rule_span(text, toks, a, end + 1, "ORG", m.start - toks[a].start)]
