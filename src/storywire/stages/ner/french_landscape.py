"""French landscapes named after a lower-case kind word: "la vallée de la Loire", "la plaine
du Forez", "l'estuaire de la Gironde".  The guidelines give the name alone, a place ("a region or
a hill after a lower-case kind word gives the name").

spaCy's French model leaves the river or region after the kind word untagged in a long sentence.
Only where no model found anything: a mention there keeps its own edges and type.  Whole
articles only.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans

MODEL = "french-landscape"
_NAME = r"[A-ZÀ-ÖØ-Þ][\w’']*(?:-[\w’']+)*"
_LANDSCAPE = re.compile(
    r"(?<![\w-])(?:vallée|vallées|plaine|estuaire|delta|massif|plateau|bassin|baie|forêt|presqu['’]île) "
    rf"(?:de la |de l['’]|du |des |de |d['’])(?P<name>{_NAME})(?![\w’'-])(?! (?:de |du |des |d['’])?[A-ZÀ-ÖØ-Þ])"
)


def _any(m: Mention, start: int, end: int) -> bool:
    return True


def french_landscapes(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with each untagged name after a landscape's lower-case kind word, a place."""
    if language != "fr" or not any(
        word in text
        for word in ("vallée", "plaine", "estuaire", "delta", "massif", "plateau", "bassin", "baie", "forêt", "presqu")
    ):
        return mentions
    spans = [found.span("name") for found in _LANDSCAPE.finditer(text)]
    return claimed_spans(text, mentions, spans, "LOC", MODEL, 0.75, blocks=_any) if spans else mentions
