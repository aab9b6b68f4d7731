"""French family trades named by their capitalised trade and their owner: "les Pompes funèbres
Le Bihan", "Transports Gourvès", "Marbrerie Kerdraon", "Ambulances du Trégor".

A capitalised trade word inside a sentence is the firm's own name, which keeps it (as "Pompes
Garnier SARL" and the German "Bäckerei Klauke" do); spaCy reads the owner as a person and the
trade as a common noun.  A lower-case trade ("la marbrerie Guillou") gives the owner alone
(`body_nouns`); at a sentence's start the capital says nothing, so that is left.  Whole articles
only; the pattern runs only where a trade word stands.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.span_words import starts_sentence

MODEL = "french-trade"
_TRADES = (
    "Pompes funèbres", "Établissements", "Ets", "Transports", "Ambulances", "Taxis", "Autocars", "Cars",
    "Menuiserie", "Marbrerie", "Charpentes", "Couverture", "Plomberie", "Maçonnerie", "Garage", "Boulangerie",
    "Boucherie", "Charcuterie", "Scierie", "Conserverie", "Laiterie", "Fromagerie", "Brasserie", "Distillerie",
    "Cidrerie", "Biscuiterie", "Chocolaterie", "Imprimerie", "Serrurerie", "Miroiterie", "Ébénisterie",
)  # fmt: skip
_NAME = r"[A-ZÀ-Ö][\w'’]*(?:-[A-ZÀ-Ö][\w'’]*)*"
_TRADE_FIRM = re.compile(
    rf"(?<![\w'’-])(?:{'|'.join(_TRADES)}) "
    rf"(?:(?:Le |La |Les |du |des |de la |de l['’]|de |d['’]){_NAME}|{_NAME})(?: {_NAME}){{0,2}}(?![\w'’-])"
)


def french_trades(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with each family trade named by its capitalised trade and owner one ORG."""
    if language != "fr" or not any(trade in text for trade in _TRADES):
        return mentions
    spans = [found.span() for found in _TRADE_FIRM.finditer(text) if not starts_sentence(text, found.start())]
    return claimed_spans(text, mentions, spans, "ORG", MODEL, 0.75) if spans else mentions
