"""Italian elder care and regional health news by its kinds of name (round 43's care homes):

* care homes named after their kind word "Rsa" ("la Rsa Villa Serena": one body, as hospitals
  are; the taggers read the name after the acronym as a person);
* a hospital named after a lower-case "ospedale" by a pope or saint with a ruler's number
  ("all'ospedale Papa Paolo VI": the whole run is the hospital, not the person inside it);
* a region that pays, funds or decides ("la Toscana ha stanziato"): a body, as "A Land or
  Freistaat that pays or acts is ORG" (typed by its context: the article's other mentions of
  the region as a place must not retype it);
* a body named by an acronym-like word and its region after an article ("la Confagri Umbria"):
  no person, as Italian news puts no article before a person's full name;
* a one-word name after a masculine articled preposition ("dal Grattacielo", "al Palazzaccio")
  typed a person: a building known by its nickname, a place (Italian news puts no article
  before a person's name either);
* a town's first word repeated after a dateline in capitals ("VALLE DI CADORE" ... "Valle"),
  left untyped by the rules: the town.

Whole articles only; each rule looks only where its cue word stands.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.gazetteer import REGIONS

MODEL = "italian-care"
REGION_MODEL = "region-acting"  # typed by its context: listed in consistency.TYPED_BY_CONTEXT
_NAME = r"[A-ZÀ-ÖØ-Þ][\w’'-]+"
# "Rsa" (residenza sanitaria assistenziale) and its kin before a capitalised name of one to four
# words ("Rsa San Giuseppe", "RSA Casa Serena"); a lower-case word or "di" ends it.
_CARE_HOME = re.compile(rf"(?<![\w-])(?:Rsa|RSA|Rsd|RSD|Rssa|RSSA) +{_NAME}(?: +{_NAME}){{0,3}}")
# a hospital named after a pope or a saint with a number, after its lower-case kind word
_HOSPITAL = re.compile(
    rf"(?:(?<=ospedale )|(?<=policlinico ))(?:Papa|San|Santa|Sant['’]|Santi|Beato|Beata) *{_NAME}(?: +{_NAME})*"
    r"(?: +[IVX]{1,5})?(?![\w-])"
)
_REGION_NAMES = "|".join(re.escape(r) for r in REGIONS["it"] if " " not in r)
# the region as the subject of a paying or deciding verb
_REGION_ACTING = re.compile(
    rf"(?<![\w-])(?:[Ll]a|[Ll]['’]) *(?P<region>{_REGION_NAMES}) +(?:ha +|aveva +|avrà +)?(?:già +)?"
    r"(?:stanziat[oa]|stanzia|finanziat[oa]|finanzia|pagat[oa]|paga|deciso|decide|approvato|approva|accredita"
    r"|erogat[oa]|eroga|messo +a +disposizione)(?![\w-])"
)
_REGION_LAST = re.compile(rf"^{_NAME} +(?:{_REGION_NAMES})$")
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:[Ll]a|[Ll]['’]|della|dalla|alla|nella|sulla|dell['’]|dall['’]|all['’]) *$")
_MASCULINE_BEFORE = re.compile(r"(?<![\w-])(?:[Dd]al|[Aa]l|[Nn]el|[Ss]ul) +$")


def italian_care(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with Italian care homes, named hospitals, acting regions, regional bodies,
    nicknamed buildings and datelines' towns as the module's docstring says."""
    if language != "it":
        return mentions
    out = mentions
    if "Rs" in text or "RS" in text:
        out = claimed_spans(text, out, [m.span() for m in _CARE_HOME.finditer(text)], "ORG", MODEL, 0.85)
    if "ospedale " in text or "policlinico " in text:
        out = claimed_spans(text, out, [m.span() for m in _HOSPITAL.finditer(text)], "ORG", MODEL, 0.85)
    for found in _REGION_ACTING.finditer(text):
        s, e = found.span("region")
        for m in out:
            if (m.start, m.end) == (s, e):
                m.type, m.model = "ORG", REGION_MODEL
    for m in out:
        if (
            m.type == "PER"
            and _REGION_LAST.match(m.text)
            and _ARTICLE_BEFORE.search(text, max(0, m.start - 8), m.start)
        ):
            m.type, m.model = "ORG", MODEL
        elif (
            m.type == "PER"
            and " " not in m.text
            and _MASCULINE_BEFORE.search(text, max(0, m.start - 5), m.start)
            and not any(o.type == "PER" and o.text.endswith(" " + m.text) for o in out)
        ):
            m.type, m.model = "LOC", MODEL
    return _dateline_towns(text, out)


# the headline's opening word before a comma ("Clusone, chiude la scuola")
_HEADLINE_TOWN = re.compile(r"^(?P<town>[A-ZÀ-Þ][a-zà-ù]+),")


def _dateline_towns(text: str, mentions: list[Mention]) -> list[Mention]:
    """A one-word name left untyped (MISC) that opens a dateline's town in capitals is the town;
    so is the headline's untagged opening word before a comma that opens it."""
    firsts = {m.text.split()[0] for m in mentions if m.type == "LOC" and m.text.isupper() and " " in m.text}
    if not firsts:
        return mentions
    for m in mentions:
        if m.type == "MISC" and " " not in m.text and m.text.upper() in firsts and m.text[1:].islower():
            m.type, m.model = "LOC", MODEL
    head = _HEADLINE_TOWN.match(text)
    if head and head["town"].upper() in firsts and not any(m.start < head.end("town") for m in mentions):
        town = Mention(0, head.end("town"), head["town"], "LOC", MODEL, 0.8)
        return sorted([town, *mentions], key=lambda m: (m.start, m.end))
    return mentions
