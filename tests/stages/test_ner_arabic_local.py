"""Arabic local news: landmarks by their head, villages by their cue, bodies closed over their
rank, firms by their line or field, a town's club, people with no title, vowel marks.

Sentences are written for these tests (not taken from any evaluation text).
"""

from __future__ import annotations

import pytest

from storywire.stages.entities import extract_entities_from_text
from storywire.stages.ner.arabic_marks import unmarked_tokens
from storywire.stages.ner.tokens import tokenize


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "ar")]


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("أغلقت الشرطة شارع الاستقلال أمس", ("شارع الاستقلال", "LOC")),  # a street keeps its head
        ("صلى الآلاف في المسجد الأموي ظهرا", ("المسجد الأموي", "LOC")),  # a definite head, its adjective
        ("زار السياح قلعة الكرك في الصيف", ("قلعة الكرك", "LOC")),  # a castle named by its town
        ("هبطت الطائرة في مطار الملك حسين الدولي", ("مطار الملك حسين الدولي", "LOC")),  # no king
        ("أقيمت المباراة على ستاد الحسين مساء", ("ستاد الحسين", "LOC")),  # a definite given name
        ("صلى المصلون في مسجد الرحمة بالحي", ("مسجد الرحمة", "LOC")),  # a word rare enough
    ],
)
def test_landmarks_keep_their_head(text: str, entity: tuple[str, str]) -> None:
    assert entity in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "وقف الناس في شارع المدينة ينتظرون الحافلة",  # the town's street
        "عاد الجنود من ساحة المعركة منهكين",  # the battlefield
        "بنت البلدية جسر علوي جديد فوق الطريق",  # an overhead bridge, no name
        "صلى المؤمنون في مسجد القرية صباحا",  # the village mosque
        "صلى المؤمنون في مسجد الحي صباحا",  # the quarter's mosque
        "سار المحتجون في الشارع العربي أمس",  # the Arab street: public opinion
        "يجب أن نسد الفجوة بين الطرفين",  # a verb, no dam
    ],
)
def test_no_landmark_from_common_words(text: str) -> None:
    assert not [e for e in _found(text) if e[1] == "LOC"]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("يعمل المزارعون في لواء الشوبك منذ الفجر", ["الشوبك"]),  # a district after "لواء"
        ("وقع الحادث في حي الرابية ليلا", ["الرابية"]),  # a quarter after "حي"
        ("وصل الوفد إلى بلدة دير أبي خالد ظهرا", ["دير أبي خالد"]),  # a compound with a byname
        ("انقطعت الكهرباء عن أحياء في الهاشمية وكفرجايز", ["الهاشمية", "كفرجايز"]),  # a list
        ("زار الوزير قلعة الكرك وأم الجمال", ["قلعة الكرك", "أم الجمال"]),  # "و" after a place
        ("توجهت القافلة إلى البادية الشمالية", ["البادية الشمالية"]),  # a rare name and its side
    ],
)
def test_villages_by_their_cue_list_or_shape(text: str, places: list[str]) -> None:
    found = _found(text)
    for place in places:
        assert (place, "LOC") in found


@pytest.mark.parametrize(
    "text",
    [
        "يسكن في قرية صغيرة قرب الحدود",  # what the village is like
        "يعيش في حي شعبي فقير",  # "a working-class quarter"
        "تحدثت إلى أم محمد عن ابنها",  # a mother's byname
        "انتشرت الشرطة في الأحياء الشمالية من المدينة",  # the northern quarters
    ],
)
def test_no_village_from_common_words(text: str) -> None:
    assert not [e for e in _found(text) if e[1] == "LOC"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("قرر مجلس بلدية الزرقاء الكبرى رفع الرسوم", "مجلس بلدية الزرقاء الكبرى"),  # its rank
        ("نظرت محكمة الاستئناف الكبرى في القضية", "محكمة الاستئناف الكبرى"),
        ("افتتح الوزير مستشفى الأمير حمزة التعليمي أمس", "مستشفى الأمير حمزة التعليمي"),  # a patron
        ("وزعت جمعية الأمل الخيرية الطرود", "جمعية الأمل الخيرية"),  # a charity and its kind
        ("نفذت شركة الريادة للإنشاءات المشروع", "الريادة للإنشاءات"),  # a name and its field
        ("رفعت شركة كهرباء محافظة الزرقاء الأسعار", "شركة كهرباء محافظة الزرقاء"),  # line and place
    ],
)
def test_bodies_closed_over_rank_patron_and_field(text: str, body: str) -> None:
    assert (body, "ORG") in _found(text)


def test_an_acronym_in_brackets_after_a_body() -> None:
    found = _found("أعلنت شركة كهرباء محافظة الزرقاء (زيكو) انقطاع التيار")
    assert ("زيكو", "ORG") in found


def test_the_tables_firm_keeps_its_own_name() -> None:
    found = _found("وقعت شركة طيران الإمارات عقدا جديدا")
    assert ("شركة طيران الإمارات", "ORG") not in found


def test_a_towns_club_and_its_first_word_again() -> None:
    found = _found("فاز الرشيد مادبا على الأهلي بهدفين في الدوري، وتصدر الرشيد الترتيب.")
    assert ("الرشيد مادبا", "ORG") in found
    assert [e for e in found if e == ("الرشيد", "ORG")]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("وقال المواطن أحمد بني عيسى إن المياه مقطوعة", "أحمد بني عيسى"),  # a clan's name
        ("وأكد عمر أبو خليل أن المشروع انتهى", "عمر أبو خليل"),
        ("قالت رنا الحمود إن الفريق جاهز", "رنا الحمود"),  # after a verb of speech
        ("وأشار المزارع سامي الخصاونة إلى ارتفاع الأسعار", "سامي الخصاونة"),  # after a role
    ],
)
def test_people_with_no_title(text: str, person: str) -> None:
    assert (person, "PER") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "قالت الحكومة إن الخطة جاهزة",
        "قال مصدر أمني إن الهجوم فشل",  # a source, security: no name
        "وأوضحت دراسة الجامعة أن النتائج جيدة",
        "قال المزارع إن الموسم سيئ",
    ],
)
def test_no_person_after_a_cue_without_a_name(text: str) -> None:
    assert not [e for e in _found(text) if e[1] == "PER"]


def test_vowel_marks_stay_in_the_word() -> None:
    text = "يربط الخط الزرقاء بعمّان منذ أمس"
    words = [t.text for t in unmarked_tokens(text, tokenize(text))]
    assert "بعمان" in words and "ّ" not in words
    assert ("عمّان", "LOC") in _found(text)  # the span is the word as written, the clitic outside


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("وقع الحادث على شارع المطار في الزرقاء", "شارع المطار"),
        ("أغلق الأمن دوار الجيش أمس", "دوار الجيش"),
        ("افتتح مطعم جديد على شارع الجامعة في السلط", "شارع الجامعة"),
    ],
)
def test_streets_named_after_what_stands_on_them(text: str, street: str) -> None:
    assert (street, "LOC") in _found(text)


def test_a_quarter_joined_to_a_list_of_places_after_in() -> None:
    found = _found("وجالت الدوريات في شارع الملك عبدالله وحي معصوم أمس.")
    assert ("معصوم", "LOC") in found, found


def test_a_quarter_word_after_a_clause_break_is_not_taken() -> None:
    found = _found("وجالت الدوريات في المدينة، وحي معصوم هادئ.")
    assert ("معصوم", "LOC") not in found, found
