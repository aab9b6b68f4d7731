"""A ministry's two fields, a department and its government (ner/body_parts.py). Sentences
written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.body_parts import body_parts


def test_a_ministrys_second_field_joins_it_once() -> None:
    text = "El Ministerio de Ciencia e Innovación y la Consejería de Salud de la Xunta de Galicia."
    found = [
        mention(text, "Ministerio de Ciencia", "ORG"),
        mention(text, "Innovación", "MISC"),
        mention(text, "Consejería de Salud de la Xunta de Galicia", "ORG"),
    ]
    assert spans(body_parts(text, found, "es")) == [
        ("Ministerio de Ciencia e Innovación", "ORG"),
        ("Consejería de Salud", "ORG"),
        ("Xunta de Galicia", "ORG"),
    ]
    text = "W Ministerstwie Rozwoju i Technologii oraz w Sejmie."
    found = [mention(text, "Ministerstwie Rozwoju", "ORG"), mention(text, "Technologii", "PER")]
    assert spans(body_parts(text, found, "pl")) == [("Ministerstwie Rozwoju i Technologii", "ORG")]


def test_two_bodies_joined_by_and_stay_two() -> None:
    text = "El Ministerio de Defensa y la Guardia Civil y el Ministerio del Interior."
    found = [
        mention(text, "Ministerio de Defensa", "ORG"),
        mention(text, "Guardia Civil", "ORG"),
        mention(text, "Ministerio del Interior", "ORG"),
    ]
    assert spans(body_parts(text, found, "es")) == [
        ("Ministerio de Defensa", "ORG"),
        ("Guardia Civil", "ORG"),
        ("Ministerio del Interior", "ORG"),
    ]
