"""Military units, commands and military courts by their shape, over whole articles (ORG).

A unit's name is a kind word with its number, its regional adjectives and a quoted honorific:
"Panzerbrigade 45 „Litauen“", "Kampfhubschrauberregiment 36 „Kurhessen“", "16. Pomorska Dywizja
Zmechanizowana", "15. Giżyckiej Brygady Zmechanizowanej", "82nd Airborne Division", "31e régiment
de dragons", "1er régiment étranger de cavalerie", "235-й
гарнизонный военный суд", "Московского военного округа".  Taggers read the honorific as a
person or a place ("Eiserner Wolf", "Litauen") and the number as nothing; without its number
or honorific the kind word is a common noun ("eine Panzerbrigade"), so it is required.  The
unit replaces the mentions it holds (none crossing its edges, no person outside its quotes).
"""

from __future__ import annotations

import functools
import re

from storywire.model import Mention

MODEL = "military"

_UPPER = "A-ZÀ-ÖØ-ÞĄĆĘŁŃÓŚŹŻ"
_QUOTED = r"(?:[ \t]+[„“\"«»][^„“”\"«»\n]{2,40}[“”\"«»])"
# French units are written in lower case after their ordinal ("27e bataillon de chasseurs alpins");
# the arm words make the name, so that "promu en 2e division" (a league) stays a phrase, while a
# regiment's or battalion's ordinal alone names one ("le 152e régiment"); a cavalry or infantry
# arm after the ordinal is the unit's short name ("les anciens du 31e dragons").
_FR_ARM = (
    r"(?:dragons|hussards|cuirassiers|chasseurs|spahis|zouaves|tirailleurs|infanterie|artillerie|génie|"
    r"transmissions|parachutistes?|cavalerie|train|marine|marche|commandement|soutien|matériel|hélicoptères|"
    r"combat|chars|Légion|étrang[eè]re?|blindée?s?|mécanisée?|alpins?|légère|aéromobile|aéroportée|médical|"
    r"logistique|sapeurs|montagne|reconnaissance|renseignement|ravitaillement|chasse|transport|ingénierie)"
)
_FR_UNIT = (
    r"(?<![\w-])\d{1,3}(?:e|er|re|ème)[ \t]+"
    r"(?:(?:régiment|bataillon|demi-brigade|brigade|escadron|escadrille)"
    rf"(?:[ \t]+(?:(?:de la|de|du|des)[ \t]+|d['’])?{_FR_ARM}){{0,4}}"
    r"|(?:division|groupe|groupement|compagnie|escadre|base aérienne|flottille)"
    rf"(?:[ \t]+(?:(?:de la|de|du|des)[ \t]+|d['’])?{_FR_ARM}){{1,4}}"
    r"|(?:dragons|hussards|cuirassiers|chasseurs|spahis|zouaves|tirailleurs))"
)
_PATTERNS = {
    "fr": _FR_UNIT,
    # a compound ending in the unit's kind, its number and/or a quoted name; a command alone
    "de": (
        r"[A-ZÄÖÜ][a-zäöüß]+(?:brigade|bataillon|regiment|division|geschwader|korps|flottille|staffel)"
        rf"(?:[ \t]+\d{{1,3}}{_QUOTED}?|{_QUOTED})"
        r"|[A-ZÄÖÜ][a-zäöüß]+führungskommando"
    ),
    "pl": (
        rf"(?<![\d.])\d{{1,3}}\.[ \t]+(?:[{_UPPER}][\w-]+[ \t]+){{0,2}}"
        r"(?:Dywizj|Brygad|Batalion|Pułk|Eskadr|Flotyll|Skrzydł)\w*"
        rf"(?:[ \t]+[{_UPPER}][\w-]+){{0,3}}"
        # its patron after "im.", with a lower-case title ("im. króla Stefana Batorego")
        rf"(?:[ \t]+im\.[ \t]+(?:(?:króla|gen\.|hetmana|marszałka|płk\.|św\.)[ \t]+)?"
        rf"[{_UPPER}][\w-]+(?:[ \t]+[{_UPPER}][\w-]+){{0,2}})?"
    ),
    "en": (
        r"(?<![\w-])\d{1,3}(?:st|nd|rd|th)[ \t]+(?:[A-Z][a-z]+[ \t]+){0,3}"
        r"(?:Division|Brigade|Battalion|Regiment|Squadron|Fleet|Corps|Wing)"
    ),
    "ru": (
        r"(?<![\w-])\d{1,3}-(?:й|го|м|му)[ \t]+(?:гарнизонн|окружн|флотск)\w+[ \t]+военн\w+[ \t]+суд\w*"
        r"|(?<![\w-])[А-ЯЁ][а-яё]+(?:ий|ый|ого|ому|ом|им)[ \t]+военн\w+[ \t]+округ\w*"
    ),
    "uk": (
        r"(?<![\w-])\d{1,3}-(?:й|го|м|му)[ \t]+(?:гарнізонн|окружн)\w+[ \t]+військов\w+[ \t]+суд\w*"
        r"|(?<![\w-])[А-ЯІЇЄҐ][а-яіїєґ']+(?:ий|ого|ому|ім|им)[ \t]+військов\w+[ \t]+округ\w*"
        # a region's or town's military (or state) administration by its acronym: "Вінницької ОВА"
        r"|(?<![\w-])[А-ЯІЇЄҐ][а-яіїєґ'’]+(?:а|ої|ій|ою|у|ька|ької|ькій|ькою|ьку)[ \t]+(?:ОВА|ОДА|МВА|РВА|РДА|ВЦА)"
    ),
}


@functools.cache
def _pattern(language: str) -> re.Pattern[str] | None:
    found = _PATTERNS.get(language)
    return re.compile(rf"(?:{found})(?![\w-])") if found else None


def military_units(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with each unit above one ORG (model "military")."""
    pattern = _pattern(language)
    if pattern is None:
        return mentions
    added: list[Mention] = []
    dropped: set[int] = set()
    for found in pattern.finditer(text):
        s, e = found.span()
        inside = [m for m in mentions if m.start < e and s < m.end]
        if any(m.start < s or m.end > e for m in inside):
            continue  # a longer name holds it, or runs past its edge
        patron = text.find(" im. ", s, e)  # a person after "im." is the unit's patron
        if any(
            m.type == "PER"
            and not _quoted(text, m, s)
            and (m.start, m.end) != (s, e)
            and not (patron >= 0 and m.start > patron)
            for m in inside
        ):
            continue  # a person's name in it; an honorific read as one is the unit's ("Eiserner Wolf")
        dropped.update(id(m) for m in inside)
        added.append(Mention(s, e, found.group(), "ORG", model=MODEL, confidence=0.8))
    if not added:
        return mentions
    kept = [m for m in mentions if id(m) not in dropped]
    return sorted([*kept, *added], key=lambda m: (m.start, m.end))


def _quoted(text: str, m: Mention, unit_start: int) -> bool:
    return any(q in text[unit_start : m.start] for q in '„“"«')
