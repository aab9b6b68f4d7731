"""Arabic names of companies and football clubs that news writes with no cue word.

"أعلنت بوينغ" (Boeing announced), "فاز الأهلي على الزمالك" (al-Ahly beat Zamalek): nothing
in the sentence says these are organisations, so a modest table names the best-known ones.
The list is general knowledge (the largest listed companies and the flag carriers of the Arab
world, the world's best-known firms as Arabic news spells them, and the top-flight football
clubs of Egypt, Saudi Arabia, the Gulf, the Levant and the Maghreb); it was not drawn from
any evaluation text.  Names that are also common words ("شل" paralysis, "نيسان" April,
"زين") are left out: after a cue word they are found by `arabic_bodies` ("شركة زين").

A club's name is mostly a common word too ("الأهلي" national, "النصر" victory, "الهلال"
crescent, "الزمالك" a Cairo district), so a club is named only in a sentence about a match
(a word of football in it: "مباراة", "الدوري", "الكأس", "بهدفين"), or after "نادي" (club),
which stays outside the span as a title does ("نادي الأهلي" -> "الأهلي"), and never when
a definite word follows that makes it a phrase ("الهلال الأحمر", the Red Crescent), nor
after a word for a town ("بمدينة العين": the town of al-Ain, in a sentence about football).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from storywire.model import Mention
from storywire.stages.ner.arabic_lexicon import CLITICS, DEFINITE_GIVEN_NAMES, GIVEN_NAMES
from storywire.stages.ner.arabic_places import places_with_extra
from storywire.stages.ner.arabic_triggers import clitic_forms, trigger_indices
from storywire.stages.ner.tokens import Token
from storywire.stages.ner.word_frequency import zipf

_COMPANIES = (
    # Gulf and Arab companies, airlines
    "أرامكو", "أرامكو السعودية", "سابك", "أدنوك", "إعمار", "موانئ دبي العالمية", "معادن", "المراعي",
    "موبايلي", "أوريدو",
    "طيران الإمارات", "طيران الخليج", "طيران ناس", "طيران الرياض", "طيران الشرق الأوسط", "فلاي دبي",
    "العربية للطيران", "الاتحاد للطيران", "مصر للطيران", "الخطوط الجوية القطرية", "القطرية للطيران",
    "الخطوط الجوية السعودية", "الخطوط السعودية", "الخطوط الملكية المغربية", "الملكية الأردنية",
    "الخطوط الجوية التركية", "أوراسكوم", "طلعت مصطفى", "الخطوط التونسية", "الخطوط الجوية الجزائرية",
    "سوناطراك", "نفط الكويت", "قطر للطاقة",
    # the world's best-known firms as Arabic news writes them
    "بوينغ", "بوينج", "إيرباص", "إيرباس", "أبل", "آبل", "غوغل", "جوجل", "مايكروسوفت", "أمازون", "تسلا",
    "ميتا", "فيسبوك", "إنفيديا", "نفيديا", "سامسونغ", "سامسونج", "هواوي", "شاومي", "تويوتا", "هيونداي",
    "فولكس فاغن", "مرسيدس", "سوني", "إكسون موبيل", "توتال", "توتال إنرجيز", "غازبروم", "روسنفت",
    "نستله", "بي إم دبليو", "أوبن إيه آي", "إنتل", "علي بابا", "تيك توك", "بلاك روك", "غولدمان ساكس",
)  # fmt: skip

# A definite body's head: a table name with the article after it is the body's adjective.
_DEFINITE_BODIES = frozenset({"الهيئة", "المؤسسة", "الجمعية", "الأكاديمية", "اللجنة", "المجلس", "المفوضية"})

_CLUBS = (
    # Egypt
    "الأهلي", "الزمالك", "الإسماعيلي", "بيراميدز", "الاتحاد السكندري", "المقاولون العرب",
    # Saudi Arabia
    "الهلال", "النصر", "الاتحاد", "الشباب", "الاتفاق", "التعاون", "الفتح", "الفيحاء", "القادسية",
    # the Gulf
    "العين", "الوصل", "شباب الأهلي", "الوحدة", "الجزيرة", "السد", "الدحيل", "الريان", "الغرافة",
    # the Levant and Iraq
    "الفيصلي", "الوحدات", "الزوراء", "الأنصار", "النجمة", "الجيش السوري",
    # the Maghreb
    "الرجاء", "الوداد", "الترجي", "النجم الساحلي", "الصفاقسي", "مولودية الجزائر", "شبيبة القبائل",
    "وفاق سطيف", "الرجاء البيضاوي", "الوداد البيضاوي", "الترجي الرياضي",
)  # fmt: skip

# Words of football: one in a sentence makes a club's name there a club.
_SPORT_WORDS_TEXT = (
    "مباراة مباراته المباراة مباريات الدوري دوري الكأس كأس بهدفين هدفين بثلاثية ملعب الملعب نادي لاعب لاعبي "
    "اللاعب مدرب المدرب بطولة البطولة تعادل الشوط ركلات المنتخب الفريق فريق الهداف بركلات التأهل"
)
_SPORT_WORDS = frozenset(_SPORT_WORDS_TEXT.split())
# The verbs of a result, as a headline writes it with no word of football ("الأهلي يهزم
# الزمالك"): a match only between two of the table's clubs, as "تغلب الاتحاد على خلافاته" (the
# union overcame its disputes) is no match.
_RESULT_VERB_WORDS = "يهزم هزم يتغلب تغلب يكتسح اكتسح يسحق سحق يتعادل يفوز فاز يقصي أقصى يعبر"
_RESULT_VERBS = frozenset(_RESULT_VERB_WORDS.split())
_CLUBS_IN_A_RESULT = 2
# A definite word this rare before a town names a club of it; commoner ones are a patron's
# given name ("الحسين") or no club.
_RARE_CLUB_ZIPF = 3.5
_CLUB_CUES = frozenset({"نادي", "لنادي", "ونادي", "بنادي", "فنادي"})
# Words of a town before a club's name: "مدينة العين" is the town.
_PLACE_CUES = frozenset({"مدينة", "بمدينة", "لمدينة", "ومدينة", "ولاية", "محافظة", "بمحافظة"})
# A ministry or its minister before a club's name: the word is the ministry's field ("وزارة
# الشباب": the ministry of youth), no club.
_MINISTRY_CUES = clitic_forms({"وزارة", "وزير", "وزيرة"})
_SENTENCE_END = re.compile(r"[.!?؟\n]")


@functools.cache
def _table(names: tuple[str, ...]) -> dict[str, list[tuple[str, ...]]]:
    """Names by their first word, longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for name in names:
        words = tuple(name.split())
        out.setdefault(words[0], []).append(words)
    for variants in out.values():
        variants.sort(key=len, reverse=True)
    return out


def _match(table: dict[str, list[tuple[str, ...]]], words: list[str], i: int) -> tuple[int, int] | None:
    """(bare start offset in the first word, end index) of a table name at `i`, a clitic
    (و ب ل ف) before it allowed."""
    first = words[i]
    for lead, bare in ((0, first), (1, first[1:] if first.startswith(CLITICS) else "")):
        for name in table.get(bare, ()):
            if tuple(words[i + 1 : i + len(name)]) == name[1:]:
                return lead, i + len(name)
    return None


def company_end(words: list[str], i: int) -> int | None:
    """The end index of the table's company named at `i` (no clitic), or None."""
    hit = _match(_table(_COMPANIES), words, i)
    return hit[1] if hit is not None and hit[0] == 0 else None


def _close(sentence: list[int], words: list[str], sports: set[int]) -> list[int]:
    """Mark a finished sentence's tokens if a word of football is among them, or a verb of a
    result with two clubs of the table."""
    if any(words[k] in _SPORT_WORDS or words[k][1:] in _SPORT_WORDS for k in sentence):
        sports.update(sentence)
    elif any(words[k] in _RESULT_VERBS for k in sentence):
        clubs = _table(_CLUBS)
        if sum(_match(clubs, words, k) is not None for k in sentence) >= _CLUBS_IN_A_RESULT:
            sports.update(sentence)
    return []


def companies_and_clubs(text: str, toks: Sequence[Token]) -> list[Mention]:
    """Companies from the table anywhere; clubs from the table in a sentence about football
    or after "نادي"; and any definite word after "نادي" ("نادي الشرطة" -> "الشرطة")."""
    words = [t.text for t in toks]
    companies, clubs = _table(_COMPANIES), _table(_CLUBS)
    sports: set[int] = set()  # token indexes in a sentence with a word of football
    sentence: list[int] = []
    ends = iter(hit.end() for hit in _SENTENCE_END.finditer(text))
    end = next(ends, len(text))
    for k, tok in enumerate(toks):  # one pass: sentences in order
        while tok.start >= end:
            sentence = _close(sentence, words, sports)
            end = next(ends, len(text) + 1)
        sentence.append(k)
    _close(sentence, words, sports)
    out: list[Mention] = []
    town_clubs: set[str] = set()
    i = 0
    for start in _openings(words, sports):
        if start < i:
            continue  # inside the name read last
        i = start
        hit = _match(companies, words, i)
        if hit is not None and i > 0 and words[i - 1] in _DEFINITE_BODIES and words[i].startswith("ال"):
            hit = None  # "الهيئة الملكية X-ية": the body's adjective (royal), not the airline
        cued = i > 0 and words[i - 1] in _CLUB_CUES
        ministry = i > 0 and words[i - 1] in _MINISTRY_CUES  # "وزارة الشباب والرياضة": its field
        if hit is None and (i in sports or cued) and not (i > 0 and words[i - 1] in _PLACE_CUES) and not ministry:
            hit = _match(clubs, words, i)  # "بمدينة العين": the town, not its club
            if hit is not None and hit[1] < len(words) and words[hit[1]].startswith("ال") and not cued:
                hit = None  # "الهلال الأحمر", "الاتحاد الأوروبي": a phrase, not the club
        if hit is None and cued and words[i].startswith("ال") and len(words[i]) > 3 and words[i].isalpha():
            k = i + 1  # "نادي الشرطة": any club after the word for club, with its adjectives
            while k < len(words) and k - i <= 2 and words[k].startswith("ال") and words[k].endswith(("ي", "ية")):
                k += 1
            hit = (0, k)
        if hit is None and i in sports and _club_of_a_town(words, i):
            hit = (0, i + 2)  # "الحسين إربد"-like: a club named by a patron and its town
            town_clubs.add(words[i])
        if hit is None:
            continue
        s, e = toks[i].start + hit[0], toks[hit[1] - 1].end
        out.append(Mention(s, e, text[s:e], "ORG", model="rules:ar", confidence=0.6))
        i = hit[1]
    return out + _club_repeats(text, toks, town_clubs, out)


@functools.cache
def _first_forms() -> frozenset[str]:
    """The first words of the table's companies and clubs, bare or behind a clitic."""
    return clitic_forms(_table(_COMPANIES).keys() | _table(_CLUBS).keys())


def _openings(words: list[str], sports: set[int]) -> list[int]:
    """The indices where a company or a club may open, in order: a table name's first word,
    a word after "نادي", or a definite word in a sentence about football (a town's club)."""
    firsts = trigger_indices(words, _first_forms())
    after_cue = [i + 1 for i in trigger_indices(words[:-1], _CLUB_CUES)]
    definite_in_sport = [i for i in sports if words[i].startswith("ال")]
    return sorted({*firsts, *after_cue, *definite_in_sport})


def _club_of_a_town(words: list[str], i: int) -> bool:
    """A definite given name or a word rare as one, then a known town with no article: a
    club of that town ("الحسين إربد"-like), in a sentence about football."""
    w = words[i]
    if i + 1 >= len(words) or not (w.startswith("ال") and w.isalpha() and len(w) > 3) or w in _SPORT_WORDS:
        return False
    if not (w in DEFINITE_GIVEN_NAMES or w[2:] in GIVEN_NAMES or zipf(w, "ar") < _RARE_CLUB_ZIPF):
        return False
    town = words[i + 1]
    return not town.startswith("ال") and places_with_extra().get(town) == "LOC"


def _club_repeats(text: str, toks: Sequence[Token], clubs: set[str], found: list[Mention]) -> list[Mention]:
    """A town's club named again by its first word alone ("... ليحقق الحسين فوزه")."""
    taken = [(m.start, m.end) for m in found]
    out: list[Mention] = []
    for tok in toks:
        lead = 1 if tok.text[:1] in CLITICS and tok.text[1:] in clubs else 0
        if (lead or tok.text in clubs) and all(tok.end <= s or tok.start >= e for s, e in taken):
            s = tok.start + lead
            out.append(Mention(s, tok.end, text[s : tok.end], "ORG", model="rules:ar", confidence=0.6))
    return out
