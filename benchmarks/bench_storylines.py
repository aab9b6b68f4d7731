"""Storyline upkeep on a large store: building the index once, then batches of new stories.

Stories get 2-8 actor mentions drawn from a Zipf-like law over N/4 actors, so one actor leads
a large share of them (the worst case for pairwise linking: a president named everywhere).

    python benchmarks/bench_storylines.py --stories 5000 --batches 5
"""

from __future__ import annotations

import argparse
import platform
import random
import time
from collections import Counter
from datetime import date, timedelta

from storywire.model import Story
from storywire.stages.storyline_index import StorylineIndex


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
