"""Arabic regional producers' news (`arabic_apiary`): associations with their seat behind
"بمنطقة"/"بمحافظة", regional municipalities "أمانة منطقة X", firms up to "المحدودة", forests
by a rare name, roads named after a ruler.

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
    ("text", "entity"),
    [
        # an association keeps its seat behind "بمنطقة" / "بمحافظة"
        (
            "ودعت جمعية المزارعين التعاونية بمنطقة القصيم إلى دعم صغار المنتجين.",
            ("جمعية المزارعين التعاونية بمنطقة القصيم", "ORG"),
        ),
        (
            "وقال رئيس جمعية الصيادين بمحافظة ظفار إن الموسم كان جيدا.",
            ("جمعية الصيادين بمحافظة ظفار", "ORG"),
        ),
        # a regional municipality with its region
        ("ونفذت أمانة منطقة القصيم حملة على المطاعم أمس.", ("أمانة منطقة القصيم", "ORG")),
        ("وأعلنت أمانة محافظة جدة إغلاق الطريق.", ("أمانة محافظة جدة", "ORG")),
        # a firm up to its legal form, "شركة" out
        ("وقالت شركة نخيل الواحة للتمور المحدودة إن صادراتها ارتفعت.", ("نخيل الواحة للتمور المحدودة", "ORG")),
        # a forest by a rare name keeps its kind word
        ("ونظم المتطوعون حملة تشجير حول غابة الفرعاء أمس.", ("غابة الفرعاء", "LOC")),
        # a road named after a ruler, whole
        ("وأغلقت الشرطة طريق الملك عبدالعزيز بسبب الأمطار.", ("طريق الملك عبدالعزيز", "LOC")),
        ("ويمتد المشروع على طريق الأمير محمد بن سلمان شمال المدينة.", ("طريق الأمير محمد بن سلمان", "LOC")),
    ],
)
def test_found(text: str, entity: tuple[str, str]) -> None:
    assert entity in _found(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the seat read inside the association is no place of its own
        ("ودعت جمعية المزارعين التعاونية بمنطقة القصيم إلى الدعم.", "القصيم"),
        # "شركة" before a common word and no legal form: nothing read up to a later "المحدودة"
        ("وقالت شركة النور إن الموارد المحدودة لا تكفي.", "النور إن الموارد المحدودة"),
        # a forest of a kind, no name
        ("وتعيش هذه الطيور في غابة كثيفة قرب النهر.", "غابة كثيفة"),
        ("وتعيش هذه القرود في غابة استوائية قرب النهر.", "غابة استوائية"),
        # a road of a common word is no name
        ("وأكد الوزير أن طريق العودة طويل.", "طريق العودة"),
        # the king inside the road's name is no person
        ("وأغلقت الشرطة طريق الملك عبدالعزيز بسبب الأمطار.", "عبدالعزيز"),
    ],
)
def test_not_found(text: str, absent: str) -> None:
    assert absent not in [t for t, _ in _found(text)]


def test_towns_listed_after_a_plural_of_places() -> None:
    # `arabic_lists`: "في أسواق X وY" opens a list as a preposition does
    found = _found("وضبطت الفرق بضائع مغشوشة في أسواق النماص والمجاردة أمس.")
    assert ("المجاردة", "LOC") in found


def test_a_past_verb_after_a_list_of_countries_is_no_town() -> None:
    found = _found("وقالت الهيئة إن الشحنة وصلت من كينيا وإثيوبيا وأعيدت تعبئتها.")
    assert "أعيدت" not in [t for t, _ in found]


def test_outlet_after_a_speaker_with_nasab() -> None:
    # `arabic_press`: "بن" lengthens the speaker's name between the verb and "لـ"
    found = _found('وقال رئيس النادي خالد بن محمد العتيبي لـ"الوطن" إن الفريق جاهز.')
    assert ("الوطن", "ORG") in found


def test_a_seat_inside_an_association_is_the_place_again_alone() -> None:
    # `arabic_communes.repeated_towns`: the region a body holds after "بمنطقة" is the place
    # where the article names it again alone
    text = "مزارعو الجوف يطالبون بالدعم\n\nودعت جمعية المزارعين بمنطقة الجوف إلى الدعم."
    start = text.index("جمعية")
    end = text.index(" إلى")
    body = Mention(start, end, text[start:end], "ORG", model="rules:ar", confidence=0.6)
    found = [(m.text, m.type) for m in repeated_towns(text, [body])]
    assert ("الجوف", "LOC") in found
    assert len(found) == 2
