"""Arabic companies and clubs named with no cue word (a table), clubs only in football."""

from __future__ import annotations

import pytest

from storywire.stages.entities import extract_entities_from_text
from storywire.stages.ner.arabic_companies import companies_and_clubs
from storywire.stages.ner.tokens import tokenize


def _orgs(text: str) -> list[str]:
    return [m.text for m in companies_and_clubs(text, tokenize(text)) if m.type == "ORG"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("وقعت إيرباص اتفاقا مع الخطوط الجوية القطرية", ["إيرباص", "الخطوط الجوية القطرية"]),
        ("وكشفت وسامسونغ عن هاتف", ["سامسونغ"]),  # a clitic outside the span
        ("تعادل الهلال مع النصر في مباراة قوية", ["الهلال", "النصر"]),  # a match: clubs
        ("قال مدرب نادي الشرطة إن فريقه جاهز", ["الشرطة"]),  # any definite word after "نادي"
        ("وصل لاعبو نادي الوداد إلى المطار", ["الوداد"]),
    ],
)
def test_companies_and_clubs(text: str, names: list[str]) -> None:
    assert _orgs(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "احتفل الناس بظهور الهلال في السماء",  # the crescent, no match
        "قدم الهلال الأحمر مساعدات في مباراة خيرية",  # the Red Crescent, even near a match
        "حقق الجيش النصر في المعركة",  # victory
        "يسكن في حي الزمالك بالقاهرة",  # the district
    ],
)
def test_club_words_outside_football_are_no_clubs(text: str) -> None:
    assert _orgs(text) == []


def test_a_town_in_a_sport_sentence_is_no_club() -> None:
    found = extract_entities_from_text("وبدأ اللاعب مسيرته في الدوري بمدينة العين.", "ar")
    assert [(m.text, m.type) for m in found] == [("العين", "LOC")]
