"""Italian and Spanish news of circuses, street shows, local transport and port logistics by
their kinds of name (round 37):

* a circus company named with its capitalised kind word ("Circo Fratelli Rossi", "Circo
  Medrano") is a body, which the tagger reads as a person; the Roman "Circo Massimo" is a place;
* a performer named after his trade ("il clown Pepito", "el payaso Tallarín") is a person, a
  stage name the tagger leaves or reads as a place;
* an open area named with "Campo" ("a Campo Marzio") is a place, never a person;
* a lake whose name is only an adjective keeps its lower-case kind word ("lago Superiore",
  "laguna Negra"), since the adjective alone names nothing;
* a body spelled out before its acronym in brackets ("Lega Anti Vivisezione (Lav)", "Asociación
  de Transportistas del Campo de Gibraltar (Atracag)") is one body up to the bracket, and its
  acronym, written in lower case after the first letter, is the body wherever it stands;
* a bus company after the vehicles it runs ("le navette dell'Atam") is a body: a town takes no
  article and its name ends in a vowel, an acronym does not;
* a bare "Comune" before a lower-case word ("chiede al Comune di non concedere") is the council,
  not a council named "di non"; the town police ("Polizia locale di Asti") is one body with its
  town; "Ente nazionale" keeps the plural noun of its fixed name ("Ente nazionale sordi");
* a port terminal or esplanade after its lower-case kind word ("terminal de Muelle Norte") is a
  place, and so is a port that ferries or lorries come from or go to ("los ferris desde Tánger Med"),
  which the model reads as the port's operator;
* a councillor's portfolio ("delegada municipal de Movilidad") is no body, a span running into a
  quotation («...) ends before it, and a "person" ending in a lower-case word ("Fuentes del
  organismo") is none, nor is a plural of staff opening a sentence ("Agentes de la Guardia
  Civil desviaban").

Whole articles only; each rule looks only where its cue word stands.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import Blocks, claimed_spans

MODEL = "romance-circus"
_UP = "A-ZÀ-ÖØ-ÞÁÉÍÓÚÑ"
_NAME = rf"[{_UP}][\w’'-]+"
_CIRCUS = re.compile(rf"(?<![\w-])Circo(?: (?:dei |di )?(?:Fratelli |Famiglia )?{_NAME}){{1,3}}(?![\w’'-])")
_PERFORMER = re.compile(
    r"(?<![\w-])(?:clown|pagliaccio|mago|giocoliere|domatore|domatrice|acrobata|trapezista|illusionista|"
    r"funambolo|payaso|payasa|malabarista|domador|domadora|acróbata|trapecista|ilusionista)"
    rf" (?P<name>{_NAME})(?![\w’'-])(?! (?:[{_UP}]|di |de ))"
)
_LAKE = re.compile(
    r"(?<![\w-])(?:lago|laguna) (?:Superiore|Inferiore|Maggiore|Minore|Piccolo|Grande|Nero|Bianco|Verde|Azzurro|"
    r"Nuovo|Vecchio|Alto|Basso|Negra|Negro|Blanca|Blanco|Azul|Seca|Larga|Mayor|Menor|Chica|Chico)(?![\w’'-])"
)
_CONNECT = r"(?:de|del|de la|de los|de las|di|del|della|dei|degli|delle|e|y|per la|per il|para la|para el)"
_BODY_ACRONYM = re.compile(
    r"(?<![\w-])(?P<body>(?:Asociación|Associazione|Lega|Liga|Federación|Federazione|Unione|Unión|Confederación|"
    r"Confederazione|Sindicato|Sindacato|Consorzio|Consorcio|Comité|Comitato|Cooperativa|Fundación|Fondazione|"
    rf"Plataforma|Coordinadora|Coordinamento)(?: (?:{_CONNECT} )?{_NAME}){{1,6}}) "
    r"\((?P<acr>[A-ZÁÉÍÓÚÑ][a-záéíóúñ]{2,9})\)"
)
_BUS_BODY = re.compile(
    r"(?<![\w-])(?:navett[ae]|autobus|bus|pullman|corriere|tram|filobus|mezzi)"
    rf" (?:dell['’]|della |del |dall['’]|dalla |dal )(?P<name>[{_UP}](?:[A-Z]+|[\w]*[b-df-hj-np-tv-z]))(?![\w’'-])"
)
_BARE_COUNCIL = re.compile(r"(?<![\w-])(?:il|al|dal|del|nel|col|sul|Il) (?P<name>Comune)(?= di [a-zà-ÿ])")
_TOWN_POLICE = re.compile(rf"(?<![\w-])Polizia (?:locale|municipale|provinciale) di {_NAME}(?![\w’'-])")
_NATIONAL_BODY = re.compile(
    r"(?<![\w-])Ente nazionale (?!(?:degli|dei|dai|agli|ai|oggi|poi|così|quasi|più|lui|lei|altri)\b)"
    r"[a-zà-ÿ]+i(?![\w’'-])"
)
_TERMINAL = re.compile(
    rf"(?<![\w-])(?:terminal|explanada|muelle|dársena) (?:de |del )(?P<name>{_NAME}(?: {_NAME}){{0,3}})(?![\w’'-])"
)
# Goods vehicles and ships, then the place they leave or reach, in the same clause.
_FROM_PORT = re.compile(
    r"(?:ferris|ferry|ferries|buques|barcos|camiones|contenedores|mercancías|cargamentos)\b[^.;:«»()]{0,40}"
    r"(?:desde|hasta|hacia|con destino a|procedentes de|rumbo a) (?:el |la )?$"
)
_PORTFOLIO_BEFORE = re.compile(
    r"(?:delegad[oa]|concejal[a]?|consejer[oa]|teniente de alcalde)(?: (?:municipal|provincial|regional))? de $"
)
# Plural nouns of staff and sources that open Spanish sentences and name nothing alone.
_STAFF = frozenset(("Agentes", "Efectivos", "Fuentes", "Vecinos", "Técnicos", "Operarios", "Trabajadores"))
_PARTICLES = frozenset(("de", "del", "la", "las", "los", "di", "della", "van", "von", "da", "dos", "y", "e", "el"))


def romance_circus(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with circuses, performers, open areas, lakes, spelled-out bodies and their
    acronyms, bus firms, bare councils, town police, terminals and portfolios typed and cut."""
    if language not in ("it", "es"):
        return mentions
    mentions = _quotes_out(text, mentions)
    if "(" in text:
        mentions = _bodies_with_acronyms(text, mentions)
    if language == "it":
        mentions = _italian(text, mentions)
    else:
        if "terminal" in text or "explanada" in text or "muelle" in text or "dársena" in text:
            spans = [found.span("name") for found in _TERMINAL.finditer(text)]
            mentions = claimed_spans(text, mentions, spans, "LOC", MODEL, 0.8)
        mentions = [m for m in mentions if not _portfolio(text, m) and not _staff(text, m)]
        for m in mentions:
            if m.type == "ORG" and _FROM_PORT.search(text, max(0, m.start - 80), m.start) is not None:
                m.type, m.model = "LOC", MODEL
    if "lag" in text:
        mentions = claimed_spans(text, mentions, [f.span() for f in _LAKE.finditer(text)], "LOC", MODEL, 0.8)
    spans = [found.span("name") for found in _PERFORMER.finditer(text)]
    if spans:
        mentions = claimed_spans(text, mentions, spans, "PER", MODEL, 0.8)
    return [m for m in mentions if not _lower_tail_person(m)]


def _italian(text: str, mentions: list[Mention]) -> list[Mention]:
    if "Circo " in text:
        spans = [f.span() for f in _CIRCUS.finditer(text) if not f.group().startswith("Circo Massimo")]
        mentions = claimed_spans(text, mentions, spans, "ORG", MODEL, 0.8)
    for m in mentions:
        if m.type == "PER" and m.text.startswith("Campo ") and m.text.count(" ") < 3:
            m.type, m.model = "LOC", MODEL  # "Campo" opens an area's name, never a person's
    spans = []
    if "Comune di " in text:
        spans.extend(f.span("name") for f in _BARE_COUNCIL.finditer(text))
    if "Polizia " in text:
        spans.extend(f.span() for f in _TOWN_POLICE.finditer(text))
    if "Ente nazionale " in text:
        spans.extend(f.span() for f in _NATIONAL_BODY.finditer(text))
    spans.extend(f.span("name") for f in _BUS_BODY.finditer(text))
    if spans:
        # a cut "Comune di non" runs past the bare council and gives way to it
        mentions = claimed_spans(text, mentions, sorted(spans), "ORG", MODEL, 0.8, _blocks_council(text))
    return mentions


def _blocks_council(text: str) -> Blocks:
    def blocks(m: Mention, start: int, end: int) -> bool:
        if text[start:end] == "Comune":
            return m.start < start  # "Comune di non" is cut, a longer name before it is not
        return m.start < start or m.end > end

    return blocks


def _bodies_with_acronyms(text: str, mentions: list[Mention]) -> list[Mention]:
    """The spelled-out body up to its bracketed acronym, and the acronym wherever it stands."""
    spans: list[tuple[int, int]] = []
    for found in _BODY_ACRONYM.finditer(text):
        body, acronym = found["body"], found["acr"]
        if body[0] != acronym[0]:
            continue  # an acronym opens with its body's first letter
        spans.append(found.span("body"))
        spans.extend(a.span() for a in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w’'-])", text))
    if not spans:
        return mentions
    spans.sort()

    def blocks(m: Mention, start: int, end: int) -> bool:
        # "Per la Lav" read as a person holds the acronym; only a longer body keeps its span
        return (m.start < start or m.end > end) and m.type == "ORG"

    return claimed_spans(text, mentions, spans, "ORG", MODEL, 0.8, blocks)


def _quotes_out(text: str, mentions: list[Mention]) -> list[Mention]:
    out = []
    for m in mentions:
        cut = m.text.find(" «")
        # a nickname in quotes belongs to its person ('Matteo «Kairo» Fantini'); a quotation does not
        if cut > 0 and m.type != "PER" and m.text[cut + 2 : cut + 3].islower():
            m = Mention(m.start, m.start + cut, m.text[:cut], m.type, MODEL, m.confidence)
        out.append(m)
    return out


def _portfolio(text: str, m: Mention) -> bool:
    return (
        m.type == "ORG"
        and " " not in m.text
        and _PORTFOLIO_BEFORE.search(text, max(0, m.start - 40), m.start) is not None
    )


def _lower_tail_person(m: Mention) -> bool:
    last = m.text.rsplit(" ", 1)[-1]
    return m.type == "PER" and " " in m.text and last[:1].islower() and last not in _PARTICLES


def _staff(text: str, m: Mention) -> bool:
    before = text[max(0, m.start - 2) : m.start]
    return m.text in _STAFF and (m.start == 0 or before.endswith(("\n", ". ")) or before == "\n")
