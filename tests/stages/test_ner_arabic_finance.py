"""Arabic names of finance, banking and technology news: regulators and professional bodies
by their field, firms by their legal form or a transliterated brand word and wherever the
article repeats them, a university named with its town, a region named by its lands and
a town's quarters.

Sentences are written for these tests (none is taken from an evaluation text).
"""

from __future__ import annotations

import pytest

from storywire.evaluation.news_ner import pipeline_mentions
from storywire.stages.entities import extract_entities_from_text
from storywire.stages.ner.arabic_finance import finance_firms, regulators
from storywire.stages.ner.tokens import tokenize


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "ar")]


@pytest.mark.parametrize(
    ("text", "name", "etype"),
    [
        # a regulator: head, the adjective of its country and its field in the construct state
        ("وأصدرت الهيئة التونسية لسوق المال قرارا بتعليق التداول.", "الهيئة التونسية لسوق المال", "ORG"),
        ("وذكرت الوكالة الوطنية لتقنين المواصلات أن المشتركين زادوا.", "الوكالة الوطنية لتقنين المواصلات", "ORG"),
        # a national commission, the field's adjective and a quality after "ذات"
        ("وحذرت الهيئة الوطنية لحماية المعطيات الشخصية من التطبيقات.", "الهيئة الوطنية لحماية المعطيات الشخصية", "ORG"),
        (
            "وراسلت اللجنة الوطنية لتتبع معالجة البيانات ذات الطابع المالي المصارف.",
            "اللجنة الوطنية لتتبع معالجة البيانات ذات الطابع المالي",
            "ORG",
        ),
        ("ودعت اللجنة الوطنية لمكافحة غسل الأموال البنوك إلى اليقظة.", "اللجنة الوطنية لمكافحة غسل الأموال", "ORG"),
        # a professional body's fixed name holds its country
        ("وطالبت الجمعية المهنية لمصارف تونس بخفض الفائدة.", "الجمعية المهنية لمصارف تونس", "ORG"),
        ("وقالت الجمعية المهنية لشركات التأمين إن الأقساط ارتفعت.", "الجمعية المهنية لشركات التأمين", "ORG"),
        # a firm with its legal form: the form inside, "شركة" outside
        ("وقعت شركة النخيل للاستثمار ش.م.ع اتفاقا مع المصرف.", "النخيل للاستثمار ش.م.ع", "ORG"),
        ("واستحوذت شركة الواحة ديجيتال ش.ذ.م.م على حصة في المنصة.", "الواحة ديجيتال ش.ذ.م.م", "ORG"),
        # a firm by a transliterated brand word, quoted or not
        ("وأطلقت «سهم كاش» خدمتها الجديدة في عمان.", "سهم كاش", "ORG"),
        ("وقال مدير صندوق نجمة كابيتال إن السوق متقلبة.", "نجمة كابيتال", "ORG"),
        # a university named after a person holds its town behind "ب"
        ("وحضر أساتذة من جامعة الحسن الثاني بالدار البيضاء الندوة.", "جامعة الحسن الثاني بالدار البيضاء", "ORG"),
        # a region of two lands after "جهة" (the word outside), of two listed towns too
        ("وتعاني جهة درعة تافيلالت من الجفاف منذ سنوات.", "درعة تافيلالت", "LOC"),
        ("وزار الوزير جهة فاس مكناس أمس.", "فاس مكناس", "LOC"),
        # a town's quarters opening with "درب" or "سيدي", after "حي" or "أحياء"
        ("وانتشرت المحلات في أحياء درب غلف وسيدي البرنوصي.", "درب غلف", "LOC"),
        ("وانتشرت المحلات في أحياء درب غلف وسيدي البرنوصي.", "سيدي البرنوصي", "LOC"),
        ("ويسكن في حي درب غلف منذ سنوات.", "درب غلف", "LOC"),
    ],
)
def test_finance_names(text: str, name: str, etype: str) -> None:
    assert (name, etype) in _found(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("وقدمت السلطة الفلسطينية لمصر طلبا رسميا.", "السلطة الفلسطينية لمصر"),  # what it gives to Egypt
        ("وقال المجلس الوطني لمصر إن القرار نهائي.", "المجلس الوطني لمصر"),
        ("وحكم أحمد باي قسنطينة سنوات طويلة.", "أحمد باي"),  # a bey, no firm
        ("ومن جهة أخرى قال الوزير إن الحكومة مستعدة.", "أخرى قال"),
        ("وأكدت جهة رسمية أن الملف مغلق.", "رسمية أن"),
        ("وقالت مصادر إن سوق الرساميل تشهد ركودا.", "سوق الرساميل"),  # a kind of market, no place
        ("ودرس في جامعة اليرموك بإربد سنوات.", "جامعة اليرموك بإربد"),  # named after no person
    ],
)
def test_ordinary_words_are_no_names(text: str, word: str) -> None:
    assert all(word != found for found, _ in _found(text))


def test_a_university_named_otherwise_keeps_its_town_apart() -> None:
    found = _found("ودرس في جامعة اليرموك بإربد سنوات.")
    assert ("جامعة اليرموك", "ORG") in found
    assert ("إربد", "LOC") in found


def test_a_quoted_firm_is_the_firm_wherever_repeated() -> None:
    text = (
        "المصرف المركزي يرخص لـ«سندباد» بمزاولة نشاطها\n"
        "ومنح المصرف شركة «سندباد» الترخيص، وقال مؤسس سندباد إن الخدمة مجانية."
    )
    found = [(m.text, m.type) for m in pipeline_mentions(text, "ar")]
    assert found.count(("سندباد", "ORG")) == 3


def test_a_brand_firm_is_the_firm_in_the_headline_and_after_a_clitic() -> None:
    text = "المصرف يمنح «نجمة باي» ترخيصا\nومنح المصرف شركة «نجمة باي» الترخيص، وقال مؤسس لـ«نجمة باي» إنه سعيد."
    found = [(m.text, m.type) for m in pipeline_mentions(text, "ar")]
    assert found.count(("نجمة باي", "ORG")) == 3


def test_a_firm_with_its_form_is_the_firm_without_it_later() -> None:
    text = "وقادت شركة الريادة كابيتال ش.م.م الجولة.\nوقالت الريادة كابيتال إن الاستثمار طويل الأمد."
    found = [(m.text, m.type) for m in pipeline_mentions(text, "ar")]
    assert ("الريادة كابيتال ش.م.م", "ORG") in found
    assert ("الريادة كابيتال", "ORG") in found


def test_a_common_word_firm_repeats_only_in_quotes() -> None:
    text = "وقال المدير في شركة «الأفق» إن الأفق يتسع للجميع، وإن «الأفق» رابحة."
    spans = [(m.start, m.text) for m in pipeline_mentions(text, "ar") if m.type == "ORG"]
    bare = text.index("الأفق يتسع")
    assert all(start != bare for start, _ in spans)
    assert sum(name == "الأفق" for _, name in spans) == 2


def test_the_rules_alone() -> None:
    text = "وقادت شركة الريادة كابيتال ش.م.م الجولة مع الهيئة المغربية لسوق المال."
    toks = tokenize(text)
    assert [m.text for m in finance_firms(text, toks)] == ["الريادة كابيتال ش.م.م"]
    assert [m.text for m in regulators(text, toks)] == ["الهيئة المغربية لسوق المال"]


def test_a_firm_named_by_a_definite_noun_and_its_adjective() -> None:
    found = [(m.text, m.type) for m in pipeline_mentions("وتوزع شركة النور الحديثة للتغليف ذ.م.م منتجاتها.", "ar")]
    assert ("النور الحديثة للتغليف ذ.م.م", "ORG") in found


def test_the_town_a_firm_works_from_after_its_legal_form() -> None:
    text = "وتصنع شركة الأفق الذهبية للكرتون ذ.م.م في بيرين علب التغليف."
    found = [(m.text, m.type) for m in pipeline_mentions(text, "ar")]
    assert ("الأفق الذهبية للكرتون ذ.م.م", "ORG") in found
    assert ("بيرين", "LOC") in found


@pytest.mark.parametrize(
    "text",
    [
        "وقالت شركة الخليج الوطنية للورق ش.م.م في بيان إن الأرباح ارتفعت.",
        "وتصنع شركة الأفق الذهبية للكرتون ذ.م.م في سوق الخضار علب التغليف.",
    ],
)
def test_no_town_after_a_form_where_a_common_noun_follows(text: str) -> None:
    assert [m.type for m in pipeline_mentions(text, "ar") if m.type == "LOC"] == []
