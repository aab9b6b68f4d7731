"""Russian and Ukrainian numbered colonies, hostels and state institutions' regional branches
(ner/slavic_prisons.py).  Sentences and names written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.slavic_prisons import slavic_prisons


def test_a_numbered_colony_is_one_place_with_its_adjective_and_number() -> None:
    text = "Його звільнили з Бучанської виправної колонії № 85 у травні. Колонія Бучі мовчить."
    found = [mention(text, "Бучанської", "MISC"), mention(text, "Бучі", "LOC")]
    assert spans(slavic_prisons(text, found, "uk")) == [
        ("Бучанської виправної колонії № 85", "LOC"),
        ("Бучі", "LOC"),
    ]


def test_a_russian_colony_without_adjective_and_a_colony_without_number() -> None:
    text = "Он отбывал срок в исправительной колонии № 7, потом в колонии под Тулой."
    assert spans(slavic_prisons(text, [mention(text, "Тулой", "LOC")], "ru")) == [
        ("исправительной колонии № 7", "LOC"),
        ("Тулой", "LOC"),
    ]


def test_a_hostels_quoted_name_is_a_place_but_a_firms_is_not() -> None:
    text = "Они живут в хостеле «Причал», а работают в ООО «Причал»."
    found = [mention(text, "Причал", "ORG"), mention(text, "ООО «Причал»", "ORG")]
    assert spans(slavic_prisons(text, found, "ru")) == [("Причал", "LOC"), ("ООО «Причал»", "ORG")]


def test_a_state_institutions_branch_with_its_region_is_one_body() -> None:
    text = "Філія Державної установи «Центр пробації» у Волинській області уклала угоду."
    found = [mention(text, "Філія Державної установи", "MISC"), mention(text, "Волинській області", "LOC")]
    assert spans(slavic_prisons(text, found, "uk")) == [
        ("Філія Державної установи «Центр пробації» у Волинській області", "ORG")
    ]


def test_a_branch_without_its_region_is_left_alone() -> None:
    text = "Філія Державної установи «Центр пробації» уклала угоду."
    found = [mention(text, "Філія Державної установи", "MISC")]
    assert spans(slavic_prisons(text, found, "uk")) == [("Філія Державної установи", "MISC")]
