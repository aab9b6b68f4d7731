"""Rules for scripts without capital letters: Chinese and Arabic.

Neither script marks names, so a foreign name is found by what stands next to it: a
title before it ("总统埃尔多安", "الرئيس رجب طيب أردوغان") or a place word ("城市马拉蒂亚",
"耶希尔尤尔特区"), and the name is then recognised wherever else the text repeats it.
Chinese text has no spaces: the gazetteer is matched at every character here, and the cues
are read in `chinese_cues`.  Arabic names end where a definite noun ("ال..."), a function
word or punctuation begins.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence

from storywire.model import EntityType, Mention
from storywire.stages.ner import (
    chinese_companies,
    chinese_cues,
    chinese_finance,
    chinese_names,
    chinese_regions,
    chinese_venues,
)
from storywire.stages.ner.arabic_appositions import spokesman_family
from storywire.stages.ner.arabic_lexicon import (
    CLITICS,
    FOREIGN_GIVEN_NAMES,
    GIVEN_NAMES,
    OFFICE_ADJECTIVES,
    OFFICE_GIVEN_NAMES,
    STOP_WORDS,
    definite_family_name,
    name_word,
    verbal_noun,
)
from storywire.stages.ner.arabic_triggers import clitic_forms, trigger_indices
from storywire.stages.ner.gazetteer import major_place_names, org_names, place_names
from storywire.stages.ner.tokens import Token
from storywire.stages.ner.word_frequency import zipf

_AR_TITLES: tuple[str, ...] = (
    "الرئيس", "رئيس الوزراء", "وزير الخارجية", "وزير الدفاع", "وزير", "وزيرة", "المستشار", "المستشارة",
    "الأمين العام", "نظيره", "نظيرته", "الملك", "الأمير", "السيد", "السيدة", "الرئيسة", "المتحدث باسم",
    "المتحدثة باسم", "رئيسة الوزراء", "سفير", "الجنرال", "البابا", "اللواء", "العميد", "العقيد", "الفريق أول", "الفريق",
    "المشير", "الشيخ", "الدكتور", "النائب", "المتحدث", "المتحدثة", "المدير", "المهندس", "القاضي",
    "المحامي", "الفنان", "الفنانة", "اللاعب", "الكاتب", "رئيس الحكومة", "نائب الرئيس", "برئاسة",
    "الملكة", "الأميرة", "السلطان", "السلطانة", "الشيخة", "العاهل", "ولي العهد", "المدرب", "المدربة",
    "المهاجم", "الحارس", "المدافع", "المحافظ", "الوزير", "الوزيرة", "السفير", "السفيرة", "المبعوث",
    "العضو المنتدب", "رئيس مجلس الإدارة", "شيخ الأزهر", "مفتي", "المفتي", "البطريرك", "الطبيب", "الطبيبة",
    # a government's or a body's spokesman ("الناطق باسم الوزارة X"), and the clergy's ranks
    "الناطق باسم", "الناطقة باسم", "الناطق الرسمي باسم", "الناطقة الرسمية باسم", "المطران", "الأسقف",
    "الكاردينال", "القس", "الحاخام", "الأرشمندريت",
    # a press spokesman ("الناطق الإعلامي باسم الهيئة X": the media spokesman), official or not
    "الناطق الإعلامي باسم", "الناطقة الإعلامية باسم", "المتحدث الرسمي باسم", "المتحدثة الرسمية باسم",
    "المتحدث الإعلامي باسم", "المتحدثة الإعلامية باسم",
    # a body's spokesman named by its pronoun ("الناطقة باسمها": its spokeswoman), and a chef
    "الناطق باسمه", "الناطق باسمها", "الناطقة باسمه", "الناطقة باسمها", "المتحدث باسمه",
    "المتحدث باسمها", "المتحدثة باسمه", "المتحدثة باسمها", "الطاهي", "الطاهية", "الشيف", "الطباخ",
)  # fmt: skip
# Titles that are adjectives too: right after a definite noun they qualify it ("الحزب
# المحافظ", the conservative party), no person follows.
_AR_ADJECTIVE_TITLES = frozenset({"المحافظ"})
# An office with a possessive pronoun names the holder as a title does: "وقال محافظه حسن
# عبد الله" (its governor), "رئيسها التنفيذي" (its chief executive), "مدربه" (its coach).
_AR_POSSESSED_OFFICES = ("محافظ", "رئيس", "مدير", "وزير", "سفير", "قائد", "مدرب", "زعيم", "مستشار", "مبعوث")
_AR_TITLES += tuple(office + suffix for office in _AR_POSSESSED_OFFICES for suffix in ("ه", "ها"))
# Titles of a ruling house, after which a name may end in a regnal number ("الملك عبد الله
# الثاني", "السلطان قابوس الأول"): the ordinal is part of the name.
_AR_RULERS = frozenset({"الملك", "الملكة", "الأمير", "الأميرة", "السلطان", "السلطانة", "الشيخ", "الشيخة", "البابا"})
_AR_REGNAL = frozenset({
    "الأول", "الأولى", "الثاني", "الثانية", "الثالث", "الثالثة", "الرابع", "الرابعة", "الخامس", "الخامسة",
    "السادس", "السادسة", "السابع", "السابعة", "الثامن", "الثامنة", "التاسع", "التاسعة", "العاشر", "العاشرة",
    "الحادي عشر", "الثاني عشر", "الثالث عشر", "الرابع عشر", "الخامس عشر", "السادس عشر",
})  # fmt: skip
# Titles that are as often a common noun ("نبرة صوت المتحدث", the speaker's voice): they open
# a name only when it starts with a given name or is rare as a word ("المتحدث محمد النجار").
_AR_WEAK_TITLES = frozenset({
    "المتحدث", "المتحدثة", "المدير", "المهندس", "القاضي", "المحامي", "الفنان", "الفنانة", "اللاعب", "الكاتب",
    "المدرب", "المدربة", "المهاجم", "الحارس", "المدافع", "الفريق",  # "الفريق" is as often "the team"
    "الطبيب", "الطبيبة", "الطاهي", "الطاهية", "الشيف", "الطباخ",
})  # fmt: skip
# Each title as words, and the words that open one: most words open none.
_AR_TITLE_WORDS = tuple((t, t.split()) for t in _AR_TITLES)
_AR_TITLE_HEADS = frozenset(words[0] for _, words in _AR_TITLE_WORDS)
# Compound given names: "عبد" + a definite attribute ("عبد الفتاح", "عبد المجيد") is one
# name; "بن"/"ابن"/"بنت" (son/daughter of) join a name to the next ("محمد بن سلمان").
_AR_ABD = "عبد"
_AR_NASAB = frozenset({"بن", "ابن", "بنت", "آل"})  # and "آل" (house of): "زايد بن سلطان آل نهيان"
# A family name made of "أبو" (father of) and a name, after a first part: "وسام أبو علي", "أحمد
# أبو الغيط"; first in a name it is a byname ("أبو مازن") or a place ("أبو ظبي").
_AR_ABU = "أبو"
# Compound given names whose second part is a definite attribute ("نور الدين", "فاطمة
# الزهراء"): the attribute is no family name, and a family name may follow it.  "X الدين"
# only after these first words ("رجال الدين" are clergymen).
_AR_DIN_WORDS = "نور عز صلاح علاء خير سيف بدر شمس محيي تقي نصر جمال كمال شرف زين عماد نجم فخر بهاء ضياء حسام"
_AR_DIN = ("الدين", frozenset(_AR_DIN_WORDS.split()))
_AR_COMPOUND_GIVEN = frozenset({("فاطمة", "الزهراء"), ("نور", "الهدى"), ("سيف", "الإسلام"), ("سيف", "النصر")})
_AR_MAX_NAME_PARTS = 3
# Zipf frequency (wordfreq) from which the word under an accusative "-ا" is a common one:
# "مديرا" is "مدير" (director) + tanween, "زاخاروفا" is no "زاخاروف" of everyday Arabic.
_AR_COMMON_BASE_ZIPF = 4.0
# ... and from which a feminine "-ة" word is a noun or adjective ("مشكلة كبيرة", "a big
# problem"), over the family names written so ("خليفة" 4.7, "سلامة" 4.6).
_AR_COMMON_FEMININE_ZIPF = 4.8
# ... and from which a word in "-ين" is a noun's dual or plural ("هدفين" 4.1 under "هدف" 5.1)
# rather than a name ("ياسين" 4.4 under "ياس" 3.5, "شاهين" under "شاه" 4.2).
_AR_DUAL_ZIPF = 3.8
_AR_DUAL_STEM_ZIPF = 4.8

_AR_GENERAL = frozenset({"العام", "العامة"})  # "مديره العام خالد ...": its director general
# The words a person of `arabic_people` opens with: a title's first word (behind "و ب ف ك" or
# "لل", as `_unclitic` reads it) or a given name (behind a clitic, as `_given_name` reads it).
_AR_OPENING_FORMS = clitic_forms(_AR_TITLE_HEADS, clitics="وبفكل") | clitic_forms(GIVEN_NAMES)


def arabic_people(text: str, toks: Sequence[Token]) -> list[Mention]:
    """People after a title ("الرئيس الفرنسي إيمانويل ماكرون"), then every other place the
    text names them by their last name, a clitic (و ب ل ف) outside the span."""
    words = [t.text for t in toks]
    people: list[tuple[int, int, int]] = []  # (name start, last part start, end)
    unclitic: dict[int, str] = {}  # a name's first word without the clitic it carries
    i = 0
    for start in trigger_indices(words, _AR_OPENING_FORMS):
        if start < i:
            continue  # inside the name read last
        i = start
        head = _unclitic(words[i : i + 1])[0]
        title = (
            next((t for t, parts in _AR_TITLE_WORDS if _unclitic(words[i : i + len(parts)]) == parts), None)
            if head in _AR_TITLE_HEADS
            else None
        )
        if title in _AR_ADJECTIVE_TITLES and i > 0 and words[i - 1].startswith(("ال", "وال", "بال", "لل")):
            title = None
        if title is None:
            given = _given_name(words[i])
            parts = _name_parts([*words[:i], given, *words[i + 1 :]], i, titled=False) if given else []
            if given in FOREIGN_GIVEN_NAMES and len(parts) == 1 and i + 1 < len(words) and name_word(words[i + 1]):
                parts.append((i + 1, i + 2))  # "دونالد ترامب": no present-tense verb after a foreign given name
            if len(parts) >= 2 and (given in FOREIGN_GIVEN_NAMES or _second_part_is_a_name(words, parts[1])):
                people.append((i, parts[-1][0], parts[-1][1]))  # "خالد الخطيب", "مصطفى مدبولي"
                if given is not None and given != words[i]:
                    unclitic[i] = given  # "ودونالد ترامب": "and" Donald Trump
                i = parts[-1][1]
            continue
        j = i + len(title.split())
        if title.endswith("باسم"):
            j = _definite_phrase_end(words, j)  # "المتحدث باسم حساب المواطن": the body spoken for
        adjectives = j
        j = _after_nisba(words, j)
        parts = _name_parts(words, j)
        alone = words[adjectives] if j == adjectives + 1 else ""
        if not parts and alone and _family_name(alone) and alone not in OFFICE_ADJECTIVES:
            parts, j = [(adjectives, j)], adjectives  # "الرئيس السيسي", not "الرئيس التنفيذي"
        of = _of_phrase_end(words, j)  # "الأمين العام لحلف شمال الأطلسي مارك روته"
        if of is not None and _name_parts(words, _after_nisba(words, of)):
            j = _after_nisba(words, of)
            parts = _name_parts(words, j)
        # a weak title, or one behind a preposition ("بالرئيس", "للرئيس"; "والرئيس" is no weaker)
        weak = title in _AR_WEAK_TITLES or (words[i] != title.split()[0] and not words[i].startswith("و"))
        if parts and weak and not _strong_name(words, parts):
            parts = []
        if parts and title.split()[-1] in _AR_RULERS:
            parts = _with_regnal_number(words, parts)
        if title.endswith("باسم"):
            parts = spokesman_family(words, parts)
        if parts and _all_common(words[parts[0][0] : parts[-1][1]]):
            parts = []  # "خطاب الرئيس جزء مهم": "the president's speech is an important part"
        if parts:
            people.append((j, parts[-1][0], parts[-1][1]))
        i = max(parts[-1][1] if parts else j, i + 1)
    # every full name, then every last name ("عبد الرحيم" whole), wherever the text repeats it
    full = {(unclitic.get(a, words[a]), *words[a + 1 : b]) for a, _, b in people}
    last = {tuple(words[c:b]) for _, c, b in people}
    names = sorted(full | last, key=len, reverse=True)
    covered: set[int] = set()
    out: list[Mention] = []
    for name in names:
        # only where the name's first word stands, bare or behind a clitic
        for n in trigger_indices(words[: len(words) - len(name) + 1], clitic_forms(name[:1])):
            first = words[n]
            bare = first[1:] if first.startswith(CLITICS) and first[1:] == name[0] else first
            span = range(n, n + len(name))
            if bare != name[0] or tuple(words[n + 1 : n + len(name)]) != name[1:] or covered & set(span):
                continue
            covered.update(span)
            s = toks[n].end - len(bare)
            out.append(Mention(s, toks[n + len(name) - 1].end, text[s : toks[n + len(name) - 1].end], "PER"))
    for m in out:
        m.model, m.confidence = "rules:ar", 0.7
    return sorted(out, key=lambda m: (m.start, m.end))


def _with_regnal_number(words: list[str], parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A ruler's name with its regnal number: "عبد الله الثاني", "محمد السادس", "تشارلز الثالث"
    (the number is read as a name's last part, or after it)."""
    last = parts[-1]
    if last[1] - last[0] == 1 and words[last[0]] in _AR_REGNAL:
        return parts if len(parts) > 1 else []  # read already as the last part ("الثاني" in -ي)
    end = last[1]
    for n in (2, 1):
        if " ".join(words[end : end + n]) in _AR_REGNAL:
            return [*parts, (end, end + n)]
    return parts


def _given_name(word: str) -> str | None:
    """The given name `word` is, with or without a clitic (و ب ل ف) before it."""
    if word in GIVEN_NAMES:
        return word
    if word.startswith(CLITICS) and word[1:] in GIVEN_NAMES:
        return word[1:]
    return None


def _unclitic(words: list[str]) -> list[str]:
    # "والمستشار", "بالرئيس", "للرئيس": a title may carry a conjunction or a preposition
    if words and words[0].startswith(("وال", "بال", "فال", "كال")):
        return [words[0][1:], *words[1:]]
    if words and words[0].startswith("لل") and len(words[0]) > 3:
        return ["ال" + words[0][2:], *words[1:]]
    return words


def _all_common(name: list[str]) -> bool:
    """Words after a title too common to be a name: one very common word, or several common
    ones with no given name first ("جزء مهم"; "حسن روحاني" and "ميشال عون" are names)."""
    if name[0] in GIVEN_NAMES or _AR_ABD in name[:-1]:
        return False  # a given name, or a compound one anywhere: "عبد الله", "حسن عبد الله"
    return min(zipf(w, "ar") for w in name) >= (5.0 if len(name) == 1 else 4.5)


def _strong_name(words: list[str], parts: list[tuple[int, int]]) -> bool:
    """A name that needs no strong title: it opens with a given name, or ends in a word rare
    as a common one ("جو بايدن": "جو" is also "air", "بايدن" is no word)."""
    first, last = words[parts[0][0]], words[parts[-1][1] - 1]
    return first in GIVEN_NAMES or first in OFFICE_GIVEN_NAMES or zipf(last, "ar") < 4.0


def _second_part_is_a_name(words: list[str], part: tuple[int, int]) -> bool:
    """After a given name with no title, the next part is a name only if it is a given name
    itself (a father's name: "أحمد محمد"), a family name, or rare as a word ("مدبولي"):
    "محمد يقول" is "Mohamed says"."""
    word = words[part[0]]
    if part[1] - part[0] == 1 and _participle_plural(word):
        return False  # "بأسماء المستفيدين": "in the names of the beneficiaries", no "Asma"
    return part[1] - part[0] == 2 or word in GIVEN_NAMES or word.startswith("ال") or zipf(word, "ar") < 4.0


# A definite participle's sound plural ("المستفيدين", "المرشحون": "الم" + a stem and "-ين"/
# "-ون"), this long: people of a kind, no family name.
_AR_MIN_PARTICIPLE_PLURAL = 8


def _participle_plural(word: str) -> bool:
    return len(word) >= _AR_MIN_PARTICIPLE_PLURAL and word.startswith("الم") and word.endswith(("ين", "ون"))


def _after_nisba(words: list[str], j: int) -> int:
    # nisba adjectives: الروسي، الفرنسي، الألماني; and "general": "مديره العام خالد الشريف"
    while j < len(words) and words[j].startswith("ال") and (words[j].endswith(("ي", "ية")) or words[j] in _AR_GENERAL):
        j += 1
    return j


def _name_parts(words: list[str], j: int, titled: bool = True) -> list[tuple[int, int]]:
    """The parts of the name starting at `j`, as (start, end) word indexes: single words,
    "عبد ال..." and "بن ..." pairs, and a final family name in "ال...ي" ("السيسي") or
    another definite word rare as a common one ("الجزار")."""
    parts: list[tuple[int, int]] = []
    k = j
    while k < len(words) and len(parts) < _AR_MAX_NAME_PARTS:
        w = words[k]
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if _opens_a_pair(w, nxt, bool(parts)):
            end = k + 2
        elif titled and not parts and w in OFFICE_GIVEN_NAMES and _family_name_after_office(nxt):
            end = k + 1  # "الرئيس التنفيذي أمين الناصر": Amin, not "secretary"
        elif not parts and w not in GIVEN_NAMES and (verbal_noun(w) or _with_pronoun(w)):
            break  # "ولي العهد تعزيز التعاون", "الرئيس ضيفه": what is done, or a noun with "his"
        elif name_word(w) and not (parts and _not_a_later_part(w)):
            end = k + 1
        elif parts and (_family_name(w) or definite_family_name(w, titled)) and not _dual_noun(w[2:]):
            # "الهدفين" (the two goals) after "وسام أبو علي" is what he scored, no family name
            parts.append((k, k + 1))
            break
        else:
            break
        parts.append((k, end))
        k = end
    return parts


def _family_name_after_office(word: str) -> bool:
    """After an office that is a given name too, a family name: "الناصر", "مدبولي"; "أمين
    عام" (secretary general) and "أمير قطر" (the emir of Qatar) keep the office."""
    if word in place_names("ar") or word in STOP_WORDS:
        return False
    return definite_family_name(word, True) or _family_name(word) or (name_word(word) and zipf(word, "ar") < 4.0)


def _opens_a_pair(word: str, nxt: str, after_a_part: bool) -> bool:
    """ "عبد" + a definite attribute, or "بن"/"آل" + a name after a first part."""
    if word == _AR_ABD:
        return nxt.startswith("ال") and len(nxt) > 3 and nxt.isalpha()
    if not after_a_part and ((word, nxt) in _AR_COMPOUND_GIVEN or (nxt == _AR_DIN[0] and word in _AR_DIN[1])):
        return True
    if word == _AR_ABU and after_a_part:
        return nxt.isalpha() and nxt not in STOP_WORDS and (name_word(nxt) or nxt.startswith("ال"))
    return word in _AR_NASAB and after_a_part and name_word(nxt)


def _not_a_later_part(word: str) -> bool:
    """A word after a name's first part that ends the name: a known place ("... سوهاج"), an
    accusative common word ("عبد الغني راشدي مديرا عاما": "... as director general"), a verb
    in the present ("أحمد موسى يطالب") or in the past ("استقبل"), or a common noun with a pronoun ("تصريحاته")."""
    if word in place_names("ar"):
        return True
    if word in GIVEN_NAMES:
        return False
    if len(word) >= 4 and word[:1] in "يت" and zipf(word, "ar") >= 3.5:
        return True
    if len(word) == 6 and word.startswith("است"):
        return True  # a verb in the past of the form "istafʿala": "الملك سلمان استقبل" (received)
    if _with_pronoun(word) or _dual_noun(word):
        return True
    if len(word) >= 4 and word.endswith("ا"):
        return zipf(word[:-1], "ar") >= _AR_COMMON_BASE_ZIPF
    return word.endswith("ة") and zipf(word, "ar") >= _AR_COMMON_FEMININE_ZIPF


def _with_pronoun(word: str) -> bool:
    """A common noun with a possessive pronoun: "تصريحاته" (his statements), "ضيفه" (his guest)."""
    stem = next((word[: -len(end)] for end in ("هم", "ها", "ه") if word.endswith(end) and len(word) > len(end) + 2), "")
    return bool(stem) and zipf(stem, "ar") >= 4.0


def _dual_noun(word: str) -> bool:
    """A common noun in the dual or the plural in "-ين" ("هدفين", two goals; "عامين"): both
    forms common as words, the singular much more (not "حسنين" under "حسن", nor "شاهين")."""
    if not word.endswith("ين") or len(word) < 5:
        return False
    whole, stem = zipf(word, "ar"), zipf(word[:-2], "ar")
    return whole >= _AR_DUAL_ZIPF and stem >= _AR_DUAL_STEM_ZIPF


def _family_name(word: str) -> bool:
    """A definite word in "-ي" after a given name is a family name ("السيسي", "الكاظمي") unless
    it is the adjective of a place ("الجزائري" of "الجزائر", "الروسي" of "روسيا")."""
    if not (word.startswith("ال") and word.endswith("ي") and len(word) >= 5 and word.isalpha()):
        return False
    stem = word[2:-1]
    places = place_names("ar")
    forms = (stem, stem + "ا", stem + "يا", stem + "ة", "ال" + stem, "ال" + stem + "ية", "ال" + stem + "ة")
    return not any(form in places for form in forms)


def _definite_phrase_end(words: list[str], j: int) -> int:
    """The end of a noun phrase closed by its first definite word ("حساب المواطن",
    "الكرملين", "وزارة الخارجية"); `j` itself when none comes within four words."""
    for k in range(j, min(j + 4, len(words))):
        if words[k].startswith("ال"):
            return k + 1
        if not words[k].isalpha():
            break
    return j


def _of_phrase_end(words: list[str], j: int) -> int | None:
    """End of an "of ..." phrase (لـ + noun, up to its definite word) after a title."""
    if j >= len(words) or not words[j].startswith("ل") or words[j].startswith("ال"):
        return None
    for k in range(j + 1, min(j + 4, len(words))):
        if words[k] in STOP_WORDS or not words[k].isalpha():
            return None  # "للشركة إن الأرباح ...": a clause, not the body's name
        if words[k].startswith("ال"):
            return k + 1
    return None


def substring_mentions(text: str, language: str, known: Mapping[str, EntityType] | None) -> list[Mention]:
    """Longest-first gazetteer matching at every character (Chinese has no spaces)."""
    names, longest = _substring_names(language) if not known else _names_index(language, known)
    out: list[Mention] = []
    i = 0
    while i < len(text):
        for n in range(min(longest.get(text[i], 0), len(text) - i), 1, -1):
            etype = names.get(text[i : i + n])
            if etype is not None:
                out.append(Mention(i, i + n, text[i : i + n], etype, model=f"rules:{language}", confidence=0.8))
                i += n
                break
        else:
            i += 1
    if language != "zh":
        return out
    return chinese_cues.chinese_cues(text, chinese_names.uncut_places(text, out, major_place_names("zh")))


@functools.cache
def _substring_names(language: str) -> tuple[dict[str, EntityType], dict[str, int]]:
    # Built once per language, not merged anew (tens of thousands of names) for every paragraph.
    return _names_index(language, None)


def _names_index(language: str, known: Mapping[str, EntityType] | None) -> tuple[dict[str, EntityType], dict[str, int]]:
    """The names `substring_mentions` looks for, and the length of the longest name opening
    with each character (most characters open none: no lookup for each possible length)."""
    names: dict[str, EntityType] = {**place_names(language), **org_names(language)}
    names.update(known or {})
    if language == "zh":
        names.update({**chinese_names.place_names(), **chinese_venues.scenic_names(), **chinese_regions.region_names()})
        names.update({**chinese_companies.company_names(), **chinese_cues.EXTRA_NAMES})
        names.update(chinese_finance.finance_names())  # "港交所", "证监会", "硅谷"
    longest: dict[str, int] = {}
    for name in names:
        if name:
            longest[name[0]] = max(longest.get(name[0], 0), len(name))
    return names, longest
