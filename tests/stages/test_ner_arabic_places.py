"""Arab places the gazetteer lacks (`arabic_places`).

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from storywire.stages.entities import extract_entities_from_text
from storywire.stages.ner.arabic_places import arabic_places, place_adjective
from storywire.stages.ner.tokens import tokenize


def _places(text: str) -> list[str]:
    return [m.text for m in arabic_places(text, tokenize(text), [])]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("افتتح المصنع في القطيف", ["القطيف"]),  # a town no common word
        ("وصل الوفد بالأحساء أمس", ["الأحساء"]),  # a clitic outside the span
        ("انطلقت الرحلة من رأس الخيمة", ["رأس الخيمة"]),
        ("وقع انفجار قرب العقبة", ["العقبة"]),  # a common word after a word of location
        ("تقع المحطة جنوب صور", ["صور"]),
        ("وزار الوفد الدمام والخبر", ["الخبر"]),  # ... next to another place
        ("وتحدث عن دبي والعين", ["العين"]),
        ("وصل الوزير إلى الإمارات", ["الإمارات"]),  # a country's short name
        ("وفي السعودية ارتفعت الأسعار", ["السعودية"]),
    ],
)
def test_listed_places(text: str, places: list[str]) -> None:
    assert _places(text) == places


@pytest.mark.parametrize(
    "text",
    [
        "وجاء في الخبر أن الاجتماع تأجل",  # the news
        "نشرت الصحيفة صور الحادث",  # pictures
        "ولم تر العين شيئا",  # the eye
        "وتبقى العقبة الأكبر هي التمويل",  # the obstacle
        "وأكدت الحكومة السعودية أن",  # the adjective after a definite noun
    ],
)
def test_common_words_out_of_a_place_context(text: str) -> None:
    assert _places(text) == []


def test_a_place_adjective_after_a_name_is_no_place() -> None:
    found = extract_entities_from_text("وأعلنت شركة أرامكو السعودية أرباحها.", "ar")
    assert [(m.text, m.type) for m in found] == [("أرامكو السعودية", "ORG")]


@pytest.mark.parametrize("word", ["المصرية", "الأوروبية", "الكويتي", "الإماراتية", "الآسيوية", "الأمريكية"])
def test_place_adjectives(word: str) -> None:
    assert place_adjective(word)


@pytest.mark.parametrize("word", ["العقارية", "الدولية", "المركزي", "التنفيذي", "مصرية"])
def test_no_place_adjectives(word: str) -> None:
    assert not place_adjective(word)


def test_a_word_town_next_to_a_circuit() -> None:
    found = extract_entities_from_text("ويتدرب بين العين وحلبة الكويت الدولية.", "ar")
    assert [(m.text, m.type) for m in found] == [("العين", "LOC"), ("حلبة الكويت الدولية", "LOC")]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("وتخطط الوزارة لتزويد مكتبات الطفيلة ومعان بكتب جديدة.", ["الطفيلة", "معان"]),
        ("وزار الوفد السلط ومعان والطفيلة أمس.", ["السلط", "معان", "الطفيلة"]),
    ],
)
def test_jordans_governorate_seats(text: str, places: list[str]) -> None:
    assert [m.text for m in extract_entities_from_text(text, "ar") if m.type == "LOC"] == places


def test_a_word_town_alone_is_the_word() -> None:
    assert extract_entities_from_text("وشرح المعلم معان الكلمات للطلاب.", "ar") == []


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("أنذرت المديرية مطاعم في الطفيلة والمزار الجنوبي.", ["الطفيلة", "المزار الجنوبي"]),
        ("وصل الوفد إلى الشونة الشمالية أمس.", ["الشونة الشمالية"]),
        ("زار الوفد ذيبان ووادي موسى.", ["ذيبان", "وادي موسى"]),
    ],
)
def test_jordans_district_seats(text: str, places: list[str]) -> None:
    assert [m.text for m in extract_entities_from_text(text, "ar") if m.type == "LOC"] == places
