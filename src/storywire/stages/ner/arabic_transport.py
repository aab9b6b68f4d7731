"""Arabic bodies and places of transport and emergency news, read after the other rules.

* A port or an airport named by a small town the gazetteer lacks: "ميناء" / "مطار" and a
  word rare as a word ("ميناء سفاجا", "مطار العريش" is the gazetteer's); the head stays in,
  as the guidelines keep it, and the adjective of the country after it stays out ("ميناء
  ضبا السعودي": the port of Duba in Saudi Arabia).  The town is a place wherever the text
  names it bare ("من ضبا", "وسفاجا").
* The services of a state named by two fixed words: its naval and air forces, border guards,
  coast guard, civil defence, public prosecution, Red Crescent ("القوات البحرية", "حرس
  الحدود", "النيابة العامة"), with the adjective of their country ("الهلال الأحمر المصري"),
  and a directorate named after one ("المديرية العامة لحرس الحدود").
* A news agency: "وكالة أنباء" and its name ("وكالة أنباء الشرق الأوسط"), the agency's words
  inside the span, where the region's name alone was read.
* A firm named by a name and its fields after "شركة" ("شركة X للملاحة والنقل", "شركة مصر
  للتأمين"): the name and the fields, the cue outside; the name alone, two words or a word
  that is no country, is the firm wherever the text repeats it.
* A body's span closed too soon: a hospital's or a court's standing ("مستشفى X العام", "محكمة
  X الابتدائية"; not "العام الماضي", last year), a union's trade after its members ("النقابة
  العامة للعاملين بالنقل البحري"), and a sector of a ministry ("قطاع النقل البحري التابع لـ...").
* "إدارة الشركة" is the management of the company the text speaks of, no body's name.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from storywire.model import Mention
from storywire.stages.ner.arabic_lexicon import CLITICS, STOP_WORDS, rule_span, verbal_noun
from storywire.stages.ner.arabic_places import place_adjective, place_end
from storywire.stages.ner.arabic_triggers import clitic_forms, trigger_indices
from storywire.stages.ner.claimed_spans import replace_holding
from storywire.stages.ner.gazetteer import country_names
from storywire.stages.ner.tokens import Token
from storywire.stages.ner.word_frequency import zipf

_PORTS = frozenset({"ميناء", "مطار"})
# A port's name this rare is a town's ("سفاجا" 1.9), not a word ("ميناء جديد").
_PORT_NAME_ZIPF = 3.5
# "ميناء جدة الإسلامي": a port's historic standing is in its name as "الدولي" is.
_PORT_ADJECTIVES = frozenset({"الدولي", "الدولية", "البحري", "الجوي", "الإسلامي"})

# Services named by two fixed words, general knowledge of how Arabic news names them.
_SERVICES = frozenset({
    "القوات البحرية", "القوات الجوية", "القوات البرية", "القوات المسلحة", "القوات الخاصة", "حرس الحدود",
    "خفر السواحل", "حرس السواحل", "الدفاع المدني", "الحماية المدنية", "النيابة العامة", "الهلال الأحمر",
    "الصليب الأحمر", "الحرس الوطني", "الحرس الثوري", "الأمن العام", "الشرطة العسكرية",
})  # fmt: skip
SERVICES = _SERVICES  # (`arabic_youth` cuts two of them joined by "و")
# Definite heads of a directorate or authority named after a service ("المديرية العامة لحرس
# الحدود"), and the adjectives of standing between them.
_DIRECTORATES = frozenset({"المديرية", "الإدارة", "الهيئة", "القيادة", "المصلحة"})
_STANDING = frozenset({"العامة", "العام", "العليا", "المركزية", "الوطنية"})
_AGENCY = ("وكالة", "أنباء")
_MAX_AGENCY_NAME = 3
_FIRM = "شركة"
_MAX_FIRM_NAME = 2
_MAX_FIELDS = 3
# Heads of bodies whose standing follows their place: hospitals and courts.
_STANDING_HEADS = frozenset({"مستشفى", "محكمة", "مستوصف"})
_BODY_STANDING = frozenset({
    "العام", "المركزي", "المركزية", "الابتدائية", "الابتدائي", "الجزئية", "الاقتصادية", "التخصصي", "الجامعي",
})  # fmt: skip
# "العام" before these is "the year": "العام الماضي" (last year).
_YEAR_AFTER = frozenset({"الماضي", "المقبل", "الحالي", "الجاري", "المنصرم", "القادم", "الفائت"})
_SECTORS = frozenset({"قطاع", "جهاز", "مصلحة"})
_AFFILIATED = frozenset({"التابع", "التابعة"})
_MAX_SECTOR_WORDS = 3
_MANAGEMENT = "إدارة"
# What a management is of: the company, the hospital ... the text speaks of, no body's name.
_MANAGED = frozenset({"الشركة", "المستشفى", "الميناء", "المطار", "المصنع", "الفندق", "السفينة", "العبارة"})


# The first words of the ports, services, agencies, firms and sectors above, bare or behind a
# clitic: the rules of `transport_mentions` open at one of them only.
_HEAD_FORMS = clitic_forms(
    _PORTS | _DIRECTORATES | {service.split()[0] for service in _SERVICES} | {_AGENCY[0], _FIRM} | _SECTORS
)


def _bare(word: str) -> tuple[int, str]:
    """(clitic length, the word without it) for a word with or without one clitic (و ب ل ف)."""
    if word.startswith("لل") and len(word) > 3:
        return 1, "ال" + word[2:]
    if word[:1] in CLITICS and len(word) > 3:
        return 1, word[1:]
    return 0, word


def transport_mentions(text: str, toks: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """`mentions` with the ports, services, agencies and firms above, each replacing the
    shorter mentions it holds (none crossing its edges, no person), then the bodies' spans
    closed, the repeated names of ports and firms added, and a company's management dropped."""
    words = [t.text for t in toks]
    found: list[Mention] = []
    for i in trigger_indices(words, _HEAD_FORMS):
        hit = _port(text, toks, words, i) or _service(text, toks, words, i) or _agency(text, toks, words, i)
        hit = hit or _firm(text, toks, words, i) or _sector(text, toks, words, i)
        if hit is not None:
            found.append(hit)
    out = list(mentions)
    for m in found:
        out = replace_holding(out, m)
    out = _closed(text, toks, out)
    out = _repeated(text, toks, out, found)
    return [m for m in out if not _management(m)]


def _port(text: str, toks: Sequence[Token], words: list[str], i: int) -> Mention | None:
    lead, head = _bare(words[i])
    if head not in _PORTS or i + 1 >= len(words):
        return None
    name = words[i + 1]
    if not _town_name(name):
        return None
    end = i + 2
    if end < len(words) and words[end] in _PORT_ADJECTIVES:
        end += 1  # "مطار X الدولي"
    return rule_span(text, toks, i, end, "LOC", lead)


def _town_name(word: str) -> bool:
    """A small town's name: no article, function word or verbal noun, and rare as a word."""
    if not word.isalpha() or len(word) < 3 or word.startswith("ال") or word in STOP_WORDS:
        return False
    return not verbal_noun(word) and zipf(word, "ar") < _PORT_NAME_ZIPF


def _service_end(words: list[str], i: int) -> tuple[int, int] | None:
    """(clitic length, end) of a service's two words at `i`, with its country's adjective."""
    if i + 1 >= len(words):
        return None
    lead, first = _bare(words[i])
    if f"{first} {words[i + 1]}" not in _SERVICES:
        if f"{words[i]} {words[i + 1]}" not in _SERVICES:
            return None
        lead = 0
    end = i + 2
    if end < len(words) and place_adjective(words[end]):
        end += 1  # "الهلال الأحمر المصري"
    return lead, end


def _service(text: str, toks: Sequence[Token], words: list[str], i: int) -> Mention | None:
    lead, head = _bare(words[i])
    if head in _DIRECTORATES and i + 2 < len(words) and words[i + 1] in _STANDING:
        after = words[i + 2]
        if after.startswith("ل") and not after.startswith("لل"):  # "لحرس الحدود"
            service = _service_end([after[1:], *words[i + 3 :]], 0)
            if service is not None:
                return rule_span(text, toks, i, i + 2 + service[1], "ORG", lead)
    service = _service_end(words, i)
    if service is None:
        return None
    return rule_span(text, toks, i, service[1], "ORG", service[0])


def _agency(text: str, toks: Sequence[Token], words: list[str], i: int) -> Mention | None:
    lead, head = _bare(words[i])
    if head != _AGENCY[0] or i + 2 >= len(words) or words[i + 1] != _AGENCY[1]:
        return None
    j = i + 2
    end = place_end(words, j)
    if end is None:
        end = j
        while end < len(words) and end - j < _MAX_AGENCY_NAME and _name_part(words[end], end == j):
            end += 1
    return rule_span(text, toks, i, end, "ORG", lead) if end > j else None


def _name_part(word: str, first: bool) -> bool:
    if not word.isalpha() or word in STOP_WORDS:
        return False
    return word.startswith("ال") if not first else word.startswith("ال") or zipf(word, "ar") < _PORT_NAME_ZIPF


def _firm(text: str, toks: Sequence[Token], words: list[str], i: int) -> Mention | None:
    """ "شركة X للملاحة والنقل": the name (one or two words) and its fields, the cue out."""
    if _bare(words[i])[1] != _FIRM:
        return None
    j = i + 1
    for size in range(1, _MAX_FIRM_NAME + 1):
        field = j + size
        if field >= len(words) or not all(_firm_word(w, n == 0) for n, w in enumerate(words[j:field])):
            return None
        if _field(words[field]):
            end = field + 1
            while end < len(words) and end - field <= _MAX_FIELDS and _conjunct(words[end]):
                end += 1
            return rule_span(text, toks, j, end, "ORG")
    return None


def _firm_word(word: str, first: bool) -> bool:
    """A word of a firm's name: a place or a definite word, and after the first one a definite
    adjective ("النيل الأزرق"); no function word and no field."""
    if not word.isalpha() or word in STOP_WORDS or _field(word):
        return False
    return word.startswith("ال") or (first and place_end([word], 0) is not None)


def _field(word: str) -> bool:
    return word.startswith("لل") and len(word) > 4 and word.isalpha()


def _conjunct(word: str) -> bool:
    return word.startswith("وال") and len(word) > 4 and word.isalpha()


# A state agency named "جهاز" and what it is for, a verbal noun and its object ("جهاز تنمية
# المشروعات X والY ومتناهية الصغر", "جهاز حماية المستهلك"): the whole is the agency's name, its
# head inside as the agency writes it; the object's adjectives and the parts joined by "و" run on.
_AGENCY_HEAD = "جهاز"
_AGENCY_PURPOSES = frozenset({"تنمية", "حماية", "تنظيم", "شؤون", "تعمير", "تخطيط", "مشروعات"})
_MAX_AGENCY_WORDS = 8


def _purpose_agency(text: str, toks: Sequence[Token], words: list[str], i: int) -> Mention | None:
    """ "جهاز تنمية X ...": the agency by its purpose, one ORG with its head, or None."""
    lead, head = _bare(words[i])
    if head != _AGENCY_HEAD or i + 2 >= len(words) or words[i + 1] not in _AGENCY_PURPOSES:
        return None
    end = i + 2
    while end < len(words) and end - i < _MAX_AGENCY_WORDS:
        w = words[end]
        if w.startswith(("ال", "وال")) and w.isalpha() and len(w) > 3 and w not in STOP_WORDS:
            end += 1  # the object, its adjectives, a definite conjunct
        elif w.startswith("و") and w.isalpha() and end + 1 < len(words) and words[end + 1].startswith("ال"):
            end += 1  # "ومتناهية الصغر": a conjunct in the construct state
        else:
            break
    return rule_span(text, toks, i, end, "ORG", lead) if end > i + 2 else None


def _sector(text: str, toks: Sequence[Token], words: list[str], i: int) -> Mention | None:
    """ "قطاع النقل البحري التابع لـ...": a sector named by its field, then its ministry."""
    agency = _purpose_agency(text, toks, words, i)
    if agency is not None:
        return agency
    if words[i] not in _SECTORS:
        return None
    end = i + 1
    while end < len(words) and end - i <= _MAX_SECTOR_WORDS and words[end].startswith("ال") and words[end].isalpha():
        if words[end] in _AFFILIATED:
            break
        end += 1
    if end == i + 1 or end >= len(words) or words[end] not in _AFFILIATED:
        return None
    return rule_span(text, toks, i, end, "ORG")


def _closed(text: str, toks: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """Bodies carried over their standing ("مستشفى X العام") and unions over their trade
    ("... للعاملين بالنقل البحري"), where no mention stands there."""
    starts = {m.start for m in mentions}
    out: list[Mention] = []
    tok_starts = [t.start for t in toks]
    for m in mentions:
        k = bisect.bisect_left(tok_starts, m.end)  # the first token at or after the mention's end
        end = k
        first = _bare(m.text.split()[0])[1] if m.text.split() else ""
        last = m.text.split()[-1] if m.text.split() else ""
        if m.type == "ORG" and first in _STANDING_HEADS:
            while end < len(toks) and end - k < 2 and toks[end].text in _BODY_STANDING:
                if toks[end].text == "العام" and end + 1 < len(toks) and toks[end + 1].text in _YEAR_AFTER:
                    break  # "العام الماضي": last year
                end += 1
        elif m.type == "ORG" and last.startswith("لل") and last.endswith("ين") and _trade(toks, k):
            end = k + 1  # "للعاملين بالنقل": the members' trade
            while end < len(toks) and end - k <= 2 and _adjective(toks[end].text):
                end += 1
        if end > k and not any(toks[k].start <= s < toks[end - 1].end for s in starts):
            m = Mention(m.start, toks[end - 1].end, text[m.start : toks[end - 1].end], m.type, m.model, m.confidence)
        out.append(m)
    return out


def _trade(toks: Sequence[Token], k: int) -> bool:
    """A trade after a union's members: "ب" and a definite noun ("بالنقل", in transport)."""
    return k < len(toks) and toks[k].text.startswith("بال") and len(toks[k].text) > 4


def _adjective(word: str) -> bool:
    return word.startswith("ال") and word.endswith(("ي", "ية")) and len(word) >= 5 and word.isalpha()


def _repeated(text: str, toks: Sequence[Token], mentions: list[Mention], found: list[Mention]) -> list[Mention]:
    """The towns of the ports and the names of the firms found, wherever the text names them
    again bare (a clitic outside the span) where no mention stands, or a place stands for a firm."""
    names: dict[tuple[str, ...], str] = {}
    for m in found:
        parts = m.text.split()
        if m.type == "LOC" and _bare(parts[0])[1] in _PORTS:
            names[(parts[1],)] = "LOC"
        elif m.type == "ORG" and any(_field(p) for p in parts[1:]):
            name = tuple(parts[: next(n for n, p in enumerate(parts) if _field(p))])
            if len(name) > 1 or (name and name[0] not in country_names("ar")):
                names[name] = "ORG"
    words = [t.text for t in toks]
    out = list(mentions)
    for name, etype in names.items():
        for n in range(len(words) - len(name) + 1):
            lead, first = _bare(words[n]) if words[n] != name[0] else (0, words[n])
            if first != name[0] or tuple(words[n + 1 : n + len(name)]) != name[1:]:
                continue
            new = rule_span(text, toks, n, n + len(name), "ORG" if etype == "ORG" else "LOC", lead)
            overlaps = [o for o in out if o.start < new.end and new.start < o.end]
            same = all((o.start, o.end) == (new.start, new.end) and o.type == "LOC" for o in overlaps)
            if not overlaps or (etype == "ORG" and same):  # "ترخيص X": the firm, not the region X
                out = [o for o in out if o not in overlaps] + [new]
    return sorted(out, key=lambda m: (m.start, m.end))


def _management(m: Mention) -> bool:
    parts = m.text.split()
    return m.type == "ORG" and len(parts) >= 2 and parts[0] == _MANAGEMENT and parts[1] in _MANAGED
