"""Online clustering: same happening joins, time window separates, ids are stable and order-free."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

import numpy as np

from storywire.ingest.sources import read_inputs
from storywire.model import Article, Mention
from storywire.pipeline import Pipeline
from storywire.stages.cluster import StoryClusterer, story_id_for
from storywire.stages.embed import E5Embedder, HashEmbedder
from storywire.store.memory import MemoryStore


def article(article_id: str, day: date, vector: list[float], entities: list[str], language: str = "en") -> Article:
    unit = np.asarray(vector, dtype=np.float32)
    unit /= np.linalg.norm(unit)
    return Article(
        id=article_id,
        raw="",
        title=f"title {article_id}",
        published=day,
        language=language,
        source=f"source {article_id}",
        embedding=unit.tolist(),
        mentions=[Mention(0, 1, e, "PER", entity_id=e) for e in entities],
    )


VISIT = [1.0, 0.1, 0.0]
NEAR_VISIT = [0.95, 0.15, 0.05]
OTHER = [0.0, 0.2, 1.0]


def test_same_happening_across_languages_is_one_story() -> None:
    clusterer = StoryClusterer()
    first = clusterer.assign(article("fr1", date(2025, 2, 28), VISIT, ["shoigu", "wang", "beijing"], "fr"))
    second = clusterer.assign(article("de1", date(2025, 2, 28), NEAR_VISIT, ["shoigu", "xi", "beijing"], "de"))
    assert first.id == story_id_for("fr1")
    assert second.id == story_id_for("de1")  # anchor: earliest, then smallest id; fr1's id now redirects
    assert second.languages == ["de", "fr"] and sorted(second.articles) == ["de1", "fr1"]
    assert second.titles == {"de": "title de1", "fr": "title fr1"} and second.title_in(["fr"]) == "title fr1"
    assert second.sources == ["source de1", "source fr1"] and second.entities[0] in {"shoigu", "beijing"}
    changes = clusterer.take_changes()
    assert changes.redirects == {story_id_for("fr1"): story_id_for("de1")}


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


def test_shared_actors_alone_do_not_make_one_happening() -> None:
    # the same three people the same day, but leads only as alike as unrelated e5 news (~0.8)
    clusterer = StoryClusterer()
    talks = clusterer.assign(article("t", date(2025, 2, 28), [1.0, 0.0, 0.0], ["shoigu", "wang", "beijing"]))
    parade = clusterer.assign(article("p", date(2025, 2, 28), [1.0, 0.75, 0.0], ["shoigu", "wang", "beijing"]))
    assert talks.id != parade.id


def test_a_bridging_article_merges_two_stories() -> None:
    clusterer = StoryClusterer()
    # e5-like geometry: unrelated news leads still have cosine ~0.8, related ones ~0.95
    left = clusterer.assign(article("a", date(2025, 2, 27), [1.0, 0.5, 0.0], ["x", "y"]))
    right = clusterer.assign(article("b", date(2025, 2, 28), [0.5, 1.0, 0.0], ["z", "w"]))
    assert left.id != right.id
    merged = clusterer.assign(article("c", date(2025, 2, 28), [1.0, 1.0, 0.0], ["x", "y", "z", "w"]))
    assert merged.id == left.id and sorted(merged.articles) == ["a", "b", "c"]
    changes = clusterer.take_changes()
    assert right.id in changes.removed and changes.redirects[right.id] == left.id


def test_story_ids_survive_a_reload() -> None:
    clusterer = StoryClusterer()
    first = article("a", date(2025, 2, 28), VISIT, ["shoigu", "beijing"])
    story = clusterer.assign(first)
    reloaded = StoryClusterer()
    reloaded.load([story], [first])
    later = reloaded.assign(article("b", date(2025, 3, 1), VISIT, ["shoigu", "beijing"]))
    assert later.id == story.id and later.first_published == date(2025, 2, 28)
    assert later.last_published == date(2025, 3, 1)


def memberships(store: MemoryStore) -> dict[str, frozenset[str]]:
    return {story.id: frozenset(story.articles) for story in store.iter_stories()}


def test_ids_do_not_depend_on_ingest_order_or_batching(demo: Path) -> None:
    items = list(read_inputs([str(demo)]))
    results = []
    for seed, batch in ((None, 32), (1, 7), (2, 50)):
        ordered = list(items)
        if seed is not None:
            random.Random(seed).shuffle(ordered)
        store = MemoryStore()
        Pipeline(store, HashEmbedder(), batch_size=batch).ingest(ordered)
        results.append(memberships(store))
    assert results[0] == results[1] == results[2]


def test_seed_stories_and_storyline(seeds: Path) -> None:
    store = MemoryStore()
    Pipeline(store, E5Embedder()).ingest(read_inputs([str(seeds)], meta_file=seeds / "meta.jsonl"))
    story_of = {Path(a.origin).name[:3]: a.story_id for a in store.iter_articles()}
    assert story_of["000"] == story_of["003"]
    assert len({story_of["000"], story_of["001"], story_of["002"], story_of["004"]}) == 4
    line = {key: store.get_story(story_id).storyline_id for key, story_id in story_of.items()}  # type: ignore[union-attr]
    assert line["000"] is not None and line["000"] == line["002"] == line["003"]
    assert line["004"] != line["000"]


def test_learned_link_model_only_for_the_encoder_it_was_fitted_on() -> None:
    from storywire.stages.cluster import LINK_ENCODER
    from storywire.stages.embed import HashEmbedder

    assert StoryClusterer(encoder=LINK_ENCODER).link_model is not None
    assert StoryClusterer().link_model is not None
    assert StoryClusterer(encoder=HashEmbedder().name).link_model is None


def chain_memberships(order: list[int]) -> set[frozenset[str]]:
    # twelve daily reports, each sharing an actor only with the day before and the day after
    def shared_actor(va, ea, vb, eb) -> float:  # type: ignore[no-untyped-def]
        return 1.0 if ea & eb else 0.0

    clusterer = StoryClusterer(score=shared_actor)
    for day in order:
        clusterer.assign(article(f"d{day:02d}", date(2011, 2, 1 + day), VISIT, [f"k{day}", f"k{day + 1}"]))
    return {frozenset(story.articles) for story in clusterer.stories.values()}


def test_a_chain_of_daily_reports_is_cut_into_happenings_in_any_order() -> None:
    forward = chain_memberships(list(range(12)))
    assert len(forward) >= 3 and sum(len(s) for s in forward) == 12
    for story in forward:
        days = sorted(int(a[1:]) for a in story)
        assert days == list(range(days[0], days[-1] + 1)) and days[-1] - days[0] <= 4
    for seed in (1, 2, 3):
        shuffled = list(range(12))
        random.Random(seed).shuffle(shuffled)
        assert chain_memberships(shuffled) == forward
    assert chain_memberships(list(reversed(range(12)))) == forward


def test_a_split_redirects_nothing_that_survives() -> None:
    clusterer = StoryClusterer(score=lambda va, ea, vb, eb: 1.0 if ea & eb else 0.0)
    for day in range(6):
        clusterer.assign(article(f"d{day}", date(2011, 2, 1 + day), VISIT, [f"k{day}", f"k{day + 1}"]))
    changes = clusterer.take_changes()
    assert set(changes.stories) == set(clusterer.stories)
    assert not set(changes.redirects) & set(clusterer.stories)
    assert all(target in clusterer.stories for target in changes.redirects.values())


def test_a_reloaded_group_is_re_cut_as_one() -> None:
    # the stories cut from one linked group are re-clustered together after a reload too:
    # the same memberships as without the reload
    def shared_actor(va, ea, vb, eb) -> float:  # type: ignore[no-untyped-def]
        return 1.0 if ea & eb else 0.0

    reports = [article(f"d{day:02d}", date(2011, 2, 1 + day), VISIT, [f"k{day}", f"k{day + 1}"]) for day in range(12)]
    first = StoryClusterer(score=shared_actor)
    for report in reports[:8]:
        first.assign(report)
    assert len({story.group for story in first.stories.values()}) == 1
    by_id = {report.id: report for report in reports}
    for story in first.stories.values():
        for member in story.articles:  # as the store keeps it
            by_id[member].story_id = story.id
    reloaded = StoryClusterer(score=shared_actor)
    reloaded.load(list(first.stories.values()), reports[:8])
    for report in reversed(reports[8:]):
        reloaded.assign(report)
    assert {frozenset(s.articles) for s in reloaded.stories.values()} == chain_memberships(list(range(12)))


def test_a_group_too_big_to_re_cluster_is_joined_where_the_links_are_strongest(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import storywire.stages.cluster as cluster

    clusterer = StoryClusterer(score=lambda va, ea, vb, eb: 1.0 if ea & eb else 0.0)
    for day in range(12):
        clusterer.assign(article(f"d{day:02d}", date(2011, 2, 1 + day), VISIT, [f"k{day}", f"k{day + 1}"]))
    before = {frozenset(s.articles) for s in clusterer.stories.values()}
    monkeypatch.setattr(cluster, "MAX_RECLUSTER", 5)
    late = clusterer.assign(article("late", date(2011, 2, 12), VISIT, ["k11", "k12"]))
    # the stories stay as they were; the new report joins the one holding d11 (its only link)
    assert "d11" in late.articles
    after = {frozenset(set(s.articles) - {"late"}) for s in clusterer.stories.values()}
    assert after == before
