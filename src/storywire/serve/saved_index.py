"""The search server's vector index, saved beside its database and shared by its processes.

Building the HNSW index over 100,000 stored embeddings takes over a minute of one core; a
server with several processes would build it once in each, and every restart again.  So the
first process to build it saves it next to the database (`<db>.search.faiss`, its ids, and the
embeddings position it covers) under an exclusive file lock, and the others wait for that lock
and load the file.  A saved index is used only when it still matches the store: the number of
stored embeddings up to its position must equal its size (a rebuilt or rewritten store does
not match, and the index is built anew).  The file is a cache: deleting it costs one build.
"""

from __future__ import annotations

import json
import logging
from contextlib import AbstractContextManager
from pathlib import Path

from storywire.index import VectorIndex
from storywire.serve.file_lock import exclusive

log = logging.getLogger("storywire.serve")


class SavedIndex:
    def __init__(self, database: Path) -> None:
        self.path = database.with_name(database.name + ".search.faiss")
        self.meta_path = database.with_name(database.name + ".search.json")
        self.lock_path = database.with_name(database.name + ".search.lock")

    def locked(self) -> AbstractContextManager[None]:
        """Held by one process at a time: the others wait, then load what it saved."""
        return exclusive(self.lock_path)

    def load(self, dim: int) -> tuple[VectorIndex, int] | None:
        """The saved index and the embeddings position it covers, or None when absent or unreadable."""
        try:
            meta = json.loads(self.meta_path.read_text(encoding="utf-8"))
            position, size = int(meta["position"]), int(meta["size"])
        except (OSError, ValueError, KeyError, TypeError):
            return None
        index = VectorIndex.load(self.path, dim)
        if index is None or len(index) != size:
            return None
        return index, position

    def save(self, index: VectorIndex, position: int) -> None:
        try:
            index.save(self.path)
            temporary = self.meta_path.with_suffix(".tmp")
            temporary.write_text(json.dumps({"position": position, "size": len(index)}), encoding="utf-8")
            temporary.replace(self.meta_path)
        except OSError:  # a read-only folder: the index lives in memory only, as before
            log.warning("could not save the search index beside the database", exc_info=True)
