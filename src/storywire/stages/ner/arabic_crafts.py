"""Arabic names of crafts and trades news that the other rules read short or long.

* A square keeps its kind word ("ساحة X", "ميدان X"), as the guidelines say: a place or a
  person read right after "ساحة" becomes one LOC with it (a mosque's or a hero's square).
* A square named after an ideal or a national day ("ساحة الأمل", "ميدان الحرية"): a list
  of such nouns, as "ساحة المعركة" (a battlefield) and "ساحة المدرسة" (a yard) are none.
* A chamber of trades is named by its trades and the region it serves: "غرفة الصناعة
  التقليدية لجهة X", "غرفة التجارة والصناعة والخدمات لجهة X": the head, its definite
  trades (joined by "و") and the region after "لجهة" are one ORG (the region no LOC).
* A local body keeps its seat behind "ب" ("جمعية الصيادين بالخابورة"): a cooperative, an
  association, or a national or higher school ("المدرسة العليا/الوطنية ... بX"), read as ORG
  and followed by "ب" and a place read (a town: a country is no seat), or (for a cooperative) by "ب" and a word no
  dictionary holds (a village).  A school of another rank ("المدرسة الحسنية") is a single
  national school that names no seat, and is left as read.
* An industry's trades joined by "و" stay in a body's name: "الجمعية X لصناعات النسيج
  والألبسة" (the construct field "لصناعات"/"لصناعة"/"لحرف" and a second definite trade).
* An industrial zone is named by a saint or a known place after "المنطقة الصناعية" (the
  kind word out, as "حي" stays out): "المنطقة الصناعية سيدي X" gives "سيدي X" (LOC).
* A person's name ends before a noun with a possessive suffix ("X Y مجموعتها", her
  collection): a word ending in "تها"/"تهم"/"ته" after two name words is the verb's object.

Each rule looks only where its kind word stands, or at a mention's last word.
"""

from __future__ import annotations

from collections.abc import Sequence

from storywire.model import Mention
from storywire.stages.ner.arabic_lexicon import STOP_WORDS
from storywire.stages.ner.arabic_triggers import clitic_forms, trigger_indices
from storywire.stages.ner.gazetteer import country_names
from storywire.stages.ner.tokens import Token
from storywire.stages.ner.word_frequency import zipf

_SQUARES = frozenset({"ساحة", "ميدان"})
# The ideals and days towns name their squares after ("ساحة الأمل", "ميدان الحرية"): with
# the kind word a square, where "ساحة المعركة" or "ساحة المدرسة" is a battlefield or a yard.
_SQUARE_NOUNS = frozenset({
    "الأمل", "الحرية", "السلام", "الوحدة", "النصر", "الاستقلال", "الجلاء", "الكرامة", "العرش",
    "الجمهورية", "الوفاء", "الانتصار", "الأحرار",
})  # fmt: skip
_CHAMBER = "غرفة"
_REGION_CUES = frozenset({"لجهة", "بجهة", "لولاية", "لإقليم", "بإقليم"})
_CHAMBER_FORMS = clitic_forms({_CHAMBER})
_MAX_TRADES = 6
_COOPERATIVES = ("تعاونية", "جمعية", "الجمعية", "التعاونية")
_SCHOOLS = ("المدرسة", "المعهد")
_SCHOOL_RANKS = frozenset({"العليا", "الوطنية", "العالي", "الوطني"})
_RARE_SEAT_ZIPF = 2.5
_TRADE_FIELDS = frozenset({"لصناعات", "لصناعة", "لحرف", "لمهن"})
_ZONE = ("المنطقة", "الصناعية")
_ZONE_FORMS = clitic_forms({_ZONE[0]})
_SAINT = "سيدي"
_POSSESSED = ("تها", "تهم", "ته")
_CLITIC = "وبفل"


def _bare(word: str) -> str:
    return word[1:] if word[:1] in _CLITIC and len(word) > 3 else word


def craft_mentions(text: str, toks: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """`mentions` with squares, chambers of trades and local bodies' seats read whole and
    people's names cut before a possessed noun."""
    starts = {t.start: n for n, t in enumerate(toks)}
    ends = {t.end: n for n, t in enumerate(toks)}
    words = [t.text for t in toks]
    trimmed = [_trim_person(m) for m in mentions]
    out = [m for m in trimmed if m is not None]
    out = _squares(text, toks, words, starts, out)
    out = _seats(text, toks, words, ends, out)
    out = _chambers(text, toks, words, out)
    out = _trades(text, toks, words, ends, out)
    out = _zones(text, toks, words, out)
    return sorted(out, key=lambda m: (m.start, m.end))


def _trim_person(m: Mention) -> Mention | None:
    """A PER of three words or more whose last is a possessed noun loses it; a lone PER
    word that is a possessed noun (a misread object) is dropped."""
    if m.type != "PER":
        return m
    parts = m.text.split(" ")
    if not parts[-1].endswith(_POSSESSED) or len(parts[-1]) < 5:
        return m
    if len(parts) == 1:
        return None
    if len(parts) < 3:
        return m
    keep = " ".join(parts[:-1])
    return Mention(m.start, m.start + len(keep), keep, m.type, model=m.model, confidence=m.confidence)


def _replace(out: list[Mention], new: Mention) -> list[Mention]:
    return [m for m in out if m.end <= new.start or m.start >= new.end] + [new]


def _squares(
    text: str, toks: Sequence[Token], words: list[str], starts: dict[int, int], out: list[Mention]
) -> list[Mention]:
    for m in list(out):
        n = starts.get(m.start)
        if m.type not in ("LOC", "PER") or not n:
            continue
        prev = words[n - 1]
        bare = _bare(prev)
        if bare not in _SQUARES:
            continue
        s = toks[n - 1].start + len(prev) - len(bare)
        out = _replace(out, Mention(s, m.end, text[s : m.end], "LOC", model="rules:ar", confidence=0.6))
    for n, w in enumerate(words[:-1]):
        bare = _bare(w)
        if bare not in _SQUARES or words[n + 1] not in _SQUARE_NOUNS:
            continue
        if n + 2 < len(words) and words[n + 2].startswith("ال") and not words[n + 2].endswith(("ي", "ية")):
            continue  # "ساحة الحرية الإعلامية"-like phrases go on: a field, no square
        s, e = toks[n].start + len(w) - len(bare), toks[n + 1].end
        if all(m.end <= s or m.start >= e for m in out):
            out.append(Mention(s, e, text[s:e], "LOC", model="rules:ar", confidence=0.6))
    return out


def _seats(
    text: str, toks: Sequence[Token], words: list[str], ends: dict[int, int], out: list[Mention]
) -> list[Mention]:
    by_start = {m.start: m for m in out}
    for m in list(out):
        n = ends.get(m.end)
        if m.type != "ORG" or n is None or n + 1 >= len(words):
            continue
        parts = m.text.split(" ")
        cooperative = parts[0] in _COOPERATIVES and len(parts) > 1
        school = parts[0] in _SCHOOLS and len(parts) > 2 and parts[1] in _SCHOOL_RANKS
        if not (cooperative or school) or not words[n + 1].startswith("ب"):
            continue
        seat = toks[n + 1]
        place = by_start.get(seat.start + 1)
        if place is not None and place.type == "LOC" and place.text not in country_names("ar"):
            end = place.end
        elif parts[0].endswith("تعاونية") and _rare_seat(words[n + 1][1:]):
            end = seat.end
        else:
            continue
        out = _replace(out, Mention(m.start, end, text[m.start : end], "ORG", model=m.model, confidence=m.confidence))
    return out


def _rare_seat(word: str) -> bool:
    if word.endswith(("ها", "هم", "ه")):
        return False  # "برنامجها": a noun and its owner, no village
    return word.isalpha() and len(word) > 3 and not word.startswith("ال") and zipf(word, "ar") < _RARE_SEAT_ZIPF


def _chambers(text: str, toks: Sequence[Token], words: list[str], out: list[Mention]) -> list[Mention]:
    for i in trigger_indices(words, _CHAMBER_FORMS):
        w = words[i]
        k = i + 1
        while k < len(words) and k - i <= _MAX_TRADES:
            v = words[k]
            if (v.startswith("ال") or v.startswith("وال")) and v.isalpha() and v not in STOP_WORDS:
                k += 1
            else:
                break
        if k == i + 1 or k >= len(words) or words[k] not in _REGION_CUES or k + 1 >= len(words):
            continue
        region = [m for m in out if m.start == toks[k + 1].start and m.type == "LOC"]
        if not region:
            continue
        lead = len(w) - len(_bare(w)) if _bare(w) == _CHAMBER else 0
        s = toks[i].start + lead
        out = _replace(out, Mention(s, region[0].end, text[s : region[0].end], "ORG", model="rules:ar", confidence=0.6))
    return out


def _trades(
    text: str, toks: Sequence[Token], words: list[str], ends: dict[int, int], out: list[Mention]
) -> list[Mention]:
    """An ORG ending in "لصناعات الX" takes a second trade "والY" after it."""
    for m in list(out):
        n = ends.get(m.end)
        if m.type != "ORG" or n is None or n < 1 or n + 1 >= len(words) or words[n - 1] not in _TRADE_FIELDS:
            continue
        nxt = words[n + 1]
        if not (nxt.startswith("وال") and nxt.isalpha() and len(nxt) > 4) or nxt.endswith(("ون", "ين")):
            continue  # "والعاملين": the people of the trade, the sentence's next noun
        e = toks[n + 1].end
        out = _replace(out, Mention(m.start, e, text[m.start : e], "ORG", model=m.model, confidence=m.confidence))
    return out


def _zones(text: str, toks: Sequence[Token], words: list[str], out: list[Mention]) -> list[Mention]:
    """ "المنطقة الصناعية سيدي X": the saint's name of the zone, as LOC."""
    for i in trigger_indices(words, _ZONE_FORMS):
        j = i + 2
        if words[i + 1 : j] != [_ZONE[1]] or j + 1 >= len(words) or words[j] != _SAINT:
            continue
        name = words[j + 1]
        if not name.isalpha() or name in STOP_WORDS:
            continue
        s, e = toks[j].start, toks[j + 1].end
        if any(m.start < e and s < m.end for m in out):
            continue
        out.append(Mention(s, e, text[s:e], "LOC", model="rules:ar", confidence=0.6))
    return out
