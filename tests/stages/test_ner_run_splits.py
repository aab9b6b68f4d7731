"""Spans run over several names, cut (ner/run_splits.py). Sentences written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.run_splits import split_runs


def test_a_body_a_rank_and_a_person_are_three_names() -> None:
    text = "W obecności dowódcy Sił Powietrznych gen. Jana Nowaka Inspektorat Wsparcia podpisał umowę."
    found = [mention(text, "Sił Powietrznych gen. Jana Nowaka Inspektorat Wsparcia", "ORG")]
    assert spans(split_runs(found, "pl")) == [
        ("Sił Powietrznych", "ORG"),
        ("Jana Nowaka", "PER"),
        ("Inspektorat Wsparcia", "ORG"),
    ]


def test_a_firm_the_article_names_and_a_person_after_it() -> None:
    text = "Umowa z Delta Drony sp. z o.o. Według prezes Delta Drony Ewy Kowalskiej firma rośnie. Jan Maria Nowak Kos."
    found = [
        mention(text, "Delta Drony sp. z o.o.", "ORG"),
        mention(text, "Delta Drony Ewy Kowalskiej", "PER"),
        mention(text, "Jan Maria Nowak Kos", "PER"),
    ]
    assert spans(split_runs(found, "pl")) == [
        ("Delta Drony sp. z o.o.", "ORG"),
        ("Delta Drony", "ORG"),
        ("Ewy Kowalskiej", "PER"),
        ("Jan Maria Nowak Kos", "PER"),
    ]
    assert split_runs(found, "de") == found


def test_a_patron_with_his_rank_after_im_stays_in_the_body() -> None:
    text = "Wartę wystawiła 12. Brygada Zmechanizowana im. gen. Józefa Hallera."
    found = [mention(text, "12. Brygada Zmechanizowana im. gen. Józefa Hallera", "ORG")]
    assert spans(split_runs(found, "pl")) == [("12. Brygada Zmechanizowana im. gen. Józefa Hallera", "ORG")]
