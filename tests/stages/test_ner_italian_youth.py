"""Italian youth and parish news: scout groups by town and number, scout associations,
parishes, oratories, a bare "Diocesi", archives, parks, newspapers with their article and
councillors' portfolios."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.model import Mention
from storywire.stages.ner.italian_youth import italian_youth


def _at(text: str, surface: str, etype: str, nth: int = 0, model: str = "rules:it") -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Mention(start, start + len(surface), surface, etype, model, 0.7)  # type: ignore[arg-type]


def test_a_scout_group_is_its_town_and_number_everywhere() -> None:
    text = "Festa a Lodi per il gruppo scout Lodi 3. Il Lodi 3 ha oggi ottanta iscritti."
    found = [
        _at(text, "Lodi", "ORG", 0, "body-noun"),
        _at(text, "Lodi", "ORG", 1, "body-noun"),
        _at(text, "Lodi", "ORG", 2, "body-noun"),
    ]
    assert spans(italian_youth(text, found, "it")) == [("Lodi", "LOC"), ("Lodi 3", "ORG"), ("Lodi 3", "ORG")]


def test_a_group_without_a_number_is_left_alone() -> None:
    text = "Il gruppo Alpini di Lodi ha sfilato."
    found = [mention(text, "Alpini", "ORG"), mention(text, "Lodi", "LOC")]
    assert spans(italian_youth(text, found, "it")) == [("Alpini", "ORG"), ("Lodi", "LOC")]


def test_scout_associations_and_their_regions() -> None:
    text = "Nel 1974 nacque l'Agesci; oggi parla il responsabile di Agesci Veneto e del Cngei."
    found = [mention(text, "Agesci", "MISC"), mention(text, "Agesci Veneto", "PER")]
    assert spans(italian_youth(text, found, "it")) == [("Agesci", "ORG"), ("Agesci Veneto", "ORG"), ("Cngei", "ORG")]


def test_a_parish_is_a_body_and_an_oratory_a_place() -> None:
    text = "La parrocchia di San Rocco apre l'oratorio di Santa Lucia, mentre la Diocesi tace."
    found = [mention(text, "San Rocco", "LOC"), mention(text, "Santa Lucia", "LOC"), mention(text, "Diocesi", "MISC")]
    assert spans(italian_youth(text, found, "it")) == [
        ("parrocchia di San Rocco", "ORG"),
        ("oratorio di Santa Lucia", "LOC"),
        ("Diocesi", "ORG"),
    ]


def test_archives_parks_and_newspapers() -> None:
    text = "Le foto dell'Archivio storico comunale, al parco delle Rimembranze, ha scritto il quotidiano La Nazione."
    found = [mention(text, "Archivio", "MISC"), mention(text, "Rimembranze", "PER"), mention(text, "Nazione", "LOC")]
    assert spans(italian_youth(text, found, "it")) == [
        ("Archivio storico comunale", "ORG"),
        ("Rimembranze", "LOC"),
        ("La Nazione", "ORG"),
    ]


def test_a_portfolio_is_no_name_but_a_capitalised_park_keeps_its_word() -> None:
    text = "L'assessore alla Cultura ha visitato il Parco della Musica."
    found = [mention(text, "Cultura", "LOC"), mention(text, "Parco della Musica", "LOC")]
    assert spans(italian_youth(text, found, "it")) == [("Parco della Musica", "LOC")]


def test_other_languages_are_untouched() -> None:
    text = "la parrocchia di San Rocco"
    found = [mention(text, "San Rocco", "LOC")]
    assert spans(italian_youth(text, found, "es")) == [("San Rocco", "LOC")]
