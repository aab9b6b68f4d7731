"""Spanish run-on and counted spans, cinemas, channels, state hotels, festivals, neighbouring
towns and given names with "de" (round 36's film production news), and the byline with its
province, castles, steep streets and churches with an epithet after a bare article."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.model import Mention
from storywire.stages.ner.spanish_filming import spanish_filming
from storywire.stages.ner.spanish_memorials import spanish_memorials
from storywire.stages.ner.spanish_motorsport import spanish_motorsport
from storywire.stages.ner.streets import streets_and_squares


def _neural(text: str, surface: str, etype: str, nth: int = 0) -> Mention:
    m = mention(text, surface, etype, nth)  # type: ignore[arg-type]
    m.model = "neural:es"
    return m


def test_a_span_running_on_into_en_and_a_lower_case_phrase_ends_at_the_name() -> None:
    text = "Llegará a la plataforma Filmin en primavera de 2025."
    found = [_neural(text, "Filmin en primavera de 2025", "ORG")]
    assert spans(spanish_filming(text, found, "es")) == [("Filmin", "ORG")]


def test_a_known_town_in_the_cut_tail_is_a_place_and_a_state_hotel_a_place() -> None:
    text = "Los técnicos se alojan en el Parador de Almagro y en hoteles de Ciudad Real."
    found = [_neural(text, "Parador de Almagro y en hoteles de Ciudad Real", "ORG")]
    out = spans(spanish_filming(text, found, "es"))
    assert out[0] == ("Parador de Almagro", "LOC")


def test_a_count_before_a_body_is_no_part_of_it() -> None:
    text = "Ocho estudiantes de la Universidad de Sevilla hacen prácticas."
    found = [_neural(text, "Ocho estudiantes de la Universidad de Sevilla", "ORG")]
    assert spans(spanish_filming(text, found, "es")) == [("Universidad de Sevilla", "ORG")]


def test_a_cinema_a_channel_and_a_neighbouring_town() -> None:
    text = "Canal Sur lo emitirá y se verá en el cine Avenida de la vecina Garrovillas."
    found = [
        _neural(text, "Canal Sur", "PER"),
        _neural(text, "Avenida", "ORG"),
        _neural(text, "Garrovillas", "ORG"),
    ]
    assert spans(spanish_filming(text, found, "es")) == [
        ("Canal Sur", "ORG"),
        ("Avenida", "LOC"),
        ("Garrovillas", "LOC"),
    ]


def test_a_festival_is_no_name() -> None:
    text = "La presentará en el Festival de Cine de Huelva."
    found = [_neural(text, "Festival de Cine de Huelva", "ORG")]
    assert spans(spanish_filming(text, found, "es")) == []


def test_a_given_name_with_de_is_a_person_but_not_after_a_schools_kind_word() -> None:
    text = "La novela narra la vida de Isabel de Quirós. Los alumnos del colegio Luis de Góngora la leen."
    found = [_neural(text, "Isabel de Quirós", "ORG"), _neural(text, "Luis de Góngora", "ORG")]
    assert spans(spanish_filming(text, found, "es")) == [("Isabel de Quirós", "PER"), ("Luis de Góngora", "ORG")]


def test_a_byline_with_its_town_and_province() -> None:
    text = "PEDRO LUNA | ZAFRA (BADAJOZ)\n\nEl rodaje empezó ayer."
    found = [_neural(text, "PEDRO LUNA", "PER"), _neural(text, "ZAFRA", "ORG"), _neural(text, "BADAJOZ", "ORG")]
    assert spans(spanish_memorials(text, found, "es")) == [
        ("PEDRO LUNA", "PER"),
        ("ZAFRA", "LOC"),
        ("BADAJOZ", "LOC"),
    ]


def test_a_castle_a_steep_street_and_a_church_with_an_epithet_keep_their_kind_word() -> None:
    text = "Rodarán en el castillo de Belmonte, en la cuesta de la Virgen y en la iglesia de San Pedro el Viejo."
    found = [
        _neural(text, "Belmonte", "LOC"),
        _neural(text, "Virgen", "ORG"),
        _neural(text, "San Pedro el Viejo", "ORG"),
    ]
    assert spans(streets_and_squares(text, found, "es")) == [
        ("castillo de Belmonte", "LOC"),
        ("cuesta de la Virgen", "LOC"),
        ("iglesia de San Pedro el Viejo", "LOC"),
    ]


def test_a_street_named_after_a_person_keeps_its_de_where_the_town_is_named_nowhere_else() -> None:
    text = "Cortarán el tráfico en la calle Sánchez de Toledo durante el rodaje."
    found = [_neural(text, "calle Sánchez de Toledo", "LOC")]
    assert spans(spanish_motorsport(text, found, "es")) == [("calle Sánchez de Toledo", "LOC")]
    text = "Cortarán la calle Mayor de Tafalla. Tafalla acoge el rodaje."
    found = [_neural(text, "calle Mayor de Tafalla", "LOC"), _neural(text, "Tafalla", "LOC", 1)]
    assert spans(spanish_motorsport(text, found, "es")) == [
        ("calle Mayor", "LOC"),
        ("Tafalla", "LOC"),
        ("Tafalla", "LOC"),
    ]


def test_a_cut_span_loses_the_comma_before_the_phrase_and_a_sea_is_no_person() -> None:
    text = "Lo dijo el Ministerio de Cultura, en nombre del Gobierno. Navegaron por el Mar de Barents."
    found = [
        _neural(text, "Ministerio de Cultura, en nombre del Gobierno", "ORG"),
        _neural(text, "Mar de Barents", "ORG"),
    ]
    assert spans(spanish_filming(text, found, "es")) == [("Ministerio de Cultura", "ORG"), ("Mar de Barents", "ORG")]
