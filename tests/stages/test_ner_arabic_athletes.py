"""Arabic athletes named after their nationality or role, and people named in apposition after
an office (`arabic_athletes`, through `arabic_sport`).

Sentences are written for these tests; the names are other sports' and other people's.
"""

from __future__ import annotations

import pytest

from storywire.stages.entities import extract_entities_from_text
from storywire.stages.ner.arabic_athletes import nationality
from storywire.stages.ner.arabic_sport import sport_mentions
from storywire.stages.ner.tokens import tokenize


def _people(text: str) -> list[str]:
    return [m.text for m in sport_mentions(text, tokenize(text)) if m.type == "PER"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # tennis: a nationality used as a noun, a foreign name of rare words after it
        ("فاز الإسباني رافائيل نادال على الصربي نوفاك ديوكوفيتش", ["رافائيل نادال", "نوفاك ديوكوفيتش"]),
        ("تفوقت الأمريكية سيرينا ويليامز على البيلاروسية فيكتوريا أزارينكا", ["سيرينا ويليامز", "فيكتوريا أزارينكا"]),
        # football: names common in the news ("أوليفر"-like, 3.9 to 4.0) after the nationality
        ("وحل الهولندي ماكس فيرستابن ثانيا", ["ماكس فيرستابن"]),  # the accusative "ثانيا" outside
        ("وسجل النرويجي إيرلينغ هالاند هدفين", ["إيرلينغ هالاند"]),  # the dual "هدفين" outside
        # a role and a nationality before a Gulf name closed by its definite family name
        ("واحتل السائق الإماراتي راشد الظاهري المركز الأول", ["راشد الظاهري"]),
        ("وانتقد الليبي عبد الحميد الدبيبة القرار", ["عبد الحميد الدبيبة"]),  # "عبد" + its attribute
        # a role alone (a strong cue): no word need be rarer than a famous name's
        ("وتقدم النجم الأرجنتيني ليونيل ميسي بطلب", ["ليونيل ميسي"]),
        ("وتفوق السائق لورينزو كوليه على زميله أوليفر بيرمان", ["لورينزو كوليه", "أوليفر بيرمان"]),
        # particles of a European name
        ("وقال مدربه الهولندي ديك فان دير ميير إن الفريق جاهز", ["ديك فان دير ميير"]),
        # a listed given name and a family name common as a word
        ("وخسرت التونسية أنس جابر أمام منافستها", ["أنس جابر"]),
        # an actress: a role of another walk of life leaves the nationality a noun
        ("وصرحت الممثلة الأمريكية أنجلينا جولي بأنها ستزور المخيم", ["أنجلينا جولي"]),
        # apposition after an office and its body
        ("وقال مدرب المنتخب، هيرفي رونار، إن اللاعبين جاهزون", ["هيرفي رونار"]),
        ("وأكد مدير الوكالة، رافائيل غروسي، أن المفتشين سيعودون", ["رافائيل غروسي"]),
    ],
)
def test_cued_athletes(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "وأكد الجيش الإسرائيلي أن قواته قصفت مواقع",  # the adjective of a definite noun
        "وقال المسؤول الأمريكي إن واشنطن تدرس الخيارات",
        "وتولى الإيطالي منصب المدير الفني للمنتخب",  # common words after the noun
        "وأضاف البريطاني مساء الأحد أن الحكومة ستعلن القرار",
        "وأعلنت شركة أرامكو السعودية أرباحها",  # "its profits": a noun with a pronoun
        "وقال رئيس البلدية، خلال جولة تفقدية، إن المشاريع تتقدم",  # a phrase between the commas
        "وقال مدير المستشفى، صباح اليوم، إن الحالات مستقرة",
        "وعقد المؤتمر الصحفي مساء أمس",  # a role of another walk of life opens no name alone
    ],
)
def test_no_athlete(text: str) -> None:
    assert _people(text) == []


def test_nationality_words() -> None:
    assert nationality("البريطاني") and nationality("السعودية") and nationality("الإيطالي")
    assert not nationality("الرياضي")  # sporting, though "الرياض" is a city
    assert not nationality("الدولي")


def test_the_name_holds_the_title_rules_shorter_one() -> None:
    found = extract_entities_from_text("وأضاف أن مدربه الألماني يان فان دن هوفن ساعده كثيرا.", "ar")
    assert [(m.text, m.type) for m in found] == [("يان فان دن هوفن", "PER")]
