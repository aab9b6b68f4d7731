"""Italian and Spanish hotels, restaurants, airports and families, as the guidelines mark them:

- a hotel, inn or restaurant named with its capitalised kind word is one place ("Grand Hotel
  Miramare", "Osteria del Ponte", "Parador de Cardona"), its town after "di"/"de" a place of its
  own ("Hotel Reina Victoria" + "Ronda"), and the same name without the kind word elsewhere in
  the article is the place too ("Relais Cascina X" ... "Cascina X");
- after a lower-case kind word the name alone is the place ("restaurante Arzak de San
  Sebastián" -> "Arzak" + "San Sebastián", "la trattoria Da Gino");
- after a lower-case "aeroporto di"/"aeropuerto de" the name alone is the place ("aeropuerto de
  Noáin"), which a tagger types a body or misses;
- a family named by its surname is a person ("i fratelli Rossi", "los hermanos Roca");
- an Italian bathing establishment by its capitalised "Bagno" and its number or name ("Bagno
  27", "Bagno Nettuno") is a resort, a place, and the beach after its "di" a place of its own
  ("Bagno 64 di Torre Pedrera"): the rules typed "Bagno" alone and the beach a miscellany.

The models read a restaurant's name as a person ("Osteria del Tufo" PER) and a hotel as a firm.
Whole articles only; each rule looks only where its kind word stands.
"""

from __future__ import annotations

import re

from storywire.identity.given_names import given_names
from storywire.model import EntityType, Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.missed_places import known_places

MODEL = "hospitality"
_NAME = r"[A-ZÀ-ÖØ-Þ][\w’'.-]*[\w’']"
# particles inside a name ("Osteria del Tufo", "Hotel de la Reconquista")
_PARTICLE = r"(?:di|del|della|dello|dei|degli|delle|da|dal|de|de la|de las|de los|la|las|los|el|y|e)"
_NAME_RUN = rf"{_NAME}(?: +(?:{_PARTICLE} +)?{_NAME}){{0,3}}"
_CAPITALISED_KINDS = {
    "it": r"Grand Hotel|Hotel|Albergo|Relais|Osteria|Hostaria|Trattoria|Ristorante|Locanda|Agriturismo|Resort",
    "es": r"Gran Hotel|Grand Hotel|Hotel|Parador|Hostal|Posada|Restaurante|Mesón|Asador|Taberna|Resort|Hospedería",
}
# "hotel", "albergo" and "resort" in lower case are italian_places' (with quays and districts).
_LOWER_KINDS = {
    "it": r"ristorante|osteria|trattoria|locanda|agriturismo|relais",
    "es": r"restaurante|hotel|hostal|asador|mesón|taberna|posada",
}
# a name may open with an article's particle ("Osteria del Tufo", "Parador de Cardona"), never
# with a bare "di" (the town: "Post Oak Hotel di Uptown")
_OPENING = r"(?:del|della|dello|dei|degli|delle|de|de la|de las|de los)"
_CAPITALISED = {
    lang: re.compile(rf"(?<![\w-])(?P<kind>{kinds}) +(?P<name>(?:{_OPENING} +)?{_NAME_RUN})")
    for lang, kinds in _CAPITALISED_KINDS.items()
}
_LOWER = {lang: re.compile(rf"(?<![\w-])(?:{kinds}) +(?P<name>{_NAME_RUN})") for lang, kinds in _LOWER_KINDS.items()}
# The town after the name: "Hotel Alcázar de Toledo" holds it, the guidelines split it off.
_NAME_BEFORE = re.compile(
    r"(?<![\w’'-])(?!(?:Il|Lo|La|L|I|Gli|Le|El|Los|Las|Al|Del|Dal|Nel|Sul|Un|Una|Uno|En|Con|Per|Da|A|Y|E)\b)"
    r"[A-ZÀ-ÖØ-Þ][\w’'-]* +$"
)
_SEAT = re.compile(rf" +(?:di|de|a) +(?P<seat>{_NAME}(?: +{_NAME})?)$")
_AIRPORT = {
    "it": re.compile(rf"(?<![\w-])aeroport[oi] +(?:di|del|della) +(?P<name>{_NAME}(?: +{_NAME})?)"),
    "es": re.compile(rf"(?<![\w-])aeropuertos? +(?:de|del) +(?P<name>(?:La +|El +)?{_NAME}(?: +{_NAME})?)"),
}
_FAMILY = {
    "it": re.compile(rf"(?<![\w-])(?:fratelli|sorelle|famiglia|coniugi) +(?P<name>{_NAME})(?! +[A-ZÀ-ÖØ-Þ])"),
    "es": re.compile(rf"(?<![\w-])(?:hermanos|hermanas|familia|esposos) +(?P<name>{_NAME})(?! +[A-ZÀ-ÖØ-Þ])"),
}
# "Bagno a Ripoli" and "Bagno di Romagna" are towns: a lower-case word after "Bagno" is no lido.
_LIDO = re.compile(
    rf"(?<![\w-])(?P<lido>Bagno +(?:\d{{1,3}}[A-Z]?(?![\w-])|{_NAME}(?: +{_NAME}){{0,2}}))"
    rf"(?: +di +(?P<seat>{_NAME}(?: +{_NAME})?))?"
)
_TRIGGERS = {
    "it": ("Hotel", "Albergo", "Relais", "Osteria", "Hostaria", "Trattoria", "Ristorante", "Locanda", "Agriturismo",
           "Resort", "ristorante", "osteria", "trattoria", "locanda", "agriturismo", "relais"),
    "es": ("Hotel", "Parador", "Hostal", "Posada", "Restaurante", "Mesón", "Asador", "Taberna", "Resort", "Hospedería",
           "restaurante", "hotel", "hostal", "asador", "mesón", "taberna", "posada"),
}  # fmt: skip


def romance_hospitality(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the hotels, restaurants, airports and families above typed and cut."""
    if language not in _CAPITALISED:
        return mentions
    out = mentions
    if any(word in text for word in _TRIGGERS[language]):
        out = _hotels(text, out, language)
    if "aeroport" in text or "aeropuert" in text:
        out = _replaced(text, out, [found.span("name") for found in _AIRPORT[language].finditer(text)], "LOC")
    if "fratelli" in text or "famiglia" in text or "herman" in text or "familia" in text:
        out = _families(text, out, language)
    if language == "it" and "Bagno " in text:
        out = _lidos(text, out)
    return out


def _lidos(text: str, mentions: list[Mention]) -> list[Mention]:
    spans: list[tuple[int, int]] = []
    for found in _LIDO.finditer(text):
        spans.append(found.span("lido"))
        if found["seat"] is not None:
            spans.append(found.span("seat"))
    return _replaced(text, mentions, spans, "LOC")


def _families(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """Brothers, sisters and couples by their surname are people; "family" is looser ("la
    famiglia Caterpillar" of a brand's machines), so it only types a name no model read as a
    body or a miscellany."""
    spans = []
    for found in _FAMILY[language].finditer(text):
        s, e = found.span("name")
        loose = found.group().startswith(("famiglia", "familia"))
        if loose and any(m.start < e and s < m.end and m.type in ("ORG", "MISC") for m in mentions):
            continue
        spans.append((s, e))
    return _replaced(text, mentions, spans, "PER")


def _hotels(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    places = known_places(language)
    given = given_names(language)
    whole: list[tuple[int, int]] = []
    seats: list[tuple[int, int]] = []
    bare: set[str] = set()
    for found in _CAPITALISED[language].finditer(text):
        start, end = found.start(), found.end()
        if _NAME_BEFORE.search(text, max(0, start - 30), start):
            continue  # an English-shaped "Post Oak Hotel": the kind word ends that name
        name = found["name"]
        seat = _SEAT.search(name)
        # "Parador de Cardona": a name that is only its town keeps it
        if seat is not None and seat.start() > 0 and seat["seat"] in places:
            end = found.start("name") + seat.start()
            seats.append((found.start("name") + seat.start("seat"), found.end()))
            name = name[: seat.start()]
        whole.append((start, end))
        words = name.split()
        if len(words) >= 2 and words[0] not in given and words[0][0].isupper():
            bare.add(name)
    for found in _LOWER[language].finditer(text):
        s, e = found.span("name")
        seat = _SEAT.search(found["name"])
        if seat is not None and seat["seat"] in places:
            seats.append((s + seat.start("seat"), e))
            e = s + seat.start()
        whole.append((s, e))
    for name in bare:
        for found in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            if not any(s <= found.start() and found.end() <= e for s, e in whole) and not _in_kind_place(
                mentions, *found.span()
            ):
                whole.append(found.span())
    return _replaced(text, mentions, sorted(whole) + seats, "LOC")


def _in_kind_place(mentions: list[Mention], start: int, end: int) -> bool:
    """The name inside a place the tagger read with its own lower-case kind word ("Hospedería
    Santa Clara" ... "el monasterio de Santa Clara"): that other place keeps it."""
    return any(m.type == "LOC" and m.start < start and end <= m.end and m.text[:1].islower() for m in mentions)


def _replaced(text: str, mentions: list[Mention], spans: list[tuple[int, int]], etype: EntityType) -> list[Mention]:
    """`mentions` with each span one `etype` mention; a mention that crosses a span's edge only
    to take in lower-case words or the town after it ("Itsasmendi de Getaria") gives way too."""
    out = list(mentions)
    for s, e in spans:
        crossing = [m for m in out if m.start < e and s < m.end and (m.start < s or m.end > e)]
        if any(not _loose(text, m, s, e) for m in crossing):
            continue
        for m in crossing:
            out = _without(out, m)
            if m.end > e:
                rest = text[e : m.end]
                tail = re.match(r" +(?:di|de|a) +", rest)
                if tail is not None and m.end - e - tail.end() > 1:
                    out.append(Mention(e + tail.end(), m.end, text[e + tail.end() : m.end], "LOC", MODEL, 0.7))
        out = claimed_spans(text, out, [(s, e)], etype, MODEL, 0.8)
    return sorted(out, key=lambda m: (m.start, m.end))


def _loose(text: str, m: Mention, s: int, e: int) -> bool:
    """Whether `m` runs past (s, e) only by lower-case words before or "di/de" + a name after."""
    before = text[m.start : s] if m.start < s else ""
    after = text[e : m.end] if m.end > e else ""
    if before and any(w[:1].isupper() for w in before.split()):
        return False
    return not after or re.fullmatch(rf" +(?:di|de|a) +{_NAME}(?: +{_NAME})?", after) is not None


def _without(out: list[Mention], m: Mention) -> list[Mention]:
    return [o for o in out if o is not m]
