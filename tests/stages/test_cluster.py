"""Online clustering: same happening joins, time window separates, ids never move."""

from __future__ import annotations

from datetime import date

import numpy as np

from storywire.model import Article, Mention
from storywire.stages.cluster import StoryClusterer, story_id_for


def article(article_id: str, day: date, vector: list[float], entities: list[str], language: str = "en") -> Article:
    unit = np.asarray(vector, dtype=np.float32)
    unit /= np.linalg.norm(unit)
    return Article(
        id=article_id,
        raw="",
        title=article_id,
        published=day,
        language=language,
        embedding=unit.tolist(),
        mentions=[Mention(0, 1, e, "PER", entity_id=e) for e in entities],
    )


VISIT = [1.0, 0.1, 0.0]
OTHER = [0.0, 0.2, 1.0]


def test_same_happening_across_languages_is_one_story() -> None:
    clusterer = StoryClusterer()
    first = clusterer.assign(article("fr1", date(2025, 2, 28), VISIT, ["shoigu", "wang", "beijing"], "fr"))
    second = clusterer.assign(article("de1", date(2025, 2, 28), [0.95, 0.15, 0.05], ["shoigu", "xi", "beijing"], "de"))
    assert first.id == second.id == story_id_for("fr1")
    assert second.languages == ["de", "fr"] and second.articles == ["fr1", "de1"]


def test_same_actors_months_apart_stay_apart() -> None:
    clusterer = StoryClusterer()
    november = clusterer.assign(article("n", date(2024, 11, 12), VISIT, ["shoigu", "wang", "beijing"]))
    february = clusterer.assign(article("f", date(2025, 2, 28), VISIT, ["shoigu", "wang", "beijing"]))
    assert november.id != february.id


def test_unrelated_article_founds_a_story() -> None:
    clusterer = StoryClusterer()
    visit = clusterer.assign(article("v", date(2025, 2, 28), VISIT, ["shoigu"]))
    quake = clusterer.assign(article("q", date(2025, 2, 28), OTHER, ["malatya"]))
    assert visit.id != quake.id


def test_story_ids_survive_a_reload() -> None:
    clusterer = StoryClusterer()
    first = article("a", date(2025, 2, 28), VISIT, ["shoigu", "beijing"])
    story = clusterer.assign(first)
    reloaded = StoryClusterer()
    reloaded.load([story], [first])
    later = reloaded.assign(article("b", date(2025, 3, 1), VISIT, ["shoigu", "beijing"]))
    assert later.id == story.id and later.first_published == date(2025, 2, 28)
    assert later.last_published == date(2025, 3, 1)
