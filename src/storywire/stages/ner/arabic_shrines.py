"""Arabic shrines, old markets and mosques of an old town, by the word that says what they are.

* A shrine: "العتبة" and its own adjective, rare as a word ("العتبة الحسينية"-like, "-ية" of
  the saint buried there), with "المقدسة" (holy) after it when written; "العتبة الانتخابية"
  (the electoral threshold) is a common phrase, too frequent to be a name.  "ضريح" and
  "مرقد" (a tomb) and the name of whom they hold, as a landmark's (`arabic_landmarks.name_end`).
* An old market: "سوق" and a definite name rare as a word ("سوق الحميدية"-like), its
  adjectives of age or size after it ("القديم"); a market of a kind ("سوق العمل", "سوق
  الأسهم") is no place, and a market named by its city is the exchange
  (`arabic_institutions`: "سوق دبي المالي").
* A mosque or a church named by an indefinite word rare as a word, its founder's name
  ("جامع X"-like, coral, "Marjan"): `arabic_landmarks` takes a definite word, a place or a
  given name; a common word after "جامع" is its adjective ("comprehensive").

Each is a place (LOC), its head inside the span, a clitic (و ب ل ف) outside.
"""

from __future__ import annotations

from collections.abc import Sequence

from storywire.model import Mention
from storywire.stages.ner.arabic_landmarks import name_end
from storywire.stages.ner.arabic_lexicon import (
    CLITICS,
    DEFINITE_GIVEN_NAMES,
    GIVEN_NAMES,
    OFFICES,
    STOP_WORDS,
    name_word,
    present_verb,
    rule_span,
    verbal_noun,
)
from storywire.stages.ner.arabic_places import extra_place_names
from storywire.stages.ner.arabic_triggers import clitic_forms, trigger_indices
from storywire.stages.ner.gazetteer import prominent_place_names
from storywire.stages.ner.tokens import Token
from storywire.stages.ner.word_frequency import zipf

_SHRINE = "العتبة"
_HOLY = frozenset({"المقدسة"})
_TOMBS = frozenset({"ضريح", "مرقد"})
# Titles of whom a tomb holds, before a given name written with or without the article.
_HOLY_TITLES = frozenset({"الإمام", "الشيخ", "السيد", "السيدة", "النبي", "الولي"})
_MARKET = "سوق"
_MOSQUES = frozenset({"جامع", "مسجد", "كنيسة"})
_HEADS = _TOMBS | _MOSQUES | {_SHRINE, _MARKET}
# A shrine's adjective is rare as a word: "الحسينية" 3.5, "العباسية" 3.9; "الانتخابية" 4.6.
_SHRINE_ADJECTIVE_ZIPF = 4.0
# An old market's name is rarer than the kinds of market ("الذهب" 4.9, "الأسهم", "العمل").
_MARKET_NAME_ZIPF = 3.5
# Kinds of market rare enough to pass the bar: bonds, currencies, transfers, the black market.
_MARKET_KINDS = frozenset({
    "السندات", "العملات", "الانتقالات", "السوداء", "الصرف", "العقارات", "المستعمل",
    "الرساميل", "الأموال", "الرأسمال", "السلع", "المشتقات", "الأداء",  # capital, funds, payments
})  # fmt: skip
_MARKET_ADJECTIVES = frozenset({"القديم", "القديمة", "الكبير", "المسقوف", "الشعبي"})
# A mosque's indefinite name is rare as a word: "X" (coral) 3.4-like; "شامل" is commoner.
_FOUNDER_ZIPF = 4.0
# A saint's title opens a longer name ("كنيسة مار X"), which a founder's word would cut.
_SAINTS = frozenset({"مار", "القديس", "القديسة"})


# The heads, bare or behind a clitic (`_head`): a name here opens at one of them only.
_HEAD_FORMS = clitic_forms(_HEADS)


def shrines(text: str, toks: Sequence[Token]) -> list[Mention]:
    """Shrines, tombs, old markets and mosques named by a rare word (LOC)."""
    words = [t.text for t in toks]
    out: list[Mention] = []
    i = 0
    for start in trigger_indices(words[:-1], _HEAD_FORMS):  # a name follows the head
        if start < i:
            continue  # inside the name read last
        i = start
        lead, head = _head(words[i])
        end = _end(words, i + 1, head) if head else None
        if end is None:
            continue
        out.append(rule_span(text, toks, i, end, "LOC", lead))
        i = end
    return out


def _head(word: str) -> tuple[int, str]:
    """(clitic length, head) of `word`: "بسوق", "والعتبة" ("و" + "العتبة"), "للعتبة"."""
    if word in _HEADS:
        return 0, word
    if word[:1] in CLITICS and word[1:] in _HEADS:
        return 1, word[1:]
    if word.startswith("لل") and "ال" + word[2:] == _SHRINE:
        return 1, _SHRINE
    return 0, ""


def _end(words: list[str], j: int, head: str) -> int | None:
    w = words[j]
    if head == _SHRINE:
        if not (_definite(w) and w.endswith("ية") and zipf(w, "ar") < _SHRINE_ADJECTIVE_ZIPF):
            return None
        return j + 2 if j + 1 < len(words) and words[j + 1] in _HOLY else j + 1
    if head in _TOMBS:
        if w in _HOLY_TITLES and j + 1 < len(words) and _holy_name(words[j + 1]):
            return j + 2  # "ضريح الإمام X", X a definite given name the landmarks leave out
        return name_end(words, j)
    if head == _MARKET:
        # (a market named by a city is its exchange: "سوق دبي"; a small town's name is the old
        # market's own: "سوق الحميدية")
        city = w in prominent_place_names("ar") or w in extra_place_names()
        if not _definite(w) or w in _MARKET_KINDS or city or zipf(w, "ar") >= _MARKET_NAME_ZIPF:
            return None
        k = j + 1
        return k + 1 if k < len(words) and words[k] in _MARKET_ADJECTIVES else k
    # a mosque or a church and its founder's name, no article
    if not name_word(w) or w in OFFICES | _SAINTS or w in STOP_WORDS or present_verb(w) or verbal_noun(w):
        return None
    if w.endswith(("ي", "ية", "ة")) or len(w) < 3 or zipf(w, "ar") >= _FOUNDER_ZIPF:
        return None  # an adjective ("مسجد صغير", "جامع شامل") or a common noun
    return j + 1


def _holy_name(word: str) -> bool:
    return word in GIVEN_NAMES or word in DEFINITE_GIVEN_NAMES or (word.startswith("ال") and word[2:] in GIVEN_NAMES)


def _definite(word: str) -> bool:
    return word.startswith("ال") and word.isalpha() and len(word) > 4
