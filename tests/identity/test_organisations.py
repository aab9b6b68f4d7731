"""International organisations: one identity for their names in every language."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from storywire.identity.organisations import ORG_NAMES
from storywire.stages.entities import extract_entities_from_text

OrgNames = Callable[[dict[str, str]], dict[str, set[str]]]  # the `organisation_names` fixture

# Sentences written for this test: the WHO and the IMF meet in Geneva, in ten languages.
MEETING = {
    "en": "The World Health Organization and the IMF met in Geneva on Monday.",
    "fr": "L'OMS et le FMI se sont réunis à Genève lundi.",
    "de": "Die Weltgesundheitsorganisation und der Internationale Währungsfonds trafen sich in Genf.",
    "ru": "Представители Всемирной организации здравоохранения и МВФ встретились в Женеве.",
    "uk": "Представники ВООЗ та Міжнародного валютного фонду зустрілися в Женеві.",
    "zh": "世界卫生组织和国际货币基金组织周一在日内瓦举行会议。",
    "ar": "اجتمعت منظمة الصحة العالمية وصندوق النقد الدولي في القاهرة يوم الاثنين.",
    "es": "La OMS y el Fondo Monetario Internacional se reunieron en Ginebra.",
    "it": "L'Organizzazione mondiale della sanità e il Fondo monetario internazionale si sono riuniti a Ginevra.",
    "pl": "Przedstawiciele Światowej Organizacji Zdrowia i Międzynarodowego Funduszu Walutowego spotkali się "
    "w Genewie.",
}


def test_organisations_link_to_one_identity_in_ten_languages(organisation_names: OrgNames) -> None:
    for language, names in organisation_names(MEETING).items():
        assert names == {"World Health Organization", "International Monetary Fund"}, (language, names)


def test_an_organisation_a_model_typed_otherwise_or_missed_is_found() -> None:
    assert ("OMS", "ORG") in {(m.text, m.type) for m in extract_entities_from_text(MEETING["es"], "es")}
    got = {(m.text, m.type) for m in extract_entities_from_text(MEETING["de"], "de")}
    assert ("Weltgesundheitsorganisation", "ORG") in got


def test_a_meeting_held_in_a_chinese_city_is_no_organisation() -> None:
    got = {(m.text, m.type) for m in extract_entities_from_text(MEETING["zh"], "zh")}
    assert ("日内瓦", "LOC") in got and not any(text.endswith("会议") for text, _ in got)


@pytest.mark.parametrize("canonical", sorted(set(ORG_NAMES.values())))
def test_every_organisation_is_its_own_name(canonical: str) -> None:
    # the canonical name is one of its surfaces (a display name the linker can look up again)
    assert ORG_NAMES.get(canonical) == canonical


# Sentences written for this test: a movement, an armed group and a news agency, the kinds a
# tagger trained on Wikipedia reads as people ("Hermanos Musulmanes", "Fratelli Musulmani").
STATEMENT = {
    "en": "The Muslim Brotherhood and Hamas issued a statement, Reuters reported.",
    "fr": "Les Frères musulmans et le Hamas ont publié un communiqué, selon Reuters.",
    "de": "Die Muslimbruderschaft und die Hamas veröffentlichten eine Erklärung, berichtete Reuters.",
    "es": "Los Hermanos Musulmanes y Hamás emitieron un comunicado, informó Reuters.",
    "it": "I Fratelli Musulmani e Hamas hanno diffuso un comunicato, riferisce Reuters.",
    "pl": "Bractwo Muzułmańskie i Hamas wydały oświadczenie, podała agencja Reutera.",
    "ru": "Братья-мусульмане и ХАМАС выступили с заявлением, сообщает Рейтер.",
    "uk": "Брати-мусульмани та ХАМАС виступили із заявою, повідомляє Рейтер.",
    "zh": "穆斯林兄弟会和哈马斯发表声明。据路透社报道。",
    "ar": "أصدرت جماعة الإخوان المسلمين وحركة حماس بيانا، بحسب وكالة رويترز.",
}


def test_movements_and_agencies_are_one_organisation_in_ten_languages(organisation_names: OrgNames) -> None:
    for language, names in organisation_names(STATEMENT).items():
        assert names == {"Muslim Brotherhood", "Hamas", "Reuters"}, (language, names)


def test_a_name_with_its_article_takes_the_organisation_type() -> None:
    # spaCy types "Les Frères musulmans" MISC; the name after the article is an organisation
    got = {(m.text, m.type) for m in extract_entities_from_text(STATEMENT["fr"], "fr")}
    assert ("Les Frères musulmans", "ORG") in got
