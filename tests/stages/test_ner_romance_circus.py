"""Italian and Spanish circus, street-show, local transport and port news: circuses,
performers, open areas, lakes, bodies with their acronyms, bus firms, bare councils, terminals."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.romance_circus import romance_circus


def test_a_circus_named_with_its_kind_word_is_a_body_but_the_roman_circus_is_not() -> None:
    text = "Arriva a Lecce il Circo Fratelli Zanardi. Il concerto si tiene al Circo Massimo."
    found = [mention(text, "Lecce", "LOC"), mention(text, "Circo Fratelli Zanardi", "PER")]
    found.append(mention(text, "Circo Massimo", "LOC"))
    assert spans(romance_circus(text, found, "it")) == [
        ("Lecce", "LOC"),
        ("Circo Fratelli Zanardi", "ORG"),
        ("Circo Massimo", "LOC"),
    ]


def test_a_performer_after_his_trade_is_a_person() -> None:
    text = "Sul palco il clown Bombolo e il mago Zurlì."
    found = [mention(text, "Zurlì", "LOC")]
    assert spans(romance_circus(text, found, "it")) == [("Bombolo", "PER"), ("Zurlì", "PER")]
    text = "En la pista, el payaso Fideíto y el mago de Oz."
    assert spans(romance_circus(text, [], "es")) == [("Fideíto", "PER")]


def test_an_open_area_named_with_campo_is_a_place() -> None:
    text = "Le giostre sono montate a Campo Fiera, vicino al fiume."
    assert spans(romance_circus(text, [mention(text, "Campo Fiera", "PER")], "it")) == [("Campo Fiera", "LOC")]


def test_a_lake_named_by_an_adjective_keeps_its_kind_word() -> None:
    text = "Il tendone sorge sulla riva del lago Inferiore. La ruta bordea la laguna Negra."
    found = [mention(text, "Inferiore", "LOC"), mention(text, "Negra", "PER")]
    assert spans(romance_circus(text, found, "it")) == [("lago Inferiore", "LOC"), ("laguna Negra", "LOC")]


def test_a_body_up_to_its_acronym_and_the_acronym_wherever_it_stands() -> None:
    text = "Protesta la Lega Difesa Cani (Ldc). Per la Ldc il divieto serve."
    found = [mention(text, "Lega Difesa Cani", "ORG"), mention(text, "Ldc", "PER"), mention(text, "Per la Ldc", "PER")]
    assert spans(romance_circus(text, found, "it")) == [("Lega Difesa Cani", "ORG"), ("Ldc", "ORG"), ("Ldc", "ORG")]
    text = "La Asociación de Pescadores del Bajo Ebro (Apesbe) protesta."
    found = [mention(text, "Asociación de Pescadores del Bajo", "ORG"), mention(text, "Ebro", "LOC")]
    assert spans(romance_circus(text, found, "es")) == [
        ("Asociación de Pescadores del Bajo Ebro", "ORG"),
        ("Apesbe", "ORG"),
    ]


def test_a_bracket_that_does_not_share_the_first_letter_is_no_acronym() -> None:
    text = "La Lega Difesa Cani (Roma) protesta."
    found = [mention(text, "Lega Difesa Cani", "ORG"), mention(text, "Roma", "LOC")]
    assert spans(romance_circus(text, found, "it")) == [("Lega Difesa Cani", "ORG"), ("Roma", "LOC")]


def test_a_bus_firm_after_its_vehicles_is_a_body_but_a_region_is_not() -> None:
    text = "Le navette dell'Atam partono ogni ora; i pullman della Lombardia no."
    found = [mention(text, "Atam", "LOC"), mention(text, "Lombardia", "LOC")]
    assert spans(romance_circus(text, found, "it")) == [("Atam", "ORG"), ("Lombardia", "LOC")]


def test_a_bare_council_the_town_police_and_a_national_body_with_its_noun() -> None:
    text = (
        "Gli attivisti chiedono al Comune di non rinnovare il permesso. La Polizia locale di Asti vigila. "
        "Lo conferma l'Ente nazionale sordi."
    )
    found = [
        mention(text, "Comune di non", "ORG"),
        mention(text, "Polizia", "ORG"),
        mention(text, "Asti", "LOC"),
        mention(text, "Ente nazionale", "ORG"),
    ]
    assert spans(romance_circus(text, found, "it")) == [
        ("Comune", "ORG"),
        ("Polizia locale di Asti", "ORG"),
        ("Ente nazionale sordi", "ORG"),
    ]


def test_a_terminal_after_its_kind_word_is_a_place() -> None:
    text = "Los estibadores de la terminal de Muelle Norte Dos protestan."
    found = [mention(text, "Muelle Norte Dos", "ORG")]
    assert spans(romance_circus(text, found, "es")) == [("Muelle Norte Dos", "LOC")]


def test_portfolios_quotations_staff_and_lower_case_tails_are_cut() -> None:
    text = (
        "Agentes de la Policía Local cortaron la calle. La concejala de Turismo, Ana Gil, habló. "
        "Pidió al Ministerio de Fomento «una solución urgente». Fuentes del sindicato lo confirman."
    )
    found = [
        mention(text, "Agentes", "ORG"),
        mention(text, "Policía Local", "ORG"),
        mention(text, "Turismo", "ORG"),
        mention(text, "Ana Gil", "PER"),
        mention(text, "Ministerio de Fomento «una solución urgente", "ORG"),
        mention(text, "Fuentes del sindicato", "PER"),
    ]
    assert spans(romance_circus(text, found, "es")) == [
        ("Policía Local", "ORG"),
        ("Ana Gil", "PER"),
        ("Ministerio de Fomento", "ORG"),
    ]


def test_a_nickname_in_quotes_stays_in_its_person() -> None:
    text = "Ha vinto Luca «Falco» Neri."
    found = [mention(text, "Luca «Falco» Neri", "PER")]
    assert spans(romance_circus(text, found, "it")) == [("Luca «Falco» Neri", "PER")]


def test_a_port_the_ferries_come_from_is_a_place() -> None:
    text = "Las mercancías llegadas en los buques desde Nador West Med esperan. La naviera Balearia protesta."
    found = [mention(text, "Nador West Med", "ORG"), mention(text, "Balearia", "ORG")]
    assert spans(romance_circus(text, found, "es")) == [("Nador West Med", "LOC"), ("Balearia", "ORG")]
