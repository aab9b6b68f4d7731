"""Italian libraries, archives and their guardians: state archives, libraries with their
adjectives, carabinieri units, regional departments, order houses and particled surnames."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.italian_archives import italian_archives


def test_a_state_archive_with_its_town_is_one_body() -> None:
    text = "I registri sono passati all'Archivio di Stato di Reggio Emilia lo scorso anno."
    found = [mention(text, "Stato", "ORG"), mention(text, "Reggio Emilia", "LOC")]
    assert spans(italian_archives(text, found, "it")) == [("Archivio di Stato di Reggio Emilia", "ORG")]


def test_a_library_with_its_adjectives_and_town_is_one_body() -> None:
    text = "La Biblioteca nazionale centrale di Firenze ha riaperto la sala. La Biblioteca civica resta chiusa."
    found = [mention(text, "Biblioteca nazionale", "ORG"), mention(text, "Firenze", "LOC")]
    assert spans(italian_archives(text, found, "it")) == [("Biblioteca nazionale centrale di Firenze", "ORG")]


def test_a_bare_library_is_left_alone() -> None:
    text = "La Biblioteca civica resta chiusa fino a maggio."
    found = [mention(text, "Biblioteca", "ORG")]
    assert spans(italian_archives(text, found, "it")) == [("Biblioteca", "ORG")]


def test_a_carabinieri_unit_is_one_body() -> None:
    text = "Indaga il Nucleo Carabinieri Tutela Patrimonio Culturale di Bari sui reperti."
    found = [mention(text, "Carabinieri", "ORG"), mention(text, "Bari", "LOC")]
    assert spans(italian_archives(text, found, "it")) == [
        ("Nucleo Carabinieri Tutela Patrimonio Culturale di Bari", "ORG")
    ]


def test_a_regional_department_keeps_its_portfolio() -> None:
    text = "Lo ha deciso l'Assessorato regionale delle Attività produttive e della Salute pubblica."
    found = [mention(text, "Attività", "LOC"), mention(text, "Salute", "MISC")]
    assert spans(italian_archives(text, found, "it")) == [
        ("Assessorato regionale delle Attività produttive e della Salute pubblica", "ORG")
    ]


def test_an_order_house_is_a_place_and_an_order_alone_is_not() -> None:
    text = "I lavori nel Convento dei Cappuccini di Trapani. I Cappuccini hanno protestato."
    found = [mention(text, "Convento", "PER"), mention(text, "Trapani", "LOC")]
    assert spans(italian_archives(text, found, "it")) == [("Convento dei Cappuccini", "LOC"), ("Trapani", "LOC")]


def test_a_surname_keeps_its_particle_after_the_full_name() -> None:
    text = "Parla Carmelo Li Causi, sindaco. Secondo Li Causi la gara è regolare; Causi è un cognome."
    found = [
        mention(text, "Carmelo Li Causi", "PER"),
        mention(text, "Causi", "PER", 1),
        mention(text, "Causi", "PER", 2),
    ]
    assert spans(italian_archives(text, found, "it")) == [
        ("Carmelo Li Causi", "PER"),
        ("Li Causi", "PER"),
        ("Causi", "PER"),
    ]


def test_other_languages_are_left_alone() -> None:
    text = "Archivio di Stato di Roma"
    assert italian_archives(text, [], "es") == []
