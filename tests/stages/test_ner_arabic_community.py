"""Arabic local news (`arabic_community`): municipalities with an unlisted town, oases, salt
lakes, state offices ("ديوان"), associations with their town, research centres over their
field and seat, a byline's reporter after "كتب:", a compound given name.

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
        # a municipality headed or acting, its town unlisted: one ORG
        ("وقال رئيس بلدية دوز إن الأشغال ستنطلق قريبا.", ("بلدية دوز", "ORG")),
        ("ودعت بلدية تمغزة السكان إلى الحذر.", ("بلدية تمغزة", "ORG")),
        # an oasis gives its name, the kind word out; a list of them gives each
        ("ويملك المزارع حقلا في واحة رأس الماء القريبة.", ("رأس الماء", "LOC")),
        ("ويملك المزارع حقلا في واحة راس الماء القريبة.", ("راس الماء", "LOC")),
        ("ويأتي التمر من واحات الشبيكة وتمغزة إلى السوق.", ("تمغزة", "LOC")),
        # a salt lake keeps its kind word, the clitic out
        ("وتقع القرية على ضفاف شط الغرسة جنوب البلاد.", ("شط الغرسة", "LOC")),
        ("وصل الركب إلى طرف لشط ملغيغ مساء.", ("شط ملغيغ", "LOC")),
        # a state office by its field
        ("وأعلن ديوان تنمية الشمال الغربي عن برنامج جديد.", ("ديوان تنمية الشمال الغربي", "ORG")),
        ("وطالب الفلاحون ديوان الحبوب بتوفير الأكياس.", ("ديوان الحبوب", "ORG")),
        # an association named by what it does and its town, جمعية inside
        ("ونظمت جمعية إحياء قصور تطاوين معرضا للصور.", ("جمعية إحياء قصور تطاوين", "ORG")),
        # a research centre over "في" + its field, a regional one over its seat
        (
            "وقال المعهد الوطني للبحوث في الهندسة الريفية إن المياه تراجعت.",
            ("المعهد الوطني للبحوث في الهندسة الريفية", "ORG"),
        ),
        (
            "وأفادت باحثة من المركز الجهوي للبحوث في البستنة بسوسة بأن الإنتاج ارتفع.",
            ("المركز الجهوي للبحوث في البستنة بسوسة", "ORG"),
        ),
        # a compound given name with the article, then the family name
        ("وقال المدير محمد الطاهر القلالي إن الموسم جيد.", ("محمد الطاهر القلالي", "PER")),
    ],
)
def test_local_names(text: str, entity: tuple[str, str]) -> None:
    assert entity in _found(text)


def test_byline_after_its_cue() -> None:
    text = "قابس (الجنوب) - كتب: رياض الزغلامي\n\nافتتحت المدينة سوقها الأسبوعية أمس."
    assert ("رياض الزغلامي", "PER") in _found(text)
    assert ("سنية الزغلامي", "PER") in _found("تونس - بقلم: سنية الزغلامي")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("وقرأ الطلاب قصائد من ديوان المتنبي في الحصة.", "ديوان المتنبي"),  # a poet's collection
        ("وصدر للشاعر ديوان جديد بعنوان الغربة.", "ديوان جديد"),  # no field, no body
        ("ونظمت جمعية خيرية في المدينة حملة.", "جمعية خيرية"),  # no town: any charity
        ("وقال إن بلدية كبيرة مثل هذه تحتاج إلى تمويل.", "بلدية كبيرة"),  # a common word, no town
        ("وتقع المزرعة على شط البحر قرب الميناء.", "شط البحر"),  # the seashore
        ("كتب الصحفي مقالا عن المهرجان.", "الصحفي"),  # "wrote" in a sentence, no byline
        ("وشارك محمد الصادق في الاجتماع أمس.", "محمد الصادق في"),  # no family name after it
    ],
)
def test_not_local_names(text: str, absent: str) -> None:
    assert all(absent not in t for t, _ in _found(text))


def test_municipality_as_place_stays_a_place() -> None:
    # "في بلدية X" is the place, `arabic_communes`' reading
    found = _found("وقع الحادث في بلدية تمغزة فجر الأحد.")
    assert ("تمغزة", "LOC") in found
    assert all(etype != "ORG" for _, etype in found)


def test_research_field_is_no_place() -> None:
    # "في" + a place or an area is where the body works, not its field
    found = _found("ونظم المركز الوطني للتكوين في المنطقة دورة جديدة.")
    assert ("المركز الوطني للتكوين", "ORG") in found
    assert ("المندوبية الجهوية للتربية بصفاقس", "ORG") in _found(
        "وقالت المندوبية الجهوية للتربية بصفاقس إن الامتحانات ستجرى في موعدها."
    )


def test_dateline_byline_with_a_closing_colon() -> None:
    text = "طنطا - كريم فاروق:\n\nقال الوزير إن الأمر جيد."
    found = [(m.text, m.type) for m in extract_entities_from_text(text, "ar")]
    assert found == [("طنطا", "LOC"), ("كريم فاروق", "PER")]


def test_no_byline_from_a_sentence_with_a_colon() -> None:
    text = "طنطا - المدينة الجميلة:\n\nقال الوزير إن الأمر جيد."
    assert [m for m in extract_entities_from_text(text, "ar") if m.type == "PER"] == []
