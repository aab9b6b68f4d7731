"""Arabic towns, districts and local landmarks of Maghrebi news, by the word that cues them.

* A commune, a district or a new town after its cue: "في بلدية X" (in the commune of X;
  "بلدية X" that acts is the body, `arabic_institutions`), "مرتفعات X" (the heights of),
  "أعالي X", "ضواحي X" (the outskirts of), "المدينة الجديدة X" (the new town of X): the cue
  stays out, as "ولاية" and "مدينة" do, and the name alone is the place (LOC).  Before a
  tunnel's name the kind word stays out too ("نفق X" -> "X").
* A name there is a known place, a Maghrebi compound of a prefix and a name ("باب X", "بئر
  X", "سيدي عبد X", "عين X", "برج X"...), a definite word no dictionary holds, or an
  indefinite word rare as a word.
* A valley keeps its kind word, as "وادي" + a definite name does in `arabic_landmarks`: "وادي
  X" / "واد X" with X an indefinite word no dictionary holds.
* A municipal or provincial council named with its commune after "ل" is one body, the clitic
  inside: "المجلس الشعبي البلدي لـX" (ORG).
* The Mediterranean by its short form after a word of direction or shore: "غرب المتوسط",
  "ضفتي المتوسط" ("المتوسط" alone is "the average", "المدى المتوسط" the medium term).
* Squares known by a common word ("ساحة الشهداء", "ميدان التحرير"): general knowledge, a list.
* A town found so is the town wherever else the article writes it (`repeated_towns`), and
  so is a governorate's name found after "محافظة"/"ولاية"/"إقليم" ("في محافظة X" ... "في X"),
  except inside a work's title in guillemets («رمال X», a film's title: no name labelled).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from storywire.model import Mention
from storywire.stages.ner.arabic_lexicon import (
    CLITICS,
    STOP_WORDS,
    conjoined,
    in_a_title,
    name_word,
    present_verb,
    rule_span,
    verbal_noun,
)
from storywire.stages.ner.arabic_places import place_adjective, place_end, word_town
from storywire.stages.ner.arabic_triggers import clitic_forms, head_behind_clitic, trigger_indices
from storywire.stages.ner.tokens import Token
from storywire.stages.ner.word_frequency import zipf

# Prefixes of a Maghrebi place's compound name: gate, well, saint, spring, tower, valley ...
# ("راس": "رأس", a cape or head, as the Maghreb writes it without its hamza)
PREFIXES = frozenset({
    "باب", "بئر", "بير", "سيدي", "عين", "برج", "حاسي", "ذراع", "أولاد", "بني", "تيزي", "واد", "وادي",
    "رأس", "راس", "حمام", "سوق", "دار", "قصر", "أم", "أبي", "أبو", "خميس",
})  # fmt: skip
_ABD = "عبد"
# A word of a name after a prefix is rarer than this ("توتة"); a later word of a name too.
_AFTER_PREFIX_ZIPF = 4.5
# A name with no prefix is a word no dictionary holds (definite or not: "X", "الX").
_RARE_ZIPF = 3.0
_PLURAL_ENDINGS = ("ات", "ين", "ون")
_MAX_LIST = 4

# Cues after which a town's name follows: heights, outskirts, the new town of.
_AREAS = frozenset({"مرتفعات", "أعالي", "ضواحي"})
_COMMUNE, _COMMUNES = "بلدية", frozenset({"بلدية", "بلديات", "بلديتي"})
_IN, _AT = "في", "ب"  # in, at: a commune is a place after them
_GREATER = "الكبرى"  # "في بلدية X الكبرى": a Greater municipality is the body (`arabic_community`)
_TUNNEL = "نفق"
_NEW_TOWN = ("المدينة", "الجديدة")
_VALLEYS = frozenset({"وادي", "واد"})
# A valley's indefinite name is a word no dictionary holds ("X" 0-like); "واد" is rare itself.
_VALLEY_NAME_ZIPF = 2.5

# "المجلس (الشعبي) البلدي لـX": a council of a commune or a province; "لبلدية X" may stand for "لX".
_COUNCIL = "المجلس"
_POPULAR = "الشعبي"
_COUNCIL_KINDS = frozenset({"البلدي", "الولائي", "الجهوي", "الإقليمي", "المحلي"})
_TOWN_WORDS = frozenset({"بلدية", "ولاية", "مدينة"})

# The Mediterranean's short form, and the words of direction or shore before it.
_SEA = "المتوسط"
_DIRECTIONS = frozenset({"شرق", "غرب", "شمال", "جنوب", "وسط", "حوض", "ضفتي", "ضفة", "ضفاف", "جنوبي", "شمالي"})
_DIRECTION_FORMS = clitic_forms(_DIRECTIONS)

# Squares named by a common word, known the region over (general knowledge).
_SQUARES = frozenset({
    "ساحة الشهداء", "ميدان الشهداء", "ساحة التحرير", "ميدان التحرير", "ساحة الأمويين", "ساحة النجمة",
    "ساحة رياض الصلح", "ساحة البريد المركزي", "ساحة أول ماي", "ساحة الاستقلال", "ميدان رمسيس",
    "ساحة العباسيين", "ساحة جامع الفنا", "ساحة القصبة", "ساحة الحكومة", "ساحة الأمم",
})  # fmt: skip
_SQUARE_HEADS = frozenset(name.split()[0] for name in _SQUARES)
_MAX_SQUARE_WORDS = max(len(name.split()) for name in _SQUARES)

_TRIGGERS = clitic_forms(_AREAS | _COMMUNES | _VALLEYS | _SQUARE_HEADS | {_TUNNEL, _NEW_TOWN[0], _COUNCIL, _SEA})


def communes(text: str, toks: Sequence[Token]) -> list[Mention]:
    """Towns after their cue (LOC), valleys, councils of a commune (ORG), the Mediterranean's
    short form and known squares."""
    words = [t.text for t in toks]
    out: list[Mention] = []
    free = 0
    for i in trigger_indices(words, _TRIGGERS):
        if i < free:
            continue
        found = _at(text, toks, words, i)
        out += found
        free = max((_index_after(toks, m.end) for m in found), default=free)
    return out


def _index_after(toks: Sequence[Token], end: int) -> int:
    return next((n for n, t in enumerate(toks) if t.start >= end), len(toks))


def _at(text: str, toks: Sequence[Token], words: list[str], i: int) -> list[Mention]:
    lead, head = head_behind_clitic(words[i], _AREAS | _COMMUNES | {_TUNNEL})
    if head in _COMMUNES and not (words[i] == _AT + head or (i > 0 and words[i - 1] == _IN)):
        head = ""  # "بلدية X" that acts is the body; "في بلدية X" / "ببلدية X" the place
    if head and _GREATER not in words[i + 2 : i + 4]:
        return [rule_span(text, toks, a, b, "LOC", ld) for a, b, ld in town_list(words, i + 1)]
    lead, head = head_behind_clitic(words[i], _VALLEYS)
    if head and i + 1 < len(words) and _valley_name(words[i + 1]):
        return [rule_span(text, toks, i, i + 2, "LOC", lead)]
    lead, head = head_behind_clitic(words[i], {_NEW_TOWN[0], _COUNCIL, _SEA})
    if head == _NEW_TOWN[0] and words[i + 1 : i + 2] == [_NEW_TOWN[1]]:
        end = town_end(words, i + 2)
        return [rule_span(text, toks, i + 2, end, "LOC")] if end is not None else []
    if head == _COUNCIL:
        end = _council_end(words, i + 1)
        return [rule_span(text, toks, i, end, "ORG", lead)] if end is not None else []
    if head == _SEA and i > 0 and words[i - 1] in _DIRECTION_FORMS:
        return [rule_span(text, toks, i, i + 1, "LOC", lead)]
    lead, head = head_behind_clitic(words[i], _SQUARE_HEADS)
    for n in range(_MAX_SQUARE_WORDS, 1, -1):
        if head and " ".join([head, *words[i + 1 : i + n]]) in _SQUARES and i + n <= len(words):
            return [rule_span(text, toks, i, i + n, "LOC", lead)]
    return []


def town_list(words: list[str], j: int) -> list[tuple[int, int, int]]:
    """(start, end, clitic length) of the towns of a list "X وY" opening at `j`."""
    return conjoined(words, j, lambda k, lead: town_end(words, k, lead), _MAX_LIST)


def town_end(words: list[str], j: int, lead: int = 0) -> int | None:
    """The end of a town's name opening at `j` (less `lead` letters of clitic), or None: a
    known place, a prefix and a name ("باب X", "سيدي عبد X"), or a word no dictionary holds."""
    if j >= len(words):
        return None
    w = words[j][lead:]
    if not w.isalpha() or w in STOP_WORDS:
        return None
    known = place_end([w, *words[j + 1 :]], 0)
    if known is not None:
        return j + known
    if w in PREFIXES and j + 1 < len(words):
        nxt = words[j + 1]
        if nxt == _ABD and j + 2 < len(words) and words[j + 2].startswith("ال"):
            return j + 3  # "سيدي عبد X": a saint's compound name
        # a definite name rare enough too: "عين المكان" (on the spot), "باب الحوار" are phrases
        definite = nxt.startswith("ال") and nxt.isalpha() and len(nxt) > 3 and zipf(nxt, "ar") < _AFTER_PREFIX_ZIPF
        if (definite and not place_adjective(nxt)) or _rare_word(nxt, _AFTER_PREFIX_ZIPF):
            return j + 2
        return None
    if w.startswith("ال"):
        bare_rare = len(w) > 4 and zipf(w, "ar") < _RARE_ZIPF and not w.endswith(_PLURAL_ENDINGS)
        return j + 1 if bare_rare and not place_adjective(w) and not verbal_noun(w[2:]) else None
    return j + 1 if _rare_word(w, _RARE_ZIPF) else None


def _rare_word(word: str, rare: float) -> bool:
    """An indefinite word of a name rarer than `rare`: no function word, verb or verbal noun."""
    if not name_word(word) or len(word) < 3 or present_verb(word) or verbal_noun(word):
        return False
    return zipf(word, "ar") < rare


def _valley_name(word: str) -> bool:
    return _rare_word(word, _VALLEY_NAME_ZIPF) and not word.endswith(_PLURAL_ENDINGS)


def _council_end(words: list[str], k: int) -> int | None:
    """The end of "(الشعبي) البلدي لـX" after "المجلس" at `k - 1`: the council's kind and
    its commune behind "ل" ("لبلدية X" too), or None."""
    if k < len(words) and words[k] == _POPULAR:
        k += 1
    if k + 1 >= len(words) or words[k] not in _COUNCIL_KINDS:
        return None
    k += 1
    w = words[k]
    if not w.startswith("ل") or w.startswith("لل"):
        return None
    if w[1:] in _TOWN_WORDS:
        return town_end(words, k + 1)  # "لبلدية X": the commune's word, then its name
    return town_end(words, k, lead=1)


# The names of a town the article repeats: a word boundary (no letter) on either side, and
# one of the one-letter clitics before it.
_ARABIC_LETTER = "\u0621-\u064a"


def repeated_towns(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with each other occurrence of a town of two words or more, or of one no
    dictionary holds, added (LOC), bare or behind a one-letter clitic: a district found once
    by its cue ("في بلدية X") and named again alone ("وفي X،").  A listed town that is a
    common word too ("العقبة", the obstacle), found once where the sentence puts a place, is
    the town again unless a definite word follows it (an adjective: "العقبة الكبرى").  So is
    the region a body holds after its cue ("جمعية X بمنطقة Y" ... "Y")."""
    names = {m.text for m in mentions if m.type == "LOC" and (_repeatable(m.text) or word_town(m.text))}
    names |= {m.text for m in mentions if m.type == "LOC" and _governorate(text, m)}
    names |= {seat for m in mentions if m.type == "ORG" and (seat := _seat(m.text))}
    mentions = _governors_regions(text, mentions)
    if not names:
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    added: list[Mention] = []
    clitics = "".join(CLITICS)
    for name in sorted(names, key=len, reverse=True):
        pattern = rf"(?<![{_ARABIC_LETTER}])[{clitics}]?({re.escape(name)})(?![{_ARABIC_LETTER}])"
        for found in re.finditer(pattern, text):
            s, e = found.span(1)
            if any(a < e and s < b for a, b in taken):
                continue
            if word_town(name) and re.match(r"\s+ال", text[e:]):
                continue  # "العقبة الكبرى": the greatest obstacle
            if in_a_title(text, s, e):
                continue  # «رمال X»: a film's or a book's title holding the town, unlabelled
            taken.append((s, e))
            added.append(Mention(s, e, name, "LOC", model="rules:ar", confidence=0.6))
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end)) if added else mentions


# A governorate's or a province's name after its cue is rarer than a common word ("X" 3.6-like);
# found there it is the region again alone ("في X").  A small town's or a village's after
# "بلدة"/"قرية" likewise (round 40: "ببلدة X" ... "إلى X", a town that is a word too, "the fort").
_GOVERNORATE = re.compile(r"(?:^|\s)[وبل]?(?:محافظة|ولاية|إقليم|بلدة|قرية)\s+$")
_GOVERNORATE_ZIPF = 4.0


# A governor's title before his governorate ("محافظ X"): a governorate the article names after
# "محافظة", however common a word its name is (a lake, a sea), is the territory of the title.
_GOVERNORATE_ONLY = re.compile(r"(?:^|\s)[وبل]?محافظة\s+$")
_GOVERNOR = re.compile(r"(?:^|\s)[وبل]?محافظ\s+$")


def _governors_regions(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with the governorate after its governor's title added (LOC), where the
    article names it after "محافظة" too."""
    names = {
        m.text
        for m in mentions
        if m.type == "LOC" and m.text.isalpha() and _GOVERNORATE_ONLY.search(text[max(0, m.start - 10) : m.start])
    }
    added: list[Mention] = []
    for name in names:
        for found in re.finditer(rf"(?<![{_ARABIC_LETTER}]){re.escape(name)}(?![{_ARABIC_LETTER}])", text):
            s, e = found.span()
            if not _GOVERNOR.search(text[max(0, s - 10) : s]) or any(m.start < e and s < m.end for m in mentions):
                continue
            added.append(Mention(s, e, name, "LOC", model="rules:ar", confidence=0.6))
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end)) if added else mentions


def _governorate(text: str, m: Mention) -> bool:
    if " " in m.text or not m.text.isalpha() or zipf(m.text, "ar") >= _GOVERNORATE_ZIPF:
        return False
    return _GOVERNORATE.search(text[max(0, m.start - 10) : m.start]) is not None


# A body read whole with its region after the region's cue ("جمعية X بمنطقة Y", "أمانة منطقة
# Y"): the region, a listed town or no dictionary's word, is the place where the text names it
# again alone.
_SEAT = re.compile(r"(?:^|\s)[بل]?(?:منطقة|محافظة)\s+(\S+)$")


def _seat(name: str) -> str | None:
    hit = _SEAT.search(name)
    if hit is None or not hit.group(1).isalpha():
        return None
    seat = hit.group(1)
    return seat if word_town(seat) or zipf(seat, "ar") < _GOVERNORATE_ZIPF else None


def _repeatable(name: str) -> bool:
    words = name.split()
    if not all(w.isalpha() for w in words):
        return False
    return len(words) > 1 or zipf(name, "ar") < _RARE_ZIPF
