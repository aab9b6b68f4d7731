"""Italian wine news: wineries and their legal forms, consortia, wine regions and wines,
datelines, listed towns, villas, papers, farm agencies and programmes."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.italian_wine import italian_wine


def test_a_winery_with_its_legal_form_is_one_body_and_its_premises_a_place() -> None:
    text = (
        "La Cantina Sociale di Soave S.c.a.r.l. ha chiuso il bilancio. "
        "Il vino uscirà dalla Cantina Sociale di Soave a marzo."
    )
    found = [mention(text, "Cantina Sociale di Soave S", "PER"), mention(text, "Soave", "PER", 1)]
    assert spans(italian_wine(text, found, "it")) == [
        ("Cantina Sociale di Soave S.c.a.r.l.", "ORG"),
        ("Cantina Sociale di Soave", "LOC"),
    ]


def test_a_brewery_with_soc_agr_coop_keeps_the_form_but_a_lower_case_cantina_is_no_name() -> None:
    text = "Il Birrificio Monte Grappa Soc. Agr. Coop. assume. In cantina di Pietro si beve."
    found = [mention(text, "Birrificio Monte Grappa Soc", "PER"), mention(text, "Pietro", "PER")]
    assert spans(italian_wine(text, found, "it")) == [
        ("Birrificio Monte Grappa Soc. Agr. Coop.", "ORG"),
        ("Pietro", "PER"),
    ]


def test_a_distillery_named_by_a_name_leaves_its_seat_apart() -> None:
    text = "La Distilleria Nardini di Bassano apre un museo."
    found = [mention(text, "Distilleria Nardini", "PER"), mention(text, "Bassano", "LOC")]
    assert spans(italian_wine(text, found, "it")) == [("Distilleria Nardini", "ORG"), ("Bassano", "LOC")]


def test_a_consortium_a_wine_region_and_no_name_inside_a_wine() -> None:
    text = "Il Consorzio Tutela Vino Lugana teme per la Franciacorta e per il Brunello di Montalcino."
    found = [
        mention(text, "Consorzio", "ORG"),
        mention(text, "Lugana", "PER"),
        mention(text, "Franciacorta", "PER"),
        mention(text, "Brunello di Montalcino", "PER"),
    ]
    assert spans(italian_wine(text, found, "it")) == [
        ("Consorzio Tutela Vino Lugana", "ORG"),
        ("Franciacorta", "LOC"),
    ]


def test_a_dateline_listed_towns_a_saints_town_and_a_villa_with_its_town() -> None:
    text = (
        "SOAVE. Grandine tra le colline di Illasi, Tregnago e Mezzane, e a San Giovanni in Persiceto. "
        "La festa si è tenuta a Villa Del Bene di Dolcè."
    )
    found = [mention(text, "SOAVE", "PER"), mention(text, "Tregnago", "MISC"), mention(text, "San Giovanni", "LOC")]
    assert spans(italian_wine(text, found, "it")) == [
        ("SOAVE", "LOC"),
        ("Illasi", "LOC"),
        ("Tregnago", "LOC"),
        ("Mezzane", "LOC"),
        ("San Giovanni in Persiceto", "LOC"),
        ("Villa Del Bene", "LOC"),
        ("Dolcè", "LOC"),
    ]


def test_a_sentences_preposition_a_paper_an_agency_and_a_programme() -> None:
    text = (
        "Nella Provincia si discute. Dalla Regione arrivano fondi con Agrea, dice al quotidiano "
        "L'Eco. Il progetto «Terra Nuova» parte; la Dalla Costa no."
    )
    found = [
        mention(text, "Nella Provincia", "ORG"),
        mention(text, "Dalla Regione", "ORG"),
        mention(text, "Agrea", "MISC"),
        mention(text, "Eco", "LOC"),
        mention(text, "Terra Nuova", "ORG"),
        mention(text, "Dalla Costa", "PER"),
    ]
    assert spans(italian_wine(text, found, "it")) == [
        ("Provincia", "ORG"),
        ("Regione", "ORG"),
        ("Agrea", "ORG"),
        ("L'Eco", "ORG"),
        ("Dalla Costa", "PER"),
    ]


def test_other_languages_are_left_alone() -> None:
    text = "La Cantina di Soave."
    found = [mention(text, "Cantina di Soave", "PER")]
    assert spans(italian_wine(text, found, "es")) == [("Cantina di Soave", "PER")]
