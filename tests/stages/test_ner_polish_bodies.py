"""A Polish body's name goes on over "i" (ner/polish_bodies.py). Sentences written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.polish_bodies import join_conjoined_bodies, split_country_genitive


def test_a_body_cut_at_i_is_joined_to_its_fields() -> None:
    text = "Według Ministerstwa Rolnictwa i Rozwoju Wsi susza objęła trzy województwa."
    found = [mention(text, "Ministerstwa Rolnictwa", "ORG"), mention(text, "Rozwoju Wsi", "ORG")]
    assert spans(join_conjoined_bodies(text, found, "pl")) == [("Ministerstwa Rolnictwa i Rozwoju Wsi", "ORG")]
    text = "Instytut Badań Rynkowych i Społecznych opublikował sondaż."
    found = [mention(text, "Instytut Badań Rynkowych", "ORG")]
    assert spans(join_conjoined_bodies(text, found, "pl")) == [("Instytut Badań Rynkowych i Społecznych", "ORG")]


def test_another_body_a_person_or_no_head_stays_apart() -> None:
    text = "Ministerstwo Zdrowia i Policja apelują o ostrożność."
    found = [mention(text, "Ministerstwo Zdrowia", "ORG")]
    assert spans(join_conjoined_bodies(text, found, "pl")) == [("Ministerstwo Zdrowia", "ORG")]
    text = "Rada Miasta i Jana Nowaka dzieli spór."
    found = [mention(text, "Rada Miasta", "ORG"), mention(text, "Jana Nowaka", "PER")]
    assert spans(join_conjoined_bodies(text, found, "pl")) == spans(found)
    text = "Orlen i Lotosu fuzja."
    found = [mention(text, "Orlen", "ORG")]
    assert spans(join_conjoined_bodies(text, found, "pl")) == [("Orlen", "ORG")]
    assert join_conjoined_bodies("Instytut Nauk i Sztuk.", [], "cs") == []


def test_a_country_in_the_genitive_after_a_state_body_is_a_place_of_its_own() -> None:
    from storywire.stages.ner.polish_bodies import split_country_genitive

    text = "Ministerstwo Obrony Czech i Narodowy Bank Polski oraz Rada Najwyższa Ukrainy."
    found = [
        mention(text, "Ministerstwo Obrony Czech", "ORG"),
        mention(text, "Narodowy Bank Polski", "ORG"),
        mention(text, "Rada Najwyższa Ukrainy", "ORG"),
    ]
    assert spans(split_country_genitive(found, "pl")) == [
        ("Ministerstwo Obrony", "ORG"),
        ("Czech", "LOC"),
        ("Narodowy Bank Polski", "ORG"),  # a fixed name holds its country
        ("Rada Najwyższa", "ORG"),
        ("Ukrainy", "LOC"),
    ]


def test_the_bishops_conference_and_its_country_are_two() -> None:
    text = "Rzecznik Konferencji Episkopatu Polski zabrał głos."
    found = [mention(text, "Konferencji Episkopatu Polski", "ORG")]
    assert spans(split_country_genitive(found, "pl")) == [("Konferencji Episkopatu", "ORG"), ("Polski", "LOC")]


def test_a_research_institutes_status_after_a_dash_is_part_of_its_name() -> None:
    text = "Badania zlecono Instytutowi Ogrodnictwa – Państwowemu Instytutowi Badawczemu w maju."
    found = [
        mention(text, "Instytutowi Ogrodnictwa", "ORG"),
        mention(text, "Państwowemu Instytutowi Badawczemu", "ORG"),
    ]
    assert spans(join_conjoined_bodies(text, found, "pl")) == [
        ("Instytutowi Ogrodnictwa – Państwowemu Instytutowi Badawczemu", "ORG")
    ]
    # a status with no institute before it stays as found
    alone = "Państwowy Instytut Badawczy ogłosił wyniki."
    assert spans(join_conjoined_bodies(alone, [mention(alone, "Państwowy Instytut Badawczy", "ORG")], "pl")) == [
        ("Państwowy Instytut Badawczy", "ORG")
    ]
