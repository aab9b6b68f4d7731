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
