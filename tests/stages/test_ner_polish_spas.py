"""Polish spa-town datelines, genera, parks, massifs, branches, rivers, town offices, baths and
an association's country (ner/polish_spas.py).  Sentences and names written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.polish_spas import polish_spas


def test_a_dateline_town_before_the_agency_is_a_place() -> None:
    text = "Krynica-Zdrój (PAP) – Radni zebrali się w czwartek."
    found = [mention(text, "PAP", "ORG")]
    assert spans(polish_spas(text, found, "pl")) == [("Krynica-Zdrój", "LOC"), ("PAP", "ORG")]


def test_a_town_in_brackets_mid_sentence_is_no_dateline() -> None:
    text = "Wynik podał Jan Nowak (PAP) – i nic więcej."
    found = [mention(text, "Jan Nowak", "PER"), mention(text, "PAP", "ORG")]
    assert spans(polish_spas(text, found, "pl")) == [("Jan Nowak", "PER"), ("PAP", "ORG")]


def test_a_genus_after_bacteria_is_no_name_but_a_body_after_it_stays() -> None:
    text = "W wodzie znaleziono bakterie Salmonella. Badania zlecił Sanepid."
    found = [mention(text, "Salmonella", "ORG"), mention(text, "Sanepid", "ORG")]
    assert spans(polish_spas(text, found, "pl")) == [("Sanepid", "ORG")]


def test_a_park_after_a_preposition_is_a_place_but_a_speaking_park_stays_a_body() -> None:
    text = "Koncert odbędzie się w Parku Miejskim. Park Krajobrazowy Orle ogłosił konkurs."
    found = [mention(text, "Parku Miejskim", "ORG"), mention(text, "Park Krajobrazowy Orle", "ORG")]
    assert spans(polish_spas(text, found, "pl")) == [("Parku Miejskim", "LOC"), ("Park Krajobrazowy Orle", "ORG")]


def test_a_massif_with_its_kind_word_is_a_place_but_a_lone_name_keeps_its_type() -> None:
    text = "Szlak biegnie u stóp Masywu Ślęży. Ślęża wygrała mecz."
    found = [mention(text, "Masywu Ślęży", "PER"), mention(text, "Ślęża", "ORG")]
    assert spans(polish_spas(text, found, "pl")) == [("Masywu Ślęży", "LOC"), ("Ślęża", "ORG")]


def test_a_regional_branch_keeps_its_body_but_a_lower_case_branch_does_not() -> None:
    text = "Mazowiecki Oddział Wojewódzki NFZ podpisał umowy, a oddział ZUS milczy."
    found = [mention(text, "NFZ", "ORG"), mention(text, "ZUS", "ORG")]
    assert spans(polish_spas(text, found, "pl")) == [("Mazowiecki Oddział Wojewódzki NFZ", "ORG"), ("ZUS", "ORG")]


def test_a_river_with_its_adjective_is_one_place_but_not_a_team_beaten() -> None:
    text = "Dom stoi nad Białą Głuchołaską. Było to zwycięstwo nad Wisłą Płocką."
    found = [mention(text, "Białą", "LOC"), mention(text, "Wisłą Płocką", "ORG")]
    assert spans(polish_spas(text, found, "pl")) == [("Białą Głuchołaską", "LOC"), ("Wisłą Płocką", "ORG")]


def test_a_town_and_commune_office_is_one_body() -> None:
    text = "Urząd Miasta i Gminy Września ogłosił przetarg. Miasta i gminy czekają."
    found = [mention(text, "Miasta", "LOC"), mention(text, "Gminy Września", "LOC")]
    assert spans(polish_spas(text, found, "pl")) == [("Urząd Miasta i Gminy Września", "ORG")]


def test_named_baths_are_a_place_but_lone_baths_are_no_name() -> None:
    text = "Termy w Uniejowie otwarte. Goście chwalą kompleks Termy Cieplickie."
    found = [mention(text, "Cieplickie", "ORG")]
    assert spans(polish_spas(text, found, "pl")) == [("Termy Cieplickie", "LOC")]


def test_an_association_ending_with_rp_is_split_but_an_office_is_left() -> None:
    text = "Apel wystosowało Stowarzyszenie Gmin Górniczych RP. Wniosek trafił do Urzędu Patentowego RP."
    found = [mention(text, "Stowarzyszenie Gmin Górniczych RP", "ORG"), mention(text, "Urzędu Patentowego RP", "ORG")]
    assert spans(polish_spas(text, found, "pl")) == [
        ("Stowarzyszenie Gmin Górniczych", "ORG"),
        ("RP", "LOC"),
        ("Urzędu Patentowego RP", "ORG"),
    ]


def test_other_languages_are_left() -> None:
    text = "Дом стоит в Парке Горького."
    found = [mention(text, "Парке Горького", "ORG")]
    assert spans(polish_spas(text, found, "ru")) == [("Парке Горького", "ORG")]


def test_a_kind_word_firms_name_acting_is_the_firm_but_not_after_a_preposition() -> None:
    text = "Ośrodek należy do spółki Uzdrowisko Rymanów S.A. Rymanów szacuje straty. Rymanów na mapie leży nisko."
    found = [mention(text, "Uzdrowisko Rymanów S.A.", "ORG")]
    assert spans(polish_spas(text, found, "pl")) == [("Uzdrowisko Rymanów S.A.", "ORG"), ("Rymanów", "ORG")]
