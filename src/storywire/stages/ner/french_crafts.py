"""French craft-trade news by its kind words (round 39: hairdressers, beauty salons, driving
schools): an apprentices' training centre named by its trade and its town is one body ("CFA de
la coiffure de Lyon", "centre de formation d'apprentis du bâtiment de Niort"); a union's or a
federation's branch named in apposition is a body, whatever its own words look like ("l'Unec
Rhône, la branche départementale de ..."); a tax's acronym names no body ("TVA").

The tagger reads the centre's acronym as a body and its town as a place of its own, the branch
by its territory as a place, and the tax as a body.  Whole articles only; each rule looks only
where its cue stands.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans

MODEL = "french-craft"
_CAP = r"[A-ZÀ-ÖØ-Þ][\w'’]*(?:-[A-ZÀ-ÖØ-Þ\w][\w'’]*)*"
_OF = r"(?:de la |de l['’]|du |des |de |d['’])"
# A training centre for apprentices with its trade in lower case ("de la coiffure", "des
# métiers de l'automobile") and the town it stands in: the town says which centre it is.  The
# acronym after "franc(s)" is a currency ("francs CFA de la BCEAO").
_TRAINING_CENTRE = re.compile(
    r"(?<![\w'’-])(?<!francs )(?<!franc )"
    r"(?:CFA|[Cc]entre de formation (?:d['’]|des )apprentis|[Ff]aculté des métiers|[Éé]cole des métiers)"
    rf"(?: {_OF}[a-zà-ÿ'’-]+(?: (?:et |de la |de l['’]|du |des |de |d['’])?[a-zà-ÿ'’-]+){{0,3}})?"
    rf" (?:de |d['’]|du |de la )(?P<town>{_CAP}(?: {_CAP})?)(?![\w'’-])"
)
# "X, la branche départementale de ...": what stands before the comma is the branch.
_BRANCH_AFTER = re.compile(
    r", (?:la|sa|l['’]|leur) ?(?:branche|section|antenne|délégation|fédération|union|chambre syndicale)"
    r"(?: (?:départementale|régionale|locale|territoriale|départemental|régional|local|territorial))?"
    r" (?:de |du |des |d['’])"
)
# (a place after a locative is where the branch acts: "à Lyon, la fédération régionale du ...")
_LOCATIVE = re.compile(r"(?i:\b(?:à|en|dans|au|aux|sur|vers|près de|depuis)) $")
# Taxes and contributions, typed a body by the tagger.
_TAXES = frozenset({"TVA", "CSG", "CRDS", "TICPE"})


def french_crafts(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the training centres and branches above, without taxes."""
    if language != "fr":
        return mentions
    out = [m for m in mentions if m.text not in _TAXES]
    for m in out:
        if m.type != "ORG" and _BRANCH_AFTER.match(text, m.end) and not _LOCATIVE.search(text, 0, m.start):
            m.type, m.model = "ORG", MODEL
    if "CFA" in text or "apprentis" in text or "métiers" in text:
        spans = [found.span() for found in _TRAINING_CENTRE.finditer(text)]
        out = claimed_spans(text, out, spans, "ORG", MODEL, 0.8)
    return out
