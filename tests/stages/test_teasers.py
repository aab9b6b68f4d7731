"""A headline line on pages of several stories is a teaser; its pages are titled again without it."""

from __future__ import annotations

from storywire.ingest.formats import record_to_item
from storywire.model import Article, RemovedLine
from storywire.pipeline import Pipeline
from storywire.stages.embed import HashEmbedder
from storywire.stages.teasers import TEASER_STORIES, TeaserIndex
from storywire.stages.title import infer_title, line_key, retitle
from storywire.store.memory import MemoryStore
from storywire.store.sqlite import SQLiteStore

# Written for these tests: a site's teaser of another article above three unrelated reports,
# each sharing a word with it ("European"), so a page alone takes the teaser for its headline.
TEASER = "Carmaker recalls European models over faulty brake sensors in two countries"
REPORTS = {
    "quake": "A powerful earthquake struck the province of Malatya in eastern Turkey on Monday, killing at least "
    "thirty people, and European rescue teams searched the rubble through the night. Officials said hundreds "
    "of buildings were destroyed.",
    "flood": "Torrential rain flooded the Spanish city of Valencia on Tuesday, forcing thousands of residents from "
    "their homes, and the government asked for European funds. Schools were closed across the region.",
    "vote": "The Polish parliament approved the national budget on Wednesday after a debate over European rules "
    "that lasted through the night. The opposition promised to challenge it in court.",
}


def page(article_id: str, story_id: str, lines: list[str], duplicate_of: str | None = None) -> Article:
    article = Article(id=article_id, raw="", text="Body text of the report.", story_id=story_id)
    article.removed = [RemovedLine(line, "headline", i) for i, line in enumerate(lines)]
    article.duplicate_of = duplicate_of
    infer_title(article)
    return article


def test_a_line_on_pages_of_three_stories_is_a_teaser() -> None:
    index = TeaserIndex()
    assert index.observe(page("a", "s1", [TEASER, "Own headline a"])) == {}
    assert index.observe(page("b", "s2", [TEASER])) == {}
    became = index.observe(page("c", "s3", [TEASER]))
    assert TEASER_STORIES == 3 and became == {line_key(TEASER): ["a", "b"]}
    assert index.is_teaser(TEASER.upper()) and not index.is_teaser("Own headline a")


def test_a_headline_shared_within_one_story_is_no_teaser() -> None:
    # syndicated copies of one report keep their common headline
    index = TeaserIndex.from_articles(page(f"p{i}", "s1", ["Quake kills dozens"]) for i in range(5))
    assert not index.teasers


def test_near_duplicates_and_given_titles_do_not_count() -> None:
    index = TeaserIndex()
    index.observe(page("a", "s1", [TEASER]))
    index.observe(page("a2", "s2", [TEASER], duplicate_of="a"))
    given = page("b", "s3", [TEASER])
    given.provenance = []  # its title came with the input
    index.observe(given)
    assert not index.teasers


def test_retitle_sets_teasers_aside_and_keeps_given_titles() -> None:
    article = page("a", "s1", [TEASER, "Earthquake kills dozens"])
    article.title = TEASER
    assert retitle(article, {line_key(TEASER)}) and article.title == "Earthquake kills dozens"
    given = Article(id="g", raw="", text="x", title=TEASER)
    assert not retitle(given, {line_key(TEASER)}) and given.title == TEASER


def ingest(store: MemoryStore | SQLiteStore, keys: list[str]) -> None:
    # one page at a time: the teaser is recognised only when the third story arrives
    pipeline = Pipeline(store, HashEmbedder(), batch_size=1)
    pipeline.ingest([record_to_item({"id": key, "text": f"{TEASER}\n{REPORTS[key]}\n"}, key) for key in keys])


def test_the_pages_titled_by_a_teaser_are_titled_again(tmp_path) -> None:  # type: ignore[no-untyped-def]
    store = SQLiteStore(tmp_path / "t.db")
    ingest(store, ["quake", "flood"])
    assert {a.title for a in store.iter_articles()} == {TEASER}  # two stories: not yet a teaser
    ingest(store, ["vote"])  # a later ingest: the index is rebuilt from the store
    titles = {a.id: a.title for a in store.iter_articles()}
    assert TEASER not in titles.values()
    assert (titles["quake"] or "").startswith("A powerful earthquake")
    assert all(TEASER not in (s.title or "") for s in store.iter_stories())
    assert not store.search("Carmaker") and store.search("earthquake")  # the search index followed


# A site's list of other articles kept as the page's opening text (written for this test).
SITE_LIST = [
    "Sale: do not leave the buyer alone at the wheel of the car with the keys, experts warn.",
    "Why artificial light threatens the animals of our cities and countryside, according to a new study.",
]


def test_a_page_opening_with_its_sites_list_is_titled_past_it() -> None:
    store = MemoryStore()
    pipeline = Pipeline(store, HashEmbedder(), batch_size=1)
    opening = "\n".join(SITE_LIST)
    pipeline.ingest([record_to_item({"id": key, "text": f"{opening}\n{text}\n"}, key) for key, text in REPORTS.items()])
    titles = {a.id: a.title or "" for a in store.iter_articles()}
    # each line of the list heads pages of three stories: both are set aside, round after round
    assert titles["quake"].startswith("A powerful earthquake") and titles["vote"].startswith("The Polish parliament")
