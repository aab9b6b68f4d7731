"""A name right after a lower-case word that says it is a body is a body: "the homeless charity
Focus Ireland" (typed a place by the country in it), "la cooperativa Ponente Servizi Portuali"
(typed a person), "l'association Terre Solidaire"; and so is the same name elsewhere in the
article.  A person's name after such a word ("la società di Mario Rossi" has "di") is rare
without a preposition; a name opening with a given name stays a person.  Whole articles only.
"""

from __future__ import annotations

from storywire.identity.given_names import given_names
from storywire.model import Mention
from storywire.stages.ner.cues import word_set
from storywire.stages.ner.gazetteer import major_place_names

MODEL = "body-noun"
_BODY_NOUNS = {
    "en": word_set(
        "charity charities organisation organization group ngo union firm company broadcaster insurer lender "
        "retailer airline operator watchdog regulator agency foundation nonprofit non-profit cooperative fintech "
        "startup start-up"
    ),
    "it": word_set(
        "cooperativa società azienda consorzio associazione fondazione sindacato impresa ditta onlus gruppo compagnia"
    ),
    "es": word_set(
        "empresa compañía cooperativa asociación fundación sindicato aseguradora constructora consultora ong firma"
    ),
    "fr": word_set("société entreprise association fondation syndicat coopérative assureur ong groupe firme mutuelle"),
    "pl": word_set(
        "spółka spółki spółkę spółką firma firmy firmę firmą fundacja fundacji fundację stowarzyszenie "
        "stowarzyszenia spółdzielnia spółdzielni operator operatora operatorem operatorowi bank banku bankiem "
        "ubezpieczyciel ubezpieczyciela grupa grupy grupę grupą koncern koncernu koncernem"
    ),
}


def bodies_by_noun(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with each place or person named right after a body noun, and its other
    mentions in the article, typed ORG."""
    nouns = _BODY_NOUNS.get(language)
    if nouns is None:
        return mentions
    major, given = major_place_names(language), given_names(language)
    named: set[str] = set()
    for m in mentions:
        if m.type not in ("LOC", "PER", "MISC") or m.text in major:
            continue
        before = text[max(0, m.start - 30) : m.start]
        if not before.endswith(" ") or before.endswith("  "):
            continue
        word = before.rstrip(" ").rsplit(" ", 1)[-1].rsplit("'", 1)[-1].rsplit("’", 1)[-1]
        if word not in nouns or word != word.lower():
            continue
        if m.type == "PER" and m.text.split(" ", 1)[0] in given:
            continue  # "l'azienda Mario Rossi": a person's firm, named after him, is left alone
        named.add(m.text)
    for m in mentions:
        if m.text in named and m.type != "ORG":
            m.type, m.model = "ORG", MODEL
    return mentions
