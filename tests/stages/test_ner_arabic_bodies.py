"""Arabic organisations after a cue word."""

from __future__ import annotations

import pytest

from storywire.stages.entities import extract_entities_from_text
from storywire.stages.ner.arabic_bodies import named_bodies
from storywire.stages.ner.tokens import tokenize


def _bodies(text: str) -> list[str]:
    return [m.text for m in named_bodies(text, tokenize(text))]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("أعلنت شركة أرامكو السعودية عن أرباح", "أرامكو السعودية"),  # with its adjective of origin
        ("قالت صحيفة نيويورك تايمز إن المحادثات", "نيويورك تايمز"),  # a place opens the name
        ("ونقلت صحيفة واشنطن بوست عن مسؤول", "واشنطن بوست"),
        ("وقع عقدا مع شركة سينرجي للإنتاج", "سينرجي"),  # a preposition glued on ends it
        ("أعلنت شركة سينرجي تطوير منصة جديدة", "سينرجي"),  # a verbal noun ends it: "developing"
        ("قالت شركة سينرجي تعتزم التوسع", "سينرجي"),  # a verb in the present ends it
        ("أعلنت شركة بوينغ خطط توسع", "بوينغ"),  # a firm of the table ends where its name does
        ("وقعت شركة أرامكو السعودية اتفاقا", "أرامكو السعودية"),  # ... with its adjective of origin
        ("وقعت شركة بوينغ الأمريكية اتفاقا", "بوينغ"),  # the country's adjective agrees with "شركة"
        ("تعاقد مع شركة سينرجي الألمانية لبناء", "سينرجي"),
        ("أعلنت شركة إعمار العقارية أرباحها", "إعمار العقارية"),  # the firm's own adjective stays
        ("وألزمت المحكمة شركة أمل بدفع تعويض", "أمل"),  # a common word: masculine, no line of business
        ("وقالت شركة سريع إن أرباحها ارتفعت", "سريع"),
    ],
)
def test_named_bodies(text: str, name: str) -> None:
    assert _bodies(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "قالت الشركة إن الأرباح ارتفعت",
        "أسست شركة جديدة في القاهرة",
        "شركة في دبي",
        "أسس شركة نفط في البصرة",  # a line of business
        "وقال إن شركة مثل هذه لن تنجح",  # too common to be a name
        "تعمل شركة خدمات النفط هناك",  # a plural, then the noun it governs
    ],
)
def test_no_body_without_a_name(text: str) -> None:
    # no cue word, a common adjective after it, a preposition after it
    assert _bodies(text) == []


def test_the_body_wins_over_the_place_inside_it() -> None:
    found = extract_entities_from_text("قالت صحيفة نيويورك تايمز إن المفاوضات متعثرة.", "ar")
    assert [(m.text, m.type) for m in found] == [("نيويورك تايمز", "ORG")]


def test_a_definite_bank_with_its_adjectives() -> None:
    found = extract_entities_from_text("أكد البنك المركزي المصري رفع أسعار الفائدة.", "ar")
    assert [(m.text, m.type) for m in found] == [("البنك المركزي المصري", "ORG")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("قال الجيش الإسرائيلي إنه قصف مواقع", "الجيش الإسرائيلي"),  # an army and its country's adjective
        ("أعلن الجيش السوداني السيطرة على المدينة", "الجيش السوداني"),
        ("وأكد الجيش الوطني الليبي أن", "الجيش الوطني الليبي"),  # two adjectives
        ("واتهم الجيش التركي", "الجيش التركي"),
    ],
)
def test_an_army_with_its_adjectives_is_an_organisation(text: str, name: str) -> None:
    assert _bodies(text) == [name]
    assert (name, "ORG") in [(m.text, m.type) for m in extract_entities_from_text(text, "ar")]


def test_an_army_alone_is_no_name() -> None:
    assert _bodies("قال الجيش إن الوضع هادئ") == []


def test_a_channel_named_by_a_definite_word() -> None:
    found = extract_entities_from_text("وقال مصدر لقناة العربية إن المفاوضات مستمرة.", "ar")
    assert [(m.text, m.type) for m in found] == [("العربية", "ORG")]  # no language (MISC): the channel
    # "قناة الجزيرة" stays the organisation's name, matched whole
    found = extract_entities_from_text("ذكرت قناة الجزيرة أن الرئيس وصل.", "ar")
    assert [(m.text, m.type) for m in found] == [("قناة الجزيرة", "ORG")]


def test_a_canal_named_by_a_place_is_a_place() -> None:
    found = extract_entities_from_text("عبرت السفينة قناة السويس أمس.", "ar")
    assert [(m.text, m.type) for m in found] == [("قناة السويس", "LOC")]
    assert _bodies("عبر قناة الاتصال الرسمية") == []  # a channel of communication


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("ووقعت شركة الفطيم القابضة عقدا مع البلدية", ["الفطيم القابضة"]),  # a definite name, its form
        ("وباعت شركة الفجر العقارية أرضا", ["الفجر العقارية"]),  # ... its own adjective
        ("وقالت شركة الكهرباء الوطنية إن الانقطاع انتهى", []),  # a line of business: no name
    ],
)
def test_a_definite_firm_with_its_own_adjective(text: str, names: list[str]) -> None:
    assert _bodies(text) == names


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("وتولت شركة زيوت الريف تعبئة الإنتاج", "زيوت الريف"),
        ("ووقعت شركة ألبان الشمال عقدا مع الموزعين", "ألبان الشمال"),
    ],
)
def test_common_noun_firm_named_by_region(text: str, firm: str) -> None:
    # a common noun after "شركة" and the region the firm is named by: one ORG, the verb's object out
    found = [(m.text, m.type) for m in extract_entities_from_text(text, "ar")]
    assert (firm, "ORG") in found, found
    assert not any(t.endswith("عقدا") for t, _ in found), found


def test_common_noun_firm_without_region_stays_short() -> None:
    # no region after the noun: the rule adds nothing ("الكويتية" is the firm's country)
    found = [(m.text, m.type) for m in extract_entities_from_text("وقالت شركة زين الكويتية إن الأرباح ارتفعت", "ar")]
    assert not any(t.startswith("زين ") for t, _ in found), found


def test_firm_by_what_it_builds() -> None:
    # a verbal noun's object behind "ل" is the firm's field ("لبناء السفن"), inside its name
    found = [(m.text, m.type) for m in extract_entities_from_text("وقعت شركة النخيل لبناء السفن عقدا جديدا.", "ar")]
    assert ("النخيل لبناء السفن", "ORG") in found, found


def test_firm_of_a_country_is_no_name() -> None:
    # "شركة تونسية": a Tunisian company, the adjective of its country no firm's name
    found = [(m.text, m.type) for m in extract_entities_from_text("وقعت عقدا لصالح شركة تونسية في مدينة صفاقس.", "ar")]
    assert found == [("صفاقس", "LOC")], found
