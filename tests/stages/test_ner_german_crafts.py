"""German crafts, trades and law firms: partners' names with "Rechtsanwälte", guilds and
chambers with their region, family firms "X & Söhne", museums after an adjective, colleges with
their towns, a trade's pair of plurals and a hall after an article."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.german_crafts import german_crafts


def test_a_law_firm_keeps_its_kind_word_and_a_person_run_into_it_ends() -> None:
    text = "Anwalt Jonas Pfeil von der Leipziger Kanzlei Pfeil Marquardt Rechtsanwälte sagte, Pfeil prüfe."
    found = [mention(text, "Jonas Pfeil von der Leipziger Kanzlei Pfeil Marquardt Rechtsanwälte", "PER")]
    assert spans(german_crafts(text, found, "de")) == [
        ("Jonas Pfeil", "PER"),
        ("Pfeil Marquardt Rechtsanwälte", "ORG"),
        ("Pfeil", "PER"),
    ]


def test_lower_case_lawyers_are_no_firm() -> None:
    text = "Die Kanzlei beschäftigt zwölf Rechtsanwälte in Bremen."
    found = [mention(text, "Bremen", "LOC")]
    assert spans(german_crafts(text, found, "de")) == [("Bremen", "LOC")]


def test_a_guild_or_a_chamber_with_its_region_is_one_body() -> None:
    text = "Die Bäckerinnung Mittelfranken und die Handwerkskammer Leipzig warnten."
    found = [mention(text, "Mittelfranken", "PER"), mention(text, "Leipzig", "LOC")]
    assert spans(german_crafts(text, found, "de")) == [
        ("Bäckerinnung Mittelfranken", "ORG"),
        ("Handwerkskammer Leipzig", "ORG"),
    ]


def test_a_chamber_before_a_common_word_is_no_name() -> None:
    text = "Die Handwerkskammer Mitglieder erhalten Post."
    assert spans(german_crafts(text, [], "de")) == []


def test_a_family_firm_is_a_body_and_its_legal_form_stays_with_a_longer_span() -> None:
    text = "Die Tischlerei Albers & Söhne GmbH wächst; Wolff & Töchter nicht."
    found = [mention(text, "Tischlerei Albers & Söhne GmbH", "ORG"), mention(text, "Wolff & Töchter", "PER")]
    assert spans(german_crafts(text, found, "de")) == [
        ("Tischlerei Albers & Söhne GmbH", "ORG"),
        ("Wolff & Töchter", "ORG"),
    ]


def test_a_museum_after_an_adjective_is_one_body_but_not_after_an_article() -> None:
    text = "Das Deutsche Spielzeug- und Puppenmuseum lädt ein. Die Stadtmuseum-Leitung schweigt."
    found = [mention(text, "Deutsche", "ORG")]
    assert spans(german_crafts(text, found, "de")) == [("Deutsche Spielzeug- und Puppenmuseum", "ORG")]


def test_a_college_with_its_towns_is_a_body() -> None:
    text = "Die Hochschule Aalen/Heidenheim und die Staatliche Kunsthochschule Kassel kooperieren."
    found = [
        mention(text, "Hochschule Aalen", "ORG"),
        mention(text, "Heidenheim", "LOC"),
        mention(text, "Staatliche Kunsthochschule Kassel", "LOC"),
    ]
    assert spans(german_crafts(text, found, "de")) == [
        ("Hochschule Aalen/Heidenheim", "ORG"),
        ("Staatliche Kunsthochschule Kassel", "ORG"),
    ]


def test_a_trade_pair_is_no_place_and_a_hall_after_an_article_no_city() -> None:
    text = (
        "40 Schneiderinnen und Schneider arbeiten in der alten Halle, nicht zwischen Halle und Jena. Es brannte Halle."
    )
    found = [
        mention(text, "Schneiderinnen", "LOC"),
        mention(text, "Schneider", "LOC", nth=1),
        mention(text, "Halle", "LOC"),
        mention(text, "Halle", "LOC", nth=1),
        mention(text, "Jena", "LOC"),
    ]
    found.append(mention(text, "Halle", "LOC", nth=2))
    assert spans(german_crafts(text, found, "de")) == [("Halle", "LOC"), ("Jena", "LOC"), ("Halle", "LOC")]


def test_other_languages_are_left_alone() -> None:
    text = "Smith & Sons Ltd"
    found = [mention(text, "Smith & Sons Ltd", "ORG")]
    assert german_crafts(text, found, "en") == found


def test_a_common_street_after_its_article_is_a_place_but_not_a_plural() -> None:
    text = "Der Laden an der Kirchgasse schließt. Viele Hauptstraßen sind gesperrt."
    assert spans(german_crafts(text, [], "de")) == [("Kirchgasse", "LOC")]


def test_an_architects_partnership_is_one_body_without_its_office_word() -> None:
    text = "Es plante das Münchner Büro Kessler Brandt Architekten PartGmbB. Viele Architekten loben das."
    found = [mention(text, "Münchner Büro Kessler Brandt", "ORG")]
    assert spans(german_crafts(text, found, "de")) == [("Kessler Brandt Architekten PartGmbB", "ORG")]


def test_kanzlei_run_into_the_partners_stays_out() -> None:
    text = "Beauftragt ist die Kanzlei Hollerbach Timmen Rechtsanwälte aus Kiel."
    found = [mention(text, "Kanzlei Hollerbach Timmen Rechtsanwälte", "ORG"), mention(text, "Kiel", "LOC")]
    assert spans(german_crafts(text, found, "de")) == [
        ("Hollerbach Timmen Rechtsanwälte", "ORG"),
        ("Kiel", "LOC"),
    ]


def test_an_unknown_street_after_in_der_is_a_place_a_common_one_is_not() -> None:
    text = "Die Filiale in der Wulfsbergstraße schließt, die in der Einkaufsstraße bleibt."
    assert spans(german_crafts(text, [], "de")) == [("Wulfsbergstraße", "LOC")]


def test_a_mill_with_its_town_is_a_firm_a_windmill_is_not() -> None:
    text = "Das Mehl kommt von der Kornmühle Uelzen, die Windmühle Gifhorn ist ein Museum."
    found = [mention(text, "Kornmühle Uelzen", "LOC"), mention(text, "Windmühle Gifhorn", "LOC")]
    assert spans(german_crafts(text, found, "de")) == [("Kornmühle Uelzen", "ORG"), ("Windmühle Gifhorn", "LOC")]


def test_a_chain_after_its_trade_noun_is_a_body_a_person_elsewhere_stays() -> None:
    text = "Discounter wie Netto Süd und Penny locken, sagte Paula Netto."
    found = [mention(text, "Netto Süd", "PER"), mention(text, "Penny", "PER"), mention(text, "Paula Netto", "PER")]
    assert spans(german_crafts(text, found, "de")) == [
        ("Netto Süd", "ORG"),
        ("Penny", "ORG"),
        ("Paula Netto", "PER"),
    ]


def test_a_hyphenated_saints_church_is_one_place() -> None:
    text = "Man trifft sich im Pfarrsaal der St.-Paulus-Kirche in Celle."
    found = [mention(text, "St.", "LOC"), mention(text, "Paulus-Kirche", "ORG"), mention(text, "Celle", "LOC")]
    assert spans(german_crafts(text, found, "de")) == [("St.-Paulus-Kirche", "LOC"), ("Celle", "LOC")]
