"""Load benchmark of `storywire serve` over a synthetic store of 100,000 articles.

    .venv/bin/python benchmarks/bench_serve.py [--articles 100000] [--seconds 10] [--concurrency 16]
        [--embedder e5|hash] [--db PATH (kept and reused)] [--rate R [--closed]]

Builds the store directly through SQLiteStore.commit_batch (generated articles in ten languages,
entities with Latin and Cyrillic aliases, stories, events, random unit embeddings), starts
`storywire serve` in a second process on 127.0.0.1, waits for its vector index, then drives the
story list, search and timeline endpoints with a bounded asyncio HTTP/1.1 load generator over
keep-alive connections.  Prints requests/s, p50/p95/p99 latency and errors per endpoint, the
server's CPU time per request (from /proc: unlike requests/s, it hardly depends on what else the
machine runs), and for search how often the embedding leg ran ("ready") or was shed because the
query encoder was busy ("busy": such a search answers from its full-text and alias legs).
Two ways to drive the server:

  * closed loop (the default): 16 connections each send a request as soon as the last one
    answered.  This finds saturation throughput, but latency includes queueing (p95 is at least
    about concurrency / throughput), and a slow answer delays the requests behind it, which then
    go unmeasured (coordinated omission).
  * open loop (`--rate R`): requests arrive at R per second (Poisson arrivals, seeded), whatever
    the server is doing, each on an idle keep-alive connection (more are opened as needed), and
    latency counts from the *scheduled* send time.  So "p95 at 200 req/s offered" is what a
    client arriving at that rate would see.  `--closed` runs the closed loop as well.

Search queries are drawn with seeds that differ between the warm-up and the measurement, so the
server's answer cache is not handed repeats it has just seen.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import Counter
from collections.abc import Callable, Coroutine
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

import numpy as np

from storywire.model import Article, Event, Mention, Paragraph, Story
from storywire.store.base import Batch
from storywire.store.sqlite import SQLiteStore

LANGUAGES = ["en", "fr", "de", "uk", "ru", "es", "it", "pl", "zh", "ar"]
SYLLABLES = ["ka", "ro", "mi", "sha", "to", "ve", "lin", "go", "ra", "du", "ne", "po", "li", "ser", "vo", "ta"]
CYRILLIC = {
    "ka": "ка", "ro": "ро", "mi": "ми", "sha": "ша", "to": "то", "ve": "ве", "lin": "лин", "go": "го",
    "ra": "ра", "du": "ду", "ne": "не", "po": "по", "li": "ли", "ser": "сер", "vo": "во", "ta": "та",
}  # fmt: skip
WORDS = [
    "talks", "summit", "minister", "ceasefire", "sanctions", "election", "earthquake", "rescue", "climate", "finance",
    "energy", "border", "agreement", "visit", "president", "parliament", "protest", "market", "court", "reform",
    "security", "trade", "vote", "aid",
]  # fmt: skip
EVENT_TYPES = ["CONSULT", "AGREE", "ACCUSE", "AID", "REQUEST", "SUPPORT"]


def make_entities(count: int, rng: random.Random) -> list[dict[str, Any]]:
    entities = []
    for i in range(count):
        parts = [rng.sample(SYLLABLES, 2), rng.sample(SYLLABLES, 3)]
        latin = " ".join("".join(p).capitalize() for p in parts)
        cyrillic = " ".join("".join(CYRILLIC[s] for s in p).capitalize() for p in parts)
        entities.append({
            "id": f"ent:{i:06x}", "name": latin, "type": rng.choice(["PER", "PER", "ORG", "LOC"]),
            "aliases": {"en": [latin, latin.split()[-1]], "uk": [cyrillic, cyrillic.split()[-1]], "ru": [cyrillic]},
        })  # fmt: skip
    return entities


def build_store(path: Path, articles: int, dim: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    np_rng = np.random.default_rng(seed)
    store = SQLiteStore(path)
    entities = make_entities(max(200, articles // 50), rng)
    store.commit_batch(Batch(entities=entities))
    start = date(2023, 1, 1)
    made, story_no, event_no = 0, 0, 0
    t0 = time.perf_counter()
    while made < articles:
        batch = Batch()
        while len(batch.articles) < 2000 and made < articles:
            size = min(rng.randint(1, 8), articles - made)
            story_id = f"s{story_no:07d}"
            story_no += 1
            day = start + timedelta(days=rng.randrange(730))
            cast = rng.sample(entities, 3)
            members = []
            for _ in range(size):
                language = rng.choice(LANGUAGES)
                script = "uk" if language in ("uk", "ru") else "en"
                pieces, mentions, at = [], [], 0
                for w in range(70):
                    if w % 12 == 3:
                        entity = cast[(w // 12) % 3]
                        name = entity["aliases"][script][0]
                        mentions.append(Mention(at, at + len(name), name, entity["type"], entity_id=entity["id"]))
                        token = name
                    else:
                        token = rng.choice(WORDS)
                    pieces.append(token)
                    at += len(token) + 1
                text = " ".join(pieces)
                vector = np_rng.standard_normal(dim).astype(np.float32)
                vector /= np.linalg.norm(vector)
                article = Article(
                    id=f"a{made:08d}", raw=text, text=text, title=" ".join(pieces[:8]).capitalize(),
                    source=f"Source {rng.randrange(300)}", published=day + timedelta(days=rng.randrange(3)),
                    language=language, content_hash=f"h{made:010d}", mentions=mentions,
                    paragraphs=[Paragraph(0, len(text), language, 0.99, False)], story_id=story_id,
                    embedding=vector.tolist(),
                )  # fmt: skip
                members.append(article)
                made += 1
            batch.articles.extend(members)
            batch.stories.append(Story(
                story_id, [a.id for a in members], members[0].title or "", sorted({a.language or "" for a in members}),
                min(a.published for a in members if a.published), max(a.published for a in members if a.published),
            ))  # fmt: skip
            if rng.random() < 0.5:
                batch.events.append(Event(
                    f"e{event_no:07d}", rng.choice(EVENT_TYPES), None, [cast[0]["id"]], [cast[1]["id"]],
                    cast[2]["id"] if cast[2]["type"] == "LOC" else None, day.isoformat(), "day", story_id=story_id,
                ))  # fmt: skip
                event_no += 1
        store.commit_batch(batch)
        print(f"  {made:,} articles ({time.perf_counter() - t0:.0f} s)", file=sys.stderr, flush=True)
    store.close()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_ready(base: str, timeout: float) -> dict[str, object]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(base + "/api/v1/health", timeout=5) as response:
                health: dict[str, object] = json.loads(response.read())
            if health["vectors"] in ("ready", "off", "disabled"):
                return health
        except OSError:
            pass
        time.sleep(0.5)
    raise SystemExit("server did not become ready")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time so far of a process and its live children (the processes of
    `serve --processes N`); Linux /proc, NaN elsewhere."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    total = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    for children in Path(f"/proc/{pid}/task").glob("*/children"):
        try:
            total += sum(cpu_seconds(int(child)) for child in children.read_text().split())
        except OSError:
            continue
    return total


async def fetch(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, path: str) -> tuple[int, bytes]:
    writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n\r\n".encode())
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    length = 0
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":", 1)[1])
    return status, await reader.readexactly(length)


def vector_state(body: bytes) -> str:
    """The search response's `vectors` field (whether its embedding leg ran), without parsing it all."""
    at = body.find(b'"vectors":"')
    return body[at + 11 : body.find(b'"', at + 11)].decode() if at >= 0 else "?"


Result = tuple[int, int, list[float], float, Counter[str]]  # issued, errors, latencies (s), elapsed, vector legs


async def load(port: int, make_path: Callable[[random.Random], str], seconds: float, concurrency: int,
               max_requests: int, seed: str = "run") -> Result:  # fmt: skip
    latencies: list[float] = []
    states: Counter[str] = Counter()
    errors = 0
    issued = 0
    stop = time.perf_counter() + seconds

    async def worker(number: int) -> None:
        nonlocal errors, issued
        rng = random.Random(f"{seed}-{number}")
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            while time.perf_counter() < stop and issued < max_requests:
                issued += 1
                began = time.perf_counter()
                path = make_path(rng)
                try:
                    status, body = await fetch(reader, writer, path)
                except (OSError, asyncio.IncompleteReadError, ValueError):
                    errors += 1
                    writer.close()
                    reader, writer = await asyncio.open_connection("127.0.0.1", port)
                    continue
                latencies.append(time.perf_counter() - began)
                if status != 200:
                    errors += 1
                elif path.startswith("/api/v1/search"):
                    states[vector_state(body)] += 1
        finally:
            writer.close()

    began = time.perf_counter()
    await asyncio.gather(*(worker(i) for i in range(concurrency)))
    return issued, errors, latencies, time.perf_counter() - began, states


async def load_open(port: int, make_path: Callable[[random.Random], str], seconds: float, rate: float,
                    max_connections: int = 512, seed: str = "run") -> Result:  # fmt: skip
    """Poisson arrivals at `rate`/s for `seconds`; latency from each request's scheduled send time."""
    latencies: list[float] = []
    states: Counter[str] = Counter()
    errors = 0
    rng = random.Random(f"{seed}-open")
    idle: asyncio.Queue[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = asyncio.Queue()
    opened = 0

    async def connection() -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        nonlocal opened
        if idle.empty() and opened < max_connections:
            opened += 1
            return await asyncio.open_connection("127.0.0.1", port)
        return await idle.get()  # all busy: the wait counts in this request's latency

    async def one(scheduled: float, path: str) -> None:
        nonlocal errors, opened
        try:
            reader, writer = await connection()
        except OSError:
            errors += 1
            opened -= 1
            return
        try:
            status, body = await fetch(reader, writer, path)
        except (OSError, asyncio.IncompleteReadError, ValueError):
            errors += 1
            writer.close()
            try:  # replace the broken connection, or requests waiting for an idle one could wait forever
                idle.put_nowait(await asyncio.open_connection("127.0.0.1", port))
            except OSError:
                opened -= 1
            return
        latencies.append(time.perf_counter() - scheduled)
        idle.put_nowait((reader, writer))
        if status != 200:
            errors += 1
        elif path.startswith("/api/v1/search"):
            states[vector_state(body)] += 1

    began = time.perf_counter()
    at, tasks = began, []
    while at < began + seconds:
        delay = at - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(one(at, make_path(rng))))
        at += rng.expovariate(rate)
    _, late = await asyncio.wait(tasks, timeout=60)
    errors += len(late)  # still unanswered a minute after the last arrival
    for task in late:
        task.cancel()
    elapsed = time.perf_counter() - began
    while not idle.empty():
        idle.get_nowait()[1].close()
    return len(tasks), errors, latencies, elapsed, states


def report(name: str, server: int, run: Coroutine[Any, Any, Result]) -> None:
    """Run one endpoint's load and print its line, with the server's CPU time per request."""
    cpu = cpu_seconds(server)
    issued, errors, latencies, elapsed, states = asyncio.run(run)
    cpu_ms = (cpu_seconds(server) - cpu) * 1000 / max(issued, 1)
    ms = np.percentile(np.asarray(latencies) * 1000, [50, 95, 99]) if latencies else [float("nan")] * 3
    rate = len(latencies) / elapsed
    legs = ", ".join(f"{state} {n / max(sum(states.values()), 1):.0%}" for state, n in states.most_common())
    print(f"{name:<10} {issued:>9} {rate:>8.1f} {ms[0]:>8.1f} {ms[1]:>8.1f} {ms[2]:>8.1f} {errors:>7}"
          f" {cpu_ms:>10.2f}  {legs}", flush=True)  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--max-requests", type=int, default=50_000)
    parser.add_argument("--embedder", choices=["e5", "hash"], default="e5")
    parser.add_argument("--db", type=Path, help="store to build (or reuse when it exists)")
    parser.add_argument("--rate", type=float, help="open loop: Poisson arrivals at this many requests/s")
    parser.add_argument("--closed", action="store_true", help="with --rate: run the closed loop as well")
    parser.add_argument("--processes", type=int, default=1, help="server processes (storywire serve --processes)")
    args = parser.parse_args()
    dim = 384 if args.embedder == "e5" else 256
    db = args.db or Path(tempfile.mkdtemp(prefix="storywire-bench-")) / "bench.db"
    if not db.exists():
        print(f"building {args.articles:,} articles into {db}", file=sys.stderr)
        build_store(db, args.articles, dim)
    store = SQLiteStore(db)
    entity_rows = store.connection.execute("SELECT id, record FROM entities").fetchall()
    stories = int(store.connection.execute("SELECT count(*) FROM stories").fetchone()[0])
    store.close()
    entity_ids = [row[0] for row in entity_rows]
    names = [alias for _, record in entity_rows for forms in json.loads(record)["aliases"].values() for alias in forms]
    port = free_port()
    command = [sys.executable, "-m", "storywire.cli", "serve", "--db", str(db), "--host", "127.0.0.1",
               "--port", str(port), "--embedder", args.embedder, "--processes", str(args.processes)]  # fmt: skip
    server = subprocess.Popen(command, env={**os.environ, "STORYWIRE_TOKEN": ""})
    try:
        began = time.perf_counter()
        health = wait_ready(f"http://127.0.0.1:{port}", 600)
        print(f"server ready in {time.perf_counter() - began:.1f} s: {health}", file=sys.stderr)
        endpoints: dict[str, Callable[[random.Random], str]] = {
            "stories": lambda r: (
                f"/api/v1/stories?limit=50&offset={r.randrange(0, 2000, 50)}"
                + (f"&language={r.choice(LANGUAGES)}" if r.random() < 0.3 else "")
            ),
            "search": lambda r: (
                "/api/v1/search?limit=20&q=" + quote(r.choice(names) + r.choice(["", " " + r.choice(WORDS)]))
            ),
            "timeline": lambda r: f"/api/v1/entities/{quote(r.choice(entity_ids), safe='')}/timeline",
        }
        print(f"\nstorywire serve, {args.articles:,} articles, {stories:,} stories, {len(entity_ids):,} entities; "
              f"{os.cpu_count()} CPUs ({platform.processor() or platform.machine()}), "
              f"{args.seconds:.0f} s per endpoint, query embedder {args.embedder}")  # fmt: skip
        for make_path in endpoints.values():
            asyncio.run(load(port, make_path, min(2.0, args.seconds), 4, 200, seed="warm-up"))
        header = (f"{'endpoint':<10} {'requests':>9} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}"
                  f" {'errors':>7} {'cpu ms/req':>10}  vector leg")  # fmt: skip
        # server CPU per request does not depend on what else the machine runs, unlike requests/s
        if args.rate is None or args.closed:
            print(f"closed loop, concurrency {args.concurrency} (req/s: saturation throughput)\n{header}")
            for name, make_path in endpoints.items():
                closed = load(port, make_path, args.seconds, args.concurrency, args.max_requests, seed="closed")
                report(name, server.pid, closed)
        if args.rate is not None:
            print(f"open loop, Poisson arrivals at {args.rate:g} req/s offered (latency from the scheduled send)"
                  f"\n{header}")  # fmt: skip
            for name, make_path in endpoints.items():
                report(name, server.pid, load_open(port, make_path, args.seconds, args.rate, seed="open"))
    finally:
        server.terminate()
        server.wait(30)


if __name__ == "__main__":
    main()
