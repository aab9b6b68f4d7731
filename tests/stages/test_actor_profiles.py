"""Stories' actor profiles follow identities that are merged or relinked after they were computed."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from storywire.stages.actor_profiles import ActorProfiles


def test_holding_finds_the_stories_that_name_an_actor() -> None:
    profiles = ActorProfiles()
    assert profiles.put("s1", Counter({"a": 2, "b": 1}))
    assert profiles.put("s2", Counter({"b": 3}))
    assert not profiles.put("s2", Counter({"b": 3}))  # unchanged
    assert profiles.holding(["b"]) == {"s1", "s2"} and profiles.holding(["a", "z"]) == {"s1"}
    profiles.put("s1", Counter({"a": 2}))
    assert profiles.holding(["b"]) == {"s2"}
    profiles.drop("s2")
    assert profiles.holding(["b"]) == set() and dict(profiles) == {"s1": Counter({"a": 2})}


def test_follow_recomputes_only_the_stories_a_rerouted_id_reaches() -> None:
    members = {"s1": ["bare", "x"], "s2": ["full"], "s3": ["y"]}
    resolve = {"bare": "bare", "full": "full", "x": "x", "y": "y"}

    def profile(story_id: str) -> Counter[str]:
        return Counter(resolve[e] for e in members[story_id])

    profiles = ActorProfiles()
    for story_id in members:
        profiles.put(story_id, profile(story_id))
    resolve["bare"] = "full"  # the bare surname is linked to the full name
    assert profiles.follow({"bare"}, profile) == {"s1"}
    assert profiles["s1"] == Counter({"full": 1, "x": 1}) and profiles.holding(["full"]) == {"s1", "s2"}
    assert profiles.follow({"y"}, profile) == set()  # reached, but unchanged


_profiles = st.dictionaries(
    st.sampled_from(["s1", "s2", "s3", "s4"]),
    st.dictionaries(st.sampled_from("abcdef"), st.integers(1, 3), max_size=4).map(Counter),
    max_size=4,
)


@settings(max_examples=100, deadline=None)
@given(st.lists(_profiles, min_size=1, max_size=5))
def test_holders_always_match_the_profiles(rounds: list[dict[str, Counter[str]]]) -> None:
    profiles = ActorProfiles()
    for round_ in rounds:
        for story_id in list(profiles):
            if story_id not in round_:
                profiles.drop(story_id)
        for story_id, actors in round_.items():
            profiles.put(story_id, actors)
        for entity_id in "abcdef":
            assert profiles.holding([entity_id]) == {s for s, a in round_.items() if entity_id in a}
