"""Italian elder care and regional health news (ner/italian_care.py). Sentences written for the
tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.italian_care import REGION_MODEL, italian_care


def test_a_care_home_after_rsa_is_one_body_up_to_its_town() -> None:
    text = "Gli ospiti della Rsa Villa Serena di Lovere protestano; la Rsa di Sarnico no."
    found = [mention(text, "Villa Serena", "PER"), mention(text, "Lovere", "LOC"), mention(text, "Sarnico", "LOC")]
    assert spans(italian_care(text, found, "it")) == [
        ("Rsa Villa Serena", "ORG"),
        ("Lovere", "LOC"),
        ("Sarnico", "LOC"),
    ]


def test_a_hospital_named_after_a_pope_with_his_number_but_not_a_person_after_the_word() -> None:
    text = "Ricoverato all'ospedale Papa Paolo VI, disse il primario all'ospedale Marco Bassi."
    found = [mention(text, "Paolo VI", "PER"), mention(text, "Marco Bassi", "PER")]
    assert spans(italian_care(text, found, "it")) == [("Papa Paolo VI", "ORG"), ("Marco Bassi", "PER")]


def test_a_region_that_pays_is_a_body_where_it_pays_only() -> None:
    text = "La Toscana ha stanziato dieci milioni; in Toscana mancano infermieri."
    found = [mention(text, "Toscana", "LOC"), mention(text, "Toscana", "LOC", nth=1)]
    out = italian_care(text, found, "it")
    assert spans(out) == [("Toscana", "ORG"), ("Toscana", "LOC")]
    assert out[0].model == REGION_MODEL


def test_a_body_with_its_region_after_an_article_is_no_person() -> None:
    text = "La Confagri Umbria chiede fondi, ha detto Luca Umbria a Perugia."
    found = [mention(text, "Confagri Umbria", "PER"), mention(text, "Luca Umbria", "PER")]
    assert spans(italian_care(text, found, "it")) == [("Confagri Umbria", "ORG"), ("Luca Umbria", "PER")]


def test_a_nicknamed_building_after_a_masculine_articled_preposition_is_a_place() -> None:
    text = "Dal Grattacielo è arrivato l'annuncio. Lo ha detto Anna Ferri; al Ferri nessuno risponde."
    found = [mention(text, "Grattacielo", "PER"), mention(text, "Anna Ferri", "PER"), mention(text, "Ferri", "PER")]
    assert spans(italian_care(text, found, "it")) == [
        ("Grattacielo", "LOC"),
        ("Anna Ferri", "PER"),
        ("Ferri", "PER"),
    ]


def test_a_datelines_town_repeated_by_its_first_word() -> None:
    text = "Clusone, chiude la scuola\n\nCLUSONE ALTA – Il caso di Clusone. Rossi, dice il sindaco."
    found = [mention(text, "CLUSONE ALTA", "LOC"), mention(text, "Clusone", "MISC", nth=1)]
    assert spans(italian_care(text, found, "it")) == [
        ("Clusone", "LOC"),
        ("CLUSONE ALTA", "LOC"),
        ("Clusone", "LOC"),
    ]
    assert spans(italian_care("Rossi, chiude tutto. Oggi a Roma.", [], "it")) == []
