"""Arabic firms named "دار X" with their line of business: a publishing house or a printer
("دار X للنشر", "دار X للطباعة") is one whatever its name's shape, a plural-looking one too;
a home named by whom it houses ("دار المسنين") is none.

Sentences are written for these tests (not taken from any evaluation text).
"""

from __future__ import annotations

import pytest

from storywire.evaluation.news_ner import pipeline_mentions


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in pipeline_mentions(text, "ar")]


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("وأصدرت دار النخيل للنشر والتوزيع ثلاث روايات جديدة هذا الشهر.", ("دار النخيل للنشر والتوزيع", "ORG")),
        ("وقال مدير دار البساتين للطباعة إن الأسعار ارتفعت.", ("دار البساتين للطباعة", "ORG")),
        ("ووقعت دار المهندسين للنشر عقدا مع الكاتب.", ("دار المهندسين للنشر", "ORG")),
    ],
)
def test_publishing_houses_whatever_their_name(text: str, entity: tuple[str, str]) -> None:
    assert entity in _found(text)


def test_a_home_named_by_its_people_is_no_firm() -> None:
    assert _found("وأعلنت دار المسنين للرعاية عن حملة تبرعات.") == []
