"""Arabic given names and family names written with the article, for the Arabic cue rules.

Arabic has no capitals: `script_rules.arabic_people` finds a person after a title.  Two more
cues come from the name itself: a common given name opening it ("خالد الخطيب", "مصطفى
مدبولي"), and a family name written with the article after a given name ("عاصم الجزار",
"محمد النجار") when the word is rare as a common word.

Besides, the word classes that end a name or keep a word out of one, shared by the cue
rules: function words, offices, verbal nouns ("تعزيز") and verbs in the present ("يدعو").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

from storywire.model import EntityType, Mention
from storywire.stages.ner.gazetteer import place_names
from storywire.stages.ner.tokens import Token
from storywire.stages.ner.word_frequency import zipf

# Given names that are seldom a common word in running text (those that open with a letter
# that is also a clitic, "بدر", "فادي", "لؤي", must be listed: else "بدر" is "ب" + "در").
# Left out: those that are as often an adjective or noun ("جمال" beauty, "كريم" generous, "سعيد" happy, "أمل" hope,
# "نور" light, "صالح" suitable, "عادل" just, "باسم" "in the name of", "علي" "on me").
GIVEN_NAMES = frozenset({
    "محمد", "أحمد", "محمود", "مصطفى", "خالد", "عمر", "عمرو", "يوسف", "إبراهيم", "إسماعيل", "حسين",
    "حسام", "طارق", "ياسر", "هشام", "وليد", "عماد", "أيمن", "أسامة", "سامح", "رامي", "سامي", "مجدي",
    "حمدي", "فتحي", "صبري", "ماجد", "فهد", "نايف", "بندر", "فيصل", "زياد", "وائل", "مازن", "رائد",
    "غسان", "إياد", "نزار", "قاسم", "مراد", "عثمان", "بشار", "حازم", "حاتم", "عصام", "عاصم", "تامر",
    "شادي", "هاني", "أشرف", "إيهاب", "علاء", "عبدالله", "عبدالرحمن", "عبدالعزيز", "يحيى", "زكريا",
    "موسى", "عيسى", "سليمان", "داود", "جعفر", "حمزة", "أنس", "معاذ", "بلال", "مهدي", "هادي", "مروان",
    "نبيه", "جبران", "ميشال", "ميشيل", "جورج", "إيلي", "طوني", "بطرس", "فاطمة", "عائشة", "مريم", "زينب",
    "سارة", "ليلى", "هدى", "منى", "نادية", "سميرة", "رانيا", "دينا", "ياسمين", "هبة", "سلمى", "نجلاء",
    "خديجة", "أسماء", "رشا", "ريم", "لينا", "شيماء", "دعاء", "إيمان", "بدر", "باسل", "بسام", "بشير",
    "فادي", "فراس", "فؤاد", "لؤي", "لطفي", "لبنى", "قابوس", "هيثم", "تميم", "سلمان", "منصور", "نواف",
    "وسام", "وجدي", "بهاء", "فوزي", "فايز", "فواز", "فهمي", "لمياء", "بثينة",
    # names of prophets, and common given names that are rare as common words
    "آدم", "إسحاق", "يعقوب", "هارون", "يونس", "أيوب", "نوح", "إلياس", "رشيد", "سمير", "نبيل", "منير",
    "رضا", "كمال", "نضال", "سهيل", "جميل", "رياض", "مؤيد", "نادر", "سعاد", "نوال", "رحاب", "ابتسام",
    # common in Sudan and the Maghreb, rare as words
    "نهى", "بابكر", "إدريس", "حواء", "نفيسة", "سعدية",
    "منصف",  # Tunisia's Moncef (3.7 as "fair", which no family name follows)
    # the Levant's and the Gulf's, rare as words ("هالة" a halo, "سامر" a night's companion)
    "سامر", "هالة", "سناء", "عبير", "غادة",
    "رنا", "ربى", "لانا",  # Jordan's and Palestine's ("رنا" a gaze, "ربى" hills: rare as words)
})  # fmt: skip

# Foreign given names as Arabic news writes them ("فلاديمير بوتين", "إيمانويل ماكرون"): the
# word after one is the family name, however common it is as a word ("بوتين" is frequent).
# Left out: "لولا" (were it not for), "رجب" (a month), "جورجيا" (Georgia), "جون", "كيم".
FOREIGN_GIVEN_NAMES = frozenset({
    "إيمانويل", "دونالد", "فلاديمير", "بنيامين", "أنطونيو", "فولوديمير", "سيرغي", "سيرجي", "أولاف",
    "كامالا", "أنتوني", "بوريس", "أنجيلا", "باراك", "هيلاري", "ريشي", "جاستن", "ناريندرا", "أورسولا",
    "ديمتري", "دميتري", "ماريا", "ماركو", "مايك", "ستيف", "جيروم", "كريستين", "ألكسندر", "نيكولا",
    "جوزيب", "إيلون", "مارين", "تشارلز", "ويليام", "فوميو", "شينزو",
    # common in texts of history and travel; not "جان" (jinn), "ليون" (Lyon) nor "ماري"
    "ونستون", "ألبرت", "إدوارد", "فرانسوا", "شارل", "هنري", "لويس", "جيمس", "روبرت", "توماس", "بيير",
    "ريتشارد", "فيكتور", "ألبير", "بيتر", "كارل", "فريدريش", "هيلموت", "ستيفن", "ميخائيل", "نيكولاس",
    "إرنست", "ثيودور", "فرانكلين", "جوزيف",
})  # fmt: skip
GIVEN_NAMES = GIVEN_NAMES | FOREIGN_GIVEN_NAMES

# Given names news writes with the article, common as words too ("الحسن" the good one,
# "الرشيد" the wise): a stadium, a school or a club is named after them, and after a given
# name they are a father's or a family name ("أحمد الطيب", "محمد الأمين"), common in Sudan.
DEFINITE_GIVEN_NAMES = frozenset({
    "الحسن", "الحسين", "العباس", "الرشيد", "المأمون", "الفيصل", "الزبير", "الطيب", "الأمين", "الهادي",
    "المهدي", "الصادق", "الفاتح", "المعتصم", "الطاهر", "البشير", "النذير", "المختار", "المنصور",
})  # fmt: skip
# ... of which those that are an office with the article ("الأمين العام", the secretary
# general): a name only where a given name opens it, never repeated alone.
OFFICE_DEFINITE_NAMES = frozenset({"الأمين"})

# A definite word after a given name is its family name below this frequency (wordfreq Zipf):
# "الجزار" 3.6, "النجار" 4.0, "الخطيب" 4.3; "الصحفيين" 4.4, "الوزير" 4.7, "الحكومة" 5.6.
_RARE_DEFINITE_ZIPF = 4.4


def definite_family_name(word: str, after_a_title: bool) -> bool:
    """ "الجزار" after "عاصم": the family name, if the word is rare as a common word and names
    no place and no day or month."""
    if not (word.startswith("ال") and len(word) >= 5 and word.isalpha()):
        return False
    if word in place_names("ar") or word in _calendar_words() or word in OFFICE_DEFINITE_NAMES:
        return False
    if word in DEFINITE_GIVEN_NAMES:
        return True  # "الطيب" 4.6, as common as "the good": a given name before it says which
    del after_a_title  # the same bar with or without a title: a given name is cue enough
    return zipf(word, "ar") < _RARE_DEFINITE_ZIPF


def calendar_word(word: str) -> bool:
    """`word` is a weekday or a month ("الأحد", "أيار"): no family name after a given name."""
    return word in _calendar_words()


@functools.cache
def _calendar_words() -> frozenset[str]:
    from storywire.stages.timex.lexicon import lexicon

    lex = lexicon("ar")
    return frozenset(w for w in (*lex.weekdays, *lex.months) if "|" not in w and "(" not in w)


# Adjectives in "-ي" that qualify an office, not a family name after it: "الرئيس التنفيذي"
# (chief executive) is no "President al-Tanfidhi"; a place's adjective is told apart by the
# gazetteer ("الرئيس الروسي").
OFFICE_ADJECTIVES = frozenset({
    "التنفيذي", "الحالي", "المؤقت", "الفخري", "الانتقالي", "الإقليمي", "الشرفي", "الرسمي", "الإعلامي",
    "الجهوي", "الجهوية",  # the Maghreb's "regional" (a regional director, "المدير الجهوي")
    "الصحفي", "القانوني", "الفني", "الطبي", "المالي", "الاقتصادي", "السياسي", "العسكري", "الأمني",
    "التشريعي", "الدبلوماسي", "الإداري", "الجمهوري", "الديمقراطي", "الأممي", "الدولي", "الوطني",
    "المحلي", "العربي", "الأوروبي", "الأفريقي", "الآسيوي", "الإسلامي", "الروحي", "الميداني", "الحكومي",
    "الشعبي", "الثوري", "الملكي", "الإسرائيلي", "الأمريكي", "الأميركي", "الإيراني", "الفلسطيني",
})  # fmt: skip


# Function words and reporting verbs: a name never holds one, so it ends before them.
_STOP_WORDS = (
    "يوم في من على إلى الى أن إن عن مع بعد قبل خلال التي الذي حيث كما قد لم لن هو هي ثم أو بين عند منذ "
    "إنه أنه قال قالت وقال وقالت أكد أعلن هذا هذه ذلك تلك بهذه بهذا لهذا لهذه هؤلاء بشأن حول ضد لدى نحو عبر "
    "قائلا قائلة مضيفا مضيفة كلما "
    # where something stands: "السلطان مولاي إسماعيل أعلى القصبة" (above the kasbah) ends the name
    "أعلى أسفل فوق تحت قرب وسط داخل خارج أمام خلف وراء بجوار قبالة إزاء"
)
STOP_WORDS = frozenset(_STOP_WORDS.split())
# One-letter clitics glued to the next word: "and" (و), "with/in" (ب), "to/for" (ل), "so" (ف).
CLITICS = ("و", "ب", "ل", "ف")


# Verbal nouns (masdars) by their pattern: "تعزيز" (taf'il: strengthening), "تعاون" (tafa'ul),
# "إطلاق" (if'al), "اجتماع" (ifti'al), "انسحاب" (infi'al), "استثمار" (istif'al), "مناقشة"
# (mufa'ala).  After a title or a company's name they are what the sentence says is done
# ("... ولي العهد تعزيز التعاون", "شركة أرامكو توقيع اتفاق"), never a name; a name of the same
# shape is rare as a word ("تيريز") or a given name ("إيهاب", "توفيق" is listed below).
_VERBAL_NOUN_ZIPF = 3.5


def verbal_noun(word: str) -> bool:
    """`word` has the shape of a verbal noun and is common as a word."""
    if word in GIVEN_NAMES or word in _GIVEN_VERBAL_NOUNS or not word.isalpha():
        return False
    n = len(word)
    shaped = (
        (n == 5 and word[0] == "ت" and (word[3] == "ي" or word[2] == "ا"))
        or (n == 5 and word[0] in "إا" and word[3] == "ا")
        or (n == 6 and word[0] == "ا" and word[2] == "ت" and word[4] == "ا")
        or (n == 6 and word.startswith("ان") and word[4] == "ا")
        or (n == 7 and word.startswith("است") and word[5] == "ا")
        or (n == 6 and word[0] == "م" and word[2] == "ا" and word[-1] == "ة")
    )
    return shaped and zipf(word, "ar") >= _VERBAL_NOUN_ZIPF


# Given names of a verbal noun's shape, common as words too ("توفيق": success).
_GIVEN_VERBAL_NOUNS = frozenset({"توفيق", "إسلام", "إحسان", "إكرام", "إنعام", "إيناس", "انتصار", "تغريد"})


# Offices, never part of a name: "السيد رئيس الجمهورية" is "Mr President of the Republic".
_OFFICE_WORDS = "رئيس رئيسة وزير وزيرة نائب مدير محافظ أمين قائد سفير زعيم عضو مستشار ملك أمير شيخ ولي مبعوث"
OFFICES = frozenset(_OFFICE_WORDS.split())
# Offices that are given names too ("أمين" secretary, Amin; "أمير" prince, Amir): after a title
# and before a family name they open a name ("الرئيس التنفيذي أمين الناصر").
OFFICE_GIVEN_NAMES = frozenset({"أمين", "أمير"})


def name_word(word: str) -> bool:
    """`word` may be a part of a name: no article, function word, office or clitic on a common word."""
    if word[:1] in CLITICS and word not in GIVEN_NAMES and zipf(word[1:], "ar") >= 3.5:
        return False  # "لوعده" "to his promise", "وعمره" "and his age": a clitic on a common word
    if not word.isalpha() or word in STOP_WORDS or word in OFFICES or len(word) < 2 or "\u0640" in word:
        return False  # U+0640, the tatweel, draws out a clitic ("لـ"), never a name
    # a definite noun, also behind a clitic (والمستشار، بالمبادرة), is not part of a name
    return not (word.startswith("ال") or (word[:1] in CLITICS and word[1:3] == "ال") or word.startswith("لل"))


# From this frequency a word opening with "ي"/"ت" is a verb in the present ("يدعو", "تعتزم").
_PRESENT_VERB_ZIPF = 3.5


def present_verb(word: str) -> bool:
    """A verb in the present by its prefix and frequency; "تا..." opens loanwords ("تايمز")
    far more often than a verb."""
    return len(word) >= 4 and word[:1] in "يت" and word[1] != "ا" and zipf(word, "ar") >= _PRESENT_VERB_ZIPF


def rule_span(text: str, toks: Sequence[Token], a: int, b: int, etype: EntityType, lead: int = 0) -> Mention:
    """The Arabic rules' mention over toks[a:b], less `lead` characters of clitic at its start."""
    s, e = toks[a].start + lead, toks[b - 1].end
    return Mention(s, e, text[s:e], etype, model="rules:ar", confidence=0.6)


def conjoined(
    words: list[str], j: int, item_end: Callable[[int, int], int | None], most: int
) -> list[tuple[int, int, int]]:
    """(start, end, clitic length) of the names of a list "X وY وZ" opening at `j`, at most
    `most`: `item_end(k, lead)` is the end of the name at `k` (less `lead` letters of "و"), or None."""
    out: list[tuple[int, int, int]] = []
    k = j
    while k < len(words) and len(out) < most:
        lead = 1 if out and words[k][:1] == "و" else 0
        if out and not lead:
            break
        end = item_end(k, lead)
        if end is None:
            break
        out.append((k, end, lead))
        k = end
    return out


def replace_inside(mentions: list[Mention], found: list[Mention]) -> list[Mention]:
    """`mentions` where each of `found` replaces those inside it and crosses none."""
    out = list(mentions)
    for m in found:
        inside = [o for o in out if m.start <= o.start and o.end <= m.end]
        crossing = [o for o in out if o.start < m.end and m.start < o.end and o not in inside]
        if not crossing:
            out = [o for o in out if o not in inside] + [m]
    return sorted(out, key=lambda x: (x.start, x.end))


_TITLE = re.compile(r"«([^«»\n]{1,80})»")


def in_a_title(text: str, s: int, e: int) -> bool:
    """text[s:e] stands inside guillemets among other words: a work's title («X Y»), where
    the guidelines label no name; a name quoted alone («X») is still the name."""
    for q in _TITLE.finditer(text, max(0, s - 82), min(len(text), e + 82)):
        if q.start(1) <= s and e <= q.end(1):
            return text[q.start(1) : q.end(1)].strip() != text[s:e]
    return False
