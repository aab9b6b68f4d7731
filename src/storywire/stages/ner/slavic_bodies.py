"""Ukrainian bodies and regions named by one capitalised word and a lower-case noun.

Ukrainian capitalises only a name's first word: "Національний банк", "Служба безпеки",
"Харківська область".  The rules (rules.py, slavic.py) see a lone capitalised word: an
adjective, typed MISC, or a sentence's first word, dropped as a common word.  What the
name is shows in the noun after it:

- an adjective agreeing with a region noun (область, район, край, округ) is a place
  spanning both words ("Харківську область", "Одеському районі");
- an adjective agreeing with a body's head noun (банк, служба, гвардія, суд, ...) is an
  organisation ("Національний банк", "Верховний суд");
- a body's head noun followed by a noun in the genitive is an organisation ("Служба
  безпеки", "Фонд держмайна").

A country after it stays its own place ("Національний банк" + "України": the news set's
guideline).  Pronouns ("Ця область", "Наш суд") are no adjectives to pymorphy, so they
name nothing here.  Russian is left to natasha, which finds these already ("Курской
области", "Федеральная служба безопасности": checked on the news set).
"""

from __future__ import annotations

import functools
import itertools

from storywire.model import EntityType, Mention
from storywire.stages.ner import morph
from storywire.stages.ner.cues import word_set
from storywire.stages.ner.tokens import is_title, tokenize

LANGUAGES = frozenset({"uk"})
# Lemmas, as pymorphy gives them.
_REGION_NOUNS = word_set("область район край округ регіон")
_BODY_NOUNS = word_set(
    "банк служба гвардія рада суд комітет фонд агентство міністерство прокуратура поліція "
    "палата бюро інспекція комісія академія університет інститут"
)


@functools.lru_cache(maxsize=50_000)
def _noun_lemmas(word: str, language: str) -> frozenset[str]:
    """The dictionary forms of `word` read as a noun ("Ради" -> "рада")."""
    analyzer = morph.analyzer(language)
    if analyzer is None:
        return frozenset()
    return frozenset(str(p.normal_form) for p in analyzer.parse(word.lower()) if p.is_known and p.tag.POS == "NOUN")


def name_kind(first: str, noun: str, language: str) -> EntityType | None:
    """The type of the name "<First> <noun>", or None when the pair names nothing."""
    head = morph.agreeing_noun(first, noun, language)
    if head in _REGION_NOUNS:
        return "LOC"
    if head in _BODY_NOUNS:
        return "ORG"
    if _noun_lemmas(first, language) & _BODY_NOUNS and morph.genitive_noun(noun, language):
        return "ORG"
    return None


def capitalised_bodies(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the names above; one replaces the MISC word it grows from."""
    if language not in LANGUAGES:
        return mentions
    out = list(mentions)
    added = False
    for left, right in itertools.pairwise(tokenize(text)):
        first, noun = left.text, right.text
        if not (is_title(first) and first.isalpha() and noun.isalpha() and noun.islower()):
            continue
        if text[left.end : right.start] != " ":
            continue
        inside = [m for m in out if m.start < right.end and left.start < m.end]
        if any(m.type != "MISC" or m.start < left.start or m.end > right.end for m in inside):
            continue  # a name the rules typed stays as it is
        etype = name_kind(first, noun, language)
        if etype is None:
            continue
        out = [m for m in out if all(m is not o for o in inside)]
        out.append(
            Mention(left.start, right.end, text[left.start : right.end], etype, model="rules:uk", confidence=0.7)
        )
        added = True
    return sorted(out, key=lambda m: (m.start, m.end)) if added else mentions
