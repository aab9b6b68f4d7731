"""Polish newspapers told something (ner/polish_press.py).  Sentences and names written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.polish_press import polish_press


def test_a_paper_told_something_is_an_organisation_without_its_quotes() -> None:
    text = "– Nie wiem – powiedział „Kurierowi Lubelskiemu” sołtys, a wójt przekazał „Tygodnikom” oświadczenie."
    found = [mention(text, "Kurierowi Lubelskiemu", "PER"), mention(text, "Tygodnikom", "LOC")]
    assert spans(polish_press(text, found, "pl")) == [("Kurierowi Lubelskiemu", "ORG"), ("Tygodnikom", "ORG")]


def test_a_quoted_utterance_after_a_verb_of_saying_is_no_paper() -> None:
    text = "Trener powiedział „Świetnie”, a kapitan powiedział „Jestem w szoku” i wyszedł."
    assert polish_press(text, [], "pl") == []
    # other languages are left
    assert polish_press("Он сказал „Новинам”.", [], "ru") == []


def test_a_plural_paper_in_the_instrumental_after_an_interview_is_the_paper() -> None:
    text = "Prezes w rozmowie z „Wiadomościami” przyznał, że w rozmowie z „nami” nie kłamał."
    found = [mention(text, "Wiadomościami", "LOC")]
    assert spans(polish_press(text, found, "pl")) == [("Wiadomościami", "ORG")]
