"""A country after a state body is a place of its own, in whole articles (ner/country_complements.py)."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.country_complements import split_country_complements


def test_a_bodys_country_complement_is_split_off() -> None:
    text = "Le Conseil d'État de Belgique et le Sénat des États-Unis."
    found = [mention(text, "Conseil d'État de Belgique", "ORG"), mention(text, "Sénat des États-Unis", "ORG")]
    assert spans(split_country_complements(found, "fr")) == [
        ("Conseil d'État", "ORG"),
        ("Belgique", "LOC"),
        ("Sénat", "ORG"),
        ("États-Unis", "LOC"),
    ]
    text = "La Secretaría de Energía de México y el Tribunal Supremo de Chile."
    found = [mention(text, "Secretaría de Energía de México", "ORG"), mention(text, "Tribunal Supremo de Chile", "ORG")]
    assert spans(split_country_complements(found, "es")) == [
        ("Secretaría de Energía", "ORG"),
        ("México", "LOC"),
        ("Tribunal Supremo", "ORG"),
        ("Chile", "LOC"),
    ]
    text = "Das Verfassungsgericht Polens entschied."
    found = [mention(text, "Verfassungsgericht Polens", "ORG")]
    assert spans(split_country_complements(found, "de")) == [("Verfassungsgericht", "ORG"), ("Polens", "LOC")]


def test_a_listed_body_after_a_body_is_a_body_of_its_own() -> None:
    text = "La Asamblea General de la OTAN y el Consejo Ejecutivo de la Unión Europea."
    found = [
        mention(text, "Asamblea General de la OTAN", "ORG"),
        mention(text, "Consejo Ejecutivo de la Unión Europea", "ORG"),
    ]
    assert spans(split_country_complements(found, "es")) == [
        ("Asamblea General", "ORG"),
        ("OTAN", "ORG"),
        ("Consejo Ejecutivo", "ORG"),
        ("Unión Europea", "ORG"),
    ]


def test_a_fixed_name_holding_its_country_stays_whole() -> None:
    text = "Partido Comunista de España, Banco de España, Republic of Korea."
    found = [mention(text, "Partido Comunista de España", "ORG"), mention(text, "Banco de España", "ORG")]
    assert spans(split_country_complements(found, "es")) == spans(found)
    text = "The Republic of Korea and the Bank of England."
    found = [mention(text, "Republic of Korea", "ORG"), mention(text, "Bank of England", "ORG")]
    assert spans(split_country_complements(found, "en")) == spans(found)
    text = "Die Sozialdemokratische Partei Deutschlands tagte."
    found = [mention(text, "Sozialdemokratische Partei Deutschlands", "ORG")]
    assert spans(split_country_complements(found, "de")) == spans(found)


def test_a_place_typed_a_body_elsewhere_is_that_place() -> None:
    text = "En el Campo de Gibraltar hubo redadas. Campo de Gibraltar vive del puerto."
    found = [mention(text, "Campo de Gibraltar", "LOC"), mention(text, "Campo de Gibraltar", "ORG", nth=1)]
    assert spans(split_country_complements(found, "es")) == [
        ("Campo de Gibraltar", "LOC"),
        ("Campo de Gibraltar", "LOC"),
    ]
