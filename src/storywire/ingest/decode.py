"""Bytes to text, or a typed rejection: empty, binary, over-size, undecodable.

Mojibake (UTF-8 read as cp1252 and saved again) is repaired with ftfy's encoding fixer
only, so quotes, line breaks and HTML entities stay exactly as written; the repair is noted
on the article.
"""

from __future__ import annotations

from dataclasses import dataclass

import ftfy

from storywire.model import RejectReason

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
_CONTROL_OK = {"\n", "\r", "\t", "\f", "\v"}


class InputRejected(Exception):
    """An input that cannot become an article; carries its typed reason."""

    def __init__(self, reason: RejectReason, detail: str = "") -> None:
        super().__init__(f"{reason.value}: {detail}" if detail else reason.value)
        self.reason = reason
        self.detail = detail


@dataclass
class DecodedText:
    text: str
    notes: list[str]


def looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and chr(b) not in _CONTROL_OK)
    return controls > max(8, len(sample) // 20)


def check_size(data: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
    if len(data) > max_bytes:
        raise InputRejected(RejectReason.OVERSIZE, f"{len(data)} bytes > limit {max_bytes}")


def repair_text(text: str) -> DecodedText:
    """Repair mojibake and strip stray control characters from already-decoded text."""
    notes: list[str] = []
    fixed = ftfy.fix_encoding(text)
    if fixed != text:
        notes.append("mojibake repaired (ftfy)")
    cleaned = "".join(ch for ch in fixed if ch >= " " or ch in _CONTROL_OK)
    if cleaned != fixed:
        notes.append("control characters removed")
    return DecodedText(cleaned, notes)


def decode_bytes(data: bytes, max_bytes: int = DEFAULT_MAX_BYTES, encoding: str | None = None) -> DecodedText:
    """Decode one input's bytes (UTF-8 unless `encoding` is given) or raise InputRejected."""
    check_size(data, max_bytes)
    if not data.strip():
        raise InputRejected(RejectReason.EMPTY, "no content")
    if looks_binary(data):
        raise InputRejected(RejectReason.BINARY, "contains NUL or control bytes")
    try:
        text = data.decode(encoding or "utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputRejected(
            RejectReason.UNDECODABLE,
            f"not valid {encoding or 'UTF-8'} at byte {error.start}; give --encoding if it is a legacy encoding",
        ) from error
    except LookupError as error:
        raise InputRejected(RejectReason.UNDECODABLE, f"unknown encoding {encoding!r}") from error
    decoded = repair_text(text)
    if not decoded.text.strip():
        raise InputRejected(RejectReason.EMPTY, "only whitespace")
    return decoded
