"""Places by the sentence around them (ner/place_contexts.py). Sentences written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.place_contexts import places_in_context


def test_between_makes_both_names_places_when_one_is_known() -> None:
    text = "Der Zug pendelt zwischen Kronach und Lichtenfels."
    found = [mention(text, "Lichtenfels", "ORG")]
    assert spans(places_in_context(text, found, "de")) == [("Kronach", "LOC"), ("Lichtenfels", "LOC")]


def test_one_span_over_two_places_and_their_and_is_split() -> None:
    text = "Floods hit homes across Lancashire and Cumbria on Monday."
    found = [mention(text, "Lancashire and Cumbria", "ORG")]
    assert spans(places_in_context(text, found, "en")) == [("Lancashire", "LOC"), ("Cumbria", "LOC")]


def test_village_names_with_particles_and_offices() -> None:
    text = "La strada tra Saluzzo e Monforte d'Alba è chiusa, ha detto il sindaco di Vernante."
    found = [mention(text, "Vernante", "PER")]
    assert spans(places_in_context(text, found, "it")) == [
        ("Saluzzo", "LOC"),
        ("Monforte d'Alba", "LOC"),
        ("Vernante", "LOC"),
    ]


def test_people_and_unknown_names_are_left() -> None:
    text = "Talks between Macron and Scholz ended; the mayor of Gotham spoke."
    found = [mention(text, "Macron", "PER"), mention(text, "Scholz", "PER")]
    assert spans(places_in_context(text, found, "en")) == [("Macron", "PER"), ("Scholz", "PER")]
    assert places_in_context("Między Krakowem i Tarnowem", [], "pl") == []


def test_a_place_grows_over_its_known_tail_and_two_halves_join() -> None:
    from storywire.stages.ner.place_contexts import whole_place_names

    text = "Von Ried im Innkreis nach Castilla y León und Wien am Morgen."
    found = [
        mention(text, "Ried", "LOC"),
        mention(text, "Castilla", "LOC"),
        mention(text, "León", "LOC"),
        mention(text, "Wien", "LOC"),
    ]
    assert spans(whole_place_names(text, found, "es")) == [
        ("Ried im Innkreis", "LOC"),
        ("Castilla y León", "LOC"),
        ("Wien", "LOC"),
    ]


def test_a_village_no_list_knows_is_a_place_after_its_mayor_everywhere_in_the_article() -> None:
    text = "À Valbrune, la fête. Le maire de Valbrune, Paul Mercier, a parlé de Valbrune et de Dufresnoy."
    found = [
        mention(text, "Valbrune", "PER"),
        mention(text, "Valbrune", "PER", 1),
        mention(text, "Paul Mercier", "PER"),
        mention(text, "Valbrune", "PER", 2),
        mention(text, "Dufresnoy", "PER"),
    ]
    assert spans(places_in_context(text, found, "fr")) == [
        ("Valbrune", "LOC"),
        ("Valbrune", "LOC"),
        ("Paul Mercier", "PER"),
        ("Valbrune", "LOC"),
        ("Dufresnoy", "PER"),
    ]


def test_a_french_name_with_its_article_joins_over_aux_but_two_places_do_not() -> None:
    from storywire.stages.ner.place_contexts import whole_place_names

    text = "Il a cuisiné à La Grange aux Chênes, puis à La Haye aux Pays-Bas."
    found = [
        mention(text, "La Grange", "LOC"),
        mention(text, "Chênes", "LOC"),
        mention(text, "La Haye", "LOC"),
        mention(text, "Pays-Bas", "LOC"),
    ]
    assert spans(whole_place_names(text, found, "fr")) == [
        ("La Grange aux Chênes", "LOC"),
        ("La Haye", "LOC"),
        ("Pays-Bas", "LOC"),
    ]


def test_a_name_after_lieu_dit_or_a_villages_committee_is_a_place() -> None:
    text = (
        "Le choc a eu lieu au lieu-dit Les Quatre Routes. Il préside le comité des fêtes de Vézac, "
        "et la fête aura lieu à Vézac. Le hameau du Bourdeix est isolé."
    )
    found = [mention(text, "Vézac", "PER"), mention(text, "Vézac", "PER", 1)]
    assert spans(places_in_context(text, found, "fr")) == [
        ("Les Quatre Routes", "LOC"),
        ("Vézac", "LOC"),
        ("Vézac", "LOC"),
        ("Bourdeix", "LOC"),
    ]


def test_a_name_after_an_industrial_estates_kind_words_is_a_place() -> None:
    text = "L'usine de la zone d'activités de la Gaudinière et le parc d'activités du Moulin ferment."
    assert spans(places_in_context(text, [mention(text, "Gaudinière", "ORG")], "fr")) == [
        ("Gaudinière", "LOC"),
        ("Moulin", "LOC"),
    ]


def test_a_line_named_by_its_two_known_towns_gives_two_places() -> None:
    text = "Le fret rejoint la ligne Toulouse-Narbonne, loin de l'étang de Bages-Sigean et de Port-la-Nouvelle."
    found = [mention(text, "Toulouse-Narbonne", "LOC"), mention(text, "Bages-Sigean", "LOC")]
    assert spans(places_in_context(text, found, "fr")) == [
        ("Toulouse", "LOC"),
        ("Narbonne", "LOC"),
        ("Bages-Sigean", "LOC"),
    ]


def test_a_name_after_a_terminal_canal_or_lagoon_word_is_the_place() -> None:
    text = "Les camions longent le canal du Midi jusqu'au terminal de la Pointe, face à l'étang de Leucate."
    assert spans(places_in_context(text, [], "fr")) == [("Midi", "LOC"), ("Pointe", "LOC"), ("Leucate", "LOC")]


def test_a_road_by_a_towns_short_form_and_a_headlines_route_word() -> None:
    text = "Ligne Boulogne-Calais : la liaison autoroutière Châlons-Reims ouvre, pas la Vallée-Heureuse."
    found = [mention(text, "Ligne Boulogne-Calais", "LOC"), mention(text, "Châlons-Reims", "LOC")]
    assert spans(places_in_context(text, found, "fr")) == [
        ("Boulogne", "LOC"),
        ("Calais", "LOC"),
        ("Châlons", "LOC"),
        ("Reims", "LOC"),
    ]


def test_the_village_of_a_lower_case_school_council_or_cemetery_is_a_place() -> None:
    text = (
        "Elle enseigne à l'école publique de Kerlaz, siège au conseil municipal de Plonéis, "
        "repose au cimetière de Tréguennec."
    )
    found = [mention(text, "Kerlaz", "ORG")]
    assert spans(places_in_context(text, found, "fr")) == [("Kerlaz", "LOC"), ("Plonéis", "LOC"), ("Tréguennec", "LOC")]


def test_a_name_after_a_lower_case_quarter_or_market_hall_is_the_place() -> None:
    text = "Au cœur du quartier Saint-Aubin, la halle Brossolette rouvrira en mai ; la halle Brossolette attend."
    found = [mention(text, "Saint-Aubin", "PER"), mention(text, "Brossolette", "PER", 1)]
    assert spans(places_in_context(text, found, "fr")) == [
        ("Saint-Aubin", "LOC"),
        ("Brossolette", "LOC"),
        ("Brossolette", "LOC"),
    ]
    text = "Le Quartier Latin et la halle aux grains restent."
    assert places_in_context(text, [], "fr") == []
