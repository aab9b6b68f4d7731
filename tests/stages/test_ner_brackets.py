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


def test_a_bodys_acronym_in_brackets_and_its_initials_are_the_body_all_over_the_text() -> None:
    from storywire.stages.ner.brackets import body_acronyms

    text = "The Social Democratic Party (SPD) met the Instytut Badań Rynkowych i Społecznych. IBRS and SPD agreed."
    body = "Instytut Badań Rynkowych i Społecznych"
    found = [mention(text, "Social Democratic Party", "ORG"), mention(text, body, "ORG")]
    assert spans(body_acronyms(text, found, "en")) == [
        ("Social Democratic Party", "ORG"),
        ("SPD", "ORG"),  # in brackets right after the body
        (body, "ORG"),
        ("IBRS", "ORG"),  # its initials, alone later on
        ("SPD", "ORG"),  # the bracket's acronym, alone later on
    ]


def test_no_body_no_acronym_and_a_major_place_acronym_stays() -> None:
    from storywire.stages.ner.brackets import body_acronyms

    text = "The United States Army (USA) and NATO."
    found = [mention(text, "United States Army", "ORG"), mention(text, "NATO", "ORG")]
    assert spans(body_acronyms(text, found, "en")) == spans(found)  # "USA" is a country's short name
    assert body_acronyms("IBRS said.", [], "en") == []
