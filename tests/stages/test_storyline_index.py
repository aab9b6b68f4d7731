"""Storylines kept up to date batch by batch equal those of the whole store at once."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from storywire.model import Story
from storywire.stages.storyline_index import StorylineIndex
from storywire.stages.storylines import StorylineConfig, link_storylines

ACTORS = "abcdef"
Step = tuple[int, int, int | None, dict[str, int] | None]


def _story(story_id: str, day: int, group: str | None) -> Story:
    when = date(2024, 1, 1) + timedelta(days=day)
    return Story(story_id, [story_id], first_published=when, last_published=when, group=group)


# One step: (story number, day, group number or None, actor counts) sets a story; a step
# without actors removes it.
steps = st.lists(
    st.tuples(
        st.integers(0, 9),
        st.integers(0, 900),
        st.one_of(st.none(), st.integers(0, 2)),
        st.one_of(st.none(), st.dictionaries(st.sampled_from(ACTORS), st.integers(1, 5), min_size=1, max_size=4)),
    ),
    min_size=1,
    max_size=30,
)


@settings(max_examples=80, deadline=None)
@given(steps, st.integers(1, 6))
def test_incremental_storylines_equal_a_whole_recomputation(changes: list[Step], batch: int) -> None:
    config = StorylineConfig(threshold=0.3)
    stories: dict[str, Story] = {}
    actors: dict[str, Counter[str]] = {}
    index = StorylineIndex(config)
    for start in range(0, len(changes), batch):
        touched = []
        for number, day, group, counts in changes[start : start + batch]:
            story_id = f"s{number}"
            touched.append(story_id)
            if counts is None:
                stories.pop(story_id, None)
                actors.pop(story_id, None)
                continue
            old = stories.get(story_id)
            stories[story_id] = _story(story_id, day, None if group is None else f"g{group}")
            if old is not None:
                stories[story_id].storyline_id = old.storyline_id
            actors[story_id] = Counter(counts)
        index.update(stories, actors, touched)
    fresh = {sid: _story(sid, 0, s.group) for sid, s in stories.items()}
    for sid, s in stories.items():
        fresh[sid].first_published, fresh[sid].last_published = s.first_published, s.last_published
    link_storylines(fresh, actors, config)
    assert {sid: s.storyline_id for sid, s in stories.items()} == {sid: s.storyline_id for sid, s in fresh.items()}


def test_a_removed_story_frees_its_partner() -> None:
    stories = {"s1": _story("s1", 0, None), "s2": _story("s2", 3, None)}
    actors = {"s1": Counter({"a": 3}), "s2": Counter({"a": 2})}
    index = StorylineIndex()
    index.update(stories, actors, stories)
    assert stories["s1"].storyline_id is not None and stories["s1"].storyline_id == stories["s2"].storyline_id
    del stories["s2"]
    changed = index.update(stories, actors, ["s2"])
    assert stories["s1"].storyline_id is None and [s.id for s in changed] == ["s1"]
