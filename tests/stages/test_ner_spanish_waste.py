"""Spanish waste and municipal-service news: landfills' sites, bracketed short names and the
bare Principado (ner/spanish_waste.py).  Sentences and firms written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.spanish_waste import spanish_waste


def test_a_landfills_site_after_its_lower_case_kind_word_is_a_place() -> None:
    text = "Los camiones van al vertedero comarcal de Valdeorras y a la depuradora de La Lloma."
    found = [mention(text, "Valdeorras", "ORG")]
    assert spans(spanish_waste(text, found, "es")) == [("Valdeorras", "LOC"), ("La Lloma", "LOC")]


def test_no_site_from_a_capitalised_body_or_a_lower_case_phrase() -> None:
    text = "La Depuradora de Aguas de Soria y el vertedero de residuos siguen."
    found = [mention(text, "Depuradora de Aguas de Soria", "ORG")]
    assert spans(spanish_waste(text, found, "es")) == [("Depuradora de Aguas de Soria", "ORG")]


def test_a_bracketed_short_name_after_a_firm_is_the_firm() -> None:
    text = "La plantilla de Limpiezas Urbanas del Sella, S.L. (Lusesa) y el Ayuntamiento de Gijón (Asturias)."
    found = [
        mention(text, "Limpiezas Urbanas del Sella, S.L.", "ORG"),
        mention(text, "Lusesa", "LOC"),
        mention(text, "Ayuntamiento de Gijón", "ORG"),
        mention(text, "Asturias", "LOC"),
    ]
    assert spans(spanish_waste(text, found, "es")) == [
        ("Limpiezas Urbanas del Sella, S.L.", "ORG"),
        ("Lusesa", "ORG"),
        ("Ayuntamiento de Gijón", "ORG"),
        ("Asturias", "LOC"),
    ]


def test_the_bare_principado_is_the_government_but_the_region_in_full_is_a_place() -> None:
    text = "La Consejería de Salud del Principado respondió. El Principado de Asturias es verde."
    found = [mention(text, "Consejería de Salud", "ORG"), mention(text, "Principado de Asturias", "LOC")]
    assert spans(spanish_waste(text, found, "es")) == [
        ("Consejería de Salud", "ORG"),
        ("Principado", "ORG"),
        ("Principado de Asturias", "LOC"),
    ]
