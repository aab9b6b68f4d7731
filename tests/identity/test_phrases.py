"""Multi-word Cyrillic names of organisations and places in the nominative (pymorphy3, real)."""

from __future__ import annotations

import pytest

from storywire.identity.names import clean_surface
from storywire.identity.phrases import recase


@pytest.mark.parametrize(
    ("surface", "language", "nominative"),
    [
        ("Верховної Ради", "uk", "Верховна Рада"),
        ("Ради безпеки", "uk", "Рада безпеки"),
        ("Міністерства закордонних справ", "uk", "Міністерство закордонних справ"),
        ("Збройних сил України", "uk", "Збройні сили України"),
        ("Сполучених Штатів", "uk", "Сполучені Штати"),
        ("Білого дому", "uk", "Білий дім"),
        ("Військово-промислової комісії", "uk", "Військово-промислова комісія"),
        ("Комуністичної партії Китаю", "uk", "Комуністична партія Китаю"),
        ("МЗС України", "uk", "МЗС України"),
        ("збірною Англії", "uk", "збірна Англії"),
        ("Сборную России", "ru", "Сборная России"),
        ("Государственной думы", "ru", "Государственная дума"),
        ("Министерства иностранных дел России", "ru", "Министерство иностранных дел России"),
    ],
)
def test_only_the_head_and_its_adjectives_inflect(surface: str, language: str, nominative: str) -> None:
    assert clean_surface(surface, language, "ORG") == nominative


def test_people_keep_their_own_lemmatiser() -> None:
    assert clean_surface("Володимира Зеленського", "uk", "PER") == "Володимир Зеленський"


def test_capitals_follow_the_original_across_hyphens() -> None:
    assert recase("нью-йорк", "Нью-Йорка") == "Нью-Йорк"
    assert recase("військово-промислова", "Військово-промислової") == "Військово-промислова"
    assert recase("рада", "Ради") == "Рада"
