"""An acronym in brackets after a name is a mention of its own (ner/brackets.py)."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.brackets import split_bracketed_acronyms


def test_a_bracketed_acronym_is_cut_off_as_an_organisation() -> None:
    text = "Управление Турции (AFAD) и делегация США (USA) прибыли."
    found = [mention(text, "Турции (AFAD)", "LOC"), mention(text, "США (USA)", "LOC")]
    assert spans(split_bracketed_acronyms(found, "ru")) == [
        ("Турции", "LOC"),
        ("AFAD", "ORG"),
        ("США", "LOC"),
        ("USA", "LOC"),  # a major place's short name stays a place
    ]


def test_a_page_titles_disambiguator_stays() -> None:
    text = "Yerba Buena ( band ) and Provo (Utah) played."
    found = [mention(text, "Yerba Buena ( band )", "ORG"), mention(text, "Provo (Utah)", "LOC")]
    assert spans(split_bracketed_acronyms(found, "en")) == [("Yerba Buena ( band )", "ORG"), ("Provo (Utah)", "LOC")]
