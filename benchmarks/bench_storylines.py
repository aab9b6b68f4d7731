"""Storyline upkeep on a large store: building the index once, then batches of new stories;
and the index saved beside the database, then loaded (checked against every story) instead of
built again on the next run.

Stories get 2-8 actor mentions drawn from a Zipf-like law over N/4 actors, so one actor leads
a large share of them (the worst case for pairwise linking: a president named everywhere).

    python benchmarks/bench_storylines.py --stories 5000 --batches 5
"""

from __future__ import annotations

import argparse
import platform
import random
import tempfile
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

from storywire.model import Story
from storywire.stages.storyline_index import SIDE_FILE, StorylineIndex


def _story(story_id: str, day: date) -> Story:
    return Story(story_id, [story_id], first_published=day, last_published=day)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=5000)
    parser.add_argument("--batches", type=int, default=5)
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args()
    rng = random.Random(1)
    pool = [f"e{i}" for i in range(max(args.stories // 4, 1))]
    weights = [1 / (i + 1) ** 1.1 for i in range(len(pool))]
    stories: dict[str, Story] = {}
    actors: dict[str, Counter[str]] = {}

    def add(story_id: str, day: date) -> None:
        stories[story_id] = _story(story_id, day)
        actors[story_id] = Counter(rng.choices(pool, weights, k=rng.randint(2, 8)))

    for i in range(args.stories):
        add(f"s{i:07d}", date(2020, 1, 1) + timedelta(days=rng.randrange(1500)))
    print(f"machine: {platform.machine()}, {platform.system()}, python {platform.python_version()}")
    index = StorylineIndex()
    began = time.perf_counter()
    index.update(stories, actors, stories)
    print(f"{args.stories} stories: index built in {time.perf_counter() - began:.2f} s")
    # the next run: the saved index, checked against every story, instead of the build above
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / SIDE_FILE
        began = time.perf_counter()
        index.save(path, stories)
        saved = time.perf_counter() - began
        print(f"{len(stories)} stories: index saved in {saved:.2f} s ({path.stat().st_size / 1e6:.2f} MB)")
        began = time.perf_counter()
        loaded = StorylineIndex.read(path, stories, actors)
        print(f"{len(stories)} stories: index loaded and checked in {time.perf_counter() - began:.2f} s")
    same = {a: b for a, b in loaded.links.items() if b} == {a: b for a, b in index.links.items() if b}
    assert same and loaded.profiles == index.profiles, "the loaded index is not the built one"
    index = loaded  # the batches below run on it
    spent = []
    for b in range(args.batches):
        new = [f"n{b:03d}{j:04d}" for j in range(args.batch_size)]
        for story_id in new:
            add(story_id, date(2024, 2, 1) + timedelta(days=b))
        began = time.perf_counter()
        index.update(stories, actors, new)
        spent.append(time.perf_counter() - began)
    print(f"batches of {args.batch_size} new stories: {1000 * sum(spent) / len(spent):.0f} ms each on average")
    print(f"storylines: {len({s.storyline_id for s in stories.values() if s.storyline_id})}")


if __name__ == "__main__":
    main()
