"""Polish bodies whose name joins two fields with "i": "Ministerstwo Rolnictwa i Rozwoju Wsi",
"Instytut Meteorologii i Gospodarki Wodnej", "Ministerstwa Klimatu i Środowiska"; and a
country in the genitive after a state body, which is a place of its own ("Ministerstwo
Środowiska" + "Czech", "Rada Najwyższa" + "Ukrainy"), as the project's guidelines mark it.
A research institute's statutory status after a dash, "– Państwowy Instytut Badawczy", is part of
its official name ("Instytut Ochrony Roślin – Państwowy Instytut Badawczy"), in any case: the
tagger reads the two halves as two bodies.

WikiANN's Polish spans rarely hold a conjunction, so the tagger ends the name at "i" and
types the second field as a body of its own ("Gospodarki Wodnej" ORG).  A body's name goes on
over "i" when it opens with a body's head and the words after "i" are capitalised genitives
(the fields it is in charge of), as a name's complement is; a nominative after "i" is another
subject ("Ministerstwo Zdrowia i Policja ...": the endings cannot tell "Policja" from
"Gospodarki", so a word that is itself a body's head stops the join).
"""

from __future__ import annotations

import re

from storywire.identity.polish import place_nominatives
from storywire.model import Mention
from storywire.stages.ner.cues import word_set
from storywire.stages.ner.gazetteer import country_names

_HEADS = word_set(
    "ministerstwo ministerstwa ministerstwie ministerstwem instytut instytutu instytucie instytutem urząd urzędu "
    "urzędzie urzędem agencja agencji agencję agencją komisja komisji komisję komisją rada rady radzie radę radą "
    "związek związku związkiem fundacja fundacji stowarzyszenie stowarzyszenia akademia akademii towarzystwo "
    "towarzystwa centrum biuro biura biurze inspekcja inspekcji izba izby izbie"
)
# Genitive endings of the fields a body is in charge of: Rozwoju, Wsi, Gospodarki, Wodnej,
# Społecznych, Środowiska, Sportu, Turystyki, Cyfryzacji.
_GENITIVE = re.compile(r"(?:u|i|y|a|ej|ych|ich|ów|wsi)$")
# Bodies named in the nominative after "i", which the endings cannot tell from a genitive.
_OTHER_BODIES = word_set(
    "policja policji prokuratura prokuratury straż armia komenda inspekcja gwardia żandarmeria służba"
)
_TAIL = re.compile(r" i ((?:[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+)(?: [A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+){0,2})")


_STATUS = re.compile(r" [–—-] Państwow(?:y|ego|emu|ym) Instytu(?:t|tu|towi|tem|cie) Badawcz(?:y|ego|emu|ym)(?!\w)")


def _with_research_status(text: str, mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        if out and out[-1].start < m.start and m.end <= out[-1].end:
            continue  # the status the tagger found apart, now inside the institute
        status = _STATUS.match(text, m.end) if m.type == "ORG" and m.text.startswith("Instytu") else None
        if status is not None:
            m = Mention(m.start, status.end(), text[m.start : status.end()], "ORG", m.model, m.confidence)
        out.append(m)
    return out


def join_conjoined_bodies(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with each Polish body cut at "i" joined to the fields after it, and an
    institute joined to its status after a dash."""
    if language == "pl" and "Badawcz" in text:
        mentions = _with_research_status(text, mentions)
    if language != "pl" or " i " not in text:
        return mentions
    out = list(mentions)
    for m in mentions:
        if m.type != "ORG" or m not in out or m.text.split(" ", 1)[0].lower() not in _HEADS:
            continue
        tail = _TAIL.match(text, m.end)
        if tail is None:
            continue
        words = tail.group(1).split(" ")
        if any(w.lower() in _HEADS or w.lower() in _OTHER_BODIES or not _GENITIVE.search(w) for w in words):
            continue
        end = tail.end()
        after = [o for o in out if o is not m and o.start < end and m.end < o.end]
        if any(o.type != "ORG" or o.end > end for o in after):
            continue  # a person or a place after "i", or a longer name: two things
        out = [o for o in out if o is not m and o not in after]
        out.append(Mention(m.start, end, text[m.start : end], "ORG", model=m.model, confidence=m.confidence))
    return sorted(out, key=lambda o: (o.start, o.end))


# State bodies whose country follows in the genitive; a fixed name whose country is part of it
# opens otherwise ("Narodowy Bank Polski", "Polskie Radio").
_STATE_BODY_STEMS = (
    "ministerstw",
    "ambasad",
    "rząd",
    "parlament",
    "sił",
    "armi",
    "rad",
    "sąd",
    "prokuratur",
    "służb",
    "konferencj",
)


# "Parlament Republiki Mołdawii": the country is "Republika Mołdawii", cut nothing out of it.
_STATE_FORMS = word_set("republiki republice federacji królestwa księstwa emiratów stanów")


def split_country_genitive(mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with a country in the genitive at the end of a state body's span cut off as a place."""
    if language != "pl":
        return mentions
    countries = country_names("pl")
    out: list[Mention] = []
    for m in mentions:
        words = m.text.split(" ")
        last = words[-1]
        if (
            m.type == "ORG"
            and len(words) >= 3
            and words[0].lower().startswith(_STATE_BODY_STEMS)
            and last[:1].isupper()
            and words[-2].lower() not in _STATE_FORMS
            and _country(last, countries)
        ):
            cut = m.end - len(last)
            body_end = cut - 1
            out.append(Mention(m.start, body_end, m.text[: body_end - m.start], "ORG", m.model, m.confidence))
            out.append(Mention(cut, m.end, last, "LOC", m.model, m.confidence))
        else:
            out.append(m)
    return out


def _country(word: str, countries: frozenset[str]) -> bool:
    """`word` is a country's name in some case; plural names' genitive has no ending ("Czech",
    "Chin", "Włoch" of "Czechy", "Chiny", "Włochy")."""
    forms = {word, word + "y", word + "i", *place_nominatives(word)}
    return bool(forms & countries)
