"""French regional newspapers named by their head word and their region, with their article:
"L'Écho de la Vilaine", "Le Courrier de l'Ouest", "La Voix du Nord", "La Dépêche du Midi",
"Le Journal de Saône-et-Loire" (the guidelines keep a newspaper's leading article).

spaCy reads the region after "de" as a place of its own and the head as a common noun, or the
whole title as a place.  A head word alone ("le journal", "Le Progrès" opening a sentence) is
no title: the region after "de"/"du" makes the shape.  Whole articles only; the pattern runs
only where a head word stands.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans

MODEL = "french-press"
_HEADS = (
    "Écho", "Echo", "Courrier", "Journal", "Dépêche", "Voix", "Progrès", "Républicain", "Gazette", "Éveil",
    "Réveil", "Messager", "Nouvelliste", "Indépendant", "Petit Journal", "Impartial",
)  # fmt: skip
_CAP = r"[A-ZÀ-ÖØ-Þ][\w’'-]*"
_TITLE = re.compile(
    rf"(?<![\w’'-])(?:L['’]|Le |La )(?:{'|'.join(_HEADS)}) "
    rf"(?:de la |de l['’]|du |des |de |d['’]){_CAP}(?:-{_CAP})*(?: (?:de la |du |de |d['’])?{_CAP}){{0,2}}"
    r"(?![\w’'-])"
)

# ... and by their head word and a lower-case demonym or adjective of their region ("L'Écho
# valentinois", "Le Républicain lorrain", "Le Dauphiné libéré"): the suffix makes the shape, so
# that "le Progrès social" stays a phrase.
_DEMONYM_TITLE = re.compile(
    rf"(?<![\w’'-])(?:L['’]|Le |La )(?:{'|'.join((*_HEADS, 'Dauphiné', 'Populaire', 'Bien public'))}) "
    r"(?:[a-zà-ÿ]+(?:ois|oise|ais|aise|ain|aine|ien|ienne|in|ine|ard|arde|on|onne)|libérée?|libre)"
    r"(?![\w’'-])"
)

# Titles of one word after a capitalised elided article, which the organisations' list cannot
# hold (its matcher reads a name without its elided article, and "Indépendant" alone is an
# adjective): "dans L'Indépendant", "selon L'Est républicain".
_ELIDED_TITLES = re.compile(
    r"(?<![\w’'-])L['’](?:Indépendant|Est républicain|Ardennais|Yonne républicaine|Éclair|Équipe)"
    r"(?![\w’'-])"
)


_TRIGGERS = (*_HEADS, "Dauphiné", "Populaire", "Bien public", "L'", "L’")


def french_press(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with each regional newspaper's title one organisation, in place of the
    mentions inside it; a person's name that runs past the title keeps it."""
    if language != "fr" or not any(head in text for head in _TRIGGERS):
        return mentions
    spans = [found.span() for found in _TITLE.finditer(text)]
    spans += [found.span() for found in _ELIDED_TITLES.finditer(text)]
    spans += [found.span() for found in _DEMONYM_TITLE.finditer(text)]
    return claimed_spans(text, mentions, spans, "ORG", MODEL, 0.8) if spans else mentions
