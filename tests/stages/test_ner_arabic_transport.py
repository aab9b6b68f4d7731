"""Arabic ports, state services, news agencies and firms of transport news (`arabic_transport`),
and names after a clitic drawn out by a tatweel (`arabic_marks.tatweel_split`).

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from storywire.stages.entities import extract_entities_from_text
from storywire.stages.ner.arabic_marks import tatweel_split
from storywire.stages.ner.tokens import tokenize


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "ar")]


@pytest.mark.parametrize(
    ("text", "name", "etype"),
    [
        ("أبحرت السفينة من ميناء ينبع السعودي أمس.", "ميناء ينبع", "LOC"),  # a town the gazetteer lacks
        ("أعلنت القوات الجوية وخفر السواحل انتشال الجثث.", "القوات الجوية", "ORG"),
        ("أعلنت القوات الجوية وخفر السواحل انتشال الجثث.", "خفر السواحل", "ORG"),  # "و" outside
        ("ونقلت فرق الصليب الأحمر اللبناني المصابين.", "الصليب الأحمر اللبناني", "ORG"),
        ("وأعلنت المديرية العامة لخفر السواحل في اليونان أنها", "المديرية العامة لخفر السواحل", "ORG"),
        ("وقال لوكالة أنباء الإمارات إن الوضع مستقر.", "وكالة أنباء الإمارات", "ORG"),
        ("وأعلنت شركة الخليج للشحن والتفريغ أنها", "الخليج للشحن والتفريغ", "ORG"),
        ("وأعلنت شركة لبنان للتأمين أنها ستدفع.", "لبنان للتأمين", "ORG"),
        ("ونقل المصابون إلى مستشفى طرابلس الحكومي.", "مستشفى طرابلس الحكومي", "ORG"),
        ("وسينظر القضية أمام محكمة أسوان الابتدائية.", "محكمة أسوان الابتدائية", "ORG"),
        (
            "وحمّلت النقابة العامة للعاملين بالسكك الحديدية الوزارة المسؤولية.",
            "النقابة العامة للعاملين بالسكك الحديدية",
            "ORG",
        ),
        ("وكشف تقرير أعده قطاع الطيران المدني التابع لوزارة النقل", "قطاع الطيران المدني", "ORG"),
    ],
)
def test_transport_names(text: str, name: str, etype: str) -> None:
    assert (name, etype) in _found(text)


def test_port_town_named_again_bare() -> None:
    found = _found("أبحرت العبارة من ميناء نويبع ثم عادت إلى نويبع مساء.")
    assert ("ميناء نويبع", "LOC") in found and ("نويبع", "LOC") in found


def test_firm_named_again_by_its_name() -> None:
    found = _found("وأعلنت شركة النجم الساطع للملاحة أنها ستعوض الركاب، وعلّق ترخيص النجم الساطع.")
    assert ("النجم الساطع للملاحة", "ORG") in found and ("النجم الساطع", "ORG") in found


def test_last_year_is_no_hospitals_standing() -> None:
    found = _found("وقال مدير مستشفى أسوان العام الماضي إن الأسرة غير كافية.")
    assert ("مستشفى أسوان", "ORG") in found


@pytest.mark.parametrize(
    "text",
    [
        "وقال إن ميناء جديد سيبنى قرب المدينة.",  # a common word after "ميناء"
        "وحمّلت النقابة إدارة الشركة المسؤولية.",  # the company's management
    ],
)
def test_no_body_or_port(text: str) -> None:
    assert not [n for n, t in _found(text) if n.startswith(("ميناء", "إدارة"))]


def test_names_after_a_drawn_out_clitic() -> None:
    found = _found("وأرسل التقرير لـوزارة الداخلية، وقال لـوكالة أنباء الإمارات إن الوضع مستقر.")
    assert ("وزارة الداخلية", "ORG") in found and ("وكالة أنباء الإمارات", "ORG") in found


def test_tatweel_split() -> None:
    toks, opens = tatweel_split(tokenize("قال لـوزارة النقل"))
    assert [t.text for t in toks] == ["قال", "لـ", "وزارة", "النقل"] and opens == {6}


def test_agency_by_its_purpose() -> None:
    found = _found("بالتعاون مع جهاز حماية المستهلك وجهاز تنمية التجارة الداخلية والخارجية.")
    assert ("جهاز حماية المستهلك", "ORG") in found, found
    assert ("جهاز تنمية التجارة الداخلية والخارجية", "ORG") in found, found


def test_device_is_no_agency() -> None:
    assert _found("يحتاج المريض إلى جهاز تنفس صناعي.") == []
