"""Arabic names of labour and social news: union federations and their regional branches,
employers' federations, unions by their trade, inspectorates, a firm's acronym repeated,
people with a given name written with the article, squares named after a person, towns
after a region's word and large foreign port cities.

Sentences are written for these tests (none is taken from an evaluation text).
"""

from __future__ import annotations

import pytest

from storywire.evaluation.news_ner import pipeline_mentions
from storywire.stages.entities import extract_entities_from_text


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "ar")]


@pytest.mark.parametrize(
    ("text", "name", "etype"),
    [
        # a sector federation: "الجامعة" with its standing and field; a feminine participle
        # after a masculine field agrees with the federation and ends the name
        ("دعت الجامعة العامة للتعليم الثانوي إلى إضراب جديد.", "الجامعة العامة للتعليم الثانوي", "ORG"),
        ("وأعلنت الجامعة الوطنية للبريد المنضوية تحت المنظمة عن تحرك.", "الجامعة الوطنية للبريد", "ORG"),
        # a regional branch keeps its seat
        ("وقال الاتحاد الجهوي للشغل بسوسة إن التجمع سلمي.", "الاتحاد الجهوي للشغل بسوسة", "ORG"),
        # an employers' federation runs through its joined fields
        (
            "ورحب الاتحاد المغربي للتجارة والصناعة والخدمات بالاتفاق الجديد.",
            "الاتحاد المغربي للتجارة والصناعة والخدمات",
            "ORG",
        ),
        ("وشارك الاتحاد العام لنقابات العمال في المسيرة.", "الاتحاد العام لنقابات العمال", "ORG"),
        # unions by their trade, short forms of the national ones, behind a clitic too
        ("وطالبت نقابة الصحفيين الأردنيين بالإفراج عن الزميل.", "نقابة الصحفيين الأردنيين", "ORG"),
        ("وتجمعوا أمام مقر هيئة المحامين في العاصمة.", "هيئة المحامين", "ORG"),
        ("وندد المكتب التنفيذي لاتحاد الشغل بالقرار.", "اتحاد الشغل", "ORG"),
        ("وحذرت منظمة الأعراف من كلفة الزيادة.", "منظمة الأعراف", "ORG"),
        # labour inspectorates
        ("وزارت تفقدية الشغل المصنع أمس.", "تفقدية الشغل", "ORG"),
        ("وقالت المتفقدية العامة للشغل إن المخالفات كثيرة.", "المتفقدية العامة للشغل", "ORG"),
        # a given name written with the article, after an office and a comma
        ("وقال المنسق العام للنقابة، الطاهر البرقاوي، إن الوضع صعب.", "الطاهر البرقاوي", "PER"),
        ("وصرح المنصف الزغلامي بأن الحوار مطلوب.", "المنصف الزغلامي", "PER"),
        # squares keep their kind word and the whole of a person's name
        ("وتجمع المحتجون في ساحة محمد علي القصري صباحا.", "ساحة محمد علي القصري", "LOC"),
        ("وسار الموكب نحو ساحة الحبيب بورقيبة وسط المدينة.", "ساحة الحبيب بورقيبة", "LOC"),
        ("واحتشد الناس في ميدان عبد المنعم رياض أمس.", "ميدان عبد المنعم رياض", "LOC"),
        # a compound town after a region's word, the word outside the span
        ("وفي ولاية سيدي بوزيد احتج العاطلون عن العمل.", "سيدي بوزيد", "LOC"),
        ("وقال مسؤول في معتمدية بن قردان إن المعبر مغلق.", "بن قردان", "LOC"),
        ("ويقيم العامل في مدينة الزهراء منذ سنوات.", "الزهراء", "LOC"),
        # a large port city abroad, by its Arabic name
        ("وتتجه السفن إلى ميناء مرسيليا ثم إلى تولوز وجنوة.", "جنوة", "LOC"),
    ],
)
def test_labour_names(text: str, name: str, etype: str) -> None:
    assert (name, etype) in _found(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("وحذر الاتحاد الأوروبي للبنان من الأزمة.", "الاتحاد الأوروبي للبنان"),  # the EU, "to Lebanon"
        ("وذهب الأطفال إلى مدينة الملاهي في العيد.", "الملاهي"),  # an amusement park
        ("أقام الوفد في فندق الرشيد ليلتين.", "الرشيد ليلتين"),  # two nights, no family name
        ("وقالت منظمة أطباء بلا حدود إن المستشفى مكتظ.", "منظمة أطباء"),
    ],
)
def test_ordinary_words_are_no_names(text: str, word: str) -> None:
    assert all(word != found for found, _ in _found(text))


def test_a_bracketed_acronym_is_the_firm_wherever_repeated() -> None:
    text = (
        "وقالت الشركة الوطنية للنقل البحري (كوماتي) إن الرحلات متوقفة.\n"
        "وأكدت كوماتي في بيان أن الخسائر كبيرة، وطالبت النقابة كوماتي بالتفاوض."
    )
    found = [(m.text, m.type) for m in pipeline_mentions(text, "ar")]
    assert found.count(("كوماتي", "ORG")) == 3


def test_a_federation_name_holds_no_head_adjective() -> None:
    text = "وأعلنت الجامعة العامة للنفط المنضوية تحت الاتحاد إضرابا."
    assert ("الجامعة العامة للنفط", "ORG") in _found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وطالبت نقابة أصحاب المخابز بزيادة الدعم.", "نقابة أصحاب المخابز"),
        ("وطالبت نقابة أصحاب محطات الوقود الحكومة بالتدخل.", "نقابة أصحاب محطات الوقود"),
    ],
)
def test_an_owners_union_by_what_they_own(text: str, name: str) -> None:
    assert (name, "ORG") in _found(text)


def test_an_owners_union_with_nothing_owned_is_no_name() -> None:
    assert _found("وقالت نقابة أصحاب إنها سترد على الاتهامات.") == []
