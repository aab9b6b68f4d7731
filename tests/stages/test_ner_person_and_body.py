"""A person and a body read as one span (ner/person_and_body.py). Sentences written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.person_and_body import foundations_named_after, split_person_and_body


def test_a_body_of_a_person_and_a_person_of_a_body_are_cut_in_two() -> None:
    text = "El PSOE de Carlos Ruiz Gómez y Anna Kowal of the Labour Party"
    found = [mention(text, "El PSOE de Carlos Ruiz Gómez", "PER")]
    assert spans(split_person_and_body(found, "es")) == [("PSOE", "ORG"), ("Carlos Ruiz Gómez", "PER")]
    text = "Giulia Sanna dell'Università di Sassari"
    found = [mention(text, text, "ORG")]
    assert spans(split_person_and_body(found, "it")) == [("Giulia Sanna", "PER"), ("Università di Sassari", "ORG")]


def test_fixed_names_and_noble_particles_stay() -> None:
    for text, etype, language in [("Bank of England", "ORG", "en"), ("Carlos de Borbón", "PER", "es")]:
        assert spans(split_person_and_body([mention(text, text, etype)], language)) == [(text, etype)]


def test_a_foundation_named_after_a_person_or_a_paper_is_one_body() -> None:
    text = "La Fundación Ana Mata y la Fondazione Corriere della Sera pagan. Die Hans-Vogt-Stiftung auch."
    found = [
        mention(text, "Ana Mata", "PER"),
        mention(text, "Fondazione", "ORG"),
        mention(text, "Corriere della Sera", "ORG"),
    ]
    assert spans(foundations_named_after(text, found, "de")) == [
        ("Fundación Ana Mata", "ORG"),
        ("Fondazione Corriere della Sera", "ORG"),
        ("Hans-Vogt-Stiftung", "ORG"),
    ]


def test_an_institute_with_the_person_it_is_named_after_is_one_body() -> None:
    text = "gérée par l'Institut national Louis Néel et par l'Institut Pasteur."
    found = [mention(text, "Institut national", "ORG"), mention(text, "Louis Néel", "PER")]
    found.append(mention(text, "Institut Pasteur", "ORG"))
    assert spans(foundations_named_after(text, found, "fr")) == [
        ("Institut national Louis Néel", "ORG"),
        ("Institut Pasteur", "ORG"),
    ]


def test_a_german_institute_named_after_a_person_keeps_its_field() -> None:
    text = (
        "Proben gehen an das Liebig-Institut für Bodenkunde in Gießen "
        "und an das Max-Planck-Institut für marine Mikrobiologie."
    )
    assert spans(foundations_named_after(text, [mention(text, "Gießen", "LOC")], "de")) == [
        ("Liebig-Institut für Bodenkunde", "ORG"),
        ("Gießen", "LOC"),
        ("Max-Planck-Institut für marine Mikrobiologie", "ORG"),
    ]


def test_a_german_school_named_after_a_person_takes_no_field() -> None:
    text = "Die Goethe-Schule für Kinder aus Celle und die Böll-Stiftung für Demokratie laden ein."
    assert spans(foundations_named_after(text, [], "de")) == [
        ("Goethe-Schule", "ORG"),
        ("Böll-Stiftung für Demokratie", "ORG"),
    ]
