"""spaCy backend: the NER's parse driven step by step gives nlp.pipe's entities."""

from __future__ import annotations

from typing import Any

import pytest

from storywire.stages.ner import spacy_backend

TEXTS = {
    "en": [
        "Russian President Vladimir Putin met Chinese leader Xi Jinping in Beijing on Monday.",
        "",
        "The European Central Bank kept rates on hold, said Christine Lagarde in Frankfurt.",
        "Apple and Microsoft reported results; shares rose on the Nasdaq in New York.",
    ],
    "fr": [
        "Le président Emmanuel Macron a reçu Olaf Scholz à l'Élysée, à Paris, mardi.",
        "La Banque de France et l'INSEE publient leurs prévisions pour la Bretagne.",
    ],
}


@pytest.mark.parametrize("language", sorted(TEXTS))
def test_stepped_parse_finds_what_nlp_pipe_finds(language: str) -> None:
    nlp = spacy_backend.load(language) if language in spacy_backend.MODELS else None
    if nlp is None:
        pytest.skip(f"no spaCy model for {language}")
    texts = TEXTS[language] * 20  # more than one batch

    def ents(docs: list[Any]) -> list[list[tuple[int, int, str]]]:
        return [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in docs]

    want = ents(list(nlp.pipe(texts, batch_size=spacy_backend.BATCH)))
    assert any(want)
    assert ents(spacy_backend._docs(nlp, texts)) == want
    assert ents(spacy_backend._docs(nlp, texts[:1])) == ents([nlp(texts[0])])
