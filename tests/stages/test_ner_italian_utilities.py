"""Italian waste, water and environment news: sites, agencies, committees and bare councils."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.italian_utilities import italian_utilities


def test_a_landfill_after_its_kind_word_is_its_site_and_so_are_its_repetitions() -> None:
    text = "Discarica di Borgo Montello, nuovi controlli. I camion tornano a Borgo Montello."
    found = [mention(text, "Discarica di Borgo Montello", "PER"), mention(text, "Borgo Montello", "PER", 1)]
    assert spans(italian_utilities(text, found, "it")) == [("Borgo Montello", "LOC"), ("Borgo Montello", "LOC")]


def test_a_river_after_its_kind_word_is_a_place_but_a_committee_keeps_its_valley() -> None:
    text = "Il fiume Liri esonda. Il Comitato Valle del Liri protesta."
    found = [mention(text, "Liri", "PER"), mention(text, "Comitato Valle del Liri", "PER")]
    assert spans(italian_utilities(text, found, "it")) == [("Liri", "LOC"), ("Comitato Valle del Liri", "ORG")]


def test_a_person_is_not_a_site_without_the_kind_word() -> None:
    text = "Il sindaco Marco Rossi ha parlato."
    found = [mention(text, "Marco Rossi", "PER")]
    assert spans(italian_utilities(text, found, "it")) == [("Marco Rossi", "PER")]


def test_regional_agencies_and_the_administrative_court_are_bodies() -> None:
    text = "I dati dell'Arpa Campania e dell'Arpa. Il ricorso al Tar è pronto."
    found = [mention(text, "Arpa Campania", "PER"), mention(text, "Arpa", "MISC", 1), mention(text, "Tar", "LOC")]
    assert spans(italian_utilities(text, found, "it")) == [("Arpa Campania", "ORG"), ("Arpa", "ORG"), ("Tar", "ORG")]


def test_a_bare_council_is_the_body_only_where_it_is_named_in_full() -> None:
    text = "La Provincia di Latina decide. Il presidente della Provincia firma."
    assert spans(italian_utilities(text, [], "it")) == [("Provincia", "ORG")]
    assert italian_utilities("Il presidente della Provincia firma.", [], "it") == []


def test_a_local_paper_a_directorate_and_a_prefecture_before_a_protest() -> None:
    text = (
        "Lo racconta a Latina Oggi. La Direzione regionale Ambiente e territorio convoca. "
        "Presidio davanti alla Prefettura di Latina."
    )
    found = [mention(text, "Latina Oggi", "PER"), mention(text, "Prefettura di Latina", "ORG")]
    assert spans(italian_utilities(text, found, "it")) == [
        ("Latina Oggi", "ORG"),
        ("Direzione regionale Ambiente e territorio", "ORG"),
        ("Prefettura di Latina", "LOC"),
    ]


def test_a_sentence_opening_oggi_is_no_paper() -> None:
    text = "Ieri la pioggia. Oggi il sole."
    assert italian_utilities(text, [], "it") == []


def test_a_court_before_which_a_suit_is_brought_stays_the_body() -> None:
    text = "Un'azione collettiva davanti al Tribunale di Pisa."
    found = [mention(text, "Tribunale di Pisa", "ORG")]
    assert spans(italian_utilities(text, found, "it")) == [("Tribunale di Pisa", "ORG")]


def test_a_paper_named_la_provincia_is_no_council() -> None:
    text = "La Provincia di Lecco approva. Lo dice il quotidiano La Provincia oggi."
    assert spans(italian_utilities(text, [], "it")) == []


def test_an_assessor_after_her_portfolio_and_a_compound_given_name_are_persons() -> None:
    text = "Lo dice l'assessora alla Cultura Lucia Neri. La portavoce Anna Maria Conti parla."
    found = [mention(text, "Anna", "LOC"), mention(text, "Maria Conti", "PER")]
    assert spans(italian_utilities(text, found, "it")) == [("Lucia Neri", "PER"), ("Anna Maria Conti", "PER")]


def test_a_town_before_a_person_stays_a_town() -> None:
    text = "A Bari Maria Conti ha vinto."
    found = [mention(text, "Bari", "LOC"), mention(text, "Maria Conti", "PER")]
    assert spans(italian_utilities(text, found, "it")) == [("Bari", "LOC"), ("Maria Conti", "PER")]


def test_a_bare_capitalised_comune_that_acts_is_the_council() -> None:
    text = "La frana ha colpito la strada provinciale e il Comune ha chiuso il ponte. Chiede al Comune aiuto."
    assert spans(italian_utilities(text, [], "it")) == [("Comune", "ORG"), ("Comune", "ORG")]


def test_a_comune_that_names_a_square_a_town_or_a_common_noun_is_left_alone() -> None:
    for text in (
        "In piazza del Comune si sono radunati in mille.",
        "Il Comune di Ascoli Piceno chiude il museo.",
        "Ogni comune della valle ha votato.",
    ):
        assert italian_utilities(text, [], "it") == []
