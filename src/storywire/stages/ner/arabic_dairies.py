"""Arabic names of rural and food-trade news (dairies, cooperatives, villages) that the other
rules read short, long or not at all.

* A village named "كفر X" (the Nile Delta's and the Levant's "kafr", a hamlet): the kind word is
  part of the name ("كفر الشيخ" is a governorate, "كفر سعد" a district town), so "كفر" and the
  word after it are one LOC, behind a one-letter clitic too.  "كفر" alone is also "unbelief";
  a preposition's object after it ("كفر بالله") is not a name.
* A new town named after the old one, "X الجديدة" ("New X", a separate city): a known town read
  as LOC and "الجديدة" right after it are one LOC.  A country's name keeps the word out ("سوريا
  الجديدة" is a slogan) unless a town's word stands before it ("مدينة مصر الجديدة").
* A public body or a cooperative named by its head, its standing and a construct field after
  "لـ" ("الهيئة القومية لسلامة الغذاء", "الجمعية التعاونية لمنتجي الألبان"): the head, the
  adjective, the field noun and its definite complement are one ORG; `arabic_institutions`
  reads only a field behind "لل".  A cooperative keeps its seat behind "ب" (a known place),
  as the guidelines read a local body ("جمعية الصيادين بالخابورة").
* A chamber of an industry, "غرفة الصناعات الغذائية" (a chamber of a federation): "غرفة", its
  definite trade and the trade's adjective are one ORG; without an adjective ("غرفة التجارة")
  it is a generic chamber and left alone, as a chamber with its region is `arabic_crafts`'.
  An industry in the construct state and its definite field ("غرفة صناعة السينما") is one too,
  and so is a town's chamber, "غرفة تجارة X" with a place X (its town inside).
* A ministry's second portfolio in the construct state, "وزارة الزراعة واستصلاح الأراضي": an
  indefinite noun behind "و" and its definite complement stay in the ministry's name.
* A governorate that acts ("أن محافظة X ستنسق", "وأعلنت محافظة X"): the body, "محافظة X" as
  one ORG, where "في محافظة X" gives the place X alone (the kind word out); so is one asked
  to act ("طالب X محافظة Y بتوفير ...": a demand's verb before, "ب" and a verbal noun after),
  and one in the pluperfect ("وكانت محافظة X قد خصصت": its verb after "قد").

Each rule looks only where its kind word stands, or right after a mention.
"""

from __future__ import annotations

from collections.abc import Sequence

from storywire.model import Mention
from storywire.stages.ner.arabic_lexicon import STOP_WORDS, name_word, present_verb, rule_span, verbal_noun
from storywire.stages.ner.arabic_places import place_end
from storywire.stages.ner.arabic_triggers import clitic_forms, head_behind_clitic, trigger_indices
from storywire.stages.ner.gazetteer import country_names
from storywire.stages.ner.tokens import Token
from storywire.stages.ner.word_frequency import zipf

_KAFR = "كفر"
_KAFR_FORMS = clitic_forms({_KAFR})
_NEW = "الجديدة"
_TOWN_WORDS = frozenset({"مدينة", "بمدينة", "لمدينة", "ومدينة", "حي", "بحي"})
# Heads of a body with a construct field: the public authority and the association.
_HEADS = frozenset({"الهيئة", "الجمعية", "المؤسسة", "اللجنة", "الشركة"})
_HEAD_FORMS = clitic_forms(_HEADS)
_STANDING = frozenset({
    "القومية", "الوطنية", "العامة", "العليا", "المصرية", "التعاونية", "الزراعية", "المركزية",
})  # fmt: skip
_SEATED = frozenset({"الجمعية"})  # a local association keeps its town behind "ب"
_CHAMBER = "غرفة"
_CHAMBER_FORMS = clitic_forms({_CHAMBER})
_TRADES = frozenset({"الصناعات", "الصناعة", "التجارة", "السياحة"})
# An industry in the construct state ("غرفة صناعة السينما", the chamber of the film industry):
# the definite noun after it says which, where "غرفة صناعة" alone is any industry's.
_TRADES_CONSTRUCT = frozenset({"صناعة", "تجارة"})
_MINISTRY = "وزارة"
# The public a ministry serves is no portfolio of its name ("وزارة الصحة وشؤون المواطنين").
_SERVED = frozenset({"المواطنين", "السكان", "الأهالي", "الناس", "الجمهور"})
# After a speech verb the ministry speaks, and "و" + a verbal noun opens the next clause
# ("وقالت وزارة الصحة وإعادة الإعمار جارية").
_SPEECH = frozenset({"قال", "قالت", "وقال", "وقالت", "أضافت", "وأضافت", "أكدت", "وأكدت", "أوضحت", "وأوضحت"})
_GOVERNORATE = "محافظة"
_GOVERNORATE_FORMS = clitic_forms({_GOVERNORATE}, "وف")
# Verbs in the feminine past that a governorate as subject follows ("وأعلنت محافظة X").
_ACTS = frozenset({
    "أعلنت", "قررت", "أكدت", "أطلقت", "طالبت", "وقعت", "خصصت", "نظمت", "بدأت", "رفضت", "دعت",
})  # fmt: skip
# Verbs of a demand whose object a governorate is, asked to act "ب" + a verbal noun: "طالب
# النائب X محافظة Y بتوفير حافلات" (the MP asked the governorate to provide buses).
_DEMANDS = frozenset({"طالب", "طالبت", "يطالب", "تطالب", "ناشد", "ناشدت", "دعا", "دعت", "حث", "حثت"})
# "وكانت محافظة X قد خصصت": the pluperfect puts the verb after "قد", its subject before it.
_WAS = frozenset({"كانت", "وكانت", "فكانت"})
_ALREADY = "قد"
_SENTENCE_ENDS = frozenset({".", "،", ",", "!", "؟", "?", ":", "\n"})
_MAX_DEMAND_BACK = 14
_FUTURE = ("ست", "سي")
_MIN_FUTURE_VERB = 5
_RARE_VERB_ZIPF = 3.0


def dairy_mentions(text: str, toks: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """`mentions` with villages, new towns, bodies with a construct field, chambers of an
    industry, ministries' second portfolios and acting governorates read whole."""
    words = [t.text for t in toks]
    starts = {t.start: n for n, t in enumerate(toks)}
    ends = {t.end: n for n, t in enumerate(toks)}
    out = list(mentions)
    out = _villages(text, toks, words, out)
    out = _new_towns(text, toks, words, ends, out)
    out = _bodies(text, toks, words, out)
    out = _chambers(text, toks, words, out)
    out = _ministries(text, toks, words, starts, ends, out)
    out = _governorates(text, toks, words, starts, out)
    return sorted(out, key=lambda m: (m.start, m.end))


def _replace(out: list[Mention], new: Mention) -> list[Mention]:
    return [m for m in out if m.end <= new.start or m.start >= new.end] + [new]


def _free(out: list[Mention], s: int, e: int) -> bool:
    return all(m.end <= s or m.start >= e for m in out)


def _plain(word: str) -> bool:
    return name_word(word) and word not in STOP_WORDS and not present_verb(word)


def _definite(word: str) -> bool:
    return word.startswith("ال") and word.isalpha() and len(word) > 3 and word not in STOP_WORDS


def _future_verb(word: str) -> bool:
    """ "ستنسق", "سيعمل": a verb's present behind the future's "س", a word rare as a noun
    ("سيارة", a car, is common)."""
    return word.isalpha() and (present_verb(word[1:]) or zipf(word, "ar") < _RARE_VERB_ZIPF)


def _villages(text: str, toks: Sequence[Token], words: list[str], out: list[Mention]) -> list[Mention]:
    """ "كفر X": one LOC, a clitic before it outside the span."""
    for i in trigger_indices(words[:-1], _KAFR_FORMS):
        lead, _ = head_behind_clitic(words[i], {_KAFR})
        nxt = words[i + 1]
        if nxt.startswith(("بال", "لل", "ب")) or not (_plain(nxt) or _definite(nxt)) or len(nxt) < 3:
            continue
        m = rule_span(text, toks, i, i + 2, "LOC", lead)
        inside = [o for o in out if o.start < m.end and m.start < o.end]
        if all(m.start <= o.start and o.end <= m.end and o.type == "LOC" for o in inside):
            out = _replace(out, m)
    return out


def _new_towns(
    text: str, toks: Sequence[Token], words: list[str], ends: dict[int, int], out: list[Mention]
) -> list[Mention]:
    """A town's LOC with "الجديدة" right after it: the new town, one LOC."""
    countries = country_names("ar")
    for m in list(out):
        n = ends.get(m.end)
        if m.type != "LOC" or n is None or n + 1 >= len(words) or words[n + 1] != _NEW:
            continue
        first = n - len(m.text.split(" ")) + 1
        cued = first > 0 and words[first - 1] in _TOWN_WORDS
        if m.text in countries and not cued:
            continue
        e = toks[n + 1].end
        out = _replace(out, Mention(m.start, e, text[m.start : e], "LOC", model=m.model, confidence=m.confidence))
    return out


def _bodies(text: str, toks: Sequence[Token], words: list[str], out: list[Mention]) -> list[Mention]:
    """ "الهيئة القومية لسلامة الغذاء", "الجمعية التعاونية لمنتجي الألبان بX": one ORG."""
    for i in trigger_indices(words, _HEAD_FORMS):
        lead, head = head_behind_clitic(words[i], _HEADS)
        k = i + 1
        if k + 2 >= len(words) or words[k] not in _STANDING:
            continue
        field, complement = words[k + 1], words[k + 2]
        if not (field.startswith("ل") and not field.startswith("لل") and _plain(field[1:]) and len(field) > 4):
            continue
        if not _definite(complement):
            continue
        end = k + 3
        if head in _SEATED and end < len(words) and words[end].startswith("ب") and len(words[end]) > 3:
            seat = place_end([words[end][1:], *words[end + 1 :]], 0)
            town = words[end][1:] if seat == 1 else None
            if seat is not None and town not in country_names("ar"):
                end += seat
        m = rule_span(text, toks, i, end, "ORG", lead)
        inside = [o for o in out if o.start < m.end and m.start < o.end]
        if all(m.start <= o.start and o.end <= m.end and o.type != "PER" for o in inside):
            out = _replace(out, m)
    return out


def _chambers(text: str, toks: Sequence[Token], words: list[str], out: list[Mention]) -> list[Mention]:
    """ "غرفة الصناعات الغذائية": the chamber with its trade and the trade's adjective."""
    for i in trigger_indices(words, _CHAMBER_FORMS):
        if i + 2 >= len(words) or words[i + 1] not in _TRADES | _TRADES_CONSTRUCT:
            continue
        adjective = words[i + 2]
        town = _town_at(out, toks[i + 2]) if words[i + 1] in _TRADES_CONSTRUCT else None
        if town is not None:
            # "غرفة تجارة X" with a place X is that town's chamber of commerce, the town inside.
            lead, _ = head_behind_clitic(words[i], {_CHAMBER})
            out = _replace(out, rule_span(text, toks, i, i + 3, "ORG", lead))
            continue
        if words[i + 1] in _TRADES_CONSTRUCT:
            if not _definite(adjective) or adjective in STOP_WORDS or adjective.endswith(("ي", "ية")):
                continue  # the industry's field is a noun: "صناعة السينما", not "صناعة محلية"
        elif not (_definite(adjective) and adjective.endswith("ية")):
            continue
        lead, _ = head_behind_clitic(words[i], {_CHAMBER})
        m = rule_span(text, toks, i, i + 3, "ORG", lead)
        if _free(out, m.start, m.end):
            out.append(m)
    return out


def _town_at(out: list[Mention], tok: Token) -> Mention | None:
    """The place mention that is exactly `tok`, or None."""
    return next((m for m in out if m.type == "LOC" and m.start == tok.start and m.end == tok.end), None)


def _ministries(
    text: str,
    toks: Sequence[Token],
    words: list[str],
    starts: dict[int, int],
    ends: dict[int, int],
    out: list[Mention],
) -> list[Mention]:
    """A ministry's ORG followed by "وX الY" (an indefinite noun and its complement): one ORG."""
    for m in list(out):
        n = ends.get(m.end)
        if m.type != "ORG" or n is None or n + 2 >= len(words) or not m.text.startswith(_MINISTRY):
            continue
        conj, complement = words[n + 1], words[n + 2]
        noun = conj[1:]
        if conj[:1] != "و" or noun.startswith("ال") or len(noun) < 4 or not _plain(noun):
            continue
        if not _definite(complement) or complement in _SERVED:
            continue
        first = starts.get(m.start)
        if first is not None and first > 0 and words[first - 1] in _SPEECH:
            continue
        e = toks[n + 2].end
        out = _replace(out, Mention(m.start, e, text[m.start : e], "ORG", model=m.model, confidence=m.confidence))
    return out


def _governorates(
    text: str, toks: Sequence[Token], words: list[str], starts: dict[int, int], out: list[Mention]
) -> list[Mention]:
    """ "أن محافظة X ستنسق" / "أعلنت محافظة X": the acting governorate, one ORG."""
    by_start = {m.start: m for m in out}
    for i in trigger_indices(words, _GOVERNORATE_FORMS):
        if i + 1 >= len(words):
            continue
        place = by_start.get(toks[i + 1].start)
        if place is None or place.type != "LOC":
            continue
        n = starts.get(place.start)
        last = n + len(place.text.split(" ")) - 1 if n is not None else None
        if last is None or toks[last].end != place.end:
            continue
        after = words[last + 1] if last + 1 < len(words) else ""
        before = words[i - 1] if i > 0 else ""
        bare_before = before[1:] if before[:1] in "وف" and before[1:] in _ACTS else before
        future = after.startswith(_FUTURE) and len(after) >= _MIN_FUTURE_VERB and _future_verb(after)
        pluperfect = before in _WAS and after == _ALREADY
        if not (future or pluperfect or bare_before in _ACTS or _asked(words, i, after)):
            continue
        lead, _ = head_behind_clitic(words[i], {_GOVERNORATE})
        out = _replace(out, rule_span(text, toks, i, last + 1, "ORG", lead))
    return out


def _asked(words: list[str], i: int, after: str) -> bool:
    """The governorate at `i` asked to act: "ب" and a verbal noun after its name, and a verb
    of a demand earlier in its clause."""
    if not (after[:1] == "ب" and verbal_noun(after[1:])):
        return False
    for k in range(i - 1, max(-1, i - 1 - _MAX_DEMAND_BACK), -1):
        w = words[k]
        if w in _SENTENCE_ENDS:
            return False
        if (w[1:] if w[:1] in "وف" and w[1:] in _DEMANDS else w) in _DEMANDS:
            return True
    return False
