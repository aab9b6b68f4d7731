"""Italian orchestras, halls and publishers with their towns, concert-hall compounds,
composers after a work and rivers after "lungo il"."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.italian_culture import italian_culture


def test_an_orchestra_is_one_body_and_its_short_name_too() -> None:
    text = "Suona l'Orchestra Sinfonica della Rai di Torino. Domani la Filarmonica della Scala e poi la Filarmonica."
    found = [mention(text, "Orchestra Sinfonica della Rai di Torino", "PER"), mention(text, "Filarmonica", "MISC", 1)]
    assert spans(italian_culture(text, found, "it")) == [
        ("Orchestra Sinfonica della Rai di Torino", "ORG"),
        ("Filarmonica della Scala", "ORG"),
        ("Filarmonica", "ORG"),
    ]


def test_a_bare_kind_word_without_a_named_orchestra_is_no_name() -> None:
    text = "Orchestra e coro hanno suonato a Bari."
    assert spans(italian_culture(text, [mention(text, "Bari", "LOC")], "it")) == [("Bari", "LOC")]


def test_a_named_hall_and_its_town_are_two_places_a_generic_one_is_one() -> None:
    text = "Al Teatro Massimo di Palermo, poi al Gewandhaus di Lipsia e al Teatro Comunale di Bologna."
    found = [
        mention(text, "Teatro Massimo di Palermo", "LOC"),
        mention(text, "Gewandhaus di Lipsia", "ORG"),
        mention(text, "Teatro Comunale di Bologna", "ORG"),
    ]
    assert spans(italian_culture(text, found, "it")) == [
        ("Teatro Massimo", "LOC"),
        ("Palermo", "LOC"),
        ("Gewandhaus", "LOC"),
        ("Lipsia", "LOC"),
        ("Teatro Comunale di Bologna", "ORG"),
    ]


def test_a_publisher_and_its_seat_are_the_firm_and_the_town() -> None:
    text = "Il contratto con la Ostwind Verlag di Graz, non con Lazio e Roma."
    found = [mention(text, "Ostwind Verlag di Graz", "ORG"), mention(text, "Lazio e Roma", "ORG")]
    assert spans(italian_culture(text, found, "it")) == [
        ("Ostwind Verlag", "ORG"),
        ("Graz", "LOC"),
        ("Lazio e Roma", "ORG"),
    ]


def test_composers_halls_and_rivers_by_their_cue() -> None:
    text = "Mahler a Roma. La sinfonia di Mahler nell'Elbphilharmonie, lungo il Piave. Il Piave Editore."
    found = [
        mention(text, "Mahler", "MISC"),
        mention(text, "Roma", "LOC"),
        mention(text, "Mahler", "MISC", 1),
        mention(text, "Elbphilharmonie", "MISC"),
        mention(text, "Piave", "MISC"),
        mention(text, "Piave Editore", "MISC"),
    ]
    assert spans(italian_culture(text, found, "it")) == [
        ("Mahler", "PER"),
        ("Roma", "LOC"),
        ("Mahler", "PER"),
        ("Elbphilharmonie", "LOC"),
        ("Piave", "LOC"),
        ("Piave Editore", "MISC"),
    ]


def test_other_languages_are_left_alone() -> None:
    text = "Die Orchestra Filarmonica della Scala spielt."
    assert italian_culture(text, [], "de") == []
