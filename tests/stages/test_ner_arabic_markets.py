"""Arabic exchanges named by their country and firms named in a pair (`arabic_markets`).

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from storywire.stages.entities import extract_entities_from_text
from storywire.stages.ner.arabic_markets import market_names
from storywire.stages.ner.tokens import tokenize


def _markets(text: str) -> list[str]:
    return [m.text for m in market_names(text, tokenize(text))]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("وتراجع المؤشر في البورصة الكويتية", ["البورصة الكويتية"]),  # an exchange and its country
        ("وارتفعت الأسهم بالبورصة الأردنية", ["البورصة الأردنية"]),  # a clitic outside the span
        ("وصعدت السوق المالية السعودية", ["السوق المالية السعودية"]),
        ("وقاد الصعود سهمي معادن وأمل", ["معادن", "أمل"]),  # a dual: two firms, common words or not
        ("وتصدر سهمي البنك الأهلي وسريع", ["سريع"]),  # a longer first name is left to other rules
        ("وأعلنت شركتي زين وأوريدو", ["زين", "أوريدو"]),
    ],
)
def test_market_names(text: str, names: list[str]) -> None:
    assert _markets(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "وارتفعت أسهم البورصة أمس",  # any exchange
        "ودعا إلى وقف فوري لإطلاق النار",  # "immediate"
        "وقال إن سهمي في الشركة وأسهم أخي صغيرة",  # "my share", no pair
    ],
)
def test_no_market_name(text: str) -> None:
    assert _markets(text) == []


def test_paired_firms_in_the_pipeline() -> None:
    found = extract_entities_from_text("وارتفع سهما الشركتين بقيادة سهمي أرامكو وزين.", "ar")
    assert ("زين", "ORG") in [(m.text, m.type) for m in found]


def test_a_dealers_showroom_gives_the_dealer_without_its_cue() -> None:
    assert _markets("وأغلقت البلدية معرض الأمانة للسيارات في وسط المدينة.") == ["الأمانة للسيارات"]


@pytest.mark.parametrize(
    "text",
    [
        "وافتتح معرض الكتاب للأطفال أمس.",  # a fair's goods, no dealer's
        "وزار المفتشون معرض السيارات المستعملة.",  # no trade name
        "وزار الوزير معرض عمان للسيارات أمس.",  # a town's show, no dealer
    ],
)
def test_a_fair_or_a_showroom_without_a_name_is_no_dealer(text: str) -> None:
    assert _markets(text) == []
