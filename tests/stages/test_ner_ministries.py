"""Ministries with a lower-case head are one organisation (ner/ministries.py).

Sentences are written for these tests.
"""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.ministries import with_ministries


def test_the_head_the_nationality_and_the_portfolio_are_one_name() -> None:
    text = "Selon le ministère chinois des Affaires étrangères, la visite est reportée."
    found = [mention(text, "Affaires étrangères", "ORG")]
    assert spans(with_ministries(text, found, "fr")) == [("ministère chinois des Affaires étrangères", "ORG")]


def test_a_portfolio_typed_misc_gives_way_in_italian_and_spanish() -> None:
    text = "Il sindaco ha ringraziato il ministero delle Imprese per i fondi."
    found = [mention(text, "Imprese", "MISC")]
    assert spans(with_ministries(text, found, "it")) == [("ministero delle Imprese", "ORG")]
    text = "Fuentes del ministerio de Transportes y Movilidad confirmaron el cierre."
    assert spans(with_ministries(text, [], "es")) == [("ministerio de Transportes y Movilidad", "ORG")]


def test_a_minister_is_a_title_and_a_longer_name_or_a_person_stays() -> None:
    text = "Le ministre de l'Intérieur Paul Morel est arrivé."
    assert with_ministries(text, [mention(text, "Paul Morel", "PER")], "fr")[0].text == "Paul Morel"
    text = "Le Ministère de la Culture et de la Communication a publié un avis."
    longer = [mention(text, "Le Ministère de la Culture et de la Communication", "ORG")]
    assert spans(with_ministries(text, longer, "fr")) == spans(longer)
    assert with_ministries("Il ministero delle Finanze.", [], "de") == []  # only the three languages


def test_a_court_or_prosecutor_named_by_its_town_holds_the_town() -> None:
    text = "Le tribunal de commerce de Lyon a tranché, et la cour d'appel de Rennes aussi."
    found = [mention(text, "Lyon", "LOC"), mention(text, "Rennes", "LOC")]
    assert spans(with_ministries(text, found, "fr")) == [
        ("tribunal de commerce de Lyon", "ORG"),
        ("cour d'appel de Rennes", "ORG"),
    ]
    text = "La procura di Bari ha aperto un fascicolo; il tribunale di Napoli decide."
    assert spans(with_ministries(text, [mention(text, "Bari", "LOC")], "it")) == [
        ("procura di Bari", "ORG"),
        ("tribunale di Napoli", "ORG"),
    ]
    text = "El tribunal de Cuentas y el juzgado de Marbella."  # "Cuentas" is no town
    assert spans(with_ministries(text, [], "es")) == [("juzgado de Marbella", "ORG")]


def test_a_regional_office_of_the_state_holds_its_territory() -> None:
    text = "La préfecture de la Gironde et le Service départemental d'incendie et de secours du Var."
    found = [mention(text, "Gironde", "LOC"), mention(text, "Var", "LOC")]
    assert spans(with_ministries(text, found, "fr")) == [
        ("préfecture de la Gironde", "ORG"),
        ("Service départemental d'incendie et de secours du Var", "ORG"),
    ]
    text = "I feriti al centre hospitalier? No: la Capitaneria di porto di Ancona e la Guardia costiera di Bari."
    assert spans(with_ministries(text, [], "it")) == [
        ("Capitaneria di porto di Ancona", "ORG"),
        ("Guardia costiera di Bari", "ORG"),
    ]
    text = "Los heridos, según la Subdelegación del Gobierno en Cáceres, son tres."
    assert spans(with_ministries(text, [], "es")) == [("Subdelegación del Gobierno en Cáceres", "ORG")]
    text = "Il a été conduit au centre hospitalier de Dax."  # a small town of the gazetteer
    assert spans(with_ministries(text, [], "fr")) == [("centre hospitalier de Dax", "ORG")]
    text = "Le conseil départemental des Landes finance la route."  # a plural territory's "des"
    found = [mention(text, "Landes", "LOC")]
    assert spans(with_ministries(text, found, "fr")) == [("conseil départemental des Landes", "ORG")]


def test_a_ministrys_last_field_in_lower_case_and_a_capitalised_portfolio_adjective() -> None:
    from storywire.stages.ner.ministries import with_ministries

    text = (
        "Parlano il ministero delle Infrastrutture e dei trasporti e il Ministero del Lavoro e delle Politiche Sociali."
    )
    found = [mention(text, "Infrastrutture", "LOC"), mention(text, "Politiche Sociali", "PER")]
    assert spans(with_ministries(text, found, "it")) == [
        ("ministero delle Infrastrutture e dei trasporti", "ORG"),
        ("Ministero del Lavoro e delle Politiche Sociali", "ORG"),
    ]


def test_a_list_of_fields_ends_with_its_and_and_a_comma_alone_ends_the_name() -> None:
    text = "Según el Ministerio de Asuntos Exteriores, Unión Europea y Cooperación, la cita sigue."
    assert spans(with_ministries(text, [], "es")) == [
        ("Ministerio de Asuntos Exteriores, Unión Europea y Cooperación", "ORG")
    ]
    text = "Según el Ministerio de Hacienda, Montero dijo que no."
    assert spans(with_ministries(text, [], "es")) == [("Ministerio de Hacienda", "ORG")]


def test_made_in_italy_belongs_to_the_ministry_of_enterprise() -> None:
    text = "I fondi arrivano dal Ministero delle Imprese e del Made in Italy e da Bruxelles. Made in Italy vende."
    found = [mention(text, "Ministero delle Imprese e del Made", "ORG"), mention(text, "Italy", "LOC")]
    assert spans(with_ministries(text, found, "it")) == [("Ministero delle Imprese e del Made in Italy", "ORG")]


def test_a_french_portfolio_with_its_lower_case_adjective() -> None:
    from storywire.stages.ner.ministries import with_ministries

    text = "Le ministère de la Transition écologique et le ministère de l'Éducation nationale se taisent."
    found = [mention(text, "Transition", "MISC")]
    assert spans(with_ministries(text, found, "fr")) == [
        ("ministère de la Transition écologique", "ORG"),
        ("ministère de l'Éducation nationale", "ORG"),
    ]


def test_a_bar_and_a_chamber_of_notaries_with_their_town_are_one_body() -> None:
    text = "Le bâtonnier de l'Ordre des avocats de Rennes et la chambre des notaires de la Gironde ont signé."
    found = [mention(text, "Ordre des avocats", "ORG"), mention(text, "Rennes", "LOC"), mention(text, "Gironde", "LOC")]
    assert spans(with_ministries(text, found, "fr")) == [
        ("Ordre des avocats de Rennes", "ORG"),
        ("chambre des notaires de la Gironde", "ORG"),
    ]


def test_a_prefecture_over_the_models_particle_and_a_lower_case_intercommunal_authority() -> None:
    text = "La préfecture de l'Ariège et la communauté de communes du Sarladais ont signé."
    found = [mention(text, "de l'Ariège", "LOC"), mention(text, "Sarladais", "LOC")]
    assert spans(with_ministries(text, found, "fr")) == [
        ("préfecture de l'Ariège", "ORG"),
        ("communauté de communes du Sarladais", "ORG"),
    ]


def test_a_portfolio_run_on_into_lower_case_words_gives_way() -> None:
    text = "La requête a été adressée au ministère de la Culture la semaine passée par Anne Roux."
    found = [mention(text, "Culture la semaine passée", "MISC"), mention(text, "Anne Roux", "PER")]
    assert spans(with_ministries(text, found, "fr")) == [("ministère de la Culture", "ORG"), ("Anne Roux", "PER")]
    # a capital in the overhang is a longer name the model found: it stays
    text = "Il a écrit au ministère de la Culture Populaire Kerbrat hier."
    found = [mention(text, "Culture Populaire Kerbrat", "ORG")]
    assert with_ministries(text, found, "fr") == found


def test_a_prefecture_of_an_unlisted_department_is_one_body_but_not_a_person_after_it() -> None:
    text = "La préfecture de la Lozère a validé le plan. Le tribunal de Mende Jean Pic a parlé."
    found = [mention(text, "Lozère", "LOC"), mention(text, "Jean Pic", "PER")]
    got = spans(with_ministries(text, found, "fr"))
    assert ("préfecture de la Lozère", "ORG") in got and ("Jean Pic", "PER") in got


def test_an_italian_ministrys_fields_each_with_its_article_are_one_body() -> None:
    text = "Un'interrogazione al ministero dell'Ambiente, della Sicurezza energetica e delle Foreste per i fondi."
    found = [mention(text, "Ambiente", "ORG"), mention(text, "Sicurezza", "MISC"), mention(text, "Foreste", "MISC")]
    assert spans(with_ministries(text, found, "it")) == [
        ("ministero dell'Ambiente, della Sicurezza energetica e delle Foreste", "ORG")
    ]


def test_an_italian_ministry_before_a_comma_and_a_name_ends_there() -> None:
    text = "Il ministero dell'Interno, Piantedosi ha detto no."
    found = [mention(text, "Interno", "ORG"), mention(text, "Piantedosi", "PER")]
    assert spans(with_ministries(text, found, "it")) == [("ministero dell'Interno", "ORG"), ("Piantedosi", "PER")]
