"""Registry persistence, deterministic ids and user corrections."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from storywire.identity.registry import EntityRegistry, entity_id

_names = st.text(
    alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzабвгдеёжзийклмнопрстуфхцчшщыэюяі "), min_size=1, max_size=20
)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(["PER", "ORG", "LOC", "MISC"]), _names, st.sampled_from(["en", "fr", "uk"])),
        min_size=0,
        max_size=15,
    )
)
def test_round_trip(entries: list[tuple[str, str, str]]) -> None:
    reg = EntityRegistry()
    for etype, name, lang in entries:
        eid = reg.find(etype, name) or reg.create(etype, name, name)  # type: ignore[arg-type]
        reg.add_alias(eid, lang, name)
    records = json.loads(json.dumps(reg.to_records()))  # must be plain JSON
    back = EntityRegistry.from_records(records)
    assert back.to_records() == reg.to_records()
    for etype, name, _ in entries:
        assert back.find(etype, name) == reg.find(etype, name)


def test_ids_are_deterministic() -> None:
    assert entity_id("PER", "putin") == entity_id("PER", "putin")
    assert entity_id("PER", "putin") != entity_id("LOC", "putin")
    assert entity_id("PER", "putin").startswith("ent:")


def test_dirty_records_and_removed() -> None:
    reg = EntityRegistry()
    a = reg.create("PER", "a", "A")
    b = reg.create("PER", "b", "B")
    assert {r["id"] for r in reg.take_dirty_records()} == {a, b}
    assert reg.take_dirty_records() == []
    reg.merge(a, b)
    assert [r["id"] for r in reg.take_dirty_records()] == [a]
    assert reg.take_removed_ids() == [b]
    assert reg.resolve(b) == a


def test_stale_merged_record_is_ignored_on_load() -> None:
    reg = EntityRegistry()
    a = reg.create("PER", "a", "A")
    b = reg.create("PER", "b", "B")
    stale = reg.record(b)
    reg.merge(a, b)
    back = EntityRegistry.from_records([*reg.entity_records(), stale], reg.correction_records())
    assert len(back) == 1 and back.resolve(b) == a


def test_a_rekeyed_person_keeps_its_surname_through_a_reload() -> None:
    # "Muammar Gaddafi" then "Moammar Gaddafi" (a smaller key): the identity moves to the new id,
    # and its surname must be saved under it, or the next ingest cannot find the person.
    from storywire.identity.names import clean_surface, name_key

    reg = EntityRegistry()
    first = name_key(clean_surface("Muammar Gaddafi", "en", "PER"))
    eid = reg.create("PER", first.key, "Muammar Gaddafi", first.surname, full=True)
    second = name_key(clean_surface("Moammar Gaddafi", "en", "PER"))
    moved = reg.add_key(eid, second.key, second.surname, full=True)
    assert moved != eid  # re-keyed to the smaller key
    reloaded = EntityRegistry.from_records(reg.to_records())
    assert reloaded.by_surname("PER", first.surname) == {moved}


def test_display_name_votes_survive_a_reload() -> None:
    reg = EntityRegistry()
    eid = reg.create("PER", "hosni mubarak", "Hosni Mubarak", "mubarak", full=True)
    for name in ("Hosni Mubarak", "Hosni Mubarak", "Honsi Mubarak"):
        reg.vote_name(eid, name)
    reloaded = EntityRegistry.from_records(reg.to_records())
    assert reloaded.name_votes[eid] == {"Hosni Mubarak": 2, "Honsi Mubarak": 1}


_ops = st.lists(
    st.tuples(st.sampled_from(["link", "unlink", "merge", "create"]), st.integers(0, 7), st.integers(0, 7)),
    max_size=25,
)


@settings(max_examples=80, deadline=None)
@given(_ops, _ops)
def test_every_changed_resolution_starts_at_a_rerouted_id(before: list[tuple[str, int, int]],
                                                          after: list[tuple[str, int, int]]) -> None:  # fmt: skip
    # holders of resolved ids (the clusterer's actor profiles) recompute what resolved to a
    # rerouted id: an id whose resolution changed, and was not among them, would keep a stale profile
    reg = EntityRegistry()
    people = [reg.create("PER", f"full {i}", f"Full {i}", surname=f"s{i}", full=True) for i in range(4)]
    bares = [reg.bare_identity("PER", f"s{i}", f"S{i}") for i in range(4)]
    ids = people + bares

    def apply(ops: list[tuple[str, int, int]]) -> None:
        for op, a, b in ops:
            if op == "link":
                reg.link_bare(bares[a % 4], people[b % 4])
            elif op == "unlink":
                reg.link_bare(bares[a % 4], None)
            elif op == "merge":
                reg.merge(ids[a], ids[b])
            else:
                reg.create("PER", f"full {a % 4}", f"Full {a % 4}")

    apply(before)
    reg.take_rerouted()
    resolved = {eid: reg.resolve(eid) for eid in ids}
    apply(after)
    rerouted = reg.take_rerouted()
    assert all(reg.resolve(eid) == was or was in rerouted for eid, was in resolved.items())
    assert reg.take_rerouted() == set()


def test_linking_a_bare_surname_reroutes_it() -> None:
    reg = EntityRegistry()
    full = reg.create("PER", "sergei shoigu", "Sergei Shoigu", surname="shoigu", full=True)
    bare = reg.bare_identity("PER", "shoigu", "Shoigu")
    reg.take_rerouted()
    reg.link_bare(bare, full)
    assert reg.take_rerouted() == {bare} and reg.resolve(bare) == full
    reg.link_bare(bare, None)  # revoked: what resolved to the full name may resolve elsewhere now
    assert reg.take_rerouted() == {full} and reg.resolve(bare) == bare
