"""Where storywire keeps what it can rebuild: caches outside the repository and the database."""

from __future__ import annotations

import os
from pathlib import Path


def cache_root() -> Path:
    """`$STORYWIRE_CACHE`, or ~/.cache/storywire: derived files only, safe to delete."""
    root = os.environ.get("STORYWIRE_CACHE") or os.path.join(os.path.expanduser("~"), ".cache", "storywire")
    return Path(root)
