"""Arabic tourism and hospitality news: hotels, resorts and restaurants quoted after their kind
word, firms, channels and tour operators quoted after theirs, nature reserves, zone and utility
authorities, chefs and spokeswomen by their title, a person after an apposed nationality, and a
town that is a common word too named again.

Sentences are written for these tests (not taken from any evaluation text).
"""

from __future__ import annotations

import pytest

from storywire.model import Mention
from storywire.stages.entities import extract_entities_from_text
from storywire.stages.ner.arabic_communes import repeated_towns


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "ar")]


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        # a place to stay or eat: the name between the marks, kind word and marks outside
        ('نزل الوفد في منتجع "رمال الذهب" قرب الشاطئ', [("رمال الذهب", "LOC")]),
        ("تناولنا العشاء في مطعم “بيت الزيتون” مساء السبت", [("بيت الزيتون", "LOC")]),
        ("وأقام الفريق في فندق «قصر النخيل» ثلاث ليال", [("قصر النخيل", "LOC")]),
        # a firm, a channel, a tour operator: an organisation
        ('وقعت شركة "واحة الشمس للفنادق والمنتجعات" العقد أمس', [("واحة الشمس للفنادق والمنتجعات", "ORG")]),
        ('ظهر الضيف على قناة "النخيل الفضائية" ليلة الجمعة', [("النخيل الفضائية", "ORG")]),
        ('ينقل منظم الرحلات "دروب الرمال للسياحة" الزوار من المطار', [("دروب الرمال للسياحة", "ORG")]),
    ],
)
def test_quoted_names_after_their_kind_word(text: str, entities: list[tuple[str, str]]) -> None:
    found = _found(text)
    assert all(e in found for e in entities), found


@pytest.mark.parametrize(
    "text",
    [
        'قال مدير المطعم "لن نغلق أبوابنا هذا العام" للصحفيين',  # a quotation, a clause
        'وأضاف أن الشركة" لم تدفع" الرواتب',  # a closing mark after the kind word
    ],
)
def test_quotations_are_no_names(text: str) -> None:
    found = _found(text)
    assert not any(set(n.split()) & {"لن", "نغلق", "لم", "تدفع"} for n, _ in found), found


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        # a reserve keeps its kind word, the clitic outside
        ("زار الطلاب محمية ضانا الطبيعية في الربيع", [("محمية ضانا الطبيعية", "LOC")]),
        ("تعيش السلاحف في محمية جزر فرسان البحرية", [("محمية جزر فرسان البحرية", "LOC")]),
        ("وأغلقت ومحمية وادي الموجب أمام الزوار", [("محمية وادي الموجب", "LOC")]),
        # an authority named by its zone, valley or utility: one organisation
        (
            "منحت سلطة منطقة العقبة الاقتصادية الخاصة الشركة إعفاء ضريبيا",
            [("سلطة منطقة العقبة الاقتصادية الخاصة", "ORG")],
        ),
        ("قالت سلطة المياه الفلسطينية إن الآبار جفت", [("سلطة المياه الفلسطينية", "ORG")]),
        ("وافقت سلطة وادي الأردن على المشروع", [("سلطة وادي الأردن", "ORG")]),
    ],
)
def test_reserves_and_authorities(text: str, entities: list[tuple[str, str]]) -> None:
    found = _found(text)
    assert all(e in found for e in entities), found


@pytest.mark.parametrize(
    "text",
    [
        "أعلنت الحكومة المنطقة محمية طبيعية منذ سنوات",  # "a nature reserve": no name
        "لا أحد فوق سلطة القانون في هذا البلد",  # "the rule of law"
        "تحدث الكاتب عن سلطة الأب في الأسرة",  # "the father's authority"
    ],
)
def test_words_that_name_no_reserve_or_authority(text: str) -> None:
    assert not any(t in ("LOC", "ORG") for _, t in _found(text)), _found(text)


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        # a chef by the title, the surname again later in the article
        (
            "انضم الطاهي كريم الزعتري إلى الفندق. وقال الزعتري إن المطبخ جاهز.",
            [("كريم الزعتري", "PER"), ("الزعتري", "PER")],
        ),
        # a body's spokeswoman by its pronoun
        ("وقالت الناطقة باسمها هالة الخوالدة إن القرار مؤسف", [("هالة الخوالدة", "PER")]),
        # an apposed nationality before a given name and a family name that is a word too
        ("وقال مدير أعماله، السوري رامي شديد، إن العقد وقع", [("رامي شديد", "PER")]),
    ],
)
def test_people_by_title_and_nationality(text: str, entities: list[tuple[str, str]]) -> None:
    found = _found(text)
    assert all(e in found for e in entities), found


@pytest.mark.parametrize(
    "text",
    [
        "وقال المصري سامي أمس إن العقد وقع",  # an adverb after the given name
        "فاز المنتخب المصري سامي كثيرا",  # the adjective of a team, not an apposition
    ],
)
def test_nationality_before_no_person(text: str) -> None:
    assert not any(t == "PER" for _, t in _found(text)), _found(text)


def _town(text: str, name: str) -> Mention:
    s = text.index(name)
    return Mention(s, s + len(name), name, "LOC", model="rules:ar", confidence=0.6)


def test_a_word_town_found_once_is_the_town_again() -> None:
    # the article pass: "العقبة" (also "the obstacle") found after "مدينة", named again alone
    text = "وصل الوفد إلى مدينة العقبة صباحا.\n\nوتستقبل العقبة آلاف السياح، وأقام الوفد بالعقبة ليلتين."
    found = repeated_towns(text, [_town(text, "العقبة")])
    assert [m.text for m in found] == ["العقبة"] * 3, found


def test_a_word_town_as_a_noun_with_its_adjective() -> None:
    # "the greatest obstacle": a definite adjective after the word is no town
    text = "وصل الوفد إلى مدينة العقبة صباحا.\n\nوقال الوزير إن العقبة الكبرى هي التمويل."
    assert len(repeated_towns(text, [_town(text, "العقبة")])) == 1


def test_a_common_word_is_repeated_only_as_a_listed_town() -> None:
    # "الخطة" (the plan) typed a place by some rule is no listed town: not spread
    text = "أعلنت الوزارة الخطة.\n\nوتبدأ الخطة الشهر المقبل، ثم تنتهي الخطة."
    assert len(repeated_towns(text, [_town(text, "الخطة")])) == 1


def test_petra_is_a_listed_town() -> None:
    found = _found("يزور السياح البتراء كل ربيع، ويقيمون في القويرة")
    assert ("البتراء", "LOC") in found and ("القويرة", "LOC") in found, found


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        # a pool, a beach or a park is where one swims or walks: the quoted name a place
        ("أغلقت البلدية مسبح «النخيل الذهبي» بعد غرق شاب", ("النخيل الذهبي", "LOC")),
        ("غرق سائح قبالة شاطئ «الرمال البيضاء» مساء الخميس", ("الرمال البيضاء", "LOC")),
        # a salon, a driving school or a test centre acts: an organisation
        ("وأغلقت الوزارة صالون «لمسة حرير» للتجميل", ("لمسة حرير", "ORG")),
        ("وأوقفت الإدارة مدرسة «الأمان» لتعليم القيادة عن العمل", ("الأمان", "ORG")),
        ("وأعلن مركز «الفحص الفني» للمركبات نتائج جديدة", ("الفحص الفني", "ORG")),
    ],
)
def test_quoted_pools_salons_and_schools(text: str, entity: tuple[str, str]) -> None:
    assert entity in _found(text)
