"""Arabic film and festival news: cinemas by their definite name, a national film centre by
its field and country, a ministry's fields stopped at a partner body, an association named
by its region and fields, a regional council with its region and a commune listed after a
body, squares named after an ideal, a bare Atlas range, Berber "آيت" family names, towns
listed with a known one, a film title's town, a story's character, "شركة" and a line of
business alone.

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
        # a cinema where a screening takes place, and the same cinema named again
        ("انطلقت مساء الجمعة في سينما النهضة عروض الأسبوع الثقافي", ("سينما النهضة", "LOC")),
        ("وتقام العروض بسينما الأندلس وسط المدينة", ("سينما الأندلس", "LOC")),
        # a national centre named by its field and its country's adjective
        ("حصل الشريط على منحة من المركز السينمائي التونسي هذا العام", ("المركز السينمائي التونسي", "ORG")),
        # a ministry's fields end where a partner body opens
        (
            "بشراكة مع وزارة الثقافة والاتصال والمركز الموسيقي الأردني",
            ("وزارة الثقافة والاتصال", "ORG"),
        ),
        ("بشراكة مع وزارة الثقافة والاتصال والمركز الموسيقي الأردني", ("المركز الموسيقي الأردني", "ORG")),
        # an association named by its region and its fields
        ("نظمت جمعية دكالة للتنمية والتضامن قافلة طبية", ("جمعية دكالة للتنمية والتضامن", "ORG")),
        # a regional council with its region, and a commune listed after a body
        ("بدعم من مجلس جهة درعة تافيلالت وجماعة ورزازات", ("مجلس جهة درعة تافيلالت", "ORG")),
        ("بدعم من مجلس جهة درعة تافيلالت وجماعة ورزازات", ("جماعة ورزازات", "ORG")),
        # squares named after an ideal keep their kind word
        ("تجمع المحتجون في ساحة الحرية وسط العاصمة", ("ساحة الحرية", "LOC")),
        ("وتعرض الأشرطة القصيرة مجانا في ساحة الوحدة كل مساء", ("ساحة الوحدة", "LOC")),
        # a part of the Atlas without the word for high ground
        ("تساقطت الثلوج على قمم الأطلس الكبير ليلة أمس", ("الأطلس الكبير", "LOC")),
        # a Berber family name: "آيت" and a definite name
        ("وقال رئيس التعاونية محمد آيت الطالب إن الموسم كان صعبا", ("محمد آيت الطالب", "PER")),
        # towns no list holds, listed with a known one after a preposition
        ("وتنقلت القافلة بين إيملشيل وتنغير ومراكش خلال أسبوع", ("إيملشيل", "LOC")),
        ("وتنقلت القافلة بين إيملشيل وتنغير ومراكش خلال أسبوع", ("تنغير", "LOC")),
        # a story's character described after a comma
        ("يحكي المسلسل قصة منصور، وهو صياد فقير يبحث عن ابنه", ("منصور", "PER")),
    ],
)
def test_found(text: str, entity: tuple[str, str]) -> None:
    assert entity in _found(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a genre of cinema, no house
        ("وهو من رواد سينما المؤلف في العالم العربي", "سينما المؤلف"),
        # a battlefield or a school's yard is no square
        ("وسقط الجنود في ساحة المعركة", "ساحة المعركة"),
        # a success story is no character
        ("ويروي الكتاب قصة نجاح، وهي تجربة فريدة", "نجاح"),
        # a mining company: a line of business, no name
        ("دافع السكان عن البئر في وجه شركة تعدين، وطالبوا بالتعويض", "تعدين"),
    ],
)
def test_not_found(text: str, word: str) -> None:
    assert all(word not in m for m, _ in _found(text))


def test_town_in_a_title_is_no_place() -> None:
    text = "وصور المخرج فيلمه في بلدة تمصلوحت. وعرض «ليالي تمصلوحت» أمس في القاعة"
    places = [m for m in extract_entities_from_text(text, "ar") if m.type == "LOC" and m.text == "تمصلوحت"]
    assert len(places) == 1 and places[0].start < text.index("«")
