"""French regional newspapers named by their head word and their region, with their article:
"L'Écho de la Vilaine", "Le Courrier de l'Ouest", "La Voix du Nord", "La Dépêche du Midi",
"Le Journal de Saône-et-Loire" (the guidelines keep a newspaper's leading article).

spaCy reads the region after "de" as a place of its own and the head as a common noun, or the
whole title as a place.  A head word alone ("le journal", "Le Progrès" opening a sentence) is
no title: the region after "de"/"du" makes the shape.  A name with a capitalised article that
interviews ("Interrogé par La Montagne") is a paper, not the place spaCy reads: a place asks no
one.  Whole articles only; the pattern runs only where a head word stands.
"""

from __future__ import annotations

import functools
import re

from storywire.identity.media_and_ngos import OUTLETS
from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.word_frequency import zipf

MODEL = "french-press"
_HEADS = (
    "Écho", "Echo", "Courrier", "Journal", "Dépêche", "Voix", "Progrès", "Républicain", "Gazette", "Éveil",
    "Réveil", "Messager", "Nouvelliste", "Indépendant", "Petit Journal", "Impartial",
)  # fmt: skip
_CAP = r"[A-ZÀ-ÖØ-Þ][\w’'-]*"
_TITLE = re.compile(
    rf"(?<![\w’'-])(?:L['’]|Le |La )(?:{'|'.join(_HEADS)}) "
    rf"(?:de la |de l['’]|du |des |de |d['’]){_CAP}(?:-{_CAP})*(?: (?:de la |du |de |d['’])?{_CAP}){{0,2}}"
    r"(?![\w’'-])"
)

# ... and by their head word and a lower-case demonym or adjective of their region ("L'Écho
# valentinois", "Le Républicain lorrain", "Le Dauphiné libéré"): the suffix makes the shape, so
# that "le Progrès social" stays a phrase.
_DEMONYM_TITLE = re.compile(
    rf"(?<![\w’'-])(?:L['’]|Le |La )(?:{'|'.join((*_HEADS, 'Dauphiné', 'Populaire', 'Bien public'))}) "
    r"(?:[a-zà-ÿ]+(?:ois|oise|ais|aise|ain|aine|ien|ienne|in|ine|ard|arde|on|onne)|libérée?|libre)"
    r"(?![\w’'-])"
)

# Titles of one word after a capitalised elided article, which the organisations' list cannot
# hold (its matcher reads a name without its elided article, and "Indépendant" alone is an
# adjective): "dans L'Indépendant", "selon L'Est républicain".
_ELIDED_TITLES = re.compile(
    r"(?<![\w’'-])L['’](?:Indépendant|Est [Rr]épublicain|Ardennais|Yonne [Rr]épublicaine|Éclair|Équipe|Humanité|"
    r"Écho républicain)"
    r"(?![\w’'-])"
)


_CONTRACTED_TITLE = re.compile(
    rf"(?<![\w’'])(?:au|du) (?P<title>(?:{'|'.join(_HEADS)}) "
    rf"(?:de la |de l['’]|du |des |de |d['’]){_CAP}(?:-{_CAP})*)(?![\w’'-])"
)

# A paper named "Le X" loses its article to "au"/"du" ("a-t-il déclaré au Télégramme", "un
# journaliste du Parisien"); after "du" a title that is a common word stays a phrase ("Coupe du
# Monde").
_COMMON_TITLE_ZIPF = 4.5


@functools.cache
def _contracted_titles() -> tuple[re.Pattern[str], frozenset[str]]:
    titles = {
        alias[3:]
        for aliases in OUTLETS.values()
        for alias in aliases
        if alias.startswith("Le ") and alias[3:4].isupper() and " " not in alias[3:]
    }
    pattern = re.compile(rf"(?<![\w’'])(?P<article>au|du) (?P<title>{'|'.join(sorted(titles))})(?![\w’'-])")
    return pattern, frozenset(title for title in titles if zipf(title.lower(), "fr") >= _COMMON_TITLE_ZIPF)


def _after_contraction(text: str) -> list[tuple[int, int]]:
    if " au " not in text and " du " not in text:
        return []
    pattern, common = _contracted_titles()
    return [
        found.span("title")
        for found in pattern.finditer(text)
        if found["article"] == "au" or found["title"] not in common
    ]


# a name with its capitalised article right after "interrogé par", "contactée par": the paper asking
# ("joint" takes no "é": "joint par La Montagne", "jointe par")
_INTERVIEWED_BY = re.compile(r"\b(?:(?:[Ii]nterrog|[Cc]ontact|[Ss]ollicit)(?:é|ée|és|ées)|[Jj]ointe?s?) par $")
_TRIGGERS = (*_HEADS, "Dauphiné", "Populaire", "Bien public", "L'", "L’", " au ", " du ")


def french_press(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with each regional newspaper's title one organisation, in place of the
    mentions inside it; a person's name that runs past the title keeps it."""
    if language != "fr":
        return mentions
    if "» d" in text:
        mentions = _authors_after_works(text, mentions)
    if "France 3 " in text or "France Bleu " in text:
        mentions = claimed_spans(
            text, mentions, [found.span() for found in _REGIONAL_STATION.finditer(text)], "ORG", MODEL, 0.8
        )
    if " par L" in text:
        for m in mentions:
            articled = m.text.startswith(("La ", "Le ", "Les ", "L'", "L’"))
            if m.type in ("LOC", "MISC") and articled and _INTERVIEWED_BY.search(text, max(0, m.start - 30), m.start):
                m.type, m.model = "ORG", MODEL
    if not any(head in text for head in _TRIGGERS):
        return mentions
    spans = [found.span() for found in _TITLE.finditer(text)]
    spans += [found.span() for found in _ELIDED_TITLES.finditer(text)]
    spans += [found.span() for found in _DEMONYM_TITLE.finditer(text)]
    contracted = _after_contraction(text)
    # a title named by its head and region loses its article to "au"/"du" too ("a confié au
    # Courrier de l'Ouest"): the region after "de" makes the shape, as in the full title
    contracted += [found.span("title") for found in _CONTRACTED_TITLE.finditer(text)]
    _person_after_titles(text, mentions, contracted)
    spans += contracted
    return claimed_spans(text, mentions, spans, "ORG", MODEL, 0.8) if spans else mentions


# A public broadcaster's regional station with its region ("France 3 Provence-Alpes-Côte d'Azur",
# "France Bleu Nord"): one ORG, which the models split into the channel and a place.  One region
# only: a person quoted after the station ("à France Bleu Nord Marie Dupont") stays apart.
_REGIONAL_STATION = re.compile(
    rf"(?<![\w-])France (?:3|Bleu) {_CAP}(?:-(?:{_CAP}|d['’]{_CAP}))*(?: d['’]{_CAP})?(?![\w’'-])"
)


# A paper and the person quoted after it, read as one name ("a déclaré au Télégramme Morgane
# Kerhervé"): the paper, and the person after it.
_PERSON_AFTER = re.compile(rf" (?P<name>{_CAP}(?: {_CAP}){{1,2}})$")


def _person_after_titles(text: str, mentions: list[Mention], titles: list[tuple[int, int]]) -> None:
    for start, end in titles:
        for m in mentions:
            if m.start == start and m.end > end and (found := _PERSON_AFTER.fullmatch(text, end, m.end)) is not None:
                m.start = found.start("name")
                m.text, m.type, m.model = found["name"], "PER", MODEL


# A work's title in guillemets and its author after "de", read as one work ("« Pelléas et
# Mélisande » de Debussy"): the author alone, a person; works are not labelled.
_AUTHOR_AFTER_WORK = re.compile(rf"» (?:de |d['’])(?P<name>{_CAP}(?: {_CAP}){{0,2}})$")


def _authors_after_works(text: str, mentions: list[Mention]) -> list[Mention]:
    for m in mentions:
        found = _AUTHOR_AFTER_WORK.search(m.text)
        if found is not None and m.type == "MISC":
            m.start += found.start("name")
            m.text, m.type, m.model = found["name"], "PER", MODEL
    return mentions
