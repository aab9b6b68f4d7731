"""Italian music and publishing news by its shapes: an orchestra or a choir named by its kind
word ("Orchestra Sinfonica della Radio Slovena": one ORG, the tagger reads it as a person or
misses it) and its short name later in the article ("la Filarmonica suonerà": ORG); a hall
with a name of its own and its town ("Teatro Verdi di Pordenone", "Konzerthaus di Klagenfurt":
two places, as the guidelines settle), a publisher and its seat ("X Verlag di Klagenfurt": the
firm and the town); a German concert hall's compound read as a miscellany ("l'Isarphilharmonie":
a place); a composer after a work's kind word ("la Quarta sinfonia di Brahms": a person); a
river after "lungo il" ("lungo il Tagliamento": a place).

Whole articles only; each rule looks only where its cue stands.
"""

from __future__ import annotations

import re

from storywire.model import EntityType, Mention
from storywire.stages.ner.claimed_spans import claimed_spans

MODEL = "italian-culture"
_NAME = r"[A-ZÀ-ÖØ-Þ][\w’'-]+"
_OF = r"(?:di|del|della|dello|dei|degli|delle|d['’]|dell['’])"
# "Orchestra Filarmonica del Friuli", "Coro del Teatro Regio", "Filarmonica della Scala"
_ENSEMBLE = re.compile(
    r"(?<![\w-])(?:Orchestra(?: (?:Filarmonica|Sinfonica|Giovanile|da [Cc]amera))?|Filarmonica|Camerata|Coro)"
    rf"(?: +{_NAME})*(?: +{_OF} *{_NAME}(?: +{_NAME})*)+"
)
_SHORT = re.compile(r"(?<![\w-])(?:Filarmonica|Orchestra|Camerata)(?![\w-])")
# a hall with a name of its own, then its town: two places; a generic adjective makes the kind
# word and the town one name ("Teatro Comunale di Bologna"), as a museum's does
_HALL = re.compile(
    rf"^(?P<hall>(?:Teatro|Auditorium|Auditorio) +{_NAME}(?: +{_NAME})?|\w+(?:haus|halle|saal|philharmonie))"
    rf" +(?:di|a|in) +(?P<town>{_NAME}(?: +{_NAME})?)$"
)
_GENERIC = re.compile(r"(?:Comunale|Civico|Municipale|Stabile|Nazionale|Regionale|Sociale|Nuovo|Pubblico)\b")
# a publisher's kind word after its name, then its seat: the firm and the town
_PUBLISHER = re.compile(
    rf"^(?P<firm>(?:{_NAME} +)+(?:Edizioni|Editore|Editori|Editrice|Verlag|Publishing|Éditions))"
    rf" +(?:di|da) +(?P<town>{_NAME})$"
)
_VENUE_COMPOUND = re.compile(r"^[A-ZÄÖÜ]\w*(?:philharmonie|konzerthaus|musikhalle|festspielhaus)$")
_WORK = re.compile(
    r"(?:sinfonia|sinfonie|concerto|concerti|sonata|sonate|quartetto|requiem|musiche|suite|preludio|"
    r"notturno|ouverture|oratorio) +di +$"
)
_ALONG = re.compile(r"lungo (?:il|l['’]) *$")


def italian_culture(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with orchestras and their short names ORG, halls and publishers split from
    their towns, concert-hall compounds places, composers after a work people and a river
    after "lungo il" a place."""
    if language != "it":
        return mentions
    out = mentions
    if "Orchestra" in text or "Filarmonica" in text or "Coro" in text or "Camerata" in text:
        out = _ensembles(text, out)
    out = [piece for m in out for piece in _split_seat(text, m)]
    for m in out:
        if m.type == "MISC" and _VENUE_COMPOUND.match(m.text):
            m.type, m.model = "LOC", MODEL  # "l'Isarphilharmonie di Monaco"
        elif m.type == "MISC" and " di" in text and _WORK.search(text, max(0, m.start - 30), m.start):
            m.type, m.model = "PER", MODEL  # "la Quarta sinfonia di Brahms"
        elif m.type == "MISC" and "lungo" in text and _ALONG.search(text, max(0, m.start - 12), m.start):
            m.type, m.model = "LOC", MODEL  # "lungo il Tagliamento"
    composers = {m.text for m in out if m.model == MODEL and m.type == "PER"}
    for m in out:
        if m.type == "MISC" and m.text in composers:
            m.type, m.model = "PER", MODEL  # the headline's "porta Brahms a Vienna"
    return out


def _ensembles(text: str, mentions: list[Mention]) -> list[Mention]:
    """Each orchestra or choir named with its kind word one ORG, and its kind word alone,
    later in the article, ORG."""
    spans = [found.span() for found in _ENSEMBLE.finditer(text)]
    if not spans:
        return mentions
    out = claimed_spans(text, mentions, spans, "ORG", MODEL, 0.8)
    heads = {word for s, e in spans for word in text[s:e].split()[:2]}
    short: list[tuple[int, int]] = []
    for found in _SHORT.finditer(text):
        s, e = found.span()
        if found.group() not in heads or any(a <= s < b for a, b in spans):
            continue
        if re.match(rf" +(?:{_OF} *)?{_NAME}", text[e : e + 40]):
            continue  # a longer name the pattern did not take
        short.append((s, e))
    return claimed_spans(text, out, short, "ORG", MODEL, 0.75)


def _split_seat(text: str, m: Mention) -> list[Mention]:
    """ "Teatro Verdi di Pordenone" -> "Teatro Verdi" + "Pordenone"; "X Verlag di Graz" ->
    "X Verlag" (ORG) + "Graz"."""
    if " " not in m.text:
        return [m]
    kinds: tuple[EntityType, EntityType]
    found = _HALL.match(m.text) if m.type in ("LOC", "ORG") else None
    if found is not None and not _GENERIC.match(found.group("hall").split()[-1]):
        first, second = "hall", "town"
        kinds = ("LOC", "LOC")
    else:
        found = _PUBLISHER.match(m.text) if m.type == "ORG" else None
        if found is None:
            return [m]
        first, second = "firm", "town"
        kinds = ("ORG", "LOC")
    s1, e1 = found.span(first)
    s2, e2 = found.span(second)
    return [
        Mention(m.start + s1, m.start + e1, text[m.start + s1 : m.start + e1], kinds[0], MODEL, m.confidence),
        Mention(m.start + s2, m.start + e2, text[m.start + s2 : m.start + e2], kinds[1], MODEL, m.confidence),
    ]
