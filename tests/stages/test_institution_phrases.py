"""Lower-case state bodies in Ukrainian and Russian (ner/institution_phrases.py).

Sentences are written for these tests.
"""

from __future__ import annotations

from storywire.model import Mention
from storywire.stages.ner.institution_phrases import lowercase_institutions


def found(text: str, language: str, mentions: list[Mention] | None = None) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in lowercase_institutions(text, mentions or [], language)]


def test_inflected_lower_case_bodies_are_organisations() -> None:
    text = (
        "Він очолював міністерство оборони, а потім звернувся до міністерства закордонних справ "
        "і центрального банку."
    )
    assert found(text, "uk") == [
        ("міністерство оборони", "ORG"),
        ("міністерства закордонних справ", "ORG"),
        ("центрального банку", "ORG"),
    ]
    text = "Генсек коммунистической партии говорил с министерством иностранных дел."
    assert found(text, "ru") == [("коммунистической партии", "ORG"), ("министерством иностранных дел", "ORG")]


def test_a_body_a_mention_covers_is_left_to_it_and_other_languages_untouched() -> None:
    text = "Рада безпеки ООН зібралася."
    covered = [Mention(0, 12, "Рада безпеки", "ORG", model="test")]
    assert found(text, "uk", covered) == [("Рада безпеки", "ORG")]
    assert found("the defence ministry said", "en") == []
    assert found("Міністерство культури і спорту", "uk") == []  # no head of ours


def test_phrases_are_indexed_by_their_first_letters() -> None:
    # every phrase is reachable from any inflected form of its first word
    from storywire.identity.institutions import head_phrases
    from storywire.stages.ner.institution_phrases import _KEY, _phrases_by_key

    index = _phrases_by_key()
    for phrase in head_phrases():
        if len(phrase) >= 2 and not phrase[0].isascii():
            assert phrase in index[phrase[0][:_KEY]]
            assert len(phrase[0]) >= _KEY + 1  # a stem match still shares the key
