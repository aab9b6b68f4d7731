"""Arabic local news of the Maghreb: towns and districts after their cue, valleys, councils of a
commune, streets named after an officer or a martyr, known squares, the Mediterranean's short
form, ministries of several fields, agencies with a second verbal noun, offices ("الديوان").

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
        # a commune after "في بلدية" / "ببلدية": the name alone is the place
        ("انهار جدار قديم في بلدية عين بنيان صباح اليوم", [("عين بنيان", "LOC")]),
        ("سجلت الفرق أضرارا ببلدية الرغاية أمس", [("الرغاية", "LOC")]),
        # heights and outskirts of a town, the kind word out
        ("انقطعت الطريق نحو مرتفعات تامزغيدة بسبب الثلوج", [("تامزغيدة", "LOC")]),
        ("شيدت مساكن جديدة في ضواحي بوفاريك هذا العام", [("بوفاريك", "LOC")]),
        # a new town: "المدينة الجديدة" out, a saint's compound name in
        ("سلمت مفاتيح الشقق في المدينة الجديدة سيدي عبد الرحمن", [("سيدي عبد الرحمن", "LOC")]),
        # a tunnel's kind word out, a valley's in
        ("علقت السيارات داخل نفق واد قريش لساعات", [("واد قريش", "LOC")]),
        ("ارتفع منسوب وادي سيباو بعد الأمطار", [("وادي سيباو", "LOC")]),
        # the Mediterranean's short form after a word of direction or shore
        ("تتشكل المنخفضات الجوية شرق المتوسط في الخريف", [("المتوسط", "LOC")]),
        ("يلتقي وزراء ضفتي المتوسط في الشهر المقبل", [("المتوسط", "LOC")]),
        # squares known by a common word
        ("تجمع المحتجون في ميدان التحرير وسط القاهرة", [("ميدان التحرير", "LOC")]),
    ],
)
def test_towns_after_their_cue(text: str, entities: list[tuple[str, str]]) -> None:
    found = _found(text)
    assert all(e in found for e in entities), found


@pytest.mark.parametrize(
    "text",
    [
        "قررت بلدية الرغاية إغلاق السوق",  # the commune acting: no place read after "بلدية"
        "يبلغ الدخل المتوسط للأسر ألف دينار",  # "average", no direction before it
        "على المدى المتوسط ستتحسن الأرقام",  # the medium term
        "ارتفعت حرارة الأرض في ضواحي المدن الكبرى",  # a common word after the cue
        "نفق الآلاف من رؤوس الماشية بسبب الجفاف",  # "نفق": perished, no tunnel
        "وصلت المياه إلى وادي صغير قرب القرية",  # a common word after "وادي"
    ],
)
def test_no_town_after_a_cue(text: str) -> None:
    found = _found(text)
    assert not any(t == "LOC" for _, t in found), found


def test_council_of_a_commune_is_one_body() -> None:
    found = _found("قال رئيس المجلس الشعبي البلدي لعين البنيان إن الأشغال ستنتهي قريبا")
    assert ("المجلس الشعبي البلدي لعين البنيان", "ORG") in found, found


def test_no_council_without_its_commune() -> None:
    found = _found("اجتمع المجلس الشعبي البلدي أمس لمناقشة الميزانية")
    assert not any(n.startswith("المجلس الشعبي") for n, _ in found), found


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        # a street keeps the rank or title of the officer or martyr it is named after
        ("أغلقت الشرطة شارع العقيد عميروش أمام السيارات", ("شارع العقيد عميروش", "LOC")),
        ("سار المحتجون في شارع الشهيد مصطفى بن بولعيد نحو البريد", ("شارع الشهيد مصطفى بن بولعيد", "LOC")),
        ("احتفل السكان في ساحة المجاهد عبد القادر وسط المدينة", ("ساحة المجاهد عبد القادر", "LOC")),
    ],
)
def test_streets_with_a_rank(text: str, entity: tuple[str, str]) -> None:
    found = _found(text)
    assert entity in found, found
    assert not any(t == "PER" for _, t in found), found


def test_no_street_for_a_rank_alone() -> None:
    found = _found("أغلق شارع الشهيد أمام المارة")
    assert not any(t == "LOC" for _, t in found), found


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        # a list after "في": a compound first, a name no dictionary holds last
        ("غمرت المياه المنازل في باب الزوار وبراقي والسحاولة", [("باب الزوار", "LOC"), ("السحاولة", "LOC")]),
        ("تضررت الطرق في عين الترك ووهران خلال الليل", [("عين الترك", "LOC")]),
    ],
)
def test_towns_in_a_list(text: str, entities: list[tuple[str, str]]) -> None:
    found = _found(text)
    assert all(e in found for e in entities), found


def test_no_town_last_in_a_list_of_common_words() -> None:
    found = _found("زار الوفد وهران والمستشفيات والمدارس")
    assert ("وهران", "LOC") in found and len(found) == 1, found


def test_no_town_for_a_phrase_of_a_prefix() -> None:
    found = _found("سافر الفريق إلى عين المكان وبغداد لمعاينة الأضرار")  # "on the spot"
    assert not any(n.startswith("عين") for n, _ in found), found


def test_town_found_by_its_cue_is_found_again() -> None:
    text = "لقي شخص حتفه في بلدية عين الترك. وفي عين الترك، قال السكان إن المياه غمرت البيوت."
    found = _found(text)
    assert found.count(("عين الترك", "LOC")) == 2, found


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        # a ministry's fields joined by several "و"
        (
            "أعلنت وزارة الشباب والرياضة والتكوين المهني عن مسابقة جديدة",
            ("وزارة الشباب والرياضة والتكوين المهني", "ORG"),
        ),
        # an agency's second verbal noun with the pronoun of its field
        (
            "أطلقت الوكالة الوطنية لتطوير الاستثمار وترقيته برنامجا جديدا",
            ("الوكالة الوطنية لتطوير الاستثمار وترقيته", "ORG"),
        ),
        # an office of the state: "الديوان" and its field
        ("حذر الديوان الوطني للتطهير من انسداد القنوات", ("الديوان الوطني للتطهير", "ORG")),
    ],
)
def test_bodies_of_several_fields(text: str, entity: tuple[str, str]) -> None:
    found = _found(text)
    assert entity in found, found


def test_ministry_stops_before_the_people_it_orders() -> None:
    found = _found("أمرت وزارة الفلاحة والتنمية الريفية والصيد البحري الولاة بالتدخل")
    assert ("وزارة الفلاحة والتنمية الريفية والصيد البحري", "ORG") in found, found


def test_governorate_after_its_governor() -> None:
    # a governorate named after "محافظة" is the territory of its governor's title, a common word too
    from storywire.evaluation.news_ner import pipeline_mentions

    text = "تقع المدرسة في مدينة دمنهور بمحافظة البحيرة. وقال محافظ البحيرة إن العمل مستمر."
    assert [m.text for m in pipeline_mentions(text, "ar") if m.type == "LOC"] == ["دمنهور", "البحيرة", "البحيرة"]
    assert _found("وقال محافظ البحيرة إن العمل مستمر.") == []  # no governorate named: a lake
    assert _found("يعيش الصيادون على ضفاف البحيرة منذ قرون.") == []
