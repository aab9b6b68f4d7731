"""Arabic names of regional producers' news (beekeepers, honey firms, provincial
municipalities) that the other rules read short or cut in two.

* A local association keeps its seat named with a region's or governorate's word behind "ب"
  ("جمعية X التعاونية بمنطقة Y", "جمعية X بمحافظة Y"): the guidelines read a local body with its
  seat ("جمعية الصيادين بالخابورة", "المجلس البلدي بمحافظة ظفار"), so the association's ORG
  grows over the place read after it, which stops being a LOC of its own.
* A Gulf municipality named by its region, "أمانة منطقة X" / "أمانة محافظة X" (the
  "amana", a city's or region's municipality): one ORG with the region, as "أمانة عمّان
  الكبرى"; the region read alone inside it gives way.
* A firm after "شركة" whose name ends with its legal form "المحدودة" ("شركة X Y للعسل
  المحدودة"): the words up to the legal form are one ORG, "شركة" out and the legal form in,
  as the guidelines keep a firm's legal form; the shorter reading inside gives way.
* A forest by its kind word, "غابة X" / "غابات X": a site's fixed name that keeps its word, as
  the set's "محمية غابات عجلون"; only a rare word after it is a name ("غابة كثيفة" is a kind),
  and an indefinite feminine word after it is its adjective ("غابة استوائية").
* A road named after a king, prince or sheikh, "طريق الملك X": the whole road is LOC (streets
  keep their head, "شارع الملك حسين"), and the person read inside it gives way; a bare "طريق"
  before a common word ("طريق العودة") is no name and is left alone.

Each rule looks only where its kind word stands.
"""

from __future__ import annotations

from collections.abc import Sequence

from storywire.model import Mention
from storywire.stages.ner.arabic_lexicon import STOP_WORDS, name_word, rule_span
from storywire.stages.ner.arabic_triggers import clitic_forms
from storywire.stages.ner.tokens import Token
from storywire.stages.ner.word_frequency import zipf

_ASSOCIATIONS = frozenset({"جمعية", "الجمعية"})
_SEAT_WORDS = frozenset({"بمنطقة", "بمحافظة"})
_AMANA_FORMS = clitic_forms({"أمانة"})
_REGION_WORDS = frozenset({"منطقة", "محافظة"})
_FIRM_FORMS = clitic_forms({"شركة"})
_LEGAL_FORMS = frozenset({"المحدودة"})
_FIRM_WORDS = 6  # a firm's name before its legal form: at most this many words
_FOREST_FORMS = clitic_forms({"غابة", "غابات"})
_FOREST_NAME_ZIPF = 2.5  # "غابة كثيفة", "غابة استوائية": a kind of forest, no name
_ROAD_FORMS = clitic_forms({"طريق"})
_ROYAL_TITLES = frozenset({"الملك", "الأمير", "السلطان", "الشيخ"})


def apiary_mentions(text: str, toks: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """`mentions` with associations and their seat, regional municipalities, firms up to
    "المحدودة", forests and royal roads read whole."""
    words = [t.text for t in toks]
    out = list(mentions)
    out = _seated_associations(text, toks, words, out)
    out = _municipalities(text, toks, words, out)
    out = _limited_firms(text, toks, words, out)
    out = _forests(text, toks, words, out)
    out = _royal_roads(text, toks, words, out)
    return sorted(out, key=lambda m: (m.start, m.end))


def _replace(out: list[Mention], new: Mention) -> list[Mention]:
    return [m for m in out if m.end <= new.start or m.start >= new.end] + [new]


def _seated_associations(text: str, toks: Sequence[Token], words: list[str], out: list[Mention]) -> list[Mention]:
    """ "جمعية X بمنطقة Y": the association's ORG grows over its seat."""
    ends = {t.end: n for n, t in enumerate(toks)}
    for org in [m for m in out if m.type == "ORG" and m.text.split()[0] in _ASSOCIATIONS]:
        k = ends.get(org.end)
        if k is None or k + 2 >= len(toks) or words[k + 1] not in _SEAT_WORDS:
            continue
        seat = next((m for m in out if m.type == "LOC" and m.start == toks[k + 2].start), None)
        if seat is None:
            continue
        new = Mention(org.start, seat.end, text[org.start : seat.end], "ORG", model="rules:ar", confidence=0.6)
        out = _replace(out, new)
    return out


def _municipalities(text: str, toks: Sequence[Token], words: list[str], out: list[Mention]) -> list[Mention]:
    """ "أمانة منطقة X": the region's municipality, one ORG with its region."""
    for n, word in enumerate(words[:-2]):
        if word not in _AMANA_FORMS or words[n + 1] not in _REGION_WORDS:
            continue
        region = next((m for m in out if m.type == "LOC" and m.start == toks[n + 2].start), None)
        if region is None:
            continue
        lead = len(word) - len("أمانة")
        s = toks[n].start + lead
        out = _replace(out, Mention(s, region.end, text[s : region.end], "ORG", model="rules:ar", confidence=0.6))
    return out


def _limited_firms(text: str, toks: Sequence[Token], words: list[str], out: list[Mention]) -> list[Mention]:
    """ "شركة X Y المحدودة": the name with its legal form, "شركة" out."""
    for n, word in enumerate(words):
        if word not in _FIRM_FORMS:
            continue
        for k in range(n + 2, min(len(words), n + 2 + _FIRM_WORDS)):
            if words[k] in _LEGAL_FORMS:
                out = _replace(out, rule_span(text, toks, n + 1, k + 1, "ORG"))
                break
            if not _arabic_word(words[k]) or words[k] in STOP_WORDS:
                break  # a comma, a number or a particle: the name ended with no legal form
    return out


def _forests(text: str, toks: Sequence[Token], words: list[str], out: list[Mention]) -> list[Mention]:
    """ "غابة X": a forest by a rare name keeps its kind word."""
    for n, word in enumerate(words[:-1]):
        name = words[n + 1]
        if word not in _FOREST_FORMS or not _arabic_word(name) or name in STOP_WORDS:
            continue
        if name.endswith("ة") and not name.startswith("ال"):
            continue  # "غابة استوائية", "غابة مطيرة": an indefinite adjective agreeing with the forest
        known = any(m.type == "LOC" and m.start == toks[n + 1].start for m in out)
        if not known and zipf(name, "ar") >= _FOREST_NAME_ZIPF:
            continue
        lead = len(word) - len("غابة") if word.endswith("غابة") else len(word) - len("غابات")
        new = rule_span(text, toks, n, n + 2, "LOC", lead=lead)
        if known or all(m.end <= new.start or m.start >= new.end for m in out):
            out = _replace(out, new)
    return out


def _royal_roads(text: str, toks: Sequence[Token], words: list[str], out: list[Mention]) -> list[Mention]:
    """ "طريق الملك X": the road named after a ruler, one LOC."""
    for n, word in enumerate(words[:-2]):
        if word not in _ROAD_FORMS or words[n + 1] not in _ROYAL_TITLES:
            continue
        if not _ruler_word(words[n + 2]):
            continue
        end = n + 3
        if end + 1 < len(words) and words[end] == "بن" and _ruler_word(words[end + 1]):
            end += 2  # "طريق الأمير محمد بن سلمان": the father's name is the ruler's
        lead = len(word) - len("طريق")
        out = _replace(out, rule_span(text, toks, n, end, "LOC", lead=lead))
    return out


def _ruler_word(word: str) -> bool:
    return name_word(word) and word not in STOP_WORDS and not word.startswith(("ال", "وال", "بال", "لل"))


def _arabic_word(word: str) -> bool:
    return all("\u0621" <= ch <= "\u064a" for ch in word)
