"""Spanish local news: the tagger's run-ons cut into their names."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.spanish_local import spanish_local


def test_a_byline_in_capitals_is_the_reporter() -> None:
    text = "Cierra un horno\n\nLUCÍA PÉREZ-ARIAS | SORIA\n\nEl horno cierra. ALTA TENSIÓN | no."
    found = [mention(text, "SORIA", "LOC")]
    assert spans(spanish_local(text, found, "es")) == [("LUCÍA PÉREZ-ARIAS", "PER"), ("SORIA", "LOC")]


def test_an_age_after_a_name_is_cut() -> None:
    text = "Tomás Gil Sanz, de 64 años, cerró ayer."
    found = [mention(text, "Tomás Gil Sanz, de 64", "MISC")]
    assert spans(spanish_local(text, found, "es")) == [("Tomás Gil Sanz", "PER")]


def test_a_body_holds_no_indefinite_article() -> None:
    text = "Estudia con la Cámara de Comercio de Soria una línea de ayudas. ¡Compartiremos una foto!"
    found = [
        mention(text, "Cámara de Comercio de Soria una línea de ayudas", "ORG"),
        mention(text, "Compartiremos una foto", "ORG"),
    ]
    assert spans(spanish_local(text, found, "es")) == [("Cámara de Comercio de Soria", "ORG")]


def test_a_full_name_with_an_age_is_a_person() -> None:
    text = "Kevin Rayford, de 36, y Rosa, de 40."
    found = [mention(text, "Kevin Rayford, de 36", "MISC"), mention(text, "Rosa, de 40", "MISC")]
    assert spans(spanish_local(text, found, "es")) == [("Kevin Rayford", "PER"), ("Rosa", "PER")]


def test_a_councillors_portfolio_is_cut_from_the_council() -> None:
    text = "La concejala de Cultura del Ayuntamiento de Almazán y el Consejo de Cultura del Estado."
    found = [
        mention(text, "Cultura del Ayuntamiento de Almazán", "ORG"),
        mention(text, "Consejo de Cultura del Estado", "ORG"),
    ]
    assert spans(spanish_local(text, found, "es")) == [
        ("Ayuntamiento de Almazán", "ORG"),
        ("Consejo de Cultura del Estado", "ORG"),  # no councillor before it
    ]


def test_a_legal_form_run_into_the_next_sentence_is_dropped() -> None:
    text = "Lo registró como Hornos Gil, S.L. Nadie quiso seguir. Dijo: S.L. es la forma."
    found = [mention(text, "Hornos Gil", "PER"), mention(text, "S.L. Nadie quiso seguir", "ORG")]
    assert spans(spanish_local(text, found, "es")) == [("Hornos Gil", "PER")]


def test_a_newspaper_and_the_person_quoted_after_it() -> None:
    text = "contaba al diario Heraldo Ana Gil, vecina. El diario Heraldo de Soria informó."
    found = [mention(text, "Heraldo Ana Gil", "ORG"), mention(text, "Heraldo de Soria", "ORG")]
    assert spans(spanish_local(text, found, "es")) == [
        ("Heraldo", "ORG"),
        ("Ana Gil", "PER"),
        ("Heraldo de Soria", "ORG"),
    ]


def test_two_towns_joined_by_y_are_two_places() -> None:
    text = "Llegaron de Almazán y Soria; las fiestas de San Juan y San Pedro; Castilla y León."
    found = [
        mention(text, "Almazán y Soria", "LOC"),
        mention(text, "San Juan y San Pedro", "ORG"),
        mention(text, "Castilla y León", "ORG"),
    ]
    assert spans(spanish_local(text, found, "es")) == [
        ("Almazán", "LOC"),
        ("Soria", "LOC"),
        ("San Juan y San Pedro", "ORG"),  # two saints: a feast
        ("Castilla y León", "ORG"),
    ]


def test_a_firms_town_after_its_legal_form_is_a_place() -> None:
    text = "Pagará la empresa Quesos Moncayo, S.L., de Tarazona, y la firma Hornos Gil, S.A."
    found = [mention(text, "Quesos Moncayo, S.L., de Tarazona", "ORG"), mention(text, "Hornos Gil, S.A.", "ORG")]
    assert spans(spanish_local(text, found, "es")) == [
        ("Quesos Moncayo, S.L.", "ORG"),
        ("Tarazona", "LOC"),
        ("Hornos Gil, S.A.", "ORG"),
    ]


def test_a_headlines_noun_phrase_run_into_its_town_gives_the_town() -> None:
    text = "Cierre de la piscina en Soria: obras hasta mayo\n\nLa Asociación de Hosteleros del Camino en León opina."
    found = [
        mention(text, "Cierre de la piscina en Soria", "ORG"),
        mention(text, "Asociación de Hosteleros del Camino en León", "ORG"),
    ]
    assert spans(spanish_local(text, found, "es")) == [
        ("Soria", "LOC"),
        ("Asociación de Hosteleros del Camino en León", "ORG"),
    ]


def test_a_headlines_body_with_capitalised_words_stays_whole() -> None:
    text = "Asociación de Hosteleros del Camino en León pide ayudas\n\nTexto."
    found = [mention(text, "Asociación de Hosteleros del Camino en León", "ORG")]
    assert spans(spanish_local(text, found, "es")) == [("Asociación de Hosteleros del Camino en León", "ORG")]


def test_a_provinces_platform_with_its_slogan_word_is_a_party() -> None:
    text = "Soria Ya pidió más trenes y Soria Moreno, su vecina, firmó."
    found = [mention(text, "Soria Ya", "PER"), mention(text, "Soria Moreno", "PER")]
    assert spans(spanish_local(text, found, "es")) == [("Soria Ya", "ORG"), ("Soria Moreno", "PER")]
