from __future__ import annotations

from storywire.model import Mention
from storywire.stages.ner.silver import held_out, iob_sentences


def mention(text: str, span: str, etype: str) -> Mention:
    start = text.index(span)
    return Mention(start, start + len(span), span, etype, model="test")  # type: ignore[arg-type]


def test_mentions_become_iob2_tags_per_sentence() -> None:
    text = "Sergei Shoigu flew to Beijing. The statement of the Kremlin said so in English."
    ms = [
        mention(text, "Sergei Shoigu", "PER"),
        mention(text, "Beijing", "LOC"),
        mention(text, "Kremlin", "ORG"),
        mention(text, "English", "MISC"),  # not a WikiANN type: O
    ]
    sents = iob_sentences(text, ms)
    assert sents[0] == (["Sergei", "Shoigu", "flew", "to", "Beijing", "."], ["B-PER", "I-PER", "O", "O", "B-LOC", "O"])
    words, tags = sents[1]
    assert dict(zip(words, tags, strict=True))["Kremlin"] == "B-ORG"
    assert "B-MISC" not in tags and tags[words.index("English")] == "O"


def test_adjacent_mentions_each_start_with_b() -> None:
    text = "Paris Berlin"
    sents = iob_sentences(text, [mention(text, "Paris", "LOC"), mention(text, "Berlin", "LOC")])
    assert sents == [(["Paris", "Berlin"], ["B-LOC", "B-LOC"])]


def test_one_word_sentences_are_left_out_and_the_split_is_stable() -> None:
    assert iob_sentences("Hello", []) == []
    texts = [f"article {n}" for n in range(200)]
    chosen = [t for t in texts if held_out(t)]
    assert 5 < len(chosen) < 40 and chosen == [t for t in reversed(texts) if held_out(t)][::-1]
