"""A person and a body read as one span, split: "Siân Prydderch of Plaid Cymru", "Partido Popular
de Alfonso Fernández Mañueco", "El PSOE de Carlos Martínez", "Carla Deiana dell'Università di
Cagliari".

Election news ties each politician to a party with "of"/"de"; a tagger takes the phrase as one
name and types it by one half.  It is cut where one side opens with a given name (of any of
the project's languages: candidates abroad are named as at home) and the other is a body the
lists know or that opens with a body's head word.  Whole articles only.
"""

from __future__ import annotations

import functools
import re

from storywire.identity.given_names import given_names
from storywire.model import EntityType, Mention
from storywire.stages.ner.gazetteer import org_names
from storywire.stages.ner.rules import org_head

MODEL = "person-and-body"
_LINK = re.compile(r" (?:of|de|del|de la|della|dello|dell['’]|von|vom|du|des|di) ?(?=[A-ZÀ-ÖØ-Þ])")
_ARTICLES = ("El ", "La ", "Le ", "Il ", "Lo ", "Der ", "Die ", "Das ", "The ")
_LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pl")


@functools.cache
def _given_names() -> frozenset[str]:
    return frozenset().union(*(given_names(language) for language in _LANGUAGES))


def split_person_and_body(mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with each span "<person> of <body>" or "<body> de <person>" cut in two."""
    out: list[Mention] = []
    for m in mentions:
        out.extend(_split(m, language) or [m])
    return out


def _split(m: Mention, language: str) -> list[Mention] | None:
    if m.type not in ("PER", "ORG"):
        return None
    for link in _LINK.finditer(m.text):
        left, right = m.text[: link.start()], m.text[link.end() :]
        body_start = 0
        for article in _ARTICLES:
            if left.startswith(article):
                body_start = len(article)
        if _person(right) and _body(left[body_start:], language):
            return [_part(m, body_start, link.start(), "ORG"), _part(m, link.end(), len(m.text), "PER")]
        if _person(left) and _body(right, language):
            return [_part(m, 0, link.start(), "PER"), _part(m, link.end(), len(m.text), "ORG")]
    return None


# Given names in some language that open a place's name in another: "del Mar Ligure Occidentale"
_PLACE_WORDS = frozenset({"Mar", "Mare", "Monte", "Lago", "Val", "Valle", "Isola", "Porto", "Sierra", "Costa", "Río"})


def _person(part: str) -> bool:
    words = part.split()
    return (
        2 <= len(words) <= 4
        and words[0] in _given_names()
        and words[0] not in _PLACE_WORDS
        and all(w[:1].isupper() for w in words)
    )


def _body(part: str, language: str) -> bool:
    return bool(part) and (part in org_names(language) or org_head(part.split()[0], language))


def _part(m: Mention, a: int, b: int, etype: EntityType) -> Mention:
    return Mention(m.start + a, m.start + b, m.text[a:b], etype, model=MODEL, confidence=m.confidence)


# A foundation or institute named after a person or a paper is one body: "Fundación Juan March",
# "Fondazione Corriere della Sera", "Kurt-Wenzel-Stiftung" (a model finds the name and drops
# the head, or finds neither in a hyphenated German compound).
_FOUNDATION_BEFORE = re.compile(
    r"(?<!\w)(?:Fundación|Fondation|Fondazione|Stiftung|Foundation|Fundacja|Fundacji|Fundację|Fundacją|Фонд|Фонда|"
    r"Фонду|Фонде|Фундація|Фундації|Фундацію|Фонді) $"
)
# An institute whose name ends in the person it is named after, tagged as the two.
_INSTITUTE = re.compile(r"(?:Institut|Institute|Instituto|Istituto|Instytut|Institutul)(?: [a-zà-ÿ][\w-]+){1,3}$")
# ... with its field, which is its name as a ministry's is ("Thaer-Institut für Agrarökonomie")
_GERMAN_NAMED_BODY = re.compile(
    r"(?<![\w-])(?:[A-ZÄÖÜ][\wäöüß]+-){1,3}(?:Stiftung|Institut|Gesellschaft|Schule|Gymnasium|Universität|Haus)(?![\w-])"
    r"(?:(?<=[tg]) für(?: [a-zäöüß]+(?:e|en|er|es))? [A-ZÄÖÜ][\wäöüß-]+(?: und [A-ZÄÖÜ][\wäöüß-]+)?(?![\w-]))?"
)


def foundations_named_after(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with a foundation's head joined to the name after it, and German compounds
    of a name and a body's word found."""
    out: list[Mention] = []
    for m in mentions:
        if m.type == "PER" and out and _INSTITUTE.match(out[-1].text) and text[out[-1].end : m.start] == " ":
            last = out.pop()  # "Institut polaire français" + "Paul-Émile Victor": one institute
            out.append(Mention(last.start, m.end, text[last.start : m.end], "ORG", MODEL, last.confidence))
            continue
        head = _FOUNDATION_BEFORE.search(text, max(0, m.start - 12), m.start) if m.type in ("PER", "ORG") else None
        if out and head is not None and out[-1].end > head.start():
            if not (out[-1].start == head.start() and out[-1].end == head.end() - 1):
                out.append(m)
                continue
            out.pop()  # the head tagged alone ("Fondazione" ORG)
        if head is not None:
            m = Mention(head.start(), m.end, text[head.start() : m.end], "ORG", MODEL, m.confidence)
        out.append(m)
    if language == "de" and "-" in text:
        for found in _GERMAN_NAMED_BODY.finditer(text):
            s, e = found.span()
            if not any(m.start < e and s < m.end for m in out):
                out.append(Mention(s, e, found.group(), "ORG", MODEL, 0.75))
        out.sort(key=lambda m: (m.start, m.end))
    return out
