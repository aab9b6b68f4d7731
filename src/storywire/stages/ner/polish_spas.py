"""Polish spa-town news: datelines, microbes, spa parks, massifs and national bodies' branches
(session 35, round 46; whole articles only).

- A dateline "Town (AGENCY) –" opens a paragraph with the place it was filed from ("Krynica-Zdrój
  (PAP) – ..."): the tagger leaves the town untagged or reads it with the agency.
- A genus after a lower-case "bakterie", "wirus" or "pałeczki" is no name ("bakterie
  Salmonella"): the tagger reads the capitalised Latin word as a body.
- A park after a preposition of place is where things stand ("pijalnia w Parku Zdrojowym"): the
  tagger types it a body, as it does a park's board.
- A massif or a range named with its capitalised kind word is a place ("u stóp Masywu Ślęży"):
  the tagger reads the genitive after it as a person's name.
- A national body's regional branch named by its region's adjective and the body's acronym is
  one ORG ("Mazowiecki Oddział Wojewódzki NFZ"), as the guidelines keep a branch with its body;
  the tagger keeps the acronym alone.
- A river named with its adjective after "nad" is one place ("nad Białą Głuchołaską"): the
  tagger or the rules take the noun alone.
- A town's office for the town and its commune is one ORG with the town ("Urząd Miasta i Gminy
  Września"): the tagger splits it at "i" into two places.
- Thermal baths named with a capitalised "Termy" are a place, as a lido or a hotel ("kompleks
  Termy Cieplickie"); a lone "Termy" is the common noun.
- A firm named by a capitalised kind word, one name and its legal form ("Uzdrowisko Rymanów
  S.A.") is named again by that name alone, acting ("Rymanów szacuje straty"): the firm, though
  a town or a mountain shares the name; the tagger leaves it or reads the mountain's person.
- A country's abbreviation closing an association's name is its own place ("Stowarzyszenie
  Gmin Górniczych" + "RP"), as the guidelines split a union's name ending with its country.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans

MODEL = "polish-spas"
# typed by the preposition before it: the same park speaking elsewhere stays a body
PARK_MODEL = "spa-park"
_UP = "A-ZĄĆĘŁŃÓŚŹŻ"
_NAME = rf"[{_UP}][\w-]+"
_DATELINE = re.compile(rf"(?m)^(?P<name>{_NAME}(?: {_NAME})?) \([A-Z]{{2,6}}\) [–—-] ")
_MICROBE = re.compile(
    rf"(?<![\w-])(?:bakteri(?:e|i|ami|ą|a)|wirus(?:a|em|y|ów)?|pałecz(?:ki|ek|kami)) (?P<name>{_NAME})(?![\w-])"
)
_PARK = re.compile(rf"(?<![\w-])(?:w|we|przy|z|ze|obok|koło|wokół|do|od) (?P<name>Park(?:u|iem)? {_NAME})(?![\w-])")
_MASSIF = re.compile(rf"(?<![\w-])(?:Masyw(?:u|em|ie)?|Pasm(?:o|a|em|ie)) {_NAME}(?![\w-])")
_BRANCH = re.compile(
    rf"(?<![\w-]){_NAME} Oddzia(?:ł|łu|łem|le|łowi)(?: (?:Wojewódzk|Regionaln|Terenow|Okręgow)\w+)?"
    r" [A-Z]{2,6}(?![\w-])"
)
_RIVER = re.compile(rf"(?<![\w-])nad (?P<name>[{_UP}]\w+ą [{_UP}]\w+ą)(?![\w-])")
# "zwycięstwo nad Wisłą Płocką": the team beaten, no river
_BEATEN = re.compile(r"(?:zwycięst|wygran|przewag|wyższoś|kontrol|triumf)\w* $")
_TOWN_OFFICE = re.compile(rf"(?<![\w-])Urz(?:ąd|ędu|ędem|ędowi|ędzie) Miasta i Gminy {_NAME}(?![\w-])")
_BATHS = re.compile(rf"(?<![\w-])Term(?:y|ach|ami|om) {_NAME}(?![\w-])")
_KIND_FIRM = re.compile(rf"^[{_UP}][a-ząćęłńóśźż]+ (?P<name>{_NAME}) (?:S\.A\.|[Ss]p\. z o\.o\.)$")
# a present or past third-person verb after the name: the firm acting (a preposition or a
# conjunction ending like a verb is none: "Rymanów na mapie")
_ACTS = re.compile(
    r" (?!(?:na|za|dla|przy|koło|obok|ani|czy|by|aby|albo|lub|oraz|wśród|według)(?![\w-]))"
    r"[a-ząćęłńóśźż]+(?:uje|ywa|iwa|a|i|y|ł|ła|ło|li|ły)(?![\w-])"
)
ACTING_MODEL = "firm-acting"
_ASSOCIATION = re.compile(r"^(?:Stowarzysz|Związ|Zrzesz|Federacj|Unii|Unia)\w* .+ RP$")


def polish_spas(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the datelines, parks, massifs and branches above typed, genera dropped."""
    if language != "pl":
        return mentions
    out = mentions
    if "(" in text:
        found = [f.span("name") for f in _DATELINE.finditer(text)]
        out = claimed_spans(text, out, found, "LOC", MODEL, 0.8)
    if "bakteri" in text or "wirus" in text or "pałecz" in text:
        genera = {f.span("name") for f in _MICROBE.finditer(text)}
        out = [m for m in out if (m.start, m.end) not in genera]
    if "Park" in text:
        out = claimed_spans(text, out, [f.span("name") for f in _PARK.finditer(text)], "LOC", PARK_MODEL, 0.8)
    if "Masyw" in text or "Pasm" in text:
        out = claimed_spans(text, out, [f.span() for f in _MASSIF.finditer(text)], "LOC", MODEL, 0.8)
    if "Oddzia" in text:
        out = claimed_spans(text, out, [f.span() for f in _BRANCH.finditer(text)], "ORG", MODEL, 0.8)
    if "nad " in text:
        found = [
            f.span("name") for f in _RIVER.finditer(text) if not _BEATEN.search(text, max(0, f.start() - 30), f.start())
        ]
        out = claimed_spans(text, out, found, "LOC", MODEL, 0.8)
    if "Miasta i Gminy" in text:
        out = claimed_spans(text, out, [f.span() for f in _TOWN_OFFICE.finditer(text)], "ORG", MODEL, 0.8)
    if "Term" in text:
        out = claimed_spans(text, out, [f.span() for f in _BATHS.finditer(text)], "LOC", MODEL, 0.8)
    if any(m.type == "ORG" and m.text.endswith((" S.A.", " o.o.")) for m in out):
        out = _firms_acting(text, out)
    if " RP" in text:
        out = [part for m in out for part in _split_country(m)]
    return out


def _split_country(m: Mention) -> list[Mention]:
    """An association's ORG ending with "RP": the association and the country."""
    if m.type != "ORG" or _ASSOCIATION.match(m.text) is None:
        return [m]
    name = Mention(m.start, m.end - 3, m.text[:-3], "ORG", m.model, m.confidence)
    return [name, Mention(m.end - 2, m.end, "RP", "LOC", MODEL, 0.8)]


def _firms_acting(text: str, mentions: list[Mention]) -> list[Mention]:
    """Each untagged lone name of a kind-word firm before a verb: the firm."""
    names = {found["name"] for m in mentions if m.type == "ORG" and (found := _KIND_FIRM.match(m.text))}
    spans = []
    for name in names:
        for found in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            start, end = found.span()
            if _ACTS.match(text, end) and not any(m.start < end and start < m.end for m in mentions):
                spans.append((start, end))
    return claimed_spans(text, mentions, sorted(spans), "ORG", ACTING_MODEL, 0.8)
