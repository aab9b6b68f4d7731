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


def test_a_care_homes_quoted_name_is_the_home_and_its_noun_alone_no_name() -> None:
    text = "Суд закрыл пансионат для пожилых «Тихая гавань» в Ивановке. Пансионат принадлежит фирме. "
    text += "Журнал «Тихий дом» и дом культуры «Заря» открыты."
    found = [mention(text, "Ивановке", "LOC"), mention(text, "Пансионат", "ORG"), mention(text, "Заря", "LOC")]
    found.append(mention(text, "Тихий дом", "ORG"))
    assert spans(slavic_health(text, found, "ru")) == [
        ("Тихая гавань", "ORG"),
        ("Ивановке", "LOC"),
        ("Тихий дом", "ORG"),
        ("Заря", "LOC"),
    ]


def test_a_ukrainian_hospice_and_a_home_for_the_elderly_by_their_quoted_names() -> None:
    text = "Хоспіс «Світло» і будинок для літніх людей «Надія» отримали допомогу."
    assert spans(slavic_health(text, [], "uk")) == [("Світло", "ORG"), ("Надія", "ORG")]
