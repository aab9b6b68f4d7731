"""Arabic teams, clubs, sport bodies, channels, newspapers and sponsors by the word before them
(`arabic_teams`, through `arabic_sport`).

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from storywire.stages.entities import extract_entities_from_text
from storywire.stages.ner.arabic_sport import sport_mentions
from storywire.stages.ner.tokens import tokenize


def _orgs(text: str) -> list[str]:
    return [m.text for m in sport_mentions(text, tokenize(text)) if m.type == "ORG"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # teams after "فريق": rare words, or a place and rare words; the cue outside
        ("وانضم إلى فريق ماكلارين بعد موسمين مع فريق ويليامز", ["ماكلارين", "ويليامز"]),
        ("وحل سائق فريق ألبين ثالثا", ["ألبين"]),  # the accusative "ثالثا" outside
        ("وفاز سائق فريق دبي فالكونز بالسباق", ["دبي فالكونز"]),  # a loanword opening with "فال"
        # clubs: "نادي" and a place (cue outside), or with the field it serves (cue inside)
        ("تعاقد نادي برشلونة مع المهاجم", ["برشلونة"]),
        ("وقال نادي دبي للرياضات البحرية إن السباق تأجل", ["نادي دبي للرياضات البحرية"]),
        ("وأعلن نادي الكويت الرياضي عن ضم لاعب", ["نادي الكويت الرياضي"]),
        # sport bodies by their sport, with an acronym in brackets
        ("وغرم الاتحاد الدولي لكرة القدم (فيفا) النادي", ["الاتحاد الدولي لكرة القدم", "فيفا"]),
        ("بعد قرار الاتحاد الإماراتي للدراجات الهوائية والنارية", ["الاتحاد الإماراتي للدراجات الهوائية والنارية"]),
        (
            "وقالت اللجنة الأولمبية الدولية إن الاتحاد الدولي للتنس وافق",
            ["اللجنة الأولمبية الدولية", "الاتحاد الدولي للتنس"],
        ),
        ("وأعلن مجلس الشارقة الرياضي عن بطولة جديدة", ["مجلس الشارقة الرياضي"]),
        ("وقرر الاتحاد الأفريقي لكرة القدم نقل المباراة", ["الاتحاد الأفريقي لكرة القدم"]),
        # a channel named by a place and its kind; a newspaper by a definite word
        ("وتابع الجمهور المباراة على قناة الكويت الرياضية", ["الكويت الرياضية"]),
        ("ونقلت صحيفة البيان عن المدرب، وذكرت جريدة الوطن أن النادي تعاقد", ["البيان", "الوطن"]),
        ("ونقلت صحيفة الغارديان البريطانية عن مصادر", ["الغارديان"]),  # the country's adjective outside
        # a sponsor: a noun and its definite complement after "رعاية مع"
        ("ووقع النادي عقد رعاية مع طيران الجزيرة لموسمين", ["طيران الجزيرة"]),
    ],
)
def test_sport_bodies(text: str, names: list[str]) -> None:
    assert _orgs(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "ووصل فريق أممي إلى غزة، فيما عمل فريق طبي في المستشفى",  # kinds of team
        "وأرسلت تركيا فريق إنقاذ، وشكل فريق تحقيق مشترك، ووصل فريق إيطالي",
        "وأرسلت الدولة فريق مصر للإنقاذ إلى المنطقة",  # a country's rescue team, no club
        "وفرض الاتحاد الأوروبي للسيارات الكهربائية رسوما",  # the EU "on cars"
        "ودعم الاتحاد الأوروبي للاجئين مستمر",
        "وافتتحت قناة دبي المائية",  # a canal
        "ونشرت صحيفة الحزب الحاكم مقالا، وتعرضت صحيفة الجيش لانتقادات",  # whose paper
        "ووقع البنك اتفاقية رعاية مع شركة أرامكو",  # a firm's cue: `arabic_bodies`
    ],
)
def test_no_sport_body(text: str) -> None:
    assert _orgs(text) == []


def test_a_team_holds_the_place_it_is_named_by() -> None:
    found = extract_entities_from_text("وحل سائق فريق مانيلا ريسينغ ثانيا.", "ar")
    assert [(m.text, m.type) for m in found] == [("مانيلا ريسينغ", "ORG")]


def test_a_body_named_by_its_city_keeps_it() -> None:
    found = extract_entities_from_text("بدعم من مجلس دبي الرياضي.", "ar")
    assert [(m.text, m.type) for m in found] == [("مجلس دبي الرياضي", "ORG")]
