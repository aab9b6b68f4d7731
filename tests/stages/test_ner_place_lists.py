"""Places in lists and places named again (ner/place_lists.py). Sentences written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.place_lists import places_in_lists, places_named_again


def test_an_untagged_name_listed_with_places_is_a_place() -> None:
    text = "Rents rose in counties such as Offaly, Laois and Westmeath, said Jack Burke."
    found = [mention(text, "Westmeath", "LOC"), mention(text, "Jack Burke", "PER")]
    assert spans(places_in_lists(text, found, "en")) == [
        ("Offaly", "LOC"),
        ("Laois", "LOC"),
        ("Westmeath", "LOC"),
        ("Jack Burke", "PER"),
    ]


def test_a_list_with_a_person_or_inside_a_longer_name_is_left() -> None:
    text = "Talks between Ireland and Mary Byrne. Generalna Dyrekcja Dróg Krajowych i Autostrad."
    found = [mention(text, "Ireland", "LOC"), mention(text, "Mary Byrne", "PER")]
    assert spans(places_in_lists(text, found, "en")) == [("Ireland", "LOC"), ("Mary Byrne", "PER")]
    found = [mention(text, "Autostrad", "LOC")]
    assert spans(places_in_lists(text, found, "pl")) == [("Autostrad", "LOC")]


def test_german_lists_add_only_known_places() -> None:
    text = "Es fehlt an Luftverteidigung und Munition in Bayern und Sachsen."
    found = [mention(text, "Munition", "LOC"), mention(text, "Bayern", "LOC")]
    assert spans(places_in_lists(text, found, "de")) == [("Munition", "LOC"), ("Bayern", "LOC"), ("Sachsen", "LOC")]


def test_german_lists_add_a_short_unknown_name_but_no_unknown_noun() -> None:
    text = "Er will für Gonsenheim und Laubenhain da sein, für Mainz und Netzausbauung, Trier und Flughunde."
    found = [mention(text, "Gonsenheim", "LOC"), mention(text, "Mainz", "LOC"), mention(text, "Trier", "LOC")]
    assert spans(places_in_lists(text, found, "de")) == [
        ("Gonsenheim", "LOC"),
        ("Laubenhain", "LOC"),
        ("Mainz", "LOC"),
        ("Trier", "LOC"),
    ]


def test_a_place_found_once_is_found_again_but_not_inside_a_longer_name() -> None:
    text = "Uczniowie z Kobułt jeżdżą do Biskupca. Rodzice z Kobułt protestują. Kobułt Arena milczy."
    found = [mention(text, "Kobułt", "LOC"), mention(text, "Biskupca", "LOC")]
    assert spans(places_named_again(text, found, "pl")) == [("Kobułt", "LOC"), ("Biskupca", "LOC"), ("Kobułt", "LOC")]
    assert places_named_again("长沙 长沙", [mention("长沙 长沙", "长沙", "LOC")], "zh") == [
        mention("长沙 长沙", "长沙", "LOC")
    ]


def test_a_town_typed_a_body_in_a_list_of_places_is_a_place() -> None:
    text = "Raids took place in Dover, Folkestone and Ilford; Arsenal, Chelsea and Fulham won."
    found = [mention(text, "Dover", "LOC"), mention(text, "Ilford", "ORG"), mention(text, "Arsenal", "ORG")]
    found += [mention(text, "Chelsea", "ORG"), mention(text, "Fulham", "LOC")]
    assert spans(places_in_lists(text, found, "en")) == [
        ("Dover", "LOC"),
        ("Folkestone", "LOC"),
        ("Ilford", "LOC"),
        ("Arsenal", "ORG"),
        ("Chelsea", "ORG"),
        ("Fulham", "LOC"),
    ]


def test_a_french_name_paired_with_a_place_by_its_articles_is_a_place() -> None:
    text = "Les familles de la Fontenelle ou du Champ du Roy viennent, comme celles du Vernay et de la Poste."
    found = [mention(text, "Champ du Roy", "LOC")]
    assert spans(places_in_lists(text, found, "fr")) == [("Fontenelle", "LOC"), ("Champ du Roy", "LOC")]
    assert places_in_lists(text, found, "it") == found
