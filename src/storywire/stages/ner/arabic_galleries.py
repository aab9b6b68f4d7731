"""Arabic art-market and heritage news: galleries and auction houses by their quoted names,
old souks named after a family, and a town's historic quarter.

* A gallery or an auction house quoted after its kind word ("غاليري «X»", "دار مزادات «X»"):
  the name between the marks is ORG, the kind word and the marks outside (the settled
  convention for galleries, as for a choir's or a hotel's quoted name).  The same quoted name
  alone later in the text ("«X» لم يدرج ...") is that gallery again, ORG.
* A souk named after a family or a founder: "سوق" (indefinite) and a definite word in "-ي"
  ("سوق ال...ي"), LOC with its kind word (the settled "سوق X"); a genitive after "سوق" in
  "-ي" is else a broken plural ("سوق المواشي", the livestock market: "-اشي", "-اضي") or a
  region's adjective, which are no names.
* A town's historic or old quarter: a place the rules read and "التاريخية" / "القديمة" after
  it is one place ("X التاريخية", without a kind word such as "منطقة" before it).  A feminine
  noun before the town ("قمة X التاريخية", "معاهدة X التاريخية": the historic summit or
  treaty) owns the adjective, and nothing is read.

Each rule looks only at a paragraph holding its trigger (a quotation mark, "سوق", the
adjective).
"""

from __future__ import annotations

from collections.abc import Sequence

from storywire.model import Mention
from storywire.stages.ner.arabic_lexicon import rule_span
from storywire.stages.ner.arabic_parties import quoted_name_end
from storywire.stages.ner.arabic_places import place_adjective
from storywire.stages.ner.arabic_triggers import clitic_forms, head_after_clitic, trigger_indices
from storywire.stages.ner.claimed_spans import added_over_shorter
from storywire.stages.ner.tokens import Token

# Galleries' kind words as Arabic news spells the loanword, and the auction house's "دار مزادات".
_GALLERIES = frozenset({"غاليري", "جاليري", "كاليري", "غالري"})
_HOUSE, _AUCTIONS = "دار", frozenset({"مزادات", "المزادات"})
_OPENING = {"«": "»", '"': '"', "“": "”"}
_MAX_QUOTED = 3
_SOUK = "سوق"
# Market adjectives that may follow "سوق" in loose writing ("سوق مالي"); never a souk's name.
_MARKET_ADJECTIVES = frozenset({"المالي", "العقاري", "النفطي", "المحلي", "العالمي", "الدولي", "الإسلامي", "الحر"})
_QUARTER_ADJECTIVES = frozenset({"التاريخية", "القديمة"})
# Kind words before a town that the quarter's adjective may qualify: they stay out of the span.
_TOWN_KINDS = frozenset({"منطقة", "مدينة", "بلدة", "وسط", "قلب", "أحياء", "أسواق"})
_FORMS = clitic_forms(_GALLERIES | {_HOUSE, _SOUK})


def gallery_mentions(text: str, toks: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """`mentions` with quoted galleries and auction houses, family souks and historic quarters:
    each replaces the shorter mentions it holds whole and is dropped where it cuts one."""
    words = [t.text for t in toks]
    found = _quoted(text, toks, words) + _souks(text, toks, words)
    if not _QUARTER_ADJECTIVES.isdisjoint(words):
        found += _quarters(text, toks, words, mentions)
    return added_over_shorter(mentions, found)


def _quoted(text: str, toks: Sequence[Token], words: list[str]) -> list[Mention]:
    """Galleries' and auction houses' quoted names, then the same names quoted alone."""
    out: list[Mention] = []
    names: set[tuple[str, ...]] = set()
    for i in trigger_indices(words, _FORMS):
        _, head = head_after_clitic(words[i], _GALLERIES | {_HOUSE})
        j = i + 1
        if head == _HOUSE:
            if j >= len(words) or words[j] not in _AUCTIONS:
                continue
            j += 1
        elif not head:
            continue
        end = _quote(words, j)
        if end is not None:
            out.append(rule_span(text, toks, j + 1, end, "ORG"))
            names.add(tuple(words[j + 1 : end]))
    if names:
        taken = {m.start for m in out}
        for j, w in enumerate(words):
            end = _quote(words, j) if w in _OPENING else None
            if end is not None and tuple(words[j + 1 : end]) in names and toks[j + 1].start not in taken:
                out.append(rule_span(text, toks, j + 1, end, "ORG"))
    return out


def _quote(words: list[str], j: int) -> int | None:
    """The index of the closing mark of a short name quoted at `j`, or None."""
    if j >= len(words) or words[j] not in _OPENING:
        return None
    return quoted_name_end(words, j + 1, _OPENING[words[j]], _MAX_QUOTED)


def _souks(text: str, toks: Sequence[Token], words: list[str]) -> list[Mention]:
    out: list[Mention] = []
    for i in trigger_indices(words[:-1], _FORMS):
        lead, head = head_after_clitic(words[i], frozenset({_SOUK}))
        if head and _family_word(words[i + 1]):
            out.append(rule_span(text, toks, i, i + 2, "LOC", lead))
    return out


def _family_word(word: str) -> bool:
    """A definite word in "-ي" naming a family: no broken plural ("-اشي"), region's adjective
    or market adjective."""
    if not (word.startswith("ال") and word.endswith("ي") and len(word) >= 6 and word.isalpha()):
        return False
    return word[-3] != "ا" and word not in _MARKET_ADJECTIVES and not place_adjective(word)


def _quarters(text: str, toks: Sequence[Token], words: list[str], mentions: list[Mention]) -> list[Mention]:
    """A place the rules read and a quarter's adjective right after it, as one LOC."""
    starts = {t.start: n for n, t in enumerate(toks)}
    ends = {t.end: n for n, t in enumerate(toks)}
    out: list[Mention] = []
    for m in mentions:
        a, b = starts.get(m.start, starts.get(m.start - 1)), ends.get(m.end)  # "بجدة": a clitic
        if m.type != "LOC" or a is None or b is None or b + 1 >= len(words) or words[b + 1] not in _QUARTER_ADJECTIVES:
            continue
        before = words[a - 1] if a > 0 else ""
        if before.endswith("ة") and before not in _TOWN_KINDS:
            continue  # "قمة X التاريخية": the summit is historic, not the town
        s = m.start
        out.append(Mention(s, toks[b + 1].end, text[s : toks[b + 1].end], "LOC", model="rules:ar", confidence=0.8))
    return out
