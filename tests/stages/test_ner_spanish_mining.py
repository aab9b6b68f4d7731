"""Spanish energy, mining and labour news: sites after lower-case kind words, firms without
their legal form, towns with their article, union pairs, nicknames, families, a minister's
government."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.spanish_mining import spanish_mining


def test_a_site_after_a_lower_case_kind_word_is_the_name_alone_everywhere() -> None:
    text = (
        "Cierra la mina Peña Roja y la balsa de relaves Los Llanos. Mi tío bajó a Peña Roja. La mina de Almadén sigue."
    )
    found = [
        mention(text, "Peña Roja", "PER"),
        mention(text, "Los Llanos", "ORG"),
        mention(text, "Peña Roja", "PER", 1),
        mention(text, "Almadén", "ORG"),
    ]
    assert spans(spanish_mining(text, found, "es")) == [
        ("Peña Roja", "LOC"),
        ("Los Llanos", "LOC"),
        ("Peña Roja", "LOC"),
        ("Almadén", "LOC"),
    ]


def test_a_sites_name_stops_before_an_article_that_opens_the_next_sentence() -> None:
    text = "Huelga en la mina Ray Las negociaciones siguen."
    # "Ray" alone would be the site, but the tagger's longer span is left as it was, not retyped
    assert spans(spanish_mining(text, [mention(text, "Ray Las", "ORG")], "es")) == [("Ray Las", "ORG")]


def test_a_plants_owner_after_de_stays_a_body() -> None:
    text = "El parque eólico de Iberdrola en Soria."
    found = [mention(text, "Iberdrola", "ORG"), mention(text, "Soria", "LOC")]
    assert spans(spanish_mining(text, found, "es")) == [("Iberdrola", "ORG"), ("Soria", "LOC")]


def test_a_firm_given_with_its_legal_form_is_the_firm_without_it() -> None:
    text = "Aceros del Nalón, S.A. despide a 40. Según Aceros del Nalón, la demanda cae."
    found = [mention(text, "Aceros del Nalón, S.A.", "ORG"), mention(text, "Aceros del Nalón", "LOC", 1)]
    assert spans(spanish_mining(text, found, "es")) == [("Aceros del Nalón, S.A.", "ORG"), ("Aceros del Nalón", "ORG")]


def test_a_town_with_its_article_after_a_municipal_cue_is_one_place() -> None:
    text = "Ana Gil | Las Navas del Marqués\n\nEn el término municipal de Las Navas del Marqués llueve."
    found = [
        mention(text, "Ana Gil", "PER"),
        mention(text, "Navas del Marqués", "LOC"),
        mention(text, "Las Navas", "ORG", 0),
    ]
    found = [found[0], mention(text, "Navas del Marqués", "ORG"), mention(text, "Navas del Marqués", "LOC", 1)]
    assert spans(spanish_mining(text, found, "es")) == [
        ("Ana Gil", "PER"),
        ("Las Navas del Marqués", "LOC"),
        ("Las Navas del Marqués", "LOC"),
    ]


def test_two_unions_joined_by_y_are_two_bodies_and_a_plain_body_is_not_split() -> None:
    text = "CCOO de Construcción de Asturias y UGT FICA Asturias apoyan; Pérez y Gómez, S.A. no."
    found = [
        mention(text, "CCOO de Construcción de Asturias y UGT FICA Asturias", "ORG"),
        mention(text, "Pérez y Gómez, S.A.", "ORG"),
    ]
    assert spans(spanish_mining(text, found, "es")) == [
        ("CCOO de Construcción de Asturias", "ORG"),
        ("UGT FICA Asturias", "ORG"),
        ("Pérez y Gómez, S.A.", "ORG"),
    ]


def test_a_nickname_inside_a_full_name_and_a_family_by_its_surname_are_people() -> None:
    text = 'Habló José "el Chato" Ruiz; los hermanos Olmedo abrieron el bar. La familia Real no.'
    found = [mention(text, "José", "PER"), mention(text, "Chato", "ORG"), mention(text, "Ruiz", "PER")]
    assert spans(spanish_mining(text, found, "es")) == [('José "el Chato" Ruiz', "PER"), ("Olmedo", "PER")]


def test_a_regional_ministers_portfolios_are_no_name_and_her_government_one_body() -> None:
    text = "La consejera de Agricultura, Pesca y Agua de la Junta de Extremadura, Eva Soto, dijo."
    found = [
        mention(text, "Agricultura", "ORG"),
        mention(text, "Pesca y Agua de la Junta de Extremadura", "ORG"),
        mention(text, "Eva Soto", "PER"),
    ]
    assert spans(spanish_mining(text, found, "es")) == [("Junta de Extremadura", "ORG"), ("Eva Soto", "PER")]


def test_other_languages_are_left_alone() -> None:
    text = "La mina Peña Roja."
    found = [mention(text, "Peña Roja", "PER")]
    assert spans(spanish_mining(text, found, "it")) == [("Peña Roja", "PER")]
