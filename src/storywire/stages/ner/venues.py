"""Venues, museums, hospitals and universities, typed by what they are and by how the sentence
uses them (the project's guidelines, whole articles only):

- a stadium or an arena is the place where a match is played: LOC ("Signal Iduna Park",
  "Stadionie Miejskim", "Газпром Арене");
- a museum, gallery, library or theatre acts as an organisation ("Mucem a annoncé", "des prêts
  du musée du Louvre") and is a place where something happens in it ("im Deutschen Museum",
  "agli Uffizi", "в Эрмитаже"): ORG, or LOC right after a locative preposition;
- a French cinema known by one rare name after "l'" in an article that names its kind ("le cinéma
  ... l'Excelsior dépasse", round 44) is such a house, typed in its sentence alone;
- a hospital or a university is an organisation even when it holds a town ("CHU de Besançon",
  "Universidad de Salamanca"), and two of them joined by "and" are two ("Universidad de
  Salamanca y del Hospital Clínic de Barcelona").

The taggers learned WikiANN's habit (stadiums and museums ORG, 135 of the 156 "Estadio" spans of
its Spanish train file); the text-level figures keep measuring that, so this runs in
`extract_entities` only, as `buildings` does.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.cues import ORG_HEADS, word_set
from storywire.stages.ner.gazetteer import place_names
from storywire.stages.ner.word_frequency import zipf

_VENUE_WORDS = word_set(
    "stadium stadion stadio estadio stade vélodrome velodrome arena "
    "stadionie stadionu stadionem стадион стадиона стадионе стадіон стадіону стадіоні "
    "арена арене арены арену арені арени auditorio auditorium auditori "
    # the Polish cases of an arena ("przy Ergo Arenie", round 42)
    "arenie areną arenę"
)
_VENUE_ENDS = ("stadion", "arena")
# Museums, galleries, libraries and theatres, in their cases ("Muzeum Narodowym", "музеї").
_HOUSE_WORDS = word_set(
    "museum museums musée musées museo musei muzeum muzeach muzeów "
    "музей музея музее музею музеем музеї музеєм "
    "gallery galleria gallerie galerie galería galeria galerii галерея галереї галерее "
    "library bibliothek bibliothèque biblioteca biblioteka biblioteki bibliotece библиотека "
    "библиотеке бібліотека бібліотеці theatre theater théâtre teatro teatr teatrze "
    "театр театре театрі театра театру opéra opera "
    # observatories: a body with a director, a place that one observes from
    "observatoire observatory observatorio osservatorio obserwatorium "
    "обсерватория обсерватории обсерваторію обсерваторія обсерваторії sternwarte "
    # a planetarium, the same: it signs and hires, and a show or a lecture is held in it
    "planetarium planetarii planétarium planétariums planetario планетарий планетария "
    "планетарии планетарию планетарием планетарій планетарію планетарії планетарієм"
)
_HOUSE_ENDS = ("museum", "galerie", "bibliothek", "theater", "oper", "pinakothek", "sternwarte")
_HOUSE_TAILS = ("opera house", "playhouse", "concert hall", "pinakothek der moderne")
# Museums known by one word, in their cases (a stem and its endings).
_FAMOUS_HOUSES = re.compile(
    r"^(?:Louvre|Prado|Uffizi|Hermitage|Rijksmuseum|Mucem|Smithsonian|Pinacoteca|"
    r"Эрмитаж(?:а|е|у|ем)?|Ермітаж(?:у|і|ем)?)$"
)
# Hospitals and universities: organisations, whether or not they hold their town.
_INSTITUTION_WORDS = word_set(
    "hospital hôpital hospices chu chr clinique klinik klinikum clinic clínic clínica clinica ospedale "
    "policlinico szpital szpitala szpitalu szpitalem больница больницы больнице больницу "
    "лікарня лікарні лікарню university universität universidad università université "
    "uniwersytet uniwersytetu uniwersytecie politechnika politechniki politecnico "
    "университет университета университете університет університету університеті charité"
)
# ... as German compounds, with bodies named after a person ("Robert Koch-Institut").
_INSTITUTION_ENDS = ("universität", "klinikum", "klinik", "krankenhaus", "hochschule", "institut", "stiftung")

# A locative preposition, with an article it may hold or take ("im", "au", "agli", "w", "в",
# "at the", "dans le", "en el"): what follows is where something happens.
_LOCATIVE = re.compile(
    r"(?:^|[\s(«\"“„])(?:in|at|inside|im|am|beim|in\s+der|in\s+dem|au|aux|à\s+la|à\s+l['’]|dans\s+le|"
    r"depuis\s+le|depuis\s+la|depuis\s+l['’]|"
    r"dans\s+la|dans\s+l['’]|en|en\s+el|en\s+la|nel|nello|nella|negli|nelle|nei|al|allo|alla|"
    r"agli|ai|alle|w|we|na|в|во|на|у|at\s+the|in\s+the|inside\s+the|"
    # beside or opposite it: the house only places something ("у сквер біля X театру")
    r"біля|поблизу|навпроти|возле|около|напротив|obok|naprzeciw|naprzeciwko)"
    # one lower-case adjective between: "W krakowskim Muzeum Narodowym", "в новом музее"
    r"(?:\s+[a-zäöüßàâçéèêëîïôûùąćęłńóśźżа-яёіїєґ'’]{2,14})?\s*$",
    re.IGNORECASE,
)
_LANGUAGES = frozenset({"en", "de", "fr", "es", "it", "pl", "ru", "uk", "nl"})
LOCATED_HOUSE = "located-house"

# "X y del Y", "X und der Y": a second body's head after the conjunction ends the first.
_JOIN = re.compile(
    r"\s+(?:y|e|et|and|und|i|и|і|та)\s+(?:(?:del|de\s+la|de\s+l['’]|della|dello|dell['’]|du|"
    r"des|der|dem|the|la|el|le|il|lo)\s+)?(?=\w)"
)
_BODY_HEADS = (
    ORG_HEADS
    | _INSTITUTION_WORDS
    | _HOUSE_WORDS
    | word_set("instituto institut istituto hospital fundación fondation fondazione stiftung foundation")
    # Spanish and Italian regional and local bodies ("Diputación Foral de Álava y del Gobierno Vasco")
    | word_set("diputación ayuntamiento junta consejería cabildo generalitat xunta diputazione comune regione")
)


# A French cinema or theatre known by one name after an elided article ("l'Excelsior", "l'Eden"),
# in an article that names its kind in lower case: a house like a museum, a body where it acts
# and a place after a locative.  Only a name the models read as a body, place or miscellany.
_FRENCH_HOUSE_KIND = re.compile(r"(?<![\w-])(?:cinéma|théâtre|salle de cinéma|salle de spectacle)s?(?![\w-])")
_ELIDED_NAME = re.compile(r"(?<![\w-])[lL]['’](?P<name>[A-ZÀ-ÖØ-Þ][a-zà-ÿ]{3,})(?![\w’'-])")
_ACTING_HOUSE = "house-acting"
_COMMON = 3.0  # wordfreq Zipf of a common French word


def _french_houses(text: str, mentions: list[Mention]) -> frozenset[str]:
    if not _FRENCH_HOUSE_KIND.search(text):
        return frozenset()
    elided = {found["name"] for found in _ELIDED_NAME.finditer(text)}
    typed = {m.text for m in mentions if m.type in ("ORG", "LOC", "MISC")}
    # a common word's capital is a region or a body's short name ("l'Ouest", "l'Office"), no house
    places = place_names("fr")
    return frozenset(name for name in elided & typed if name not in places and zipf(name.lower(), "fr") < _COMMON)


def type_venues(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with venues made places, museums typed by their use, hospitals and
    universities made organisations, and two bodies joined by a conjunction split."""
    if language not in _LANGUAGES:
        return mentions
    houses = _french_houses(text, mentions) if language == "fr" else frozenset()
    out: list[Mention] = []
    for m in mentions:
        for part in _split_joined(text, m):
            _join_lower_head(text, part)
            if part.text in houses and text[max(0, part.start - 2) : part.start] in ("l'", "l’"):
                _type_house(text, part)
            else:
                _retype(text, part, language, mentions)
            out.append(part)
    return out


def _type_house(text: str, m: Mention) -> None:
    """A place after a locative, a body elsewhere; each in its sentence alone (both models are in
    consistency.TYPED_BY_CONTEXT)."""
    if _LOCATIVE.search(text, max(0, m.start - 30), m.start):
        m.type, m.model = "LOC", LOCATED_HOUSE
    else:
        m.type, m.model = "ORG", _ACTING_HOUSE


# A Romance museum's lower-case head belongs to its name ("musée du Louvre", "museo del Prado"),
# and a university's or hospital's, which then holds its town ("université de Porto").
_LOWER_HEAD = re.compile(
    r"\b(?:musée|museo|galleria|galerie|galería|université|universidad|università|universidade|hôpital|"
    r"ospedale|planétarium)\s+"
    r"(?:du|de\s+la|de\s+l['’]|d['’]|des|del|della|dell['’]|de|di)\s*$"
)


def _join_lower_head(text: str, m: Mention) -> None:
    head = _LOWER_HEAD.search(text, max(0, m.start - 20), m.start)
    if head is not None and m.type in ("ORG", "LOC"):
        m.start, m.text = head.start(), text[head.start() : m.end]


# Spanish "en el" before a name: a person takes no article, a stadium does ("en el Santiago
# Bernabéu", "en el Metropolitano").
_EN_EL = re.compile(r"(?:^|\s)en\s+el\s+$")
# A lower-case venue word before a name: "en el estadio Santiago Bernabéu", "allo stadio Diego
# Armando Maradona", "на стадионе Лужники".
_VENUE_BEFORE = re.compile(
    r"(?:^|\s)(?:estadio|stadio|stade|stadium|stadion|stadionie|стадион|стадионе|стадіон|стадіоні|arena)\s+$"
)

# A lower-case hospital word before a name: the name alone is the hospital, often a person's
# ("l'hôpital Pellegrin", "all'ospedale Niguarda", "el hospital Gregorio Marañón").
_HOSPITAL_BEFORE = re.compile(r"(?:^|[\s'’])(?:hôpital|ospedale|policlinico|clinique|clinica|clínica|hospital)\s+$")


def _retype(text: str, m: Mention, language: str, mentions: list[Mention]) -> None:
    if m.type not in ("ORG", "LOC", "PER", "MISC"):
        return
    if m.type != "ORG" and _HOSPITAL_BEFORE.search(text, max(0, m.start - 14), m.start):
        m.type = "ORG"
        return
    if language == "es" and m.type == "PER" and _EN_EL.search(text, max(0, m.start - 8), m.start):
        m.type = "LOC"
        return
    if m.type in ("PER", "ORG") and _VENUE_BEFORE.search(text, max(0, m.start - 12), m.start):
        m.type = "LOC"
        return
    words = m.text.lower().split()
    if not words:
        return
    first, last = words[0], words[-1]
    if first in _INSTITUTION_WORDS or last in _INSTITUTION_WORDS or last.endswith(_INSTITUTION_ENDS):
        m.type = "ORG"
    elif first in _VENUE_WORDS or last in _VENUE_WORDS or last.endswith(_VENUE_ENDS) or _park(m.text):
        m.type = "LOC"
    elif (
        first in _HOUSE_WORDS
        or last in _HOUSE_WORDS
        or last.endswith(_HOUSE_ENDS)
        or m.text.lower().endswith(_HOUSE_TAILS)
        or _famous(m.text)
    ):
        located = (
            _LOCATIVE.search(text, max(0, m.start - 30), m.start)
            or _after_place(text, m, mentions)
            or _WHERE_AFTER.match(text, m.end)
        )
        m.type = "LOC" if located else "ORG"
        if located:  # where the play is on, whatever the article's other sentences make the house
            m.model = LOCATED_HOUSE


# A relative of place right after the house: something happens in it ("le Musée du Jouet, où
# s'ouvrira une exposition", "the Dock Museum, where the show opens").
_WHERE_AFTER = re.compile(r",? (?:où|where) ")


# A museum joined by "and" to a place it is visited with is one of the places to visit
# ("combinar Haro con Logroño y el Museo Guggenheim"); a place after "in" is another body's
# seat ("the Met in New York and Opera North").
_AND_BEFORE = re.compile(r" +(?:y|e|et|and|und|i) +(?:(?:el|il|lo|le|la|the|das|dem|den) +)?$")


def _after_place(text: str, m: Mention, mentions: list[Mention]) -> bool:
    joined = _AND_BEFORE.search(text, max(0, m.start - 12), m.start)
    if joined is None:
        return False
    place = next((o for o in mentions if o.type == "LOC" and o.end == joined.start()), None)
    return place is not None and not _LOCATIVE.search(text, max(0, place.start - 30), place.start)


def _park(name: str) -> bool:
    """ "Signal Iduna Park", "Villa Park": a named ground (a one-word "Park" is a surname)."""
    return " " in name and name.endswith(" Park")


def _famous(name: str) -> bool:
    return _FAMOUS_HOUSES.match(name.split()[-1]) is not None


def _split_joined(text: str, m: Mention) -> list[Mention]:
    if m.type != "ORG":
        return [m]
    for join in _JOIN.finditer(m.text):
        rest = m.text[join.end() :]
        head = rest.split(" ", 1)[0]
        left = m.text[: join.start()]
        if head[:1].isupper() and head.lower() in _BODY_HEADS and left.split(" ", 1)[0].lower() in _BODY_HEADS:
            second_start = m.start + join.end()
            first = Mention(m.start, m.start + len(left), left, "ORG", model=m.model, confidence=m.confidence)
            second = Mention(second_start, m.end, text[second_start : m.end], "ORG", m.model, m.confidence)
            return [first, *_split_joined(text, second)]
    return [m]
