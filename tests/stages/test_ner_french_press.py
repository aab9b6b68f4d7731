"""French regional newspapers by their head word and region (ner/french_press.py). Sentences
written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.french_press import french_press


def test_a_regional_title_is_one_body_with_its_article() -> None:
    text = "Il l'a dit à L'Écho de la Sarthe, puis au micro de La Dépêche du Midi."
    found = [mention(text, "Sarthe", "LOC"), mention(text, "Dépêche du Midi", "LOC")]
    assert spans(french_press(text, found, "fr")) == [("L'Écho de la Sarthe", "ORG"), ("La Dépêche du Midi", "ORG")]


def test_a_head_word_without_its_region_or_in_lower_case_is_no_title() -> None:
    text = "Le Journal a tort, le courrier de la mairie aussi ; Le Progrès de la science avance."
    assert french_press(text, [], "fr") == []
    assert french_press("La Voix du Nord", [], "de") == []


def test_a_one_word_title_after_a_capitalised_elided_article() -> None:
    text = "Elle l'a dit dans L'Indépendant ; l'indépendant qu'il est s'en moque, et L'Alsace est une région."
    assert spans(french_press(text, [mention(text, "L'Indépendant", "MISC")], "fr")) == [("L'Indépendant", "ORG")]


def test_a_head_word_with_its_regions_demonym_is_a_title() -> None:
    text = "Il parle à L'Écho valentinois et au Dauphiné, lu par Le Républicain lorrain ; Le Progrès social attend."
    found = [mention(text, "Écho valentinois", "MISC")]
    assert spans(french_press(text, found, "fr")) == [("L'Écho valentinois", "ORG"), ("Le Républicain lorrain", "ORG")]


def test_a_paper_named_le_x_after_au_or_du() -> None:
    text = "Il a confié au Télégramme, puis à un journaliste du Parisien, que la Coupe du Monde l'attendait."
    found = [mention(text, "Télégramme", "PER"), mention(text, "Parisien", "LOC")]
    assert spans(french_press(text, found, "fr")) == [("Télégramme", "ORG"), ("Parisien", "ORG")]
    text = "Il l'a dit au Progrès, pas au progrès social."
    assert spans(french_press(text, [], "fr")) == [("Progrès", "ORG")]


def test_a_title_whose_adjective_is_capitalised_and_a_national_daily() -> None:
    text = "Il s'est confié à L'Est Républicain et à L'Humanité ; l'humanité entière attend."
    found = [mention(text, "L'Est Républicain", "MISC")]
    assert spans(french_press(text, found, "fr")) == [("L'Est Républicain", "ORG"), ("L'Humanité", "ORG")]


def test_a_works_author_after_its_title_in_guillemets_is_the_person() -> None:
    text = "Elle dirige « La Mer » de Debussy et « Boléro » de Maurice Ravel."
    found = [mention(text, "Mer » de Debussy", "MISC"), mention(text, "Boléro » de Maurice Ravel", "MISC")]
    assert spans(french_press(text, found, "fr")) == [("Debussy", "PER"), ("Maurice Ravel", "PER")]
    text = "Il a lu « Le Monde » de ce matin."  # no capitalised name after "de": left alone
    found = [mention(text, "Monde » de ce", "MISC")]
    assert spans(french_press(text, found, "fr")) == [("Monde » de ce", "MISC")]


def test_a_person_quoted_after_a_contracted_paper_is_the_person() -> None:
    text = "« Rien n'est prêt », a déclaré au Télégramme Anne Le Roux."
    found = [mention(text, "Télégramme Anne Le Roux", "MISC")]
    assert spans(french_press(text, found, "fr")) == [("Télégramme", "ORG"), ("Anne Le Roux", "PER")]


def test_a_regional_station_keeps_its_region() -> None:
    text = "Il l'a confié à France 3 Provence-Alpes-Côte d'Azur jeudi, puis à France Bleu Nord."
    found = [
        mention(text, "France 3", "LOC"),
        mention(text, "Provence-Alpes-Côte d'Azur", "LOC"),
        mention(text, "France Bleu", "ORG"),
        mention(text, "Nord", "LOC"),
    ]
    assert spans(french_press(text, found, "fr")) == [
        ("France 3 Provence-Alpes-Côte d'Azur", "ORG"),
        ("France Bleu Nord", "ORG"),
    ]


def test_the_national_channel_alone_is_left_as_found() -> None:
    text = "Le débat sera diffusé sur France 3 mardi."
    found = [mention(text, "France 3", "ORG")]
    assert spans(french_press(text, found, "fr")) == [("France 3", "ORG")]


def test_a_name_with_its_article_that_interviews_is_a_paper_but_not_a_place_elsewhere() -> None:
    text = "Interrogée par Le Berry, la maire a répondu. Elle vit à La Châtre."
    found = [mention(text, "Le Berry", "LOC"), mention(text, "La Châtre", "LOC")]
    assert spans(french_press(text, found, "fr")) == [("Le Berry", "ORG"), ("La Châtre", "LOC")]


def test_a_title_with_its_region_after_au_loses_its_article() -> None:
    text = "« Rien n'est joué », a confié la gérante au Journal de Saône-et-Loire."
    found = [mention(text, "Saône-et-Loire", "LOC")]
    assert spans(french_press(text, found, "fr")) == [("Journal de Saône-et-Loire", "ORG")]


def test_a_head_word_after_au_without_a_region_is_no_title() -> None:
    text = "Elle a répondu au courrier de Lyon et au Journal de bord du navire."
    assert french_press(text, [], "fr") == []


def test_a_name_with_its_article_reached_by_a_reporter_is_a_paper() -> None:
    text = "Le maire, joint par Le Bugiste, a confirmé. Il est parti de La Rochette par la route."
    found = [mention(text, "Le Bugiste", "LOC"), mention(text, "La Rochette", "LOC")]
    assert spans(french_press(text, found, "fr")) == [("Le Bugiste", "ORG"), ("La Rochette", "LOC")]
