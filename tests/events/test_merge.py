"""Cross-document merging and deterministic ids."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from storywire.events.merge import EventIndex
from storywire.model import Event, Evidence


def ev(actors: list[str], day: str | None, place: str | None = None, article: str = "a", etype: str = "CONSULT",
       mode: str | None = None, status: str = "happened") -> Event:  # fmt: skip
    return Event(id="", type=etype, mode=mode, sources=actors[:1], targets=actors[1:], place=place, date=day,
                 date_precision="day", status=status, evidence=[Evidence(article, 0, 5, "text.")])  # fmt: skip


def test_same_happening_merges_with_every_evidence() -> None:
    index = EventIndex()
    index.add(ev(["shoigu", "wang"], "2025-02-22/2025-02-28", "beijing", "fr1"))
    index.add(ev(["wang", "shoigu"], "2025-02-28", "beijing", "de1"))
    index.add(ev(["shoigu", "wang"], "2025-02-28", None, "en1"))
    assert len(index) == 1
    event = next(iter(index))
    assert event.date == "2025-02-28" and event.place == "beijing"
    assert {e.article for e in event.evidence} == {"fr1", "de1", "en1"}
    assert index.source_count(event) == 3


def test_different_partner_type_date_mode_or_status_stay_apart() -> None:
    index = EventIndex()
    index.add(ev(["shoigu", "wang"], "2025-02-28"))
    index.add(ev(["shoigu", "xi"], "2025-02-28"))
    index.add(ev(["shoigu", "wang"], "2024-11-12"))
    index.add(ev(["shoigu", "wang"], "2025-02-28", etype="ACCUSE"))
    index.add(ev(["putin", "xi"], "2022-12-30", mode="phone"))
    index.add(ev(["putin", "xi"], "2022-12-30", mode="visit"))
    index.add(ev(["shoigu", "xi"], "2025-02-28", status="planned"))
    assert len(index) == 7


def test_people_subset_merges_despite_a_country() -> None:
    people = {"shoigu", "wang"}
    index = EventIndex(is_person=lambda eid: eid in people)
    index.add(ev(["china", "shoigu"], "2024-11-12", article="x"))
    index.add(ev(["wang", "shoigu"], "2024-11-12", article="y"))
    assert len(index) == 1


def test_forget_and_changes() -> None:
    index = EventIndex()
    first = index.add(ev(["a", "b"], "2025-01-01", article="one"))
    changed, removed = index.take_changes()
    assert [e.id for e in changed] == [first] and removed == []
    index.forget_article("one")
    changed, removed = index.take_changes()
    assert changed == [] and removed == [first]


def test_loadable_from_stored_events() -> None:
    index = EventIndex()
    index.add(ev(["a", "b"], "2025-01-01", article="one"))
    stored, _ = index.take_changes()
    again = EventIndex()
    again.load(stored)
    again.add(ev(["b", "a"], "2025-01-01", article="two"))
    assert len(again) == 1 and len(next(iter(again)).evidence) == 2


@settings(max_examples=60, deadline=None)
@given(st.permutations(list(range(6))))
def test_ids_do_not_depend_on_order(order: list[int]) -> None:
    days = [date(2025, 2, 27 + d % 2).isoformat() for d in range(6)]
    events = [ev(["s", "w"] if i % 2 else ["s", "x"], days[i], "p", f"art{i}") for i in range(6)]
    baseline = EventIndex()
    for e in events:
        baseline.add(Event(**{**e.__dict__, "evidence": list(e.evidence)}))
    shuffled = EventIndex()
    for i in order:
        e = events[i]
        shuffled.add(Event(**{**e.__dict__, "evidence": list(e.evidence)}))
    assert {x.id for x in baseline} == {x.id for x in shuffled}
