"""Arabic newspapers and channels a speaker talks to, named in quotation marks after "لـ".

"وقال X لـ"Y" إن ..." (X told Y that ...): the quoted name after "لـ" (to) is the outlet the
speaker talked to, an organisation, even where the name is also a region's ("الشرق
الأوسط") or a common phrase.  A verb of speech before it within a few words ("قال",
"صرحت", with "و" or "ف" on it) or a word for an interview ("في تصريح لـ", "في حديث لـ")
says so; without one the quotation may be a slogan or a work's title ("دعا لـ"..."",
"وفقا لـ"..."" after a plan's name), and nothing is read.  The quotation marks stay outside
the span, as the guidelines keep a newspaper's name without them.
"""

from __future__ import annotations

from collections.abc import Sequence

from storywire.model import Mention
from storywire.stages.ner.arabic_lexicon import STOP_WORDS, present_verb, rule_span
from storywire.stages.ner.tokens import Token

# "لـ" (to) as the tokenizer leaves it before a quotation mark, with or without the tatweel.
_TO = frozenset({"لـ", "ل"})
_OPENING = frozenset({'"', "«", "“"})
_CLOSING = frozenset({'"', "»", "”"})
# Verbs of speech in the past, masculine and feminine (a clitic "و"/"ف" is stripped).
_SPEECH_WORDS = (
    "قال قالت صرح صرحت أكد أكدت أوضح أوضحت أضاف أضافت كشف كشفت أفاد أفادت ذكر ذكرت أشار أشارت "
    "تحدث تحدثت روى روت اعترف اعترفت"
)
_SPEECH = frozenset(_SPEECH_WORDS.split())
# Words for what is said to an outlet: "في تصريح لـ"Y"", "في حديث خاص لـ"Y"".
_INTERVIEW_WORDS = "تصريح تصريحات حديث مقابلة لقاء حوار تصريحه تصريحها حديثه حديثها خاص خاصة"
_INTERVIEWS = frozenset(_INTERVIEW_WORDS.split())
# "that" with its pronouns: the reported clause opens, the speech verb is behind it.
_THAT = frozenset({"إن", "أن", "إنه", "أنه", "إنها", "أنها", "إنهم", "أنهم", "إننا", "أننا", "إنني", "أنني"})
# How far back (words) the verb of speech may stand: "وقالت (name of three words) لـ", and a
# title of two words before a name of two (round 40: "وقال مدير المعهد X Y لـ«...»"), and of
# three ("وقال رئيس مجلس إدارتها X Y لـ«...»", the chairman of its board).
_MAX_BACK = 6
_MAX_QUOTED = 4
# A name's "بن"/"بنت" (son/daughter of) adds two words to it: "وقال رئيس الجمعية X بن Y Z لـ«...»"
# has the verb seven words back.
_NASAB = frozenset({"بن", "بنت"})
# Words that make the quotation a clause, not a name.
_CLAUSE_WORDS = frozenset({"نحن", "أنا", "هو", "هي", "لا", "ما", "لن", "لم", "ليس", "قد", "سوف", "كان", "كانت"})


def told_outlets(text: str, toks: Sequence[Token]) -> list[Mention]:
    """Outlets in quotation marks after "لـ" and a verb of speech (ORG)."""
    words = [t.text for t in toks]
    out: list[Mention] = []
    for i, w in enumerate(words[:-2]):
        if w not in _TO or words[i + 1] not in _OPENING or not _spoken_before(words, i):
            continue
        end = _quote_end(words, i + 2)
        if end is not None:
            out.append(rule_span(text, toks, i + 2, end, "ORG"))
    return out


def _spoken_before(words: list[str], i: int) -> bool:
    """A verb of speech or a word for an interview within a few words before `i`, only the
    speaker's name between: no punctuation, function word, "that" or verb ("وقالت إنها
    تعود لـ"..."": she said she returns to, a quotation of her own)."""
    opened = _apposition_start(words, i)
    if opened is not None:
        i = opened  # "وقال X، رئيس مجلس إدارة الشركة، لـ«...»": the speaker's office between commas
    back = _MAX_BACK + 2 * sum(w in _NASAB for w in words[max(0, i - _MAX_BACK - 4) : i])
    for k in range(i - 1, max(-1, i - 1 - back), -1):
        w = words[k]
        bare = w[1:] if w[:1] in ("و", "ف") and w[1:] in _SPEECH else w
        if bare in _SPEECH or w in _INTERVIEWS:
            return True  # before the verb test: "تصريح" has a present verb's shape
        if not w.isalpha() or w in STOP_WORDS or w in _THAT or present_verb(w):
            return False
    return False


_COMMAS = frozenset({"،", ","})
_MAX_APPOSITION = 6


def _apposition_start(words: list[str], i: int) -> int | None:
    """Where an office set off by commas right before `i` opens (the index of its first
    comma), or None: up to six words of a title, no verb, "that" or function word."""
    if i < 2 or words[i - 1] not in _COMMAS:
        return None
    for k in range(i - 2, max(-1, i - 3 - _MAX_APPOSITION), -1):
        w = words[k]
        if w in _COMMAS:
            return k if k < i - 2 else None
        if not w.isalpha() or w in STOP_WORDS or w in _THAT or present_verb(w):
            return None
    return None


def _quote_end(words: list[str], j: int) -> int | None:
    """The index of the closing mark of a short name opening at `j`, or None: up to four
    words, no function word, pronoun or verb in the present."""
    k = j
    while k < len(words) and words[k] not in _CLOSING:
        w = words[k]
        if k - j >= _MAX_QUOTED or not w.isalpha() or w in STOP_WORDS or w in _CLAUSE_WORDS or present_verb(w):
            return None
        k += 1
    return k if j < k < len(words) else None
