"""Russian and Ukrainian health and research bodies named by an adjective, a kind noun and a
genitive field (ner/slavic_health.py).  Sentences and names written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.slavic_health import slavic_health


def test_a_centre_with_its_genitive_field_is_one_body_in_every_case() -> None:
    text = "У Полтаві відкрили Обласний центр екстреної медичної допомоги. В Обласному центрі крові чекають донорів."
    found = slavic_health(text, [mention(text, "Полтаві", "LOC")], "uk")
    assert spans(found) == [
        ("Полтаві", "LOC"),
        ("Обласний центр екстреної медичної допомоги", "ORG"),
        ("Обласному центрі крові", "ORG"),
    ]


def test_a_body_named_after_a_person_keeps_the_name() -> None:
    text = "Хирург работал в Федеральном центре нейрохирургии имени Н. Н. Бурденко в Тюмени."
    found = slavic_health(
        text,
        [mention(text, "Федеральном центре", "ORG"), mention(text, "Бурденко", "PER"), mention(text, "Тюмени", "LOC")],
        "ru",
    )
    assert spans(found) == [("Федеральном центре нейрохирургии имени Н. Н. Бурденко", "ORG"), ("Тюмени", "LOC")]


def test_two_fields_joined_by_ta_are_one_bodys() -> None:
    text = "Він працював у Національному інституті хірургії та трансплантології у Львові."
    found = slavic_health(text, [mention(text, "Національному інституті хірургії", "ORG")], "uk")
    assert spans(found) == [("Національному інституті хірургії та трансплантології", "ORG")]


def test_a_regional_capital_that_acts_is_no_body() -> None:
    text = "Обласний центр залишився без світла, а Національний інститут отримав листа."
    assert slavic_health(text, [], "uk") == []
    # Polish is not read
    assert slavic_health("Regionalny centrum kardiologii", [], "pl") == []
