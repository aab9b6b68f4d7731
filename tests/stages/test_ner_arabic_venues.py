"""Arabic hospitals, museums, news agencies, a family name with "أبو", clubs in a headline.

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from storywire.stages.entities import extract_entities_from_text
from storywire.stages.ner.arabic_venues import venues
from storywire.stages.ner.tokens import tokenize


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "ar")]


def _venues(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in venues(text, tokenize(text))]


@pytest.mark.parametrize(
    ("text", "hospital"),
    [
        ("نقل المصابون إلى مستشفى الشفاء في غزة", "مستشفى الشفاء"),  # a definite name, rare as a word
        ("وأعلن مستشفى جامعة القاهرة استقبال الجرحى", "مستشفى جامعة القاهرة"),  # a construct
        ("وصل الطفل إلى مستشفى هداسا أمس", "مستشفى هداسا"),  # an indefinite name, no word
        ("ونقل إلى مستشفى الجامعة الأمريكية ببيروت", "مستشفى الجامعة الأمريكية"),  # with its adjective
    ],
)
def test_a_hospital_and_its_name_are_one_organisation(text: str, hospital: str) -> None:
    assert (hospital, "ORG") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "أقيم مستشفى ميداني قرب الحدود",  # a field hospital: a kind
        "وقال مدير مستشفى المدينة إن الأطباء",  # the city's hospital
        "ونقل الجريح إلى مستشفى الأطفال",  # a children's hospital
        "ونقل المريض إلى مستشفى العزل",  # an isolation hospital
        "وخرج من مستشفى الحجر الصحي أمس",  # a quarantine hospital
    ],
)
def test_no_hospital_for_a_kind(text: str) -> None:
    assert _venues(text) == []


@pytest.mark.parametrize(
    ("text", "museum", "etype"),
    [
        ("أعلن المتحف البريطاني إعادة قطع أثرية", "المتحف البريطاني", "ORG"),  # it acts
        ("وأقيم الحفل في المتحف الوطني ببغداد", "المتحف الوطني", "LOC"),  # something happens at it
        ("وعرضت القطع بالمتحف الإسلامي الجديد", "المتحف الإسلامي الجديد", "LOC"),  # "ب" on it: in
        ("وقال متحف اللوفر إن اللوحة سرقت", "متحف اللوفر", "ORG"),
        ("وافتتح معرض داخل متحف اللوفر", "متحف اللوفر", "LOC"),
    ],
)
def test_museums_act_or_are_places(text: str, museum: str, etype: str) -> None:
    assert (museum, etype) in _venues(text)


def test_the_museum_alone_names_none() -> None:
    assert _venues("عاد المتحف إلى العمل بعد الترميم") == []


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("وقالت وكالة أنباء الإمارات إن الوفد وصل", "وكالة أنباء الإمارات"),  # a place names it
        ("ونقلت وكالة أنباء الشرق الأوسط عن مصدر", "وكالة أنباء الشرق الأوسط"),  # not the region
    ],
)
def test_a_news_agency_holds_the_place_in_its_name(text: str, agency: str) -> None:
    found = _found(text)
    assert (agency, "ORG") in found
    assert not any(etype == "LOC" for _, etype in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وسجل المهاجم محمود أبو زيد الهدفين", "محمود أبو زيد"),  # "الهدفين" is what he scored
        ("وقال أحمد أبو الغيط إن الاجتماع مهم", "أحمد أبو الغيط"),
        ("وأكدت الفنانة بثينة أبو سالم أن العرض", "بثينة أبو سالم"),
    ],
)
def test_a_family_name_with_abu(text: str, name: str) -> None:
    assert (name, "PER") in _found(text)


def test_a_given_name_opening_with_a_clitic_letter() -> None:
    assert ("وسام حداد", "PER") in _found("وأعلن المدرب وسام حداد تشكيلة الفريق")


@pytest.mark.parametrize(
    ("text", "clubs"),
    [
        ("الهلال يتغلب على الاتفاق", ["الهلال", "الاتفاق"]),  # a headline: a verb of a result
        ("الوداد يكتسح الرجاء", ["الوداد", "الرجاء"]),
    ],
)
def test_clubs_in_a_headline(text: str, clubs: list[str]) -> None:
    found = _found(text)
    assert all((club, "ORG") in found for club in clubs)


def test_a_verb_of_a_result_keeps_a_phrase() -> None:
    assert ("الهلال", "ORG") not in _found("تغلب الهلال الأحمر على الصعوبات")


def test_a_verb_of_a_result_needs_two_clubs() -> None:
    assert ("الاتحاد", "ORG") not in _found("تغلب الاتحاد على خلافاته الداخلية")  # the union overcame
