"""Events and timelines: PLOVER-typed events extracted natively per language, merged across documents."""

from storywire.events.extract import Candidate, classify_text, event_id, extract_candidates
from storywire.events.merge import EventIndex

__all__ = ["Candidate", "EventIndex", "classify_text", "event_id", "extract_candidates"]
