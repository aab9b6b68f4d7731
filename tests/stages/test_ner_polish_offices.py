"""Polish electoral commissions and numbered schools with their towns, people after an office,
law firms and quoted firms with a legal form (ner/polish_offices.py).  Sentences written for
the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.polish_offices import polish_offices


def test_a_commission_and_its_town_are_one_body_the_national_one_has_none() -> None:
    text = "Wyniki podała Terytorialna Komisja Wyborcza w Słupcy, a Państwowa Komisja Wyborcza w Warszawie milczy."
    found = [
        mention(text, "Terytorialna Komisja Wyborcza", "ORG"),
        mention(text, "Słupcy", "LOC"),
        mention(text, "Państwowa Komisja Wyborcza", "ORG"),
        mention(text, "Warszawie", "LOC"),
    ]
    assert spans(polish_offices(text, found, "pl")) == [
        ("Terytorialna Komisja Wyborcza w Słupcy", "ORG"),
        ("Państwowa Komisja Wyborcza", "ORG"),
        ("Warszawie", "LOC"),
    ]


def test_a_numbered_school_or_commission_is_one_body_with_its_number_and_town() -> None:
    text = "Do Przedszkola Miejskiego nr 7 w Turku zapisano dzieci. Głosy liczy Obwodowa Komisja Wyborcza nr 12."
    found = [mention(text, "Przedszkola Miejskiego", "ORG"), mention(text, "Turku", "LOC")]
    assert spans(polish_offices(text, found, "pl")) == [
        ("Przedszkola Miejskiego nr 7 w Turku", "ORG"),
        ("Obwodowa Komisja Wyborcza nr 12", "ORG"),
    ]


def test_a_number_after_no_school_names_nothing_and_pupils_stay_out() -> None:
    text = "Pociąg Regio nr 512 spóźnił się. Autobus linii nr 4 też."
    assert polish_offices(text, [], "pl") == []
    text = "Uczniowie Technikum Leśnego nr 2 protestują."
    assert spans(polish_offices(text, [], "pl")) == [("Technikum Leśnego nr 2", "ORG")]


def test_a_person_after_an_office_and_its_town_is_split_off() -> None:
    text = "Mówi była skarbnik Urzędu Gminy w Kłodawie Anna Wójcik."
    found = [mention(text, "Urzędu Gminy w Kłodawie Anna Wójcik", "ORG")]
    assert spans(polish_offices(text, found, "pl")) == [("Urzędu Gminy w Kłodawie", "ORG"), ("Anna Wójcik", "PER")]


def test_a_law_firm_by_its_partners_is_a_body_accomplices_are_not() -> None:
    text = "Pozew złożyła kancelaria Zieliński, Mazur i Partnerzy. Policja zatrzymała Kowala i wspólników."
    found = [mention(text, "Zieliński", "PER"), mention(text, "Kowala", "PER")]
    assert spans(polish_offices(text, found, "pl")) == [("Zieliński, Mazur i Partnerzy", "ORG"), ("Kowala", "PER")]


def test_a_quoted_firm_starts_at_its_kind_word_or_its_quote() -> None:
    text = "Akcje Zakładów Mięsnych „Sokół” S.A. rosną. Ogłosiła to spółka „Tor-Bud” Sp. z o.o. wczoraj."
    assert spans(polish_offices(text, [], "pl")) == [
        ("Zakładów Mięsnych „Sokół” S.A.", "ORG"),
        ("„Tor-Bud” Sp. z o.o.", "ORG"),
    ]


def test_a_quoted_firm_with_its_legal_form_is_one_body_without_the_title_before_it() -> None:
    text = "Prezes Zakładów Chemicznych „Odra” S.A. odszedł. Ogłosiło to „Radio Opole”."
    found = [mention(text, "Prezes Zakładów Chemicznych „Odra", "ORG"), mention(text, "Radio Opole", "ORG")]
    assert spans(polish_offices(text, found, "pl")) == [
        ("Zakładów Chemicznych „Odra” S.A.", "ORG"),
        ("Radio Opole", "ORG"),
    ]


def test_a_mills_kind_and_grain_open_its_quoted_name_with_the_legal_form() -> None:
    text = "Młyn Żytni „Jaskółka” sp. z o.o. podniósł ceny. Prezes „Jaskółki” milczy."
    found = [mention(text, "„Jaskółka” sp. z o.o.", "ORG")]
    assert spans(polish_offices(text, found, "pl")) == [("Młyn Żytni „Jaskółka” sp. z o.o.", "ORG")]
