"""Arabic towns no list holds, by the known places they are listed with.

* A word between two known places in a list joined by "و" is a place too: "X وY وZ" with X
  and Z known towns names Y one ("الجديدة"-like names are first an adjective, "new"); a
  definite adjective of a place ("والمصرية") or a word of an office is no town.
* A word after a preposition of place and before "و" and a known place is one when no
  dictionary holds it: "نحو X والرباط" (towards X and Rabat).  Its first letter is the
  name's own, not a clitic: a preposition takes no second one ("نحو ب..." is no Arabic), so
  "برشيد"-like names are read whole, not as "ب" + a town.  A Maghrebi compound opens such a
  list too: "في باب X وY" (a prefix, "باب", "بئر", "عين" ..., and a name).
* Two or three such words joined by "و" after a preposition of place and closed by a known
  place ("بين X وY وZ", Z known) are all towns.
* The last word of such a list, after "و" and a known place that is itself listed ("في X
  وY وZ", Y known), is a town when no dictionary holds it (`arabic_communes.town_end`); so
  is the second of two after a preposition of place ("في X وY", X known, round 40) or after a
  plural noun of places in the construct state ("في أسواق X وY", the markets of X and Y).
* A past verb of the form af'ala in the feminine ("وأعيدت", "وأرسلت") is no town, though rare
  enough in its passive reading to pass the dictionary's bar.
"""

from __future__ import annotations

from collections.abc import Sequence

from storywire.model import Mention
from storywire.stages.ner.arabic_communes import PREFIXES, town_end
from storywire.stages.ner.arabic_lexicon import OFFICES, STOP_WORDS, rule_span, verbal_noun
from storywire.stages.ner.arabic_places import place_adjective, place_end
from storywire.stages.ner.tokens import Token
from storywire.stages.ner.word_frequency import zipf

_AND = "و"
_PLACE_PREPOSITIONS = frozenset({"نحو", "إلى", "الى", "من", "في", "بين", "عبر", "قرب", "حتى"})
# Plural nouns of places in the construct state open a list of towns as a preposition does
# ("في أسواق X وY": the markets of X and Y; "قرى X وY").
_PLACE_CONSTRUCTS = frozenset({"أسواق", "مدن", "قرى", "بلدات", "محافظات", "ولايات", "مناطق"})
# A word after a preposition is a town below this frequency (no dictionary's word).
_UNKNOWN_ZIPF = 2.5
_PLURAL_ENDINGS = ("ات", "ين", "ون")
_MAX_PLACE_WORDS = 3
_MAX_UNKNOWN_RUN = 3


def listed_towns(text: str, toks: Sequence[Token]) -> list[Mention]:
    """Towns named in a list with known places (LOC), a clitic "و" outside the span."""
    words = [t.text for t in toks]
    out: list[Mention] = []
    for k in range(1, len(words)):
        if _last_of_list(words, k):
            out.append(rule_span(text, toks, k, k + 1, "LOC", 1))
            continue
        run = _unknown_run(words, k)
        if run:
            out += [rule_span(text, toks, j, j + 1, "LOC", 0 if j == k else 1) for j in run]
            continue
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if not (nxt.startswith(_AND) and place_end([nxt[1:], *words[k + 2 :]], 0) is not None):
            continue
        w = words[k]
        if w.startswith(_AND) and _town_word(w[1:]) and _ends_a_place(words, k):
            out.append(rule_span(text, toks, k, k + 1, "LOC", 1))
        elif words[k - 1] in _PLACE_PREPOSITIONS and _town_word(w) and zipf(w, "ar") < _UNKNOWN_ZIPF:
            out.append(rule_span(text, toks, k, k + 1, "LOC"))
        elif (
            k > 1
            and words[k - 2] in _PLACE_PREPOSITIONS
            and words[k - 1] in PREFIXES
            and town_end(words, k - 1) == k + 1
        ):
            out.append(rule_span(text, toks, k - 1, k + 1, "LOC"))  # "في باب X وY"
    return out


def _unknown_run(words: list[str], k: int) -> list[int]:
    """The words of "PREP X وY (وZ) وKNOWN" from `k`: two or three words no dictionary holds
    joined by "و" after a preposition of place and closed by a known place ("بين X وY وZ"):
    a list of towns no list holds, each read by the known one that ends it; [] otherwise."""
    if words[k - 1] not in _PLACE_PREPOSITIONS or not _unknown_town(words[k]):
        return []
    run, j = [k], k + 1
    while j < len(words) and len(run) < _MAX_UNKNOWN_RUN and words[j].startswith(_AND):
        if place_end([words[j][1:], *words[j + 1 :]], 0) is not None:
            return run if len(run) > 1 else []  # one word before the known place: the rule below
        if not _unknown_town(words[j][1:]):
            return []
        run.append(j)
        j += 1
    if j < len(words) and words[j].startswith(_AND) and place_end([words[j][1:], *words[j + 1 :]], 0) is not None:
        return run
    return []


def _unknown_town(word: str) -> bool:
    return _town_word(word) and zipf(word, "ar") < _UNKNOWN_ZIPF and place_end([word], 0) is None


def _last_of_list(words: list[str], k: int) -> bool:
    """words[k] is "و" and a word no dictionary holds, after a known place of one word behind
    "و" ("... وY وZ", Y known): the list's last town."""
    w = words[k]
    # ... or after a preposition of place and one known place: "في X وY" (round 40, two towns)
    after_preposition = k > 1 and (words[k - 2] in _PLACE_PREPOSITIONS or words[k - 2] in _PLACE_CONSTRUCTS)
    if not (w.startswith(_AND) and k > 0 and (words[k - 1].startswith(_AND) or after_preposition)):
        return False
    bare = w[1:]
    if not _town_word(bare) or zipf(bare, "ar") >= _UNKNOWN_ZIPF or place_end([bare], 0) is not None:
        return False
    previous = words[k - 1][1:] if words[k - 1].startswith(_AND) else words[k - 1]
    return place_end([previous], 0) is not None and town_end(words, k, lead=1) == k + 1


def _ends_a_place(words: list[str], k: int) -> bool:
    """A known place ends at words[k - 1] (one to three words, "و" before its first)."""
    for n in range(1, min(_MAX_PLACE_WORDS, k) + 1):
        first = words[k - n]
        rest = words[k - n + 1 : k]
        for bare in {first, first[1:] if first.startswith(_AND) else first}:
            if place_end([bare, *rest], 0) == n:
                return True
    return False


def _town_word(word: str) -> bool:
    """A word that may name a town: no function word, office, place's adjective, plural or
    verbal noun."""
    if not word.isalpha() or len(word) < 3 or word in STOP_WORDS or word in OFFICES:
        return False
    if place_adjective(word) or word.endswith(_PLURAL_ENDINGS):
        return False
    if len(word) == len("أفعلت") and word[0] == "أ" and word[-1] == "ت":
        return False  # "وأعيدت تعبئته": a past verb of the form af'ala, feminine ("it was re-packed")
    return not verbal_noun(word[2:] if word.startswith("ال") else word)
