"""Ministries written with a lower-case head: "ministère de l'Intérieur", "il ministero delle
Infrastrutture", "el ministerio del Interior", "le ministère chinois des Affaires étrangères".

French, Italian and Spanish news writes the head in lower case and only the portfolio with a
capital.  The models see the portfolio alone (spaCy: "Armées" ORG; the Italian rules:
"Infrastrutture" MISC) or nothing; the name is the whole phrase, from the head to the end of
the portfolio, with a nationality adjective between them when there is one.  The minister
("ministro degli Esteri", "ministre de l'Intérieur") is a title, not a body: other words.
"""

from __future__ import annotations

import re

from storywire.model import Mention

_HEADS = {"fr": "ministère", "it": "ministero", "es": "ministerio"}
_OF = {
    "fr": r"(?:de\s+la\s+|de\s+l['’]|des\s+|du\s+|de\s+|d['’])",
    "it": r"(?:dell['’]|della\s+|delle\s+|dello\s+|degli\s+|dei\s+|del\s+|di\s+)",
    "es": r"(?:de\s+la\s+|de\s+los\s+|de\s+las\s+|del\s+|de\s+)",
}
_AND = {"fr": "et", "it": "e", "es": "y"}
# Lower-case words that belong to a portfolio after its capital ("Affaires étrangères").
_PORTFOLIO_TAILS = (
    "étrangères|étrangers|extérieures|sociales|publiques|numérique|territoriale|territoriales|"
    "esteri|sociali|pubblici|pubblica|exteriores|públicas|pública|sociales|nacional"
)
_CAP = r"[^\W\d_a-zß-ÿ][\w’'-]*"


def _pattern(language: str) -> re.Pattern[str] | None:
    head = _HEADS.get(language)
    if head is None:
        return None
    of, conj = _OF[language], _AND[language]
    word = rf"{_CAP}(?:\s+(?:{_PORTFOLIO_TAILS})\b)?"
    portfolio = rf"{word}(?:\s*,\s*{word})*(?:\s+{conj}\s+(?:{of})?{word})?"
    return re.compile(rf"\b[{head[0]}{head[0].upper()}]{head[1:]}(?:\s+[a-zà-ÿ]+)?\s+{of}{portfolio}")


_PATTERNS = {language: _pattern(language) for language in _HEADS}


def with_ministries(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with each ministry named by a lower-case head as one ORG; the model's mentions
    inside it (its portfolio, typed ORG or MISC) give way."""
    pattern = _PATTERNS.get(language)
    head = _HEADS.get(language, "")
    if pattern is None or head[1:] not in text:
        return mentions
    out = list(mentions)
    for match in pattern.finditer(text):
        s, e = match.start(), match.end()
        inside = [m for m in out if m.start < e and s < m.end]
        if any(m.start < s or m.end > e for m in inside) or any(m.type == "PER" for m in inside):
            continue  # the model saw a longer name, or a person after the office: leave it
        out = [m for m in out if m not in inside]
        out.append(Mention(s, e, text[s:e], "ORG", model="ministry", confidence=0.8))
    return sorted(out, key=lambda m: m.start)
