"""Arabic rural and food-trade news (`arabic_dairies`, with `arabic_family_names`' Egyptian
middle names, the clan "أبو X" repeated, and `arabic_community`'s "ديوان عام"): villages
"كفر X", new towns "X الجديدة", bodies with a construct field, chambers of an industry,
ministries' second portfolios, acting governorates.

Sentences are written for these tests (not taken from any evaluation text).
"""

from __future__ import annotations

import pytest

from storywire.stages.entities import extract_entities_from_text


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "ar")]


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        # a village "كفر X": the kind word inside, a clitic out
        ("وتضررت حقول القمح في كفر الدوار بعد العاصفة.", ("كفر الدوار", "LOC")),
        ("وانتقل الفريق إلى مركز كفر شكر لمعاينة الأضرار.", ("كفر شكر", "LOC")),
        ("وعاد الصيادون إلى بيوتهم وكفر البطيخ هادئة.", ("كفر البطيخ", "LOC")),
        # a new town after a town's word
        ("وافتتح مصنع جديد في مدينة أسيوط الجديدة أمس.", ("أسيوط الجديدة", "LOC")),
        # a public body or a cooperative with a construct field, a cooperative's seat
        ("وحذرت الهيئة القومية لضمان الجودة من التأخير.", ("الهيئة القومية لضمان الجودة", "ORG")),
        (
            "وقال رئيس الجمعية التعاونية لمربي الأبقار بالمنصورة إن الأسعار ارتفعت.",
            ("الجمعية التعاونية لمربي الأبقار بالمنصورة", "ORG"),
        ),
        # a chamber of an industry with its adjective
        ("وطالبت غرفة الصناعات الهندسية بتخفيض الرسوم.", ("غرفة الصناعات الهندسية", "ORG")),
        # a ministry's second portfolio in the construct state
        ("وناشد الفلاحون وزارة الري وإدارة المياه التدخل.", ("وزارة الري وإدارة المياه", "ORG")),
        # a governorate acting: after a future verb, or subject of a past one
        ("وقال المسؤول إن محافظة أسوان ستخصص أرضا للمشروع.", ("محافظة أسوان", "ORG")),
        ("وأعلنت محافظة الفيوم إغلاق الطريق مؤقتا.", ("محافظة الفيوم", "ORG")),
        # Egyptian names: a clan's "أبو X", the middle name "السيد", a listed given name last
        ("وأوضح حسن أبو شادي، مدير المصنع، أن العمال عادوا.", ("حسن أبو شادي", "PER")),
        ("وقال كريم السيد عطية إن الحملة مستمرة.", ("كريم السيد عطية", "PER")),
        ("وأكد محافظ أسوان عادل إبراهيم أن الطريق سيفتح.", ("عادل إبراهيم", "PER")),
    ],
)
def test_found(text: str, entity: tuple[str, str]) -> None:
    assert entity in _found(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # "كفر" before a preposition's object is unbelief, no village
        ("واتهم الخطيب خصومه بأنهم كفر بالله.", "كفر بالله"),
        # a country's "الجديدة" without a town's word is a slogan
        ("ودعا المتظاهرون إلى بناء سوريا الجديدة بعد الحرب.", "سوريا الجديدة"),
        # a governorate where something happens is the place, the kind word out
        ("وارتفعت درجات الحرارة في محافظة أسوان أمس.", "محافظة أسوان"),
        # "ديوان عام X": a head office, no body's name
        ("والتقى المحافظ التجار بمقر ديوان عام المحافظة أمس.", "ديوان عام المحافظة"),
        # a chamber's trade without an adjective names no chamber of its own
        ("ودعت غرفة التجارة إلى الهدوء.", "غرفة التجارة"),
    ],
)
def test_not_found(text: str, absent: str) -> None:
    assert absent not in [t for t, _ in _found(text)]


def test_governorate_place_keeps_name() -> None:
    assert ("أسوان", "LOC") in _found("وارتفعت درجات الحرارة في محافظة أسوان أمس.")


def test_clan_name_repeated_in_a_later_paragraph() -> None:
    text = "وقال حسن أبو شادي، مدير المصنع، إن العمال عادوا.\n\nوأضاف أبو شادي أن الإنتاج استؤنف."
    found = _found(text)
    assert ("أبو شادي", "PER") in found
    assert ("شادي", "PER") not in found


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        # a chamber of an industry in the construct state
        ("وأصدرت غرفة صناعة الدواء بيانا أمس", [("غرفة صناعة الدواء", "ORG")]),
        # a governorate asked to act: the body
        (
            "وطالب النائب سامي حسن محافظة أسيوط بتوفير حافلات للطلاب",
            [("سامي حسن", "PER"), ("محافظة أسيوط", "ORG")],
        ),
    ],
)
def test_industry_chambers_and_asked_governorates(text: str, entities: list[tuple[str, str]]) -> None:
    assert [(m.text, m.type) for m in extract_entities_from_text(text, "ar")] == entities


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        ("وتعاني صناعة محلية من غرفة صناعة محلية صغيرة", []),  # an adjective, no field
        ("ويعيش في محافظة أسيوط بتوفير كبير", [("أسيوط", "LOC")]),  # no demand: the place
    ],
)
def test_no_chamber_or_body_without_its_cue(text: str, entities: list[tuple[str, str]]) -> None:
    assert [(m.text, m.type) for m in extract_entities_from_text(text, "ar")] == entities


def test_a_towns_chamber_of_commerce_holds_its_town() -> None:
    found = _found("وقال رئيس غرفة تجارة إربد محمد الشوبكي إن السوق هادئ.")
    assert ("غرفة تجارة إربد", "ORG") in found, found
    assert ("إربد", "LOC") not in found, found


def test_a_chamber_of_commerce_without_a_place_is_left_alone() -> None:
    found = _found("وافتتحت غرفة تجارة جديدة في المدينة.")
    assert not any(name.startswith("غرفة") for name, _ in found), found
