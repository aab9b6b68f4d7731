"""Polish case forms of names back to their nominative, by suffix rules.

Polish declines every name, foreign ones included: "w Rosji", "do Kairu", "z Erdoğanem",
"spotkanie Donalda Trumpa".  No lemmatiser ships for Polish names, so the endings are undone
here.  Places: each rule proposes a nominative and the gazetteer decides (a proposal that
names no place costs nothing).  People: only endings that no nominative name has are undone
on their own ("-em", "-owi", "-skiego"); the genitive "-a" needs the whole name to agree.
"""

from __future__ import annotations

import itertools

# (ending, replacement) for one word of a place name, most specific first.  Feminine nouns
# (Rosja, Ukraina, Kanada, Praga, Ameryka), masculine (Kair, Bejrut, Kijów, Damaszek),
# plurals (Chiny, Niemcy, Węgry, Indie) and the adjectives of two-word names (Korea
# Północna, Stany Zjednoczone, Nowy Jork, Bliski Wschód).
_PLACE_RULES: tuple[tuple[str, str], ...] = (
    ("owie", "ów"), ("owa", "ów"), ("owem", "ów"),  # Kijowie, Charkowa -> Kijów, Charków
    ("odzie", "ód"), ("odu", "ód"),  # Wschodzie -> Wschód
    ("czech", "cy"), ("szech", "chy"), ("rzech", "ry"),  # Niemczech, Włoszech, Węgrzech
    ("iach", "ie"), ("ach", "y"), ("om", "y"), ("ami", "y"), ("ów", "y"),  # Indiach, Chinach, Stanów
    ("ji", "ja"), ("ii", "ia"), ("ję", "ja"), ("ją", "ja"), ("ię", "ia"), ("ią", "ia"),  # Rosji, Syrii
    ("rze", "ra"), ("rze", "r"),  # Ankarze, Kairze
    ("dzie", "da"), ("dzie", "d"),  # Kanadzie, Bagdadzie
    ("szcie", "szt"), ("cie", "ta"), ("cie", "t"),  # Bukareszcie, Dżakarcie, Bejrucie
    ("sce", "ska"), ("ce", "ka"), ("dze", "ga"), ("zie", "za"),  # Polsce, Ameryce, Pradze, Gazie
    ("ku", "ek"),  # Damaszku -> Damaszek
    ("ic", "ice"), ("yc", "yce"),  # towns named in the plural, genitive: Katowic, Gliwic -> Katowice
    ("iej", "a"), ("ej", "a"), ("ych", "e"), ("ego", "y"), ("iego", "i"), ("ym", "y"), ("im", "i"),
    ("ie", "a"), ("ie", ""), ("y", "a"), ("i", "a"), ("ą", "a"), ("ę", "a"),  # Moskwie, Pekinie, Kanady
    ("i", ""), ("y", ""),  # Białorusi -> Białoruś (the gazetteer's key folds the accent)
    ("u", ""), ("a", ""), ("em", ""),  # Kairu, Berlina, Pekinem
)  # fmt: skip
_MAX_COMBINATIONS = 64


def _word_forms(word: str) -> list[str]:
    """The word and the nominatives its ending allows, in rule order, without repeats."""
    out = [word]
    low = word.lower()
    for ending, replacement in _PLACE_RULES:
        if low.endswith(ending) and len(word) - len(ending) >= 2:
            form = word[: len(word) - len(ending)] + replacement
            if form not in out:
                out.append(form)
    return out


def place_nominatives(name: str) -> list[str]:
    """Candidate nominatives of a (possibly inflected) Polish place name, the name itself
    excluded: "Rosji" -> [..., "Rosja", ...]; "Stanach Zjednoczonych" -> [..., "Stany
    Zjednoczone", ...].  Most are no place; the caller keeps those the gazetteer knows."""
    words = name.split()
    if not words or len(words) > 3:
        return []
    combos = itertools.islice(itertools.product(*(_compound_forms(w) for w in words)), _MAX_COMBINATIONS)
    return [" ".join(c) for c in combos if " ".join(c) != name]


def _compound_forms(word: str) -> list[str]:
    """A word's forms, a hyphenated town's declined in each part ("Bielska-Białej" ->
    "Bielsko-Biała"; its first part often a neuter in -o: "Bielska" -> "Bielsko")."""
    parts = word.split("-")
    if len(parts) != 2 or not all(parts):
        return _word_forms(word)
    first = _word_forms(parts[0])
    if parts[0].endswith("a"):
        first.append(parts[0][:-1] + "o")
    combos = itertools.islice(itertools.product(first, _word_forms(parts[1])), _MAX_COMBINATIONS)
    return [word, *("-".join(c) for c in combos if "-".join(c) != word)]


# Endings of a person's name that no nominative has, with what replaces them.
_PERSON_RULES: tuple[tuple[str, str], ...] = (
    ("skiego", "ski"), ("skiemu", "ski"), ("ckiego", "cki"), ("ckiemu", "cki"),
    ("kiego", "ki"), ("kiemu", "ki"), ("giego", "gi"), ("giemu", "gi"),  # Morawieckiego
    ("skim", "ski"), ("ckim", "cki"), ("kim", "ki"),  # Kaczyńskim
    ("skiej", "ska"), ("ckiej", "cka"), ("ską", "ska"), ("cką", "cka"),
    ("owi", ""),  # Putinowi
    ("kiem", "k"), ("giem", "g"),  # Tuskiem
)  # fmt: skip
_VOWELS = frozenset("aąeęioóuy")
# Feminine given names that end in a consonant and -a, like a masculine genitive (Donalda).
_FEMININE_GIVEN = frozenset({
    "anna", "ursula", "kamala", "angela", "olena", "jelena", "halina", "irena", "bożena", "marzena",
    "elżbieta", "beata", "agata", "dorota", "jolanta", "małgorzata", "renata", "marta", "edyta", "iwona",
    "ilona", "magdalena", "helena", "karolina", "ewelina", "paulina", "justyna", "katarzyna", "krystyna",
    "martyna", "aleksandra", "sandra", "barbara", "klara", "tamara", "wiera", "ludmiła", "swietłana", "olga",
    "ewa", "iga", "jadwiga", "greta", "teresa", "kaja", "maja", "nina", "alina", "larysa", "raisa",
})  # fmt: skip
# Feminine surname endings: "Maria Zacharowa" is a nominative, not a genitive.
_FEMININE_SURNAME = ("owa", "ewa", "iowa", "ska", "cka", "dzka", "aja")


def _unambiguous(token: str) -> str:
    low = token.lower()
    for ending, replacement in _PERSON_RULES:
        if low.endswith(ending) and len(token) - len(ending) >= 3:
            return token[: len(token) - len(ending)] + replacement
    if len(token) >= 6 and low.endswith("em") and low[-3] not in _VOWELS:
        return token[:-2]  # instrumental: Putinem, Erdoğanem, Siergiejem (not "Salem")
    if len(token) >= 4 and low[-1] in "ąę" and low[-2] not in _VOWELS:
        return token[:-1] + "a"  # Dudą, Dudę, Ursulą
    return token


def _masculine_genitive(tokens: list[str]) -> bool:
    """ "Donalda Trumpa", "Władimira Putina", "Joe Bidena": every declined word ends in a
    consonant and -a, no given name is a feminine one, the surname no feminine form."""
    low = [t.lower() for t in tokens]
    surname = low[-1]
    if len(surname) < 4 or not surname.endswith("a") or surname[-2] in _VOWELS:
        return False
    if surname.endswith(_FEMININE_SURNAME):
        return False
    for given in low[:-1]:
        if given in _FEMININE_GIVEN:
            return False
        if given.endswith("a") and given[-2] in _VOWELS:
            return False  # Maria, Giorgia: feminine nominatives
        if not given.endswith("a") and given[-1] not in _VOWELS:
            return False  # a consonant-final given name is a nominative: "Donald Tuska"? no
    return True


_GENITIVE_SURNAME = ("kiego", "giego")


def _given_nominative(given: str) -> str:
    low = given.lower()
    if low.endswith("a") and low[-2] not in _VOWELS and low not in _FEMININE_GIVEN:
        return given[:-1]
    return given


def person_nominative(tokens: list[str]) -> list[str]:
    """A Polish person's name in the nominative: "Recepem Tayyipem Erdoğanem" -> "Recep
    Tayyip Erdoğan", "Donalda Trumpa" -> "Donald Trump"; a lone "Putina" stays (the caller
    asks the article whether "Putin" is one of its people)."""
    out = [_unambiguous(t) for t in tokens]
    if len(out) < 2:
        return out
    if out == tokens and _masculine_genitive(out):
        return [t[:-1] if t.lower().endswith("a") else t for t in out]
    if tokens[-1].lower().endswith(_GENITIVE_SURNAME):  # "Mateusza Morawieckiego"
        return [_given_nominative(t) for t in out[:-1]] + out[-1:]
    return out


def person_stems(token: str) -> list[str]:
    """Nominatives a lone declined surname may stand for: "Putina" -> ["Putin"], "Dudy" ->
    ["Duda"], "Putinie" and "Putinem" -> ["Putin"]; confirmed only by a full name in the same
    article."""
    if token.count("-") == 1 and all(token.split("-")):
        # a double surname declines its first part, or both ("Zawadę-Nowak", "Kowalskiej-Nowak")
        first, second = token.split("-")
        seconds = [second, *person_stems(second)]
        return [f"{a}-{b}" for a in [first, *person_stems(first)] for b in seconds if f"{a}-{b}" != token]
    low = token.lower()
    out: list[str] = []
    sure = _unambiguous(token)
    if sure != token:
        out.append(sure)  # "Putinem", "Putinowi"
    if len(token) >= 4:
        if low.endswith("a") and low[-2] not in _VOWELS:
            out.append(token[:-1])
        if low.endswith("ie"):
            out.append(token[:-2])
        if low.endswith("u") and low[-2] not in _VOWELS:
            out.append(token[:-1])
        if low.endswith("y") and low[-2] not in _VOWELS:
            out.append(token[:-1] + "a")
        # a mobile "e" before the last consonant: "Mrozka", "Mrozkowi" -> "Mrozek", "Wróbla" -> "Wróbel"
        for ending in ("a", "u", "owi", "iem", "em"):
            stem = token[: -len(ending)]
            if (
                low.endswith(ending)
                and len(stem) >= 3
                and low[len(stem) - 1] in "klc"
                and low[len(stem) - 2] not in _VOWELS
            ):
                out.append(stem[:-1] + "e" + stem[-1])
    return out
