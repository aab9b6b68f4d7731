"""Arabic names of sport news in one pass over the words: athletes (`arabic_athletes`), teams,
clubs, bodies, channels, papers and sponsors (`arabic_teams`), circuits, venues and events
(`arabic_circuits`); and science's scholars, universities and institutes (`arabic_science`),
which share the pass rather than scan the text again.

Each rule opens at a trigger word: a cue ("فريق", "حلبة", "الاتحاد"), a role ("السائق"), an
office ("مدير") or a nationality's adjective ("الإيطالي").  The words are looked up once each
in one table of triggers (a clitic و ب ل ف before one stripped), so the rules cost a dict
lookup per word and run their handler at a trigger only, not a scan of the text each.
"""

from __future__ import annotations

import functools

from storywire.model import EntityType, Mention
from storywire.stages.ner.arabic_athletes import (
    APPOSITION_OFFICES,
    ROLES,
    apposition,
    apposition_office,
    cued_name,
    nationality,
)
from storywire.stages.ner.arabic_circuits import TRIGGERS as VENUE_TRIGGERS
from storywire.stages.ner.arabic_lexicon import CLITICS, rule_span
from storywire.stages.ner.arabic_science import TRIGGERS as SCIENCE_TRIGGERS
from storywire.stages.ner.arabic_teams import TRIGGERS as BODY_TRIGGERS
from storywire.stages.ner.arabic_teams import Handler, Hit
from storywire.stages.ner.arabic_triggers import clitic_forms
from storywire.stages.ner.tokens import Token

# The model name of the events' spans: `arabic_clitics` drops them once they have kept the
# gazetteer's place inside them out.
EVENT_MODEL = "rules:ar:event"
_TATWEEL = "\u0640"


@functools.cache
def _triggers() -> dict[str, Handler]:
    return {**SCIENCE_TRIGGERS, **BODY_TRIGGERS, **VENUE_TRIGGERS}


@functools.cache
def _trigger_forms() -> frozenset[str]:
    """The triggers bare, behind a clitic or a clitic drawn out by a tatweel ("لـمعهد"), and
    the roles and offices before a person (`_person_cue`), behind "و" or "ف" too."""
    triggers = _triggers().keys()
    drawn_out = {clitic + _TATWEEL + trigger for clitic in CLITICS for trigger in triggers}
    return clitic_forms(triggers) | drawn_out | clitic_forms(ROLES | APPOSITION_OFFICES)


def _person(words: list[str], i: int) -> tuple[list[Hit], bool]:
    """The name after a nationality or role at `i`, or in apposition after an office there;
    and whether the pass goes on after it (not past an apposition: the office's body before
    it may hold a team's cue, "مدير فريق X، Y Z،")."""
    hit = cued_name(words, i)
    if hit is not None:
        return [(hit[0], hit[1], "PER", 0)], True
    hit = apposition(words, i) if apposition_office(words[i]) else None
    return ([(hit[0], hit[1], "PER", 0)] if hit is not None else []), False


def _person_cue(word: str) -> bool:
    """A role, an office before an apposition, or a definite adjective of a country (a
    shape test first: most words are no "ال...ي"/"ال...ية")."""
    if word in ROLES or apposition_office(word):
        return True
    bare = word[1:] if word[:1] in "وف" else word  # "والإيطالي", "والسائق"
    if bare in ROLES:
        return True
    return bare.startswith("ال") and bare.endswith(("ي", "ية")) and nationality(bare)


def sport_mentions(text: str, toks: list[Token]) -> list[Mention]:
    """The sport rules' mentions (PER, ORG, LOC, and MISC events) in `toks`' text."""
    words = [t.text for t in toks]
    triggers = _triggers()
    out: list[Mention] = []
    done = 0  # the end of the last hit: a rule opens only after it
    forms = _trigger_forms()
    # a trigger, a role or an office, or a word shaped like a country's adjective ("...ي")
    for i in [i for i, w in enumerate(words) if w in forms or w.endswith(("ي", "ية"))]:
        if i < done:
            continue
        w = words[i]
        lead = 1 if w not in triggers and w[:1] in CLITICS and w[1:] in triggers else 0
        if w[1:2] == _TATWEEL and w[:1] in CLITICS and w[2:] in triggers:
            lead = 2  # "لـمعهد": the clitic drawn out by a tatweel
        handler = triggers.get(w[lead:])
        hits, past = (handler(words, i, lead), True) if handler is not None else ([], True)
        if not hits and _person_cue(w):
            hits, past = _person(words, i)
        for a, b, etype, clitic in hits:
            out.append(_mention(text, toks, a, b, etype, clitic))
            done = max(done, b) if past else done
    return out


def _mention(text: str, toks: list[Token], a: int, b: int, etype: EntityType, lead: int) -> Mention:
    m = rule_span(text, toks, a, b, etype, lead)
    if etype == "MISC":
        m.model = EVENT_MODEL
    return m
