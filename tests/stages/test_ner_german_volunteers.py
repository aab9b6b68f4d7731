"""German charity and volunteering news: a fire brigade's unit with its village, a hyphenated
parish, a cooperative's kind noun out of its firm's name and a bare town council
(ner/german_volunteers.py).  Sentences written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.german_volunteers import german_volunteers


def test_a_fire_brigades_unit_with_its_village_is_one_body() -> None:
    text = "Die Löschgruppe Oberbauerschaft rückte aus, der Löschzug Nord blieb in Bereitschaft."
    assert spans(german_volunteers(text, [mention(text, "Oberbauerschaft", "LOC")], "de")) == [
        ("Löschgruppe Oberbauerschaft", "ORG")
    ]


def test_a_hyphenated_parish_is_a_body_without_its_adjective() -> None:
    text = "Die katholische Sankt-Ansgar-Kirchengemeinde lädt ein; die Gemeinde freut sich."
    assert spans(german_volunteers(text, [], "de")) == [("Sankt-Ansgar-Kirchengemeinde", "ORG")]


def test_a_cooperatives_kind_noun_before_a_full_name_stays_out() -> None:
    text = "Die Baugenossenschaft Freie Scholle eG spendet, wie die Agrargenossenschaft Hohenfelde eG."
    found = [
        mention(text, "Baugenossenschaft Freie Scholle eG", "ORG"),
        mention(text, "Agrargenossenschaft Hohenfelde eG", "ORG"),
    ]
    assert spans(german_volunteers(text, found, "de")) == [
        ("Freie Scholle eG", "ORG"),
        ("Agrargenossenschaft Hohenfelde eG", "ORG"),
    ]


def test_a_bare_town_council_is_a_body_a_councillor_is_not() -> None:
    text = "Der Gemeinderat stimmte zu, im Kreistag gab es Streit. "
    text += "Der Stadtrat Peter Lenz und der Stadtrat von Celle schwiegen."
    assert spans(german_volunteers(text, [mention(text, "Peter Lenz", "PER")], "de")) == [
        ("Gemeinderat", "ORG"),
        ("Kreistag", "ORG"),
        ("Peter Lenz", "PER"),
    ]


def test_other_languages_are_left() -> None:
    assert german_volunteers("der Löschzug Suderwich", [], "en") == []


def test_a_housing_cooperatives_kind_word_stays_out_of_a_one_word_name() -> None:
    text = "Die Wohnungsbaugenossenschaft Lindenhof eG baut; die Agrargenossenschaft Kleinwalde eG pachtet."
    found = [
        mention(text, "Wohnungsbaugenossenschaft Lindenhof eG", "ORG"),
        mention(text, "Agrargenossenschaft Kleinwalde eG", "ORG"),
    ]
    assert spans(german_volunteers(text, found, "de")) == [
        ("Lindenhof eG", "ORG"),
        ("Agrargenossenschaft Kleinwalde eG", "ORG"),
    ]


def test_a_bare_planning_office_and_town_assembly_are_bodies_a_named_one_is_not() -> None:
    text = "Stadtplanungsamt billigt Plan\n\nDas Bauamt prüft, die Stadtverordnetenversammlung stimmt zu. "
    text += "Das Bauamt Bonn schweigt."
    assert spans(german_volunteers(text, [], "de")) == [
        ("Stadtplanungsamt", "ORG"),
        ("Bauamt", "ORG"),
        ("Stadtverordnetenversammlung", "ORG"),
    ]


def test_a_bare_council_after_a_sentence_opening_preposition_is_a_body() -> None:
    text = "Im Kreistag gab es Streit. Beim Stadtrat lag kein Antrag vor."
    assert spans(german_volunteers(text, [], "de")) == [("Kreistag", "ORG"), ("Stadtrat", "ORG")]


def test_a_bare_public_order_office_is_a_body_but_not_with_a_town_after_it() -> None:
    text = "Das Ordnungsamt kontrolliert, das Straßenverkehrsamt Kassel nicht."
    assert spans(german_volunteers(text, [], "de")) == [("Ordnungsamt", "ORG")]


def test_a_market_council_before_a_month_is_a_body() -> None:
    text = "Der Marktgemeinderat im März stimmt ab; der Gemeinderat im Ort Halden tagt."
    assert spans(german_volunteers(text, [], "de")) == [("Marktgemeinderat", "ORG")]
