"""Dioceses, churches, places of worship, church charities and clergy in Polish, Russian and
Ukrainian (ner/slavic_faith.py).  Sentences written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.slavic_faith import slavic_faith


def test_a_diocese_named_by_its_adjective_is_a_body_with_its_kind_word() -> None:
    text = "Biskup objął diecezję tarnowską, wcześniej służył w archidiecezji warszawsko-praskiej."
    found = [mention(text, "archidiecezji warszawsko-praskiej", "LOC")]
    assert spans(slavic_faith(text, found, "pl")) == [
        ("diecezję tarnowską", "ORG"),
        ("archidiecezji warszawsko-praskiej", "ORG"),
    ]


def test_caritas_keeps_its_diocese_and_a_charity_inside_it_is_not_cut() -> None:
    text = "Wolontariusze Caritas Diecezji Tarnowskiej pomagają, a dyrektor Caritas Polska Jan Nowak dziękuje."
    found = [mention(text, "Caritas Diecezji Tarnowskiej", "PER"), mention(text, "Jan Nowak", "PER")]
    assert spans(slavic_faith(text, found, "pl")) == [
        ("Caritas Diecezji Tarnowskiej", "ORG"),
        ("Caritas Polska", "ORG"),
        ("Jan Nowak", "PER"),
    ]


def test_a_polish_place_of_worship_keeps_its_kind_word_and_patron() -> None:
    text = (
        "Msza odbyła się w bazylice archikatedralnej Narodzenia Pańskiego, potem w parafii Świętego Krzyża w Lesznie."
    )
    found = [mention(text, "bazylice archikatedralnej Narodzenia Pańskiego", "ORG"), mention(text, "Lesznie", "LOC")]
    assert spans(slavic_faith(text, found, "pl")) == [
        ("bazylice archikatedralnej Narodzenia Pańskiego", "LOC"),
        ("parafii Świętego Krzyża", "LOC"),
        ("Lesznie", "LOC"),
    ]


def test_a_kind_word_before_a_preposition_a_person_or_no_patron_names_nothing() -> None:
    text = "Przyszli do katedry na Starym Rynku, a w katedrze Jan Nowak odprawił mszę."
    found = [mention(text, "Starym Rynku", "LOC"), mention(text, "Jan Nowak", "PER")]
    assert spans(slavic_faith(text, found, "pl")) == spans(found)
    # a town, a diocese or a university's chair after the kind word is no patron
    text = (
        "Stał przed bazyliką Watykan, proboszczowie parafii Archidiecezji Łódzkiej "
        "i szef katedry prawa Collegium Humanum."
    )
    found = [mention(text, "Watykan", "LOC"), mention(text, "Collegium Humanum", "ORG")]
    assert spans(slavic_faith(text, found, "pl")) == [
        ("Watykan", "LOC"),
        ("Archidiecezji Łódzkiej", "ORG"),
        ("Collegium Humanum", "ORG"),
    ]


def test_a_clergymans_name_after_his_title_and_titles_alone() -> None:
    text = "Bp Kowalik zamieszka w Radomiu. Ksiądz Biskup dziękował, a ks. Nowak słuchał."
    found = [mention(text, "Radomiu", "LOC"), mention(text, "Ksiądz Biskup", "PER")]
    assert spans(slavic_faith(text, found, "pl")) == [("Kowalik", "PER"), ("Radomiu", "LOC"), ("Nowak", "PER")]


def test_an_eparchy_and_a_rites_church_are_bodies() -> None:
    text = "Автобуси Стрийської греко-католицької єпархії та Румунської греко-католицької церкви прибули."
    found = [mention(text, "Стрийської греко", "MISC"), mention(text, "Румунської", "PER")]
    assert spans(slavic_faith(text, found, "uk")) == [
        ("Стрийської греко-католицької єпархії", "ORG"),
        ("Румунської греко-католицької церкви", "ORG"),
    ]


def test_a_mosque_keeps_its_kind_word_but_a_towns_mosques_are_no_name() -> None:
    text = "Делегация посетила мечеть Марджани, а мечети Казани открыли двери."
    found = [mention(text, "Марджани", "ORG"), mention(text, "Казани", "LOC")]
    assert spans(slavic_faith(text, found, "ru")) == [("мечеть Марджани", "LOC"), ("Казани", "LOC")]


def test_a_cathedral_by_its_adjective_is_a_place_a_council_a_body() -> None:
    text = "Гости осмотрели Успенский собор. Архиерейский собор соберётся в мае."
    found = [mention(text, "Успенский собор", "ORG"), mention(text, "Архиерейский собор", "ORG")]
    assert spans(slavic_faith(text, found, "ru")) == [("Успенский собор", "LOC"), ("Архиерейский собор", "ORG")]


def test_a_muftiate_keeps_its_republic_and_caritas_its_country() -> None:
    text = "Духовное управление мусульман Республики Башкортостан и Каритас России помогают."
    found = [
        mention(text, "Духовное управление мусульман", "ORG"),
        mention(text, "Республики Башкортостан", "LOC"),
        mention(text, "Каритас", "ORG"),
        mention(text, "России", "LOC"),
    ]
    assert spans(slavic_faith(text, found, "ru")) == [
        ("Духовное управление мусульман Республики Башкортостан", "ORG"),
        ("Каритас России", "ORG"),
    ]


def test_a_muftiate_without_its_region_and_other_languages_are_left_alone() -> None:
    text = "Духовное управление мусульман заявило."
    found = [mention(text, "Духовное управление мусульман", "ORG")]
    assert spans(slavic_faith(text, found, "ru")) == spans(found)
    text = "La diecezji płockiej è in Polonia."
    assert slavic_faith(text, [], "it") == []
