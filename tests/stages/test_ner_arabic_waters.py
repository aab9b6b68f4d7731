"""Arabic water and farm news: basins, plains and rivers by their kind word, dams where a
paragraph speaks of water, oceans, a basin's agency, towns listed with known ones, bodies
named up to their acronym, cooperatives and rural communes.

Sentences are written for these tests (not taken from any evaluation text).
"""

from __future__ import annotations

import pytest

from storywire.stages.entities import extract_entities_from_text


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "ar")]


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        # the kind word out, every name of the list its own place
        ("تراجعت الموارد في حوض ملوية هذا العام", [("ملوية", "LOC")]),
        ("ربطت القناة حوضي اللوكوس وأبي سلهام قبل الصيف", [("اللوكوس", "LOC"), ("أبي سلهام", "LOC")]),
        ("تضررت الزراعة في سهول الحوز وتادلة بسبب الجفاف", [("الحوز", "LOC"), ("تادلة", "LOC")]),
        ("يعاني الفلاحون في حوض درعة تافيلالت وزيز من العطش", [("درعة تافيلالت", "LOC"), ("زيز", "LOC")]),
        ("ارتفع صبيب نهر أم الخير بعد العاصفة", [("أم الخير", "LOC")]),  # a compound river name
        ("تهب الرياح من المحيط الهادئ نحو الساحل", [("المحيط الهادئ", "LOC")]),  # an ocean keeps its head
        ("أصدرت وكالة الحوض المائي لتانسيفت بلاغا", [("وكالة الحوض المائي لتانسيفت", "ORG")]),
    ],
)
def test_basins_plains_and_oceans(text: str, entities: list[tuple[str, str]]) -> None:
    found = _found(text)
    assert all(e in found for e in entities), found


@pytest.mark.parametrize(
    "text",
    [
        "غرق طفل في حوض السباحة بالفندق",  # a swimming pool
        "درس الطلاب حوض التصريف في الجغرافيا",  # a drainage basin, a common word
        "هذا التطبيق سهل الاستخدام وسهل المنال",  # "easy to use"
        "من جهة أخرى قال الوزير إن الوضع مستقر",  # "on the other hand"
        "تأثر المحيط الإقليمي بالأزمة الاقتصادية",  # the surroundings
    ],
)
def test_no_basin_or_ocean(text: str) -> None:
    assert not any(t == "LOC" for _, t in _found(text)), _found(text)


def test_dam_by_a_common_word_where_water_is_spoken_of() -> None:
    # "الوحدة" (unity) is too common a word for any landmark but a dam among water words
    assert ("سد الوحدة", "LOC") in _found("تراجعت حقينة سد الوحدة إلى 40 في المئة من المياه")


@pytest.mark.parametrize(
    "text",
    [
        "تسعى الحكومة إلى سد العجز المائي عبر تحلية مياه البحر",  # filling the deficit
        "ساعد المطر في سد الاحتياجات من المياه",  # meeting the needs: a plural
        "خصصت الدولة مليارا لسد الفراغ في المياه الجوفية",  # "to fill": behind a clitic
        "يجب سد الوحدة بين الفصائل قبل الانتخابات",  # no water spoken of
    ],
)
def test_no_dam(text: str) -> None:
    assert not any(n.startswith("سد") for n, _ in _found(text)), _found(text)


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("زار الوفد الرباط والجديدة وفاس خلال الأسبوع", ("الجديدة", "LOC")),  # between two towns
        ("هاجر الشبان نحو بنسليمان والرباط بحثا عن العمل", ("بنسليمان", "LOC")),  # read whole, no "ب"
    ],
)
def test_towns_listed_with_known_places(text: str, entity: tuple[str, str]) -> None:
    assert entity in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "انتقل الشباب إلى العمل والرباط",  # a common word after the preposition
        "التقى ممثلو الرباط والمصرية والقاهرة",  # an adjective of a place
    ],
)
def test_no_listed_town(text: str) -> None:
    found = _found(text)
    assert ("العمل", "LOC") not in found and ("المصرية", "LOC") not in found, found


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        # up to the acronym in brackets: the words it stands for
        (
            "أعلن المكتب الوطني للماء والكهرباء الصالح للري (ONER) أمس",
            ("المكتب الوطني للماء والكهرباء الصالح للري", "ORG"),
        ),
        ("قرر المكتب الشريف للمعادن رفع الإنتاج", ("المكتب الشريف للمعادن", "ORG")),  # a "sharifian" body
        ("نشرت المندوبية السامية للإحصاء أرقاما جديدة", ("المندوبية السامية للإحصاء", "ORG")),
        ("أعلن القرض الشعبي للجزائر عن قروض جديدة", ("القرض الشعبي للجزائر", "ORG")),  # a credit bank
        ("انضم الفلاح إلى تعاونية الأمل النسائية في القرية", ("تعاونية الأمل النسائية", "ORG")),
        ("يقيم الفلاح بجماعة أولاد عياد قرب المدينة", ("أولاد عياد", "LOC")),  # a commune by its tribe
    ],
)
def test_bodies_and_communes(text: str, entity: tuple[str, str]) -> None:
    assert entity in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "أعلن المكتب الوطني للسياحة في الرباط عن برنامج",  # no acronym: the name ends at its field
        "حصل الفلاح على القرض الفلاحي من البنك",  # a kind of loan, no country
        "أطلقت الوزارة مبادرة تعاونية الأسبوع الماضي",  # the adjective "cooperative"
    ],
)
def test_no_longer_body(text: str) -> None:
    found = _found(text)
    assert not any(n.startswith(("القرض", "تعاونية")) or "في الرباط" in n for n, _ in found), found


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        # a dam named after its valley, in a paragraph that says nothing else of water
        ("منعت السلطات السباحة في سد وادي الموجب ونهر العاصي", [("سد وادي الموجب", "LOC"), ("العاصي", "LOC")]),
        # a river whose name is a battle's and a university's too
        ("غرق شاب في نهر اليرموك أمس", [("اليرموك", "LOC")]),
        # "و" + the next landmark's head is no father's name of the dam's royal patron
        ("قرب سد الملك طلال ونهر الزرقاء", [("سد الملك طلال", "LOC"), ("الزرقاء", "LOC")]),
    ],
)
def test_dams_by_their_valley_and_rivers(text: str, entities: list[tuple[str, str]]) -> None:
    found = _found(text)
    assert all(e in found for e in entities), found


def test_a_river_of_a_common_word_is_none() -> None:
    assert _found("وصف الشاعر نهر الجليد في قصيدته") == []
