"""Small towns in Ukrainian and Polish (ner/slavic_towns.py).  Sentences written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.slavic_towns import small_towns


def test_an_unknown_word_after_a_place_preposition_is_a_town() -> None:
    text = "Людей поселили у Хусті та Великому Бичкові, а потім до Старого Самбора."
    found = [
        mention(text, "Хусті", "MISC"),
        mention(text, "Великому Бичкові", "MISC"),
        mention(text, "Старого Самбора", "MISC"),
    ]
    assert [t for _, t in spans(small_towns(text, found, "uk"))] == ["LOC", "LOC", "LOC"]


def test_a_lone_adjective_or_an_unknown_word_elsewhere_is_no_town() -> None:
    text = "Депутати у Верховній говорили у Будинку вчених і у Держлікслужбі, а Нємецьке звучить дивно."
    found = [
        mention(text, "Верховній", "MISC"),
        mention(text, "Будинку", "MISC"),
        mention(text, "Держлікслужбі", "MISC"),
        mention(text, "Нємецьке", "MISC"),
    ]
    assert [t for _, t in spans(small_towns(text, found, "uk"))] == ["MISC"] * 4


def test_a_polish_town_named_with_its_river_is_one_place_unless_known() -> None:
    text = "Pielgrzymi szli z Kazimierza nad Wisłą do Płocka nad Wisłą."
    found = [mention(text, "Kazimierza", "LOC"), mention(text, "Wisłą", "LOC"), mention(text, "Płocka", "LOC")]
    assert spans(small_towns(text, found, "pl")) == [
        ("Kazimierza nad Wisłą", "LOC"),
        ("Płocka", "LOC"),
    ]
