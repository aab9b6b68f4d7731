"""Arabic bodies, institutions of a place, airlines, buildings and regions by pattern."""

from __future__ import annotations

import pytest

from storywire.stages.entities import extract_entities_from_text
from storywire.stages.ner.arabic_institutions import institutions
from storywire.stages.ner.tokens import tokenize


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in institutions(text, tokenize(text))]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("أعلنت المؤسسة الوطنية للنفط استئناف الإنتاج", [("المؤسسة الوطنية للنفط", "ORG")]),
        ("دعا المجلس الأعلى للقضاء إلى الإصلاح", [("المجلس الأعلى للقضاء", "ORG")]),
        ("أصدرت اللجنة الدولية للصليب الأحمر بيانا", [("اللجنة الدولية للصليب الأحمر", "ORG")]),
        ("وقالت الشركة الوطنية للكهرباء الليبية إن", [("الشركة الوطنية للكهرباء الليبية", "ORG")]),
        ("تخرج من جامعة بغداد", [("جامعة بغداد", "ORG")]),
        ("هبطت الطائرة في مطار بيروت", [("مطار بيروت", "LOC")]),
        ("وأعلنت شرطة اسطنبول", [("شرطة اسطنبول", "ORG")]),
        ("نفذت طيران قطر رحلات", [("طيران قطر", "ORG")]),
        ("اجتمع الوزراء في السراي الحكومي", [("السراي الحكومي", "LOC")]),
        ("استقبل ضيفه في قصر بعبدا", [("قصر بعبدا", "LOC")]),
        ("هطلت أمطار على محافظات الدلتا", [("الدلتا", "LOC")]),
        ("غرق مركب قبالة قرية بمحافظة الدقهلية", [("الدقهلية", "LOC")]),  # a region word behind a clitic
        ("أقيم العشاء في قصر القبة", [("قصر القبة", "LOC")]),  # a palace named by a definite word
        ("وأصدرت محكمة جنح الإسكندرية حكمها", [("محكمة جنح الإسكندرية", "ORG")]),  # the court's kind, its city
        ("قضت محكمة استئناف باريس ببراءته", [("محكمة استئناف باريس", "ORG")]),
        ("أعلنت مديرية أمن الجيزة ضبط عصابة", [("مديرية أمن الجيزة", "ORG")]),
        ("أقيمت المباراة على استاد الإسكندرية الدولي", [("استاد الإسكندرية الدولي", "LOC")]),  # its standing
        ("هبطت الطائرة في مطار بيروت الدولي", [("مطار بيروت الدولي", "LOC")]),
        ("وخفض مصرف لبنان الفائدة", [("مصرف لبنان", "ORG")]),  # a bank named by its country
        ("وأبقى مصرف قطر المركزي الفائدة", [("مصرف قطر المركزي", "ORG")]),  # ... and its kind
        ("وقال بنك الكويت الوطني إن", [("بنك الكويت الوطني", "ORG")]),
        ("وتراجع مؤشر سوق مسقط للأوراق المالية", [("سوق مسقط للأوراق المالية", "ORG")]),  # an exchange
        ("وصعد سوق أبوظبي المالي", [("سوق أبوظبي المالي", "ORG")]),
        ("أقيم المعرض في مركز الرياض الدولي للمؤتمرات", [("مركز الرياض الدولي للمؤتمرات", "LOC")]),  # a building
        ("ونقضت محكمة النقض الحكم", [("محكمة النقض", "ORG")]),  # a court named by its kind
        ("وأيدت محكمة الاستئناف العليا الحكم", [("محكمة الاستئناف العليا", "ORG")]),
        ("ونظرت محكمة التمييز الأردنية الطعن", [("محكمة التمييز الأردنية", "ORG")]),  # ... and its country
    ],
)
def test_institutions(text: str, found: list[tuple[str, str]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "قالت الهيئة العامة إن التقرير جاهز",  # no field after "لل..."
        "حلق طيران الاحتلال فوق المدينة",  # aircraft, no airline: no place after it
        "يعاني من قصر النظر",  # short sight
        "إن المحافظة على الأمن ضرورية",  # keeping, no governorate
        "تدرس في جامعة كبيرة",
        "قصر المسؤولون في أداء واجبهم",  # the verb "fell short", people after it
        "قصر الدعم على الفئات الأشد فقرا",  # "limited ... to"
        "رفعت دعوى أمام محكمة في القاهرة",  # a court in Cairo, no name
        "ذهب الجمهور إلى الملعب مبكرا",
    ],
)
def test_no_institution(text: str) -> None:
    assert _found(text) == []


def test_city_institution_wins_over_its_place() -> None:
    found = {(m.text, m.type) for m in extract_entities_from_text("ألقت شرطة الشارقة القبض على لص", "ar")}
    assert ("شرطة الشارقة", "ORG") in found
    assert ("الشارقة", "LOC") not in found


@pytest.mark.parametrize("text", ["تجول في سوق دبي القديم", "وصل إلى مركز الرياض ظهرا", "أصدرت محكمة في القاهرة"])
def test_a_market_or_centre_without_its_kind_is_no_institution(text: str) -> None:
    # Dubai's old market, the centre of Riyadh: the place alone
    assert not any(name.startswith(("سوق", "مركز", "محكمة")) for name, _ in _found(text))
