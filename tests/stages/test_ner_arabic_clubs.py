"""Arabic clubs by "الرياضي" and their town, radio stations by "إف إم", halls named after a
person (`arabic_clubs`), and the smaller rules of sport news beside them.

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from storywire.evaluation.news_ner import pipeline_mentions
from storywire.stages.ner.arabic_clubs import club_mentions
from storywire.stages.ner.tokens import tokenize


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in club_mentions(text, tokenize(text), [])]


def _pipeline(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in pipeline_mentions(text, "ar")]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a club's head, "الرياضي" and its town's adjective or its town behind "ب"
        ("فاز النجم الرياضي الساحلي على ضيفه", [("النجم الرياضي الساحلي", "ORG")]),
        ("تعادلت الشبيبة الرياضية القيروانية مع منافسها", [("الشبيبة الرياضية القيروانية", "ORG")]),
        ("وانتقل اللاعب إلى الاتحاد الرياضي بقابس", [("الاتحاد الرياضي بقابس", "ORG")]),
        # a radio station by "إف إم": after "إذاعة" the cue outside
        ("قال المدرب لإذاعة جوهرة إف إم إن فريقه جاهز", [("جوهرة إف إم", "ORG")]),
        ("وذكرت شمس إف إم أن المباراة تأجلت", [("شمس إف إم", "ORG")]),
        # a hall named after a person keeps "قاعة"
        ("تقام المباراة في قاعة محمد الزواوي بسوسة", [("قاعة محمد الزواوي", "LOC")]),
    ],
)
def test_clubs_radios_and_halls(text: str, names: list[tuple[str, str]]) -> None:
    assert _found(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "انتقد الإعلام الرياضي التونسي أداء المنتخب",  # sports media: no club's head
        "وينتهي الموسم الرياضي الحالي في ماي",  # a season, and a nisba of time
        "ويبقى الأمل الرياضي الوحيد هو التأهل",  # no town's adjective after "الرياضي"
        "اجتمع المكتب في قاعة الاجتماعات بالمقر",  # a meeting room: no person's name
        "وعرضت القناة برنامج إف إم",  # "برنامج": no cue, the word a common noun
    ],
)
def test_no_club_radio_or_hall(text: str) -> None:
    assert ("برنامج إف إم", "ORG") not in _found(text)
    assert not [n for n in _found(text) if n[0] != "برنامج إف إم"]


def test_a_club_named_again_by_its_head() -> None:
    text = "فاز الكوكب الرياضي بقفصة أمس، وقال مدرب الكوكب إن الفوز مستحق ولم يفقد الأمل في اللقب."
    assert _found(text) == [("الكوكب الرياضي بقفصة", "ORG"), ("الكوكب", "ORG")]


def test_a_kind_head_alone_refers_back() -> None:
    text = "فاز النادي الرياضي الصفاقسي أمس، وقال رئيس النادي إن الفوز مستحق."
    assert _found(text) == [("النادي الرياضي الصفاقسي", "ORG")]


def test_sport_news_bodies_towns_and_surnames() -> None:
    found = _pipeline(
        "أعلن الاتحاد الإفريقي لكرة السلة أن البطولة ستقام في نابل، بدعم من وزارة الشباب والرياضة "
        "وشركة اتصالات المغرب. وقال رئيس الاتحاد سمير بن عمر إن المدرب جاهز. وأضاف بن عمر أن الفريق جاهز."
    )
    assert ("الاتحاد الإفريقي لكرة السلة", "ORG") in found
    assert ("نابل", "LOC") in found
    assert ("وزارة الشباب والرياضة", "ORG") in found
    assert ("الشباب", "ORG") not in found  # the ministry's field, not the club of that name
    assert ("اتصالات المغرب", "ORG") in found  # the operator's brand, "شركة" outside
    assert ("بن عمر", "PER") in found  # the family name holds its "بن"


def test_mahdia_and_its_adjective() -> None:
    assert ("المهدية", "LOC") in _pipeline("وصل الوفد إلى المهدية صباح أمس")
    assert ("المهدية", "LOC") not in _pipeline("درس المؤرخ تاريخ الدولة المهدية في السودان")


def test_a_maghreb_given_name_after_a_governor_and_town() -> None:
    found = _pipeline("بحضور والي المهدية منصف العبيدي وعدد من اللاعبين.")
    assert ("المهدية", "LOC") in found and ("منصف العبيدي", "PER") in found
    assert not [n for n in _pipeline("واعتبر المدرب القرار غير منصف للاعبين.") if n[1] == "PER"]
