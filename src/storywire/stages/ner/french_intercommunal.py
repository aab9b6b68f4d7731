"""French intercommunal authorities are bodies, not territories: "Métropole de Lyon", "Nantes
Métropole", "Communauté de communes du Pays de Landerneau", "Communauté d'agglomération du Grand
Avignon", "Grand Chambéry Agglo".

spaCy reads them as places, as their names hold one; news names them for what they decide, fund
or ask ("à la demande de la Métropole de Lyon").  The capitalised kind word makes the authority,
as a capitalised "Région" that funds does; a lower-case "la métropole lyonnaise" is the area and
stays as it is.  Only a mention a model found is retyped.  Whole articles only.
"""

from __future__ import annotations

import re

from storywire.model import Mention

MODEL = "french-intercommunal"
_AUTHORITY = re.compile(
    r"(?:Métropole|Communauté de communes|Communauté d['’]agglomération|Communauté urbaine|"
    r"Communauté de l['’]agglomération) .+|.+ (?:Métropole|Agglo|Agglomération)"
)


def french_intercommunal(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with each intercommunal authority typed ORG."""
    if language != "fr" or ("Métropole" not in text and "Communauté" not in text and "Agglo" not in text):
        return mentions
    return [
        Mention(m.start, m.end, m.text, "ORG", MODEL, m.confidence)
        if m.type in ("LOC", "MISC") and _AUTHORITY.fullmatch(m.text)
        else m
        for m in mentions
    ]
