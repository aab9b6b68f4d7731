"""Which passages of an article are embedded.

Measured on the SemEval-2022 Task 8 training pairs (see models/similarity/README.md):
the headline alone is a weak signal, the lead (first ~500 characters of the body) carries
most of it, and a second body chunk adds a little; averaging the chunk vectors is more
telling than any single one.  The encoder cost is linear in tokens (~2 ms/token for e5
on 2 threads), so the number and length of chunks is the speed/quality dial: `MAX_CHUNKS`
chunks of `CHUNK_CHARS` bound the cost of a long article at about that of a short one.
USE (multilingual v3) is ~20x cheaper, so it sees every sentence of the first
`USE_CHARS` characters and its mean stands for the article.
"""

from __future__ import annotations

from storywire.model import Article

CHUNK_CHARS = 500
MAX_CHUNKS = 2
TITLE_CHARS = 200
USE_CHARS = 2000
MAX_USE_SENTENCES = 24


def title_passage(article: Article) -> str:
    """The headline, or the first sentence when the input gave none."""
    if article.title:
        return article.title[:TITLE_CHARS]
    return _sentences(article)[0][:TITLE_CHARS] if _sentences(article) else article.text[:TITLE_CHARS]


def _sentences(article: Article) -> list[str]:
    text = article.text
    found = [text[s.start : s.end].strip() for s in article.sentences if 0 <= s.start < s.end <= len(text)]
    found = [s for s in found if s]
    if found:
        return found
    # no sentence split (e.g. an empty analysis): fixed windows keep the chunking total
    return [text[i : i + CHUNK_CHARS] for i in range(0, len(text), CHUNK_CHARS) if text[i : i + CHUNK_CHARS].strip()]


def body_chunks(article: Article) -> list[str]:
    """Up to `MAX_CHUNKS` sentence-aligned chunks of at most ~`CHUNK_CHARS` of the body.

    Sentences are packed whole so a chunk never ends mid-clause; one over-long sentence is
    cut at the limit (the encoder would truncate it anyway, at more cost).
    """
    chunks: list[str] = []
    current = ""
    for sentence in _sentences(article):
        if current and len(current) + 1 + len(sentence) > CHUNK_CHARS:
            chunks.append(current)
            current = ""
            if len(chunks) == MAX_CHUNKS:
                return chunks
        current = f"{current} {sentence}".strip() if current else sentence[:CHUNK_CHARS]
    if current and len(chunks) < MAX_CHUNKS:
        chunks.append(current)
    return chunks or [title_passage(article)]


def use_sentences(article: Article) -> list[str]:
    """Sentences of the first `USE_CHARS` characters, for the USE sentence average."""
    out: list[str] = []
    total = 0
    for sentence in _sentences(article):
        if total >= USE_CHARS or len(out) >= MAX_USE_SENTENCES:
            break
        out.append(sentence[:CHUNK_CHARS])
        total += len(sentence)
    return out or [title_passage(article)]
