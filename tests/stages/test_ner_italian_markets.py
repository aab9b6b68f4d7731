"""Italian firms by their legal form and short names, food shops, zooprophylactic institutes,
wholesale food centres, protection commands, coasts, bare health authorities, dailies and
interrogatives opening a quote (round 36's food-safety and market news)."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.italian_markets import italian_markets


def test_a_firm_with_its_legal_form_is_a_body_and_its_town_a_place() -> None:
    text = "Alla Gabbiano Export S.r.l. di Castel Volturno i tecnici hanno trovato carenze."
    found = [mention(text, "Alla Gabbiano Export", "PER"), mention(text, "S.r.l. di Castel Volturno", "PER")]
    assert spans(italian_markets(text, found, "it")) == [
        ("Gabbiano Export S.r.l.", "ORG"),
        ("Castel Volturno", "LOC"),
    ]


def test_a_firms_short_name_and_its_last_word_are_the_same_body() -> None:
    text = "La Verona Mercati S.p.A. gestisce il mercato. Il presidente di Verona Mercati parla. Mercati cresce."
    found = [
        mention(text, "Verona Mercati S.p.A.", "ORG"),
        mention(text, "Verona Mercati", "PER", 1),
        mention(text, "Mercati", "MISC", 2),
    ]
    assert spans(italian_markets(text, found, "it")) == [
        ("Verona Mercati S.p.A.", "ORG"),
        ("Verona Mercati", "ORG"),
        ("Mercati", "ORG"),
    ]


def test_a_food_shop_is_a_body_and_its_town_a_place() -> None:
    text = "La Macelleria Ferri di Eboli è stata multata dai veterinari."
    found = [mention(text, "Macelleria Ferri di Eboli", "ORG")]
    assert spans(italian_markets(text, found, "it")) == [("Macelleria Ferri", "ORG"), ("Eboli", "LOC")]


def test_a_zooprophylactic_institute_is_a_body_and_its_seat_a_place() -> None:
    text = "I campioni sono andati all'Istituto zooprofilattico sperimentale delle Venezie di Legnaro."
    found = [mention(text, "Istituto", "MISC"), mention(text, "Venezie di Legnaro", "PER")]
    assert spans(italian_markets(text, found, "it")) == [
        ("Istituto zooprofilattico sperimentale delle Venezie", "ORG"),
        ("Legnaro", "LOC"),
    ]


def test_a_wholesale_food_centre_with_its_town_is_one_place() -> None:
    text = "I controlli nel Centro agroalimentare di Bologna sono terminati."
    found = [mention(text, "Centro", "ORG"), mention(text, "Bologna", "LOC")]
    assert spans(italian_markets(text, found, "it")) == [("Centro agroalimentare di Bologna", "LOC")]


def test_a_carabinieri_protection_command_is_a_body() -> None:
    text = "Il Comando carabinieri per la tutela del lavoro ha avviato un'indagine."
    found = [mention(text, "Comando", "MISC")]
    assert spans(italian_markets(text, found, "it")) == [("Comando carabinieri per la tutela del lavoro", "ORG")]


def test_a_coast_with_its_adjective_is_a_place() -> None:
    text = "I turisti della Costiera sorrentina protestano."
    found = [mention(text, "Costiera", "MISC")]
    assert spans(italian_markets(text, found, "it")) == [("Costiera sorrentina", "LOC")]


def test_a_bare_health_authority_and_a_daily_are_bodies_but_an_opening_interrogative_no_name() -> None:
    text = "«Chi vende pesce scongelato sarà punito», ha detto al Mattino il sindaco. L'Asl ha chiuso il locale."
    found = [mention(text, "Chi", "LOC"), mention(text, "Mattino", "LOC"), mention(text, "Asl", "MISC")]
    assert spans(italian_markets(text, found, "it")) == [("Mattino", "ORG"), ("Asl", "ORG")]


def test_a_health_authority_with_its_town_is_left_to_the_rules() -> None:
    text = "I veterinari dell'Asl Napoli 3 Sud sono intervenuti."
    found = [mention(text, "Asl Napoli 3 Sud", "ORG")]
    assert spans(italian_markets(text, found, "it")) == [("Asl Napoli 3 Sud", "ORG")]


def test_other_languages_are_left_alone() -> None:
    text = "La Macelleria Ferri di Eboli."
    found = [mention(text, "Macelleria Ferri di Eboli", "ORG")]
    assert spans(italian_markets(text, found, "es")) == [("Macelleria Ferri di Eboli", "ORG")]


def test_a_food_factory_with_its_kind_word_is_a_body() -> None:
    text = "Gli operai dell'ex Oleificio Sereno di Bitonto hanno protestato."
    found = [mention(text, "Oleificio Sereno di Bitonto", "PER")]
    assert spans(italian_markets(text, found, "it")) == [("Oleificio Sereno", "ORG"), ("Bitonto", "LOC")]


def test_a_factory_word_inside_a_firm_with_its_legal_form_keeps_the_firm() -> None:
    text = "La Biscottificio Fratelli Nardi S.r.l. ha assunto dieci persone."
    found = [mention(text, "Biscottificio Fratelli Nardi", "PER")]
    assert spans(italian_markets(text, found, "it")) == [("Biscottificio Fratelli Nardi S.r.l.", "ORG")]
