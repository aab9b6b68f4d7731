"""Near-duplicate detection on the demo corpus's syndicated copies (MANIFEST near_duplicates)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storywire.model import Article
from storywire.pipeline import prepare
from storywire.stages.dedupe import NearDuplicates, mark_duplicates, shingles

DEMO = Path(__file__).resolve().parents[2] / "src" / "storywire" / "demo" / "corpus"
MANIFEST = json.loads((DEMO / "MANIFEST.json").read_text(encoding="utf-8"))
PAIRS: list[list[str]] = MANIFEST["near_duplicates"]


def cleaned(name: str) -> str:
    article = Article(id=name, raw=(DEMO / name).read_text(encoding="utf-8"))
    prepare(article)  # duplicates are judged on the cleaned text, as ingest does
    return article.text


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    return {p.name: cleaned(p.name) for p in sorted(DEMO.glob("*.txt"))}


@pytest.fixture(scope="module")
def index(texts: dict[str, str]) -> NearDuplicates:
    originals = {a for a, _ in PAIRS}
    copies = {b for _, b in PAIRS}
    idx = NearDuplicates()
    for name, text in texts.items():
        if name not in copies:
            idx.add(name, text)
    assert originals <= set(texts)
    return idx


@pytest.mark.parametrize(("original", "copy"), [tuple(p) for p in PAIRS])
def test_syndicated_copy_is_found(index: NearDuplicates, texts: dict[str, str], original: str, copy: str) -> None:
    assert index.find(texts[copy]) == original


def test_other_articles_of_the_same_story_are_not_duplicates(index: NearDuplicates, texts: dict[str, str]) -> None:
    copies = {b for _, b in PAIRS}
    for name, text in texts.items():
        if name in copies:
            continue
        # an indexed article finds itself, never a different report of the same happening
        assert index.find(text) == name, name


def test_a_few_changed_words_still_match(index: NearDuplicates, texts: dict[str, str]) -> None:
    words = texts["en_shoigu_beijing_0228_a.txt"].split()
    for i in range(10, len(words), 40):
        words[i] = "changed"
    assert index.find("Breaking | Home | World\n" + " ".join(words)) == "en_shoigu_beijing_0228_a.txt"


def test_threshold_is_configurable(texts: dict[str, str]) -> None:
    strict = NearDuplicates(threshold=0.95)
    original, copy = PAIRS[1]  # the copy with a few words changed (word 3-gram Jaccard ~0.82)
    strict.add(original, texts[original])
    assert strict.find(texts[copy]) is None
    loose = NearDuplicates(threshold=0.5)
    loose.add(original, texts[original])
    assert loose.find(texts[copy]) == original


def test_persistence_round_trip(index: NearDuplicates, texts: dict[str, str]) -> None:
    restored = NearDuplicates.from_bytes(index.to_bytes())
    assert len(restored) == len(index) and restored.threshold == index.threshold
    for original, copy in PAIRS:
        assert restored.find(texts[copy]) == original
    rebuilt = NearDuplicates.from_texts([(n, texts[n]) for n, _ in PAIRS])
    assert rebuilt.find(texts[PAIRS[1][1]]) == PAIRS[1][0]


def test_mark_duplicates_keeps_the_first_copy(texts: dict[str, str]) -> None:
    original, copy = PAIRS[0]
    articles = [Article(id=n, raw="", text=texts[n]) for n in (original, copy, "en_cop29_baku_1123.txt")]
    assert mark_duplicates(articles, NearDuplicates()) == 1
    assert [a.duplicate_of for a in articles] == [None, original, None]


def test_shingles_handle_unspaced_scripts_and_tiny_texts() -> None:
    assert shingles("") == set()
    assert shingles("two words") == {"two words"}
    assert all(len(s) == 5 for s in shingles("俄罗斯联邦安全会议秘书绍伊古在北京会见王毅"))


def test_a_removed_article_is_no_longer_found() -> None:
    text = " ".join(f"word{i}" for i in range(200))
    index = NearDuplicates()
    index.add("a", text)
    assert index.find(text) == "a"
    index.remove("a")
    index.remove("a")  # forgetting twice is harmless
    assert index.find(text) is None and "a" not in index and len(index) == 0
