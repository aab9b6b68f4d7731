"""German childcare and schools named with their kind word, their saint's name alone, parishes,
welfare federations, a ministry's fields, a town's square or pond, and a dateline spelling "ß"
as "SS"."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.model import Mention
from storywire.stages.ner.german_youth import german_youth


def test_a_kindergarten_with_its_saint_is_one_body_and_the_saint_alone_too() -> None:
    text = "Im Kindergarten St. Hedwig fehlen Erzieher. Die Eltern kämpfen für St. Hedwig."
    found = [mention(text, "St. Hedwig", "LOC"), mention(text, "St. Hedwig", "LOC", 1)]
    assert spans(german_youth(text, found, "de")) == [("Kindergarten St. Hedwig", "ORG"), ("St. Hedwig", "ORG")]


def test_a_saints_church_keeps_its_place() -> None:
    text = "Die Kita St. Anna liegt neben der Kirche St. Anna."
    found = [mention(text, "Kirche St. Anna", "LOC")]
    assert spans(german_youth(text, found, "de")) == [("Kita St. Anna", "ORG"), ("Kirche St. Anna", "LOC")]


def test_a_school_with_a_rare_name_is_one_body_but_not_with_a_common_word() -> None:
    text = "Das Kinderhaus Sonnenblume und die Grundschule Eltern fragen nach."
    assert spans(german_youth(text, [], "de")) == [("Kinderhaus Sonnenblume", "ORG")]


def test_a_parish_with_its_saint_is_one_body_without_its_adjective() -> None:
    text = "Die evangelische Kirchengemeinde St. Lukas ist Träger."
    found = [mention(text, "St. Lukas", "LOC")]
    assert spans(german_youth(text, found, "de")) == [("Kirchengemeinde St. Lukas", "ORG")]


def test_a_welfare_federation_is_a_body() -> None:
    text = "Das Heim der Diakonie und die Lebenshilfe helfen."
    assert spans(german_youth(text, [], "de")) == [("Diakonie", "ORG"), ("Lebenshilfe", "ORG")]


def test_a_ministry_keeps_its_fields() -> None:
    text = "Er schrieb dem Staatsministerium für Unterricht und Kultus in München."
    found = [mention(text, "Staatsministerium", "ORG"), mention(text, "München", "LOC")]
    assert spans(german_youth(text, found, "de")) == [
        ("Staatsministerium für Unterricht und Kultus", "ORG"),
        ("München", "LOC"),
    ]


def test_a_square_or_a_pond_is_a_place_but_a_workplace_is_none() -> None:
    text = "Sie treffen sich am Rathausplatz und am Mühlweiher, nicht am Arbeitsplatz."
    assert spans(german_youth(text, [], "de")) == [("Rathausplatz", "LOC"), ("Mühlweiher", "LOC")]


def test_a_dateline_with_double_s_is_the_town_but_a_body_in_capitals_is_not() -> None:
    text = "GIESSEN. Die Stadt Gießen plant.\n\nMESSE. Die Halle ist voll."
    found = [mention(text, "GIESSEN", "ORG"), mention(text, "Gießen", "LOC"), mention(text, "MESSE", "ORG")]
    assert spans(german_youth(text, found, "de")) == [("GIESSEN", "LOC"), ("Gießen", "LOC"), ("MESSE", "ORG")]


def test_other_languages_are_left_alone() -> None:
    text = "Kindergarten St. Hedwig"
    assert spans(german_youth(text, [], "en")) == []


def test_a_common_noun_after_a_preposition_is_dropped_but_a_place_kept() -> None:
    text = "Das sorgt für Ärger; sie schlafen in Kellern und reisen nach Flandern."
    found = [
        Mention(text.index("Ärger"), text.index("Ärger") + 5, "Ärger", "ORG", "neural:de"),
        Mention(text.index("Kellern"), text.index("Kellern") + 7, "Kellern", "LOC", "neural:de"),
        Mention(text.index("Flandern"), text.index("Flandern") + 8, "Flandern", "LOC", "neural:de"),
    ]
    assert spans(german_youth(text, found, "de")) == [("Flandern", "LOC")]


def test_a_brand_or_an_acronym_after_a_preposition_is_kept() -> None:
    text = "Er arbeitet bei Facebook und schreibt für RTL."
    found = [
        Mention(text.index("Facebook"), text.index("Facebook") + 8, "Facebook", "ORG", "neural:de"),
        Mention(text.index("RTL"), text.index("RTL") + 3, "RTL", "ORG", "neural:de"),
    ]
    assert spans(german_youth(text, found, "de")) == [("Facebook", "ORG"), ("RTL", "ORG")]


def test_a_compound_naming_an_accident_or_a_shortage_is_no_name() -> None:
    text = "Grillunfall in Kehl: Der Wirt klagt über Fachkräftemangel."
    found = [
        Mention(0, 11, "Grillunfall", "LOC", model="neural:de"),
        Mention(15, 19, "Kehl", "LOC", model="neural:de"),
        Mention(text.index("Fachkräftemangel"), len(text) - 1, "Fachkräftemangel", "ORG", model="neural:de"),
    ]
    assert spans(german_youth(text, found, "de")) == [("Kehl", "LOC")]


def _neural(text: str, word: str, etype: str) -> Mention:
    start = text.index(word)
    return Mention(start, start + len(word), word, etype, "neural:de")  # type: ignore[arg-type]


def test_a_frequent_noun_the_tagger_read_anywhere_is_no_name() -> None:
    text = "Foto: privat. Widerstand am Bahnhof, der Landtag tagt, und die Grüne fordern mehr."
    found = [_neural(text, word, "ORG") for word in ("Foto", "Widerstand", "Landtag", "Grüne")]
    assert spans(german_youth(text, found, "de")) == [("Landtag", "ORG"), ("Grüne", "ORG")]


def test_a_frequent_word_beside_a_name_of_its_kind_or_inside_a_longer_name_is_kept() -> None:
    text = "Zwischen Aller und Weser wächst der Verkehr. Sebastian Kurz sagte, Kurz bleibe."
    found = [_neural(text, "Aller", "LOC"), _neural(text, "Weser", "LOC")]
    found.append(Mention(text.rindex("Kurz"), text.rindex("Kurz") + 4, "Kurz", "ORG", "neural:de"))
    assert spans(german_youth(text, found, "de")) == [("Aller", "LOC"), ("Weser", "LOC"), ("Kurz", "ORG")]


def test_a_season_compound_is_no_name_but_a_name_with_a_season_inside_stays() -> None:
    text = "Auch in der Vorsaison und den Herbstferien kamen Gäste nach Saisonstadt."
    found = [
        Mention(text.index("Vorsaison"), text.index("Vorsaison") + 9, "Vorsaison", "LOC", model="neural:de"),
        Mention(text.index("Herbstferien"), text.index("Herbstferien") + 12, "Herbstferien", "ORG", model="neural:de"),
        Mention(text.index("Saisonstadt"), text.index("Saisonstadt") + 11, "Saisonstadt", "LOC", model="neural:de"),
    ]
    assert spans(german_youth(text, found, "de")) == [("Saisonstadt", "LOC")]


def test_a_cap_compound_is_no_name_but_a_frontier_word_alone_is_kept() -> None:
    text = "Der Rat hält an der Altersgrenze fest. Die Grenze bei Kehl bleibt offen."
    found = [_neural(text, "Altersgrenze", "ORG"), _neural(text, "Kehl", "LOC")]
    assert spans(german_youth(text, found, "de")) == [("Kehl", "LOC")]


def test_a_dispute_compound_before_a_town_leaves_the_town() -> None:
    text = "Parkstreit in Kassel: Anwohner klagen."
    found = [_neural(text, "Parkstreit in Kassel", "ORG")]
    assert spans(german_youth(text, found, "de")) == [("Kassel", "LOC")]


def test_a_body_before_a_town_is_not_cut() -> None:
    text = "Handelsverband in Kassel: Händler klagen."
    found = [_neural(text, "Handelsverband in Kassel", "ORG")]
    assert spans(german_youth(text, found, "de")) == [("Handelsverband in Kassel", "ORG")]


def test_a_frequent_noun_after_a_contracted_preposition_is_no_body() -> None:
    text = "KASSEL – Zum Schluss gab es Ärger. Im Landtag wurde gestritten."
    found = [_neural(text, "Zum Schluss", "ORG"), _neural(text, "Im Landtag", "ORG")]
    assert spans(german_youth(text, found, "de")) == [("Im Landtag", "ORG")]
