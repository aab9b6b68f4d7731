"""German mountain news: rescue services and sections with their towns, dispatch centres, huts,
peaks with their heights, police units split from their inspection, fields after "im" and
datelines (ner/german_mountains.py).  Sentences written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.german_mountains import german_mountains


def test_a_rescue_service_with_its_town_is_one_body() -> None:
    text = "Die Bergwacht Berchtesgaden und die Ortsstelle Lermoos halfen; die Bergwacht kam spät."
    found = [mention(text, "Berchtesgaden", "LOC"), mention(text, "Lermoos", "LOC")]
    assert spans(german_mountains(text, found, "de")) == [
        ("Bergwacht Berchtesgaden", "ORG"),
        ("Ortsstelle Lermoos", "ORG"),
    ]


def test_a_common_word_after_the_kind_noun_is_no_body() -> None:
    text = "Die Sektion Wandern trifft sich; die Sektion Bayerland des Alpenvereins zahlt."
    assert spans(german_mountains(text, [], "de")) == [("Sektion Bayerland", "ORG")]


def test_a_dispatch_centre_keeps_its_adjective() -> None:
    text = "Der Notruf ging bei der Integrierten Leitstelle Traunstein ein."
    found = [mention(text, "Leitstelle Traunstein", "LOC")]
    assert spans(german_mountains(text, found, "de")) == [("Integrierten Leitstelle Traunstein", "ORG")]


def test_a_named_hut_is_a_place_the_common_noun_is_not() -> None:
    text = "Sie übernachteten in der Knorrhütte, nicht in einer Berghütte oder Almhütte."
    assert spans(german_mountains(text, [], "de")) == [("Knorrhütte", "LOC")]


def test_a_peak_with_its_height_is_a_place_everywhere() -> None:
    text = "Sturm am Watzmann: Zwei Wanderer saßen am Watzmann (2713 Meter) fest. Der Berg ist steil."
    found = [mention(text, "Sturm am Watzmann", "ORG"), mention(text, "Watzmann (2713 Meter)", "ORG")]
    assert spans(german_mountains(text, found, "de")) == [("Watzmann", "LOC"), ("Watzmann", "LOC")]


def test_a_police_unit_and_its_inspection_are_two_bodies() -> None:
    text = "Beamte der Alpinen Einsatzgruppe der Polizeiinspektion Füssen stiegen auf."
    found = [mention(text, "Alpinen Einsatzgruppe der Polizeiinspektion Füssen", "ORG")]
    assert spans(german_mountains(text, found, "de")) == [
        ("Alpinen Einsatzgruppe", "ORG"),
        ("Polizeiinspektion Füssen", "ORG"),
    ]


def test_a_field_after_im_is_a_place_a_person_elsewhere_is_not() -> None:
    text = "Sie steckten im Hohen Kar fest, sagte Bergführer Jonas Lechner."
    found = [mention(text, "Hohen Kar", "PER"), mention(text, "Jonas Lechner", "PER")]
    assert spans(german_mountains(text, found, "de")) == [("Hohen Kar", "LOC"), ("Jonas Lechner", "PER")]


def test_a_trail_named_by_a_towns_adjective_is_a_place_a_manner_is_not() -> None:
    text = "Sie stiegen über den Mindelheimer Klettersteig ab; der Berliner Weg sei falsch."
    assert spans(german_mountains(text, [], "de")) == [("Mindelheimer Klettersteig", "LOC")]


def test_a_dateline_in_capitals_is_a_place() -> None:
    text = "GARMISCH-PARTENKIRCHEN. Die Saison beginnt. Die ADAC Luftrettung fliegt."
    found = [mention(text, "GARMISCH-PARTENKIRCHEN", "ORG"), mention(text, "ADAC Luftrettung", "ORG")]
    assert spans(german_mountains(text, found, "de")) == [
        ("GARMISCH-PARTENKIRCHEN", "LOC"),
        ("ADAC Luftrettung", "ORG"),
    ]


def test_other_languages_are_left_alone() -> None:
    text = "The Bergwacht Berchtesgaden came."
    assert german_mountains(text, [], "en") == []


def test_a_dateline_in_capitals_before_its_dash_is_a_place() -> None:
    text = "Lifte stehen still\n\nGARMISCH-PARTENKIRCHEN – Die Zugspitzbahn fährt wieder."
    assert spans(german_mountains(text, [], "de")) == [("GARMISCH-PARTENKIRCHEN", "LOC")]


def test_capitals_inside_a_sentence_are_no_dateline() -> None:
    text = "Der Verein sagte, der ADAC - Die Kosten seien hoch."
    assert spans(german_mountains(text, [], "de")) == []
