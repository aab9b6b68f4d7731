"""The word shapes `arabic_persons` reads a name's words by: a family name with or without the
article, an attribute of God after "عبد", an age in brackets after a name, and the common nouns
(duals, participles' plurals) that look like names but open or end none."""

from __future__ import annotations

from storywire.stages.ner.arabic_lexicon import (
    OFFICE_ADJECTIVES,
    STOP_WORDS,
    definite_family_name,
    name_word,
    present_verb,
    verbal_noun,
)
from storywire.stages.ner.arabic_places import place_adjective
from storywire.stages.ner.word_frequency import zipf

# A family name without the article after a given name is rarer than this ("بورقيبة"-like).
RARE_PLAIN_FAMILY_ZIPF = 4.0
# A participle's sound masculine plural ("مهاجرون", "متظاهرين": "م" + a stem of four letters
# or more) is no first name when its singular is a word this common ("مهاجر" 3.8); the names
# of that ending are shorter ("مأمون", "ميمون") or open otherwise ("سعدون", "حمدين").
_PLURAL_STEM_ZIPF = 3.5
_MIN_PLURAL = 6
# The endings of a verb in the past with "we" and an object pronoun: "التقيناهم" (we met
# them), "استقبلناه": no name ends so.
_VERB_OBJECT_ENDINGS = ("ناه", "ناها", "ناهم", "ناهن", "ناكم")


def dual_noun(word: str) -> bool:
    """A common noun in the dual or a plural in "-ين"/"-ان": "ليلتين" (two nights), "يومين"."""
    if word.endswith(("تين", "تان")):
        stem = word[:-3] + "ة"
    elif word.endswith(("ين", "ان")):
        stem = word[:-2]
    else:
        return False
    return zipf(stem, "ar") >= RARE_PLAIN_FAMILY_ZIPF


def family_word(word: str) -> bool:
    return (
        (name_word(word) or (word.startswith("ال") and word.isalpha() and len(word) > 3))
        and word not in STOP_WORDS
        and not present_verb(word)
        and not verbal_noun(word)
    )


def attribute_word(word: str) -> bool:
    return word.startswith("ال") and word.isalpha() and len(word) > 3


# An age in brackets: "(14 عاما)", "(70 سنة)".
_AGE_WORDS = frozenset({"عاما", "عامًا", "عام", "سنة", "سنوات", "أعوام", "عاماً"})


def age_in_brackets(words: list[str], k: int) -> bool:
    """An age in brackets at `k` ("X Y (14 عاما)"): only a person is given one, so a first
    name that is a common word too ("لين", soft) opens the name before it (round 40)."""
    return (
        k + 3 < len(words)
        and words[k] == "("
        and words[k + 1].isdigit()
        and words[k + 2] in _AGE_WORDS
        and words[k + 3] == ")"
    )


def plural_noun(word: str) -> bool:
    """A participle's sound masculine plural: "مهاجرون" (migrants), "متظاهرين" (protesters)."""
    if not (word.startswith("م") and word.endswith(("ون", "ين")) and len(word) >= _MIN_PLURAL):
        return False
    return zipf(word[:-2], "ar") >= _PLURAL_STEM_ZIPF


def definite_family_word(word: str) -> bool:
    """A definite family name: "-ي" and no place's or office's adjective, or rare as a word."""
    if not (word.startswith("ال") and word.isalpha() and len(word) >= 5) or word.endswith(_VERB_OBJECT_ENDINGS):
        return False
    if word in OFFICE_ADJECTIVES or place_adjective(word):
        return False
    return (word.endswith("ي") and zipf(word, "ar") < 4.5) or definite_family_name(word, after_a_title=False)
