"""German ski-lift news: passes, village ranges, rivers, peaks,
lifts' kind nouns and titles cut off a person (ner/german_lifts.py).  Sentences written for the
tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.german_lifts import german_lifts


def test_a_rare_pass_after_its_preposition_is_a_place() -> None:
    text = "Gäste fahren über den Fernpass nach Reutte."
    assert spans(german_lifts(text, [], "de")) == [("Fernpass", "LOC")]


def test_a_frequent_word_on_pass_is_no_pass() -> None:
    text = "Er zeigte am Reisepass sein Foto."
    assert spans(german_lifts(text, [], "de")) == []


def test_rare_words_in_a_range_are_places_weekdays_are_not() -> None:
    text = "Die Busse fahren von Unterjoch bis Schattwald, aber nur von Montag bis Freitag."
    assert spans(german_lifts(text, [], "de")) == [("Unterjoch", "LOC"), ("Schattwald", "LOC")]


def test_a_rare_name_above_or_along_is_a_place_a_common_one_is_not() -> None:
    text = "Die Hütte steht oberhalb der Breitach, eine zweite oberhalb der Stadt."
    assert spans(german_lifts(text, [], "de")) == [("Breitach", "LOC")]


def test_a_peak_beside_a_tagged_place_is_a_place() -> None:
    text = "Die Betreiber in Oberstdorf und am Söllereck warten ab."
    found = [mention(text, "Oberstdorf", "LOC")]
    assert spans(german_lifts(text, found, "de")) == [("Oberstdorf", "LOC"), ("Söllereck", "LOC")]


def test_no_peak_without_a_tagged_place_before_it() -> None:
    text = "Die Betreiber in Zukunft und am Söllereck warten ab."
    assert spans(german_lifts(text, [], "de")) == []


def test_a_name_ending_on_a_mountain_word_is_a_place() -> None:
    text = "Die Bahn am Riedberger Horn und die Firma Horn & Partner bauen."
    found = [mention(text, "Riedberger Horn", "ORG"), mention(text, "Horn & Partner", "ORG")]
    assert spans(german_lifts(text, found, "de")) == [("Riedberger Horn", "LOC"), ("Horn & Partner", "ORG")]


def test_a_lift_kind_noun_names_nothing_a_named_lift_stays() -> None:
    text = "Neue Seilbahn geplant: die Vierersesselbahn ersetzt die Fellhornsesselbahn."
    found = [
        mention(text, "Neue Seilbahn", "ORG"),
        mention(text, "Vierersesselbahn", "ORG"),
        mention(text, "Fellhornsesselbahn", "ORG"),
    ]
    assert spans(german_lifts(text, found, "de")) == [("Fellhornsesselbahn", "ORG")]


def test_a_title_run_into_a_name_typed_a_body_is_cut_off() -> None:
    text = "Landrätin Maria Kögl und die Bürgermeister Runde trafen sich."
    found = [mention(text, "Landrätin Maria Kögl", "ORG"), mention(text, "Bürgermeister Runde", "ORG")]
    assert spans(german_lifts(text, found, "de")) == [("Maria Kögl", "PER"), ("Bürgermeister Runde", "ORG")]
