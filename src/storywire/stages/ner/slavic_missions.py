"""Diplomatic missions, UN agencies, border crossings and hotels in Polish, Russian and Ukrainian
news, as the project's guidelines mark them.

- A capitalised embassy or consulate is a body of its kind words alone, its country and its
  town places of their own ("Ambasady" + "Francji" + "Krakowie", "Генеральне консульство" +
  "Польщі" + "Львові"); the tagger runs them into one span, often with the consul's name after.
- A UN agency named with "ООН" is one body ("УВКБ ООН", "Управління Верховного комісара ООН з
  прав людини"): the rules find "ООН" alone, and the head words as an unknown name.
- A border crossing with its quoted name is one place with its kind words and quotes ("пункт
  пропуску «Рава-Руська — Гребенне»"), the towns inside not apart.
- A hotel's quoted name is the place, its lower-case kind word and quotes outside it
  ("гостинице «Северная звезда»" -> "Северная звезда"; models read a quoted firm).  So is a
  town market's or bazaar's, where goods are sold ("на ринку «Колос»" -> "Колос", "рынок
  «Северный»"), as the guidelines type a casino or a hotel; its operator has a form ("КП «X»").
"""

from __future__ import annotations

import re

from storywire.identity.given_names import given_names
from storywire.model import EntityType, Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.rules import org_head
from storywire.stages.ner.word_frequency import zipf

MODEL = "mission"
_UP = "A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ"
_LOW = "a-ząćęłńóśźżа-яёіїєґ’'"
# The mission's kind words, its country (one or two capitalised words), then "in" and its town.
_MISSION = re.compile(
    r"(?<![\w-])(?P<body>(?:Ambasad\w*|Konsulat\w*(?: Generaln\w*)?|Generaln\w+ Konsulat\w*|Посольств\w*|"
    r"(?:Генеральн\w+ )?[Кк]онсульств\w*))"
    rf" (?P<country>[{_UP}][{_LOW}-]+(?: [{_UP}][{_LOW}-]+)?)"
    rf"(?: (?:w|we|в|во|у) (?P<town>[{_UP}][{_LOW}-]+))?"
)
_COMMON_ZIPF = 4.2
_MISSION_STEMS = ("Ambasad", "onsulat", "Посольств", "онсульств")
# "УВКБ ООН": an acronym and the UN's; "Управління ... ООН у справах біженців": a head word,
# up to four words, the UN's and its remit.
_UN_AGENCY = re.compile(
    r"(?<![\w-])(?:[А-ЯЁІЇЄҐ]{2,6} ООН"
    r"|(?:Управлінн\w+|Управлени\w+|Агентств\w*|Фонд\w*|Програм\w*|Комісі\w+|Комисси\w+|Офіс\w*|Офис\w*)"
    rf"(?: [{_UP}{_LOW}][{_LOW}-]*){{0,4}} ООН"
    r"(?: (?:у|в|по) (?:справах|делам) [а-яёіїєґ’'-]+| (?:з|по) (?:прав|правам) (?:людини|человека))?)(?!\w)"
)
# A crossing's kind words and its quoted name ("пункті пропуску «Краківець»", "КПП «Верхний Ларс»").
_CROSSING = re.compile(
    r"(?<![\w-])(?:пункт\w* пропуск\w*|КПП|автомобильн\w+ пункт\w* пропуска|пункт\w* пропуска) «[^«»\n]{1,60}»"
)
_HOTEL = re.compile(
    r"(?<![\w-])(?:гостиниц\w*|отел[ьеяюі]\w*|готел[ьіюя]\w*|ринок|ринк(?:у|ом|ові)|рын(?:ок|ка|ке|ку|ком)|базар\w*)"
    r" «(?P<name>[^«»\n]{1,40})»"
)


def slavic_missions(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the missions, UN agencies, crossings and hotels above."""
    if language not in ("pl", "ru", "uk"):
        return mentions
    if "ООН" in text:
        spans = (found.span() for found in _UN_AGENCY.finditer(text))
        mentions = claimed_spans(text, mentions, spans, "ORG", MODEL, 0.8)
    if "пропуск" in text or "КПП" in text:
        mentions = claimed_spans(text, mentions, (m.span() for m in _CROSSING.finditer(text)), "LOC", MODEL, 0.8)
    if "«" in text and any(kind in text for kind in ("гостиниц", "отел", "готел", "ринк", "ринок", "рын", "базар")):
        spans = (found.span("name") for found in _HOTEL.finditer(text))
        mentions = claimed_spans(text, mentions, spans, "LOC", MODEL, 0.8)
    if any(stem in text for stem in _MISSION_STEMS):
        mentions = _missions(text, mentions, language)
    return mentions


def _missions(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """Each capitalised mission split into its body, its country and its town; a mention
    running past the town (the consul's name after it) keeps its rest, a person's where it
    opens with a given name."""
    # a mission's staff are often the sending country's ("Ambasady Ukrainy w Warszawie Taras ...")
    names = given_names("pl") | given_names("uk") | given_names("ru")
    out = list(mentions)
    for found in _MISSION.finditer(text):
        if found.group("body")[:1].islower():
            continue  # "консульство Польщі": a lower-case mission is no name (its country still is)
        country = found.group("country")
        if country.split(" ")[0] in names:
            continue  # "Ambasady Jan Nowak": no country
        parts: list[tuple[int, int, EntityType]] = [(*found.span("body"), "ORG")]
        words = country.split(" ")
        if len(words) == 2 and words[1] in names:
            parts.append((found.start("country"), found.start("country") + len(words[0]), "LOC"))
            end = parts[-1][1]
        else:
            parts.append((*found.span("country"), "LOC"))
            if found.group("town"):
                parts.append((*found.span("town"), "LOC"))
            end = parts[-1][1]
        inside = [m for m in out if m.start < end and found.start() < m.end]
        if any(m.start < found.start() for m in inside):
            continue  # a longer name the mission belongs to
        rest = [m for m in inside if m.end > end]
        out = [m for m in out if m not in inside]
        out.extend(Mention(s, e, text[s:e], etype, MODEL, 0.8) for s, e, etype in parts)
        for m in rest:
            s = end
            while s < m.end and not text[s].isalpha():
                s += 1
            if s < m.end:
                tail = text[s : m.end]
                etype = "PER" if _person(tail, names, language) else m.type
                out.append(Mention(s, m.end, tail, etype, m.model, m.confidence))
    return sorted(out, key=lambda m: (m.start, m.end))


def _person(tail: str, names: frozenset[str], language: str) -> bool:
    """What follows a mission's town: its envoy's given name and surname, in any script
    ("Pierre Martin"), unless a body's head word shows ("Wydział Konsularny")."""
    words = tail.split(" ")
    if words[0] in names:
        return True
    return (
        2 <= len(words) <= 3
        and zipf(words[0].lower(), language) < _COMMON_ZIPF  # "Wydział Konsularny": a common noun opens it
        and all(w[:1].isupper() and w[1:].islower() and not org_head(w, language) for w in words)
    )
