"""Race circuits and Polish monuments are places (ner/slavic_circuits.py).  Sentences and names
written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.slavic_circuits import slavic_circuits


def test_a_quoted_ring_and_a_quoted_name_after_a_track_word_are_places() -> None:
    text = "Гонка прошла на «Нижегородском кольце», а финал примет автодром «Красное Село»."
    found = [mention(text, "Нижегородском кольце", "ORG"), mention(text, "Красное Село", "ORG")]
    assert spans(slavic_circuits(text, found, "ru")) == [
        ("Нижегородском кольце", "LOC"),
        ("Красное Село", "LOC"),
    ]


def test_an_english_raceway_is_a_place_a_firm_holding_it_stays() -> None:
    text = "Этап пройдёт на трассе Kazan Raceway, а спонсор Kazan Raceway Holding заплатит."
    found = [mention(text, "Kazan Raceway", "ORG"), mention(text, "Kazan Raceway Holding", "ORG")]
    assert spans(slavic_circuits(text, found, "ru")) == [
        ("Kazan Raceway", "LOC"),
        ("Kazan Raceway Holding", "ORG"),
    ]


def test_a_quoted_club_after_no_track_word_is_left_alone() -> None:
    text = "Клуб «Ракета» выиграл, сказал тренер."
    found = [mention(text, "Ракета", "ORG")]
    assert spans(slavic_circuits(text, found, "ru")) == [("Ракета", "ORG")]


def test_a_polish_monument_with_its_kind_word_is_a_place() -> None:
    text = "Przy Pomniku Obrońców Poczty Polskiej złożono kwiaty; pomnik stoi od lat."
    found = [mention(text, "Pomniku Obrońców Poczty Polskiej", "ORG")]
    assert spans(slavic_circuits(text, found, "pl")) == [("Pomniku Obrońców Poczty Polskiej", "LOC")]
    assert slavic_circuits("Pomnik stoi w parku.", [], "pl") == []
