"""Rulers' numbers, epithets and titles (ner/regnal_names.py). Sentences written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.regnal_names import regnal_names


def test_a_rulers_number_and_epithet_join_the_name_and_the_title_goes() -> None:
    text = "Cesarz Leopold II przyjechał, a Bolesław Chrobry czekał."
    found = [mention(text, "Cesarz Leopold", "PER"), mention(text, "Bolesław", "PER")]
    assert spans(regnal_names(text, found, "pl")) == [("Leopold II", "PER"), ("Bolesław Chrobry", "PER")]
    text = "Ярослав Мудрий заснував собор, а Данило II був далі."
    found = [mention(text, "Ярослав", "PER"), mention(text, "Мудрий", "PER"), mention(text, "Данило", "PER")]
    assert spans(regnal_names(text, found, "uk")) == [("Ярослав Мудрий", "PER"), ("Данило II", "PER")]


def test_a_lone_numeral_is_no_name_and_english_i_stays_a_pronoun() -> None:
    text = "У XIV столітті місто росло."
    assert regnal_names(text, [mention(text, "XIV", "ORG")], "uk") == []
    text = "He told Smith I would come."
    assert spans(regnal_names(text, [mention(text, "Smith", "PER")], "en")) == [("Smith", "PER")]
    text = "The CIA and King Charles III met."
    found = [mention(text, "CIA", "ORG"), mention(text, "King Charles", "PER")]
    assert spans(regnal_names(text, found, "en")) == [("CIA", "ORG"), ("Charles III", "PER")]


def test_a_title_and_its_realm_are_a_place() -> None:
    text = "Er wurde König von Sachsen."
    assert spans(regnal_names(text, [mention(text, "König von Sachsen", "PER")], "de")) == [("Sachsen", "LOC")]


def test_german_given_names_with_an_epithet_are_people() -> None:
    text = "Der Bau begann unter Friedrich dem Großen. Der Chef der Großen Koalition schwieg."
    assert spans(regnal_names(text, [], "de")) == [("Friedrich dem Großen", "PER")]
