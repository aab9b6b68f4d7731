"""Stages, churches, brands, policies, zones and ministries in Polish, Russian and Ukrainian
news of concerts, insurers and drug makers, as the project's guidelines mark them.

- A theatre or philharmonic hall after "на сцене" / "na scenie" is the place where something is
  performed (LOC); the models read the body.  Its own model name keeps the article's majority
  from voting it back ("театр объявил" elsewhere stays ORG).
- A church building named with "храм" is a place ("при Покровском храме"); the models read a
  body.  "церковь" and "собор" are left alone: they also name a church or a council that acts.
- A brand after "pod marką" / "под маркой" / "під маркою" and a policy after "поліс" / "полис"
  / "polisa" are products, not labelled; the models read a person or a firm.  So is a food's
  quoted name right after its lower-case kind ("сиру «Лісовий»", "sera „Bursztyn”", "колбасы
  «Докторская»"): the guidelines label no products; the models read a firm or a place.
- A Polish zone's capitalised name after a lower-case "strefa" is the place ("strefie X Park"),
  and so is a special economic zone's full name where a plant stands in it ("na terenie
  Pomorskiej Specjalnej Strefy Ekonomicznej"): the tagger reads a body and runs on past it.
- A Polish ministry with its capitalised portfolio is one body where the tagger found nothing
  there ("że Ministerstwo Zdrowia powinno"); what it found stays (a country after the
  ministry is a place of its own: "Ministerstwem Infrastruktury" + "Ukrainy").
- A Russian or Ukrainian surname in "-ов/-ев/-ин" found as a person in the genitive
  ("Рахманинова") is that person bare or in the dative too ("«Рахманинов каждое лето»"):
  the models skip a lone surname opening a quotation.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans

MODEL = "slavic-stage"
_STAGE = re.compile(r"(?<![\w-])(?:на сцене|на сцені|na scenie|na deskach) $")
_HOUSE = re.compile(r"(?i)театр|teatr|филармони|філармоні|filharmoni|опер[ыи]|oper[yz]")
_TEMPLE = re.compile(r"(?<![\w-])храм(?:а|у|ом|е|і|ові)?$")
_PRODUCT = re.compile(
    r"(?i)(?<![\w-])(?:pod marką|под маркой|под брендом|під маркою|під брендом|полис|поліс|polisa|polisę|polisy) [„«]?$"
)
_FOOD = re.compile(
    r"(?<![\w-])(?:сир|сиру|сиром|сири|сирів|бринз[аиуі]|сыр|сыра|сыру|сыром|сыры|сыров|ковбас[аиуі]|"
    r"колбас[аыуе]|ser|sera|serem|sery|serów|kiełbas[aęy]|kiełbasie) [„«]$"
)
_UP = "A-ZĄĆĘŁŃÓŚŹŻ"
_ZONE = re.compile(rf"(?<![\w-])stref(?:a|ą|ie|y|ę) (?P<name>[{_UP}][\w-]*(?: [{_UP}][\w-]*){{0,3}})(?![\w-])")
_ECONOMIC_ZONE = re.compile(
    rf"(?:(?<![\w-])na terenie|(?<![\w-])na obszarze|(?<![\w-])we?) (?P<name>(?:[{_UP}][\w-]+ )?"
    r"Specjaln(?:a|ej|ą) Stref(?:a|y|ie|ą|ę) Ekonomiczn(?:a|ej|ą)(?![\w-]))"
)
# "Ministerstwo Zdrowia", "Ministerstwa Rodziny, Pracy i Polityki Społecznej": portfolio words
# end as genitives do, so a person's given name after the body ("Jan") is not taken.
_PORTFOLIO = rf"[{_UP}][a-ząćęłńóśźż]+(?:a|ów|ości|y|ej|ych|i|u|ego)"
_MINISTRY = re.compile(
    rf"(?<![\w-])Ministerstw(?:o|a|u|em|ie) {_PORTFOLIO}(?: {_PORTFOLIO}){{0,2}}"
    rf"(?:(?:,| i) {_PORTFOLIO}(?: {_PORTFOLIO}){{0,2}}){{0,2}}(?![\w-])"
)
_SURNAME_GENITIVE = re.compile(r"^[А-ЯЁІЇЄҐ][а-яёіїєґ]{2,}(?:ов|ев|ёв|ин|ын)а$")


def slavic_concerts(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the stages, churches, products, zones, ministries and surnames above."""
    if language not in ("pl", "ru", "uk"):
        return mentions
    if "сцен" in text or "scenie" in text or "deskach" in text or "храм" in text:
        mentions = [_retyped(text, m) for m in mentions]
    if "mark" in text or "марк" in text or "бренд" in text or "полис" in text or "поліс" in text or "polis" in text:
        mentions = [m for m in mentions if not _PRODUCT.search(text, max(0, m.start - 14), m.start)]
    if "«" in text or "„" in text:
        mentions = [m for m in mentions if not _FOOD.search(text, max(0, m.start - 12), m.start)]
    if language == "pl" and "stref" in text:
        spans = [f.span("name") for f in _ZONE.finditer(text)]
        mentions = claimed_spans(text, mentions, spans, "LOC", MODEL, 0.8) if spans else mentions
    if language == "pl" and "Specjaln" in text:
        spans = [f.span("name") for f in _ECONOMIC_ZONE.finditer(text)]
        # a run-on past the zone's name is cut ("... Ekonomicznej od 2009"), a longer body before it stays
        mentions = claimed_spans(text, mentions, spans, "LOC", MODEL, 0.8, lambda m, start, _: m.start < start)
    if language == "pl" and "Ministerstw" in text:
        spans = [f.span() for f in _MINISTRY.finditer(text)]
        mentions = claimed_spans(text, mentions, spans, "ORG", "polish-ministry", 0.8, _overlaps)
    if language != "pl":
        mentions = _surnames_again(text, mentions)
    return mentions


def _overlaps(m: Mention, start: int, end: int) -> bool:
    """A ministry's span gives way to any mention the tagger found inside it."""
    return True


def _surnames_again(text: str, mentions: list[Mention]) -> list[Mention]:
    """A genitive surname's bare and dative forms, where no mention holds them, as that person."""
    bases = {m.text[:-1] for m in mentions if m.type == "PER" and _SURNAME_GENITIVE.match(m.text)}
    if not bases:
        return mentions
    pattern = re.compile(rf"(?<![\w-])(?:{'|'.join(sorted(map(re.escape, bases)))})(?:у|ым|им)?(?![\w-])")
    out = list(mentions)
    for found in pattern.finditer(text):
        s, e = found.span()
        if any(m.start < e and s < m.end for m in out):
            continue
        out.append(Mention(s, e, text[s:e], "PER", "surname-again", 0.7))
    return sorted(out, key=lambda m: (m.start, m.end)) if len(out) > len(mentions) else mentions


def _retyped(text: str, m: Mention) -> Mention:
    """A house on whose stage something is performed, or a temple, as a place."""
    if m.type != "ORG":
        return m
    on_stage = _STAGE.search(text, max(0, m.start - 12), m.start) and _HOUSE.search(m.text)
    if on_stage or _TEMPLE.search(m.text):
        return Mention(m.start, m.end, m.text, "LOC", MODEL, m.confidence)
    return m
