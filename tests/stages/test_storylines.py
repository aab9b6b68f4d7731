from __future__ import annotations

from collections import Counter
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from storywire.model import Story
from storywire.stages.storylines import (
    StorylineConfig,
    actor_profile,
    link_storylines,
    storyline_id_for,
    weighted_jaccard,
)


def story(story_id: str, day: date) -> Story:
    return Story(story_id, [story_id], first_published=day, last_published=day)


def test_shared_leading_actors_chain_stories_months_apart() -> None:
    stories = {
        "s1": story("s1", date(2024, 11, 12)),
        "s2": story("s2", date(2025, 2, 28)),
        "s3": story("s3", date(2022, 12, 30)),
        "s4": story("s4", date(2025, 3, 1)),
    }
    actors = {
        "s1": Counter({"shoigu": 6, "wang": 2, "putin": 1}),
        "s2": Counter({"shoigu": 8, "xi": 4, "putin": 2}),
        "s3": Counter({"xi": 5, "putin": 4, "medvedev": 1}),  # shares two actors, but it is about others
        "s4": Counter({"macron": 3, "scholz": 3}),
    }
    changed = link_storylines(stories, actors)
    assert stories["s1"].storyline_id == stories["s2"].storyline_id == storyline_id_for("s1")
    assert stories["s3"].storyline_id is None and stories["s4"].storyline_id is None
    assert {s.id for s in changed} == {"s1", "s2"}
    assert link_storylines(stories, actors) == []  # nothing moves on a second pass


def test_gap_limit_and_metric() -> None:
    stories = {"a": story("a", date(2020, 1, 1)), "b": story("b", date(2025, 1, 1))}
    actors = {"a": Counter({"x": 1}), "b": Counter({"x": 1})}
    link_storylines(stories, actors, StorylineConfig(max_gap_days=365))
    assert stories["a"].storyline_id is None
    assert weighted_jaccard({"x": 0.5, "y": 0.5}, {"x": 0.5, "z": 0.5}) == 0.5 / 1.5
    assert weighted_jaccard({}, {}) == 0.0


def test_actors_tied_at_the_cut_are_all_kept_whatever_their_order() -> None:
    first = Counter({"shoigu": 5, "wang": 2, "tass": 1, "xi": 1, "lin": 1})
    again = Counter({"xi": 1, "lin": 1, "tass": 1, "wang": 2, "shoigu": 5})
    assert actor_profile(first, 3) == actor_profile(again, 3)
    assert set(actor_profile(first, 3)) == {"shoigu", "wang", "tass", "xi", "lin"}
    assert actor_profile(first, 3)["shoigu"] == 0.5
    assert set(actor_profile(Counter({"a": 3, "b": 2, "c": 1}), 2)) == {"a", "b"}


def test_a_person_weighs_twice_an_organisation_among_a_storys_actors() -> None:
    from storywire.model import Article, Mention
    from storywire.stages.cluster import StoryClusterer

    article = Article(id="a", raw="x", text="x", published=date(2025, 2, 28))
    article.mentions = [
        Mention(0, 1, "Shoigu", "PER", entity_id="ent:shoigu"),
        Mention(2, 3, "Security Council", "ORG", entity_id="ent:council"),
        Mention(4, 5, "Beijing", "LOC", entity_id="ent:beijing"),
    ]
    clusterer = StoryClusterer()
    clusterer._remember(article, "s1")
    assert dict(clusterer.nodes["a"].actors) == {"ent:shoigu": 2, "ent:council": 1}


def test_stories_cut_from_one_linked_group_form_one_storyline() -> None:
    days = [date(2011, 2, d) for d in (1, 9, 17)]
    stories = {f"s{i}": story(f"s{i}", day) for i, day in enumerate(days)}
    for s in stories.values():
        s.group = "s0"
    # no actors in common: only the group links them
    actors = {"s0": Counter({"a": 3}), "s1": Counter({"b": 3}), "s2": Counter({"c": 3})}
    link_storylines(stories, actors)
    assert len({s.storyline_id for s in stories.values()}) == 1 and stories["s0"].storyline_id is not None


def test_a_chain_of_pairwise_links_is_two_storylines_not_one() -> None:
    # A and B share their actors, C and D theirs; B and C share one bridging actor: the two
    # storylines stay apart (connected components had made one of all four)
    days = [date(2011, 1, 25), date(2011, 1, 28), date(2011, 2, 20), date(2011, 2, 24)]
    stories = {f"s{i}": story(f"s{i}", day) for i, day in enumerate(days)}
    actors = {
        "s0": Counter({"mubarak": 4, "suleiman": 2}),
        "s1": Counter({"mubarak": 4, "suleiman": 2, "arab_league": 3}),
        "s2": Counter({"gaddafi": 4, "jalil": 2, "arab_league": 3}),
        "s3": Counter({"gaddafi": 4, "jalil": 2}),
    }
    config = StorylineConfig(threshold=0.15)
    assert weighted_jaccard(actor_profile(actors["s1"], 6), actor_profile(actors["s2"], 6)) >= 0.15  # the bridge
    link_storylines(stories, actors, config)
    lines = {sid: s.storyline_id for sid, s in stories.items()}
    assert lines["s0"] == lines["s1"] != lines["s2"] == lines["s3"]


@given(st.permutations(["s0", "s1", "s2", "s3", "s4", "s5"]))
def test_storylines_do_not_depend_on_the_order_of_stories(order: list[str]) -> None:
    days = {f"s{i}": date(2011, 1, 1 + 3 * i) for i in range(6)}
    actors = {
        "s0": Counter({"a": 3, "b": 1}), "s1": Counter({"a": 3, "b": 2}), "s2": Counter({"a": 1, "c": 3}),
        "s3": Counter({"c": 3, "d": 1}), "s4": Counter({"c": 2, "d": 2}), "s5": Counter({"e": 1}),
    }  # fmt: skip
    stories = {sid: story(sid, days[sid]) for sid in order}
    link_storylines(stories, actors)
    expected = {sid: story(sid, days[sid]) for sid in sorted(order)}
    link_storylines(expected, actors)
    assert {sid: s.storyline_id for sid, s in stories.items()} == {sid: s.storyline_id for sid, s in expected.items()}


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.dictionaries(st.sampled_from("abcdefgh"), st.integers(1, 6), min_size=1, max_size=6),
        min_size=2,
        max_size=12,
    ),
    st.sampled_from([0.2, 0.4, 0.6]),
)
def test_links_miss_no_pair_that_reaches_the_threshold(counts: list[dict[str, int]], threshold: float) -> None:
    # prefix filtering must be lossless: every pair at or above the threshold is linked
    from storywire.stages.storyline_index import StorylineIndex

    stories = {f"s{i:02d}": story(f"s{i:02d}", date(2024, 1, 1)) for i in range(len(counts))}
    actors = {f"s{i:02d}": Counter(c) for i, c in enumerate(counts)}
    index = StorylineIndex(StorylineConfig(threshold=threshold))
    index.update(stories, actors, stories)
    profiles = {sid: actor_profile(actors[sid], 6) for sid in stories}
    for a in stories:
        for b in stories:
            if a < b and weighted_jaccard(profiles[a], profiles[b]) >= threshold:
                assert b in index.links[a]


def test_weighted_jaccard_walks_shared_actors_only_and_agrees_with_its_definition() -> None:
    a, b = {"x": 0.5, "y": 0.3, "z": 0.2}, {"y": 0.6, "w": 0.4}
    keys = set(a) | set(b)
    expected = sum(min(a.get(k, 0), b.get(k, 0)) for k in keys) / sum(max(a.get(k, 0), b.get(k, 0)) for k in keys)
    assert abs(weighted_jaccard(a, b) - expected) < 1e-12 and weighted_jaccard({}, {}) == 0.0
