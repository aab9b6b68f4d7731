"""Arabic market news: an exchange named by its country, and firms named in a pair.

* "البورصة المصرية" (the Egyptian exchange), "السوق المالية السعودية": the exchange and the
  adjective of its country are one ORG.  Without the adjective it is any exchange ("ارتفعت
  أسهم البورصة").
* "سهمي البنك الأهلي وزين" (the shares of the two firms ...), "شركتي أرامكو وسابك": a noun in
  the dual governs two names joined by "و", whatever words they are ("زين" is also
  "beautiful", "فوري" "immediate"): the second is a firm's name.  The first is named too
  when it is one word; a longer one ends where the text does not say, and is left to the
  other rules ("البنك التجاري الدولي" is the gazetteer's).
* "معرض X للسيارات" (X's car showroom): the dealer, "X للسيارات", ORG, the cue out.
"""

from __future__ import annotations

from collections.abc import Sequence

from storywire.model import Mention
from storywire.stages.ner.arabic_lexicon import CLITICS, STOP_WORDS, rule_span, verbal_noun
from storywire.stages.ner.arabic_places import place_adjective, places_with_extra
from storywire.stages.ner.arabic_triggers import clitic_forms, trigger_indices
from storywire.stages.ner.tokens import Token

_EXCHANGES = frozenset({"البورصة"})
_MARKET = ("السوق", "المالية")  # "السوق المالية السعودية"
# Duals in the construct state: "the two shares of", "the two companies of", "the two banks of".
_PAIR_WORDS = frozenset({"سهمي", "شركتي", "مصرفي", "بنكي"})
_MAX_FIRST = 4


# A dealer's showroom, "معرض X للسيارات": the trade name is X and the goods it sells behind
# "لل", the cue out as "شركة" is; only goods a dealer sells, as "معرض X للكتاب" is a fair.
_SHOWROOM = "معرض"
_GOODS = frozenset({
    "للسيارات", "للمركبات", "للأثاث", "للمفروشات", "للأجهزة", "للإلكترونيات", "للمجوهرات", "للذهب",
    "للدراجات", "للسجاد", "للموبيليا",
})  # fmt: skip
_MAX_TRADE_NAME = 2

# The words above that open a name or a pair, bare or behind a clitic.
_CUE_FORMS = clitic_forms(_EXCHANGES | {_MARKET[0]} | _PAIR_WORDS | {_SHOWROOM})


def market_names(text: str, toks: Sequence[Token]) -> list[Mention]:
    """Exchanges named by their country, firms named in a pair after a dual, showrooms."""
    words = [t.text for t in toks]
    out: list[Mention] = []

    def add(a: int, b: int, lead: int = 0) -> None:
        out.append(rule_span(text, toks, a, b, "ORG", lead))

    for i in trigger_indices(words, _CUE_FORMS):
        bare, lead = _without_clitic(words[i])
        after = i + 2 if (bare, words[i + 1] if i + 1 < len(words) else "") == _MARKET else i + 1
        if (bare in _EXCHANGES or after == i + 2) and after < len(words) and place_adjective(words[after]):
            add(i, after + 1, lead)
        elif words[i].endswith(_SHOWROOM):
            end = _showroom_end(words, i + 1)
            if end is not None:
                add(i + 1, end)
        elif bare in _PAIR_WORDS:
            for a, b, lead_b in _pair(words, i + 1):
                add(a, b, lead_b)
    return out


def _showroom_end(words: list[str], j: int) -> int | None:
    """The end of "X للسيارات" after "معرض" at `j` - 1: one or two name words, then the goods."""
    for k in range(j + 1, min(j + 1 + _MAX_TRADE_NAME, len(words))):
        if words[k] in _GOODS:
            names = words[j:k]
            ok = all(_firm_word(w) and not place_adjective(w) for w in names)
            return k + 1 if ok and not places_with_extra().get(" ".join(names)) else None
    return None


def _without_clitic(word: str) -> tuple[str, int]:
    """`word` without a clitic on its article ("بالبورصة", "للبورصة") or on itself ("لسهمي")."""
    if word.startswith(("وال", "بال", "فال")):
        return word[1:], 1
    if word.startswith("لل") and len(word) > 3:
        return "ال" + word[2:], 0  # the article's alef is gone: the span keeps the word whole
    if word[:1] in CLITICS and word[1:] in _PAIR_WORDS:
        return word[1:], 1
    return word, 0


def _pair(words: list[str], j: int) -> list[tuple[int, int, int]]:
    """The names of a pair after a dual at `j` - 1, as (start, end, clitic length): the word
    after "و", and the first name if it is one word."""
    if j >= len(words) or not _firm_word(words[j]):
        return []  # "سهمي في الشركة": "my share in the company", no pair
    for k in range(j + 1, min(j + 1 + _MAX_FIRST, len(words))):
        w = words[k]
        if not w.isalpha() or w in STOP_WORDS:
            return []
        if w.startswith("و") and len(w) > 2 and _firm_word(w[1:]):
            pair = [(k, k + 1, 1)]
            return [(j, j + 1, 0), *pair] if k == j + 1 and _firm_word(words[j]) else pair
    return []


def _firm_word(word: str) -> bool:
    return word.isalpha() and len(word) >= 2 and word not in STOP_WORDS and not verbal_noun(word)
