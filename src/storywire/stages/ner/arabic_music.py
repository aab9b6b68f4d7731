"""Arabic music and stage news: orchestras, choirs and troupes, and the venues they play in.

* An orchestra is a body named by its kind word and adjectives: "الأوركسترا الوطنية X-ية"
  (a country's or a city's adjective among them, so "الأوركسترا السيمفونية" alone, a kind of
  orchestra, is no name), or "أوركسترا" + a known place and its adjectives ("أوركسترا X
  السيمفونية"); ORG, a one-letter clitic outside.
* A choir or a troupe quoted after its kind word ("جوقة «X»", "فرقة «X»"): the name between
  the marks is ORG, the kind word and the marks outside (as a channel's or a hotel's).
* An ancient amphitheatre, a venue: "المدرج" + an adjective of its age ("المدرج الروماني"),
  LOC; "المدرج" alone is a stadium's stand or a runway.
* A cultural centre named after a patron ("مركز X الثقافي"): the venue a concert is
  performed in, LOC with its kind word and adjective (the settled convention for venues).
* A palace of culture named by its quarter or patron ("قصر ثقافة X", Egypt's cultural
  centres): where shows are held, LOC with both kind words, as a cultural centre above.
* A desert region named by its country ("البادية X-ية"): LOC.

Each rule looks only at the paragraphs holding its kind word.
"""

from __future__ import annotations

from collections.abc import Sequence

from storywire.model import EntityType, Mention
from storywire.stages.ner.arabic_lexicon import STOP_WORDS, rule_span
from storywire.stages.ner.arabic_parties import quoted_name_end
from storywire.stages.ner.arabic_places import place_adjective, place_end
from storywire.stages.ner.arabic_triggers import clitic_forms, head_after_clitic, trigger_indices
from storywire.stages.ner.claimed_spans import added_over_shorter
from storywire.stages.ner.tokens import Token
from storywire.stages.ner.word_frequency import zipf

_ORCHESTRA_DEFINITE = "الأوركسترا"
_ORCHESTRA = "أوركسترا"
_MAX_ADJECTIVES = 4
_TROUPES = frozenset({"جوقة", "كورال", "فرقة", "كورس"})
_OPENING = {"«": "»", '"': '"', "“": "”"}
_MAX_QUOTED = 4
_AMPHITHEATRE = "المدرج"
# The adjectives of an ancient theatre's age or builders; not a side ("المدرج الشمالي" is a
# stadium's stand as well).
_AGES = frozenset({"الروماني", "اليوناني", "الأثري", "البيزنطي", "النبطي", "الإغريقي"})
_CENTRE = "مركز"
_CULTURAL = "الثقافي"
_MAX_PATRON_WORDS = 4
_BADIA = "البادية"
_PALACE = "قصر"
_CULTURE = "ثقافة"
_RARE_QUARTER_ZIPF = 3.5

_HEADS = frozenset({_ORCHESTRA_DEFINITE, _ORCHESTRA, *_TROUPES, _AMPHITHEATRE, _CENTRE, _BADIA, _PALACE})
_FORMS = clitic_forms(_HEADS)


def music_mentions(text: str, toks: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """`mentions` with orchestras, choirs, amphitheatres, cultural centres and desert regions
    added: each replaces the shorter mentions it holds whole and is dropped where it cuts one."""
    return added_over_shorter(mentions, _found(text, toks, [t.text for t in toks]))


def _found(text: str, toks: Sequence[Token], words: list[str]) -> list[Mention]:
    out: list[Mention] = []
    for i in trigger_indices(words, _FORMS):
        lead, head = head_after_clitic(words[i], _HEADS)  # not behind "لل": no span opens inside it
        found = _one(toks, words, i, head) if head else None
        if found is not None:
            etype, a, b = found
            out.append(rule_span(text, toks, a, b, etype, lead if a == i else 0))
    return out


def _one(toks: Sequence[Token], words: list[str], i: int, head: str) -> tuple[EntityType, int, int] | None:
    """(type, start, end) of the name `head` opens at `i`, or None."""
    j = i + 1
    if head == _ORCHESTRA_DEFINITE:
        end = _adjectives_end(words, j)
        if end > j and any(place_adjective(w) for w in words[j:end]):
            return "ORG", i, end
        return None
    if head == _ORCHESTRA:
        k = place_end(words, j)
        return ("ORG", i, _adjectives_end(words, k)) if k is not None else None
    if head in _TROUPES:
        if j + 1 < len(words) and words[j] in _OPENING and toks[j].end == toks[j + 1].start:
            closed = quoted_name_end(words, j + 1, _OPENING[words[j]], _MAX_QUOTED)
            if closed is not None:
                return "ORG", j + 1, closed
        return None
    if head == _AMPHITHEATRE:
        return ("LOC", i, j + 1) if j < len(words) and words[j] in _AGES else None
    if head == _CENTRE:
        k = j
        while k < len(words) and k - j < _MAX_PATRON_WORDS and _patron_word(words[k]):
            k += 1
        return ("LOC", i, k + 1) if k > j and k < len(words) and words[k] == _CULTURAL else None
    if head == _PALACE:
        named = j + 1 < len(words) and words[j] == _CULTURE and _patron_word(words[j + 1])
        if not named or place_adjective(words[j + 1]):
            return None
        # a quarter's definite name or a rare word; "قصر ثقافة وفن" is a palace of culture and art
        w = words[j + 1]
        return ("LOC", i, j + 2) if w.startswith("ال") or zipf(w, "ar") < _RARE_QUARTER_ZIPF else None
    if head == _BADIA and j < len(words) and place_adjective(words[j]):
        return "LOC", i, j + 1
    return None


def _adjectives_end(words: list[str], k: int) -> int:
    """The end of up to four definite adjectives in "-ي"/"-ية" from `k` ("الوطنية الأردنية")."""
    start = k
    while k < len(words) and k - start < _MAX_ADJECTIVES:
        w = words[k]
        if not (w.startswith("ال") and w.isalpha() and len(w) > 4 and w.endswith(("ي", "ية"))):
            break
        k += 1
    return k


def _patron_word(word: str) -> bool:
    """A word of a patron's name: letters, no function word, not the centre's adjective, no
    field after "لل" ("مركز للتدريب": a centre for training)."""
    return word.isalpha() and word not in STOP_WORDS and word != _CULTURAL and not word.startswith("لل")
