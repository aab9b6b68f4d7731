"""An exclusive lock between the processes of one server, held on a file beside the database."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def exclusive(path: Path | None) -> Iterator[None]:
    """Held by one process at a time (the others wait); a no-op without a path, or where files
    cannot be locked (not POSIX, a read-only folder), which leaves one process's own locks."""
    if path is None:
        yield
        return
    try:
        import fcntl

        handle = path.open("a")
    except (ImportError, OSError):
        yield
        return
    with handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
