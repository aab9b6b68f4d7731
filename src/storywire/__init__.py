"""storywire: a cross-lingual map of what happened, from a multilingual news feed.

    import storywire
    with storywire.open("news.db") as sw:
        sw.ingest(["feeds/"])
        for story in sw.stories(): ...
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from storywire.api import Storywire

__all__ = ["Storywire", "open"]
__version__ = "0.1.0"


def open(db: str | Path | None = None, embedder: Any = "e5") -> Storywire:  # noqa: A001
    """Open (or create) a storywire database; None or ':memory:' gives an in-memory one.

    Imported lazily so that `import storywire.model` stays free of the model-loading stages.
    """
    from storywire.api import open as open_api

    return open_api(db, embedder)


def __getattr__(name: str) -> Any:
    if name == "Storywire":
        from storywire.api import Storywire

        return Storywire
    raise AttributeError(name)
