"""Kind words before names, surname particles, a sentence's "The" and bare offices."""

from __future__ import annotations

import pytest

from storywire.model import EntityType, Mention
from storywire.stages.entities import extract_entities_from_text
from storywire.stages.ner.kind_words import apply_kind_words


def spans(text: str, found: list[tuple[str, EntityType]], language: str) -> list[tuple[str, str]]:
    mentions = []
    for surface, etype in found:
        start = text.index(surface)
        mentions.append(Mention(start, start + len(surface), surface, etype, model="test"))
    return [(m.text, m.type) for m in apply_kind_words(text, mentions, language)]


@pytest.mark.parametrize(
    ("text", "found", "language", "expected"),
    [
        # a kind word before a name makes it an organisation
        ("Elon Musk's company SpaceX launched satellites.", [("SpaceX", "PER")], "en", [("SpaceX", "ORG")]),
        ("Shares of Nvidia rose 4 percent.", [("Nvidia", "LOC")], "en", [("Nvidia", "ORG")]),
        ("Spółka Orlen podpisała umowę.", [("Spółka Orlen", "PER")], "pl", [("Orlen", "ORG")]),
        ("Agencja PAP podała, że port otwarto.", [("Agencja PAP", "ORG")], "pl", [("PAP", "ORG")]),
        ("Компания «Газпром» сообщила о росте.", [("Газпром", "PER")], "ru", [("Газпром", "ORG")]),
        # ... but a capitalised kind word mid-sentence, or before a longer or common run, is the name's
        ("Ayer el Banco Santander ganó más.", [("Banco Santander", "ORG")], "es", [("Banco Santander", "ORG")]),
        ("Partido Popular criticó la reforma.", [("Partido Popular", "ORG")], "es", [("Partido Popular", "ORG")]),
        (
            "Partido Verde Ecologista de México",
            [("Partido Verde Ecologista de México", "ORG")],
            "es",
            [("Partido Verde Ecologista de México", "ORG")],
        ),
        # ... and a known place after it: its name, or its bank
        ("Банк России повысил ставку.", [("Банк России", "ORG")], "ru", [("Банк России", "ORG")]),
        ("Глава банка России выступил.", [("России", "LOC")], "ru", [("России", "LOC")]),
        # an English football club after its town
        ("Manchester United sacked its manager.", [("Manchester United", "PER")], "en", [("Manchester United", "ORG")]),
        ("Flights to Kansas City resumed.", [("Kansas City", "LOC")], "en", [("Kansas City", "LOC")]),
        # a surname's particles
        ("The club sacked Erik ten Hag on Monday.", [("Erik", "PER")], "en", [("Erik ten Hag", "PER")]),
        (
            "Llegó Lula da Silva a Belém.",
            [("Lula", "PER"), ("Belém", "LOC")],
            "es",
            [("Lula da Silva", "PER"), ("Belém", "LOC")],
        ),
        ("Habló Sánchez de España ayer.", [("Sánchez", "PER")], "es", [("Sánchez", "PER")]),
        (
            "Dann traf Scholz den Präsidenten Macron.",
            [("Scholz", "PER"), ("Macron", "PER")],
            "de",
            [("Scholz", "PER"), ("Macron", "PER")],
        ),
        # a lower-case kind of territory after a name: the name is a place's, the kind outside it
        (
            "Shelling hit the Kherson region and the Yesilyurt district.",
            [("Kherson", "PER"), ("Yesilyurt", "ORG")],
            "en",
            [("Kherson", "LOC"), ("Yesilyurt", "LOC")],
        ),
        ("It spoke of the Asia-Pacific region.", [("Asia-Pacific region", "LOC")], "en", [("Asia-Pacific", "LOC")]),
        ("He met the Region Council.", [("Region Council", "ORG")], "en", [("Region Council", "ORG")]),
        # an electoral ward too, lower-case; a capitalised "Ward" is a surname
        (
            "She has represented the Thornbury ward since May, said Ms Ward.",
            [("Thornbury", "PER"), ("Ward", "PER")],
            "en",
            [("Thornbury", "LOC"), ("Ward", "PER")],
        ),
        # a stadium or an airport named after a person is a place
        (
            "Ganó en el estadio Santiago Bernabéu.",
            [("Santiago Bernabéu", "PER")],
            "es",
            [("Santiago Bernabéu", "LOC")],
        ),
        ("Er landete am Flughafen Willy Brandt.", [("Willy Brandt", "PER")], "de", [("Willy Brandt", "LOC")]),
        ("Der Kanzler Willy Brandt sprach.", [("Willy Brandt", "PER")], "de", [("Willy Brandt", "PER")]),
        # a sentence's "The" is no part of a name, unless one word would be left
        (
            "The Federal Reserve kept rates unchanged.",
            [("The Federal Reserve", "ORG")],
            "en",
            [("Federal Reserve", "ORG")],
        ),
        ("The Guardian reported it.", [("The Guardian", "ORG")], "en", [("The Guardian", "ORG")]),
        ("Makers: The Lego Group", [("The Lego Group", "ORG")], "en", [("The Lego Group", "ORG")]),
        # an office alone, capitalised by the sentence, names nobody
        (
            "Minister spraw zagranicznych Radosław Sikorski poleciał do Kijowa.",
            [("Minister spraw zagranicznych", "ORG"), ("Radosław Sikorski", "PER")],
            "pl",
            [("Radosław Sikorski", "PER")],
        ),
        (
            "Окончил академию Генерального штаба.",
            [("Генерального штаба", "ORG")],
            "ru",
            [("Генерального штаба", "ORG")],
        ),
    ],
)
def test_kind_words_and_edges(
    text: str, found: list[tuple[str, EntityType]], language: str, expected: list[tuple[str, str]]
) -> None:
    assert spans(text, found, language) == expected


def test_a_name_no_model_found_after_a_kind_word() -> None:
    assert spans("La compañía Iberdrola invertirá en Andalucía.", [("Andalucía", "LOC")], "es") == [
        ("Iberdrola", "ORG"),
        ("Andalucía", "LOC"),
    ]
    # a common word is no name, and German capitalises every noun: nothing is added there
    assert spans("The company Tuesday said it would grow.", [], "en") == []
    assert spans("Das Unternehmen Umsatz meldete.", [], "de") == []


def test_a_known_agency_written_in_lower_case_is_kept() -> None:
    text = "Laut der Nachrichtenagentur dpa wurden in Tirol zwölf Menschen verletzt."
    assert ("dpa", "ORG") in [(m.text, m.type) for m in extract_entities_from_text(text, "de")]


def test_a_romance_kind_word_with_an_elided_article_or_an_adjective_of_origin_before_the_name() -> None:
    text = "Le fabricant grenoblois Filtrova a signé avec l'équipementier Valdrex."
    assert spans(text, [("Filtrova", "LOC"), ("Valdrex", "MISC")], "fr") == [("Filtrova", "ORG"), ("Valdrex", "ORG")]
    text = "La empresa gallega Pescamar y l'azienda Brembi."
    assert spans(text, [("Pescamar", "PER")], "es") == [("Pescamar", "ORG")]
    # a verb between the kind word and a person is no adjective of origin
    text = "L'entreprise emploie Marc Dupont depuis 2010."
    assert spans(text, [("Marc Dupont", "PER")], "fr") == [("Marc Dupont", "PER")]
