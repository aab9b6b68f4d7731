"""A country after a state body, as its complement, is a place of its own: "Sénat" + "États-Unis",
"Secretaría de Economía" + "México", "Constitutional Council" + "France",
"Verfassungsgerichtshof" + "Österreichs", and a listed body after a body likewise: "Conseil de
sécurité" + "ONU" (the project's guidelines; the linker reads the pair as
the body of that country, `identity.institutions`).

WikiANN keeps such a country inside the body's span (every "Consejo de Seguridad de Rusia" of
its Spanish train file does), and the taggers learned that; news analysis wants the body and the
country as two mentions.  So this runs over whole articles only (`extract_entities`), after the
models, and leaves the taggers' WikiANN figures as WikiANN marks them.  A fixed name that holds
its country is left whole: a party ("Sozialdemokratische Partei Deutschlands", "Partido
Comunista de España"), a state's own name ("Republic of Korea"), and the bodies listed by name
(`identity.organisations`: "Banque de France", "Bank of England").
"""

from __future__ import annotations

import re

from storywire.identity.organisations import ORG_NAMES
from storywire.model import EntityType, Mention
from storywire.stages.ner.gazetteer import country_names, major_place_names

_OF = {
    "fr": r"(?:de la |de l['’]|des |du |de |d['’])",
    "es": r"(?:de la |del |de los |de )",
    "it": r"(?:della |dell['’]|degli |del |di )",
    "en": r"(?:of the |of )",
}
_FIXED_HEADS = re.compile(
    r"^(?:(?:\w+ )?(?:parti|partei|partido|partito|party|partia)\b|republic|république|república|repubblica|"
    r"kingdom|royaume|reino|regno|federation|fédération|federación|federazione|commonwealth|union)",
    re.IGNORECASE,
)
_LANGUAGES = frozenset({*_OF, "de"})


def split_country_complements(mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with a country that ends a body's span, after "of" (or in the German genitive),
    cut off as a place."""
    if language not in _LANGUAGES:
        return mentions
    # "Campo de Gibraltar" typed a place in one sentence is that place where typed ORG
    placed = {m.text for m in mentions if m.type == "LOC"}
    out: list[Mention] = []
    for m in mentions:
        cut = _country_start(m, language) if m.type == "ORG" and m.text not in ORG_NAMES else None
        if cut is not None and m.text in placed:
            m.type = "LOC"
            cut = None
        if cut is None or _FIXED_HEADS.match(m.text):
            out.append(m)
            continue
        body, country = cut
        # a listed body after "of" is a body of its own: "Conseil de sécurité" + "ONU"
        kind: EntityType = "ORG" if country in ORG_NAMES else "LOC"
        out.append(Mention(m.start, m.start + len(body), body, "ORG", m.model, m.confidence))
        out.append(Mention(m.end - len(country), m.end, country, kind, m.model, m.confidence))
    return out


def _country_start(m: Mention, language: str) -> tuple[str, str] | None:
    """(the body, the country) when `m` ends with "<of> <country>" or a German country genitive."""
    if language == "de":
        head, _, last = m.text.rpartition(" ")
        genitive = last.endswith("s") and last[:-1] in country_names("de")
        if head and (
            genitive or (last.endswith("s") and last in major_place_names("de") and last[:-1] in country_names("de"))
        ):
            return head, last
        return None
    countries = country_names(language)
    for found in re.finditer(rf"\s{_OF[language]}", m.text):  # the last "of" that a country follows
        country = m.text[found.end() :]
        body = m.text[: found.start()].rstrip()
        if (country in countries or country in ORG_NAMES) and body[:1].isupper():
            return body, country
    return None
