"""French intercommunal authorities are bodies (ner/french_intercommunal.py). Sentences written
for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.french_intercommunal import french_intercommunal


def test_an_intercommunal_authority_read_as_a_place_is_a_body() -> None:
    text = "À la demande de la Métropole de Lyon et de Brest Métropole, la Communauté de communes du Val d'Ille a voté."
    found = [
        mention(text, "Métropole de Lyon", "LOC"),
        mention(text, "Brest Métropole", "LOC"),
        mention(text, "Communauté de communes du Val d'Ille", "LOC"),
    ]
    assert spans(french_intercommunal(text, found, "fr")) == [
        ("Métropole de Lyon", "ORG"),
        ("Brest Métropole", "ORG"),
        ("Communauté de communes du Val d'Ille", "ORG"),
    ]


def test_the_lower_case_area_a_town_and_other_languages_stay() -> None:
    text = "La métropole lyonnaise grandit autour de Lyon."
    found = [mention(text, "Lyon", "LOC")]
    assert french_intercommunal(text, found, "fr") == found
    text = "Die Métropole de Lyon wächst."
    found = [mention(text, "Métropole de Lyon", "LOC")]
    assert french_intercommunal(text, found, "de") == found
