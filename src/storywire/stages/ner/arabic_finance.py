"""Arabic names of finance, banking and technology news: regulators and professional bodies
named by what they oversee, firms by their legal form or by a transliterated brand word, and
a firm's name wherever the article repeats it.

* A regulator, a national commission or a professional body is a definite head ("الهيئة",
  "اللجنة", "المجموعة" ...), the adjectives of its standing or country ("الوطنية",
  "المغربية", "المهنية") and the field it oversees after "ل" in the construct state: a noun,
  up to two more, and a definite one ("الهيئة X لسوق الرساميل", "اللجنة الوطنية لمراقبة
  حماية المعطيات"), with that noun's adjectives and a quality after "ذات" ("ذات الطابع
  الشخصي").  The field after "لل" is `arabic_institutions`'.  The complement may be a country
  only in a professional body's fixed name or after a trade ("... المهنية لبنوك X": the banks
  of X); else "... لمصر" is what the body gives to Egypt.
* A firm with its legal form after its name ("X ش.م.م", "ش.م.ع", "ش.ذ.م.م"): the form inside
  the span, "شركة" before the name outside it; a definite noun and its adjective open the
  name together ("الأردن الحديثة للطباعة ذ.م.م"), and a rare word after "في" right behind the
  form is the town the firm works from ("X ذ.م.م في Y": Y LOC).
* A firm named by a brand word transliterated from English after one or two words ("X
  باي" (Pay), "X كابيتال", "X تك"): "باي" after a given name is the Ottoman title (a bey).
* The name of a firm so found, or quoted after "شركة" ("شركة «X»"), is the firm wherever
  else the article writes it, a one-letter clitic and the quotation marks outside the span;
  one after "شركة" of two words or more before its field ("X Y للنفط والغاز") is the firm
  by those words too ("وكانت X Y قد حفرت").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from storywire.model import Mention
from storywire.stages.ner.arabic_lexicon import (
    CLITICS,
    GIVEN_NAMES,
    STOP_WORDS,
    present_verb,
    rule_span,
    verbal_noun,
)
from storywire.stages.ner.arabic_places import place_adjective, place_end, places_with_extra
from storywire.stages.ner.arabic_triggers import clitic_forms, definite_word, head_after_clitic, trigger_indices
from storywire.stages.ner.gazetteer import org_names
from storywire.stages.ner.tokens import Token
from storywire.stages.ner.word_frequency import zipf

# Definite heads of a regulator, a commission or a professional body (a federation,
# "الاتحاد" or "الجامعة", is `arabic_labour`'s).
_HEADS = frozenset({
    "الهيئة", "اللجنة", "السلطة", "الوكالة", "المجلس", "المجموعة", "الجمعية", "الصندوق", "المرصد",
    "المكتب", "المؤسسة", "الرابطة", "المندوبية", "الديوان",
})  # fmt: skip
_STANDING = frozenset({
    "العامة", "العام", "الوطنية", "الوطني", "العليا", "الأعلى", "المركزية", "المركزي", "المستقلة",
    "المستقل", "الدائمة", "الدائم", "المهنية", "المهني", "الملكية", "الملكي", "الاستشارية",
    "الاستشاري", "الجهوية", "الجهوي", "الدولية", "الدولي", "العربية", "العربي",
})  # fmt: skip
_PROFESSIONAL = frozenset({"المهنية", "المهني"})
# Trades whose body is named with the country they work in ("لبنوك X", "لمصارف X").
_TRADES = frozenset({"بنوك", "مصارف", "شركات", "مقاولات", "مؤسسات", "صناعيي", "مصدري", "منتجي", "مستوردي"})
_MAX_ADJECTIVES = 2
_MAX_CHAIN = 2  # indefinite nouns in the construct state after the field's, before a definite one
_MAX_FIELD_ADJECTIVES = 2
_QUALITY = "ذات"  # "ذات الطابع الشخصي": of a personal character

# Legal forms of a firm of the Arab world: "ش.م.م", "ش.م.ع", "ش.م.ع.ق", "ش.ذ.م.م", "ذ.م.م".
_LEGAL_FORM = re.compile(r"(?<![\w.])(?:ش\.\s?(?:[\u0621-\u064a]\.\s?){1,3}[\u0621-\u064a]|ذ\.\s?م\.\s?م)(?![\w])")
_MAX_FIRM_WORDS = 3
# An indefinite word of a firm's name before its form or brand word is rarer than this (a
# transliteration: "X" 3.4-like); a verb or a common noun before the name is not.
_FIRM_WORD_ZIPF = 4.5
_FIRM_CUES = frozenset({"شركة", "مجموعة", "منصة", "تطبيق", "مؤسسة", "بنك", "مصرف", "وكالة"})

# English words of a firm's name as Arabic writes them: pay, cash, money, capital ...
_BRAND_WORDS = frozenset({
    "باي", "كاش", "موني", "كابيتال", "كابيتل", "فاينانس", "فايننس", "إنفست", "تك", "تيك", "فينتك",
    "سوفت", "لابز", "هولدينغ", "هولدنغ", "كوربوريشن", "تيليكوم", "تليكوم", "موبايل", "ديجيتال",
    "سيستمز", "سولوشنز", "فنتشرز", "بارتنرز", "ويلث", "ماركتس", "إنشورنس", "لوجستيكس",
})  # fmt: skip
_BEY = "باي"  # after a given name the Ottoman title: "أحمد باي"
_MAX_BRAND_NAME = 2

_FORMS = clitic_forms(_HEADS)


def finance_firms(text: str, toks: Sequence[Token]) -> list[Mention]:
    """Firms by their legal form or a brand word (ORG)."""
    out = _legal_form_firms(text, toks)
    for m in _brand_firms(text, toks):
        if all(m.end <= o.start or m.start >= o.end for o in out):
            out.append(m)
    return sorted(out, key=lambda m: (m.start, m.end))


def regulators(text: str, toks: Sequence[Token]) -> list[Mention]:
    """Regulators, national commissions and professional bodies by their field (ORG)."""
    words = [t.text for t in toks]
    out: list[Mention] = []
    free = 0
    for i in trigger_indices(words, _FORMS):
        if i < free:
            continue
        lead, head = head_after_clitic(words[i], _HEADS)
        end = _body_end(words, i + 1, head) if head else None
        if end is None:
            continue
        out.append(rule_span(text, toks, i, end, "ORG", lead))
        free = end
    return out


def _body_end(words: list[str], j: int, head: str) -> int | None:
    """The end of a body's adjectives, field in the construct state, its adjectives and its
    quality after `head`, or None."""
    k = j
    while k < len(words) and k - j < _MAX_ADJECTIVES and (words[k] in _STANDING or place_adjective(words[k])):
        k += 1
    if k == j or k >= len(words) or " ".join([head, *words[j:k]]) in org_names("ar"):
        return None  # no standing, or a known body ("السلطة الفلسطينية ل...": what it does)
    professional = not _PROFESSIONAL.isdisjoint(words[j:k])
    w = words[k]
    if not (w.startswith("ل") and not w.startswith("لل") and len(w) > 3 and w.isalpha()):
        return None
    places = places_with_extra()
    if w in places or w[1:] in places or w in STOP_WORDS or _verb(w[1:]):
        return None  # "لمصر": to Egypt; "ليعلن": a verb
    field = w[1:]
    k += 1
    start = k
    while k < len(words) and k - start < _MAX_CHAIN and not definite_word(words[k]):
        nxt = words[k]
        if place_end(words, k) is not None:
            break  # "لمصارف X": the country a trade works in
        if not nxt.isalpha() or nxt in STOP_WORDS or _verb(nxt) or len(nxt) < 3:
            return None
        k += 1
    place = place_end(words, k) if k < len(words) else None
    if place is not None:
        if not (professional or field in _TRADES):
            return None  # "... لبنوك X" is a trade's own body only
        return place
    if k >= len(words) or not definite_word(words[k]) or words[k] in STOP_WORDS:
        return None
    k += 1
    adjectives = k
    while k < len(words) and k - adjectives < _MAX_FIELD_ADJECTIVES and _field_adjective(words[k]):
        k += 1
    if k + 1 < len(words) and words[k] == _QUALITY and definite_word(words[k + 1]):
        k += 2
        if k < len(words) and _field_adjective(words[k]):
            k += 1
    return k + (k < len(words) and _second_verbal_noun(words[k]))


# Pronouns a second verbal noun takes for the field's object ("لتحسين X وتطويره": to improve
# X and develop it), longest first.
_PRONOUNS = ("هما", "ها", "هم", "ه")


def _second_verbal_noun(word: str) -> bool:
    """ "وتطويره", "وحمايتها": "و" and a verbal noun with the pronoun of the field before it."""
    if not (word.startswith("و") and word.isalpha()):
        return False
    stem = next((word[1 : -len(p)] for p in _PRONOUNS if word.endswith(p)), "")
    if len(stem) < 3:
        return False
    return verbal_noun(stem) or (stem.endswith("ت") and verbal_noun(stem[:-1] + "ة"))


def _verb(word: str) -> bool:
    """A verb in the present with "ي" ("ليعلن"); one with "ت" is as often a verbal noun of
    a body's field ("لتنظيم", "لتقنين")."""
    return word[:1] == "ي" and present_verb(word)


# "public" closes a field as its nisbas do: "لحماية المال العام" (public funds), "النظام العام".
_PUBLIC = frozenset({"العام", "العامة"})


def _field_adjective(word: str) -> bool:
    """A field's own adjective ("الشخصية", "المالية", "العام"), no country's."""
    return word in _PUBLIC or (definite_word(word) and word.endswith(("ي", "ية")) and not place_adjective(word))


def _legal_form_firms(text: str, toks: Sequence[Token]) -> list[Mention]:
    """Firms with their legal form after their name: "شركة X Y ش.م.م" -> "X Y ش.م.م"."""
    out: list[Mention] = []
    if "." not in text:
        return out
    starts = {t.start: n for n, t in enumerate(toks)}
    words = [t.text for t in toks]
    for found in _LEGAL_FORM.finditer(text):
        n = starts.get(found.start())
        if n is None:
            continue
        first = _name_start(words, n)
        if first is None:
            continue
        s = toks[first].start
        out.append(Mention(s, found.end(), text[s : found.end()], "ORG", model="rules:ar", confidence=0.6))
        seat = _seat_after_form(words, _token_after(toks, found.end()))
        if seat is not None:
            out.append(rule_span(text, toks, seat, seat + 1, "LOC"))
    return out


def _token_after(toks: Sequence[Token], end: int) -> int:
    return next((n for n, t in enumerate(toks) if t.start >= end), len(toks))


# The town a firm works from, right after its legal form ("X ذ.م.م في Y"): a small town is as
# often a common word ("سحاب", clouds) the gazetteer lacks, but after a firm's legal form "في"
# takes its seat; a common word there ("في بيان", in a statement) is commoner than this.
_SEAT_ZIPF = 4.0
_IN = "في"


def _seat_after_form(words: list[str], n: int) -> int | None:
    """The index of the town after "في" at `n`, right behind a legal form, or None."""
    if n + 1 >= len(words) or words[n] != _IN:
        return None
    w = words[n + 1]
    if not w.isalpha() or len(w) < 3 or w in STOP_WORDS or verbal_noun(w):
        return None
    if n + 2 < len(words) and definite_word(words[n + 2]) and not words[n + 2].startswith("و"):
        return None  # "في سوق الأسهم": a noun in the construct state, no town
    known = w in places_with_extra()
    return n + 1 if known or (not w.startswith("ال") and zipf(w, "ar") < _SEAT_ZIPF) else None


def _name_start(words: list[str], n: int) -> int | None:
    """The first word of a firm's name ending before `n` (its legal form or brand word): up
    to three words, rare ones or a definite one opening the name, back to a cue, a quotation
    mark or a function word; None when none is a name's or no boundary closes it."""
    k = n
    while k > 0 and n - k < _MAX_FIRM_WORDS:
        w = words[k - 1]
        if not _firm_word(w):
            break
        k -= 1
        if w.startswith("ال") and not (_nisba_after_name(words, k) and n - k < _MAX_FIRM_WORDS):
            break  # a definite word opens the name
    if k == n:
        return None
    return k if k == 0 or not _firm_word(words[k - 1]) else None


def _nisba_after_name(words: list[str], k: int) -> bool:
    """ "الحديثة" after "الأردن": a definite adjective agrees with the definite word (or place)
    before it, which opens the name ("الأردن الحديثة للطباعة ذ.م.م")."""
    w = words[k]
    if not (k > 0 and w.endswith(("ية", "ي", "ة")) and len(w) > 4):
        return False
    before = words[k - 1]
    return before.isalpha() and (definite_word(before) or before in places_with_extra()) and _firm_word(before)


def _firm_word(word: str) -> bool:
    if not word.isalpha() or len(word) < 2 or word in STOP_WORDS or word in _FIRM_CUES:
        return False
    if present_verb(word) or verbal_noun(word):
        return False
    if definite_word(word):
        return True
    return zipf(word, "ar") < _FIRM_WORD_ZIPF or word in places_with_extra()


def _brand_firms(text: str, toks: Sequence[Token]) -> list[Mention]:
    """Firms named by one or two words and a transliterated brand word ("X باي", "X كابيتال")."""
    words = [t.text for t in toks]
    out: list[Mention] = []
    n = 0
    while n < len(words):
        if words[n] not in _BRAND_WORDS or n == 0:
            n += 1
            continue
        end = n + 1
        while end < len(words) and words[end] in _BRAND_WORDS:
            end += 1  # "X باي تك"
        k = n
        while k > 0 and n - k < _MAX_BRAND_NAME and _firm_word(words[k - 1]) and words[k - 1] not in _BRAND_WORDS:
            k -= 1
            if words[k].startswith("ال"):
                break
        bey = words[n] == _BEY and words[k] in GIVEN_NAMES
        if k < n and not bey and (k == 0 or not _firm_word(words[k - 1])):
            out.append(rule_span(text, toks, k, end, "ORG"))
        n = end
    return out


# "شركة «X»", "لشركة X", "مجموعة X": a firm's name right after the cue, a quotation mark allowed between;
# a gallery's or an auction house's too ("غاليري «X»", "دار مزادات «X»": `arabic_galleries`).
_AFTER_FIRM_CUE = re.compile(r"(?:^|[^\w])[وبلف]?(?:شركة|مجموعة|[غجك]اليري|دار مزادات)\s*[«\"“]?$")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
_CUE_WINDOW = 13  # characters before a name that hold "شركة «" (or "دار مزادات «") and a clitic
_QUOTES = '«»"“”'
_MIN_SHORT_WORDS = 2
_REPEAT_ZIPF = 3.5  # a firm's name of one word repeated bare only if this rare as a word


def repeated_firms(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with each firm's name named after "شركة", by its legal form or a brand word
    added wherever else the article writes it (behind a clitic, "لـ" or a quotation mark too),
    the clitic and the marks outside the span; a mention inside such a place gives way.  A
    name of one common word ("شركة «الأفق»") is the firm again only in quotation marks."""
    names: dict[str, bool] = {}  # name -> only between quotation marks
    for m in mentions:
        if m.type != "ORG" or not _ARABIC_LETTER.match(m.text):
            continue
        name = _LEGAL_FORM.sub("", m.text).strip()
        words = name.split()
        if not words or not all(w.isalpha() for w in words):
            continue
        cued = _AFTER_FIRM_CUE.search(text[max(0, m.start - _CUE_WINDOW) : m.start]) is not None
        formed = name != m.text or words[-1] in _BRAND_WORDS
        if cued or formed:
            common = len(words) == 1 and not formed and zipf(name, "ar") >= _REPEAT_ZIPF
            names[name] = names.get(name, True) and common
            short = _without_field(words) if cued else None
            if short:  # "شركة X Y للنفط والغاز" ... "وكانت X Y": the name less its field
                names[short] = False
    if not names:
        return mentions
    out = list(mentions)
    for name in sorted(names, key=len, reverse=True):
        for found in re.finditer(re.escape(name), text):
            s, e = found.start(), found.end()
            if _ARABIC_LETTER.match(text[e : e + 1]) or not _opens_word(text, s):
                continue
            if names[name] and not _quoted(text, s, e):
                continue
            overlapping = [o for o in out if o.start < e and s < o.end]
            if any(o.start < s or o.end > e or (o.start, o.end) == (s, e) for o in overlapping):
                continue
            out = [o for o in out if o not in overlapping]
            out.append(Mention(s, e, name, "ORG", model="rules:ar", confidence=0.6))
    return sorted(out, key=lambda m: (m.start, m.end))


def _without_field(words: list[str]) -> str | None:
    """A firm's name less its field after "لل" ("X Y للنفط والغاز" -> "X Y"): two words or
    more before it, so that the short name is still no common word."""
    k = next((n for n, w in enumerate(words) if w.startswith("لل") and len(w) > 3), None)
    return " ".join(words[:k]) if k is not None and k >= _MIN_SHORT_WORDS else None


def _quoted(text: str, s: int, e: int) -> bool:
    return s > 0 and e < len(text) and text[s - 1] in _QUOTES and text[e] in _QUOTES


def _opens_word(text: str, s: int) -> bool:
    """A word opens at `s`: after no letter, or after a one-letter clitic that does."""
    prev = text[s - 1 : s]
    if not _ARABIC_LETTER.match(prev):
        return True
    return prev in CLITICS and not _ARABIC_LETTER.match(text[s - 2 : s - 1])
