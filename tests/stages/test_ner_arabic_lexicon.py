"""Arabic word classes the cue rules lean on: verbal nouns, verbs in the present, name words."""

from __future__ import annotations

import pytest

from storywire.stages.entities import extract_entities_from_text
from storywire.stages.ner.arabic_lexicon import name_word, present_verb, verbal_noun


@pytest.mark.parametrize("word", ["تعزيز", "توقيع", "تعاون", "إطلاق", "اجتماع", "انسحاب", "استثمار", "مناقشة"])
def test_verbal_nouns_by_their_pattern(word: str) -> None:
    assert verbal_noun(word)


@pytest.mark.parametrize("word", ["تايمز", "توفيق", "إيهاب", "تيريز", "مستقبل", "كولر"])
def test_names_and_loanwords_are_no_verbal_nouns(word: str) -> None:
    # a loanword, given names of the same shape, a name rare as a word, other nouns
    assert not verbal_noun(word)


def test_present_verbs_and_name_words() -> None:
    assert present_verb("يدعو") and present_verb("تعتزم")
    assert not present_verb("تايمز")  # "تا..." opens loanwords
    assert name_word("ستوب") and not name_word("الرئيس") and not name_word("رئيس") and not name_word("في")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("وقالت الناشرة غادة الصباغ إن المبيعات تراجعت.", "غادة الصباغ"),
        ("وقال رئيس نقابة الكتاب سامر العتوم إن المعرض ناجح.", "سامر العتوم"),
        ("وأوضحت مديرة المكتبة هالة الزيود أن الإعارة زادت.", "هالة الزيود"),
    ],
)
def test_given_names_of_the_levant(text: str, person: str) -> None:
    assert (person, "PER") in [(m.text, m.type) for m in extract_entities_from_text(text, "ar")]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("قالت رئيسة الجمعية الأردنية لحماية البيئة ربى الحوراني إن التلوث زاد.", "ربى الحوراني"),
        ("قالت مديرة المدرسة رنا الشوبكي إن الدوام انتظم.", "رنا الشوبكي"),
        ("قال المقدم عامر الحياري إن الدوريات انتشرت.", "عامر الحياري"),
    ],
)
def test_more_given_names_of_the_levant(text: str, person: str) -> None:
    assert (person, "PER") in [(m.text, m.type) for m in extract_entities_from_text(text, "ar")]


def test_an_adjective_given_name_alone_is_the_word() -> None:
    assert extract_entities_from_text("كان المسجد عامر بالمصلين.", "ar") == []
