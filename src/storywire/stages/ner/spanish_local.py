"""Spanish local news by its kinds of run-on (session 28's local community news): the neural
tagger runs a name into the words around it where local news strings them together:

* a byline in capitals before its dateline ("ANA PÉREZ | SORIA"): the reporter, PER;
* an age after a name ("Pedro Gil Sanz, de 64"): the name alone;
* a body into what follows it ("la Cámara de Comercio de Soria una línea de ayudas"): a name
  never holds an indefinite article;
* a councillor's portfolio into the council ("la concejala de Cultura del Ayuntamiento de
  Soria"): the portfolio is no name (as the guidelines say), the council is;
* a firm's legal form into the next sentence ("Hornos Gil, S.L. Nadie quiso..."): the form
  belongs to the name before it (legal_forms.py joins them), the rest is dropped;
* a firm's legal form into its town ("Embutidos Gil, S.L., de Soria", round 40): the firm ends at
  its form, the town after ", de" is a place;
* a newspaper into the person quoted after it ("contaba al diario Heraldo Ana Gil"): two names;
* two towns joined by "y" ("de Almazán y Ólvega", typed ORG or one LOC): two places;
* a headline's noun phrase run into the town after "en" ("Huelga de la basura en Avilés", typed
  ORG, round 41): a headline is written in sentence case, so a lower-case noun in the run says it
  is no body's name (a body capitalises its words: "Asociación de Hosteleros del Camino en
  León"); the town the gazetteer knows is the place;
* a local platform named by its province and a slogan word ("Soria Ya", "Cuenca Ahora", round 42)
  read as a person (a town's name is a surname too): a province, then a verb or adverb of the
  "España Vaciada" platforms' slogans, names a party, ORG.

Whole articles only; each rule looks only where its cue stands.
"""

from __future__ import annotations

import re

from storywire.identity.given_names import given_names
from storywire.model import EntityType, Mention
from storywire.stages.ner.missed_places import known_places
from storywire.stages.ner.span_words import starts_sentence

MODEL = "spanish-local"
_UPPER = r"[A-ZÁÉÍÓÚÑÜ]"
# "ANA GÓMEZ-ARIAS | SORIA" or "Ana Gómez | Soria" opening a line
_BYLINE = re.compile(rf"(?m)^(?P<name>{_UPPER}[\w'’-]+(?: +(?:de |del |de la )?{_UPPER}[\w'’-]+){{1,3}}) *\| *{_UPPER}")
# A Spanish legal form opening a span: it was cut from the name before it.
_LEGAL_FORM = re.compile(r"(?:S\.L\.(?:U\.|L\.)?|S\.A\.(?:U\.)?|S\. Coop\.|S\.C\.) ")
# a legal form, then the firm's town: "X, S.L., de Soria"
_FORM_TOWN = re.compile(
    rf"(?:, +| +)(?:S\.L\.(?:U\.|L\.)?|S\.A\.(?:U\.)?|S\. Coop\.)(?P<tail>,? +de +(?P<town>{_UPPER}[\w'’-]+))$"
)
_AGE = re.compile(r", (?:de )?\d{1,3}(?: años)?$")
_INDEFINITE = re.compile(r" (?:un|una|unos|unas) [a-záéíóúñ]")
# A councillor's title, then the portfolio the tagger takes into the council's name.
_COUNCILLOR = re.compile(
    r"(?:concejal|concejala|edil|consejer[oa]|delegad[oa]|teniente de alcalde|regidor|regidora)"
    r"(?: +(?:de|del|de la) +[A-ZÁÉÍÓÚÑ][\w-]*)? +(?:de|del|de la) +$"
)
_COUNCIL_IN = re.compile(
    r" (?:del|de la|de los) (?=(?:Ayuntamiento|Diputación|Cabildo|Consell|Concello|Gobierno|Junta|Xunta|"
    r"Generalitat|Comunidad|Consejo|Consistorio|Comarca|Mancomunidad)\b)"
)
_NEWSPAPER = re.compile(r"(?:diario|periódico|rotativo|semanario|digital|emisora|radio) +$")
_AND = " y "
# the slogan words the "España Vaciada" platforms add to their province ("Teruel Existe")
_SLOGANS = frozenset({"Existe", "Ya", "Ahora", "Decide", "Merece", "Resiste", "Vive", "Despierta", "Importa", "Cuenta"})
_SAINT = ("San ", "Santa ", "Santo ", "Sant ")


def spanish_local(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the run-ons above cut into their names."""
    if language != "es":
        return mentions
    out: list[Mention] = []
    given = given_names(language)
    places = known_places(language)
    for m in mentions:
        if _LEGAL_FORM.match(m.text) is not None and text[max(0, m.start - 2) : m.start] == ", ":
            continue  # "S.L. Nadie quiso...": the form goes back to its name, the rest was no name
        out.extend(_cut(text, m, given, places))
    if "|" in text:
        out = _bylines(text, out, given)
    return sorted(out, key=lambda m: (m.start, m.end))


def _cut(text: str, m: Mention, given: frozenset[str], places: frozenset[str]) -> list[Mention]:
    if m.type == "PER" and m.text.count(" ") == 1:
        province, slogan = m.text.split(" ")
        if province in places and slogan in _SLOGANS:
            return [_part(text, m, 0, len(m.text), "ORG")]  # "Soria Ya" is a platform, no person
    if m.type == "ORG" and (form := _FORM_TOWN.search(m.text)) is not None:
        town_at = form.start("town")
        return [_part(text, m, 0, form.start("tail"), "ORG"), _part(text, m, town_at, len(m.text), "LOC")]
    if m.type in ("PER", "MISC") and (age := _AGE.search(m.text)) is not None:
        # an age is a person's: a full name with it is a person though its given name is foreign
        words = m.text[: age.start()].split(" ")
        person = m.type == "PER" or words[0] in given or (len(words) > 1 and all(w[:1].isupper() for w in words))
        return [_part(text, m, 0, age.start(), "PER" if person else m.type)]
    if m.type in ("ORG", "LOC", "MISC") and (run := _INDEFINITE.search(m.text)) is not None:
        opening = starts_sentence(text, m.start) or text[m.start - 1 : m.start] in ("¡", "¿", "«", '"')
        if " " not in m.text[: run.start()] and opening:
            return []  # "Compartiremos una foto": a capitalised verb, no name
        m = _part(text, m, 0, run.start(), m.type)
    if m.type == "ORG" and _COUNCILLOR.search(text, max(0, m.start - 40), m.start):
        council = _COUNCIL_IN.search(m.text)
        if council is not None:
            return [_part(text, m, council.end(), len(m.text), "ORG")]
    if m.type in ("ORG", "PER", "MISC") and _NEWSPAPER.search(text, max(0, m.start - 15), m.start):
        return _paper_and_person(text, m, given)
    town = _HEADLINE_TOWN.search(m.text) if m.type == "ORG" and _in_headline(text, m.start) else None
    if town is not None and town["town"] in places and any(_content(w) for w in m.text[: town.start()].split(" ")):
        return [_part(text, m, town.start("town"), len(m.text), "LOC")]  # "Huelga de la basura en X"
    if _AND in m.text and m.text not in places:
        left, right = m.text.split(_AND, 1)
        # two saints coupled are a feast or a dedication ("fiestas de San Juan y San Pedro")
        saints = left.startswith(_SAINT) and right.startswith(_SAINT)
        if left in places and right in places and not saints:
            return [_part(text, m, 0, len(left), "LOC"), _part(text, m, len(left) + len(_AND), len(m.text), "LOC")]
    return [m]


# A town after "en" ending a run ("... de la basura en Avilés").
_HEADLINE_TOWN = re.compile(rf" en (?P<town>{_UPPER}[\w'’-]+(?: {_UPPER}[\w'’-]+)?)$")
_JOINS = frozenset({"de", "del", "la", "las", "los", "el", "y", "e", "en", "a", "para", "por", "con"})


def _in_headline(text: str, start: int) -> bool:
    """`start` is on the text's first line, its headline."""
    return "\n" not in text[:start]


def _content(word: str) -> bool:
    return word.isalpha() and word.islower() and word not in _JOINS


def _paper_and_person(text: str, m: Mention, given: frozenset[str]) -> list[Mention]:
    """A newspaper's name and the person quoted after it, one run: split at the given name."""
    words = m.text.split(" ")
    for i in range(1, len(words) - 1):
        if words[i] in given and words[i + 1][:1].isupper():
            at = len(" ".join(words[:i]))
            return [_part(text, m, 0, at, "ORG"), _part(text, m, at + 1, len(m.text), "PER")]
    return [m]


def _part(text: str, m: Mention, start: int, end: int, etype: EntityType) -> Mention:
    s, e = m.start + start, m.start + end
    model = m.model if (s, e, etype) == (m.start, m.end, m.type) else MODEL
    return Mention(s, e, text[s:e], etype, model, m.confidence)


def _bylines(text: str, mentions: list[Mention], given: frozenset[str]) -> list[Mention]:
    """`mentions` with a byline's reporter before the dateline's bar, named in capitals or not."""
    added: list[Mention] = []
    for found in _BYLINE.finditer(text):
        first = found["name"].split(" ", 1)[0]
        if first.title() not in given and first not in given:
            continue
        s, e = found.span("name")
        if any(m.start < e and s < m.end for m in mentions):
            continue
        added.append(Mention(s, e, text[s:e], "PER", MODEL, 0.75))
    return mentions + added
