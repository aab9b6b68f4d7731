"""Italian and Spanish regulators before their acronyms, regional ministries with their list of
portfolios, lower-case unions, "all'Aquila", "al" run into a body, and brothers' given names."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.romance_regulators import italian_media, spanish_bodies


def test_a_regulator_named_in_lower_case_up_to_its_acronym_is_one_body() -> None:
    text = "Il caso va all'Autorità di regolazione per energia reti e ambiente (Arera) da lunedì."
    found = [mention(text, "Autorità", "ORG"), mention(text, "Arera", "ORG")]
    assert spans(italian_media(text, found, "it")) == [
        ("Autorità di regolazione per energia reti e ambiente", "ORG"),
        ("Arera", "ORG"),
    ]


def test_an_acronym_not_opening_with_the_head_makes_no_body() -> None:
    text = "Ne parla l'Agenzia per la coesione territoriale (Act) e l'Istituto per la ricerca (Cnr)."
    found = [mention(text, "Agenzia", "ORG")]
    assert spans(italian_media(text, found, "it")) == [
        ("Agenzia per la coesione territoriale", "ORG"),
    ]


def test_a_spanish_span_over_the_bracket_is_cut_and_the_acronym_names_the_body() -> None:
    text = (
        "Invierte el Centro para el Desarrollo Tecnológico (Cdti), dependiente del Ministerio de Ciencia y "
        "Universidades. Luego habló Cdti."
    )
    whole = "Centro para el Desarrollo Tecnológico (Cdti), dependiente del Ministerio de Ciencia y Universidades"
    found = [mention(text, whole, "ORG"), mention(text, "Cdti", "PER", 1)]
    assert spans(spanish_bodies(text, found, "es")) == [
        ("Centro para el Desarrollo Tecnológico", "ORG"),
        ("Cdti", "ORG"),
        ("Ministerio de Ciencia y Universidades", "ORG"),
        ("Cdti", "ORG"),
    ]


def test_a_regional_ministry_with_its_portfolios_and_its_government_are_two_bodies() -> None:
    text = "La Consejería de Agricultura, Ganadería y Desarrollo Rural de la Junta de Extremadura paga."
    found = [
        mention(text, "Consejería de Agricultura", "ORG"),
        mention(text, "Ganadería", "LOC"),
        mention(text, "Desarrollo Rural de la Junta de Extremadura", "ORG"),
    ]
    assert spans(spanish_bodies(text, found, "es")) == [
        ("Consejería de Agricultura, Ganadería y Desarrollo Rural", "ORG"),
        ("Junta de Extremadura", "ORG"),
    ]


def test_a_person_before_a_regional_ministry_blocks_nothing_else() -> None:
    text = "Según Ana Consejería de Sanidad, nada."  # a person's surname spelled like a head: left alone
    found = [mention(text, "Ana Consejería", "PER")]
    assert spans(spanish_bodies(text, found, "es")) == [("Ana Consejería", "PER")]


def test_a_union_named_in_lower_case_is_one_body_but_not_a_verb_after_it() -> None:
    text = "Il Sindacato pensionati italiani protesta. Il Sindacato e le imprese trattano."
    found = [mention(text, "Sindacato", "MISC"), mention(text, "Sindacato", "MISC", 1)]
    assert spans(italian_media(text, found, "it")) == [
        ("Sindacato pensionati italiani", "ORG"),
        ("Sindacato", "MISC"),
    ]


def test_a_town_holding_its_article_after_an_elided_preposition() -> None:
    text = "Il vertice si tiene all'Aquila, non all'Ospedale."
    found = [mention(text, "Aquila", "MISC"), mention(text, "Ospedale", "MISC")]
    assert spans(italian_media(text, found, "it")) == [("Aquila", "LOC"), ("Ospedale", "MISC")]


def test_al_is_cut_from_a_body_but_not_from_a_person() -> None:
    text = "Il ricorso va al Corecom Lazio, scrive al Bashir."
    found = [mention(text, "al Corecom Lazio", "ORG"), mention(text, "al Bashir", "PER")]
    assert spans(italian_media(text, found, "it")) == [("Corecom Lazio", "ORG"), ("al Bashir", "PER")]


def test_an_adverb_opening_a_sentence_is_no_town() -> None:
    text = "Solo ieri è arrivato. Poi è andato a Solo, in Indonesia."
    found = [mention(text, "Solo", "LOC"), mention(text, "Solo", "LOC", 1), mention(text, "Indonesia", "LOC")]
    assert spans(italian_media(text, found, "it")) == [("Solo", "LOC"), ("Indonesia", "LOC")]


def test_a_brothers_given_name_before_the_full_name_is_a_person() -> None:
    text = "Hanno firmato Marco e Luigi Bianchi; Torino e Luigi Bianchi no."
    found = [
        mention(text, "Marco", "LOC"),
        mention(text, "Luigi Bianchi", "PER"),
        mention(text, "Torino", "LOC"),
        mention(text, "Luigi Bianchi", "PER", 1),
    ]
    assert spans(italian_media(text, found, "it")) == [
        ("Marco", "PER"),
        ("Luigi Bianchi", "PER"),
        ("Torino", "LOC"),
        ("Luigi Bianchi", "PER"),
    ]


def test_a_regional_newscast_and_an_assembly_questioned_are_bodies() -> None:
    text = "Il consigliere ha presentato un'interrogazione all'Ars e ha parlato alla Tgr Puglia."
    found = [mention(text, "Ars", "MISC"), mention(text, "Tgr Puglia", "PER")]
    assert spans(italian_media(text, found, "it")) == [("Ars", "ORG"), ("Tgr Puglia", "ORG")]


def test_a_long_name_after_a_question_is_not_cut() -> None:
    text = "Un'interrogazione al Parlamento europeo è stata depositata."
    found = [mention(text, "Parlamento europeo", "ORG")]
    assert spans(italian_media(text, found, "it")) == [("Parlamento europeo", "ORG")]
