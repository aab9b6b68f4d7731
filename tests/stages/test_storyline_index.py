"""Storylines kept up to date batch by batch equal those of the whole store at once."""

from __future__ import annotations

import gzip
import json
import tempfile
from collections import Counter
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storywire.model import Story
from storywire.stages import cluster, storyline_index
from storywire.stages.storyline_index import StaleIndex, StorylineIndex
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


def _apply(changes: list[Step], batch: int, index: StorylineIndex, stories: dict[str, Story],
           actors: dict[str, Counter[str]]) -> None:  # fmt: skip
    """Apply the steps to `stories` and `actors`, `batch` at a time, updating the index after each."""
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


def _assert_recomputed(stories: dict[str, Story], actors: dict[str, Counter[str]], config: StorylineConfig) -> None:
    fresh = {sid: _story(sid, 0, s.group) for sid, s in stories.items()}
    for sid, s in stories.items():
        fresh[sid].first_published, fresh[sid].last_published = s.first_published, s.last_published
    link_storylines(fresh, actors, config)
    assert {sid: s.storyline_id for sid, s in stories.items()} == {sid: s.storyline_id for sid, s in fresh.items()}


@settings(max_examples=80, deadline=None)
@given(steps, st.integers(1, 6))
def test_incremental_storylines_equal_a_whole_recomputation(changes: list[Step], batch: int) -> None:
    config = StorylineConfig(threshold=0.3)
    stories: dict[str, Story] = {}
    actors: dict[str, Counter[str]] = {}
    _apply(changes, batch, StorylineIndex(config), stories, actors)
    _assert_recomputed(stories, actors, config)


@settings(max_examples=60, deadline=None)
@given(steps, steps, st.integers(1, 6))
def test_a_saved_and_loaded_index_then_updated_equals_a_whole_recomputation(
    before: list[Step], after: list[Step], batch: int
) -> None:
    config = StorylineConfig(threshold=0.3)
    stories: dict[str, Story] = {}
    actors: dict[str, Counter[str]] = {}
    index = StorylineIndex(config)
    _apply(before, batch, index, stories, actors)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / storyline_index.SIDE_FILE
        index.save(path, stories)
        loaded = StorylineIndex.read(path, stories, actors, config)
    assert {a: b for a, b in loaded.links.items() if b} == {a: b for a, b in index.links.items() if b}
    assert loaded.profiles == index.profiles and loaded.groups == index.groups
    _apply(after, batch, loaded, stories, actors)
    _assert_recomputed(stories, actors, config)


def test_a_removed_story_frees_its_partner() -> None:
    stories = {"s1": _story("s1", 0, None), "s2": _story("s2", 3, None)}
    actors = {"s1": Counter({"a": 3}), "s2": Counter({"a": 2})}
    index = StorylineIndex()
    index.update(stories, actors, stories)
    assert stories["s1"].storyline_id is not None and stories["s1"].storyline_id == stories["s2"].storyline_id
    del stories["s2"]
    changed = index.update(stories, actors, ["s2"])
    assert stories["s1"].storyline_id is None and [s.id for s in changed] == ["s1"]


# A saved index is used only when it is this store's; each way it may not be is caught.


def _saved(tmp_path: Path) -> tuple[Path, dict[str, Story], dict[str, Counter[str]]]:
    stories = {f"s{i}": _story(f"s{i}", 3 * i, "g0" if i in (4, 5) else None) for i in range(6)}
    actors = {sid: Counter({"a": 3, "b": 1 + i % 2, f"x{i}": 1}) for i, sid in enumerate(stories)}
    index = StorylineIndex()
    index.update(stories, actors, stories)
    path = tmp_path / "db.index" / storyline_index.SIDE_FILE
    index.save(path, stories)
    return path, stories, actors


def _rewrite(path: Path, change: dict[str, object]) -> None:
    payload = json.loads(gzip.decompress(path.read_bytes()))
    payload.update(change)
    path.write_bytes(gzip.compress(json.dumps(payload).encode()))


def test_a_good_saved_index_loads(tmp_path: Path) -> None:
    path, stories, actors = _saved(tmp_path)
    assert len({s.storyline_id for s in stories.values()} - {None}) == 1  # the test links something
    loaded = StorylineIndex.load(path, stories, actors)
    assert loaded is not None and loaded.links["s0"] and loaded.links["s4"]["s5"] == 1.0


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (lambda path: path.unlink(), "no saved index"),
        (lambda path: path.write_bytes(b"not gzip"), "unreadable"),
        (lambda path: path.write_bytes(path.read_bytes()[:-9]), "unreadable"),  # cut short
        (lambda path: path.write_bytes(path.read_bytes()[:40] + b"\0" + path.read_bytes()[41:]), "unreadable"),
        (lambda path: path.write_bytes(gzip.compress(b'{"format": 1,')), "unreadable"),
        (lambda path: path.write_bytes(gzip.compress(b"[1, 2]")), "not a storyline index"),
        (lambda path: _rewrite(path, {"format": 0}), "format"),
        (lambda path: _rewrite(path, {"stories": []}), "not the stored stories"),
        (lambda path: _rewrite(path, {"links": [["s0", "s9", 0.5]]}), "bad link"),
        (lambda path: _rewrite(path, {"links": [["s0", "s1", 1.5]]}), "bad link"),
        (lambda path: _rewrite(path, {"links": [["s0", "s1"]]}), "unreadable"),
        (lambda path: _rewrite(path, {"links": None}), "unreadable"),
    ],
)
def test_a_missing_or_damaged_file_is_rebuilt(tmp_path: Path, damage: Callable[[Path], object], reason: str) -> None:
    path, stories, actors = _saved(tmp_path)
    damage(path)
    with pytest.raises(StaleIndex, match=reason):
        StorylineIndex.read(path, stories, actors)
    assert StorylineIndex.load(path, stories, actors) is None


def test_an_index_built_with_another_config_or_version_is_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, stories, actors = _saved(tmp_path)
    with pytest.raises(StaleIndex, match="config"):
        StorylineIndex.read(path, stories, actors, StorylineConfig(threshold=0.5))
    for module, name in ((storyline_index, "RULES"), (cluster, "VERSION")):
        with monkeypatch.context() as patch:
            patch.setattr(module, name, "another")
            with pytest.raises(StaleIndex, match="versions"):
                StorylineIndex.read(path, stories, actors)
    assert StorylineIndex.read(path, stories, actors) is not None


Change = Callable[[dict[str, Story], dict[str, Counter[str]]], object]


def _added(stories: dict[str, Story], actors: dict[str, Counter[str]]) -> None:
    stories["s9"], actors["s9"] = _story("s9", 1, None), Counter({"a": 1})


def _actors_changed(stories: dict[str, Story], actors: dict[str, Counter[str]]) -> None:
    actors["s1"]["c"] += 1


def _dates_changed(stories: dict[str, Story], actors: dict[str, Counter[str]]) -> None:
    stories["s2"].last_published = date(2025, 1, 1)


def _group_changed(stories: dict[str, Story], actors: dict[str, Counter[str]]) -> None:
    stories["s0"].group = "g0"


def _storyline_changed(stories: dict[str, Story], actors: dict[str, Counter[str]]) -> None:
    stories["s3"].storyline_id = None


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda stories, actors: stories.pop("s1"), "not the stored stories"),
        (_added, "not the stored stories"),
        (_actors_changed, "story s1 changed"),
        (_dates_changed, "story s2 changed"),
        (_group_changed, "story s0 changed"),
        (_storyline_changed, "story s3 changed"),
    ],
)
def test_an_index_of_another_store_is_rebuilt(tmp_path: Path, change: Change, reason: str) -> None:
    # a store changed after the index was saved (a run that crashed before saving, a store
    # edited or restored from a backup) no longer matches it
    path, stories, actors = _saved(tmp_path)
    change(stories, actors)
    with pytest.raises(StaleIndex, match=reason):
        StorylineIndex.read(path, stories, actors)


def test_a_story_without_actors_round_trips(tmp_path: Path) -> None:
    stories = {"s1": _story("s1", 0, None)}
    index = StorylineIndex()
    index.update(stories, {}, stories)
    index.save(tmp_path / "lines.json.gz", stories)
    assert StorylineIndex.read(tmp_path / "lines.json.gz", stories, {}).profiles == {"s1": {}}


def test_saving_to_a_read_only_place_is_no_error(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("")
    StorylineIndex().save(tmp_path / "file" / "lines.json.gz", {})  # its folder is a file
