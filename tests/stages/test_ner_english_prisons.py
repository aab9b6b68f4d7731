"""English prisons: "HMP X" a place whole, its bare name a place where people are held and a body
where it acts, a named wing a place, desk titles and portfolios no bodies."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.english_prisons import english_prisons


def test_a_prison_by_hmp_is_a_place_and_its_bare_name_is_typed_by_what_it_does() -> None:
    text = "Riots at HMP Greystone Moor spread. Greystone is failing, and men released from Greystone slept rough."
    found = [mention(text, "HMP", "ORG"), mention(text, "Greystone", "ORG", 1), mention(text, "Greystone", "ORG", 2)]
    assert spans(english_prisons(text, found, "en")) == [
        ("HMP Greystone Moor", "LOC"),
        ("Greystone", "ORG"),
        ("Greystone", "ORG"),
    ]
    text = (
        "Riots at HMP Greystone spread. Greystone's governor quit, and men released from Greystone had nowhere to go."
    )
    found = [mention(text, "HMP", "ORG"), mention(text, "Greystone", "ORG", 2)]
    out = english_prisons(text, found, "en")
    assert spans(out) == [("HMP Greystone", "LOC"), ("Greystone", "ORG"), ("Greystone", "LOC")]
    assert out[1].model == "acting-site"


def test_a_wing_after_its_kind_word_is_a_place() -> None:
    text = "Money will repair the oldest wing, Keel House, by May; Chatham House said so."
    found = [mention(text, "Keel House", "ORG"), mention(text, "Chatham House", "ORG")]
    assert spans(english_prisons(text, found, "en")) == [("Keel House", "LOC"), ("Chatham House", "ORG")]


def test_desk_titles_and_portfolios_are_no_bodies() -> None:
    text = "By Ann Lee, Crime Correspondent. The Health Secretary met the UN Secretary-General and Justice Now."
    found = [
        mention(text, "Crime Correspondent", "ORG"),
        mention(text, "Health", "ORG"),
        mention(text, "UN", "ORG"),
        mention(text, "Justice Now", "ORG"),
    ]
    assert spans(english_prisons(text, found, "en")) == [("UN", "ORG"), ("Justice Now", "ORG")]


def test_no_hmp_leaves_a_bare_name_alone() -> None:
    text = "Greystone said profits rose."
    found = [mention(text, "Greystone", "ORG")]
    assert spans(english_prisons(text, found, "en")) == [("Greystone", "ORG")]
