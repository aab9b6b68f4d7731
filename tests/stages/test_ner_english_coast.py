"""English coast and fisheries news: the northern and western isles, a town before a lower-case
harbour, a fishermen's cooperative, a boat after its kind word, a capital read as a person."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.english_coast import english_coast


def test_islands_are_places_wherever_the_tagger_typed_them() -> None:
    text = "Unst was cut off. The ferry to Fetlar and Yell was cancelled, and boats sheltered off Papa Stour."
    found = [mention(text, "Fetlar", "PER"), mention(text, "Yell", "PER"), mention(text, "Papa Stour", "ORG")]
    assert spans(english_coast(text, found, "en")) == [
        ("Unst", "LOC"),
        ("Fetlar", "LOC"),
        ("Yell", "LOC"),
        ("Papa Stour", "LOC"),
    ]


def test_an_island_name_that_is_a_persons_surname_or_a_verb_stays() -> None:
    text = "Chris Hoy rode on. Hoy said so. Yell louder, he said."
    found = [mention(text, "Chris Hoy", "PER"), mention(text, "Hoy", "PER", nth=1)]
    assert spans(english_coast(text, found, "en")) == [("Chris Hoy", "PER"), ("Hoy", "PER")]


def test_a_town_before_a_lower_case_harbour_is_a_place_all_through() -> None:
    text = "Boats broke loose in Scalloway harbour. The trust at Scalloway will pay."
    assert spans(english_coast(text, [], "en")) == [("Scalloway", "LOC"), ("Scalloway", "LOC")]


def test_a_common_word_before_harbour_is_no_town() -> None:
    text = "Boats sank in the Old harbour and at Outer pier."
    assert spans(english_coast(text, [], "en")) == []


def test_a_fishermens_cooperative_is_one_body() -> None:
    text = "She chairs the Burra Fishermen's Association, said Ann Ward."
    found = [mention(text, "Ann Ward", "PER")]
    assert spans(english_coast(text, found, "en")) == [
        ("Burra Fishermen's Association", "ORG"),
        ("Ann Ward", "PER"),
    ]


def test_a_boat_after_its_kind_word_is_not_labelled_but_a_port_after_by_boat_is() -> None:
    text = "The trawler Sea Harvest sank; crew went by boat to Kirkwall."
    found = [mention(text, "Sea Harvest", "ORG"), mention(text, "Kirkwall", "LOC")]
    assert spans(english_coast(text, found, "en")) == [("Kirkwall", "LOC")]


def test_a_capital_read_as_a_person_is_the_place() -> None:
    text = "Funding must come from Cardiff, said Tom Lee."
    found = [mention(text, "Cardiff", "PER"), mention(text, "Tom Lee", "PER")]
    assert spans(english_coast(text, found, "en")) == [("Cardiff", "LOC"), ("Tom Lee", "PER")]


def test_other_languages_are_left_alone() -> None:
    text = "Fähre nach Yell"
    assert english_coast(text, [], "de") == []


def test_the_larger_isles_typed_as_people_or_bodies_are_places_a_person_named_so_is_not() -> None:
    text = "Clinics on Orkney and the ferry to Mull. Skye Morgan met the Iona Community."
    found = [
        mention(text, "Orkney", "PER"),
        mention(text, "Skye Morgan", "PER"),
        mention(text, "Iona Community", "ORG"),
    ]
    assert spans(english_coast(text, found, "en")) == [
        ("Orkney", "LOC"),
        ("Mull", "LOC"),
        ("Skye Morgan", "PER"),
        ("Iona Community", "ORG"),
    ]
