"""Arabic given names and family names written with the article, for the Arabic cue rules.

Arabic has no capitals: `script_rules.arabic_people` finds a person after a title.  Two more
cues come from the name itself: a common given name opening it ("خالد الخطيب", "مصطفى
مدبولي"), and a family name written with the article after a given name ("عاصم الجزار",
"محمد النجار") when the word is rare as a common word.
"""

from __future__ import annotations

import functools

from storywire.stages.ner.gazetteer import place_names
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
})  # fmt: skip

# Foreign given names as Arabic news writes them ("فلاديمير بوتين", "إيمانويل ماكرون"): the
# word after one is the family name, however common it is as a word ("بوتين" is frequent).
# Left out: "لولا" (were it not for), "رجب" (a month), "جورجيا" (Georgia), "جون", "كيم".
FOREIGN_GIVEN_NAMES = frozenset({
    "إيمانويل", "دونالد", "فلاديمير", "بنيامين", "أنطونيو", "فولوديمير", "سيرغي", "سيرجي", "أولاف",
    "كامالا", "أنتوني", "بوريس", "أنجيلا", "باراك", "هيلاري", "ريشي", "جاستن", "ناريندرا", "أورسولا",
    "ديمتري", "دميتري", "ماريا", "ماركو", "مايك", "ستيف", "جيروم", "كريستين", "ألكسندر", "نيكولا",
    "جوزيب", "إيلون", "مارين", "تشارلز", "ويليام", "فوميو", "شينزو",
})  # fmt: skip
GIVEN_NAMES = GIVEN_NAMES | FOREIGN_GIVEN_NAMES

# A definite word after a given name is its family name below this frequency (wordfreq Zipf):
# "الجزار" 3.6, "النجار" 4.0, "الخطيب" 4.3; "الصحفيين" 4.4, "الوزير" 4.7, "الحكومة" 5.6.
_RARE_DEFINITE_ZIPF = 4.4


def definite_family_name(word: str, after_a_title: bool) -> bool:
    """ "الجزار" after "عاصم": the family name, if the word is rare as a common word and names
    no place and no day or month."""
    if not (word.startswith("ال") and len(word) >= 5 and word.isalpha()):
        return False
    if word in place_names("ar") or word in _calendar_words():
        return False
    del after_a_title  # the same bar with or without a title: a given name is cue enough
    return zipf(word, "ar") < _RARE_DEFINITE_ZIPF


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
    "الصحفي", "القانوني", "الفني", "الطبي", "المالي", "الاقتصادي", "السياسي", "العسكري", "الأمني",
    "التشريعي", "الدبلوماسي", "الإداري", "الجمهوري", "الديمقراطي", "الأممي", "الدولي", "الوطني",
    "المحلي", "العربي", "الأوروبي", "الأفريقي", "الآسيوي", "الإسلامي", "الروحي", "الميداني", "الحكومي",
    "الشعبي", "الثوري", "الملكي", "الإسرائيلي", "الأمريكي", "الأميركي", "الإيراني", "الفلسطيني",
})  # fmt: skip


# Function words and reporting verbs: a name never holds one, so it ends before them.
_STOP_WORDS = (
    "يوم في من على إلى الى أن إن عن مع بعد قبل خلال التي الذي حيث كما قد لم لن هو هي ثم أو بين عند منذ "
    "إنه أنه قال قالت وقال وقالت أكد أعلن هذا هذه ذلك تلك بهذه بهذا لهذا لهذه هؤلاء بشأن حول ضد لدى نحو عبر "
    "قائلا قائلة مضيفا مضيفة كلما"
)
STOP_WORDS = frozenset(_STOP_WORDS.split())
# One-letter clitics glued to the next word: "and" (و), "with/in" (ب), "to/for" (ل), "so" (ف).
CLITICS = ("و", "ب", "ل", "ف")
