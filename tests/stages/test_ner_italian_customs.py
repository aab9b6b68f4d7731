"""Italian customs and tax offices, tax police departments, "la Finanza", territorial
federations, rivers after a bank's word and towns whose name holds "dei"."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.italian_customs import italian_customs


def test_a_customs_office_with_its_town_is_one_body() -> None:
    text = "I controlli dell'Ufficio delle Dogane di Genova sono partiti a marzo."
    found = [mention(text, "Ufficio", "ORG"), mention(text, "Dogane di Genova", "ORG")]
    assert spans(italian_customs(text, found, "it")) == [("Ufficio delle Dogane di Genova", "ORG")]


def test_a_provincial_tax_office_with_its_town_is_one_body_and_its_parent_stays_apart() -> None:
    text = "La Direzione provinciale di Pisa dell'Agenzia delle Entrate ha inviato le cartelle."
    found = [mention(text, "Pisa", "LOC"), mention(text, "Agenzia delle Entrate", "ORG")]
    assert spans(italian_customs(text, found, "it")) == [
        ("Direzione provinciale di Pisa", "ORG"),
        ("Agenzia delle Entrate", "ORG"),
    ]


def test_a_tax_police_department_is_a_body() -> None:
    text = "Gli uomini del Nucleo di polizia tributaria del Comando di Bari hanno sequestrato i conti."
    found = [mention(text, "Nucleo", "MISC"), mention(text, "Comando di Bari", "ORG")]
    assert spans(italian_customs(text, found, "it")) == [
        ("Nucleo di polizia tributaria", "ORG"),
        ("Comando di Bari", "ORG"),
    ]


def test_the_finance_guards_short_name_is_a_body_but_not_inside_another_name() -> None:
    text = "Ieri la Finanza ha chiuso un deposito. La Scuola della Finanza resta aperta."
    found = [mention(text, "Finanza", "MISC"), mention(text, "Finanza", "MISC", 1)]
    assert spans(italian_customs(text, found, "it")) == [("Finanza", "ORG"), ("Finanza", "MISC")]


def test_a_federation_with_its_territory_is_one_body_but_not_with_its_presidents_name() -> None:
    text = "Lo dice Confcommercio Alto Adige. Lo conferma Confindustria Carlo Bonomi."
    found = [
        mention(text, "Confcommercio", "ORG"),
        mention(text, "Alto Adige", "LOC"),
        mention(text, "Confindustria", "ORG"),
        mention(text, "Carlo Bonomi", "PER"),
    ]
    assert spans(italian_customs(text, found, "it")) == [
        ("Confcommercio Alto Adige", "ORG"),
        ("Confindustria", "ORG"),
        ("Carlo Bonomi", "PER"),
    ]


def test_a_river_after_a_banks_word_is_a_place_but_not_inside_a_firms_name() -> None:
    text = "Il mulino sorge sulla riva destra del Brenta, accanto alla Cartiera Brenta S.p.A."
    found = [mention(text, "Brenta", "MISC"), mention(text, "Cartiera Brenta S.p.A.", "ORG")]
    assert spans(italian_customs(text, found, "it")) == [("Brenta", "LOC"), ("Cartiera Brenta S.p.A.", "ORG")]


def test_a_town_whose_name_holds_dei_is_one_place() -> None:
    text = "Ha comprato una villa a Forte dei Marmi."
    found = [mention(text, "Forte", "LOC"), mention(text, "Marmi", "MISC")]
    assert spans(italian_customs(text, found, "it")) == [("Forte dei Marmi", "LOC")]


def test_other_languages_are_left_alone() -> None:
    text = "la Finanza"
    assert italian_customs(text, [], "es") == []


def test_a_tax_police_department_named_with_its_town_is_one_body() -> None:
    text = "Lo ha detto il comandante del Nucleo di polizia economico-finanziaria di Reggio Calabria."
    found = [mention(text, "Reggio Calabria", "LOC")]
    assert spans(italian_customs(text, found, "it")) == [
        ("Nucleo di polizia economico-finanziaria di Reggio Calabria", "ORG")
    ]


def test_a_second_river_referred_back_to_by_quella_is_a_place() -> None:
    text = "Le vongole muoiono tra la foce del Piave e quella dell'Isonzo, dicono i pescatori."
    found = [mention(text, "Piave", "LOC"), mention(text, "Isonzo", "MISC")]
    assert spans(italian_customs(text, found, "it")) == [("Piave", "LOC"), ("Isonzo", "LOC")]


def test_a_town_off_which_a_boat_lies_is_a_place() -> None:
    text = "La Guardia costiera ha fermato un peschereccio al largo di Caorle ieri."
    found = [mention(text, "Guardia costiera", "ORG"), mention(text, "Caorle", "MISC")]
    assert spans(italian_customs(text, found, "it")) == [("Guardia costiera", "ORG"), ("Caorle", "LOC")]


def test_al_largo_before_a_lower_case_word_gives_nothing() -> None:
    text = "La nave resta al largo della costa, dicono i pescatori di Caorle."
    found = [mention(text, "Caorle", "LOC")]
    assert spans(italian_customs(text, found, "it")) == [("Caorle", "LOC")]
