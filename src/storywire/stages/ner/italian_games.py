"""Italian news of games, clubs and the bodies around them (session 31, round 30), by kind:

- an esports or gaming team named with its kind word is one body ("Nebula Esports", "Ardor
  Gaming"), and its bare name elsewhere in the article is the body too ("la Nebula"): the
  rules read a capitalised pair as a person and the bare name as a surname;
- a person with a nickname in guillemets or quotes between given name and surname is one
  person ('Paolo «Zeta» Conti'), as the guidelines say; the rules split it into a
  miscellany and a place;
- a municipality as a body ("Comune di Parma") is one ORG, which the rules drop after an
  office ("l'assessore del Comune di Parma, Marco Rossi");
- a technology park with its town ("Tecnopolo di Reggio Emilia") is a place;
- national bodies whose acronym Italian prints in title case and which end in a vowel ("il
  Coni", "l'Anci"), which `italian_acronyms` (consonant endings only) leaves typed MISC.

Whole articles only; each rule looks only where its cue word stands.
"""

from __future__ import annotations

import re

from storywire.identity.given_names import given_names
from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans

MODEL = "italian-games"
_NAME = r"[A-ZÀ-ÖØ-Þ][\w’'-]+"
_OF = r"(?:di|del|della|dello|dell['’]) *"
# A team's name, one or two capitalised words, then its kind word ("Nebula Esports").
# Articles and prepositions that open a sentence are never the team's name ("La Nebula Esports").
_NOT_TEAM = r"(?:Il|La|Lo|Le|I|Gli|Un|Una|Nel|Nella|Del|Della|Dal|Dalla|Per|Con|Alla|Oggi)\b"
_TEAM = re.compile(
    rf"(?<![\w'’-])(?!{_NOT_TEAM})(?P<name>{_NAME}(?: +{_NAME})?) +(?:Esports|eSports|E-Sports|Esport|Gaming)(?![\w-])"
)
_TEAM_CUES = ("Esport", "eSports", "E-Sports", "Gaming")
# Given name, nickname in guillemets or quotes, surname.
_NICKNAMED = re.compile(rf"(?<![\w-])(?P<given>{_NAME}) +[«\"“](?P<nick>[\w'’ .-]{{2,20}})[»\"”] +(?P<surname>{_NAME})")
_COMUNE = re.compile(rf"(?<![\w-])Comune +{_OF}{_NAME}(?: +{_NAME}){{0,2}}")
_TECNOPOLO = re.compile(rf"(?<![\w-])Tecnopolo(?: +{_OF}{_NAME}(?: +{_NAME})?| +{_NAME})")
# Real national bodies printed as title-case acronyms ending in a vowel (Olympic committee,
# municipalities' association, medicines agency, energy regulator, farm payments agency; not
# "Enea", also a given name).
_BODIES = re.compile(r"(?<![\w-])(?:Coni|Anci|Aifa|Arera|Agea)(?![\w-])")


def italian_games(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with esports teams, nicknamed people, "Comune di X", technology parks and
    title-case national acronyms typed as the module's docstring says."""
    if language != "it":
        return mentions
    out = mentions
    if any(cue in text for cue in _TEAM_CUES):
        out = _teams(text, out)
    if "«" in text or '"' in text or "“" in text:
        out = _nicknamed(text, out)
    if "Comune" in text:
        out = claimed_spans(text, out, [f.span() for f in _COMUNE.finditer(text)], "ORG", MODEL, 0.8)
    if "Tecnopolo" in text:
        out = claimed_spans(text, out, [f.span() for f in _TECNOPOLO.finditer(text)], "LOC", MODEL, 0.8)
    if any(body in text for body in ("Coni", "Anci", "Aifa", "Arera", "Agea")):
        out = claimed_spans(text, out, [f.span() for f in _BODIES.finditer(text)], "ORG", MODEL, 0.8)
    return out


def _teams(text: str, mentions: list[Mention]) -> list[Mention]:
    """Each "X Esports" one body, and each bare "X" after it in the article the same body."""
    spans: list[tuple[int, int]] = []
    names: set[str] = set()
    for found in _TEAM.finditer(text):
        spans.append(found.span())
        names.add(found["name"])
    out = claimed_spans(text, mentions, spans, "ORG", MODEL, 0.8)
    # The headline's bare kind word ("Esports, la Nebula ...") is no name.
    out = [m for m in out if m.text not in _TEAM_CUES and m.text != "Esports"]
    for name in names:
        bare = [
            f.span()
            for f in re.finditer(
                rf"(?<![\w-]){re.escape(name)}(?![\w-]| +(?:Esports|eSports|E-Sports|Esport|Gaming))", text
            )
        ]
        out = claimed_spans(text, out, bare, "ORG", MODEL, 0.7)
    return out


def _nicknamed(text: str, mentions: list[Mention]) -> list[Mention]:
    """A nicknamed person is one PER where a known given name opens it."""
    given = given_names("it")
    spans = [f.span() for f in _NICKNAMED.finditer(text) if f["given"] in given and f["surname"] not in given]
    return claimed_spans(text, mentions, spans, "PER", MODEL, 0.8)
