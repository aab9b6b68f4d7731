"""State institutions: one identity per (kind, country) whatever the language of the name."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from storywire.identity.institutions import Institution, institution

OrgNames = Callable[[dict[str, str]], dict[str, set[str]]]  # the `organisation_names` fixture

RUSSIAN_SECURITY_COUNCIL = Institution("security-council", "RU")


@pytest.mark.parametrize(
    "name",
    [
        "Russian Security Council",
        "Security Council of Russia",
        "Security Council of the Russian Federation",
        "Conseil de sécurité russe",
        "Conseil de sécurité de la Russie",
        "russischen Sicherheitsrats",
        "Sicherheitsrat Russlands",
        "Consejo de Seguridad ruso",
        "Consiglio di sicurezza russo",
        "Rada Bezpieczeństwa Rosji",
        "Рада безпеки РФ",
        "Совет безопасности Российской Федерации",
        "Совбез России",
        "Радбез РФ",
    ],
)
def test_the_russian_security_council_in_every_language(name: str) -> None:
    assert institution(name) == RUSSIAN_SECURITY_COUNCIL


@pytest.mark.parametrize(
    ("name", "kind", "country"),
    [
        ("chinesischen Außenministeriums", "foreign-ministry", "CN"),
        ("Міністерство закордонних справ Китаю", "foreign-ministry", "CN"),
        ("МИД России", "foreign-ministry", "RU"),
        ("ministère des Affaires étrangères", "foreign-ministry", None),
        ("Минобороны России", "defence-ministry", "RU"),
        ("ministère des Armées", "defence-ministry", None),
        ("Pentagon's Defense Ministry", "", None),  # a word beside the head that is no country
        ("Communist Party of China", "communist-party", "CN"),
        ("Parti communiste chinois", "communist-party", "CN"),
        ("Комуністична партія Китаю", "communist-party", "CN"),
        ("КПК", "communist-party", "CN"),
        ("UN Security Council", "security-council", "UN"),
        ("Conseil de sécurité de l'ONU", "security-council", "UN"),
        ("Рада безпеки ООН", "security-council", "UN"),
        ("Central Bank of Russia", "central-bank", "RU"),
        ("Security Council", "security-council", None),
        ("Рада безпеки", "security-council", None),
    ],
)
def test_kinds_and_countries(name: str, kind: str, country: str | None) -> None:
    found = institution(name)
    if not kind:
        assert found is None
    else:
        assert found == Institution(kind, country)


@pytest.mark.parametrize(
    "name",
    [
        "National Security Council",  # another body (the US NSC)
        "Рада національної безпеки і оборони",  # Ukraine's NSDC
        "Russian-Chinese Security Council",  # two countries: nothing to key it by
        "European Central Bank",
        "Bank of Russia",
        "Security Councillor",
        "Nachrichtenagentur TASS",
    ],
)
def test_other_bodies_are_left_to_their_spelling(name: str) -> None:
    assert institution(name) is None


def test_the_display_name_is_english() -> None:
    assert RUSSIAN_SECURITY_COUNCIL.display == "Russian Security Council"
    assert Institution("foreign-ministry", None).display == "Foreign Ministry"
    assert Institution("communist-party", "CN").display == "Chinese Communist Party"


def test_a_body_named_without_its_country_takes_it_from_the_words_around(organisation_names: OrgNames) -> None:
    texts = {  # written for this test
        "uk": "Секретар Ради безпеки Росії прибув до Пекіна.",
        "fr": "Le secrétaire du Conseil de sécurité russe est arrivé à Pékin.",
        "es": "El secretario del Consejo de Seguridad de Rusia llegó a Pekín.",
        "en": "The secretary of Russia's Security Council arrived in Beijing.",
        "en-un": "The Security Council met in New York on Monday.",
    }
    bodies = organisation_names(texts)
    for key in ("uk", "fr", "es", "en"):
        assert bodies[key] == {"Russian Security Council"}, (key, bodies[key])
    assert bodies["en-un"] == {"Security Council"}  # nothing around it names a country


@pytest.mark.parametrize(
    ("name", "kind", "country"),
    [
        ("Pentagon", "defence-ministry", "US"),
        ("Пентагона", "defence-ministry", "US"),
        ("五角大楼", "defence-ministry", "US"),
        ("البنتاغون", "defence-ministry", "US"),
        ("State Department", "foreign-ministry", "US"),
        ("госдепа", "foreign-ministry", "US"),
        ("Farnesina", "foreign-ministry", "IT"),
        ("Quai d’Orsay", "foreign-ministry", "FR"),
        ("Ministero degli Esteri italiano", "foreign-ministry", "IT"),
        ("Sejmu", "parliament", "PL"),
        ("Бундестаг", "parliament", "DE"),
        ("Верховна Рада", "parliament", "UA"),
        ("Rada Najwyższa", "parliament", "UA"),
        ("الكنيست", "parliament", "IL"),
        ("парламент України", "parliament", "UA"),
    ],
)
def test_metonyms_and_names_that_imply_their_country(name: str, kind: str, country: str) -> None:
    assert institution(name) == Institution(kind, country)


def test_a_metonym_with_another_country_or_word_is_something_else() -> None:
    assert institution("Russian Pentagon") is None and institution("Pentagon Papers") is None
    assert institution("Sejmik") is None  # a regional assembly
    assert institution("European Parliament") is None  # no country's


def test_the_pentagon_is_one_body_in_every_script(organisation_names: OrgNames) -> None:
    texts = {  # written for this test
        "en": "The Pentagon announced new aid on Monday.",
        "fr": "Le Pentagone a annoncé une nouvelle aide lundi.",
        "ru": "Пентагон объявил о новой помощи в понедельник.",
        "zh": "五角大楼周一宣布了新的援助。",
        "ar": "أعلن البنتاغون يوم الاثنين عن مساعدات جديدة.",
    }
    for key, bodies in organisation_names(texts).items():
        assert bodies == {"US Defence Ministry"}, (key, bodies)


@pytest.mark.parametrize(
    ("name", "kind", "country"),
    [
        ("中国外交部", "foreign-ministry", "CN"),
        ("俄罗斯联邦安全会议", "security-council", "RU"),
        ("联合国安理会", "security-council", "UN"),
        ("外交部", "foreign-ministry", None),
        ("美国国务院", "foreign-ministry", "US"),  # an implied name still
    ],
)
def test_chinese_bodies(name: str, kind: str, country: str | None) -> None:
    assert institution(name) == Institution(kind, country)
    assert institution("中国红十字会") is None
    assert institution("北京外交部") is None  # a city is no country
