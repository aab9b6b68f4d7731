"""Given names by language (identity/given_names.py), read from Faker's locale tables."""

from __future__ import annotations

from storywire.identity.given_names import given_names


def test_common_given_names_are_known_in_their_language() -> None:
    assert {"Karol", "Marek", "Rafał"} <= given_names("pl")
    assert {"Олександр", "Ірина"} <= given_names("uk")
    assert "Karol" not in given_names("fr")
    assert given_names("xx") == frozenset()


def test_a_given_name_that_shares_a_places_stem_stays_in_the_persons_span() -> None:
    from storywire.stages.entities import extract_entities_from_text

    text = "Prezydent Karol Zieliński rozmawiał wczoraj z premierem."
    assert [(m.text, m.type) for m in extract_entities_from_text(text, "pl")] == [("Karol Zieliński", "PER")]


def test_italys_commonest_names_that_fakers_table_lacks() -> None:
    names = given_names("it")
    assert {"Anna", "Andrea", "Davide", "Sara"} <= names
    assert "Ginevra" not in names  # Geneva
