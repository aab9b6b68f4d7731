"""Name particles at a name's edges (ner/name_particles.py), through `boundaries.repair`:
"von der" bridged into a surname, a local preposition left alone, "Erdogan de Gaza" split.

Sentences are written for these tests; mentions stand in for what a model returned.
"""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.boundaries import repair


def test_person_ending_in_a_particle_runs_on_to_the_surname() -> None:
    text = "Yesterday Hans von der Heide opened the fair."
    got = repair(text, [mention(text, "Hans von", "PER"), mention(text, "Heide", "LOC")], "en")
    assert spans(got) == [("Hans von der Heide", "PER")]


def test_particles_alone_open_a_foreign_surname_or_are_dropped() -> None:
    text = "Later van den Broek spoke, and so did the minister."
    assert spans(repair(text, [mention(text, "van den", "PER")], "en")) == [("van den Broek", "PER")]
    text = "The painting went from van der to nowhere."
    assert repair(text, [mention(text, "van der", "PER")], "en") == []


def test_foreign_particles_before_a_surname_join_it() -> None:
    text = "The report was signed by von Weizsäcker."
    assert spans(repair(text, [mention(text, "Weizsäcker", "PER")], "en")) == [("von Weizsäcker", "PER")]


def test_trailing_particle_with_nothing_after_it_is_trimmed() -> None:
    text = "They thanked Maria de for the help."
    assert spans(repair(text, [mention(text, "Maria de", "PER")], "en")) == [("Maria", "PER")]


def test_local_preposition_after_a_surname_is_not_bridged() -> None:
    text = "Olaf Lindner sprach. Kritik an Lindner von der Polizei blieb aus."
    got = repair(text, [mention(text, "Olaf Lindner", "PER"), mention(text, "Lindner", "PER", 1)], "de")
    assert spans(got) == [("Olaf Lindner", "PER"), ("Lindner", "PER")]
    text = "Hilfe kam für Anna von der Regierung und von der SPD."
    assert spans(repair(text, [mention(text, "Anna", "PER")], "de")) == [("Anna", "PER")]


def test_lone_first_name_before_a_particle_surname_in_german() -> None:
    text = "Am Abend sprach Henriette von der Mühlen in Bonn."
    got = repair(text, [mention(text, "Henriette", "PER"), mention(text, "Bonn", "LOC")], "de")
    assert spans(got) == [("Henriette von der Mühlen", "PER"), ("Bonn", "LOC")]


def test_a_known_person_then_a_particle_and_a_place_are_two_names() -> None:
    text = "Le président Recep Tayyip Erdogan est arrivé. Il a parlé avec Erdogan de Gaza."
    got = repair(text, [mention(text, "Recep Tayyip Erdogan", "PER"), mention(text, "Erdogan de Gaza", "PER")], "fr")
    assert spans(got) == [("Recep Tayyip Erdogan", "PER"), ("Erdogan", "PER"), ("Gaza", "LOC")]
    assert [text[m.start : m.end] for m in got] == ["Recep Tayyip Erdogan", "Erdogan", "Gaza"]


def test_a_name_with_a_particle_and_a_town_stays_whole_without_evidence() -> None:
    text = "Le président Marcelo Rebelo de Sousa a parlé."  # Sousa is also a town
    got = repair(text, [mention(text, "Marcelo Rebelo de Sousa", "PER")], "fr")
    assert spans(got) == [("Marcelo Rebelo de Sousa", "PER")]


def test_a_name_with_particles_the_model_missed_or_read_as_a_place_is_a_person() -> None:
    text = "Der Kanzler traf in Rom die Präsidentin, Henriette von der Mühlen."
    got = repair(text, [mention(text, "Rom", "LOC"), mention(text, "Mühlen", "LOC")], "de")
    assert spans(got) == [("Rom", "LOC"), ("Henriette von der Mühlen", "PER")]
    text = "Henriette von der Mühlen reiste nach Kiew."
    assert spans(repair(text, [mention(text, "Kiew", "LOC")], "de"))[0] == ("Henriette von der Mühlen", "PER")
    text = "Bundespräsident Konrad von Tann hielt eine Rede."
    assert spans(repair(text, [], "de")) == [("Konrad von Tann", "PER")]


def test_a_noun_with_its_of_is_no_person() -> None:
    for text in (
        "Die Rückkehr von der Front dauerte Stunden.",  # a determiner before the noun
        "In der Bundeswehr gibt es das nicht mehr.",  # "der" alone is an article
        "Er verkehrte im Atelier von Pierre Lamont.",  # "von" then a whole name: "of"
        "Das Werk stammt aus der Schleusentreppe von Fonserannes.",  # a long noun
        "Zu Ehren von Friedrich wurde gefeiert.",  # one "von" after no pause or title
    ):
        assert not any(m.type == "PER" and " von " in m.text for m in repair(text, [], "de")), text


def test_a_function_word_before_particles_is_no_given_name() -> None:
    text = "Dann von der Leyen sprach in Brüssel."
    assert not any(m.text.startswith("Dann") for m in repair(text, [], "de"))
