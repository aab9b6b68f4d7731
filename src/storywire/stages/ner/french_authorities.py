"""French authorities that models read as places or things are bodies: the intercommunal
authorities ("Métropole de Lyon", "Nantes Métropole", "Communauté de communes du Pays de
Landerneau", "Grand Chambéry Agglo"), ombudsmen ("Médiateur de l'assurance", "Défenseur des
droits"), and law firms named by their partners ("Lemaire Garnier Avocats", "Causse & Associés").

spaCy reads them as places, as their names hold one; news names them for what they decide, fund
or ask ("à la demande de la Métropole de Lyon").  The capitalised kind word makes the authority,
as a capitalised "Région" that funds does; a lower-case "la métropole lyonnaise" is the area and
stays as it is.  An ombudsman's office is read as a work or a title, a firm of partners as a
person.  Only a mention a model found is retyped.  Whole articles only.
"""

from __future__ import annotations

import re

from storywire.model import Mention

MODEL = "french-authority"
_AUTHORITY = re.compile(
    r"(?:Métropole|Communauté de communes|Communauté d['’]agglomération|Communauté urbaine|"
    r"Communauté de l['’]agglomération) .+|.+ (?:Métropole|Agglo|Agglomération)"
    r"|Médiateur (?:de l['’]|de la |des |du |national ).+|Défenseur des droits"
    r"|.+ (?:Avocats|Avocats associés|Associés|& Associés)"
)

_TRIGGERS = ("Métropole", "Communauté", "Agglo", "Médiateur", "Défenseur", "Avocats", "Associés")


def french_authorities(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with each intercommunal authority, ombudsman and firm of partners typed ORG."""
    if language != "fr" or not any(word in text for word in _TRIGGERS):
        return mentions
    return [
        Mention(m.start, m.end, m.text, "ORG", MODEL, m.confidence)
        if m.type in ("LOC", "MISC", "PER") and _AUTHORITY.fullmatch(m.text)
        else m
        for m in mentions
    ]
