"""Football clubs that the news names, as it names them: full and short names, and the case
forms of Polish, Russian and Ukrainian ("Lecha", "Legii", "Зенита", "Шахтаря").

Two kinds.  A club whose name is no place and no common word ("Arsenal", "Juventus", "Legia",
"Зенит") is the club wherever it is capitalised.  A club named like its city or region or by a
word of the language ("Napoli", "Bayern", "Villa", "Roma") is the club only where the paragraph
speaks of sport; `stages/ner/clubs.py` decides.  Chinese and Arabic clubs live with their
script's rules (`chinese_*`, `arabic_*`).  The clubs themselves, country by country, are in
`clubs_by_country.py`.
"""

from __future__ import annotations

from storywire.identity.clubs_by_country import (
    CONTEXTUAL,
    CYRILLIC_CONTEXTUAL,
    PLAIN,
    POLISH_CONTEXTUAL_FORMS,
    POLISH_FORMS,
    RUSSIAN,
    UKRAINIAN,
)


def _split(block: str) -> frozenset[str]:
    return frozenset(name.strip() for name in block.replace("\n", "").split("|") if name.strip())


def _declined(table: dict[str, str]) -> dict[str, str]:
    """Every case form of each club, mapped to its dictionary form: the endings go where "|"
    stands (after the first word where none does), "_" is the empty one ("Карпат|и": "Карпат")."""
    forms: dict[str, str] = {}
    for key, endings in table.items():
        if "|" not in key:
            head, space, rest = key.partition(" ")
            key = f"{head}|{space}{rest}"
        stem, _, tail = key.partition("|")
        name = stem + tail
        after = tail[tail.index(" ") :] if " " in tail else ""
        forms[name] = name
        for ending in endings.split():
            forms[stem + ending.strip("_") + after] = name
    return forms


def _polish(table: dict[str, str]) -> dict[str, str]:
    """Each Polish form, as many words as its name has, mapped to the name."""
    forms: dict[str, str] = {}
    for name, written in table.items():
        words, size = written.split(), len(name.split())
        for k in range(0, len(words), size):
            forms[" ".join(words[k : k + size])] = name
    return forms


def _with_forms(plain: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """The clubs with the case forms of their names, so that "Lecha Poznań" and "Шахтаря" link
    to the club too."""
    canonical = {alias: club for club, aliases in plain.items() for alias in aliases}
    more: dict[str, list[str]] = {}
    for forms in (_polish(POLISH_FORMS), _declined(RUSSIAN), _declined(UKRAINIAN)):
        for form, name in forms.items():
            club = canonical.get(name)
            if club is not None and form not in plain[club] and form not in more.setdefault(club, []):
                more[club].append(form)
    return {club: (*aliases, *more.get(club, ())) for club, aliases in plain.items()}


# The clubs by the names every language uses, for the organisations overlay that runs on every
# text (`identity.organisations`) and for whole articles (`stages/ner/clubs.py`).
CLUBS: dict[str, tuple[str, ...]] = _with_forms(PLAIN)


def club_forms(language: str) -> tuple[dict[str, str], dict[str, str]]:
    """(names that are always the club, names that are the club in sports news), each form
    mapped to the club's dictionary form."""
    plain = {alias: name for name, aliases in PLAIN.items() for alias in aliases}
    contextual = {name: name for block in CONTEXTUAL for name in _split(block)}
    if language == "pl":
        plain.update(_polish(POLISH_FORMS))
        contextual.update(_polish(POLISH_CONTEXTUAL_FORMS))
    if language == "ru":
        plain.update(_declined(RUSSIAN))
    if language == "uk":
        plain.update(_declined(UKRAINIAN))
    contextual.update(_declined(CYRILLIC_CONTEXTUAL.get(language, {})))
    return plain, contextual
