"""Words that are no names on their own (ner/no_names.py). Sentences written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.no_names import (
    without_counted_ordinals,
    without_diseases,
    without_lowercase_words,
    without_nationalities_before_people,
    without_participles,
    without_titles_alone,
)


def test_a_lone_lower_case_word_is_no_name_unless_listed() -> None:
    text = "W krakowskim muzeum i w dpa."
    found = [mention(text, "krakowskim", "LOC"), mention(text, "dpa", "ORG")]
    assert spans(without_lowercase_words(found, "pl", {"dpa": "ORG"})) == [("dpa", "ORG")]
    assert spans(without_lowercase_words(found, "zh", {})) == spans(found)


def test_diseases_are_no_names_but_their_towns_are() -> None:
    text = "Ebola and West Nile virus cases; the Marburg-Virus lab in Marburg."
    found = [
        mention(text, "Ebola", "LOC"),
        mention(text, "West Nile", "PER"),
        mention(text, "Marburg", "LOC"),
        mention(text, "Marburg", "LOC", nth=1),
    ]
    assert spans(without_diseases(text, found)) == [("Marburg", "LOC")]


def test_a_disease_after_virus_is_no_name_and_a_body_word_is_no_person() -> None:
    from storywire.stages.ner.boundaries import repair

    text = "Casi di virus Zuka Nile a Ferrara."
    assert spans(without_diseases(text, [mention(text, "Zuka Nile", "PER")])) == []
    text = "Il segretario di Stato Marco Rossi."
    assert spans(repair(text, [mention(text, "Stato", "PER")], "it")) == []


def test_an_italian_participle_is_no_alliance() -> None:
    text = "Nato a Parma nel 1950, disse che la Nato sbaglia. Nata nel 1960."
    found = [mention(text, "Nato", "ORG"), mention(text, "Nato", "ORG", 1), mention(text, "Nata", "ORG")]
    assert [(m.start, m.text) for m in without_participles(text, found, "it")] == [(36, "Nato")]


def test_an_ordinal_and_the_noun_it_counts_is_no_name() -> None:
    text = "In der 67. Minute traf der 1. FC Köln, im 20. Jahrhundert."
    found = [
        mention(text, "67. Minute", "ORG"),
        mention(text, "1. FC Köln", "ORG"),
        mention(text, "20. Jahrhundert", "LOC"),
    ]
    assert spans(without_counted_ordinals(found)) == [("1. FC Köln", "ORG")]
    text = "Двадцатилетний нападающий и Сорокарічна вчителька из Летнего"
    found = [
        mention(text, "Двадцатилетний", "PER"),
        mention(text, "Сорокарічна", "PER"),
        mention(text, "Летнего", "LOC"),
    ]
    assert spans(without_counted_ordinals(found)) == [("Летнего", "LOC")]


def test_a_span_without_a_letter_is_no_name() -> None:
    text = "Marcharán el 15 de marzo hasta 1.º de Mayo y G7."
    found = [mention(text, "15", "ORG"), mention(text, "1.º", "ORG"), mention(text, "G7", "ORG")]
    assert spans(without_counted_ordinals(found)) == [("1.º", "ORG"), ("G7", "ORG")]


def test_a_nationality_noun_between_an_article_and_a_person_is_no_place() -> None:
    text = "Il devance le Danois Mads Holm et le Portugal, selon le Suisse Marc Favre à Genève."
    found = [
        mention(text, "Danois", "LOC"),
        mention(text, "Mads Holm", "PER"),
        mention(text, "Portugal", "LOC"),
        mention(text, "Suisse", "LOC"),
        mention(text, "Marc Favre", "PER"),
        mention(text, "Genève", "LOC"),
    ]
    kept = spans(without_nationalities_before_people(text, found, "fr"))
    assert ("Danois", "LOC") not in kept and ("Mads Holm", "PER") in kept and ("Portugal", "LOC") in kept
    # "Suisse" is a place the gazetteer knows (Switzerland): left to the models
    assert ("Suisse", "LOC") in kept


def test_academic_titles_alone_and_a_generic_ministry_are_no_names() -> None:
    text = "sagt Prof. Dr. Anna Weber; eine Sprecherin des Ministeriums; Dr. med. Kurz"
    found = [
        mention(text, "Prof. Dr.", "PER"),
        mention(text, "Anna Weber", "PER"),
        mention(text, "Ministeriums", "ORG"),
        mention(text, "Dr. med.", "PER"),
        mention(text, "Kurz", "PER"),
    ]
    assert spans(without_titles_alone(found)) == [("Anna Weber", "PER"), ("Kurz", "PER")]


def test_a_polish_peoples_plural_is_no_place_but_a_towns_case_form_is() -> None:
    from storywire.stages.ner.no_names import without_plural_demonyms

    text = "Amerykanie i Chorwaci ćwiczyli w Świdnicy, a Niemcy patrzyli."
    found = [
        mention(text, "Amerykanie", "LOC"),
        mention(text, "Chorwaci", "LOC"),
        mention(text, "Świdnicy", "LOC"),
        mention(text, "Niemcy", "LOC"),
    ]
    assert spans(without_plural_demonyms(found, "pl")) == [("Świdnicy", "LOC"), ("Niemcy", "LOC")]


def test_a_quantity_opening_a_sentence_is_no_name() -> None:
    text = "Más de 300 vecinos. Plus de 1 500 foyers. Ponad 40 osób. Cerca de Madrid."
    found = [
        mention(text, "Más de 300", "ORG"),
        mention(text, "Plus de 1 500", "ORG"),
        mention(text, "Ponad 40", "ORG"),
        mention(text, "Madrid", "LOC"),
    ]
    assert spans(without_counted_ordinals(found)) == [("Madrid", "LOC")]


def test_a_canton_or_a_commune_by_its_kind_word_alone_is_no_name() -> None:
    text = "beim Kanton; il Comune ha chiuso; Kanton Uri"
    found = [mention(text, "Kanton", "LOC"), mention(text, "Comune", "ORG"), mention(text, "Kanton Uri", "LOC")]
    assert spans(without_titles_alone(found)) == [("Kanton Uri", "LOC")]


def test_a_polish_peoples_plural_in_acy_is_no_place() -> None:
    from storywire.stages.ner.no_names import without_plural_demonyms

    text = "Słowacy podpisali apel w Warszawie."
    found = [mention(text, "Słowacy", "LOC"), mention(text, "Warszawie", "LOC")]
    assert spans(without_plural_demonyms(found, "pl")) == [("Warszawie", "LOC")]


def test_french_peoples_after_a_count_are_no_places_a_known_town_stays() -> None:
    from storywire.stages.ner.no_names import without_plural_demonyms

    text = "Une soixantaine de Polonais et quarante-deux Nantais iront à Amiens ; les Calais attendent."
    found = [
        mention(text, "Polonais", "LOC"),
        mention(text, "Nantais", "LOC"),
        mention(text, "Amiens", "LOC"),
        mention(text, "Calais", "LOC"),
    ]
    assert spans(without_plural_demonyms(found, "fr", text)) == [("Amiens", "LOC"), ("Calais", "LOC")]


def test_a_french_officers_retirement_mark_is_no_person() -> None:
    text = "Le colonel (ER) Paul Morel et le général (2S) Luc Bry."
    found = [mention(text, "ER", "PER"), mention(text, "Paul Morel", "PER"), mention(text, "2S", "PER")]
    assert spans(without_titles_alone(found)) == [("Paul Morel", "PER")]
