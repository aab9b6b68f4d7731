"""Polish places declined in a case the tagger missed (ner/polish_places.py). Sentences written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.polish_places import declined_places, destinations_after_driving


def test_a_declined_city_inside_a_sentence_is_a_place() -> None:
    text = "Fala minęła już Ostrawę i zbliża się do granicy."
    assert spans(declined_places(text, [], "pl")) == [("Ostrawę", "LOC")]


def test_a_sentences_opening_a_taken_word_a_given_name_or_another_language_is_left() -> None:
    text = "Ostrawę zalała woda, a rozmawiał z Karolem."
    assert declined_places(text, [], "pl") == []
    text = "Fala minęła już Ostrawę."
    taken = [mention(text, "Ostrawę", "ORG")]
    assert spans(declined_places(text, taken, "pl")) == [("Ostrawę", "ORG")]
    assert declined_places(text, [], "cs") == []


def test_a_word_or_a_town_before_a_place_preposition_and_a_river() -> None:
    from storywire.stages.ner.polish_places import places_after_prepositions

    text = "Susza nad Wisłą i rafineria w Płocku nad Wisłą."
    found = [mention(text, "Susza nad Wisłą", "ORG"), mention(text, "Płocku nad Wisłą", "LOC")]
    assert spans(places_after_prepositions(found, "pl")) == [("Wisłą", "LOC"), ("Płocku", "LOC"), ("Wisłą", "LOC")]
    text = "Uniwersytet w Krakowie."
    found = [mention(text, "Uniwersytet w Krakowie", "ORG")]
    assert spans(places_after_prepositions(found, "pl")) == spans(found)  # a body's name holds its town


def test_a_town_glued_before_a_body_is_split_off() -> None:
    from storywire.stages.ner.polish_places import places_after_prepositions

    text = "W Krakowie Uniwersytet Jagielloński otworzył laboratorium."
    found = [mention(text, "Krakowie Uniwersytet Jagielloński", "ORG")]
    assert spans(places_after_prepositions(found, "pl")) == [("Krakowie", "LOC"), ("Uniwersytet Jagielloński", "ORG")]


def test_a_town_named_in_the_plural_after_from_or_to_typed_org_is_the_town_a_club_is_left() -> None:
    text = "Narciarze z Katowic jeździli do Gliwic, a piłkarze z Wisły i z Legii grali."
    found = [
        mention(text, "Katowic", "ORG"),
        mention(text, "Gliwic", "ORG"),
        mention(text, "Wisły", "ORG"),
        mention(text, "Legii", "ORG"),
    ]
    typed = spans(declined_places(text, found, "pl"))
    assert ("Katowic", "LOC") in typed and ("Gliwic", "LOC") in typed
    assert ("Wisły", "ORG") in typed and ("Legii", "ORG") in typed


def test_a_one_word_firm_people_drive_to_is_a_place_a_firm_they_write_to_is_not() -> None:
    text = "Turyści pojadą do Špindlerova, a skargi wyślą do Orlenu. Kierowcy jeżdżą do PKN."
    found = [mention(text, "Špindlerova", "ORG"), mention(text, "Orlenu", "ORG"), mention(text, "PKN", "ORG")]
    assert spans(destinations_after_driving(text, found, "pl")) == [
        ("Špindlerova", "LOC"),
        ("Orlenu", "ORG"),
        ("PKN", "ORG"),
    ]
