"""Arabic teams, clubs, sport bodies, channels, newspapers and sponsors by the word before them.

Each rule is a handler called by `arabic_sport` at its trigger word only (a clitic و ب ل ف
before it allowed): (start, end, type, clitic length) of what it finds, over word indexes.

* A team after "فريق": a known place and the rare words of a racing team's name ("فريق X
  ريسينغ"-like), or rare words alone ("فريق ماكلارين"), the cue outside as a title is.  A
  word whose feminine is a common word is the adjective of a kind of team ("فريق طبي",
  "فريق أممي", "فريق نسائي"), and a common word is one ("فريق عمل", "فريق إنقاذ").
* A club after "نادي": a place or rare words, the cue outside ("نادي برشلونة"); with the
  field it serves after "لل" ("نادي X للسيارات والسياحة"-like) the cue belongs to the name
  (the club's registered name, as "هيئة X للسياحة").
* A sport body: a head ("الاتحاد", "اللجنة", "مجلس" ...), a place or the adjectives of its
  country and standing, then a sport after "لل"/"ل" ("الاتحاد الدولي لكرة القدم", "الاتحاد
  X للسيارات والدراجات النارية"), or "الأولمبية", or a place and a sport's adjective ("مجلس
  X الرياضي"); one ORG, its acronym in brackets another.  Motor sport and cycling also name
  trade ("الاتحاد الأوروبي للسيارات" is the EU "on cars"): after a known organisation
  ("الاتحاد الأوروبي") only a sport no trade names counts.
* A channel named by a place and its kind: "قناة X الرياضية" (the cue outside, as for
  "قناة العربية"); a canal has no such adjective.
* A newspaper named by a definite word after "صحيفة"/"جريدة"/"مجلة" ("صحيفة الأهرام"),
  unless the word is a body whose paper it is ("صحيفة الحزب").
* A sponsor after "رعاية مع" or "ترعاه" (sponsored by): a noun and its definite complement
  ("طيران X"-like) or rare words; a firm after "شركة" is `arabic_bodies`'.
"""

from __future__ import annotations

from collections.abc import Callable

from storywire.model import EntityType
from storywire.stages.ner.arabic_athletes import accusative, nationality
from storywire.stages.ner.arabic_companies import company_end
from storywire.stages.ner.arabic_lexicon import OFFICES, STOP_WORDS, name_word, present_verb, verbal_noun
from storywire.stages.ner.arabic_places import place_adjective, place_end
from storywire.stages.ner.gazetteer import org_names
from storywire.stages.ner.word_frequency import zipf

Hit = tuple[int, int, EntityType, int]  # start, end (word indexes), type, clitic letters
Handler = Callable[[list[str], int, int], list[Hit]]

# A word of a team's name is rarer than this as a word ("فيراري" 3.7, "أرسنال" 3.8); "عمل"
# 5.7, "إنقاذ" 4.5 say what the team does.
_TEAM_WORD_ZIPF = 4.0
# ... and a word whose feminine is this common is an adjective ("طبية", "أممية", "نسائية").
_FEMININE_ZIPF = 3.0
_MAX_TEAM_WORDS = 3
_LOANWORD_ZIPF = 2.0
_NISBA_STEM_ZIPF = 3.5

_SPORT_ADJECTIVES = frozenset({"الرياضي", "الرياضية", "الأولمبي", "الأولمبية", "البارالمبية", "البارالمبي"})
_OLYMPIC = frozenset({"الأولمبية", "الأولمبي", "البارالمبية"})
_STANDING = frozenset({
    "العام", "العامة", "العليا", "الأعلى", "الوطني", "الوطنية", "الدولي", "الدولية", "الملكية", "الملكي",
})  # fmt: skip
_MAX_ADJECTIVES = 3
# Sports a body is named for, after "لل" (definite) or "ل" (a noun and its complement).
_SPORTS = frozenset({
    "التنس", "السباحة", "الفروسية", "الرياضات", "الجولف", "الغولف", "الملاكمة", "المصارعة", "الجودو",
    "الكاراتيه", "التايكوندو", "الرماية", "الشطرنج", "الهوكي", "الرجبي", "الرغبي", "الكريكيت",
    "التزلج", "الجمباز", "المبارزة", "الإبحار", "التجديف", "الهجن", "البولينج", "البلياردو",
    "الكيك", "الترايثلون", "الإسكواش", "البادل", "الرياضة",
})  # fmt: skip
# ... and the sports that name a trade too ("... للسيارات": on cars).
_TRADE_SPORTS = frozenset({"السيارات", "الدراجات", "القوارب", "الزوارق", "الطيران", "الصيد"})
_BALL = frozenset({"لكرة", "لألعاب"})  # "لكرة القدم", "لألعاب القوى"
_BODY_HEADS = frozenset({
    "الاتحاد", "اتحاد", "اللجنة", "لجنة", "الرابطة", "رابطة", "الجمعية", "جمعية", "الهيئة", "هيئة",
    "المجلس", "مجلس", "النادي", "الأكاديمية", "أكاديمية", "الجامعة",
})  # fmt: skip
_CLUB = "نادي"
_OPEN, _CLOSE = "(", ")"
_ACRONYM_ZIPF = 4.5

_CHANNEL_KINDS = frozenset({
    "الرياضية", "الإخبارية", "الفضائية", "الأولى", "الثانية", "الثالثة", "الرسمية", "الأرضية", "الدولية",
})  # fmt: skip
_PRESS = frozenset({"صحيفة", "جريدة", "مجلة"})
# Bodies a paper belongs to, not a paper's name: "صحيفة الحزب" (the party's paper).
_OWNERS = frozenset({
    "الحزب", "الحكومة", "الجيش", "الدولة", "الجامعة", "المدرسة", "الوزارة", "الشركة", "النادي", "الجماعة",
    "الحركة", "النظام", "المعارضة", "الكنيسة", "البرلمان",
})  # fmt: skip
_SPONSORED_BY = frozenset({"ترعاه", "ترعاها", "يرعاه", "يرعاها", "ترعاهم", "يرعاهم"})
_SPONSORSHIP, _WITH = "رعاية", frozenset({"مع", "من"})
_CUES_OF_FIRMS = frozenset({"شركة", "مجموعة", "بنك", "مصرف", "مؤسسة"})
_HONORIFICS = frozenset({"صاحب", "سمو", "معالي", "فخامة", "حضرة", "سعادة"})


def _definite(word: str) -> bool:
    return word.startswith("ال") and word.isalpha() and len(word) > 3


def _team_word(word: str) -> bool:
    """A word of a team's or a club's name: rare, no adjective, verb, verbal noun or
    adverbial accusative ("متقدما", ahead)."""
    if not (name_word(word) or _loanword(word)) or present_verb(word) or verbal_noun(word) or accusative(word):
        return False
    if word.endswith("ي") and zipf(word[:-1], "ar") >= _NISBA_STEM_ZIPF:
        return False  # a nisba of a common noun: "أممي" of "أمم", "ميداني" of "ميدان"
    return zipf(word, "ar") < _TEAM_WORD_ZIPF and zipf(word + "ة", "ar") < _FEMININE_ZIPF


def _loanword(word: str) -> bool:
    """A transliteration opening with the letters of a clitic and the article ("فالكونز"-like,
    Falcons): no word of the dictionary, whole or without its first letter."""
    return word.isalpha() and word[1:3] == "ال" and max(zipf(word, "ar"), zipf(word[1:], "ar")) < _LOANWORD_ZIPF


def _team_name_end(words: list[str], j: int) -> int | None:
    """The end of a team's name at `j`: a known place and rare words, or rare words."""
    k = place_end(words, j) or j
    while k < len(words) and k - j < _MAX_TEAM_WORDS and _team_word(words[k]):
        k += 1
    return k if k > j else None


def team(words: list[str], i: int, lead: int) -> list[Hit]:
    """ "فريق X": the team's name, the cue outside; a place alone is no team before the
    work the team does ("فريق X للإنقاذ": a country's rescue team)."""
    j = i + 1
    end = _team_name_end(words, j)
    if end is None or (end == place_end(words, j) and end < len(words) and words[end].startswith("ل")):
        return []
    return [(j, end, "ORG", 0)]


def club(words: list[str], i: int, lead: int) -> list[Hit]:
    """ "نادي X للـ..." whole, or "نادي X" (a place or rare words) without the cue."""
    j = i + 1
    if j >= len(words):
        return []
    name = place_end(words, j) or (j + 1 if _definite(words[j]) else _team_name_end(words, j))
    if name is None:
        return []
    field = _field_end(words, name, any_field=True)
    if field is not None:
        return [(i, field, "ORG", lead), *_acronym(words, field)]
    k = name
    while k < len(words) and k - name < _MAX_ADJECTIVES and words[k] in _SPORT_ADJECTIVES:
        k += 1  # "نادي X الرياضي": the club's full name
    if k > name:
        return [(i, k, "ORG", lead)]
    return [] if _definite(words[j]) else [(j, name, "ORG", 0)]  # a definite club: `arabic_companies`


def body(words: list[str], i: int, lead: int) -> list[Hit]:
    """A sport body by its head, place or adjectives, and sport."""
    j = i + 1
    place = place_end(words, j) if j < len(words) else None
    k = place or j
    while k < len(words) and k - j < _MAX_ADJECTIVES and _body_adjective(words[k]):
        k += 1
    if k == j:
        return []
    head = words[i][lead:]
    known = " ".join([head, *words[j:k]]) in org_names("ar")
    field = _field_end(words, k, any_field=False, trade=not known)
    if field is not None:
        return [(i, field, "ORG", lead), *_acronym(words, field)]
    sporting = any(w in _SPORT_ADJECTIVES for w in words[j:k])
    if (place is not None and sporting and k > place) or any(w in _OLYMPIC for w in words[j:k]):
        return [(i, k, "ORG", lead), *_acronym(words, k)]  # "مجلس X الرياضي", "اللجنة الأولمبية"
    return []


def _body_adjective(word: str) -> bool:
    # a region's adjective too: "الاتحاد الأوروبي لكرة القدم", "الاتحاد العربي للتنس"
    return word in _STANDING or word in _SPORT_ADJECTIVES or nationality(word) or place_adjective(word)


def _field_end(words: list[str], k: int, any_field: bool, trade: bool = True) -> int | None:
    """The end of the field after "لل"/"ل" at `k` and the fields and adjectives joined to it
    ("للسيارات والدراجات النارية", "لكرة القدم"), or None; a sport unless `any_field`."""
    if k >= len(words):
        return None
    w = words[k]
    if w in _BALL and k + 1 < len(words) and _definite(words[k + 1]):
        end = k + 2
    elif w.startswith("لل") and w.isalpha() and len(w) > 4:
        bare = "ال" + w[2:]
        sport = bare in _SPORTS or (trade and bare in _TRADE_SPORTS)
        if not (any_field or sport):
            return None
        end = k + 1
    else:
        return None
    while end < len(words) and end - k <= _MAX_ADJECTIVES:
        nxt = words[end]
        joined = nxt.startswith("وال") and nxt[1:].isalpha() and len(nxt) > 4
        if not (joined or (_definite(nxt) and nxt.endswith(("ي", "ية")) and not nationality(nxt))):
            break
        end += 1  # "والدراجات", "النارية"
    return end


def _acronym(words: list[str], k: int) -> list[Hit]:
    """The acronym in brackets right after a body's name: "(X)"."""
    if k + 2 >= len(words) or words[k] != _OPEN or words[k + 2] != _CLOSE:
        return []
    word = words[k + 1]
    if not word.isalpha() or word.isascii() or word in STOP_WORDS or zipf(word, "ar") >= _ACRONYM_ZIPF:
        return []
    return [(k + 1, k + 2, "ORG", 0)]


def channel(words: list[str], i: int, lead: int) -> list[Hit]:
    """ "قناة X الرياضية": a place and the channel's kind, the cue outside."""
    place = place_end(words, i + 1) if i + 1 < len(words) else None
    if place is None:
        return []
    k = place
    while k < len(words) and k - place < 2 and words[k] in _CHANNEL_KINDS:
        k += 1
    return [(i + 1, k, "ORG", 0)] if k > place else []


def newspaper(words: list[str], i: int, lead: int) -> list[Hit]:
    """ "صحيفة X": a definite name (or a place of several words), the cue outside."""
    j = i + 1
    if j >= len(words) or not _definite(words[j]) or words[j] in _OWNERS or nationality(words[j]):
        return []
    place = place_end(words, j)
    if place is not None and place > j + 1:
        return [(j, place, "ORG", 0)]  # a region's name: "الشرق الأوسط"-like
    nxt = words[j + 1] if j + 1 < len(words) else ""
    if _definite(nxt) and not nationality(nxt):
        return []  # "صحيفة الحزب الحاكم": a phrase, not a paper's name
    return [(j, j + 1, "ORG", 0)]


def sponsor(words: list[str], i: int, lead: int) -> list[Hit]:
    """The sponsor after "رعاية مع" or "ترعاه": a noun and its definite complement, or rare
    words; a firm after its cue or of the table is `arabic_bodies`'."""
    j = i + 1
    if words[i][lead:] == _SPONSORSHIP:
        if j >= len(words) or words[j] not in _WITH:
            return []
        j += 1
    if j >= len(words):
        return []
    first = words[j]
    if first in _CUES_OF_FIRMS or company_end(words, j) is not None or first in _HONORIFICS:
        return []
    if first in OFFICES or first in STOP_WORDS or not name_word(first) or present_verb(first):
        return []
    nxt = words[j + 1] if j + 1 < len(words) else ""
    if _definite(nxt) and not nationality(nxt) and not verbal_noun(first):
        return [(j, j + 2, "ORG", 0)]  # "طيران X"-like: an airline, a bank
    end = _team_name_end(words, j)
    return [(j, end, "ORG", 0)] if end is not None else []


# trigger word -> handler; a clitic (و ب ل ف) before a trigger is tried too
TRIGGERS: dict[str, Handler] = {
    "فريق": team,
    _CLUB: club,
    **dict.fromkeys(_BODY_HEADS - {_CLUB}, body),
    "قناة": channel,
    **dict.fromkeys(_PRESS, newspaper),
    _SPONSORSHIP: sponsor,
    **dict.fromkeys(_SPONSORED_BY, sponsor),
}
