"""German news of casinos, lotteries and betting: a casino with its town, a Land's lottery, a
game's name, a counselling office, a town's adjective before a ministry and a dateline run into
a firm (ner/german_gambling.py).  Sentences written for the tests."""

from __future__ import annotations

from dataclasses import replace

from ner_mentions import mention, spans

from storywire.stages.ner.german_gambling import german_gambling


def test_a_casino_with_its_town_is_one_body() -> None:
    text = "Die Spielbank Bad Homburg meldet Verluste, das Casino Aachen nicht."
    found = [mention(text, "Bad Homburg", "LOC"), mention(text, "Aachen", "LOC")]
    assert spans(german_gambling(text, found, "de")) == [("Spielbank Bad Homburg", "ORG"), ("Casino Aachen", "ORG")]


def test_a_casino_without_a_town_is_left_alone() -> None:
    text = "Das Casino Royale lief im Kino."
    assert spans(german_gambling(text, [], "de")) == []


def test_a_lands_lottery_is_one_body_the_game_alone_none() -> None:
    text = "Bei Lotto Hessen ist man zufrieden. Lotto ist ein Spiel, Roulette auch."
    found = [
        mention(text, "Lotto Hessen", "PER"),
        replace(mention(text, "Lotto", "PER", 1), model="neural:de"),
        replace(mention(text, "Roulette", "LOC"), model="neural:de"),
    ]
    assert spans(german_gambling(text, found, "de")) == [("Lotto Hessen", "ORG")]


def test_a_counselling_office_with_its_topic_is_a_body() -> None:
    text = "Sie leitet die Fachstelle Suchtprävention der Caritas. Die Fachstelle Montag bleibt zu."
    assert spans(german_gambling(text, [], "de")) == [("Fachstelle Suchtprävention", "ORG")]


def test_a_towns_adjective_before_a_ministry_stays_out() -> None:
    text = "Ein Sprecher des Kieler Finanzministeriums sagte nichts."
    found = [mention(text, "Kieler Finanzministeriums", "ORG")]
    assert spans(german_gambling(text, found, "de")) == [("Finanzministeriums", "ORG")]


def test_a_dateline_run_into_the_firm_is_split() -> None:
    text = "Titel\n\nBad Kissingen – Die Fränkische Glücksspiel GmbH schließt."
    found = [mention(text, "Bad Kissingen – Die Fränkische Glücksspiel GmbH", "ORG")]
    assert spans(german_gambling(text, found, "de")) == [
        ("Bad Kissingen", "LOC"),
        ("Fränkische Glücksspiel GmbH", "ORG"),
    ]


def test_a_casino_after_a_locative_is_the_place() -> None:
    text = "Im Casino Lindau saßen am Abend hundert Gäste."
    found = [mention(text, "Lindau", "LOC")]
    assert spans(german_gambling(text, found, "de")) == [("Casino Lindau", "LOC")]
