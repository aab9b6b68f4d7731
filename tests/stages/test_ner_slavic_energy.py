"""Polish mines, mining forms and schools, Russian and Ukrainian regiments, repeated acronyms
and airlines (ner/slavic_energy.py).  Sentences and names written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.slavic_energy import slavic_energy


def test_a_mine_after_its_kind_word_is_a_place_with_its_form_a_body() -> None:
    text = "Z kopalni „Marta” wyjechał węgiel. KWK „Marta” zatrudnia 900 osób."
    found = slavic_energy(text, [mention(text, "Marta", "ORG")], "pl")
    assert spans(found) == [("Marta", "LOC"), ("KWK „Marta”", "ORG")]
    text = "Huta szkła „Irena” ma nowy piec."  # no mine's or plant's kind word before the quote
    assert spans(slavic_energy(text, [], "pl")) == []


def test_a_name_opening_a_quote_takes_its_closing_mark() -> None:
    text = "Zagrała Orkiestra Górnicza KWK „Bolko” z Bytomia."
    found = slavic_energy(text, [mention(text, "Orkiestra Górnicza KWK „Bolko", "ORG")], "pl")
    assert spans(found) == [("Orkiestra Górnicza KWK „Bolko”", "ORG")]


def test_a_school_with_its_adjective_degree_and_town_is_one_body() -> None:
    text = "Uczy się w Zespole Szkół Górniczych w Rudzie i w Szkole Muzycznej II stopnia w Gliwicach."
    found = slavic_energy(text, [mention(text, "Rudzie", "LOC"), mention(text, "Gliwicach", "LOC")], "pl")
    assert spans(found) == [
        ("Zespole Szkół Górniczych w Rudzie", "ORG"),
        ("Szkole Muzycznej II stopnia w Gliwicach", "ORG"),
    ]
    text = "Dzieci ze Szkoły w Kole pojechały do Torunia."
    assert spans(slavic_energy(text, [mention(text, "Kole", "LOC")], "pl")) == [("Kole", "LOC")]


def test_a_numbered_regiment_is_one_body_a_bare_number_nothing() -> None:
    text = "Он служил в 112-м гвардейском авиационном полку, а в 1980-м ушёл в запас."
    assert spans(slavic_energy(text, [], "ru")) == [("112-м гвардейском авиационном полку", "ORG")]
    text = "Вона служила в 40-й окремій бригаді."
    assert spans(slavic_energy(text, [], "uk")) == [("40-й окремій бригаді", "ORG")]


def test_an_acronym_typed_once_is_a_body_where_it_stands_alone() -> None:
    text = "МВФ дасть кредит. Представник МВФ у Києві підтвердив це."
    found = slavic_energy(text, [mention(text, "МВФ", "ORG"), mention(text, "Києві", "LOC")], "uk")
    assert spans(found) == [("МВФ", "ORG"), ("МВФ", "ORG"), ("Києві", "LOC")]
    text = "Снимки телескопа БТА обработали. Модернизацию БТА оплатит РАН."  # the telescope's name
    assert spans(slavic_energy(text, [mention(text, "БТА", "ORG", nth=1)], "ru")) == [("БТА", "ORG")]
    text = "МВТ выросли."  # no acronym typed ORG anywhere: nothing
    assert spans(slavic_energy(text, [], "ru")) == []


def test_a_quoted_airline_is_a_body() -> None:
    text = "Его сын — второй пилот «Аэрофлота», дочь летает на «Победе»."
    assert spans(slavic_energy(text, [], "ru")) == [("Аэрофлота", "ORG")]


def test_a_house_of_culture_after_w_is_a_place_one_that_acts_a_body() -> None:
    text = "Koncert zagrano w Miejskim Domu Kultury Szopienice. Dom Kultury Szopienice ogłosił konkurs."
    found = slavic_energy(
        text,
        [mention(text, "Miejskim Domu Kultury Szopienice", "ORG"), mention(text, "Dom Kultury Szopienice", "ORG")],
        "pl",
    )
    assert spans(found) == [("Miejskim Domu Kultury Szopienice", "LOC"), ("Dom Kultury Szopienice", "ORG")]


def test_a_unit_with_a_compound_and_a_regional_adjective_is_one_body() -> None:
    text = "Ветерани 128-ї окремої гірсько-штурмової Закарпатської бригади зібралися в Ужгороді."
    assert spans(slavic_energy(text, [], "uk")) == [("128-ї окремої гірсько-штурмової Закарпатської бригади", "ORG")]
    text = "Он служил в 7-й гвардейской десантно-штурмовой дивизии."
    assert spans(slavic_energy(text, [], "ru")) == [("7-й гвардейской десантно-штурмовой дивизии", "ORG")]
    # a number before a place's adjective and no unit word is nothing
    assert slavic_energy("Усі 12-ї Київської школи учні прийшли.", [], "uk") == []
