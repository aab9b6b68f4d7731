"""A pass's span in place of the models' mentions inside it (ner/claimed_spans.py). Sentences
written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans


def test_a_span_replaces_the_mentions_inside_and_gives_way_to_a_longer_name() -> None:
    text = "Am Alten Markt und im Alten Markt Center."
    found = [mention(text, "Alten", "PER"), mention(text, "Alten Markt Center", "ORG")]
    second = text.index("Alten Markt Center")
    got = claimed_spans(text, found, [(3, 14), (second, second + 11)], "LOC", "test", 0.8)
    assert spans(got) == [("Alten Markt", "LOC"), ("Alten Markt Center", "ORG")]


def test_a_pass_may_say_what_blocks_it_and_nothing_taken_leaves_the_list_as_it_was() -> None:
    text = "Firth of Lorn to Oban."
    found = [mention(text, "Firth of Lorn to Oban", "MISC")]

    def only_names(m: Mention, start: int, end: int) -> bool:
        return m.type != "MISC"

    assert spans(claimed_spans(text, found, [(0, 13)], "LOC", "test", 0.8, only_names)) == [("Firth of Lorn", "LOC")]
    assert claimed_spans(text, found, [(0, 13)], "LOC", "test", 0.8) is found
