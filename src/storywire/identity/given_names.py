"""Given names by language, from the locale tables of Faker (MIT licence, on PyPI, offline).

A given name is often a town's name too, or shares a town's stem in an inflecting language
("Karol", "Marek", "Rafał" read as case forms of Karo-, Mare-, Rafah): knowing it as a given
name keeps "Prezydent Karol Nawrocki" one person.  Faker lists the names its fake people get,
which are the common given names of each country (a few hundred to two thousand a locale).
"""

from __future__ import annotations

import functools
import importlib

from storywire.identity.given_names_extra import EXTRA_GIVEN_NAMES

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


def _locale_names(locale: str) -> set[str]:
    """The given names of Faker's `locale` (none where Faker lacks it)."""
    try:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    except ImportError:
        return set()
    names: set[str] = set()
    for table in _TABLES:
        found = getattr(provider, table, ())
        names.update(str(name) for name in (found.keys() if isinstance(found, dict) else found))
    return names


@functools.cache
def given_names(language: str) -> frozenset[str]:
    """The common given names of `language`'s country (empty where Faker has none)."""
    names = {name for locale in _LOCALES.get(language, ()) for name in _locale_names(locale)}
    names.update(EXTRA_GIVEN_NAMES.get(language, "").split())
    return frozenset(name for name in names if len(name) > 1)


# Latin-script locales whose names a European paper prints in their own spelling ("le Tchèque
# Tomáš Kovář", "Pieter Van Hoorebeke", "Aleksander Øvrebø"): sports and foreign news.
_LATIN_LOCALES = (
    *("en_US", "en_GB", "en_IE", "fr_FR", "fr_BE", "de_DE", "de_AT", "es_ES", "es_MX", "es_AR", "it_IT"),
    *("pl_PL", "nl_NL", "nl_BE", "pt_PT", "pt_BR", "cs_CZ", "sk_SK", "sl_SI", "hr_HR", "hu_HU", "ro_RO"),
    *("da_DK", "no_NO", "sv_SE", "fi_FI", "et_EE", "lt_LT", "lv_LV"),
)


@functools.cache
def latin_given_names() -> frozenset[str]:
    """The common given names of the Latin-script locales above (three letters or more)."""
    names = {name for locale in _LATIN_LOCALES for name in _locale_names(locale)}
    for extra in EXTRA_GIVEN_NAMES.values():
        names.update(extra.split())
    return frozenset(name for name in names if len(name) > 2 and name[:1].isupper() and name.isalpha())
