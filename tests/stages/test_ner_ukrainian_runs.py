"""Ukrainian runs over a region and a body, or a body and a person, are cut; a club keeps its members."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.ukrainian_runs import ukrainian_runs


def test_a_colloquial_region_before_a_body_is_cut_off() -> None:
    text = "На Полтавщині Укрзалізниця скасувала два потяги."
    found = [mention(text, "Полтавщині Укрзалізниця", "ORG")]
    assert spans(ukrainian_runs(text, found, "uk")) == [("Полтавщині", "LOC"), ("Укрзалізниця", "ORG")]


def test_a_body_without_a_region_first_stays_whole() -> None:
    text = "Компанія Київ Медіа Груп звітувала."
    found = [mention(text, "Київ Медіа Груп", "ORG")]
    assert spans(ukrainian_runs(text, found, "uk")) == [("Київ Медіа Груп", "ORG")]


def test_a_person_in_the_nominative_after_a_body_is_cut_off() -> None:
    text = "Про це сказала речниця Нафтогазу Ірина Коваленко."
    found = [mention(text, "Нафтогазу Ірина Коваленко", "ORG")]
    assert spans(ukrainian_runs(text, found, "uk")) == [("Нафтогазу", "ORG"), ("Ірина Коваленко", "PER")]


def test_a_body_named_after_a_person_in_the_genitive_stays_whole() -> None:
    text = "Гроші надав Благодійний фонд Ріната Ахметова."
    found = [mention(text, "Благодійний фонд Ріната Ахметова", "ORG")]
    assert spans(ukrainian_runs(text, found, "uk")) == [("Благодійний фонд Ріната Ахметова", "ORG")]


def test_a_club_takes_its_members_word() -> None:
    text = "Виставку підготували члени Вінницького клубу нумізматів."
    found = [mention(text, "Вінницького клубу", "MISC")]
    assert spans(ukrainian_runs(text, found, "uk")) == [("Вінницького клубу нумізматів", "ORG")]
    # a lower-case club is no name
    text = "Члени шкільного клубу шахістів грали."
    assert spans(ukrainian_runs(text, [mention(text, "Члени", "PER")], "uk")) == [("Члени", "PER")]


def test_a_body_named_after_a_person_with_imeni_stays_whole() -> None:
    text = "Концерт дали студенти Одеської академії імені Антоніни Нежданової."
    found = [mention(text, "Одеської академії імені Антоніни Нежданової", "ORG")]
    assert spans(ukrainian_runs(text, found, "uk")) == [("Одеської академії імені Антоніни Нежданової", "ORG")]
