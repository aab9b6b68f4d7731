"""Arabic youth, school and scouting news: schools, youth centres, scout bodies and the people
named after an office and its field, read after the other rules.

* A school named by its place or patron and its level: "مدرسة X الثانوية للبنين", "مدرسة X
  الأساسية المختلطة" (ORG, the kind words inside, as the guidelines keep them); the level's
  adjective or the pupils' "للبنين/للبنات" must follow, as "مدرسة حكومية" (a state school)
  names none.
* A youth centre, "مركز شباب" and its town: a known place or a word rare as a word ("مركز
  شباب X"); "مركز شباب المدينة" (the town's youth centre) names none.
* A scout body by its scouting word: "المنظمة الكشفية العربية", "المنظمة العالمية للحركة
  الكشفية", "الجمعية الكشفية X-ية"; "المنظمة" alone or "الحركة الكشفية" (the movement) is
  no name.
* Two services joined by "و" read as one body ("المديرية العامة للدفاع المدني والهلال الأحمر
  الأردني"): cut where the second service opens, two ORG.
* A person after an office and its field ("وزير الشباب X الY", "قائدة المخيم X الY"): the
  office and its field are no person, the given name and the family name after them are.

Each rule looks only where its kind word stands.
"""

from __future__ import annotations

from collections.abc import Sequence

from storywire.model import Mention
from storywire.stages.ner.arabic_lexicon import STOP_WORDS, rule_span, verbal_noun
from storywire.stages.ner.arabic_places import place_adjective, place_end
from storywire.stages.ner.arabic_transport import SERVICES
from storywire.stages.ner.arabic_triggers import clitic_forms, head_behind_clitic, trigger_indices
from storywire.stages.ner.claimed_spans import replace_holding
from storywire.stages.ner.tokens import Token
from storywire.stages.ner.word_frequency import zipf

_SCHOOL = frozenset({"مدرسة"})
_LEVELS = frozenset({
    "الثانوية", "الأساسية", "الابتدائية", "الإعدادية", "المتوسطة", "النموذجية", "الشاملة", "المهنية",
})  # fmt: skip
_PUPILS = frozenset({"للبنين", "للبنات", "المختلطة"})
_SCHOOL_CLOSING = _LEVELS | _PUPILS
# A kindergarten, "روضة" (also a garden, a shrine): a name only with the children it keeps.
_KINDERGARTEN = frozenset({"روضة"})
_CHILDREN = frozenset({"للأطفال"})
_MAX_SCHOOL_NAME = 4
_ANY_TYPE = frozenset({"PER", "ORG", "LOC"})
_CLUB = "نادي"
_CENTRE = ("مركز", "شباب")
# A youth centre's town this rare is a town's name, not a word ("مركز شباب جديد").
_RARE_TOWN_ZIPF = 3.0
_SCOUT_HEADS = frozenset({"المنظمة", "الجمعية", "الاتحاد", "المفوضية", "الفيدرالية", "الهيئة"})
_SCOUT_WORDS = frozenset({"الكشفية", "الكشفي", "للكشافة", "والمرشدات", "للمرشدات"})
_MOVEMENT = "للحركة"  # "للحركة الكشفية": of the scout movement
_MAX_SCOUT_WORDS = 4
# Offices with a field after them, feminine forms included: "قائدة المخيم" (the camp's leader).
_OFFICES = frozenset({
    "وزير", "وزيرة", "قائد", "قائدة", "مدير", "مديرة", "رئيس", "رئيسة", "مفوض", "مفوضة", "منسق", "منسقة",
})  # fmt: skip
_SERVICE_FIRSTS = frozenset(s.split()[0] for s in SERVICES)
# A given name never opens with the article (behind a clitic or not); "عبد", "أبو" open a
# compound name the family word after them belongs to ("عبد X").
_DEFINITE_FORMS = ("ال", "وال", "بال", "فال", "لل")
_NAME_LINKS = frozenset({"عبد", "أبو", "أبي", "أبا", "أم", "بن", "ابن"})
# Adjectives of a body's members that close a veterans' body: retired soldiers, old fighters.
_VETERANS = frozenset({"العسكريين", "القدامى"})
_YOUTH = "الشباب"
_PLURAL_ENDINGS = ("ين", "ون", "ات")
_HEADS = _SCHOOL | _KINDERGARTEN | {_CENTRE[0], _CLUB} | _SCOUT_HEADS
TRIGGERS = clitic_forms(_HEADS | _OFFICES)


def youth_mentions(text: str, toks: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """`mentions` with the schools, youth centres and scout bodies above (each replacing the
    shorter mentions it holds), the joined services cut, and the people after an office."""
    words = [t.text for t in toks]
    out = _split_services(text, toks, words, list(mentions))
    if _YOUTH in words:
        out = _no_young_clubs(toks, words, out)
    if not _VETERANS.isdisjoint(words):
        out = _veterans(text, toks, words, out)
    for i in trigger_indices(words, TRIGGERS):
        lead, head = head_behind_clitic(words[i], _HEADS)
        end = None
        if head in _SCHOOL or head in _KINDERGARTEN:
            end = _school_end(words, i + 1, _SCHOOL_CLOSING if head in _SCHOOL else _CHILDREN)
            if end is not None:  # a school named after a person holds the person
                out = replace_holding(out, rule_span(text, toks, i, end, "ORG", lead), _ANY_TYPE)
            continue
        start = i
        if head == _CENTRE[0]:
            end = _centre_end(words, i + 1)
        elif head == _CLUB:
            end = _centre_end(words, i + 1, club=True)
            start, lead = i + 1, 0  # "نادي شباب X": the guidelines give the club's name
        elif head in _SCOUT_HEADS:
            end = _scout_end(words, i + 1)
        if end is not None:
            out = replace_holding(out, rule_span(text, toks, start, end, "ORG", lead))
        elif words[i] in _OFFICES:
            out = _office_person(text, toks, words, i, out)
    return out


def _veterans(text: str, toks: Sequence[Token], words: list[str], out: list[Mention]) -> list[Mention]:
    """`out` with a body closed before its members' adjective read over it: "جمعية المتقاعدين
    العسكريين" (retired soldiers), "رابطة المحاربين القدامى" (old fighters, veterans)."""
    ends = {t.end: n for n, t in enumerate(toks)}
    grown = []
    for m in out:
        n = ends.get(m.end)
        if m.type != "ORG" or n is None or n + 1 >= len(words) or words[n + 1] not in _VETERANS:
            grown.append(m)
            continue
        # the members a definite plural before the adjective: "المتقاعدين العسكريين"
        if words[n].startswith("ال") and words[n].endswith("ين"):
            end = toks[n + 1].end
            m = Mention(m.start, end, text[m.start : end], "ORG", m.model, m.confidence)
        grown.append(m)
    return grown


def _no_young_clubs(toks: Sequence[Token], words: list[str], out: list[Mention]) -> list[Mention]:
    """`out` less the club "الشباب" read after a definite plural: there it is the adjective
    "young" ("المتطوعين الشباب", the young volunteers), not the club Al-Shabab."""
    adjectives = {
        toks[n].start
        for n in range(1, len(words))
        if words[n] == _YOUTH and words[n - 1].startswith("ال") and words[n - 1].endswith(_PLURAL_ENDINGS)
    }
    return [m for m in out if not (m.type == "ORG" and m.text == _YOUTH and m.start in adjectives)]


def _name_word(word: str) -> bool:
    return word.isalpha() and len(word) > 1 and word not in STOP_WORDS


def _school_end(words: list[str], j: int, closing: frozenset[str]) -> int | None:
    """The end of "X الثانوية للبنين" at `j`: a name of up to four words, then a level or the
    pupils it teaches (`closing`); None where none follows."""
    k = j
    while k < len(words) and k - j < _MAX_SCHOOL_NAME and _name_word(words[k]) and words[k] not in closing:
        k += 1
    if k == j or k >= len(words) or words[k] not in closing:
        return None
    while k < len(words) and words[k] in closing:
        k += 1
    return k


def _centre_end(words: list[str], j: int, club: bool = False) -> int | None:
    """The end of "شباب X" at `j` (after "مركز"): a known place or a rare word; after "نادي"
    any definite name ("نادي شباب X": a club named by its patron or quarter)."""
    if j + 1 >= len(words) or words[j] != _CENTRE[1]:
        return None
    end = place_end(words, j + 1)
    if end is not None:
        return end
    town = words[j + 1]
    bare = town[2:] if town.startswith("ال") else town
    if not _name_word(town) or verbal_noun(town):
        return None
    if club and town.startswith("ال"):
        return j + 2
    rare = zipf(town, "ar") < _RARE_TOWN_ZIPF and zipf(bare, "ar") < _RARE_TOWN_ZIPF
    seated = j + 3 < len(words) and words[j + 2] == "في" and place_end(words, j + 3) is not None
    return j + 2 if rare or seated else None  # "مركز شباب X في <governorate>": X is its town


def _scout_end(words: list[str], j: int) -> int | None:
    """The end of a scout body's words at `j`: definite adjectives and the scouting words,
    one of these among them."""
    k, scouting = j, False
    while k < len(words) and k - j < _MAX_SCOUT_WORDS:
        w = words[k]
        if w in _SCOUT_WORDS or (w == _MOVEMENT and k + 1 < len(words) and words[k + 1] == "الكشفية"):
            scouting = True
            k += 2 if w == _MOVEMENT else 1
        elif w.startswith("ال") and w.endswith(("ية", "ي")) and _name_word(w):
            k += 1  # "العربية", "العالمية", "الأردنية": the body's adjectives
        else:
            break
    return k if scouting else None


def _split_services(text: str, toks: Sequence[Token], words: list[str], out: list[Mention]) -> list[Mention]:
    """`out` with an ORG that joins two services by "و" cut where the second one opens."""
    starts = {t.start: n for n, t in enumerate(toks)}
    for m in [m for m in out if m.type == "ORG" and " و" in m.text]:
        a = starts.get(m.start)
        if a is None:
            continue
        for k in range(a + 1, len(toks) - 1):
            if toks[k].end > m.end:
                break
            w = words[k]
            if w.startswith("و") and w[1:] in _SERVICE_FIRSTS and f"{w[1:]} {words[k + 1]}" in SERVICES:
                left = rule_span(text, toks, a, k, "ORG")
                right = Mention(toks[k].start + 1, m.end, text[toks[k].start + 1 : m.end], "ORG", m.model, m.confidence)
                out = sorted([o for o in out if o is not m] + [left, right], key=lambda x: (x.start, x.end))
                break
    return out


def _office_person(text: str, toks: Sequence[Token], words: list[str], i: int, out: list[Mention]) -> list[Mention]:
    """`out` with "X الY" after "office + its definite field" as a person, in place of a
    person read over the office ("قائدة المخيم")."""
    j = i + 2
    if j + 1 >= len(words) or not words[i + 1].startswith("ال") or not _name_word(words[i + 1]):
        return out
    given, family = words[j], words[j + 1]
    if given.startswith(_DEFINITE_FORMS) or given in _NAME_LINKS or not _name_word(given) or len(given) < 3:
        return out  # "والتخطيط" (and the planning), "عبد" of a compound name: no given name
    if verbal_noun(given):
        return out
    if not (family.startswith("ال") and _name_word(family) and len(family) > 4) or place_adjective(family):
        return out
    person = rule_span(text, toks, j, j + 2, "PER")
    office_start, office_end = toks[i].start, toks[i + 1].end
    overlaps = [o for o in out if o.start < person.end and office_start < o.end]
    if any(o.type == "PER" and (o.start < person.start < o.end or o.end > person.end) for o in overlaps):
        return out  # a person already read across the name's edges ("عبد X Y"): keep it
    if any(o.start >= person.start and o.end <= person.end and o.type == "PER" for o in overlaps):
        # already read; a person read over the office alone is still the office ("قائدة الفوج")
        return [o for o in out if not (o.type == "PER" and office_start <= o.start and o.end <= office_end)]
    kept = [o for o in out if o not in overlaps or (o.type != "PER" and o.end <= office_end)]
    if any(o for o in overlaps if o.type != "PER" and o.end > office_end):
        return out  # a body or place over the name: not ours to undo
    return sorted([*kept, person], key=lambda x: (x.start, x.end))
