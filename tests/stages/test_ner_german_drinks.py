"""German breweries, distilleries and wineries: a capitalised kind word inside the firm's name,
a genre compound outside it, bare names typed bodies, a town's adjective before a common noun
no person, "Hausbank X" and "Weinregion X" cut to the name."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.german_drinks import german_drinks


def test_a_capitalised_kind_word_and_legal_form_stay_inside_the_firm() -> None:
    text = "Die Destillerie Wolkenstein GmbH aus Suhl kauft zu. Das Weingut Tiefenthaler wächst."
    found = [
        mention(text, "Wolkenstein GmbH", "ORG"),
        mention(text, "Suhl", "LOC"),
        mention(text, "Tiefenthaler", "PER"),
    ]
    assert spans(german_drinks(text, found, "de")) == [
        ("Destillerie Wolkenstein GmbH", "ORG"),
        ("Suhl", "LOC"),
        ("Weingut Tiefenthaler", "ORG"),
    ]


def test_a_genre_compound_stays_out_and_the_bare_name_is_the_firm() -> None:
    text = "Die Kölner Bio-Brauerei Malzkontor expandiert. Malzkontor beschäftigt zwölf Leute; Malzkontor zahlt."
    found = [mention(text, "Kölner Bio-Brauerei Malzkontor", "ORG"), mention(text, "Malzkontor", "PER", 1)]
    assert spans(german_drinks(text, found, "de")) == [
        ("Malzkontor", "ORG"),
        ("Malzkontor", "ORG"),
        ("Malzkontor", "ORG"),
    ]


def test_a_kind_word_before_a_common_noun_takes_nothing() -> None:
    text = "Die Brauerei Anteile verkaufte, sagte die Brauerei Bamberg nichts dazu."
    assert spans(german_drinks(text, [], "de")) == []


def test_a_towns_adjective_before_a_common_noun_is_no_person() -> None:
    text = "Die Kölner Kneipenszene staunt, und Ludwig Bamberger und Werner Kaiser auch."
    found = [
        mention(text, "Kölner Kneipenszene", "PER"),
        mention(text, "Ludwig Bamberger", "PER"),
        mention(text, "Werner Kaiser", "PER"),
    ]
    assert spans(german_drinks(text, found, "de")) == [("Ludwig Bamberger", "PER"), ("Werner Kaiser", "PER")]


def test_a_house_bank_and_a_wine_region_are_cut_to_the_name() -> None:
    text = "Die Hausbank Schröders zahlt. Die Weinregion Rheinhessen leidet."
    found = [mention(text, "Hausbank Schröders", "ORG"), mention(text, "Weinregion Rheinhessen", "LOC")]
    assert spans(german_drinks(text, found, "de")) == [("Schröders", "ORG"), ("Rheinhessen", "LOC")]
