"""French associations, federations and unions whose name runs on past an "et" to its territory:
"Association départementale des déportés et internés résistants du Finistère", "Fédération
nationale des anciens combattants et victimes de guerre de Bretagne".

spaCy ends the name at the first noun ("Association départementale des déportés") and reads the
territory as a place of its own.  The name is taken on only over lower-case words joined by
"et" and a "du"/"de la" right before a place a model found, so that a verb or an article stops
it ("L'Association des maires a écrit au préfet du Finistère").

One more shape of the same cut: an old boys' association named by the body its members served
or studied in ("Amicale des anciens du 31e dragons", "Association des anciens élèves du lycée
Hoche"), one ORG with that body.  (A body's name run on past "et" up to its acronym in brackets,
"Office national des combattants et des victimes de guerre (ONaCVG)", is one ORG by
`brackets.bodies_before_acronyms`.)  And a residents' association named by a motto after a
lower-case "association" or "collectif" ("l'association Vivre à Mellac", "le collectif Sauvons la
vallée de l'Aff"): spaCy ends it at the verb; or by a name in guillemets, taken without them.
Whole articles only.
"""

from __future__ import annotations

import re

from storywire.identity.given_names import given_names
from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.cues import word_set

MODEL = "french-association"
_HEADS = (
    "Association", "Fédération", "Union", "Amicale", "Comité", "Syndicat", "Ligue", "Confédération",
    "Coordination", "Collectif",
)  # fmt: skip
_RUN_ON = re.compile(r" (?:et|ou) (?P<words>[a-zà-ÿ’'-]+(?: [a-zà-ÿ’'-]+){0,5}?) (?:du|de la|de l['’]|des|de|d['’]) ?$")
# words that a clause, not a name, puts between ("et a écrit au préfet du ...")
_CLAUSE_WORDS = word_set(
    "a ont est sont était sera qui que le la les un une au aux pour avec sur dans par se sa son ses leur leurs ne "
    "pas y en il elle ils elles on"
)
_REACH = 80
_ALUMNI = re.compile(
    rf"(?<![\w-])(?:{'|'.join(_HEADS)}|Société) des anciens(?: [a-zà-ÿ-]+){{0,2}} "
    r"(?:du |de la |de l['’]|des |d['’])(?:[a-zà-ÿ-]+ )?$"
)
# A motto opens with an infinitive or a "let us" ("Vivre", "Agir", "Sauvons", "Bien vivre") and ends
# at a capitalised name within six words.
_MOTTO = re.compile(
    r"(?<![\w-])(?:[Aa]ssociation|[Cc]ollectif) (?P<name>(?:Bien |Mieux )?[A-ZÀ-Ö][a-zà-ÿ]+(?:er|ir|re|ons)"
    r"(?: [a-zà-ÿ'’]+){0,5}? (?:l['’]|d['’])?[A-ZÀ-Ö][\w’'-]*)(?![\w’'-])"
)

# ... and a name in guillemets after "association"/"collectif" and its complement or adjective
# ("le collectif d'usagers « Vallée sans bruit »", "l'association citoyenne « Bien vivre ici »"):
# the name without its quotes (the guidelines), where spaCy reads a place inside it.  Only a
# complement opened by "d'"/"de" or an adjective stands between, so a quoted sentence after a
# verb ("le collectif a dénoncé « Une honte »") is not taken.
_QUALIFIER = (
    r"(?: (?:d['’][a-zà-ÿ]+|(?:de|des|du) [a-zà-ÿ]+"
    r"|[a-zà-ÿ]+(?:en|enne|ois|oise|ale|al|aux|ain|aine|ique|iste|if|ive)))"
)
_QUOTED_NAME = re.compile(
    rf"(?<![\w-])(?:[Aa]ssociation|[Cc]ollectif){_QUALIFIER}{{0,2}} «[ \u00a0\u202f]?"
    r"(?P<name>[A-ZÀ-Ö][^«»\n.!?]{0,60}?)[ \u00a0\u202f]?»"
)

# A national federation's name cut after its adjective ("Fédération française" + "de crémation"):
# its remit, a noun and perhaps an adjective, belongs to it.
_NATIONAL_END = re.compile(r" (?:française|nationale|internationale|européenne|mondiale|régionale|départementale)$")
_REMIT = re.compile(
    r" (?:de la |de l['’]|du |des |de |d['’])[a-zà-ÿ][a-zà-ÿ-]+"
    r"(?: [a-zà-ÿ]+(?:ale|ales|aux|aire|aires|ique|iques|elle|elles))?"
    r"(?![\w’'-])"
)


# A traders' or residents' association named by its hall, quarter or street, whose name the
# place's own name ends ("Association des commerçants de la halle Saint-Martin", "Union des
# commerçants du quartier Gambetta"): spaCy stops at the lower-case kind word.
_PLACE_KIND_END = re.compile(r" (?:de la|du|des) (?:halles?|marché|quartier|rue|place|avenue|boulevard)$")
_CAPITALISED = r"[A-ZÀ-Ö][\w'’]*(?:-[\w'’]+)*"
_NEXT_NAME = re.compile(rf" {_CAPITALISED}(?: (?:de la |de l['’]|du |des |de |d['’])?{_CAPITALISED})?")


def _named_by_place(text: str, mentions: list[Mention]) -> list[Mention]:
    spans = []
    for m in mentions:
        if m.type == "ORG" and m.text.startswith(_HEADS) and _PLACE_KIND_END.search(m.text):
            found = _NEXT_NAME.match(text, m.end)
            if found is not None:
                spans.append((m.start, found.end()))
    return claimed_spans(text, mentions, spans, "ORG", MODEL, 0.75) if spans else mentions


# A club or society named by its pursuit and then its home ("Club d'astronomie des Monts du Forez",
# "Cercle de généalogie de Cholet"): spaCy ends the ORG at the pursuit, a lower-case noun, and
# reads the home as a place of its own; the home is part of the name, as a committee's town is.
_PURSUIT_HEADS = (*_HEADS, "Club", "Cercle", "Société")
_HOME_AFTER = re.compile(r" (?:du|de la|de l['’]|des|de|d['’]) ?$")


def _clubs_with_homes(text: str, mentions: list[Mention]) -> list[Mention]:
    places = {m.start: m for m in mentions if m.type == "LOC"}
    spans = []
    for m in mentions:
        if m.type != "ORG" or not m.text.startswith(_PURSUIT_HEADS) or " " not in m.text:
            continue
        if not m.text.rsplit(" ", 1)[-1].lstrip("dl'’")[:1].islower():
            continue
        for start, place in places.items():
            if m.end < start <= m.end + 8 and _HOME_AFTER.fullmatch(text, m.end, start):
                spans.append((m.start, place.end))
    return claimed_spans(text, mentions, spans, "ORG", MODEL, 0.75) if spans else mentions


def _remits(text: str, mentions: list[Mention]) -> list[Mention]:
    for m in mentions:
        if m.type == "ORG" and m.text.startswith(_HEADS) and _NATIONAL_END.search(m.text):
            found = _REMIT.match(text, m.end)
            if found is not None:
                m.end = found.end()
                m.text, m.model = text[m.start : m.end], MODEL
    return mentions


def french_associations(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with an association's name run on over "et ..." to its territory as one ORG,
    in place of the name cut short and the territory; an old boys' association with its body, the
    same."""
    if language != "fr":
        return mentions
    mentions = _plural_groups(text, mentions)
    if "Club " in text or "Cercle " in text or "Société " in text or any(head in text for head in _HEADS):
        mentions = _clubs_with_homes(text, mentions)
    if "ssociation " in text or "ollectif " in text:
        spans = [found.span("name") for found in _MOTTO.finditer(text)]
        spans += [found.span("name") for found in _QUOTED_NAME.finditer(text)]
        mentions = claimed_spans(text, mentions, spans, "ORG", MODEL, 0.75) if spans else mentions
    if not any(head in text for head in _HEADS):
        return mentions
    mentions = _named_by_place(text, _alumni(text, _remits(text, mentions)))
    places = {m.start: m for m in mentions if m.type in ("LOC", "MISC")}
    spans = []
    for m in mentions:
        if m.type != "ORG" or not m.text.startswith(_HEADS):
            continue
        for start, place in places.items():
            if not m.end < start <= m.end + _REACH:
                continue
            found = _RUN_ON.match(text, m.end, start)
            if found is not None and not _CLAUSE_WORDS & set(found["words"].split()):
                spans.append((m.start, place.end))
    return claimed_spans(text, mentions, spans, "ORG", MODEL, 0.75) if spans else mentions


def _alumni(text: str, mentions: list[Mention]) -> list[Mention]:
    if " des anciens " not in text:
        return mentions
    spans = []
    for m in mentions:
        if m.type != "ORG":
            continue
        found = _ALUMNI.search(text, max(0, m.start - 80), m.start)
        if found is not None:
            spans.append((found.start(), m.end))
    return claimed_spans(text, mentions, spans, "ORG", MODEL, 0.75) if spans else mentions


# A band, a troupe or a club named in the plural with its home ("les Pierrots du Val", "des
# Diables de la Combe"): spaCy reads it as a person, as it reads "Pierre du Val"; a person's name
# takes no plural article, and a family's ("les Dupont") no plural -s.
_PLURAL_ARTICLE = re.compile(r"(?:(?<![\w'’])[dl]es|(?<![\w'’])aux|^Les|(?<=[.!?»] )Les) $")
_PLURAL_GROUP = re.compile(
    rf"[A-ZÀ-Ö][a-zà-ÿ]{{3,}}[sx] (?:du |de la |de l['’]|des |de |d['’]){_CAPITALISED}(?: {_CAPITALISED})?"
)


def _plural_groups(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with each plural group's name an ORG, and its first word alone after a plural
    article too ("les Pierrots organisent")."""
    groups = [
        m
        for m in mentions
        if m.type == "PER"
        and _PLURAL_GROUP.fullmatch(m.text)
        and m.text.split(" ", 1)[0] not in given_names("fr")  # "chez les Thomas de Nantes", a family
        and _PLURAL_ARTICLE.search(text, max(0, m.start - 5), m.start)
    ]
    if not groups:
        return mentions
    short = {m.text.split(" ", 1)[0] for m in groups}
    spans = [(m.start, m.end) for m in groups]
    spans += [
        (m.start, m.end)
        for m in mentions
        if m.text in short and m.type != "ORG" and _PLURAL_ARTICLE.search(text, max(0, m.start - 5), m.start)
    ]
    out = [m for m in mentions if (m.start, m.end) not in spans]
    out += [Mention(s, e, text[s:e], "ORG", MODEL, 0.75) for s, e in spans]
    return sorted(out, key=lambda m: (m.start, m.end))
