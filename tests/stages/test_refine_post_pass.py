"""The refinements' pass over a whole text: a person's type lent to spans sharing a word,
titled names retyped, inflected places after prepositions added (`refine_post_pass.py`)."""

from __future__ import annotations

from storywire.model import Mention
from storywire.stages.ner.refine import refine


def test_title_before_span_makes_a_person_and_places_are_filled() -> None:
    text = "Spotkał się z ministrem Siergiejem Szojgu w Pekinie."
    start = text.index("Siergiejem")
    m = Mention(start, start + len("Siergiejem Szojgu"), "Siergiejem Szojgu", "ORG", model="test")
    got = {(x.text, x.type) for x in refine(text, [m], "pl")}
    assert got == {("Siergiejem Szojgu", "PER"), ("Pekinie", "LOC")}


def test_person_elsewhere_lends_its_type() -> None:
    text = "Wang Yi met Shoigu. Later Wang said so."
    a, b = text.index("Wang Yi"), text.index("Wang said")
    ms = [Mention(a, a + 7, "Wang Yi", "ORG", model="t"), Mention(b, b + 4, "Wang", "PER", model="t")]
    assert {(x.text, x.type) for x in refine(text, ms, "en")} == {("Wang Yi", "PER"), ("Wang", "PER")}
