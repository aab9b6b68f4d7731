"""Buildings and landforms are places in whole articles (ner/buildings.py). Sentences written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.buildings import buildings_as_places, facilities_with_kind_words, waters_after_heads


def test_a_building_typed_org_is_a_place() -> None:
    text = "Reunión en el Palacio de Viana, luego en Pałacu Namiestnikowskim y en el Rathaus."
    found = [
        mention(text, "Palacio de Viana", "ORG"),
        mention(text, "Pałacu Namiestnikowskim", "ORG"),
        mention(text, "Rathaus", "ORG"),  # no building's head the list knows: left
    ]
    assert spans(buildings_as_places(text, found, "es")) == [
        ("Palacio de Viana", "LOC"),
        ("Pałacu Namiestnikowskim", "LOC"),
        ("Rathaus", "ORG"),
    ]


def test_a_french_lower_case_head_joins_its_place_and_a_german_palace_is_found() -> None:
    text = "Au pied du mont Ventoux, puis au palais Bourbon."
    found = [mention(text, "Ventoux", "LOC"), mention(text, "Bourbon", "LOC")]
    assert spans(buildings_as_places(text, found, "fr")) == [("mont Ventoux", "LOC"), ("palais Bourbon", "LOC")]
    text = "Der Landtag tagt im Neuen Schloss und im Elbschloss."
    assert spans(buildings_as_places(text, [], "de")) == [("Elbschloss", "LOC")]


def test_landforms_named_with_their_kind_are_places() -> None:
    text = "Rain over Ashby Pike, Mount Hood and Kielder Valley; John Hill and Jane Lake said."
    found = [
        mention(text, "Ashby Pike", "ORG"),
        mention(text, "Mount Hood", "ORG"),
        mention(text, "Kielder Valley", "PER"),
        mention(text, "John Hill", "PER"),
        mention(text, "Jane Lake", "PER"),
    ]
    assert [t for _, t in spans(buildings_as_places(text, found, "en"))] == ["LOC", "LOC", "LOC", "PER", "PER"]
    text = "Die Bahn auf die Alpspitze fuhr, die Spitze der Partei tagte."
    assert spans(buildings_as_places(text, [], "de")) == [("Alpspitze", "LOC")]


def test_a_capitalised_word_after_a_lower_case_water_word_is_a_place() -> None:
    text = "Crece el río Tormes y el lago Sanabria; Juan Río habló. Біля річки Тиса."
    found = [mention(text, "Sanabria", "PER"), mention(text, "Juan Río", "PER")]
    assert spans(waters_after_heads(text, found)) == [
        ("Tormes", "LOC"),
        ("Sanabria", "LOC"),
        ("Juan Río", "PER"),
        ("Тиса", "LOC"),
    ]


def test_abbeys_churches_castles_and_hotels_are_places_but_a_denomination_is_a_body() -> None:
    text = "Wir besuchten Kloster Ettal und Burg Eltz, dann die Evangelische Kirche Deutschlands."
    found = [
        mention(text, "Kloster Ettal", "ORG"),
        mention(text, "Burg Eltz", "ORG"),
        mention(text, "Evangelische Kirche Deutschlands", "ORG"),
    ]
    assert spans(buildings_as_places(text, found, "de")) == [
        ("Kloster Ettal", "LOC"),
        ("Burg Eltz", "LOC"),
        ("Evangelische Kirche Deutschlands", "ORG"),
    ]
    text = "Kościół Mariacki stoi obok, a Kościół katolicki milczy. Nocleg w Hotelu Pod Różą."
    found = [
        mention(text, "Kościół Mariacki", "ORG"),
        mention(text, "Kościół katolicki", "ORG"),
        mention(text, "Hotelu Pod Różą", "ORG"),
    ]
    assert spans(buildings_as_places(text, found, "pl")) == [
        ("Kościół Mariacki", "LOC"),
        ("Kościół katolicki", "ORG"),
        ("Hotelu Pod Różą", "LOC"),
    ]
    text = "Реставраторы открыли Никольскую церковь; Русской православной церкви это важно."
    found = [mention(text, "Никольскую церковь", "ORG"), mention(text, "Русской православной церкви", "ORG")]
    assert spans(buildings_as_places(text, found, "ru")) == [
        ("Никольскую церковь", "LOC"),
        ("Русской православной церкви", "ORG"),
    ]


def test_english_waters_isles_and_saints_churches_are_one_place() -> None:
    text = "The ferry crosses the Sound of Sleat to the Isle of Eigg, near St Columba's Church."
    found = [
        mention(text, "Sleat", "PER"),
        mention(text, "Eigg", "ORG"),
        mention(text, "St Columba", "PER"),
    ]
    assert spans(buildings_as_places(text, found, "en")) == [
        ("Sound of Sleat", "LOC"),
        ("Isle of Eigg", "LOC"),
        ("St Columba's Church", "LOC"),
    ]
    text = "The Bay of Pigs invasion failed; Westbury Abbey and Charlotte Church were there."
    found = [
        mention(text, "Bay of Pigs invasion", "MISC"),
        mention(text, "Westbury Abbey", "PER"),
        mention(text, "Charlotte Church", "PER"),
    ]
    got = spans(buildings_as_places(text, found, "en"))
    assert ("Westbury Abbey", "LOC") in got and ("Charlotte Church", "PER") in got
    assert ("Bay of Pigs", "LOC") in got  # spaCy's MISC run over it gives way


def test_french_gulfs_and_english_towns_on_their_rivers() -> None:
    text = "Les chalutiers du golfe du Lion rentrent."
    assert spans(buildings_as_places(text, [mention(text, "Lion", "LOC")], "fr")) == [("golfe du Lion", "LOC")]
    text = "From Henley-on-Thames to Newcastle-upon-Tyne."
    found = [mention(text, "Henley", "PER")]
    assert spans(buildings_as_places(text, found, "en")) == [
        ("Henley-on-Thames", "LOC"),
        ("Newcastle-upon-Tyne", "LOC"),
    ]


def test_a_facilitys_lower_case_kind_word_joins_the_name_a_model_found_after_it() -> None:
    text = "Las pruebas se harán en el edificio Clara Campoamor y en el campus de Leioa; station Vostok."
    found = [mention(text, "Clara Campoamor", "PER"), mention(text, "Leioa", "LOC"), mention(text, "Vostok", "LOC")]
    assert spans(facilities_with_kind_words(text, found)) == [
        ("edificio Clara Campoamor", "LOC"),
        ("campus de Leioa", "LOC"),
        ("station Vostok", "LOC"),
    ]
    # a campus named by its town gives the town
    text = "Un laboratoire du campus de Saint-Martin-d'Hères et du campus de Rangueil."
    found = [mention(text, "Saint-Martin-d'Hères", "LOC"), mention(text, "Rangueil", "LOC")]
    assert spans(facilities_with_kind_words(text, found, "fr")) == [
        ("Saint-Martin-d'Hères", "LOC"),
        ("campus de Rangueil", "LOC"),
    ]
    text = "The station Manager John Reed said."  # no model's name right after the kind word
    assert spans(facilities_with_kind_words(text, [mention(text, "John Reed", "PER")])) == [("John Reed", "PER")]


def test_an_island_after_its_lower_case_kind_word_is_a_place_there_and_elsewhere() -> None:
    text = "Traghetti per l'isola d'Ischia e la isla de Lobos. «L'Ischia aspetta», dice Ischia Rossi."
    found = [mention(text, "Ischia", "MISC"), mention(text, "Ischia", "MISC", 1), mention(text, "Ischia Rossi", "PER")]
    assert spans(waters_after_heads(text, found)) == [
        ("Ischia", "LOC"),
        ("Lobos", "LOC"),
        ("Ischia", "LOC"),
        ("Ischia Rossi", "PER"),
    ]


def test_spanish_creeks_ravines_hills_and_estates_give_their_name() -> None:
    text = "Subió el estero Vega Alta, bajó la quebrada El Roble; el cerro Alegre y el condominio social Lomas del Sur."
    found = [mention(text, "Vega Alta", "PER"), mention(text, "Lomas del Sur", "ORG")]
    assert spans(waters_after_heads(text, found)) == [
        ("Vega Alta", "LOC"),
        ("El Roble", "LOC"),
        ("Alegre", "LOC"),
        ("Lomas del Sur", "LOC"),
    ]


def test_a_headline_after_a_paragraphs_last_word_is_not_its_name() -> None:
    text = "Incendio in un condominio\n\nLa polizia indaga; el barrio El Carmen."
    assert spans(waters_after_heads(text, [])) == [("El Carmen", "LOC")]


def test_a_canals_lower_case_head_stays_out_a_gulfs_joins() -> None:
    text = "Le long du canal de la Robine et du golfe du Lion."
    found = [mention(text, "Robine", "LOC"), mention(text, "Lion", "LOC")]
    assert spans(buildings_as_places(text, found, "fr")) == [("Robine", "LOC"), ("golfe du Lion", "LOC")]


def test_a_french_range_named_by_its_country_keeps_its_monts_du() -> None:
    text = "Des randonnées dans les monts du Forez, puis au massif du Morvan."
    found = [mention(text, "Forez", "LOC"), mention(text, "Morvan", "LOC")]
    assert spans(buildings_as_places(text, found, "fr")) == [("monts du Forez", "LOC"), ("Morvan", "LOC")]


def test_a_french_tower_keeps_its_lower_case_head_but_a_turn_does_not() -> None:
    text = "Le marché se tient au pied de la tour Mélusine. À son tour, Niort a voté."
    found = [mention(text, "Mélusine", "LOC"), mention(text, "Niort", "LOC")]
    assert spans(buildings_as_places(text, found, "fr")) == [("tour Mélusine", "LOC"), ("Niort", "LOC")]


def test_a_french_range_no_model_found_is_one_place_with_its_head() -> None:
    text = "Le tournage a eu lieu dans les monts d'Aubrac puis dans les monts du Forez."
    found = [mention(text, "Forez", "LOC")]
    assert spans(buildings_as_places(text, found, "fr")) == [("monts d'Aubrac", "LOC"), ("monts du Forez", "LOC")]


def test_lower_case_mountains_and_other_languages_stay_without_a_name() -> None:
    text = "Les monts de la région sont enneigés."
    assert buildings_as_places(text, [], "fr") == []
    text = "Walked the monts d'Aubrac."
    assert buildings_as_places(text, [], "en") == []
