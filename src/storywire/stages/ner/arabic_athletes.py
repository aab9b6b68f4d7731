"""Arabic people of sport news: athletes, drivers and coaches named after their nationality or
role, and a person named in apposition after an office.

Sport news names a foreign athlete by the adjective of his country used as a noun ("فاز
الإسباني X Y", the Spaniard X Y won; "مدربه الهولندي X"), or by his role ("السائق X Y").
The name is transliterated, so its words are rare as Arabic words, but none is a listed given
name: the nationality or the role is the cue.  A Gulf or Arab name after the same cue ends in
a definite family name ("السائق الإماراتي X المزروعي"-like), and its first word may be a
common word as a given name is ("سلطان", "راشد": sultan, wise).

* The adjective is a noun only where no definite noun stands before it that it qualifies:
  "الجيش الإسرائيلي" and "الفريق الفرنسي" are an army and a team, while a role ("السائق
  الإماراتي"), a verb, a preposition or an indefinite word before it leave it a noun.
* A foreign name: up to four words rare as words, the particles of Dutch, German and Romance
  names between them ("فان دير", "دي", "دا"), ending before a function word, a definite word,
  a verb in the present, an accusative common word ("ثالثا") or a verb with an object
  pronoun ("ساعده").  After a nationality alone one word must be rarer still ("باريزي"), or
  all of them below the frequency of the names news repeats ("أوليفر"); after a role, a
  title's cue, any word of that shape will do.  One word alone is a name only when no
  dictionary holds it.
* After an office and the body it heads, a name between commas is the office holder's ("قال
  مدير الفريق، X Y، إن ..."): its words are rare as words, as a foreign name's are.
"""

from __future__ import annotations

import functools

from storywire.stages.ner.arabic_lexicon import (
    GIVEN_NAMES,
    STOP_WORDS,
    definite_family_name,
    name_word,
    present_verb,
    verbal_noun,
)
from storywire.stages.ner.arabic_places import place_adjective, places_with_extra
from storywire.stages.ner.word_frequency import zipf

# Roles of sport a name follows as it follows a title, definite or with "his"/"her"; not
# "المدافع" nor "الحارس", as often the cannons and a guard.
_ROLE_WORDS = (
    "اللاعب اللاعبة السائق السائقة المدرب المدربة النجم النجمة المهاجم البطل البطلة "
    "العداء العداءة الملاكم الملاكمة المصارع الفارس الفارسة الرامي الرامية المصنف المصنفة "
    "زميله زميلها زميلته مدربه مدربها منافسه منافسها منافسته مواطنه مواطنته شريكه شريكها غريمه"
)
ROLES = frozenset(_ROLE_WORDS.split())
# Roles of other walks of life: before a nationality they leave it a noun ("الممثلة
# الأمريكية X Y"), though alone they open no name ("المؤتمر الصحفي": the press conference).
_OTHER_ROLE_WORDS = (
    "الممثل الممثلة المغني المغنية الكاتب الكاتبة المخرج المخرجة الروائي الروائية الصحفي الصحفية "
    "الشاعر الشاعرة الرسام الرسامة الناشط الناشطة الباحث الباحثة المصور المصورة"
)
_OTHER_ROLES = frozenset(_OTHER_ROLE_WORDS.split())
# Adjectives between a role and the nationality or the name: "المهاجم الدولي", "النجم الشاب".
_ROLE_ADJECTIVES = frozenset({"الدولي", "الدولية", "الشاب", "الشابة", "المخضرم", "السابق", "السابقة", "الجديد"})
# Nationalities whose adjective `place_adjective` cannot tell from the country's name (a
# stem that changes: "بريطانيا" -> "البريطاني", "النمسا" -> "النمساوي"); "الرياضي"
# (sporting) looks like an adjective of "الرياض" and is none.
_NATIONALITY_WORDS = (
    "السعودي السعودية البريطاني البريطانية الكوري الكورية الدنماركي الدنماركية النمساوي النمساوية "
    "الأمريكي الأمريكية الأميركي الأميركية الإماراتي الإماراتية البحريني البحرينية العماني العمانية "
    "اليمني اليمنية الهولندي الهولندية السويدي السويدية النرويجي النرويجية الفنلندي الفنلندية "
    "الإيرلندي الإيرلندية الأيرلندي الأيرلندية الاسكتلندي الويلزي التشيكي التشيكية السلوفاكي "
    "الكرواتي الكرواتية الصربي الصربية البولندي البولندية الروماني الرومانية المجري المجرية "
    "اليوناني اليونانية التركي التركية الياباني اليابانية الصيني الصينية الهندي الهندية "
    "البرازيلي البرازيلية الأرجنتيني الأرجنتينية الأوروغوياني الكولومبي الكولومبية التشيلي "
    "المكسيكي المكسيكية الكندي الكندية الأسترالي الأسترالية النيوزيلندي النيوزيلندية "
    "الإسباني الإسبانية البرتغالي البرتغالية الإيطالي الإيطالية الفرنسي الفرنسية "
    "الألماني الألمانية البلجيكي البلجيكية السويسري السويسرية الروسي الروسية الأوكراني الأوكرانية "
    "البيلاروسي البيلاروسية الكازاخستاني الكازاخستانية المصري المصرية المغربي المغربية "
    "الجزائري الجزائرية التونسي التونسية الليبي الليبية السوداني السودانية الأردني الأردنية "
    "السوري السورية اللبناني اللبنانية العراقي العراقية الفلسطيني الفلسطينية الكويتي الكويتية "
    "القطري القطرية الإيراني الإيرانية النيجيري النيجيرية الكاميروني الغاني السنغالي الإيفواري "
    "الكيني الكينية الإثيوبي الإثيوبية"
)
_NATIONALITIES = frozenset(_NATIONALITY_WORDS.split())
_NOT_NATIONALITIES = frozenset({"الرياضي", "الرياضية", "العربي", "العربية", "الأوروبي", "الأوروبية"})
# Particles inside a European name: "فان دير", "دي لا", "فون", "دا".
PARTICLES = frozenset({"فان", "فون", "دي", "دا", "دو", "ديل", "دير", "دن", "لا", "لو", "ديلا", "دوس", "تير"})
_MAX_PARTS = 4
# Each word of a foreign name is rarer as a word than this ("هاريس" 4.0, "ماكس" 4.3; "ثانيا"
# 4.5, "مرة" 5.8), and one of them rarer than `_RARE_PART_ZIPF` ("باريزي" 0, "نادال" 3.4).
_FOREIGN_PART_ZIPF = 4.45
_RARE_PART_ZIPF = 3.6
# ... or every word below this one ("أوليفر" 3.9 and "هاريس" 4.0: names common in the news).
_UNCOMMON_PAIR_ZIPF = 4.1
_MAX_PARTICLES = 2
_ABD = "عبد"
# The singular under a dual or plural after a name ("هدفين" under "هدف" 5.1): what was done.
_DUAL_STEM_ZIPF = 4.5
_PLURAL_STEM_ZIPF = 4.0  # "بلدات" under "بلد", "مباريات" under "مباراة"
# After a listed given name the next word is the family name up to this frequency ("جابر" 4.6).
_AFTER_GIVEN_ZIPF = 4.8
# A word alone after the cue is a name only when no dictionary holds it ("مبابي" 0).
_LONE_NAME_ZIPF = 2.5
# Before a definite family name the given name may be a common word: "سلطان" 4.8, "سالم" 4.8.
_ARAB_GIVEN_ZIPF = 5.0
# A definite family name in "-ي" below this frequency ("المزروعي" 3.0, "الدوسري" 3.5).
_FAMILY_ZIPF = 4.5
# Offices an apposition names the holder of, with the body after them: "مدير الفريق، X،".
_APPOSITION_OFFICES = frozenset({"مدير", "رئيس", "مدرب", "قائد", "مؤسس", "مالك", "ومدير", "ورئيس", "ومدرب"})
APPOSITION_OFFICES = _APPOSITION_OFFICES  # for the sport rules' trigger words (`arabic_sport`)
_MAX_BODY_WORDS = 5
_COMMA = "،"
_APPOSITION_END = frozenset({"،", ".", ":", "(", "-"})


@functools.lru_cache(maxsize=8192)  # words of the shape "ال...ي": a bounded share of the vocabulary
def nationality(word: str) -> bool:
    """`word` is the definite adjective of a country: "الإيطالي", "البريطانية"."""
    if word in _NOT_NATIONALITIES:
        return False
    return word in _NATIONALITIES or place_adjective(word)


def cued_name(words: list[str], i: int) -> tuple[int, int] | None:
    """(start, end) of a name after the nationality or role at `i` (a clitic "و" on it
    allowed), or None: the adjective must be a noun there, not a definite noun's adjective."""
    j = i + 1
    while j < len(words) and j - i <= 2 and (nationality(words[j]) or words[j] in _ROLE_ADJECTIVES):
        j += 1  # "السائق الإماراتي", "اللاعب المصري الأمريكي"
    cue = words[i][1:] if words[i][:1] in "وف" and words[i][1:] in ROLES else words[i]
    if cue not in ROLES and not _nominal(words, i):
        return None
    # a role is a title's cue: the name's words need be no rarer than any foreign name's
    end = name_end(words, j, strong=cue in ROLES)
    return (j, end) if end is not None else None


def _nominal(words: list[str], i: int) -> bool:
    """The nationality at `i` is a noun: no definite noun before it but a role."""
    bare = words[i][1:] if words[i][:1] in "وف" and nationality(words[i][1:]) else words[i]
    if not nationality(bare):
        return False
    k = i - 1
    while k >= 0 and (nationality(words[k]) or words[k] in _ROLE_ADJECTIVES):
        k -= 1  # "اللاعب المصري الأمريكي": the role before both adjectives
    before = words[k] if k >= 0 else ""
    if before in ROLES or before in _OTHER_ROLES:
        return True
    return not (before.startswith(("ال", "وال", "بال", "لل")) or before.startswith(("فال", "كال")))


def name_end(words: list[str], j: int, strong: bool = False) -> int | None:
    """The end of a person's name opening at `j` after a cue, or None: a foreign name of rare
    words, or an Arab one closed by a definite family name."""
    if j >= len(words):
        return None
    k, parts = j, 0
    while k < len(words) and parts < _MAX_PARTS:
        if words[k] == _ABD and k + 1 < len(words) and words[k + 1].startswith("ال"):
            k, parts = k + 2, parts + 1  # "عبد الحميد": one given name of two words
        elif _plain(words[k], _ARAB_GIVEN_ZIPF, first=parts == 0):
            k, parts = k + 1, parts + 1
        else:
            break
    if 0 < parts < _MAX_PARTS and k < len(words) and _family(words[k]):
        return k + 1  # "سلطان المزروعي", "راشد سعيد المنصوري"-like
    end = _foreign_end(words, j, strong)
    if (
        end is None
        and words[j] in GIVEN_NAMES
        and j + 1 < len(words)
        and _plain(words[j + 1], _AFTER_GIVEN_ZIPF, False)
    ):
        return j + 2  # a listed given name and a family name common as a word: "أنس X"
    return end


def _foreign_end(words: list[str], j: int, strong: bool = False) -> int | None:
    """The end of a foreign name of rare words opening at `j` (particles inside), or None;
    after a `strong` cue (a role, an office) no word need be rarer than the others."""
    k, rare, parts, common = j, False, 0, 0.0
    while k < len(words) and parts < _MAX_PARTS:
        w = words[k]
        if parts and w in PARTICLES:
            m = k
            while m < len(words) and m - k < _MAX_PARTICLES and words[m] in PARTICLES:
                m += 1
            if m < len(words) and _foreign(words[m], False):
                k = m  # "يان فان دير بيرغ": the particles, then the name after them
                continue
            break
        if not (_foreign(w, parts == 0) or (parts == 0 and w in GIVEN_NAMES)):
            break
        rare = rare or zipf(w, "ar") < _RARE_PART_ZIPF
        common = max(common, zipf(w, "ar"))
        k, parts = k + 1, parts + 1
    if parts >= 2 and (strong or rare or common < _UNCOMMON_PAIR_ZIPF or words[j] in GIVEN_NAMES):
        return k
    lone = words[j]
    if parts == 1 and len(lone) >= 4 and zipf(lone, "ar") < _LONE_NAME_ZIPF and _plain(lone, _LONE_NAME_ZIPF, False):
        return k  # not "أرباحها" (its profits) after "أرامكو السعودية"
    return None


def _foreign(word: str, first: bool) -> bool:
    return _plain(word, _FOREIGN_PART_ZIPF, first) and word not in PARTICLES


def _plain(word: str, most: float, first: bool) -> bool:
    """A name's word without the article: no function word, verb, verbal noun, place, noun with
    a pronoun or in the dual or plural, and rarer as a word than `most`."""
    if not name_word(word) or word in places_with_extra():
        return False
    if word in GIVEN_NAMES:
        return True
    if present_verb(word) or verbal_noun(word) or with_pronoun(word) or _dual(word):
        return False
    if not first and (_verb_shape(word) or accusative(word)):
        return False
    return zipf(word, "ar") < most


def _verb_shape(word: str) -> bool:
    """A verb in the past of the forms that open with a bare alif ("انتزع", "احتل",
    "استعاد"); a transliterated name writes its first vowel with a hamza ("أوليفر")."""
    return word[:1] == "ا" and 4 <= len(word) <= 6


def accusative(word: str) -> bool:
    """An adverbial accusative of a common word: "ثالثا", "متقدما", "مجددا"."""
    return len(word) >= 4 and word.endswith("ا") and zipf(word[:-1], "ar") >= 3.0


def _dual(word: str) -> bool:
    """A common noun's dual or plural: "هدفين" (two goals) under "هدف", "بلدات" under "بلد"."""
    if len(word) < 5:
        return False
    if word.endswith("ات"):
        return zipf(word[:-2], "ar") >= _PLURAL_STEM_ZIPF or zipf(word[:-2] + "ة", "ar") >= _PLURAL_STEM_ZIPF
    return word.endswith(("ين", "ان", "ون")) and zipf(word[:-2], "ar") >= _DUAL_STEM_ZIPF


def with_pronoun(word: str) -> bool:
    """A verb or noun with a pronoun: "ساعده" (helped him), "أرباحها" (its profits),
    "مسيرته" (his career: "مسيرة", its "ة" written "ت" before the pronoun)."""
    for end, common in (("ها", 3.0), ("هم", 3.0), ("ه", 4.0)):  # names end in "-يه" ("أندريه") more often
        if not (word.endswith(end) and len(word) > len(end) + 2):
            continue
        stem = word[: -len(end)]
        if zipf(stem, "ar") >= common or (stem.endswith("ت") and zipf(stem[:-1] + "ة", "ar") >= common):
            return True
    return False


def _family(word: str) -> bool:
    """A definite family name: in "-ي" and rare, no nationality ("المزروعي", not "السعودي"),
    or rare as a word at all."""
    if not (word.startswith("ال") and word.isalpha() and len(word) >= 5) or nationality(word):
        return False
    if word.endswith("ي") and zipf(word, "ar") < _FAMILY_ZIPF and word not in STOP_WORDS:
        return True
    return definite_family_name(word, after_a_title=True)


def apposition(words: list[str], i: int) -> tuple[int, int] | None:
    """(start, end) of a name between commas after the office at `i` and its body ("مدير
    فريق X، Y Z،"), or None."""
    comma = next((k for k in range(i + 2, min(len(words), i + 2 + _MAX_BODY_WORDS)) if words[k] == _COMMA), None)
    if comma is None or any(w in STOP_WORDS for w in words[i + 1 : comma]):
        return None
    j = comma + 1
    end = _foreign_end(words, j, strong=True)
    if end is None or end - j < 2 or end >= len(words) or words[end] not in _APPOSITION_END:
        return None
    return j, end


def apposition_office(word: str) -> bool:
    return word in _APPOSITION_OFFICES
