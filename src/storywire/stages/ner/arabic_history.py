"""Arabic people and states of history, which news on heritage and travel names with no title.

* A kunya or a patronym opening a name: "ابن" / "أبو" / "أبي" / "أبا" and a name rare as a word
  ("ابن خلدون"-like, "أبو عنان"-like), after a kunya the given name it names; then the name's
  chain: "بن" and a father's name, the nisbas of tribe and town ("... اللواتي الطنجي") and a
  regnal number.  "ابن" before a given name or a word with a pronoun is a son ("ابن محمد",
  "ابن عمه"), and a common word after either is none of this ("أبو الأطفال").
* A given name (or "عبد" + a definite attribute) with "بن" and a father's name, and the nisbas
  after it: the rules of the titles end such a name before a town's nisba, which in a
  historical name is part of it ("محمد بن إسماعيل البخاري"-like).  A country's adjective is not
  ("... المغربي": Moroccan).
* A given name and a regnal number with no title ("إدريس الثاني"-like): a ruler.
* A historical role before a definite nisba rare as a word ("المؤرخ المقريزي"-like).
* A dynasty's state: "الدولة" / "الخلافة" / "السلطنة" and a nisba in "-ية" rare as a word and
  named after no place and no kind of state ("الدولة الأموية"-like; not "الدولة العميقة", the
  deep state, nor "الدولة المصرية"); an empire with any nisba ("الإمبراطورية الرومانية").
  The guidelines make historical states places (LOC), the head inside.
* A town named after a saint, "مولاي" / "سيدي" and a name, where the sentence puts a place
  ("في مولاي يعقوب"-like, "قرب سيدي ..."): a place, not the saint.

The role words are no name either: "أملى الرحالة" (the traveller dictated) after a ruler's
title is no person, and `clean_people` drops what the title rules read so.
"""

from __future__ import annotations

from collections.abc import Sequence

from storywire.model import Mention
from storywire.stages.ner.arabic_lexicon import (
    CLITICS,
    DEFINITE_GIVEN_NAMES,
    GIVEN_NAMES,
    OFFICE_ADJECTIVES,
    STOP_WORDS,
    name_word,
    present_verb,
    rule_span,
    verbal_noun,
)
from storywire.stages.ner.arabic_places import place_adjective, place_end, places_with_extra
from storywire.stages.ner.arabic_triggers import clitic_forms, trigger_indices
from storywire.stages.ner.gazetteer import country_names
from storywire.stages.ner.tokens import Token
from storywire.stages.ner.word_frequency import zipf

_SON = "ابن"
_FATHERS = frozenset({"أبو", "أبي", "أبا"})
_NASAB = frozenset({"بن", "ابن", "بنت"})
_ABD = "عبد"
# The name after a kunya or "ابن" is rare as a word: "خلدون" 3.7, "تيمية" 4.1, "عنان" 4.0;
# "ابن عمه" (his cousin) 4.35 and "أبو بكر"'s "بكر" 4.7 are common (the latter a given name).
_KUNYA_NAME_ZIPF = 4.2
# ... and a definite one rarer: "ابن الهيثم" 3.3; "أبو الهول" (the Sphinx) 3.6, "ابن الرئيس"
# (the president's son) 5.7.  A definite given name is one whatever its frequency: "أبو الحسن".
_KUNYA_DEFINITE_ZIPF = 3.5
# A nisba of tribe or town in a chain is rare as a word: "الكلبي" 3.3, "اللواتي" 4.2.
_NISBA_ZIPF = 4.5
_MAX_NISBAS = 3
_REGNAL = frozenset({
    "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر",
})  # fmt: skip
_TWO_WORD_REGNAL = frozenset({"الحادي عشر", "الثاني عشر", "الثالث عشر", "الرابع عشر", "الخامس عشر"})
# After a given name and an ordinal, these make the ordinal a rank: "محمد الأول على دفعته".
_RANK_FOLLOWERS = frozenset({"على", "في", "من", "بين", "عالميا", "عربيا", "محليا"})
# Roles of history and letters that stand before a name as a title does, and are never one.
HISTORICAL_ROLES = frozenset({
    "الرحالة", "المؤرخ", "الفقيه", "العلامة", "الفيلسوف", "المتصوف", "الجغرافي", "الخليفة", "الإمام",
    "المحدث", "المفسر", "النحوي", "الشاعر", "الأديب",
})  # fmt: skip
# ... of which those no family name is: "محمد الشاعر"-like and "الإمام" are names too.
_NEVER_NAMES = frozenset({"الرحالة", "المؤرخ", "الفقيه", "العلامة", "الفيلسوف", "المتصوف", "المحدث", "المفسر"})
_ROLE_NISBA_ZIPF = 3.5
_STATES = frozenset({"الدولة", "الخلافة", "السلطنة"})
_EMPIRE = "الإمبراطورية"
# A dynasty's nisba is rare as a word ("العثمانية" 4.2, "العباسية" 3.9); "الأغلبية" (the
# majority) 4.3 is commoner.
_DYNASTY_ZIPF = 4.25
# Kinds of state in "-ية", some as rare as a dynasty's nisba: not a state's name.
_STATE_KINDS = frozenset({
    "العميقة", "الريعية", "الموازية", "البوليسية", "الصهيونية", "العبرية", "اليهودية", "الإسلامية",
    "الدينية", "المدنية", "العلمانية", "القومية", "الوطنية", "الاستعمارية", "الفاشية", "الفاشلة",
    "الديمقراطية", "الاشتراكية", "الشيوعية", "الرأسمالية", "الليبرالية", "الاتحادية", "الفدرالية",
    "الفيدرالية", "المركزية", "الحديثة", "الجديدة", "الناشئة", "المستقلة", "المضيفة", "الراعية",
    "الأمنية", "العسكرية", "الدستورية", "الشمولية", "الاستبدادية", "الرعوية", "الإقطاعية",
    "التسلطية", "الكونفدرالية", "الحارسة", "العضو", "الجارة", "الشقيقة", "الصديقة", "العربية",
    "الأغلبية", "الأقلية", "الإقليمية", "الدولية", "الفلسطينية", "الكردية",
})  # fmt: skip
# Words for a place before a name: "بلدة أبو ..." is a village, "سجن أبو ..." a prison.
_PLACE_WORDS = frozenset({
    "بلدة", "مدينة", "قرية", "مخيم", "حي", "منطقة", "سجن", "جزيرة", "جبل", "شارع", "ميناء", "مطار",
    "معبر", "محافظة", "ولاية", "إقليم", "بلدية", "ضاحية", "مستشفى", "مسجد", "جامع", "مدرسة", "ساحة",
})  # fmt: skip
# Words of history before a state: its reign, founder, fall, capital, rulers, armies.  A
# dynasty's nisba needs one of them or a given name for its stem ("العثمانية"): frequency
# alone does not tell it from a kind of state ("الدولة النفطية", "الدولة الجزرية").
_HISTORY_WORDS = frozenset({
    "عهد", "عصر", "زمن", "أيام", "إبان", "مؤسس", "مؤسسي", "تأسيس", "قيام", "سقوط", "انهيار", "عاصمة",
    "حكم", "حكام", "سلاطين", "ملوك", "خلفاء", "أمراء", "جيوش", "جيش", "أواخر", "أوائل", "تاريخ", "ظل",
})  # fmt: skip
_SAINTS = frozenset({"مولاي", "سيدي"})
# Words after which a saint's name is a town: "in", "near", "the town of".
_AT_A_PLACE = frozenset({"في", "وفي", "ففي", "قرب", "بقرب", "بلدة", "مدينة", "قرية", "ضواحي", "بمدينة", "ببلدة"})
_SAINT_NAME_ZIPF = 4.5
_TOWN_WORD_ZIPF = 3.5


# The words a name of `historical_people` opens with, bare or behind a clitic.
_FIRST_FORMS = clitic_forms(GIVEN_NAMES | _FATHERS | HISTORICAL_ROLES | {_SON, _ABD})


def historical_people(text: str, toks: Sequence[Token]) -> list[Mention]:
    """People named by a kunya or "ابن", by a patronymic chain and its nisbas, by a regnal
    number, or by a historical role and a nisba (PER)."""
    words = [t.text for t in toks]
    out: list[Mention] = []
    i = 0
    for start in trigger_indices(words, _FIRST_FORMS):
        if start < i:
            continue  # inside the name read last
        i = start
        lead, bare = _unclitic(words[i])
        end = None
        if bare == _SON or bare in _FATHERS:
            end = _kunya_end(words, i, bare)
        elif bare in GIVEN_NAMES or (bare == _ABD and i + 1 < len(words) and words[i + 1].startswith("ال")):
            end = _nasab_end(words, i) or _regnal_end(words, i)
        elif bare in HISTORICAL_ROLES and i + 1 < len(words) and _role_nisba(words[i + 1]):
            lead, i, end = 0, i + 1, i + 2
        if end is None:
            continue
        out.append(rule_span(text, toks, i, end, "PER", lead))
        i = end
    return out


def _unclitic(word: str) -> tuple[int, str]:
    """(clitic length, word) of a name's first word: "وابن", "لأبي"; none on a listed word."""
    if word in GIVEN_NAMES or word == _SON or word in _FATHERS or word in HISTORICAL_ROLES:
        return 0, word
    rest = word[1:]
    if word[:1] in CLITICS and (rest in GIVEN_NAMES or rest == _SON or rest in _FATHERS):
        return 1, rest
    return 0, word


def _kunya_end(words: list[str], i: int, bare: str) -> int | None:
    """The end of a name opening with "ابن" or a kunya at `i`, or None."""
    if i > 0 and (words[i - 1] in GIVEN_NAMES or words[i - 1] in _NASAB):
        return None  # inside a longer name the title rules read: "محمد ابن ..."
    if (i > 0 and _unclitic_word(words[i - 1]) in _PLACE_WORDS) or place_end(words, i) is not None:
        return None  # a place named so: "بلدة أبو ..."-like
    if i + 1 < len(words) and bare + words[i + 1] in places_with_extra():
        return None  # a place the gazetteer writes as one word: "أبو ظبي" for "أبوظبي"
    k = i + 1
    if k >= len(words):
        return None
    w = words[k]
    if w == _ABD and k + 1 < len(words) and words[k + 1].startswith("ال"):
        return _chain_end(words, k + 2)  # "أبو عبد الله"
    if w.startswith("ال") and w not in DEFINITE_GIVEN_NAMES:
        if not (w.isalpha() and len(w) > 3 and zipf(w, "ar") < _KUNYA_DEFINITE_ZIPF) or _a_place(w):
            return None
        return _chain_end(words, k + 1)
    if w in DEFINITE_GIVEN_NAMES:
        return _chain_end(words, k + 1)
    if not _kunya_name(w, allow_given=bare != _SON):
        return None
    k += 1
    if bare in _FATHERS and k < len(words) and words[k] in GIVEN_NAMES:
        k += 1  # the kunya, then the given name: "أبو عبد الله محمد"-like
    return _chain_end(words, k)


def _unclitic_word(word: str) -> str:
    return word[1:] if word[:1] in CLITICS and word[1:] in _PLACE_WORDS else word


def _kunya_name(word: str, allow_given: bool) -> bool:
    if word in GIVEN_NAMES:
        return allow_given  # "أبو بكر"-like kunyas; "ابن محمد" is Mohamed's son
    if not name_word(word) or present_verb(word) or verbal_noun(word) or _a_place(word):
        return False
    if _with_pronoun(word):
        return False
    return zipf(word, "ar") < _KUNYA_NAME_ZIPF


def _with_pronoun(word: str) -> bool:
    """ "عمه", "أخته", "شقيقها": a kin word with "his"/"her", no name."""
    for end in ("هما", "هم", "ها", "ه"):
        if word.endswith(end) and len(word) > len(end) + 1 and zipf(word[: -len(end)], "ar") >= 4.0:
            return True
    return word.endswith("ه") and len(word) > 2 and zipf(word[:-1] + "ة", "ar") >= 4.5


def _a_place(word: str) -> bool:
    return word in places_with_extra() or word in STOP_WORDS


def _nasab_end(words: list[str], i: int) -> int | None:
    """The end of "given name + بن + father's name ..." and its nisbas at `i`, or None when
    no "بن" follows the given name."""
    k = i + 2 if words[i] == _ABD else i + 1
    if k >= len(words) or words[k] not in _NASAB:
        return None
    end = _chain_end(words, k)
    return end if end > k else None


def _chain_end(words: list[str], k: int) -> int:
    """The end of a name's chain from `k`: "بن" + a name, nisbas, a regnal number."""
    while k + 1 < len(words) and words[k] in _NASAB:
        nxt = words[k + 1]
        if nxt == _ABD and k + 2 < len(words) and words[k + 2].startswith("ال"):
            k += 3
        elif nxt in GIVEN_NAMES or nxt in DEFINITE_GIVEN_NAMES or (name_word(nxt) and not present_verb(nxt)):
            k += 2
        else:
            break
    n = 0
    while k < len(words) and n < _MAX_NISBAS and _nisba(words[k]):
        k, n = k + 1, n + 1
    if k < len(words) and words[k] in _REGNAL and not _rank(words, k + 1):
        k += 1
    return k


def _nisba(word: str) -> bool:
    """A nisba of tribe or town in a name's chain: definite, in "-ي", rare as a word, and no
    office's, country's or ordinal adjective ("المغربي", "الثاني")."""
    if not (word.startswith("ال") and word.endswith("ي") and len(word) >= 5 and word.isalpha()):
        return False
    if word in OFFICE_ADJECTIVES or word in _REGNAL or word in HISTORICAL_ROLES:
        return False
    if _country_adjective(word):
        return False
    return zipf(word, "ar") < _NISBA_ZIPF


def _country_adjective(word: str) -> bool:
    stem = word[2:-1]
    countries = country_names("ar")
    return any(form in countries for form in (stem, stem + "ا", stem + "يا", stem + "ة", "ال" + stem))


def _regnal_end(words: list[str], i: int) -> int | None:
    """The end of "given name + regnal number" at `i` ("إدريس الثاني"-like), or None."""
    k = i + 2 if words[i] == _ABD else i + 1
    if k + 1 < len(words) and " ".join(words[k : k + 2]) in _TWO_WORD_REGNAL:
        return k + 2
    if k < len(words) and words[k] in _REGNAL and not _rank(words, k + 1):
        return k + 1
    return None


def _rank(words: list[str], k: int) -> bool:
    """An ordinal that is a rank ("الأول على ..."), not a ruler's number."""
    return k < len(words) and words[k] in _RANK_FOLLOWERS


def _role_nisba(word: str) -> bool:
    if not (word.startswith("ال") and word.endswith("ي") and len(word) >= 5 and word.isalpha()):
        return False
    return zipf(word, "ar") < _ROLE_NISBA_ZIPF and not place_adjective(word) and word not in OFFICE_ADJECTIVES


# "الدولة", "الإمبراطورية" ..., bare or behind a clitic.
_STATE_FORMS = clitic_forms(_STATES | {_EMPIRE})


def dynasties(text: str, toks: Sequence[Token]) -> list[Mention]:
    """Historical states named by their dynasty ("الدولة الأموية"-like) or empires (LOC)."""
    words = [t.text for t in toks]
    out: list[Mention] = []
    for i in trigger_indices(words[:-1], _STATE_FORMS):  # an adjective follows the head
        lead, head = _definite_head(words[i])
        if head != _EMPIRE and head not in _STATES:
            continue
        adjective = words[i + 1]
        if head == _EMPIRE and adjective.endswith("ية") and place_adjective(adjective):
            ok = True  # "الإمبراطورية الرومانية": an empire named by its land
        else:
            ok = _dynasty_adjective(adjective) and (_after_a_history_word(words, i) or _named_after_a_name(adjective))
        if ok:
            out.append(rule_span(text, toks, i, i + 2, "LOC", lead))
    return out


def _after_a_history_word(words: list[str], i: int) -> bool:
    before = words[i - 1] if i > 0 else ""
    return before in _HISTORY_WORDS or (before[:1] in CLITICS and before[1:] in _HISTORY_WORDS)


def _named_after_a_name(adjective: str) -> bool:
    """A nisba of a given name: "العثمانية" of "عثمان", "الفاطمية" of "فاطمة"."""
    stem = adjective[2:-2]
    return stem in GIVEN_NAMES or stem + "ة" in GIVEN_NAMES


def _definite_head(word: str) -> tuple[int, str]:
    """(clitic length, head) of "الدولة", "والدولة", "بالدولة", "للدولة"."""
    if word.startswith(("وال", "بال", "فال")):
        return 1, word[1:]
    if word.startswith("لل") and len(word) > 3:
        return 1, "ال" + word[2:]
    return 0, word


def _dynasty_adjective(word: str) -> bool:
    if not (word.startswith("ال") and word.endswith("ية") and len(word) >= 6 and word.isalpha()):
        return False
    if word in _STATE_KINDS or place_adjective(word):
        return False
    return zipf(word, "ar") < _DYNASTY_ZIPF


def saint_towns(text: str, toks: Sequence[Token]) -> list[Mention]:
    """Towns named after a saint, "مولاي" / "سيدي" and a name, after a word of place (LOC)."""
    words = [t.text for t in toks]
    out: list[Mention] = []
    for i in trigger_indices(words[:-1], _SAINTS):
        if i < 1 or words[i - 1] not in _AT_A_PLACE:
            continue
        k = i + 1
        w = words[k]
        if w not in GIVEN_NAMES and (not name_word(w) or present_verb(w) or zipf(w, "ar") >= _SAINT_NAME_ZIPF):
            continue
        k += 1
        if k < len(words) and name_word(words[k]) and zipf(words[k], "ar") < _TOWN_WORD_ZIPF:
            k += 1  # the town's own word after the saint's name
        out.append(rule_span(text, toks, i, k, "LOC"))
    return out


def clean_people(mentions: list[Mention]) -> list[Mention]:
    """`mentions` less the people the title rules read over a historical role ("أملى
    الرحالة": the traveller dictated; "الرحالة" alone wherever the text repeats it)."""
    return [
        m
        for m in mentions
        if m.type != "PER" or not (any(w in _NEVER_NAMES for w in m.text.split()) or _placed(m.text))
    ]


# Words for a place that open no person's name: a title rule's reading over them ("السفير
# البريطاني مخيم X": the British ambassador [visited] camp X) is a place's, left to its rules.
_NEVER_FIRST = frozenset({
    "مخيم", "معبر", "قرية", "بلدة", "مدينة", "محافظة", "سجن", "مطار", "ميناء", "مستشفى", "مسجد", "شارع",
})  # fmt: skip


def _placed(name: str) -> bool:
    return name.split(" ", 1)[0] in _NEVER_FIRST
