"""Polish environment news: national parks, Natura 2000 sites, foundations' quotes, addresses,
associations and regional directorates (ner/polish_nature.py).  Sentences and names written
for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.polish_nature import polish_nature


def test_a_national_park_after_a_preposition_is_a_place_one_that_speaks_keeps_its_type() -> None:
    text = "Turyści nocowali przy Bieszczadzkim Parku Narodowym. Wigierski Park Narodowy wydał komunikat."
    found = polish_nature(
        text,
        [mention(text, "Bieszczadzkim Parku Narodowym", "ORG"), mention(text, "Wigierski Park Narodowy", "ORG")],
        "pl",
    )
    assert spans(found) == [("Bieszczadzkim Parku Narodowym", "LOC"), ("Wigierski Park Narodowy", "ORG")]
    text = "Wycinka tuż przy granicy Drawieńskiego Parku Narodowego."
    found = polish_nature(text, [mention(text, "Drawieńskiego Parku Narodowego", "ORG")], "pl")
    assert spans(found) == [("Drawieńskiego Parku Narodowego", "LOC")]


def test_a_natura_2000_site_gives_its_quoted_name_as_a_place() -> None:
    text = "Teren leży w obszarze Natura 2000 „Puszcza Notecka” nad Notecią."
    found = polish_nature(text, [mention(text, "Natura 2000 „Puszcza Notecka", "ORG")], "pl")
    assert spans(found) == [("Puszcza Notecka", "LOC")]
    # no quotes, no site's name
    assert polish_nature("Sieć Natura 2000 obejmuje lasy.", [], "pl") == []


def test_a_foundation_keeps_the_closing_quote_of_its_name() -> None:
    text = "Zbiórkę prowadzi Fundacja „Zielony Bór” od maja."
    found = polish_nature(text, [mention(text, "Fundacja „Zielony Bór", "ORG")], "pl")
    assert spans(found) == [("Fundacja „Zielony Bór”", "ORG")]
    # a quote that closes a newspaper's title, not a form's, stays out
    text = "Powiedział „Gazecie Leśnej” wczoraj."
    assert spans(polish_nature(text, [mention(text, "Gazecie Leśnej", "ORG")], "pl")) == [("Gazecie Leśnej", "ORG")]


def test_a_foundations_last_word_declined_alone_is_its_short_name() -> None:
    text = "Fundacja „Leśny Ostęp” apeluje. Prezes Ostępu mówi, że Kowalski się myli."
    found = polish_nature(
        text,
        [
            mention(text, "Fundacja „Leśny Ostęp”", "ORG"),
            mention(text, "Ostępu", "PER"),
            mention(text, "Kowalski", "PER"),
        ],
        "pl",
    )
    assert spans(found) == [("Fundacja „Leśny Ostęp”", "ORG"), ("Ostępu", "ORG"), ("Kowalski", "PER")]


def test_a_bodys_address_after_przy_ul_is_its_street_and_its_town() -> None:
    text = "Pikieta odbędzie się pod siedzibą RDOŚ przy ul. Lipowej w Pile."
    found = polish_nature(text, [mention(text, "RDOŚ przy ul. Lipowej w Pile", "ORG")], "pl")
    assert spans(found) == [("RDOŚ", "ORG"), ("ul. Lipowej", "LOC"), ("Pile", "LOC")]


def test_a_town_after_a_lower_case_gmina_is_the_town_alone() -> None:
    text = "Wójt gminy Cisna zwołał sesję."
    assert spans(polish_nature(text, [mention(text, "gminy Cisna", "LOC")], "pl")) == [("Cisna", "LOC")]
    # a capitalised office keeps its kind word
    text = "Urząd Gminy Cisna zwołał sesję."
    assert spans(polish_nature(text, [mention(text, "Urząd Gminy Cisna", "ORG")], "pl")) == [
        ("Urząd Gminy Cisna", "ORG")
    ]


def test_an_association_named_by_kind_word_adjective_and_name_is_one_body() -> None:
    text = "Protest poparło Stowarzyszenie Przyrodnicze Bocian z Lublina."
    found = polish_nature(text, [mention(text, "Lublina", "LOC")], "pl")
    assert spans(found) == [("Stowarzyszenie Przyrodnicze Bocian", "ORG"), ("Lublina", "LOC")]
    # no name of its own after the kind word: nothing taken
    assert polish_nature("Stowarzyszenie zaprotestowało w piątek.", [], "pl") == []


def test_a_regional_directorate_is_one_body_with_its_seat() -> None:
    text = "Decyzję wydała Regionalna Dyrekcja Ochrony Środowiska w Olsztynie."
    found = polish_nature(text, [mention(text, "Olsztynie", "LOC")], "pl")
    assert spans(found) == [("Regionalna Dyrekcja Ochrony Środowiska w Olsztynie", "ORG")]
    # two fields joined by "i" are the body's
    text = "Przetarg ogłosiła Generalna Dyrekcja Lasów i Parków."
    assert spans(polish_nature(text, [], "pl")) == [("Generalna Dyrekcja Lasów i Parków", "ORG")]


def test_other_languages_are_untouched() -> None:
    text = "Visitors stayed near the Park Narodowy."
    assert polish_nature(text, [mention(text, "Park Narodowy", "ORG")], "en")[0].type == "ORG"


def test_a_foundation_split_from_its_quoted_name_is_one_body_and_natura_2000_no_name() -> None:
    text = "Apel podpisała Fundacja „Wilcze Łąki” z Lublina w obszarze Natura 2000 „Dolina Bugu”."
    found = polish_nature(
        text,
        [mention(text, "Fundacja", "LOC"), mention(text, "Wilcze Łąki", "ORG"), mention(text, "Natura 2000", "ORG")],
        "pl",
    )
    assert spans(found) == [("Fundacja „Wilcze Łąki”", "ORG"), ("Dolina Bugu", "LOC")]


def test_a_hunting_club_is_one_body_with_its_quoted_name() -> None:
    text = "Koło Łowieckie nr 7 „Sokół” z Leszna odwołało polowanie."
    found = [mention(text, "Łowieckie", "LOC"), mention(text, "Sokół", "ORG"), mention(text, "Leszna", "LOC")]
    assert spans(polish_nature(text, found, "pl")) == [("Koło Łowieckie nr 7 „Sokół”", "ORG"), ("Leszna", "LOC")]


def test_a_shelter_with_a_quoted_name_takes_its_seat_a_clinic_without_one_does_not() -> None:
    text = "Psa przyjęło Schronisko dla Zwierząt „Przystań” w Kole, a opatrzyła go Lecznica „Łapa”."
    found = [
        mention(text, "Schronisko dla Zwierząt „Przystań", "ORG"),
        mention(text, "Kole", "LOC"),
        mention(text, "Lecznica „Łapa", "ORG"),
    ]
    assert spans(polish_nature(text, found, "pl")) == [
        ("Schronisko dla Zwierząt „Przystań” w Kole", "ORG"),
        ("Lecznica „Łapa", "ORG"),
    ]


def test_a_forest_district_gives_its_name_a_foresters_name_stays_a_person() -> None:
    text = "W leśnictwie Borek padły drzewa, mówi leśniczy leśnictwa Jan Nowak."
    found = polish_nature(text, [mention(text, "Jan Nowak", "PER")], "pl")
    assert spans(found) == [("Borek", "LOC"), ("Jan Nowak", "PER")]


def test_the_state_forests_are_a_body_and_a_parks_headline_verb_is_cut() -> None:
    text = "Bieszczadzki Park Narodowy zamyka szlaki. Lasy Państwowe apelują."
    found = [
        mention(text, "Bieszczadzki Park Narodowy zamyka szlaki", "ORG"),
        mention(text, "Lasy Państwowe", "LOC"),
    ]
    assert spans(polish_nature(text, found, "pl")) == [
        ("Bieszczadzki Park Narodowy", "ORG"),
        ("Lasy Państwowe", "ORG"),
    ]


def test_a_waste_plant_with_its_seat_is_a_place_after_a_preposition_and_a_body_acting() -> None:
    text = (
        "Śmieci jadą do Zakładu Utylizacji Odpadów w Nowinach. "
        "Zakład Utylizacji Odpadów w Nowinach podniósł opłaty. Zakład pracy w Nowinach stoi."
    )
    found = [
        mention(text, "Zakładu Utylizacji Odpadów", "ORG"),
        mention(text, "Nowinach", "LOC"),
        mention(text, "Nowinach", "LOC", 1),
        mention(text, "Nowinach", "LOC", 2),
    ]
    assert spans(polish_nature(text, found, "pl")) == [
        ("Zakładu Utylizacji Odpadów w Nowinach", "LOC"),
        ("Zakład Utylizacji Odpadów w Nowinach", "ORG"),
        ("Nowinach", "LOC"),
    ]
