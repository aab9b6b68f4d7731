"""French names of the sky's objects, which the guidelines do not label (no person, body or
place): "Voie lactée", "Grande Ourse", "nébuleuse d'Orion".

Any article about an observatory, a planetarium or an astronomy club names them, and spaCy
reads the capitalised ones as places.  Whole articles only.
"""

from __future__ import annotations

import re

from storywire.model import Mention

# the galaxy and the constellations news names most; a one-word star or constellation
# ("Orion", "Pléiades") also names firms and satellites, so it is left to the models
_SKY = re.compile(
    r"(?:la |l['’])?(?:Voie [Ll]actée|Grande Ourse|Petite Ourse|Grand Chariot|Croix du Sud|"
    r"galaxie d['’]Andromède|nébuleuse d['’]Orion|ceinture d['’]Orion)"
)


def without_sky_objects(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` without the galaxy's and the constellations' names."""
    if language != "fr":
        return mentions
    return [m for m in mentions if not _SKY.fullmatch(m.text)]
