"""Arabic people named with no title, by a family name of a clan or by the words before them.

`script_rules.arabic_people` reads a name after a title or a listed given name.  Local news
names farmers, residents and researchers with neither, and names them so:

* a given name and a clan's family name, "بني" (sons of) or "أبو" and a name: "سامي بني
  عطية"-like names, common in Jordan and Palestine; "بني" is a plain word too ("بني الإنسان"),
  so a given name must open the name;
* after a verb of speech ("قال", "أوضحت") or a word for a role ("المزارع", "الطالبة",
  "الباحث"), a first name and a family name: an indefinite word rare as a word (or common,
  or with a clitic's shape, with an age in brackets after the name: "تقول X Y (14 عاما)") and a definite
  one in "-ي" that is no place's adjective ("الحكومة" after "قالت" is no name, nor "مصدر
  أمني"), or a rare definite one.  A plural noun is no first name ("يقول مهاجرون ...",
  migrants say), and a verb with "ال" in its stem and an object after it ("التقيناهم", we
  met them) is no family name;
* after a word for an artist's role and the adjectives of a nationality ("الرسامة
  اللبنانية" + a name), a listed given name and a family name without the article too
  ("منى X": the given name and the cue together say a name follows);
* after a verb of studying under someone ("تتلمذ على يد", studied at the hands of), a name
  of two or three words, however common they are as words ("فائق حسن"-like names: the
  verb's object is always a teacher);
* a given name (one of those that are adjectives too allowed) and "آل" (house of) and a
  family: "X حسن آل Y"; "حكم آل سعود" (the rule of the Saud family) opens no name;
* a given name and a definite given name that is an office too ("محمد الأمين"): the name,
  which `script_rules.arabic_people` leaves out as "الأمين" alone would be the secretary
  general wherever the text repeats it;
* a person read up to "آيت" (a Berber "sons of") runs on over the name after it ("X آيت
  الحاج"); a story's character of one word described after a comma ("قصة X، وهي ...").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from storywire.model import Mention
from storywire.stages.ner.arabic_family_names import ADJECTIVE_GIVEN_NAMES, family_names
from storywire.stages.ner.arabic_lexicon import (
    CLITICS,
    DEFINITE_GIVEN_NAMES,
    GIVEN_NAMES,
    OFFICE_DEFINITE_NAMES,
    STOP_WORDS,
    name_word,
    present_verb,
    rule_span,
    verbal_noun,
)
from storywire.stages.ner.arabic_name_words import (
    RARE_PLAIN_FAMILY_ZIPF,
    age_in_brackets,
    attribute_word,
    definite_family_word,
    dual_noun,
    family_word,
    plural_noun,
)
from storywire.stages.ner.arabic_places import place_adjective, place_end
from storywire.stages.ner.arabic_triggers import clitic_forms, trigger_indices
from storywire.stages.ner.tokens import Token
from storywire.stages.ner.word_frequency import zipf

_CLANS = frozenset({"بني", "أبو"})
# Verbs of speech, masculine and feminine, with or without "و"/"ف" before them.
_SPEECH_WORDS = (
    "قال قالت أكد أكدت أوضح أوضحت أضاف أضافت أشار أشارت صرح صرحت ذكر ذكرت أفاد أفادت لفت لفتت "
    "بين بينت طالب طالبت دعا دعت اعتبر اعتبرت رأى رأت أعرب أعربت كشف كشفت روى روت يقول تقول"
)
_SPEECH = frozenset(_SPEECH_WORDS.split())
# Words for a person's role or walk of life that stand before the name as a title does.
_ROLE_WORDS = (
    "المواطن المواطنة المزارع المزارعة الطالب الطالبة الباحث الباحثة المعلم المعلمة الحاج الحاجة "
    "التاجر التاجرة الموظف الموظفة الناشط الناشطة الأستاذ الأستاذة الممرض الممرضة السائق العامل "
    "الشاب الشابة المسن المسنة الطفل الطفلة الصحفي الصحفية المحاسب الخبير الخبيرة الأعمال "
    "المحامية القاضية المهندس المهندسة الناطقة الإعلامية الكاتبة الروائية الشاعرة الشاعر المخرج المخرجة "
    "الرسام الرسامة النحات النحاتة الناقد الناقدة المصور المصورة الخطاط الملحن المغني المغنية"
    " المايسترو الموسيقار الموسيقارة العازف العازفة"  # a conductor, a composer, a player
    " المؤلف المؤلفة الدكتور الدكتورة"  # "للمؤلف المصري X": a composer's or an author's name follows
    " الفنان الفنانة"  # an actor or a singer: "الفنانة X Y" names her as a title does
    " المخلص"  # a customs broker ("المخلص الجمركي X"): a walk of life before the name
)
_ROLES = frozenset(_ROLE_WORDS.split())
# A director with the body or event she heads before the name: "مديرة المهرجان X Y".
_DIRECTORS = frozenset({"مدير", "مديرة"})
# Borrowed nouns in "-ي" that are no adjective: "مدير الغاليري X" (the gallery's director).
_LOANWORD_NOUNS = frozenset({"الغاليري", "الجاليري", "الكاليري"})
# Nationality adjectives between a role and the name ("الرسامة اللبنانية X"), at most this many.
_MAX_NATIONALITIES = 2
# A family name without the article after a listed given name and a cue, below this
# frequency: "حداد" 4.1-like names; "أمس" (yesterday, 5.0) is the sentence going on.
_PLAIN_FAMILY_ZIPF = 4.5
# Verbs of studying under a teacher, and the words between them and the name.
_STUDIED = frozenset({"تتلمذ", "تتلمذت", "تتلمذوا", "تعلم", "تعلمت", "تدرب", "تدربت", "درس", "درست"})
_AT_THE_HANDS = (("على", "يد"), ("على", "يدي"))
_MAX_TEACHER_WORDS = 3
_RARE_TEACHER_ZIPF = 3.5
_HOUSE = "آل"
_SON_OF = frozenset({"بن", "ابن", "بنت"})
# A first name after such a cue is rare as a word ("رنا"-like names, 3.9); "مصدر" (a source) is not.
_FIRST_NAME_ZIPF = 4.0
# Given names written with the article, common in the Maghreb ("الهادي", "المنجي"-like): one
# opens a name before a family name in "-ي" or "بن" and a name, whatever cue stands before it
# (an office and a comma, "الكاتب العام للنقابة، الهادي X،"); "الأمين" is the office first.
DEFINITE_FIRST_NAMES = (DEFINITE_GIVEN_NAMES - OFFICE_DEFINITE_NAMES) | {
    "الحبيب", "المنجي", "المنصف", "الناصر", "الأزهر", "المولدي", "الصحبي", "الباجي", "الجيلاني",
}  # fmt: skip
# Both words of a foreign name after a role are rarer than this ("يوهانس"-like, 0.0).
_FOREIGN_ZIPF = 2.0
# What follows "الأمين" when it is the office: the secretary general.
_GENERAL = frozenset({"العام", "العامة"})


def persons(text: str, toks: Sequence[Token]) -> list[Mention]:
    """People named by a clan's family name or after a verb of speech or a role (PER)."""
    words = [t.text for t in toks]
    out: list[Mention] = []
    free = 0  # the end of the last name read: the next one opens after it
    for i in _openings(words):
        if i < free:
            continue
        end = _clan_name_end(words, i)
        lead = 0
        if end is None and i > 0 and _cue(words[i - 1]):
            end = _cued_name_end(words, i)
        if end is None and _role_before(words, i):
            end = _cued_name_end(words, i, plain_family=True)
        if end is None and _apposed_nationality(words, i):
            end = _apposed_name_end(words, i)
        if end is None and _studied_under(words, i):
            end = _teacher_end(words, i)
        if end is None:
            end = _house_end(words, i)
        if end is None and words[i][:1] in CLITICS and words[i][1:] in GIVEN_NAMES:
            end, lead = _clan_name_end([*words[:i], words[i][1:], *words[i + 1 :]], i), 1
        if end is None and lead == 0:
            end = _office_name_end(words, i) or definite_first_name_end(words, i)
        if end is None:
            continue
        out.append(rule_span(text, toks, i, end, "PER", lead))
        free = end
    # Maghrebi names ("عبد الرحيم X", "كريم الفيلالي"-like) where no cue above read one
    out += [m for m in family_names(text, toks) if all(m.end <= o.start or m.start >= o.end for o in out)]
    out += [m for m in _characters(text, toks, words) if all(m.end <= o.start or m.start >= o.end for o in out)]
    return sorted(out, key=lambda m: (m.start, m.end))


# A story's or a role's person named by one word and described after a comma: "قصة X، وهي
# معلمة ..." (the story of X, a teacher): a character of fiction, PER as the guidelines say.
_STORY_WORDS = frozenset({"قصة", "حكاية", "شخصية", "سيرة"})
_SHE_HE = frozenset({"وهي", "وهو"})
_COMMAS = frozenset({"،", ","})
# ... a listed given name or a word rarer than this: "قصة نجاح" (4.7) is a success story.
_CHARACTER_ZIPF = 4.0


def _characters(text: str, toks: Sequence[Token], words: list[str]) -> list[Mention]:
    out = []
    for i in range(1, len(words) - 2):
        if words[i - 1] not in _STORY_WORDS or words[i + 1] not in _COMMAS or words[i + 2] not in _SHE_HE:
            continue
        w = words[i]
        if not name_word(w) or w.startswith("ال") or w in STOP_WORDS or place_end([w], 0) is not None:
            continue
        if w in GIVEN_NAMES or (zipf(w, "ar") < _CHARACTER_ZIPF and not verbal_noun(w)):
            out.append(rule_span(text, toks, i, i + 1, "PER"))
    return out


# The words a name of `persons` opens with (a given name, behind a clitic too) or that stand
# before one (a verb of speech, a role, "يد" of "على يد"): every rule there needs one of them.
_GIVEN_FORMS = clitic_forms(GIVEN_NAMES | ADJECTIVE_GIVEN_NAMES)
# A player and the instrument after him stand before the name as a role: "عازف الكمان X".
_PLAYERS = frozenset({"عازف", "عازفة"})
_CUE_FORMS = clitic_forms(_SPEECH | _ROLES | _DIRECTORS | _PLAYERS)
_HANDS = frozenset(hands for _, hands in _AT_THE_HANDS)


def _openings(words: list[str]) -> list[int]:
    """The indices where a rule of `persons` may open a name, in order: a given name there,
    a cue right before it or a role up to `_MAX_NATIONALITIES` adjectives before it, or
    "على يد" before it; the rules themselves decide."""
    given = trigger_indices(words, _GIVEN_FORMS)
    after_cue = [i + n for i in trigger_indices(words, _CUE_FORMS) for n in range(1, _MAX_NATIONALITIES + 2)]
    after_hands = [i + 1 for i in trigger_indices(words, _HANDS)]
    definite = trigger_indices(words, DEFINITE_FIRST_NAMES)
    return sorted({i for i in (*given, *after_cue, *after_hands, *definite) if i < len(words)})


def _cue(word: str) -> bool:
    bare = word[1:] if word[:1] in ("و", "ف") and word[1:] in _SPEECH else word
    return bare in _SPEECH or word in _ROLES


def _clan_name_end(words: list[str], i: int) -> int | None:
    """The end of "given name (+ father's name) + بني/أبو + name" opening at `i`, or None."""
    if words[i] not in GIVEN_NAMES:
        return None
    k = i + 1
    if k < len(words) and words[k] in GIVEN_NAMES:
        k += 1  # a father's name: "محمد خالد بني X"
    if k + 1 < len(words) and words[k] in _CLANS and family_word(words[k + 1]):
        return k + 2
    return None


def _office_name_end(words: list[str], i: int) -> int | None:
    """The end of "محمد الأمين" (a given name and a definite name that is an office), or None
    before "العام" ("... الأمين العام": Mohamed, the secretary general)."""
    if words[i] not in GIVEN_NAMES or i + 1 >= len(words) or words[i + 1] not in OFFICE_DEFINITE_NAMES:
        return None
    return None if i + 2 < len(words) and words[i + 2] in _GENERAL else i + 2


def definite_first_name_end(words: list[str], i: int) -> int | None:
    """The end of a name opening with a given name written with the article ("الهادي",
    "الحبيب"), with a family name in "-ي", "بن" and a name, or a family name rare as a word,
    or None ("الطيب" alone is "the good")."""
    if words[i] not in DEFINITE_FIRST_NAMES or i + 1 >= len(words):
        return None
    nxt = words[i + 1]
    if nxt in _SON_OF and i + 2 < len(words) and name_word(words[i + 2]) and not present_verb(words[i + 2]):
        return i + 3
    if definite_family_word(nxt) and nxt.endswith("ي"):
        return i + 2
    plain = name_word(nxt) and not present_verb(nxt) and not verbal_noun(nxt) and not place_adjective(nxt)
    if not plain or len(nxt) <= 3 or dual_noun(nxt):
        return None
    return i + 2 if zipf(nxt, "ar") < RARE_PLAIN_FAMILY_ZIPF else None


def _role_before(words: list[str], i: int) -> bool:
    """A role, and up to two adjectives of nationality, before `i`: "الرسامة اللبنانية"."""
    if i < 1:
        return False
    k = i - 1
    while k > 0 and i - 1 - k < _MAX_NATIONALITIES and place_adjective(words[k]):
        k -= 1
    role = words[k][1:] if words[k][:1] == "و" else words[k]  # "والرسامة": and the painter
    if role.startswith("لل"):
        role = "ال" + role[2:]  # "فيلم للمخرج X": a film by the director X
    if role in _ROLES:
        return True
    for n in (2, 3):  # "عازف الكمان (النمساوي) X": the player of an instrument, his nationality
        if i >= n and words[i - n] in _PLAYERS and all(w.startswith("ال") for w in words[i - n + 1 : i]):
            return True
    # "مديرة المهرجان X": the director and one definite noun (no adjective) before the name
    head = words[i - 2][1:] if i > 1 and words[i - 2][:1] == "و" else words[i - 2] if i > 1 else ""
    noun = words[i - 1]
    adjective = noun.endswith(("ي", "ية")) and noun not in _LOANWORD_NOUNS
    return head in _DIRECTORS and noun.startswith("ال") and noun.isalpha() and not adjective


def _apposed_nationality(words: list[str], i: int) -> bool:
    """A nationality's adjective alone before `i`, after a comma or a verb of speech: "وكيل
    أعماله، اللبناني X" (his agent, the Lebanese X), "قال المصري X"; after a definite noun it
    qualifies that noun ("المنتخب المصري")."""
    if i < 1 or not place_adjective(words[i - 1]):
        return False
    before = words[i - 2] if i > 1 else "،"
    return before in _APPOSITION_MARKS or _cue(before)


_APPOSITION_MARKS = frozenset({"،", ",", ":", "-", "–"})


def _apposed_name_end(words: list[str], i: int) -> int | None:
    """The end of a listed given name and a family name after an apposed nationality: the
    family name a word that is no function word, verb or adjective of a place, however
    common ("شديد"-like names are adjectives too): the nationality says a person follows."""
    if words[i] not in GIVEN_NAMES or i + 1 >= len(words):
        return None
    nxt = words[i + 1]
    if definite_family_word(nxt):
        return i + 2
    if nxt.startswith("ال") or not family_word(nxt) or place_adjective(nxt) or nxt in _ADVERBS:
        return None
    return i + 2 if zipf(nxt, "ar") < _APPOSED_FAMILY_ZIPF else None


# A family name without the article after an apposed nationality and a given name: rarer
# than the sentence's words ("قال" 6.0, "أمس" 5.0).
_APPOSED_FAMILY_ZIPF = 5.0
# Adverbs of time and manner that follow a name in a sentence: "قال المصري سامي أمس".
_ADVERBS = frozenset({"أمس", "غدا", "أيضا", "أيضاً", "حاليا", "مؤخرا", "سابقا", "لاحقا", "كذلك", "فقط"})


def _studied_under(words: list[str], i: int) -> bool:
    """ "تتلمذ على يد" right before `i`, "و" or "ف" on the verb allowed."""
    if i < 3 or (words[i - 2], words[i - 1]) not in _AT_THE_HANDS:
        return False
    verb = words[i - 3]
    return verb in _STUDIED or (verb[:1] in ("و", "ف") and verb[1:] in _STUDIED)


def _teacher_end(words: list[str], i: int) -> int | None:
    """The end of a teacher's name of two or three words opening at `i`, or None: a given
    name (of either list) or a word rare as a word opens it ("أساتذة كبار", great teachers,
    is none)."""
    first = words[i]
    if first not in GIVEN_NAMES and first not in ADJECTIVE_GIVEN_NAMES and zipf(first, "ar") >= _RARE_TEACHER_ZIPF:
        return None
    k = i
    while k < len(words) and k - i < _MAX_TEACHER_WORDS and _teacher_word(words[k], first=k == i):
        k += 1
    return k if k - i >= 2 else None


def _teacher_word(word: str, first: bool) -> bool:
    if word in GIVEN_NAMES or word in ADJECTIVE_GIVEN_NAMES:
        return True
    if present_verb(word) or verbal_noun(word) or word in STOP_WORDS:
        return False
    return name_word(word) or (not first and definite_family_word(word))


def _house_end(words: list[str], i: int) -> int | None:
    """The end of "(given name) given name آل family" opening at `i`, or None: the word
    before "آل" must be a given name, and the one before it too when the name opens there."""
    given = GIVEN_NAMES | ADJECTIVE_GIVEN_NAMES
    # inside a longer name ("محمد بن سلمان آل ..."): the title and given-name rules read it whole
    if words[i] not in given or (i > 0 and (words[i - 1] in given or words[i - 1] in _SON_OF)):
        return None
    k = i + 1
    if k < len(words) and words[k] in given:
        k += 1  # a father's name: "X حسن آل Y"
    # a given name after "آل" is the family's ("آل يوسف"), though it has a verb's shape
    if k + 1 < len(words) and words[k] == _HOUSE and (words[k + 1] in given or family_word(words[k + 1])):
        return k + 2
    return None


def _cued_name_end(words: list[str], i: int, plain_family: bool = False) -> int | None:
    """The end of a first name and a family name after a cue, or None; after a role a
    listed given name takes a family name without the article too (`plain_family`)."""
    first = words[i]
    nxt = words[i + 1] if i + 1 < len(words) else ""
    foreign = name_word(first) and name_word(nxt) and not nxt.startswith("ال")
    if plain_family and foreign and max(zipf(first, "ar"), zipf(nxt, "ar")) < _FOREIGN_ZIPF:
        return i + 2  # a foreign name after a role ("يوهانس"-like): no word of Arabic text
    # an age in brackets after the name lets a first name be a common word, behind a clitic too
    aged = age_in_brackets(words, i + 2) and first.isalpha() and first not in STOP_WORDS and not first.startswith("ال")
    if not (name_word(first) or aged) or present_verb(first) or verbal_noun(first) or i + 1 >= len(words):
        return None
    if plain_family and first in ADJECTIVE_GIVEN_NAMES and nxt in _SON_OF and i + 2 < len(words):
        # after a role a given name that is a word too opens "X بن Y" ("كريم بن X"-like)
        return i + 3 if family_word(words[i + 2]) and not present_verb(words[i + 2]) else None
    if plain_family and first == "أبو" and name_word(nxt) and i + 2 < len(words):
        # "أبو بكر X": a compound given name, its family name after it
        family = words[i + 2]
        rare = zipf(family, "ar") < _PLAIN_FAMILY_ZIPF and not place_adjective(family)
        return i + 3 if nxt in GIVEN_NAMES | {"بكر"} and family_word(family) and rare else None
    if plain_family and first in ADJECTIVE_GIVEN_NAMES and nxt in GIVEN_NAMES:
        return i + 2  # "كريم سليمان": a given name that is a word too, and a listed one as family name
    if plain_family and nxt == _SERVANT and i + 2 < len(words) and attribute_word(words[i + 2]):
        # after a role "X عبد الرحيم": a father's or family name no common word forms, so the
        # first word is a given name however common it is as a word ("سلوى", solace); an
        # Egyptian full name goes on with the father's and grandfather's ("X عبد Y محمد عبد Z")
        k = i + 3
        while (
            k + 2 < len(words) and words[k] in GIVEN_NAMES and words[k + 1] == _SERVANT and attribute_word(words[k + 2])
        ):
            k += 3
        return k
    common_first = zipf(first, "ar") >= _FIRST_NAME_ZIPF and not aged
    if first not in GIVEN_NAMES and (common_first or plural_noun(first)):
        return None
    if nxt in _CLANS and i + 2 < len(words) and family_word(words[i + 2]):
        return i + 3
    if definite_family_word(nxt):
        return i + 2
    if plain_family and first in GIVEN_NAMES and family_word(nxt) and not nxt.startswith("ال"):
        return i + 2 if zipf(nxt, "ar") < _PLAIN_FAMILY_ZIPF and not place_adjective(nxt) else None
    return None


# "عبد" and a definite attribute of God ("عبد الرحيم"): a compound name after a given name.
_SERVANT = "عبد"


# Berber and Maghrebi family names open with "آيت" (sons of) and go on with a name, often a
# definite one ("X آيت الحاج", "X أيت الطالب"): the particle never ends a name, and the
# title rules, which stop before a definite word, leave it hanging.
_TRIBE_PARTICLES = frozenset({"آيت", "أيت"})


def tribal_tails(text: str, toks: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """`mentions` with each person that ends on "آيت" carried over the name word after it."""
    ends = {t.end: k for k, t in enumerate(toks)}
    out = []
    for m in mentions:
        k = ends.get(m.end)
        if m.type == "PER" and k is not None and toks[k].text in _TRIBE_PARTICLES and k + 1 < len(toks):
            nxt = toks[k + 1].text
            if nxt.isalpha() and len(nxt) > 2 and nxt not in STOP_WORDS and toks[k + 1].start == toks[k].end + 1:
                m = replace(m, end=toks[k + 1].end, text=text[m.start : toks[k + 1].end])
        out.append(m)
    grown = [m for m in out if m not in mentions]
    return [m for m in out if m in grown or not any(g.start <= m.start and m.end <= g.end for g in grown)]
