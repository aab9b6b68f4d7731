"""A ministry's name with two fields is one body, a regional department and its government are two
(the guidelines' "a body and its parent are two"):

- "Ministerio para la Transición Ecológica y el Reto Demográfico", "Ministerstwie Klimatu i
  Środowiska": the tagger ends the name at the conjunction and reads the second field alone (as a
  body, or as a person: "Środowiska" PER);
- "Consejería de Agricultura" + "Junta de Andalucía": read as one span, it is cut before the
  government.

Whole articles only.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.adjacent import joined_bodies
from storywire.stages.ner.gazetteer import org_names, place_names
from storywire.stages.ner.rules import org_head

MODEL = "body-parts"
_MINISTRY = re.compile(r"(?i)^(?:minist|consejer|conseller|departament)")
_FIELD_JOIN = re.compile(r" (?:y|e|i|und|et|and)(?: el| la| los| las| del| de la| de)? ")
# A regional department, then its government after "de la" / "del".
_CHILD_HEADS = (
    r"(?:Consejería|Conselleria|Consellería|Viceconsejería|Dirección General|Delegación|Secretaría General|"
    r"Departamento|Servicio|Agencia)\b"
)
_CHILD = re.compile(_CHILD_HEADS)
_CHILD_AND_PARENT = re.compile(
    rf"^(?P<child>{_CHILD_HEADS}.+?) (?:de la|del|de) "
    r"(?P<parent>(?:Junta|Generalitat|Xunta|Gobierno|Govern|Comunidad|Diputación|Ayuntamiento|Cabildo|Consell) .+)$"
)


def body_parts(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with a ministry's second field joined to it and a department cut from its
    government."""

    def field(last: Mention, m: Mention, between: str) -> bool:
        return (
            last.type == "ORG"
            and last.model != MODEL  # one field joined, not a list of bodies
            and bool(_MINISTRY.match(last.text))
            and (m.type in ("ORG", "PER", "MISC") or (m.type == "LOC" and m.text not in place_names(language)))
            and bool(_FIELD_JOIN.fullmatch(between))
            and m.text[:1].isupper()
            and not _MINISTRY.match(m.text)
            and not _CHILD.match(m.text)
            and not org_head(m.text.split(" ", 1)[0], language)
            and m.text not in org_names(language)  # "y la Guardia Civil": a body of its own
        )

    out: list[Mention] = []
    for m in joined_bodies(text, mentions, field, MODEL):
        found = _CHILD_AND_PARENT.match(m.text) if m.type == "ORG" else None
        if found is None:
            out.append(m)
            continue
        parent = m.start + found.start("parent")
        out.append(Mention(m.start, m.start + found.end("child"), found["child"], "ORG", MODEL, m.confidence))
        out.append(Mention(parent, m.end, found["parent"], "ORG", MODEL, m.confidence))
    return out
