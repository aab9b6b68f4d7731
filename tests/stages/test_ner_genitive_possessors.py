"""German possessors in the -s genitive, cut from the noun they own (ner/genitive_possessors.py)."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.genitive_possessors import split_possessors


def test_a_known_person_or_major_place_owning_a_common_noun_is_cut_to_the_possessor() -> None:
    text = "Sergei Schoigu reiste ab. Schoigus Besuch schwächte Moskaus Position und Europas Verteidigung."
    found = [
        mention(text, "Sergei Schoigu", "PER"),
        mention(text, "Schoigus Besuch", "PER"),
        mention(text, "Moskaus Position", "PER"),
        mention(text, "Europas Verteidigung", "ORG"),
    ]
    assert spans(split_possessors(found, "de")) == [
        ("Sergei Schoigu", "PER"),
        ("Schoigus", "PER"),
        ("Moskaus", "LOC"),
        ("Europas", "LOC"),
    ]


def test_names_that_only_look_like_possessors_stay_whole() -> None:
    # "Lars" is no known person's or major place's genitive; "Thomas Müller": "Thoma" is
    # unknown; "Klaus Schwab" with a "Klau" nowhere; "Putins Kreml" owns a name, not a noun.
    text = "Lars Klingbeil, Thomas Müller, Klaus Schwab und Wladimir Putin. Putins Kreml."
    found = [
        mention(text, "Lars Klingbeil", "PER"),
        mention(text, "Thomas Müller", "PER"),
        mention(text, "Klaus Schwab", "PER"),
        mention(text, "Wladimir Putin", "PER"),
        mention(text, "Putins Kreml", "ORG"),
        mention(text, "Kreml", "ORG"),
    ]
    assert spans(split_possessors(found, "de")) == [(m.text, m.type) for m in found]


def test_only_german() -> None:
    text = "Moskaus Position"
    found = [mention(text, "Moskaus Position", "PER")]
    assert spans(split_possessors(found, "nl")) == [("Moskaus Position", "PER")]


def test_an_untagged_major_place_in_the_genitive_is_added() -> None:
    from storywire.stages.ner.genitive_possessors import genitive_places

    text = "Er lobte die Bemühungen Moskaus und Chinas Rolle, nicht die des Klaus Schwab."
    found = [mention(text, "Chinas", "LOC"), mention(text, "Klaus Schwab", "PER")]
    assert spans(genitive_places(text, found, "de")) == [
        ("Moskaus", "LOC"),
        ("Chinas", "LOC"),
        ("Klaus Schwab", "PER"),  # "Klau" is no place; a tagged span is left as it is
    ]
    assert genitive_places(text, [], "nl") == []


def test_a_towns_genitive_or_adjective_before_a_noun_read_as_a_person() -> None:
    text = "In Fulda sprach Fuldas Oberbürgermeister, dann Fuldaer Pfarrer."
    found = [
        mention(text, "Fulda", "LOC"),
        mention(text, "Fuldas Oberbürgermeister", "PER"),
        mention(text, "Fuldaer Pfarrer", "PER"),
    ]
    assert spans(split_possessors(found, "de")) == [("Fulda", "LOC"), ("Fuldas", "LOC")]
    text = "In Fulda sprach Fuldaer Pfarrer mit Lea Fuldaer."  # a surname of the article's people
    found = [
        mention(text, "Fulda", "LOC"),
        mention(text, "Fuldaer Pfarrer", "PER"),
        mention(text, "Lea Fuldaer", "PER"),
    ]
    assert len(split_possessors(found, "de")) == 3


def test_the_genitive_of_a_surname_the_article_gives_in_full_is_the_person() -> None:
    from storywire.stages.ner.genitive_possessors import genitive_places

    text = "Die Chefin Ines Lechner trat zurück. Lechners Nachfolger und Roms Bürgermeister schweigen."
    found = [mention(text, "Ines Lechner", "PER")]
    assert spans(genitive_places(text, found, "de")) == [("Ines Lechner", "PER"), ("Lechners", "PER"), ("Roms", "LOC")]


def test_the_genitive_of_a_small_place_the_article_names_is_a_place() -> None:
    from storywire.stages.ner.genitive_possessors import genitive_places

    text = "Die Fähre nach Pellworm fällt aus. Im Westen Pellworms und am Haus des Kreises fehlt Strom."
    found = [mention(text, "Pellworm", "LOC")]
    assert spans(genitive_places(text, found, "de")) == [("Pellworm", "LOC"), ("Pellworms", "LOC")]


def test_a_persons_surname_typed_a_place_once_keeps_its_genitive_a_person() -> None:
    from storywire.stages.ner.genitive_possessors import genitive_places

    text = "Der Maler Jan Grotholt lebte in Kiel; Grotholt malte viel. Grotholts Bilder hängen dort."
    found = [mention(text, "Jan Grotholt", "PER"), mention(text, "Kiel", "LOC"), mention(text, "Grotholt", "LOC", 1)]
    assert spans(genitive_places(text, found, "de"))[-1] == ("Grotholts", "PER")
