"""Italian games and clubs: esports teams and their bare names, nicknamed people, "Comune di X",
technology parks and title-case national acronyms."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.italian_games import italian_games


def test_an_esports_team_and_its_bare_name_are_one_body() -> None:
    text = "La Nebula Esports ha vinto a Torino. Il presidente della Nebula è soddisfatto."
    found = [mention(text, "Nebula Esports", "PER"), mention(text, "Torino", "LOC"), mention(text, "Nebula", "PER", 1)]
    assert spans(italian_games(text, found, "it")) == [
        ("Nebula Esports", "ORG"),
        ("Torino", "LOC"),
        ("Nebula", "ORG"),
    ]


def test_an_article_before_gaming_is_no_team() -> None:
    text = "Il Gaming cresce in Italia."
    found = [mention(text, "Italia", "LOC")]
    assert spans(italian_games(text, found, "it")) == [("Italia", "LOC")]


def test_a_nicknamed_person_is_one_person() -> None:
    text = "Il centrocampista Paolo «Zeta» Conti ha segnato; la squadra «Aquile» Roma no."
    found = [mention(text, "Paolo", "MISC"), mention(text, "Zeta", "LOC"), mention(text, "Roma", "LOC")]
    assert spans(italian_games(text, found, "it")) == [("Paolo «Zeta» Conti", "PER"), ("Roma", "LOC")]


def test_a_municipality_a_technology_park_and_the_olympic_committee() -> None:
    text = (
        "L'assessore del Comune di Parma ha visitato il Tecnopolo di Reggio Emilia con il Coni. Il comune di Lodi no."
    )
    found = [mention(text, "Reggio Emilia", "LOC"), mention(text, "Coni", "MISC"), mention(text, "Lodi", "LOC")]
    assert spans(italian_games(text, found, "it")) == [
        ("Comune di Parma", "ORG"),
        ("Tecnopolo di Reggio Emilia", "LOC"),
        ("Coni", "ORG"),
        ("Lodi", "LOC"),
    ]


def test_other_languages_are_untouched() -> None:
    text = "Nebula Esports won in Turin."
    found = [mention(text, "Nebula Esports", "PER")]
    assert spans(italian_games(text, found, "en")) == [("Nebula Esports", "PER")]
