"""Arabic names of science and health news, as handlers of the shared trigger-word pass
(`arabic_sport`): (start, end, type, clitic length) over word indexes, at the trigger only.

* A scholar after an academic title ("البروفيسور", "الباحثة", "د."), a nationality's
  adjective between them allowed: "البروفيسور الألماني X Y", "والباحثة الهندية X Y".  The
  title and the adjective stay out of the span, as a title does for anyone.  "العالم" (the
  scientist, also "the world") and "الخبير" open a name only with a nationality after them.
* A university, institute, hospital or faculty named after a patron and its field:
  "جامعة الملك X للعلوم والتقنية", "مدينة الملك X للعلوم والتقنية" (a "city" that is a
  research body), "مدينة الأمير X الطبية"; or with a centre in its official name ("مستشفى
  الملك X التخصصي ومركز الأبحاث").  Without a field the landmark rules read the patron's
  body (`arabic_landmarks`); "مدينة" + a patron alone is a town.
* A foreign university or institute, its name transliterated (words rare in Arabic, or a
  known place), and its field: "جامعة X", "معهد X للتكنولوجيا"; the town after "في" is
  its seat, a place ("جامعة X في Y").  A research centre or laboratory ("مركز", "مختبر")
  only with its field: "مركز X" alone is as often an Egyptian district.
* A place named by where it lies from a known one: "في X شمال Y" (X, a word rare as a word).
"""

from __future__ import annotations

from storywire.stages.ner.arabic_athletes import name_end as person_end
from storywire.stages.ner.arabic_athletes import nationality
from storywire.stages.ner.arabic_landmarks import RANKS
from storywire.stages.ner.arabic_lexicon import GIVEN_NAMES, STOP_WORDS, name_word, present_verb, verbal_noun
from storywire.stages.ner.arabic_places import place_end
from storywire.stages.ner.arabic_teams import Handler, Hit
from storywire.stages.ner.word_frequency import zipf

# Academic titles: a name follows them; the weak ones are common nouns too ("العالم": the
# world) and need a nationality after them to be a title.
_SCHOLARS = frozenset({
    "البروفيسور", "البروفيسورة", "البروفسور", "البروفسورة", "بروفيسور", "الباحث", "الباحثة", "د.",
    "الأستاذة", "الدكتورة", "العالمة",
})  # fmt: skip
_WEAK_SCHOLARS = frozenset({"العالم", "الخبير", "الخبيرة", "الأستاذ"})
_SECOND_TITLES = frozenset({"الدكتور", "الدكتورة", "د."})
_MAX_NATIONALITIES = 2

# Bodies of science and health named after a patron; "مدينة" among them only with a field
# or the adjective of its kind ("مدينة الملك X الطبية"): with none it is a town.
_PATRON_HEADS = frozenset({"جامعة", "معهد", "مستشفى", "كلية", "مركز", "مؤسسة", "مدينة"})
_PATRON_TITLES = frozenset({"الملك", "الملكة", "الأمير", "الأميرة", "الشيخ", "الشيخة", "السلطان"})
_MAX_PATRON_WORDS = 2
_CITY = "مدينة"
_CITY_KINDS = frozenset({"الطبية", "الجامعية", "العلمية", "التقنية"})
# A centre of research in a hospital's or a university's official name: "... ومركز الأبحاث".
_JOINT_HEADS = frozenset({"ومركز", "ومعهد"})
_JOINT_FIELDS = frozenset({"الأبحاث", "البحوث", "الدراسات", "الأورام"})

# Heads of foreign bodies named by a transliterated name; those that need a field after it.
_FOREIGN_HEADS = frozenset({"جامعة", "معهد", "كلية", "مستشفى", "مركز", "مختبر", "مختبرات"})
_NEEDS_FIELD = frozenset({"مركز", "مختبر", "مختبرات"})
# ... and those that a known place and a field name ("معهد X للتكنولوجيا" with X a state).
_SCHOOLS = frozenset({"جامعة", "معهد", "كلية"})
# A word of a transliterated name is rarer than this ("هارفارد" 3.9, "ستانفورد" 3.7); "جامعة
# كبيرة", "معهد متخصص" are descriptions.
_FOREIGN_ZIPF = 4.0
# ... and no word of one is commoner than this ("كاليفورنيا" 4.5, "جونز" 4.4): a name of no
# rarer word needs its field after it ("معهد كاليفورنيا للتكنولوجيا").
_NAME_WORD_ZIPF = 4.6
_NISBA_STEM_ZIPF = 3.5
_PARTICIPLE_ZIPF = 3.0
_MAX_NAME_WORDS = 3
# Words of a field that are bodies or people, not a field: "... للحكومة", "... والطلاب".
_NOT_FIELDS = frozenset({"الحكومة", "الوزارة", "الطلاب", "الطلبة", "المرضى", "الجيش", "الشرطة"})
_MAX_FIELD_WORDS = 5
_SEAT = "في"
_SEAT_ZIPF = 4.5

# "affiliated to": a body follows ("التابع لوزارة", "التابعة لـX"); an acronym is this rare.
_AFFILIATED = frozenset({"التابع", "التابعة", "التابعين", "التابعتين", "التابعان"})
_TATWEEL = "\u0640"
# A body's word after it is rarer than the bodies' kinds ("جامعة", "وزارة"; "ناسا" 4.2).
_AFFILIATE_ZIPF = 4.3

_COMPASS = frozenset({"شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي"})
_AT = frozenset({"في", "قرب", "بقرب", "وفي"})
# A place named by where it lies is a word this rare ("ثول"-like villages); "مكان" is common.
_HAMLET_ZIPF = 3.5


def field_end(words: list[str], k: int) -> int:
    """The end of a body's field opening at `k` ("للعلوم والتقنية", "للبيانات والذكاء
    الاصطناعي"): "لل" and a noun, its adjectives, and nouns joined to it by "و" with theirs;
    `k` when none opens there."""
    if not (k < len(words) and words[k].startswith("لل") and len(words[k]) > 4 and words[k].isalpha()):
        return k
    if "ال" + words[k][2:] in _NOT_FIELDS:
        return k
    end = k + 1
    while end < len(words) and end - k < _MAX_FIELD_WORDS:
        w = words[end]
        if _field_adjective(w):
            end += 1
        elif w.startswith("وال") and w.isalpha() and len(w) > 4 and w[1:] not in _NOT_FIELDS:
            end += 1  # "والتقنية": a second field joined to the first
        else:
            break
    return end


def _field_adjective(word: str) -> bool:
    return word.startswith("ال") and word.isalpha() and len(word) > 4 and word.endswith(("ي", "ية"))


def _scholar(words: list[str], i: int, lead: int) -> list[Hit]:
    title = words[i][lead:]
    j = i + 1
    if j < len(words) and words[j] in _SECOND_TITLES:
        title, j = words[j], j + 1  # "الأستاذ الدكتور": the second title says a name follows
    while j < len(words) and j - i <= _MAX_NATIONALITIES and nationality(words[j]):
        j += 1  # "البروفيسور الألماني", "الباحثة الهندية الأمريكية"
    if title in _WEAK_SCHOLARS and j == i + 1:
        return []  # "العالم" alone is the world
    end = person_end(words, j, strong=True)
    return [(j, end, "PER", 0)] if end is not None else []


def _body(words: list[str], i: int, lead: int) -> list[Hit]:
    """A patron's body with its field, or a foreign body by its transliterated name."""
    head = words[i][lead:]
    hits = _patron_body(words, i, lead, head) if head in _PATRON_HEADS else []
    if not hits and head in _FOREIGN_HEADS:
        hits = _foreign_body(words, i, lead, head)
    return hits


def _patron_body(words: list[str], i: int, lead: int, head: str) -> list[Hit]:
    if i + 1 >= len(words) or words[i + 1] not in _PATRON_TITLES:
        return []
    end = i + 2
    while end < len(words) and end - i - 2 < _MAX_PATRON_WORDS and _patron_word(words[end]):
        end += 1  # "سعود", "سلطان": common words, but the field after them says a name
    if end == i + 2:
        return []
    named = end
    while (
        end < len(words) and end - named < 2 and (words[end] in RANKS or (head == _CITY and words[end] in _CITY_KINDS))
    ):
        end += 1  # "التخصصي", "الطبية"
    ranked = end
    end = field_end(words, end)
    if end == ranked and end + 1 < len(words) and words[end] in _JOINT_HEADS and words[end + 1] in _JOINT_FIELDS:
        end += 2  # "... التخصصي ومركز الأبحاث": the centre is in the official name
    if end == named:
        return []  # the patron alone: the landmark rules' body, or a town
    return [(i, end, "ORG", lead)]


def _patron_word(word: str) -> bool:
    return word in GIVEN_NAMES or (name_word(word) and not present_verb(word) and not verbal_noun(word))


def _foreign_body(words: list[str], i: int, lead: int, head: str) -> list[Hit]:
    j = i + 1
    known = place_end(words, j)
    end = known if known is not None else j
    while known is None and end < len(words) and end - j < _MAX_NAME_WORDS and _transliterated(words[end]):
        end += 1
    if end == j:
        return []
    named = end
    end = field_end(words, end)
    if known is not None and (end == named or head not in _SCHOOLS):
        return []  # "جامعة بغداد": the institutions' rule; "مركز دبي للمعارض": a hall, a place
    rare = any(zipf(w, "ar") < _FOREIGN_ZIPF for w in words[j:named])
    if (head in _NEEDS_FIELD or not rare) and end == named:
        return []  # "مركز X" alone, or a name of words common enough to need its field
    hits: list[Hit] = [(i, end, "ORG", lead)]
    if end + 1 < len(words) and words[end] == _SEAT and _seat(words, end + 1):
        hits.append((end + 1, end + 2, "LOC", 0))  # "جامعة X في Y": the town it stands in
    return hits


def _transliterated(word: str) -> bool:
    """A word of a foreign name: no article, function word, verb, verbal noun, feminine
    noun or adjective of a common stem ("ميداني", field-), and not common as an Arabic word."""
    if not (name_word(word) or _with_b(word)) or present_verb(word) or verbal_noun(word) or word.endswith("ة"):
        return False
    if word.endswith("ي") and zipf(word[:-1], "ar") >= _NISBA_STEM_ZIPF:
        return False  # "مستشفى ميداني", "معهد فني": an adjective of a kind
    if word[:1] == "م" and word[1:2] not in "اوي" and zipf(word, "ar") >= _PARTICIPLE_ZIPF:
        return False  # "معهد متخصص", "مركز مستقل": a participle; a name writes its vowel ("ميشيغان")
    return zipf(word, "ar") < _NAME_WORD_ZIPF


def _with_b(word: str) -> bool:
    """A name opening with "ب" read as a clitic on a common word ("برود": "ب" + "رود"): right
    after a body's head a preposition is rarer than a name, unless on a definite word."""
    return word[:1] == "ب" and word.isalpha() and len(word) > 3 and word[1:3] != "ال" and word not in STOP_WORDS


def _seat(words: list[str], k: int) -> bool:
    """A town after "في" behind a foreign body: a known place, or one word of a foreign name."""
    if place_end(words, k) == k + 1:
        return False  # the gazetteer's town: the place rules find it
    w = words[k]
    return name_word(w) and not present_verb(w) and not verbal_noun(w) and zipf(w, "ar") < _SEAT_ZIPF


def _hamlet(words: list[str], i: int, lead: int) -> list[Hit]:
    """ "في X شمال Y": X before a side of a known place Y is a place itself."""
    if lead or i < 2 or words[i - 2] not in _AT or place_end(words, i + 1) is None:
        return []
    w = words[i - 1]
    if not name_word(w) or present_verb(w) or w in STOP_WORDS or place_end(words, i - 1) is not None:
        return []
    return [(i - 1, i, "LOC", 0)] if zipf(w, "ar") < _HAMLET_ZIPF else []


def _affiliate(words: list[str], i: int, lead: int) -> list[Hit]:
    """ "التابعة لـX": what a body belongs to is a body (or a country); X a word rarer than a
    body's kind word (an acronym read as a word, "لـناسا"-like), its "ل" out."""
    if lead or i + 1 >= len(words):
        return []
    w = words[i + 1]
    clitic = 2 if w[1:2] == _TATWEEL else 1
    rest = w[clitic:]
    if w[:1] != "ل" or not rest.isalpha() or len(rest) < 3 or rest.startswith("ال") or rest in STOP_WORDS:
        return []
    if place_end([rest], 0) is not None or rest in GIVEN_NAMES:
        return []  # "التابعة لروسيا": a country's
    return [(i + 1, i + 2, "ORG", clitic)] if zipf(rest, "ar") < _AFFILIATE_ZIPF else []


TRIGGERS: dict[str, Handler] = {
    **dict.fromkeys(_AFFILIATED, _affiliate),
    **dict.fromkeys(_SCHOLARS | _WEAK_SCHOLARS, _scholar),
    **dict.fromkeys(_PATRON_HEADS | _FOREIGN_HEADS, _body),
    **dict.fromkeys(_COMPASS, _hamlet),
}
