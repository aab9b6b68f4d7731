"""Arabic rules of art-market and heritage news: galleries and auction houses by their quoted
names, a gallery's director, family souks, a town's historic quarter, a library named after a
king and a port's standing adjective.

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from storywire.stages.entities import extract_entities_from_text
from storywire.stages.ner.arabic_galleries import gallery_mentions
from storywire.stages.ner.tokens import tokenize


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "ar")]


def _galleries(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in gallery_mentions(text, tokenize(text), [])]


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        # a gallery's or an auction house's quoted name, the kind word and the marks outside
        ("وعرض غاليري «أفق» أعمالا لفنانين من تونس", ("أفق", "ORG")),
        ("وباعت دار مزادات «الواحة» لوحة نادرة في الكويت", ("الواحة", "ORG")),
        ("ومن المشاركين جاليري «نقش» من عمان", ("نقش", "ORG")),
        # a gallery's director and his name ("الغاليري" is a noun, no adjective)
        ("وقال مدير الغاليري سامي نجار إن المعرض ناجح", ("سامي نجار", "PER")),
        # a souk named after a family keeps its kind word
        ("وتجول الزوار في سوق الحميدي يوم الجمعة", ("سوق الحميدي", "LOC")),
        # a town's historic or old quarter, with no kind word before it
        ("وتقع الأجنحة في منطقة القاهرة التاريخية", ("القاهرة التاريخية", "LOC")),
        ("وتجول السياح في دمشق القديمة أمس", ("دمشق القديمة", "LOC")),
        # a library named after a king, with its adjective
        ("وأودع الكتاب لدى مكتبة الملك عبدالعزيز العامة", ("مكتبة الملك عبدالعزيز العامة", "ORG")),
        # a port's standing in its name
        ("ووصلت الشحنة إلى ميناء الدمام الإسلامي", ("ميناء الدمام الإسلامي", "LOC")),
    ],
)
def test_art_market_names(text: str, entity: tuple[str, str]) -> None:
    assert entity in _found(text)


def test_a_gallery_quoted_again_is_the_gallery() -> None:
    text = "وعرض غاليري «أفق» لوحات، وقالت المنظمة إن «أفق» لم يقدم الوثائق."
    assert _galleries(text) == [("أفق", "ORG"), ("أفق", "ORG")]


def test_the_same_word_unquoted_is_no_gallery() -> None:
    text = "وعرض غاليري «أفق» لوحات تفتح أفق الحوار."
    assert _galleries(text) == [("أفق", "ORG")]


@pytest.mark.parametrize(
    "text",
    [
        # an exhibition's quoted title after "معرض" is no gallery
        "وافتتح معرض «ذاكرة» للفن المعاصر",
        # "دار" without "مزادات" before a quotation: a publisher's or a house's words
        "وقالت دار «الشروق» إن",
        # a broken plural or a market's adjective after "سوق": no souk's name
        "وارتفعت الأسعار في سوق المواشي",
        "وتراجع سوق المالي بعد الأزمة",
    ],
)
def test_no_gallery_or_souk(text: str) -> None:
    assert _galleries(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a historic summit or treaty: the adjective is the feminine noun's, not the town's
        "وعقدت قمة الرياض التاريخية أمس",
        "ووقعت معاهدة فرساي التاريخية",
    ],
)
def test_no_historic_quarter_after_an_event(text: str) -> None:
    assert not any(t.endswith("التاريخية") for t, _ in _found(text))


def test_a_library_needs_the_royal_title() -> None:
    # "مكتبة" and a man's name is a bookshop's sign, not a patron's library
    assert not any(t.startswith("مكتبة") for t, _ in _found("واشترى الكتاب من مكتبة محمد في السوق"))
