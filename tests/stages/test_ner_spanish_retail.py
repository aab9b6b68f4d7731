"""Spanish shops by their trade, bodies' names without the verb after them, portfolios,
campaigns and holidays, and a chain named again."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.spanish_retail import spanish_retail


def test_a_shop_named_by_its_trade_and_owner_is_a_firm() -> None:
    text = "Lo dice Pilar Soler, de Ferretería Soler, junto a la Librería del barrio."
    found = [mention(text, "Pilar Soler", "PER"), mention(text, "Ferretería Soler", "PER")]
    assert spans(spanish_retail(text, found, "es")) == [("Pilar Soler", "PER"), ("Ferretería Soler", "ORG")]


def test_a_short_verb_is_cut_from_a_body_but_a_connector_is_not_taken() -> None:
    text = "La Federación de Vecinos de Lugo ha pedido más. La Casa de la Moneda. Las Leónidas en el mes."
    found = [mention(text, "Federación de Vecinos de Lugo ha", "ORG"), mention(text, "Casa de la Moneda", "ORG")]
    found.append(mention(text, "Leónidas en el mes", "ORG"))
    assert spans(spanish_retail(text, found, "es")) == [
        ("Federación de Vecinos de Lugo", "ORG"),
        ("Casa de la Moneda", "ORG"),
        ("Leónidas", "ORG"),
    ]


def test_portfolios_campaigns_and_holidays_are_no_names() -> None:
    text = "El concejal de Turismo presentó la campaña Burgos Late Fuerte para Semana Santa con Cáritas de Burgos."
    text += " ¡Feliz Navidad!"
    found = [
        mention(text, "Feliz Navidad", "PER"),
        mention(text, "Turismo", "ORG"),
        mention(text, "Burgos Late Fuerte", "PER"),
        mention(text, "Semana Santa", "LOC"),
        mention(text, "Cáritas de Burgos", "ORG"),
    ]
    assert spans(spanish_retail(text, found, "es")) == [("Cáritas de Burgos", "ORG")]


def test_a_chain_read_again_as_a_place_is_the_firm() -> None:
    text = "La cadena Dulcemar abre en Soria. La llegada de Dulcemar a Soria."
    found = [
        mention(text, "Dulcemar", "ORG"),
        mention(text, "Soria", "LOC"),
        mention(text, "Dulcemar", "LOC", 1),
        mention(text, "Soria", "LOC", 1),
    ]
    found[0].model = "body-noun"
    assert spans(spanish_retail(text, found, "es")) == [
        ("Dulcemar", "ORG"),
        ("Soria", "LOC"),
        ("Dulcemar", "ORG"),
        ("Soria", "LOC"),
    ]


def test_other_languages_are_left_alone() -> None:
    text = "Il Natale a Zapatería Rossi."
    found = [mention(text, "Zapatería Rossi", "PER")]
    assert spans(spanish_retail(text, found, "it")) == [("Zapatería Rossi", "PER")]


def test_a_holiday_dated_by_its_year_and_a_portfolio_read_as_a_place_are_dropped() -> None:
    text = "Actuó en la Navidad de 1987, dijo la concejala de Turismo, y el concejal de Soria."
    found = [mention(text, "Navidad de 1987", "ORG"), mention(text, "Turismo", "LOC"), mention(text, "Soria", "LOC")]
    assert spans(spanish_retail(text, found, "es")) == [("Soria", "LOC")]


def test_a_year_after_a_name_that_is_no_holiday_stays() -> None:
    text = "Firmó la Constitución de 1978 ante todos."
    found = [mention(text, "Constitución de 1978", "MISC")]
    assert spans(spanish_retail(text, found, "es")) == [("Constitución de 1978", "MISC")]


def test_a_two_word_portfolio_is_no_body_but_the_department_is() -> None:
    text = "El concejal de Medio Ambiente, Pedro Gil, habló con la Consejería de Medio Ambiente."
    found = [
        mention(text, "Medio Ambiente", "ORG"),
        mention(text, "Pedro Gil", "PER"),
        mention(text, "Consejería de Medio Ambiente", "ORG"),
    ]
    assert spans(spanish_retail(text, found, "es")) == [("Pedro Gil", "PER"), ("Consejería de Medio Ambiente", "ORG")]


def test_a_firm_named_by_its_industry_is_a_firm_and_its_name_alone_until_a_founder_is_named() -> None:
    text = "La imprenta Talleres Ordás cierra. Después, Ordás pidió ayuda. La fundó en 1950 Tomás Ordás, y Ordás vive."
    found = [mention(text, "Talleres Ordás", "PER"), mention(text, "Tomás Ordás", "PER")]
    found.append(mention(text, "Ordás", "PER", nth=3))
    assert spans(spanish_retail(text, found, "es")) == [
        ("Talleres Ordás", "ORG"),
        ("Ordás", "ORG"),
        ("Tomás Ordás", "PER"),
        ("Ordás", "PER"),
    ]


def test_an_industry_word_before_a_longer_name_or_a_given_name_is_left_alone() -> None:
    text = "Industrias Químicas del Norte contrata. Talleres Manuel abre. Transportes Ruiz Hermanos crece."
    found = [mention(text, "Industrias Químicas del Norte", "ORG")]
    assert spans(spanish_retail(text, found, "es")) == [("Industrias Químicas del Norte", "ORG")]


def test_a_redundancy_procedure_is_no_body() -> None:
    text = "La fábrica presenta un ERE para 40 trabajadores; el ERTE acaba. La Erera y EREBUS siguen."
    found = [mention(text, "ERE para 40 trabajadores", "ORG"), mention(text, "ERTE", "ORG")]
    found.append(mention(text, "EREBUS", "ORG"))
    assert spans(spanish_retail(text, found, "es")) == [("EREBUS", "ORG")]
