"""Arabic names of club sport by their shape: clubs by "الرياضي" and their town, radio
stations by "إف إم", halls by the person they are named after.

* A club of the Maghreb and the Levant is named by a head ("الأمل", "الترجي", "النجم",
  "النادي", "الشبيبة" ...), the adjective "الرياضي"/"الرياضية" and its town's adjective or
  its town behind "ب" ("X الرياضي الساحلي", "X الرياضية بقفصة"-like): one ORG.  The head
  is a closed list, as "الإعلام الرياضي التونسي" (Tunisian sports media) is no club.  Once
  the article names such a club, its head alone is the club too ("لاعبي X"), unless the
  head is the kind word itself ("النادي", "الاتحاد": the club, a back-reference).
* A radio station's name ends in "إف إم" (FM): the words before it after "إذاعة" (the cue
  outside, as for a newspaper), or the one word before it with no cue.
* A hall named after a person keeps its kind word ("قاعة" + a given name and a family
  name): one LOC; "قاعة الاجتماعات" (the meeting room) names no one.

Each rule looks at a paragraph only where its trigger word occurs."""

from __future__ import annotations

from collections.abc import Sequence

from storywire.model import Mention
from storywire.stages.ner.arabic_lexicon import (
    DEFINITE_GIVEN_NAMES,
    GIVEN_NAMES,
    STOP_WORDS,
    name_word,
    present_verb,
    rule_span,
)
from storywire.stages.ner.arabic_places import place_adjective, places_with_extra
from storywire.stages.ner.arabic_triggers import clitic_forms, head_after_clitic, trigger_indices
from storywire.stages.ner.claimed_spans import added_over_shorter
from storywire.stages.ner.tokens import Token
from storywire.stages.ner.word_frequency import zipf

# Heads of clubs' names: Espérance, Étoile, Avenir, Club, Union, Stade, Jeunesse ...
_CLUB_HEADS = frozenset({
    "الأمل", "الترجي", "النجم", "النادي", "الاتحاد", "الملعب", "الشبيبة", "المستقبل", "الهلال",
    "الكوكب", "الجمعية", "النهضة", "المولودية", "القوافل", "الشباب", "الأهلي", "الفتح", "الوفاق",
    "الرجاء", "الوداد", "الجيل", "السلام", "الأولمبي", "الحرية", "الشعلة", "النصر",
})  # fmt: skip
# Heads that are the kind word of a club: alone they refer back ("رئيس النادي"), no name.
_KIND_HEADS = frozenset({"النادي", "الاتحاد", "الجمعية", "الملعب", "الأولمبي"})
_SPORTING = {"الرياضي": "ي", "الرياضية": "ية"}  # the adjective and its gender's ending
# Nisbas of time, rank or reach: "الموسم الرياضي الماضي" is a season, not a club's town.
_NOT_TOWN_ADJECTIVES = frozenset({
    "الحالي", "الماضي", "الوطني", "الدولي", "العالمي", "المحلي", "الرسمي", "الثاني", "التالي", "الذي",
    "الحالية", "الماضية", "الوطنية", "الدولية", "العالمية", "المحلية", "الرسمية", "الثانية", "التالية",
    "التي",
})  # fmt: skip
_NISBA_LETTERS = 6
# After a club's head alone: words that make it the common noun ("الأمل في": the hope of).
_NOUN_FOLLOWERS = frozenset({"في", "أن", "بأن", "من", "على", "لدى", "كبير", "كبيرا"})

_FM = ("إف", "إم")
_RADIO_CUES = frozenset({"إذاعة", "راديو"})
_MAX_RADIO_WORDS = 3
# Without the cue the word before "إف إم" is a name only below this frequency ("شمس" 4.6),
# and never a word of broadcasting ("برنامج إف إم": an FM programme, "بث", "موجة").
_UNCUED_RADIO_ZIPF = 5.0
_BROADCAST_WORDS = frozenset({"برنامج", "بث", "محطة", "موجة", "تردد", "راديو", "إذاعة", "قناة"})

_HALL = "قاعة"
_FAMILY_NAME_ZIPF = 4.4
_MAX_HALL_NAME = 3


def club_mentions(text: str, toks: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """`mentions` with the clubs, radio stations and halls added: each one replaces the
    shorter mentions it holds whole and is dropped where it cuts one."""
    words = [t.text for t in toks]
    found = _clubs(text, toks, words) + _radios(text, toks, words) + _halls(text, toks, words)
    out = added_over_shorter(mentions, found)
    return _head_repeats(text, toks, words, out, found)


def _clubs(text: str, toks: Sequence[Token], words: list[str]) -> list[Mention]:
    out: list[Mention] = []
    for k in trigger_indices(words, frozenset(_SPORTING)):
        if k == 0 or k + 1 >= len(words):
            continue
        lead, head = head_after_clitic(words[k - 1], _CLUB_HEADS)
        if not head:
            continue
        end = _town_end(words, k + 1, _SPORTING[words[k]])
        if end is not None:
            out.append(rule_span(text, toks, k - 1, end, "ORG", lead))
    return out


def _town_end(words: list[str], j: int, ending: str) -> int | None:
    """The end of a club's town after "الرياضي": the town's adjective of the adjective's
    gender ("الساحلي", "القيروانية"), or a known town behind "ب" ("بالمهدية")."""
    w = words[j]
    if w.startswith("ب") and len(w) > 3:
        places = places_with_extra()
        if j + 1 < len(words) and places.get(f"{w[1:]} {words[j + 1]}") == "LOC":
            return j + 2  # "بحمام سوسة"-like: a town of two words
        return j + 1 if places.get(w[1:]) == "LOC" else None
    feminine = w.endswith("ية")
    if not (w.startswith("ال") and w.isalpha() and len(w) >= _NISBA_LETTERS and w.endswith(ending)):
        return None
    if feminine != (ending == "ية") or w in _NOT_TOWN_ADJECTIVES or w in STOP_WORDS:
        return None
    return j + 1


def _head_repeats(
    text: str, toks: Sequence[Token], words: list[str], mentions: list[Mention], found: list[Mention]
) -> list[Mention]:
    """A club named in full, then by its head alone ("لاعبي X"): the club again."""
    heads = {m.text.split()[0] for m in found if m.type == "ORG" and " " in m.text}
    heads = {h for h in heads if h in _CLUB_HEADS and h not in _KIND_HEADS}
    if not heads:
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    added: list[Mention] = []
    for i in trigger_indices(words, clitic_forms(heads, "وبل")):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if nxt in _NOUN_FOLLOWERS or nxt in _SPORTING or (nxt.startswith("ال") and nxt.isalpha()):
            continue  # "الأمل في": the hope of; "الأمل الكبير": an adjective of the noun
        lead = len(words[i]) - len(head_after_clitic(words[i], heads)[1])
        m = rule_span(text, toks, i, i + 1, "ORG", lead)
        if all(m.end <= a or m.start >= b for a, b in taken):
            added.append(m)
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end))


def _radios(text: str, toks: Sequence[Token], words: list[str]) -> list[Mention]:
    out: list[Mention] = []
    for k in trigger_indices(words, frozenset({_FM[0]})):
        if k == 0 or k + 1 >= len(words) or words[k + 1] != _FM[1]:
            continue
        j = k
        while j > 0 and k - j < _MAX_RADIO_WORDS and _radio_word(words[j - 1]):
            j -= 1
        cued = j > 0 and head_after_clitic(words[j - 1], _RADIO_CUES)[1]
        if not cued:
            j = k - 1  # no cue: the one word before "إف إم" only, and no word of broadcasting
            if words[j] in _BROADCAST_WORDS or zipf(words[j], "ar") >= _UNCUED_RADIO_ZIPF:
                continue
        if j < k and _radio_word(words[j]):
            out.append(rule_span(text, toks, j, k + 2, "ORG"))
    return out


def _radio_word(word: str) -> bool:
    if head_after_clitic(word, _RADIO_CUES)[1] or word in STOP_WORDS or not word.isalpha():
        return False
    return not present_verb(word)


def _halls(text: str, toks: Sequence[Token], words: list[str]) -> list[Mention]:
    out: list[Mention] = []
    for k in trigger_indices(words, clitic_forms({_HALL}, "وبلف")):
        j = k + 1
        if j + 1 >= len(words) or not (words[j] in GIVEN_NAMES or words[j] in DEFINITE_GIVEN_NAMES):
            continue
        end = j + 1
        while end < len(words) and end - j < _MAX_HALL_NAME and _family_word(words[end]):
            end += 1
        if end > j + 1:
            out.append(rule_span(text, toks, k, end, "LOC", len(words[k]) - len(_HALL)))
    return out


def _family_word(word: str) -> bool:
    """A word of a person's name after the given name: a name word, or a definite word rare
    as a common one and no adjective of a place or in "-ية" ("الجديدة", "المغطاة" end it)."""
    if name_word(word) and not present_verb(word):
        return True
    definite = word.startswith("ال") and word.isalpha() and len(word) >= 5
    if not definite or word.endswith(("ية", "ة")) or place_adjective(word):
        return False
    return zipf(word, "ar") < _FAMILY_NAME_ZIPF
