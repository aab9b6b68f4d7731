"""Italian local news by its kinds of name (session 28's local community news): a town's
tourist association and the local branches of national bodies with their town ("Pro Loco di
Ussita", "Croce Verde di Fermo", "Camera di Commercio delle Marche": one body each, the bare
"la Pro Loco" no name), schools named by their kind and town ("Istituto comprensivo di Visso"),
newspapers named "Corriere ..." ("Corriere di Bologna", which the rules run into the person
quoted before it), and towns after a lower-case kind word or a resident's noun ("ospedale di
Fermo" and "i carabinieri della stazione di Visso" give the town, as the guidelines say; "un
anziano di Visso", "la provinciale per Ussita" name a town the rules leave untyped).

Whole articles only; each rule looks only where its cue word stands.
"""

from __future__ import annotations

import itertools
import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.place_lists import places_named_again

MODEL = "italian-local"
_NAME = r"[A-ZÀ-ÖØ-Þ][\w’'-]+"
# A town of one to three capitalised words ("Ascoli Piceno", "San Severino Marche").
_TOWN = rf"{_NAME}(?: +{_NAME}){{0,2}}"
_OF = r"(?:di|del|della|dei|delle|degli|dell['’]) *"
# Bodies named with their town or area, whose branch there is one body: the town's tourist
# association, the volunteer ambulance services, the chamber of commerce, a time bank.
_LOCAL_BODY = re.compile(
    r"(?<![\w-])(?:Pro +Loco|Croce +(?:Rossa|Verde|Bianca|Azzurra|Gialla)|Misericordia|Pubblica +Assistenza|"
    rf"Camera +di +Commercio|Banca +del +Tempo) +{_OF}{_TOWN}"
)
_LOCAL_CUES = ("Pro Loco", "Croce", "Misericordia", "Assistenza", "Commercio", "Banca del Tempo")
# The bare tourist association ("la Pro Loco porta in piazza"): no name, as the guidelines say.
_BARE_PRO_LOCO = re.compile(r"(?<![\w-])Pro +Loco(?! +(?:di|del|della|dell['’]|[A-ZÀ-ÖØ-Þ]))")
# Schools by their kind and town ("Istituto alberghiero di Loreto", "Liceo scientifico di
# Fermo"): one body, as a school named with its town is.
_SCHOOL_KINDS = (
    "comprensivo|omnicomprensivo|alberghiero|tecnico|professionale|agrario|nautico|magistrale|scientifico|"
    "classico|artistico|linguistico|musicale|statale|superiore|primaria|media|elementare|d['’]istruzione"
)
_SCHOOL = re.compile(rf"(?<![\w-])(?:Istituto|Liceo|Scuola) +(?:{_SCHOOL_KINDS})(?: +[a-zà-ù'’]+){{0,2}} +{_OF}{_TOWN}")
# Newspapers named "Corriere ..." ("Corriere della Sera", "Corriere Fiorentino", "Corriere di Bologna").
_CORRIERE = re.compile(rf"(?<![\w-])Corriere(?: +(?:della|dello|del|delle|di|dell['’]) *{_NAME}| +{_NAME})")
# What runs into a newspaper's name before it: "ha raccontato Rossi al Corriere".
_RUN_IN = re.compile(r" +(?:al|allo|alla|del|dello|della|dal|dallo|dalla|sul|sullo|sulla|nel|nello|nella) +$")
# A lower-case kind word before a town gives the town only: "all'ospedale di Fermo",
# "i carabinieri della stazione di Visso" (a railway station keeps its kind word: only with
# "carabinieri" before it).
_KIND_AND_TOWN = re.compile(rf"^(?P<kind>ospedale|stazione) +(?:di|del|della|dell['’]) *(?P<town>{_TOWN})$")
_CARABINIERI = re.compile(r"carabinieri +(?:della|dalla|alla|nella)? *$")
# A resident's noun or a road's before a town: "un'anziana di Montemonaco", "un 45enne di Fermo",
# "la provinciale per Ussita".
_TOWN_CUE = re.compile(
    r"(?<![\w-])(?:(?:[Uu]n|[Uu]na|[Uu]n['’]) *(?:anzian[oa]|donna|uomo|ragazz[oa]|giovane|bambin[oa]|pensionat[oa]|"
    r"\d{2}enne)|residente|residenti|originari[oa]|nativ[oa]) +(?:di|da) +"
    r"|(?<![\w-])(?:provinciale|statale|regionale|strada) +(?:per|verso) +"
    # a motorway's exit is named by its town ("il casello di Terme Euganee"), the kind word out
    r"|(?<![\w-])(?:casello|svincolo) +(?:di|per) +"
)

# A trade's firm named after its lower-case trade word, with its town ("la lavanderia industriale
# Euganea Servizi di Rovigo", "l'autofficina Motor Sport di Lugo"): the firm alone is the body
# (the kind word out) and the town a place; the taggers see no name there. One adjective may
# stand between, never a preposition ("la carrozzeria di Mario Rossi" names a person's shop).
_TRADE_FIRM = re.compile(
    r"(?<![\w-])(?:lavanderia|tintoria|autofficina|carrozzeria|concessionaria|autosalone)"
    rf"(?: +(?!(?:di|del|della|dei|da|dal|in|a|per|e)\b)[a-zà-ù]+)? +(?P<firm>{_NAME}(?: +{_NAME}){{0,2}})"
    rf"(?: +di +(?P<town>{_TOWN}))?(?![\w’'-])"
)
_TRADE_CUES = ("lavanderia", "tintoria", "officina", "carrozzeria", "concessionaria", "autosalone")


def _trade_firms(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with each firm after its trade word ORG and its town LOC."""
    firms: list[tuple[int, int]] = []
    towns: list[tuple[int, int]] = []
    for found in _TRADE_FIRM.finditer(text):
        firms.append(found.span("firm"))
        if found["town"] is not None:
            towns.append(found.span("town"))
    out = claimed_spans(text, mentions, firms, "ORG", MODEL, 0.75) if firms else mentions
    return claimed_spans(text, out, towns, "LOC", MODEL, 0.7) if towns else out


def italian_local(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with local bodies and schools one ORG with their town, "Corriere ..." one
    ORG, and towns after lower-case kind words and residents' nouns LOC."""
    if language != "it":
        return mentions
    spans: list[tuple[int, int]] = []
    if any(cue in text for cue in _LOCAL_CUES):
        spans.extend(found.span() for found in _LOCAL_BODY.finditer(text))
    if "Istituto" in text or "Liceo" in text or "Scuola" in text:
        spans.extend(found.span() for found in _SCHOOL.finditer(text))
    if "Corriere" in text:
        corriere = [found.span() for found in _CORRIERE.finditer(text)]
        mentions = _without_run_ins(text, mentions, corriere)
        spans.extend(corriere)
    out = claimed_spans(text, mentions, sorted(set(spans)), "ORG", MODEL, 0.8)
    if "Pro Loco" in text:
        bare = [found.span() for found in _BARE_PRO_LOCO.finditer(text)]
        out = [m for m in out if not any(s <= m.start and m.end <= e for s, e in bare)]
    if "ospedale" in text or "stazione" in text:
        out = [_town_only(text, m) for m in out]
    if any(cue in text for cue in _TRADE_CUES):
        out = _trade_firms(text, out)
    found = _towns_after_cues(text, out)
    if "Comune di " in text or "comune di " in text:
        found = _towns_of_councils(text, found)
    # a town found by its cue is the same town elsewhere in the article (the headline's "Visso,")
    return places_named_again(text, found, language) if found is not out else out


def _without_run_ins(text: str, mentions: list[Mention], spans: list[tuple[int, int]]) -> list[Mention]:
    """`mentions` with a person's name that runs into a newspaper's ("Rossi al Corriere") cut
    before the preposition."""
    for m in mentions:
        for start, end in spans:
            if m.start < start < m.end <= end:
                cut = _RUN_IN.search(text, m.start, start)
                if cut is not None and cut.start() > m.start:
                    m.end = cut.start()
                    m.text = text[m.start : m.end]
    return mentions


def _town_only(text: str, m: Mention) -> Mention:
    found = _KIND_AND_TOWN.match(m.text)
    if found is None:
        return m
    if found["kind"] == "stazione" and not _CARABINIERI.search(text, max(0, m.start - 30), m.start):
        return m
    start = m.start + found.start("town")
    return Mention(start, m.end, text[start : m.end], "LOC", MODEL, 0.75)


def _towns_after_cues(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with a town after a resident's noun or a road's typed LOC, or found."""
    return towns_after(text, mentions, _TOWN_CUE, _TOWN, MODEL)


def towns_after(text: str, mentions: list[Mention], cues: re.Pattern[str], town: str, model: str) -> list[Mention]:
    """`mentions` with the town (`town`, a pattern) right after each of `cues` typed LOC, or
    found; only a town the rules left untyped or typed MISC is taken: a person or a body stays
    ("la centrale di Enel")."""
    spans: list[tuple[int, int]] = []
    for cue in cues.finditer(text):
        found = re.match(town, text[cue.end() :])
        if found is not None:
            spans.append((cue.end(), cue.end() + found.end()))
    if not spans:
        return mentions
    return claimed_spans(
        text,
        mentions,
        spans,
        "LOC",
        model,
        0.7,
        blocks=lambda m, start, end: m.type in ("PER", "ORG") or m.start < start or m.end > end,
    )


# A municipality acting names its town ("il Comune di Ustica valuta un ricorso"): the article's
# other bare mentions of that name are the town, which the rules left a miscellany or read as a
# body after a preposition ("sul molo di Ustica"); a bare name acting ("Ustica ha deciso") stays.
_COUNCIL_TOWN = re.compile(rf"(?<![\w-])[Cc]omune +di +(?P<town>{_TOWN})(?![\w’'-])")
_PREPOSITION_BEFORE = re.compile(r"(?<![\w-])(?:di|a|da|per|in|tra|fra) +$")
# ... and a miscellany coordinated with such a town is one more place of the list ("per Ustica,
# Lampedusa e Linosa").
_COORDINATION = re.compile(r"^(?:, +| +e +| +ed +)$")


def _towns_of_councils(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with the bare mentions of a town named by its council, and the miscellanies
    listed with them, typed LOC (retyped in place: the list is returned)."""
    towns = {found["town"] for found in _COUNCIL_TOWN.finditer(text)}
    if not towns:
        return mentions
    out = list(mentions)
    placed: set[str] = set()
    for m in out:
        if m.text not in towns:
            continue
        after_preposition = _PREPOSITION_BEFORE.search(text, max(0, m.start - 6), m.start) is not None
        if m.type == "MISC" or (m.type == "ORG" and after_preposition):
            m.type, m.model = "LOC", MODEL
        if m.type == "LOC":
            placed.add(m.text)
    changed = True
    while changed:  # a list's next item, then the one after it
        changed = False
        for a, b in itertools.pairwise(out):
            if not _COORDINATION.match(text[a.end : b.start]):
                continue
            for one, other in ((a, b), (b, a)):
                if one.type == "MISC" and other.type == "LOC" and other.text in placed and " " not in one.text:
                    one.type, one.model = "LOC", MODEL
                    placed.add(one.text)
                    changed = True
    for m in out:  # the listed names elsewhere in the article ("Lampedusa e Linosa restano isolate")
        if m.type == "MISC" and m.text in placed:
            m.type, m.model = "LOC", MODEL
    return out
