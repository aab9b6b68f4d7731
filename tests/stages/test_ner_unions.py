"""Trade unions by name and shape, with a branch's region (ner/unions.py). Sentences written
for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.unions import trade_unions


def test_italian_category_unions_are_bodies_whatever_a_tagger_typed() -> None:
    text = "Sciopero indetto da Fiom-Cgil, Fim-Cisl e Uilm; per la Slc-Cgil Toscana aderisce anche Firenze."
    found = [
        mention(text, "Fiom-Cgil", "LOC"),
        mention(text, "Uilm", "MISC"),
        mention(text, "Slc-Cgil Toscana", "PER"),
        mention(text, "Firenze", "LOC"),
    ]
    assert spans(trade_unions(text, found, "it")) == [
        ("Fiom-Cgil", "ORG"),
        ("Fim-Cisl", "ORG"),
        ("Uilm", "ORG"),
        ("Slc-Cgil Toscana", "ORG"),
        ("Firenze", "LOC"),
    ]


def test_a_union_known_in_one_language_only() -> None:
    text = "Die Gewerkschaft Verdi ruft zum Streik; ein Verdi-Sprecher bestätigte es."
    assert spans(trade_unions(text, [mention(text, "Verdi", "PER")], "de")) == [("Verdi", "ORG")]
    text = "Alla Scala si suona Verdi stasera."
    assert spans(trade_unions(text, [mention(text, "Verdi", "PER")], "it")) == [("Verdi", "PER")]


def test_a_regional_branch_is_one_body_with_its_region() -> None:
    text = "La FGTB Liège-Huy-Waremme et la CSC appellent à la grève à Namur."
    found = [mention(text, "Liège-Huy-Waremme", "LOC"), mention(text, "Namur", "LOC")]
    assert spans(trade_unions(text, found, "fr")) == [
        ("FGTB Liège-Huy-Waremme", "ORG"),
        ("CSC", "ORG"),
        ("Namur", "LOC"),
    ]
    text = "CCOO Castilla y León y UGT convocan paros."
    assert spans(trade_unions(text, [], "es")) == [("CCOO Castilla y León", "ORG"), ("UGT", "ORG")]


def test_a_longer_body_holding_a_union_name_is_kept() -> None:
    text = "Die Gewerkschaft der Polizei GDL-Nord und die GDL streiken."
    found = [mention(text, "Gewerkschaft der Polizei", "ORG")]
    assert spans(trade_unions(text, found, "de")) == [("Gewerkschaft der Polizei", "ORG"), ("GDL", "ORG")]


def test_a_union_with_a_space_a_branch_after_di_and_a_word_before_read_with_it() -> None:
    text = "Scioperano Fisac Cgil Toscana e la Fabi di Firenze; per la Cisl nulla."
    found = [mention(text, "Scioperano Fisac", "PER"), mention(text, "Firenze", "LOC")]
    assert spans(trade_unions(text, found, "it")) == [
        ("Scioperano", "PER"),
        ("Fisac Cgil Toscana", "ORG"),
        ("Fabi di Firenze", "ORG"),
        ("Cisl", "ORG"),
    ]


def test_a_french_branch_takes_its_departements_article_and_the_models_place() -> None:
    text = (
        "Le président de l'Umih de l'Ariège, Paul Girard, et le Medef de la Lozère ont écrit,  comme la CGT de la SNCF."
    )
    found = [
        mention(text, "Umih de l'Ariège", "PER"),
        mention(text, "Paul Girard", "PER"),
        mention(text, "Medef", "ORG"),
        mention(text, "Lozère", "LOC"),
        mention(text, "SNCF", "ORG"),
    ]
    assert spans(trade_unions(text, found, "fr")) == [
        ("Umih de l'Ariège", "ORG"),
        ("Paul Girard", "PER"),
        ("Medef de la Lozère", "ORG"),
        ("CGT", "ORG"),
        ("SNCF", "ORG"),
    ]


def test_a_french_federation_in_capitals_joins_its_confederation() -> None:
    text = "La CGT FAPT appelle à la grève, la CGT Santé aussi."
    found = [mention(text, "CGT", "ORG")]
    assert spans(trade_unions(text, found, "fr")) == [("CGT FAPT", "ORG"), ("CGT", "ORG")]


def test_a_confederation_before_its_federation_runs_over_the_taggers_branch() -> None:
    text = "Protestano la Uil Fpl Lecco Brianza e la Cisl Bergamo con i delegati."
    found = [mention(text, "Uil", "ORG"), mention(text, "Fpl Lecco Brianza", "ORG"), mention(text, "Bergamo", "LOC")]
    assert spans(trade_unions(text, found, "it")) == [("Uil Fpl Lecco Brianza", "ORG"), ("Cisl Bergamo", "ORG")]


def test_an_italian_union_branch_takes_its_seat_the_model_left_unsure() -> None:
    text = "La Flai Cgil di Padova teme per gli addetti."
    found = [mention(text, "Flai Cgil", "ORG"), mention(text, "Padova", "MISC")]
    assert spans(trade_unions(text, found, "it")) == [("Flai Cgil di Padova", "ORG")]


def test_an_italian_union_keeps_its_span_before_a_persons_name() -> None:
    text = "La Flai Cgil di Mario Verdi teme per gli addetti."
    found = [mention(text, "Flai Cgil", "ORG"), mention(text, "Mario Verdi", "PER")]
    assert spans(trade_unions(text, found, "it")) == [("Flai Cgil", "ORG"), ("Mario Verdi", "PER")]


def test_a_longer_category_union_only_hyphenated() -> None:
    text = "La Fisascat-Cisl ha firmato, mentre Insieme Cgil e Cisl hanno taciuto."
    found = [mention(text, "Fisascat-Cisl", "MISC")]
    assert ("Fisascat-Cisl", "ORG") in spans(trade_unions(text, found, "it"))
    assert ("Insieme Cgil", "ORG") not in spans(trade_unions(text, [], "it"))
