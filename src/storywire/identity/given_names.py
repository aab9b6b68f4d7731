"""Given names by language, from the locale tables of Faker (MIT licence, on PyPI, offline).

A given name is often a town's name too, or shares a town's stem in an inflecting language
("Karol", "Marek", "Rafał" read as case forms of Karo-, Mare-, Rafah): knowing it as a given
name keeps "Prezydent Karol Nawrocki" one person.  Faker lists the names its fake people get,
which are the common given names of each country (a few hundred to two thousand a locale).
"""

from __future__ import annotations

import functools
import importlib

_LOCALES: dict[str, tuple[str, ...]] = {
    "en": ("en_US", "en_GB"),
    "fr": ("fr_FR",),
    "de": ("de_DE",),
    "es": ("es_ES",),
    "it": ("it_IT",),
    "pl": ("pl_PL",),
    "nl": ("nl_NL",),
    "ru": ("ru_RU",),
    "uk": ("uk_UA",),
    "ar": ("ar_AA",),
}
_TABLES = ("first_names", "first_names_male", "first_names_female")


@functools.cache
def given_names(language: str) -> frozenset[str]:
    """The common given names of `language`'s country (empty where Faker has none)."""
    names: set[str] = set()
    for locale in _LOCALES.get(language, ()):
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except ImportError:
            continue
        for table in _TABLES:
            found = getattr(provider, table, ())
            names.update(str(name) for name in (found.keys() if isinstance(found, dict) else found))
    return frozenset(name for name in names if len(name) > 1)
