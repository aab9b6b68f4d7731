"""Joining two adjacent mentions into one body (ner/adjacent.py). Sentences written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.model import Mention
from storywire.stages.ner.adjacent import joined_bodies


def _slash(last: Mention, m: Mention, between: str) -> bool:
    return between == "/"


def test_an_accepted_pair_is_one_body_and_it_may_take_the_next_one_too() -> None:
    text = "Die Firma Alt/Neu/Mittel und Berg."
    found = [mention(text, "Alt", "PER"), mention(text, "Neu", "PER"), mention(text, "Mittel", "PER")]
    found.append(mention(text, "Berg", "LOC"))
    assert spans(joined_bodies(text, found, _slash, "test")) == [("Alt/Neu/Mittel", "ORG"), ("Berg", "LOC")]
