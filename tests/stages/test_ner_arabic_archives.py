"""Arabic libraries, archives, faculties with their university, valleys and regions by a
compass point (`arabic_archives`), and the southern Moroccan regions of `arabic_places`.

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
        # a library of manuscripts by its rare name, with or without its zawiya: one ORG
        ("سلمت خزانة تمكروت مخطوطاتها للباحثين", ("خزانة تمكروت", "ORG")),
        ("وقال المشرف على خزانة زاوية تمكروت إن العمل بدأ", ("خزانة زاوية تمكروت", "ORG")),
        # an archive by its country: one ORG holding the place
        ("ووقع أرشيف تونس اتفاقية للرقمنة", ("أرشيف تونس", "ORG")),
        # a faculty with its university after "بـ": one ORG
        ("وشارك باحثون من كلية الطب بجامعة القاهرة في الدراسة", ("كلية الطب بجامعة القاهرة", "ORG")),
        # a region by a compass adjective: one LOC
        ("وتحدث عن تاريخ السودان الجنوبي منذ الاستقلال", ("السودان الجنوبي", "LOC")),
        ("ودرس تاريخ المغرب الشرقي في الجامعة", ("المغرب الشرقي", "LOC")),
        # a valley by a rare name: the kind word inside
        ("ووصلت القافلة إلى وادي زيز أمس", ("وادي زيز", "LOC")),
        # Morocco's southern regions
        ("وتعاني الواحات في تافيلالت وسوس من الجفاف", ("تافيلالت", "LOC")),
    ],
)
def test_archives_and_regions(text: str, entity: tuple[str, str]) -> None:
    assert entity in _found(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a treasury and a wardrobe are common words, no library
        ("وحولت خزانة الدولة المبلغ إلى البلدية", "خزانة"),
        ("واشترى خزانة الملابس من السوق", "خزانة"),
        # an archive of a newspaper names no place
        ("وعاد الصحفي إلى أرشيف الصحيفة", "أرشيف"),
        # "وادي الذهب": a valley by a common word is left to the lists
        ("وأكد المدير أن وادي الذهب يحتاج إلى استثمارات", "وادي الذهب"),
    ],
)
def test_common_words_name_nothing(text: str, word: str) -> None:
    assert not any(word in name and typ in ("ORG", "LOC") and name != "الذهب" for name, typ in _found(text))


def test_zawiya_again_is_not_the_town() -> None:
    # the bare "الزاوية" after a "زاوية X" in the paragraph is the zawiya, not the Libyan town
    found = _found("وزار الوفد زاوية سيدي حمزة، واجتمع بالقائمين على الزاوية")
    assert ("الزاوية", "LOC") not in found
    # without a zawiya named, the Libyan town stays a place
    assert ("الزاوية", "LOC") in _found("وقعت اشتباكات في مدينة الزاوية غرب طرابلس")


def test_people_of_the_zawiya() -> None:
    found = _found("واجتمع الوفد مع شيوخ الزاوية بعد الصلاة")
    assert ("الزاوية", "LOC") not in found


def test_compound_given_names_and_firm_fields() -> None:
    # a compound given name with a definite second part, then the family name
    assert ("نور الدين الإدريسي", "PER") in _found("وقال المدير نور الدين الإدريسي إن العمل بدأ")
    # "رجال الدين" (clergymen) opens no name
    assert not [n for n, t in _found("وطالب رجال الدين بالهدوء") if t == "PER"]
    # a firm's field after "لل", however common its noun; not the people it sells to
    assert ("نبراس للحلول الرقمية", "ORG") in _found("ووقعت شركة نبراس للحلول الرقمية العقد")
    assert ("نبراس", "ORG") in _found("ووقع عقدا مع شركة نبراس للإنتاج")
    # a town's description by two compass adjectives is no region's name
    assert ("الخرطوم الشمالية", "LOC") not in _found("في ضواحي الخرطوم الشمالية الشرقية")
