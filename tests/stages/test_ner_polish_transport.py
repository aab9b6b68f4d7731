"""Polish stations, depots, offices and headline group nouns (ner/polish_transport.py) and a
paper in the instrumental (ner/polish_press.py).  Sentences and names written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.polish_press import polish_press
from storywire.stages.ner.polish_transport import polish_transport


def test_a_station_keeps_its_kind_word() -> None:
    text = "Autobusy dojadą do dworca Kraków Płaszów i wrócą."
    found = [mention(text, "Kraków Płaszów", "LOC")]
    assert spans(polish_transport(text, found, "pl")) == [("dworca Kraków Płaszów", "LOC")]


def test_a_depot_with_its_capitalised_kind_words_is_a_place() -> None:
    text = "Wozy stoją w Zajezdni Autobusowej Wola od rana."
    found = [mention(text, "Zajezdni Autobusowej Wola", "ORG")]
    assert spans(polish_transport(text, found, "pl")) == [("Zajezdni Autobusowej Wola", "LOC")]


def test_an_office_joins_the_body_after_it_but_not_a_lower_case_one() -> None:
    text = "Pieniądze dał Urząd Marszałkowski Województwa Opolskiego, a urząd Gminy Nysa milczy."
    found = [mention(text, "Marszałkowski Województwa Opolskiego", "ORG"), mention(text, "Gminy Nysa", "ORG")]
    assert spans(polish_transport(text, found, "pl")) == [
        ("Urząd Marszałkowski Województwa Opolskiego", "ORG"),
        ("Gminy Nysa", "ORG"),
    ]


def test_a_headline_group_noun_is_no_name_but_a_body_before_a_colon_is() -> None:
    text = "Motorniczowie: brakuje ludzi. Orlen: ceny spadną."
    found = [mention(text, "Motorniczowie", "ORG"), mention(text, "Orlen", "ORG")]
    assert spans(polish_transport(text, found, "pl")) == [("Orlen", "ORG")]


def test_a_paper_in_an_interview_is_a_body_but_a_quote_is_not() -> None:
    text = "Powiedział to w rozmowie z „Kurierem Lubelskim”. W rozmowie z „nami” nie dodał nic."
    found = [mention(text, "Kurierem Lubelskim", "LOC")]
    assert spans(polish_press(text, found, "pl")) == [("Kurierem Lubelskim", "ORG")]


def test_a_station_with_its_capitalised_kind_word_is_a_place() -> None:
    text = "Taksówki czekają przy Dworcu Centralnym od rana, a dworzec jest pusty."
    assert spans(polish_transport(text, [], "pl")) == [("Dworcu Centralnym", "LOC")]


def test_a_ride_from_an_untagged_district_to_a_place_starts_at_a_place() -> None:
    text = "Kurs z Bronowic do Nowej Huty trwa godzinę, a spacer z Janem do Nowej Huty dwie."
    found = [mention(text, "Nowej Huty", "LOC"), mention(text, "Nowej Huty", "LOC", 1)]
    assert spans(polish_transport(text, found, "pl")) == [
        ("Bronowic", "LOC"),
        ("Nowej Huty", "LOC"),
        ("Nowej Huty", "LOC"),
    ]


def test_a_ride_needs_a_place_at_its_end() -> None:
    text = "Przejazd z Bronowic do Tomasza Nowaka nic nie kosztował."
    found = [mention(text, "Tomasza Nowaka", "PER")]
    assert spans(polish_transport(text, found, "pl")) == [("Tomasza Nowaka", "PER")]


def test_residents_live_in_a_place_not_in_a_person() -> None:
    text = "Skarżą się mieszkańcy Zabłocia, a Kazimierza Nowaka chwalą sąsiedzi."
    found = [mention(text, "Zabłocia", "PER"), mention(text, "Kazimierza Nowaka", "PER")]
    assert spans(polish_transport(text, found, "pl")) == [("Zabłocia", "LOC"), ("Kazimierza Nowaka", "PER")]
