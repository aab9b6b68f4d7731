"""Runaway tagger spans in Spanish news: the names inside a description are kept, the rest dropped."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from storywire.model import EntityType, Mention
from storywire.stages.ner.refine import refine
from storywire.stages.ner.runaway import salvage
from storywire.stages.ner.tokens import tokenize


def _mention(text: str, span: str, etype: EntityType = "ORG") -> Mention:
    start = text.index(span)
    return Mention(start, start + len(span), span, etype)


def _refined(text: str, span: str, etype: EntityType = "ORG") -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in refine(text, [_mention(text, span, etype)], "es")]


def test_description_before_a_place_leaves_the_place() -> None:
    text = "Lo dijo el presidente de Ucrania en la rueda de prensa."
    assert _refined(text, "presidente de Ucrania") == [("Ucrania", "LOC")]


def test_determiner_and_description_before_an_acronym_leave_the_acronym() -> None:
    text = "La agencia de emergencias ADEM informó de nuevas réplicas."
    assert _refined(text, "La agencia de emergencias ADEM") == [("ADEM", "ORG")]


def test_a_description_without_capitalised_words_is_dropped() -> None:
    text = "El balance elevó el número de fallecidos y de heridos en la región."
    assert _refined(text, "número de fallecidos y de heridos") == []


def test_sentence_initial_capital_is_no_evidence() -> None:
    text = "Los equipos de rescate trabajaron toda la noche."
    assert _refined(text, "Los equipos de rescate") == []


def test_long_run_on_span_keeps_each_name() -> None:
    text = "El gobierno envió a Lisboa un nuevo paquete de ayuda militar de cientos de millones para Tomás Ferreira."
    span = "Lisboa un nuevo paquete de ayuda militar de cientos de millones para Tomás Ferreira"
    kept = [t for t, _ in _refined(text, span)]
    assert kept == ["Lisboa", "Tomás Ferreira"]


def test_names_with_function_words_stay_whole() -> None:
    text = "Habló ante la Unión Internacional para la Conservación de la Naturaleza en Ginebra."
    span = "Unión Internacional para la Conservación de la Naturaleza"
    assert _refined(text, span) == [(span, "ORG")]


def test_short_name_with_lower_case_words_is_left_alone() -> None:
    # WikiANN-style names hold some lower-case words; only long run-ons are cut
    assert salvage(tokenize("Reserva natural de la Laguna Azul"), "LOC", "es", False) is None


def test_page_titles_and_people_and_other_languages_are_left_alone() -> None:
    assert salvage(tokenize("Timócaris ( cráter lunar )"), "LOC", "es", False) is None
    assert salvage(tokenize("presidente Pedro Sánchez"), "PER", "es", False) is None
    assert salvage(tokenize("presidente de Ucrania"), "ORG", "de", False) is None


def test_an_apposition_after_a_name_leaves_the_names() -> None:
    text = "Textilia, dueña de Modanova, ganó un 9% más en el semestre."
    assert _refined(text, "Textilia, dueña de Modanova") == [("Textilia", "ORG"), ("Modanova", "ORG")]


def test_a_known_place_never_goes_on_with_an_article() -> None:
    text = "El exministro criticó en Buenos Aires la política económica de Ana Ruiz."
    got = _refined(text, "Buenos Aires la política económica de Ana Ruiz")
    assert ("Buenos Aires", "LOC") in got and not any("política" in name for name, _ in got)


def test_a_body_then_a_reporting_verb_ends_at_the_body() -> None:
    text = "La Meteoagencia prevé temperaturas de hasta 44 grados en el valle."
    assert _refined(text, "Meteoagencia prevé temperaturas de hasta 44") == [("Meteoagencia", "ORG")]
    text = "La Meteoagencia Nacional de Riesgos publicó su informe."  # a name's own words stay
    assert _refined(text, "Meteoagencia Nacional de Riesgos") == [("Meteoagencia Nacional de Riesgos", "ORG")]


def test_a_span_that_is_one_name_after_all_is_kept_whole() -> None:
    # "Buenos Aires" + "la" + a capital: one run over the whole span, which salvage must not
    # hand back to refine (it would recurse forever)
    text = "Llegó a Buenos Aires la Plata ayer."
    assert _refined(text, "Buenos Aires la Plata", "LOC") == [("Buenos Aires la Plata", "LOC")]


_WORDS = st.sampled_from(["Buenos Aires", "Madrid", "Plata", "Ana Ruiz", "Aemet", "la", "de", ",", "dueña", "prevé"])


@settings(max_examples=300)
@given(words=st.lists(_WORDS, min_size=1, max_size=9), etype=st.sampled_from(["ORG", "LOC", "MISC"]))
def test_refine_ends_on_any_run_of_names_and_words(words: list[str], etype: EntityType) -> None:
    span = " ".join(words).replace(" ,", ",")
    text = f"Dijo que {span} ayer."
    got = refine(text, [_mention(text, span, etype)], "es")
    assert all(text[m.start : m.end] == m.text for m in got)
