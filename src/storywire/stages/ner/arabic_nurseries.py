"""Arabic names of farm and nursery news that the other rules read short or run on.

* A body's name never ends on "التابع/التابعة" (affiliated to) or on the title of the person
  named after it ("رئيس الإدارة المركزية للX الدكتور Y"): the field rules take a definite
  word in -ة or -ي for the field's adjective, so such a tail is cut off the ORG.
* A body whose name ends on a noun in construct ("معهد بحوث", "جمعية منتجي ومصدري") is not
  done: its complement follows, a definite noun, or an indefinite plural and its definite
  complement ("معهد بحوث X", "جمعية منتجي ومصدري نباتات X"); the ORG grows over them.
* A firm's field joined to its first by "و" in construct ("للمشاتل ونباتات الزينة"): the
  first-field rules stop at "وال..." words only, so the indefinite plural and its definite
  complement are read into the name too.
* What a body is affiliated to is a body: "التابع لمركز البحوث X" names the parent by its
  kind word and its definite field (with an adjective), ORG where nothing else was read.
* A road between two towns, "طريق X Y" (and its kind: "الزراعي", "الصحراوي"), or named by one
  town and its kind ("طريق X الصحراوي"): one LOC with its kind word, as streets keep theirs;
  the towns read inside give way.
* A town named after a sheikh, listed after another place ("في X والشيخ Y"): a place, the
  title in; the title rule's person Y gives way.  Typed by its list, so the article's vote
  leaves it alone (`LISTED_PLACE`).
* A new town's district by its ordinal, "في التجمع الخامس" (the fifth settlement): LOC.
* A news agency's acronym spelled in single letters in a dateline's brackets ("X (أ ش أ) -"):
  ORG, the brackets out; one letter alone or more than four are no acronym.
* A town after "مدينة" with its definite nisba ("مدينة X الخيرية"): the adjective is part of
  the town's name (the set reads "X الجديدة" whole), so the LOC grows over it, and the same
  two words are that town wherever the article names them again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from storywire.model import Mention
from storywire.stages.ner.arabic_lexicon import STOP_WORDS, rule_span
from storywire.stages.ner.arabic_places import place_adjective
from storywire.stages.ner.tokens import Token
from storywire.stages.ner.word_frequency import zipf

# Words that end a body's name before the text goes on: "affiliated to" and a person's title.
_TAILS = frozenset({
    "التابع", "التابعة", "التابعين", "التابعتين", "التابعان", "الدكتور", "الدكتورة", "المهندس",
    "المهندسة", "الأستاذ", "الأستاذة", "السيد", "السيدة", "اللواء", "العميد",
})  # fmt: skip
# Kind words of bodies whose names run as a construct chain.
_CONSTRUCT_HEADS = frozenset({"معهد", "جمعية", "مركز", "اتحاد", "رابطة", "نقابة", "هيئة", "مجلس", "مؤسسة"})
# A word in construct is a common noun; a rarer one is a name's own word.
_CONSTRUCT_ZIPF = 3.0
_AFFILIATED = frozenset({"التابع", "التابعة", "التابعين", "التابعتين", "التابعان"})
_PARENT_HEADS = frozenset({"مركز", "معهد", "هيئة", "مجلس", "جهاز", "قطاع", "اتحاد", "مؤسسة"})
_CITY = frozenset({"مدينة", "بمدينة", "لمدينة", "ومدينة"})
_ROADS = frozenset({"طريق", "بطريق", "وطريق"})
_ROAD_KINDS = frozenset({"الزراعي", "الصحراوي", "السريع", "الدولي", "الساحلي", "الدائري", "الإقليمي"})
_SHEIKHS = frozenset({"والشيخ", "والشيخة"})
LISTED_PLACE = "listed-place"
_SETTLEMENT = "التجمع"
_ORDINALS = frozenset({"الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع"})
_AT = frozenset({"في", "إلى", "من", "وفي", "بين"})
_MIN_LETTERS, _MAX_LETTERS = 2, 4


def nursery_mentions(text: str, toks: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """`mentions` with bodies' tails cut, construct chains and fields read whole, parents of
    affiliated bodies and towns with their nisba added."""
    words = [t.text for t in toks]
    by_start = {t.start: n for n, t in enumerate(toks)}
    by_end = {t.end: n for n, t in enumerate(toks)}
    out: list[Mention] = []
    towns: set[str] = set()
    for m in mentions:
        a, b = by_start.get(m.start), by_end.get(m.end)
        if m.type == "ORG" and a is not None and b is not None:
            m = _org(text, toks, words, m, a, b + 1)
        elif m.type == "LOC" and a is not None and b == a and _after_city(words, a):
            m = replace(m, end=toks[a + 1].end, text=text[m.start : toks[a + 1].end])
            towns.add(m.text)
        out.append(m)
    out = _parents(text, toks, words, out)
    out = _roads(text, toks, words, out)
    out = _sheikh_towns(text, toks, words, out)
    out = _settlements(text, toks, words, out)
    out = _spelled_agencies(text, toks, words, out)
    return _towns_again(text, out, towns)


def _after_city(words: list[str], a: int) -> bool:
    """A one-word town at `a` after "مدينة", its nisba next."""
    return 0 < a < len(words) - 1 and words[a - 1] in _CITY and _nisba(words[a + 1])


def _org(text: str, toks: Sequence[Token], words: list[str], m: Mention, a: int, b: int) -> Mention:
    while b - a > 1 and words[b - 1] in _TAILS:
        b -= 1
    head = words[a]
    if head in _CONSTRUCT_HEADS or (head[:1] in "وبل" and head[1:] in _CONSTRUCT_HEADS):
        b = _complement_end(words, b)
    b = _field_conjunct_end(words, b)
    if (toks[a].start, toks[b - 1].end) == (m.start, m.end):
        return m
    s, e = m.start, toks[b - 1].end
    return replace(m, end=e, text=text[s:e])


def _indefinite(word: str) -> bool:
    return word.isalpha() and not word.startswith(("ال", "وال", "لل")) and word not in STOP_WORDS


def _definite(word: str) -> bool:
    return word.startswith("ال") and word.isalpha() and len(word) > 3 and word not in STOP_WORDS


def _complement_end(words: list[str], b: int) -> int:
    """The end of a construct chain whose last word read is `words[b - 1]`."""
    last = words[b - 1]
    bare = last[1:] if last[:1] == "و" and zipf(last[1:], "ar") > zipf(last, "ar") else last
    if not _indefinite(last) or zipf(bare, "ar") < _CONSTRUCT_ZIPF or b >= len(words):
        return b
    if _definite(words[b]) and words[b] not in _TAILS and not place_adjective(words[b]):
        return b + 1
    if b + 1 < len(words) and _plural(words[b]) and _definite(words[b + 1]) and words[b + 1] not in _TAILS:
        return b + 2
    return b


def _plural(word: str) -> bool:
    return _indefinite(word) and word.endswith("ات") and len(word) > 4


def _field_conjunct_end(words: list[str], b: int) -> int:
    """ "للمشاتل ونباتات الزينة": a second field in construct after the first."""
    if not (words[b - 1].startswith("لل") and b + 1 < len(words)):
        return b
    second = words[b]
    if second[:1] == "و" and _plural(second[1:]) and _definite(words[b + 1]) and words[b + 1] not in _TAILS:
        return b + 2
    return b


def _parents(text: str, toks: Sequence[Token], words: list[str], mentions: list[Mention]) -> list[Mention]:
    """ "التابع لمركز البحوث الزراعية": the parent body after "affiliated to"."""
    out = list(mentions)
    for n in range(len(words) - 2):
        nxt = words[n + 1]
        if words[n] not in _AFFILIATED or nxt[:1] != "ل" or nxt[1:] not in _PARENT_HEADS:
            continue
        if not _definite(words[n + 2]):
            continue
        end = n + 3
        if end < len(words) and _definite(words[end]) and words[end].endswith(("ي", "ية")):
            end += 1  # the field's adjective: "البحوث الزراعية"
        s, e = toks[n + 1].start + 1, toks[end - 1].end
        if any(o.start < e and s < o.end for o in out):
            continue
        out.append(rule_span(text, toks, n + 1, end, "ORG", 1))
    return sorted(out, key=lambda x: (x.start, x.end))


def _nisba(word: str) -> bool:
    return _definite(word) and word.endswith(("ية", "ي")) and not place_adjective(word) and word not in _TAILS


def _towns_again(text: str, mentions: list[Mention], towns: set[str]) -> list[Mention]:
    """The town read with its nisba after "مدينة", wherever the article names it again:
    the shorter reading inside it gives way."""
    out = list(mentions)
    for town in towns:
        start = text.find(town)
        while start >= 0:
            end = start + len(town)
            before = text[start - 1 : start] if start > 0 else " "
            after = text[end : end + 1] or " "
            inside = [o for o in out if o.start < end and start < o.end]
            clitic = before in "وبلف" and (start < 2 or text[start - 2].isspace())
            ok_edges = (before.isspace() or clitic) and not after.isalpha()
            held = all(start <= o.start and o.end <= end and o.type == "LOC" for o in inside)
            if ok_edges and held and not any(o.start == start and o.end == end for o in inside):
                out = [o for o in out if o not in inside]
                out.append(Mention(start, end, town, "LOC", model="rules:ar", confidence=0.6))
            start = text.find(town, end)
    return sorted(out, key=lambda x: (x.start, x.end))


def _roads(text: str, toks: Sequence[Token], words: list[str], mentions: list[Mention]) -> list[Mention]:
    """ "طريق X Y الزراعي": a road between two towns, or one town and the road's kind."""
    by_start = {m.start: m for m in mentions if m.type == "LOC"}
    by_end = {t.end: n for n, t in enumerate(toks)}
    out = list(mentions)
    for i, word in enumerate(words[:-1]):
        first = by_start.get(toks[i + 1].start) if word in _ROADS else None
        if first is None or first.end not in by_end:
            continue
        k = by_end[first.end] + 1
        second = by_start.get(toks[k].start) if k < len(words) else None
        held = [first]
        if second is not None and second.end in by_end:
            held.append(second)
            k = by_end[second.end] + 1
        if k < len(words) and words[k] in _ROAD_KINDS:
            k += 1
        elif len(held) < 2:
            continue
        road = rule_span(text, toks, i, k, "LOC", 0 if word == "طريق" else 1)
        if any(o.start < road.end and road.start < o.end and o not in held for o in out):
            continue
        out = sorted([o for o in out if o not in held] + [road], key=lambda x: (x.start, x.end))
    return out


def _sheikh_towns(text: str, toks: Sequence[Token], words: list[str], mentions: list[Mention]) -> list[Mention]:
    """ "في X والشيخ Y": the town after a listed place, title in, "و" out."""
    ends = {m.end for m in mentions if m.type == "LOC"}
    out: list[Mention] = []
    for m in mentions:
        n = next((k for k, t in enumerate(toks) if t.start == m.start), None)
        one_word = n is not None and toks[n].end == m.end
        listed = n is not None and n >= 2 and words[n - 1] in _SHEIKHS and toks[n - 2].end in ends
        if m.type == "PER" and one_word and listed and n is not None:
            m = replace(rule_span(text, toks, n - 1, n + 1, "LOC", 1), model=LISTED_PLACE)
        out.append(m)
    return out


def _settlements(text: str, toks: Sequence[Token], words: list[str], mentions: list[Mention]) -> list[Mention]:
    """ "في التجمع الخامس": a new town's district by its ordinal."""
    out = list(mentions)
    for i in range(1, len(words) - 1):
        if words[i] != _SETTLEMENT or words[i + 1] not in _ORDINALS or words[i - 1] not in _AT:
            continue
        s, e = toks[i].start, toks[i + 1].end
        if not any(o.start < e and s < o.end for o in out):
            out.append(rule_span(text, toks, i, i + 2, "LOC"))
    return sorted(out, key=lambda x: (x.start, x.end))


def _spelled_agencies(text: str, toks: Sequence[Token], words: list[str], mentions: list[Mention]) -> list[Mention]:
    """ "القاهرة (أ ش أ) -": the agency's letters after the dateline's place."""
    ends = {m.end for m in mentions if m.type == "LOC"}
    out = list(mentions)
    for i in range(1, len(words) - 2):
        if words[i] != "(" or toks[i - 1].end not in ends:
            continue
        k = i + 1
        while k < len(words) and len(words[k]) == 1 and words[k].isalpha() and not words[k].isascii():
            k += 1
        if not (_MIN_LETTERS <= k - i - 1 <= _MAX_LETTERS and k < len(words) and words[k] == ")"):
            continue
        s, e = toks[i + 1].start, toks[k - 1].end
        if not any(o.start < e and s < o.end for o in out):
            out.append(rule_span(text, toks, i + 1, k, "ORG"))
    return sorted(out, key=lambda x: (x.start, x.end))
