"""The shape of the stories in a store: sizes and date spans, to see chaining in dense coverage.

    .venv/bin/python benchmarks/story_shape.py --feed-from ../shared/data/cl-tls cltls.jsonl
    .venv/bin/storywire ingest cltls.jsonl --db cl.db --workers 2
    .venv/bin/python benchmarks/story_shape.py --db cl.db [--top 10]

No labels are needed: a story is meant to be one happening, so stories that grow over weeks
(a war's daily reports linked day to day) show up as long spans and outsized groups.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from storywire.store.sqlite import SQLiteStore


def write_feed(corpus: Path, out: Path) -> int:
    """A folder laid out like cl-tls ({lang}/{topic}/{date}/{doc}.txt) as one JSON Lines feed."""
    count = 0
    with out.open("w", encoding="utf-8") as feed:
        for path in sorted(corpus.glob("*/*/*/*.txt")):
            language, topic, day = path.parts[-4], path.parts[-3], path.parts[-2]
            record = {
                "id": f"{language}-{topic}-{day}-{path.stem}",
                "text": path.read_text(encoding="utf-8", errors="replace"),
                "published": day,
                "language": language,
            }
            feed.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db")
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument("--feed-from", nargs=2, metavar=("CORPUS", "OUT"), help="write a cl-tls-like folder as a feed")
    args = parser.parse_args()
    if args.feed_from:
        print(f"wrote {write_feed(Path(args.feed_from[0]), Path(args.feed_from[1]))} records")
        return
    if not args.db:
        parser.error("--db or --feed-from is needed")
    store = SQLiteStore(args.db)
    stories = sorted(store.iter_stories(), key=lambda s: (-len(s.articles), s.id))
    spans = {
        s.id: (s.last_published - s.first_published).days if s.first_published and s.last_published else 0
        for s in stories
    }
    shared = [s for s in stories if len(s.articles) > 1]
    groups = Counter(s.group for s in stories if s.group)
    print(f"{sum(len(s.articles) for s in stories)} articles in {len(stories)} stories, {len(shared)} with 2 or more")
    print(f"stories cut from a larger linked group: {sum(groups.values())} (from {len(groups)} groups)")
    for days in (7, 14, 30):
        print(f"  stories spanning more than {days} days: {sum(1 for s in shared if spans[s.id] > days)}")
    print("largest:")
    for story in stories[: args.top]:
        print(f"  {len(story.articles):4d} articles  {spans[story.id]:3d} days  {story.title[:80]}")
    lines = Counter(s.storyline_id for s in stories if s.storyline_id)
    print(f"storylines: {len(lines)}, holding {sum(lines.values())} of the {len(stories)} stories; largest (stories):")
    for line, size in lines.most_common(args.top):
        members = [s for s in stories if s.storyline_id == line]
        first = min(s.first_published for s in members if s.first_published)
        last = max(s.last_published for s in members if s.last_published)
        articles = sum(len(s.articles) for s in members)
        print(f"  {size:4d} stories  {articles:4d} articles  {first} .. {last}")
    store.close()


if __name__ == "__main__":
    main()
