"""Which entity extraction a run asks for: the fast default, or the contextual taggers.

"contextual": where a contextual tagger ships (`ner-contextual-<lang>.npz`: the neural tagger
reading multilingual-e5-small's states too, see models/README.md), it replaces the fast
backend.  The encoder runs over every word, so it is many times slower.  It reads varied,
encyclopedic text much better (WikiANN), and news about as well as the fast backends for de
and en but worse for ru, where natasha (trained on Russian news) is the fast backend: the
figures are in the README.  The choice is read from the environment, so that analysis worker
processes follow the command that started them.
"""

from __future__ import annotations

import os

NER_MODE_ENV = "STORYWIRE_NER"
NER_MODES = ("fast", "contextual")


def ner_mode() -> str:
    mode = os.environ.get(NER_MODE_ENV) or "fast"
    if mode not in NER_MODES:
        raise ValueError(f"{NER_MODE_ENV}={mode!r}: choose from {', '.join(NER_MODES)}")
    return mode
