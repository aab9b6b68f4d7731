"""Edges of a model's span that are no part of the name, over whole articles: a line break
("Washington" + a new paragraph's "Dans"), a weekday before it ("Montag Chittagong"), a
German kind noun before it ("Insel Kutubdia", "Reederei Maersk", "Stadtteil Patenga").

A headline has no full stop, so a tagger reads on into the next line; a German weekday and a
kind noun are capitalised like a name.  The kind noun also tells the name's type: a place's
kind makes it a place, a firm's kind a body.
"""

from __future__ import annotations

from storywire.model import EntityType, Mention
from storywire.stages.ner.cues import word_set
from storywire.stages.ner.gazetteer import org_names, place_names
from storywire.stages.ner.titles import weekdays

# German kind nouns written before a name, with the type they give it.
_GERMAN_KINDS: dict[str, EntityType] = {
    **dict.fromkeys(
        word_set(
            "insel halbinsel stadt hafenstadt kleinstadt großstadt provinz region bezirk distrikt stadtteil "
            "ortsteil dorf gemeinde landkreis kreis bundesstaat hafen fluss"
        ),
        "LOC",
    ),
    **dict.fromkeys(
        word_set(
            "reederei firma konzern textilhersteller autohersteller hersteller modekette supermarktkette "
            "fluggesellschaft bank versicherer mälzerei brauerei molkerei bäckerei start-up startup bündnis "
            "liste meinungsforschungsinstitut umfrageinstitut stahlkonzern energiekonzern autokonzern "
            "gewerkschaft"
        ),
        "ORG",
    ),
}


_OF_STATE = ("d'", "d’")
_OPENING_QUOTES = frozenset('„“«‚"')
_CLOSING_QUOTES = frozenset('“”»‘"')


def trimmed_edges(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` cut at a line break, and without a leading weekday or German kind noun."""
    days = weekdays(language)
    out: list[Mention] = []
    known = org_names(language)
    for m in mentions:
        if "\n" in m.text:
            _keep_first_line(m)
        if m.text in known:  # "Bündnis 90/Die Grünen" is a name
            out.append(m)
            continue
        first, sep, rest = m.text.partition(" ")
        if sep and rest[:1] in _OPENING_QUOTES and rest[-1:] in _CLOSING_QUOTES and first.lower() in _GERMAN_KINDS:
            _cut_head(m, len(first) + 2)  # 'Liste „Bürgerforum Mühlviertel“': the name inside
            m.end -= 1
            m.text = m.text[:-1]
            m.type = _GERMAN_KINDS[first.lower()]
            out.append(m)
            continue
        if sep and rest[:1].isupper() and first.lower() in days:
            _cut_head(m, len(first) + 1)
            if place_names(language).get(m.text) == "LOC":
                m.type = "LOC"  # the model typed the run by its weekday: "Montag Chittagong" ORG
        elif sep and rest[:1].isupper() and language == "de" and first.lower() in _GERMAN_KINDS:
            _cut_head(m, len(first) + 1)
            m.type = _GERMAN_KINDS[first.lower()]
        elif (
            sep and rest[:1].isupper() and language == "fr" and first == "État" and text[: m.start].endswith(_OF_STATE)
        ):
            _cut_head(m, len(first) + 1)
            m.type = "ORG"  # "la société d'État Gécamines": a state firm
        if m.text.strip():
            out.append(m)
    return out


def _keep_first_line(m: Mention) -> None:
    """The first line that holds a letter: a headline's name, not the next paragraph's word."""
    offset = 0
    for line in m.text.split("\n"):
        if any(ch.isalpha() for ch in line):
            stripped = line.strip()
            lead = len(line) - len(line.lstrip())
            m.start += offset + lead
            m.text = stripped
            m.end = m.start + len(stripped)
            return
        offset += len(line) + 1
    m.text = ""


def _cut_head(m: Mention, length: int) -> None:
    m.start += length
    m.text = m.text[length:]
