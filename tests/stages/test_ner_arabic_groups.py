"""Arabic agencies, armed groups, universities, bodies holding a region, religious
institutions, mountain ranges, side regions, crossings and coalitions.

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from storywire.stages.entities import extract_entities_from_text


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "ar")]


@pytest.mark.parametrize(
    ("text", "name", "etype"),
    [
        ("وقال المسؤول لوكالة تونس أفريقيا للأنباء إن الاجتماع انتهى.", "وكالة تونس أفريقيا للأنباء", "ORG"),
        ("اتهمت الحكومة قوات الحشد الشعبي بخرق الاتفاق.", "قوات الحشد الشعبي", "ORG"),
        ("تخرج الباحث في الجامعة الأمريكية في القاهرة قبل عشر سنوات.", "الجامعة الأمريكية في القاهرة", "ORG"),
        ("عقد مجلس كنائس الشرق الأوسط اجتماعه السنوي.", "مجلس كنائس الشرق الأوسط", "ORG"),
        ("أصدر الأزهر بيانا يدين الهجوم.", "الأزهر", "ORG"),
        ("تساقطت الثلوج على جبال الألب أمس.", "الألب", "LOC"),
        ("افتتحت الشركة مصنعا جديدا في المنطقة الغربية من البلاد.", "المنطقة الغربية", "LOC"),
        ("أغلقت السلطات معبر القنيطرة صباح اليوم.", "معبر القنيطرة", "LOC"),
        ("فاز تحالف القوى الوطنية بأغلب المقاعد.", "تحالف القوى الوطنية", "ORG"),
        ("نشرت الهيئة العليا المستقلة للانتخابات القوائم النهائية.", "الهيئة العليا المستقلة للانتخابات", "ORG"),
        ("وصلت المساعدات إلى ولاية جنوب كردفان أمس.", "ولاية جنوب كردفان", "LOC"),
    ],
)
def test_named_by_pattern(text: str, name: str, etype: str) -> None:
    assert (name, etype) in _found(text)


def test_region_inside_a_council_is_no_place() -> None:
    found = _found("عقد مجلس كنائس الشرق الأوسط اجتماعه السنوي.")
    assert ("الشرق الأوسط", "LOC") not in found


@pytest.mark.parametrize(
    "text",
    [
        "انتشرت قوات الأمن في الشوارع.",  # the forces of a state, no group's name
        "قصفت قوات الاحتلال الإسرائيلي المنطقة.",
        "درس في الجامعة لمدة أربع سنوات.",  # a university of no country
    ],
)
def test_no_group_by_a_kind(text: str) -> None:
    assert not any(t == "ORG" and n.startswith(("قوات", "الجامعة")) for n, t in _found(text))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("وقال الطبيب يعقوب الحمدان إن المرضى بحاجة إلى دواء.", "يعقوب الحمدان"),
        ("قال رشيد الفاسي إن الطريق مغلقة منذ الصباح.", "رشيد الفاسي"),
    ],
)
def test_people_with_a_new_title_or_given_name(text: str, person: str) -> None:
    assert (person, "PER") in _found(text)


def test_a_chain_is_a_range_only_of_mountains() -> None:
    assert ("العدوى", "LOC") not in _found("تراجعت الإصابات رغم طول سلسلة العدوى في المدن.")
    assert ("الأطلس", "LOC") in _found("تساقطت الثلوج على سلسلة جبال الأطلس.")
