"""German art-market and heritage news: a firm's kind word and town adjective stay out, an
adjective opening a body's name, a council's committee, a town adjective with a bare kind word,
a title run into the sentence, a work named after someone, a titled person and a dateline's
second town."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.german_arts import german_arts


def test_a_firms_kind_word_and_town_adjective_stay_out() -> None:
    text = "Das Kölner Auktionshaus Brandt & Co. KG und die Kanzlei Roth Legal GmbH streiten mit dem Verein Nordlicht."
    found = [
        mention(text, "Kölner Auktionshaus Brandt & Co. KG", "ORG"),
        mention(text, "Kanzlei Roth Legal GmbH", "ORG"),
        mention(text, "Verein Nordlicht", "ORG"),
    ]
    # without a legal form the kind word is left to the other passes
    assert spans(german_arts(text, found, "de")) == [
        ("Brandt & Co. KG", "ORG"),
        ("Roth Legal GmbH", "ORG"),
        ("Verein Nordlicht", "ORG"),
    ]


def test_a_capitalised_adjective_after_an_article_opens_a_bodys_name() -> None:
    text = "Er wandte sich an die Ständige Konferenz Kultur und an das Berliner Zentrum Kunstschutz."
    found = [mention(text, "Konferenz Kultur", "ORG"), mention(text, "Zentrum Kunstschutz", "ORG")]
    # a town's adjective ("Berliner") is not taken
    assert spans(german_arts(text, found, "de")) == [
        ("Ständige Konferenz Kultur", "ORG"),
        ("Zentrum Kunstschutz", "ORG"),
    ]


def test_a_councils_committee_is_a_body() -> None:
    text = "Der Bauausschuss der Stadt Jena tagt, ein Ausschuss der Bürger nicht."
    found = [mention(text, "Stadt Jena", "ORG")]
    assert spans(german_arts(text, found, "de")) == [("Bauausschuss", "ORG"), ("Stadt Jena", "ORG")]


def test_a_town_adjective_with_a_bare_kind_word_is_no_name() -> None:
    text = "Kölner Museum prüft Herkunft\n\nDas Kölner Museum und das Kölner Stadtmuseum Süd zeigen Bilder."
    found = [
        mention(text, "Kölner Museum prüft Herkunft", "ORG"),
        mention(text, "Kölner Museum", "ORG", 1),
        mention(text, "Kölner Stadtmuseum Süd", "ORG"),
    ]
    assert spans(german_arts(text, found, "de")) == [("Kölner Stadtmuseum Süd", "ORG")]


def test_a_title_run_into_the_sentence_and_a_work_compound_are_no_names() -> None:
    text = "Das Nolde-Gemälde „Morgen am See“ am 3. Mai kommt unter den Hammer, sagt die Nolde-Stiftung."
    found = [
        mention(text, "Nolde-Gemälde", "ORG"),
        mention(text, "See“ am 3. Mai", "ORG"),
        mention(text, "Nolde-Stiftung", "ORG"),
    ]
    assert spans(german_arts(text, found, "de")) == [("Nolde-Stiftung", "ORG")]


def test_a_person_after_an_academic_title() -> None:
    text = "Nach Angaben von Leiterin Dr. Anna Berger und Prof. Neue Wege sei das Bild echt."
    assert spans(german_arts(text, [], "de")) == [("Anna Berger", "PER")]


def test_a_datelines_second_town_is_a_place() -> None:
    text = "BONN/KÖLN. Der Streit geht weiter, sagt die Firma ABC/DEF. Nichts sonst."
    found = [mention(text, "BONN", "ORG")]  # the first town typed a firm: a place too
    assert spans(german_arts(text, found, "de")) == [("BONN", "LOC"), ("KÖLN", "LOC")]


def test_other_languages_are_left_alone() -> None:
    text = "Das Kölner Museum"
    found = [mention(text, "Kölner Museum", "ORG")]
    assert spans(german_arts(text, found, "en")) == [("Kölner Museum", "ORG")]


def test_an_estate_agents_office_word_stays_out_of_its_firm() -> None:
    text = "Den Verkauf vermittelte das Maklerbüro Haller Immobilien GmbH; das Maklerbüro schweigt."
    found = [mention(text, "Maklerbüro Haller Immobilien GmbH", "ORG")]
    assert spans(german_arts(text, found, "de")) == [("Haller Immobilien GmbH", "ORG")]


def test_a_trade_before_a_firm_with_its_form_stays_out_a_bare_trade_stays() -> None:
    text = "Der Pharmahersteller Tannberg Arznei GmbH und das Prüflabor Quellblick GmbH klagen."
    found = [
        mention(text, "Pharmahersteller Tannberg Arznei GmbH", "ORG"),
        mention(text, "Prüflabor Quellblick GmbH", "ORG"),
    ]
    assert spans(german_arts(text, found, "de")) == [("Tannberg Arznei GmbH", "ORG"), ("Quellblick GmbH", "ORG")]
    text = "Der Versicherer Hanse Mutual zahlt."
    found = [mention(text, "Versicherer Hanse Mutual", "ORG")]
    assert spans(german_arts(text, found, "de")) == [("Versicherer Hanse Mutual", "ORG")]  # no form: left
