"""German news of zoos, forests, hunting and utilities by their kind words (session 30, round
28): a forestry office, an animal shelter or a water board named with its town is one body
("Forstbetrieb Kelheim", "Tierheim Rosenau"); a sewage works or a landfill with its name is one
place ("Klärwerk Gut Marienthal", "Deponie Eichelberg"); a local branch and its parent are two
("Kreisgruppe Kelheim des Landesbundes für Vogelschutz"); a cathedral or castle named with its
kind word is a place ("Dom St. Kilian", "Veste Coburg"); the state that pays or acts is a body
("zahlt der Freistaat Sachsen", "das Land Hessen hat ... zugesagt"); a bare kind noun ("der
Tierpark", "im Staatswald") and an animal's name after its species ("die Bären Nora und Tom")
are no names.

The tagger misses the forestry office, runs a branch into its parent, types a castle a body
and an animal's name a person or a place.  Whole articles only; each rule looks only where its
kind word stands.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans

MODEL = "german-nature"
_WORD = r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*"
# A body's kind word before its town, declined or not.
_BODY_KINDS = (
    r"Forstbetrieb(?:e?s)?|Forstamt(?:e?s)?|Forstrevier(?:e?s)?|Forstverwaltung|Wasserwirtschaftsamt(?:e?s)?|"
    r"Tierheim(?:e?s)?|Tierschutzverein(?:e?s)?|Tierklinik|Tierarztpraxis|Kreisjagdverband(?:e?s)?|Hegering(?:e?s)?|"
    r"(?:Abwasser|Wasser)?[Zz]weckverband(?:e?s)?|Wasserverband(?:e?s)?|Abfallwirtschaftsbetrieb(?:e?s)?"
)
_BODY = re.compile(rf"(?<![\w-])(?:{_BODY_KINDS}) {_WORD}(?![\w-])")
_BODY_TRIGGERS = ("Forst", "Wasser", "Tier", "verband", "Hegering", "Abfall")
# A site's kind word before its name (one or two capitalised words): a place.
_SITE_KINDS = r"Klärwerk(?:e?s)?|Kläranlage|Wasserwerk(?:e?s)?|Deponie|Mülldeponie|Müllheizkraftwerk(?:e?s)?"
_SITE = re.compile(rf"(?<![\w-])(?:{_SITE_KINDS}) {_WORD}(?: {_WORD})?(?![\w-])")
_SITE_TRIGGERS = ("lärwerk", "läranlage", "asserwerk", "eponie", "heizkraftwerk")
# A branch named by its region, then its parent in the genitive: two names.
_BRANCH = re.compile(
    rf"^(?P<branch>(?:Kreisgruppe|Ortsgruppe|Kreisverband|Ortsverband|Bezirksverband|Bezirksgruppe|Ortsverein) {_WORD})"
    r" (?:des|der) (?P<parent>[A-ZÄÖÜ].+)$"
)
_BRANCH_BEFORE_PARENT = re.compile(
    r"(?<![\w-])(?P<branch>(?:Kreisgruppe|Ortsgruppe|Kreisverband|Ortsverband|Bezirksverband|Bezirksgruppe|Ortsverein)"
    rf"(?:e?s)? {_WORD}) (?=(?:des|der) [A-ZÄÖÜ])"
)
# A branch after its parent's possessive ("Dessen Kreisgruppe X"): the parent named just before.
_BRANCH_OF_PARENT = re.compile(
    r"(?<![\w-])(?:[Dd]essen|[Dd]eren|[Ss]eine|[Ii]hre) (?P<branch>(?:Kreisgruppe|Ortsgruppe|Kreisverband|Ortsverband|"
    rf"Bezirksverband|Bezirksgruppe|Ortsverein) {_WORD})(?![\w-])"
)
# A federation's fixed name holding its state ("Landesbund für Vogelschutz in Bayern"), which the
# tagger splits into the body and the state.
_FEDERATION = re.compile(r"^(?:Bund|Landesbund|Verband|Landesverband|Arbeitsgemeinschaft) [A-ZÄÖÜ]")
# A cathedral, minster or castle with its kind word is a place, not a body.
_BUILDING = re.compile(r"^(?:Dom|Münster|Veste|Burg|Festung|Kathedrale) [A-ZÄÖÜ]")
# The state as payer: a paying verb right before "der Freistaat X" or right after it.
# In reported speech the verb stands in the subjunctive ("das Land Niedersachsen fördere den Umbau").
_PAYS_BEFORE = re.compile(
    r"(?:trägt|zahlt|bezahlt|finanziert|fördert|übernimmt|gibt|schießt|trage|zahle|bezahle|finanziere|fördere|"
    r"übernehme|gebe|schieße) (?:der|das) $"
)
_PAYS_AFTER = re.compile(
    r" (?:trägt|zahlt|bezahlt|finanziert|fördert|übernimmt|gibt|schießt|trage|zahle|bezahle|finanziere|fördere|"
    r"übernehme|gebe|schieße)\b"
)
# ... and "das Land X" acting before its verb ("Das Land Hessen hat 5 Millionen zugesagt"): the
# bare state after "Land" is the tagger's place, the "Land" in front makes the state a body.
_ACTS_AFTER = re.compile(
    r" (?:hat|hatte|will|wollte|muss|soll|stellt|bewilligt|bewilligte|sagte|sichert|sicherte|"
    r"habe|wolle|müsse|solle|stelle|bewillige|sichere)\b"
)
_LAND_BEFORE = re.compile(r"(?<![\w-])(?:[Dd]as|[Dd]em|[Vv]om) Land $")
_STATES = frozenset(
    {
        "Baden-Württemberg", "Bayern", "Berlin", "Brandenburg", "Bremen", "Hamburg", "Hessen", "Niedersachsen",
        "Mecklenburg-Vorpommern", "Nordrhein-Westfalen", "Rheinland-Pfalz", "Saarland", "Sachsen",
        "Sachsen-Anhalt", "Schleswig-Holstein", "Thüringen", "Kärnten", "Tirol", "Vorarlberg", "Salzburg",
        "Steiermark", "Burgenland", "Niederösterreich", "Oberösterreich",
    }
)  # fmt: skip
# Kind nouns that name nothing alone (the tagger types them a place or a body).
_BARE_NOUNS = frozenset(
    {
        "Tierpark", "Tierparks", "Zoo", "Zoos", "Wildpark", "Wildparks", "Tiergarten", "Tiergartens",
        "Tierheim", "Tierheims", "Staatswald", "Staatswaldes", "Staatswalds", "Stadtwald", "Stadtwaldes",
        "Kläranlage", "Klärwerk", "Klärwerks", "Deponie", "Forstbetrieb", "Forstamt", "Bergwald", "Bergwaldes",
    }
)  # fmt: skip
# Species words before an animal's names ("die Luchse Mara und Jesko"); "Wolf" and "Fuchs"
# are left out: they are surnames too.
_SPECIES = (
    r"Luchs|Luchse|Luchsin|Bär|Bären|Bärin|Eisbär|Eisbären|Elefant|Elefanten|Elefantenkuh|Giraffe|Giraffen|"
    r"Tigerin|Löwe|Löwen|Löwin|Nashorn|Nashörner|Gorilla|Gorillas|Otter|Fischotter|Wisent|Wisente|"
    r"Elch|Elche|Pinguin|Pinguine|Robbe|Robben|Seehund|Seehunde|Schimpanse|Schimpansen|Zebra|Zebras|"
    r"Kamel|Kamele|Erdmännchen|Panda|Pandas|Stute|Hengst|Fohlen|Kater|Katze|Hündin|Rüde|Welpe|Welpen"
)
_ANIMAL_NAMES = re.compile(rf"(?<![\w-])(?:{_SPECIES}) (?P<names>{_WORD}(?:(?:, | und ){_WORD})*)(?![\w-])")
_ANIMAL_TRIGGERS = ("uchs", "Bär", "Elefant", "Löw", "Otter", "Pinguin", "Robbe", "Stute", "Kater", "Welpe")
# Plural species words alone, typed a place ("von Luchsen"); no singular: "Bär" is a surname.
_SPECIES_WORDS = frozenset(
    {"Luchse", "Luchsen", "Bären", "Eisbären", "Elefanten", "Giraffen", "Pinguine", "Pinguinen", "Robben", "Wisente",
     "Wisenten", "Zebras", "Erdmännchen", "Schimpansen", "Fischotter"}
)  # fmt: skip


def german_nature(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the bodies, sites, branches, buildings and payers above, and without
    bare kind nouns and animals' names."""
    if language != "de":
        return mentions
    out = [m for m in mentions if m.text not in _BARE_NOUNS and m.text not in _SPECIES_WORDS]
    if any(t in text for t in _ANIMAL_TRIGGERS):
        out = _without_animal_names(text, out)
    if any(t in text for t in _BODY_TRIGGERS):
        out = claimed_spans(text, out, [f.span() for f in _BODY.finditer(text)], "ORG", MODEL, 0.8)
    if any(t in text for t in _SITE_TRIGGERS):
        out = claimed_spans(text, out, [f.span() for f in _SITE.finditer(text)], "LOC", MODEL, 0.8)
    if "gruppe " in text or "verband " in text or "Ortsverein " in text:
        out = _split_branches(out)
        # the branch the tagger left out before its parent ("der Ortsgruppe Lorch der DLRG")
        out = claimed_spans(
            text, out, [f.span("branch") for f in _BRANCH_BEFORE_PARENT.finditer(text)], "ORG", MODEL, 0.8
        )
        out = claimed_spans(text, out, [f.span("branch") for f in _BRANCH_OF_PARENT.finditer(text)], "ORG", MODEL, 0.8)
    if " in " in text:
        out = _federations_with_state(text, out)
    for m in out:
        if m.type == "ORG" and _BUILDING.match(m.text):
            m.type, m.model = "LOC", MODEL
        elif m.type == "LOC" and m.text.startswith("Freistaat ") and _pays(text, m):
            m.type, m.model = "ORG", MODEL
        elif m.type == "LOC" and m.text in _STATES and _LAND_BEFORE.search(text, max(0, m.start - 9), m.start):
            land = m.start - len("Land ")
            if _PAYS_BEFORE.search(text, max(0, land - 16), land) or _ACTS_AFTER.match(text, m.end) or _pays(text, m):
                m.start -= len("Land ")
                m.text, m.type, m.model = text[m.start : m.end], "ORG", MODEL
    return out


def _federations_with_state(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with a federation and the state right after its "in" joined into one body."""
    spans = []
    for m in mentions:
        if m.type == "ORG" and _FEDERATION.match(m.text) and text.startswith(" in ", m.end):
            state = next((s for s in _STATES if text.startswith(s, m.end + 4)), None)
            end = m.end + 4 + len(state) if state else 0
            if state and not (text[end : end + 1].isalnum() or text[end : end + 1] == "-"):
                spans.append((m.start, end))
    return claimed_spans(text, mentions, spans, "ORG", MODEL, 0.8) if spans else mentions


def _pays(text: str, m: Mention) -> bool:
    """Whether a paying verb stands right before the state's article or right after it."""
    return bool(_PAYS_BEFORE.search(text, max(0, m.start - 16), m.start) or _PAYS_AFTER.match(text, m.end))


def _without_animal_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` without those inside the names after a species word, nor a mention that
    begins with the species word ("Luchse Mara" typed a person)."""
    spans = [f.span() for f in _ANIMAL_NAMES.finditer(text)]
    if not spans:
        return mentions
    return [m for m in mentions if not any(s <= m.start and m.end <= e for s, e in spans)]


def _split_branches(mentions: list[Mention]) -> list[Mention]:
    """`mentions` with a branch run into its parent cut in two bodies."""
    out = []
    for m in mentions:
        b = _BRANCH.match(m.text) if m.type == "ORG" else None
        if b is None:
            out.append(m)
            continue
        out.append(Mention(m.start, m.start + b.end("branch"), b.group("branch"), "ORG", MODEL, m.confidence))
        start = m.start + b.start("parent")
        out.append(Mention(start, m.end, b.group("parent"), "ORG", MODEL, m.confidence))
    return out
