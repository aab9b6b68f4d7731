"""An acronym in brackets after a name is its own mention: "Турции (AFAD)", "Behörde (AFAD)".

News spells a body out and gives its acronym in brackets; a model may take both as one span,
and a country before the bracket turns the agency into a place ("Турции (AFAD)" LOC).  The
span is cut before the bracket and the acronym is a mention of its own: an organisation,
unless it is a major place's short name ("(USA)").  A page title's disambiguator in
lower case ("Yerba Buena ( band )") is left as it is.

The acronym is then the body's name wherever the article uses it: after a bracket the model
left out ("Social Democratic Party (SPD)"), and alone later on, when it is the initials of a
body the article names in full ("Instytut Meteorologii i Gospodarki Wodnej" ... "IMGW").
"""

from __future__ import annotations

import functools
import re
import unicodedata

from storywire.identity.given_names import given_names
from storywire.identity.organisations import news_medium
from storywire.model import EntityType, Mention
from storywire.stages.ner.cues import word_set
from storywire.stages.ner.gazetteer import major_place_names, org_names, place_names

# An acronym as news writes it: "AFAD", "BaFin", "UOKiK", and in Italian style "Cgil", "Bce".
# ... and a Russian or Ukrainian contracted name ("(Росводресурсы)", "(Укргідроенерго)").
# (Polish capitals too: "(RDOŚ)", "(ZUŚ)")
_ACRONYM = r"[A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻА-ЯЁІЇЄҐ][A-Za-zÀ-ÖØ-öø-ÿĄĆĘŁŃŚŹŻąćęłńśźżА-Яа-яЁёІіЇїЄєҐґ0-9&\-]{1,19}"  # "(SPÖ)" too
_CONTRACTED = re.compile(r"(?:Рос|Рус|Укр|Гос|Мин|Мос|Держ|Нац)[а-яёіїєґ]{4,}")
# ... and an institute's acronym with its academy's: "(ИКИ РАН)", "(IBB PAN)", "(САО РАН)"
_TWO_ACRONYMS = rf"{_ACRONYM}(?: [A-ZА-ЯЁІЇЄҐ]{{2,6}})?"
_BRACKET_AFTER = re.compile(rf"[ \t]*\(({_TWO_ACRONYMS})\)")
_BRACKETED_ACRONYM = re.compile(rf"(?P<head>.*\S)[ \t]*\((?P<acronym>{_TWO_ACRONYMS})\)$")


def _acronym_of(acronym: str, head: str, language: str) -> bool:
    """`acronym` in brackets stands for `head`: in capitals, or in two capitals or more
    ("BaFin"), or one capital after a long name ("Confederazione generale italiana del lavoro
    (Cgil)"); never a place's name ("Sesto San Giovanni (Milano)")."""
    if acronym.isupper() or acronym in org_names(language):
        return True  # (a gazetteer's all-capital aliases are airport codes and the like)
    if acronym in place_names(language):
        return False
    if _CONTRACTED.fullmatch(acronym) and len(head.split()) >= 2:
        return True
    if len(acronym) > 10:
        return False
    if sum(ch.isupper() for ch in acronym) >= 2 or (len(acronym) <= 6 and len(head.split()) >= 3):
        return True
    # the initials of a name's longer words: "Partito democratico (Pd)", "Movimento Nuraghe (Mn)"
    initials = "".join(w[0] for w in head.split() if len(w) > 3 or w[:1].isupper())
    return acronym.lower() == initials.lower()


def split_bracketed_acronyms(mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with each "<name> (<ACRONYM>)" span cut into the name and the acronym."""
    out: list[Mention] = []
    for m in mentions:
        found = _BRACKETED_ACRONYM.fullmatch(m.text)
        if found is None or not _acronym_of(found["acronym"], found["head"], language):
            out.append(m)
            continue
        acronym = found["acronym"]
        start = m.start + found.start("acronym")
        major = acronym in major_place_names(language) or acronym in major_place_names("en")  # "(USA)" in any script
        kind: EntityType = "LOC" if major else "ORG"
        head_type = m.type
        if m.type == "ORG" and found["head"].split(" ", 1)[0] in given_names(language) and " " in found["head"]:
            head_type = "PER"  # "Stephan Weil (SPD)" read as one body: a person and the party
        out.append(Mention(m.start, m.start + found.end("head"), found["head"], head_type, m.model, m.confidence))
        out.append(Mention(start, start + len(acronym), acronym, kind, m.model, m.confidence))
    return out


_POLISH_SEAT = re.compile(r" we? [A-ZĄĆĘŁŃÓŚŹŻ][\w-]+(?: [A-ZĄĆĘŁŃÓŚŹŻ][\w-]+)?$")


def body_acronyms(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the acronyms of the bodies they name: in brackets right after the body,
    and alone elsewhere in `text` when the acronym is the body's initials."""
    bodies = [m for m in mentions if m.type in ("ORG", "PER")]
    if not bodies:
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    added: list[Mention] = []

    def add(start: int, acronym: str, model: str) -> None:
        end = start + len(acronym)
        if acronym in major_place_names(language):
            return
        # a body's own acronym that a model read as a place, "(UBO)", or as a person, "AdSP"
        # (capitals inside a word: no person's name)
        retyped = ("LOC", "MISC", "PER") if sum(ch.isupper() for ch in acronym) >= 2 else ("LOC", "MISC")
        for same in (m for m in mentions if (m.start, m.end) == (start, end) and m.type in retyped):
            same.type = "ORG"
        if not any(start < b and a < end for a, b in taken):
            taken.append((start, end))
            added.append(Mention(start, end, acronym, "ORG", model=model, confidence=0.7))

    initials: set[str] = set()
    for m in bodies:
        after = _BRACKET_AFTER.match(text, m.end)
        # after a person, only a party's acronym in capitals: "Stephan Weil (SPD)"
        person_party = m.type == "PER" and after is not None and after.group(1).isupper()
        if after is not None and (person_party or (m.type == "ORG" and _acronym_of(after.group(1), m.text, language))):
            add(after.start(1), after.group(1), m.model)
            initials.add(after.group(1))
            if " " in after.group(1):  # "(САО РАН)": "САО" alone is the institute too
                initials.add(after.group(1).split(" ", 1)[0])
        if m.type != "ORG":
            continue
        # a Polish local body's seat after "w" is no part of its acronym ("Miejskie Przedsiębiorstwo
        # Wodociągów w X" is "MPW")
        seat = _POLISH_SEAT.search(m.text) if language == "pl" else None
        for name in (m.text, m.text[: seat.start()]) if seat is not None else (m.text,):
            words = [w for w in re.split(r"[\s\-]+", name) if w]
            caps = [w[0] for w in words if w[:1].isupper()]
            if len(caps) >= 3 and len(caps) >= len(words) - 2:  # a few "of"/"and" between the words
                initials.add("".join(caps))
    # Longest first, in a fixed order: a set's order follows the hash seed, and two acronyms may
    # overlap ("FAE", "FAE-Mype"). (A major place's short name is never added: add() checks.)
    for acronym in sorted(initials, key=lambda a: (-len(a), a)):
        # (not inside a compound: "Verdi-Sprecher", "MEN-u" only contain the name)
        for found in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w]|-\w)", text):
            add(found.start(), acronym, "acronym")
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end)) if added else mentions


_SKIPPED_IN_INITIALS = word_set(
    "of and the for de del della di du des la le et y e i und für der die das van von w z na dla по и в на для з та"
)


_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")
# ... and each language's articles and prepositions that a body's name joins its words with
_JOINING_BY_LANGUAGE = {
    "fr": word_set("sur les dans pour en aux au à l d"),
    "es": word_set("el los las para en sobre al"),
    "it": word_set("per sul sulla sui in nel nella nei lo gli ed dei dello degli delle dell"),
}


def _fold(word: str) -> str:
    return unicodedata.normalize("NFD", word[:1]).casefold()[:1]


def bodies_before_acronyms(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the body spelled out before an acronym in brackets made one organisation
    where the acronym is its initials: "British Racing Drivers' Club (BRDC)", "Comité Técnico de
    Árbitros (CTA)" (typed PER), "Української асоціації футболу (УАФ)" (untagged)."""
    if "(" not in text:
        return mentions
    out = list(mentions)
    for found in _BRACKET_AFTER_ANY.finditer(text):
        acronym = found.group(1)
        if not 2 <= len(acronym) <= 8 or sum(ch.isupper() for ch in acronym) < 1:
            continue
        span = _spelled_out(text, found.start(), acronym, language)
        if span is None:
            span = _widened_remit(text, out, found.start(), acronym, language)
        if span is None:
            continue
        s, e = span
        inside = [m for m in out if s <= m.start and m.end <= e]
        if any(m.start < e and s < m.end for m in out if m not in inside):
            continue  # a mention across the span's edge: leave the models' reading
        if any(m.start == s and m.end == e and m.type == "ORG" for m in inside):
            continue
        last = text[s:e].split()[-1]
        as_place = any(m.start == s and m.end == e and m.type == "LOC" for m in inside)
        if text[s:e] in place_names(language) or (as_place and last in major_place_names(language)):
            continue  # "République démocratique du Congo (RDC)": a country's acronym
        if any(m.type == "PER" and m.text.split()[0] in given_names(language) for m in inside):
            continue  # a person whose initials the bracket spells: a party's, or a nickname
        out = [m for m in out if m not in inside]
        country = _country_genitive_at_end(text[s:e], language)
        if country:  # "Пенсійного фонду України (ПФУ)": the body and its country, as the guidelines mark them
            out.append(Mention(s, e - len(country) - 1, text[s : e - len(country) - 1], "ORG", "acronym", 0.8))
            out.append(Mention(e - len(country), e, country, "LOC", model="acronym", confidence=0.8))
            a, b = found.span(1)
            if not any(m.start < b and a < m.end for m in out):  # the body no longer touches its bracket
                out.append(Mention(a, b, acronym, "ORG", model="acronym", confidence=0.8))
            continue
        out.append(Mention(s, e, text[s:e], "ORG", model="acronym", confidence=0.8))
    return sorted(out, key=lambda m: (m.start, m.end))


# A French body whose remit was widened after its acronym was coined ("Centre national du cinéma
# et de l'image animée (CNC)"): the acronym spells the name up to "et", the lower-case remit after
# it belongs to the name, which spaCy ends before it.
_WIDENED_REMIT = re.compile(
    r" et (?:de la |de l['’]|du |des |de |d['’])[a-zà-ÿ][a-zà-ÿ-]*(?: [a-zà-ÿ][a-zà-ÿ-]*){0,2}[ \t]*$"
)


def _widened_remit(
    text: str, mentions: list[Mention], bracket: int, acronym: str, language: str
) -> tuple[int, int] | None:
    """The body and its remit before `bracket` where a model read the body up to "et" as an
    organisation whose initials spell `acronym`; None otherwise."""
    if language != "fr":
        return None
    tail = _WIDENED_REMIT.search(text, max(0, bracket - 60), bracket)
    if tail is None:
        return None
    head = _spelled_out(text, tail.start(), acronym, language)
    if head is None or not any((m.start, m.end) == head and m.type == "ORG" for m in mentions):
        return None
    return head[0], tail.start() + len(tail.group().rstrip())


# The countries whose genitive ends a Ukrainian or Russian state body's name
_COUNTRY_GENITIVES = {
    "uk": frozenset({"України", "Росії", "Польщі", "Білорусі", "Молдови", "Грузії", "Литви", "Латвії", "Естонії"}),
    "ru": frozenset({"России", "Украины", "Белоруссии", "Беларуси", "Казахстана", "Польши", "Молдавии", "Грузии"}),
}
# ... except a bank's, a party's or a church's fixed name ("Банк России", "Православної церкви України")
_FIXED_WITH_COUNTRY = re.compile(r"(?i)^(?:\w+ )?(?:банк|парті|парти|церкв|церков)")


def _country_genitive_at_end(name: str, language: str) -> str | None:
    head, _, last = name.rpartition(" ")
    countries = _COUNTRY_GENITIVES.get(language, frozenset())
    if last in countries and " " in head.strip() and not _FIXED_WITH_COUNTRY.match(head):
        return last
    return None


_BRACKET_AFTER_ANY = re.compile(rf"(?<=\S)[ \t]*\(({_ACRONYM})\)")


def _spelled_out(text: str, bracket: int, acronym: str, language: str) -> tuple[int, int] | None:
    """The words right before `bracket` whose initials spell `acronym`, the first capitalised.

    A joining word ("de", "sur les", "y el") may give its letter or none ("Instituto Nacional de
    Estadística y Censos (INDEC)", "Bureau d'enquêtes sur les accidents de transport terrestre
    (BEA-TT)"), and a lower-case letter of a mixed-case acronym may stand for no word ("Office national des
    combattants et des victimes de guerre (ONaCVG)"); every other word gives the next letter."""
    end = bracket
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    if len(acronym) - sum(ch.isalpha() for ch in acronym) != acronym.count("-") + acronym.count("&"):
        return None
    if _PLURAL_ACRONYM.fullmatch(acronym):  # "Sustainable Development Goals (SDGs)": a kind of thing
        return None
    # (only where capitals carry it: "Rai" or "Cgil" spell every letter)
    mixed_case = sum(ch.isupper() for ch in acronym) >= 2
    letters = [(_fold(ch), mixed_case and ch.islower()) for ch in acronym if ch.isalpha()]
    base = max(0, end - 200)
    words: list[tuple[str, int]] = []
    for found in reversed(list(re.finditer(r"[\w'’.-]+", text[base:end]))):
        if "\n" in text[base + found.end() : end]:
            break
        word, start = found.group().rstrip("'’."), base + found.start()
        elided = max(word.rfind("'"), word.rfind("’"))
        if 0 < elided < 3:  # "l'Associazione": the article is no initial
            word, start = word[elided + 1 :], start + elided + 1
        if not word:
            break
        words.append((word, start))
    joining = _SKIPPED_IN_INITIALS | _JOINING_BY_LANGUAGE.get(language, frozenset())
    first = _first_word(words, letters, joining)
    return None if first is None else (words[first][1], end)


def _first_word(words: list[tuple[str, int]], letters: list[tuple[str, bool]], joining: frozenset[str]) -> int | None:
    """The index (in `words`, last word first) of the capitalised word that gives the acronym's
    first letter, the letters matched from the end; None where they do not spell it."""

    @functools.cache
    def match(word: int, letter: int) -> int | None:
        if letter < 0:
            return None
        initial, optional = letters[letter]
        if optional and (found := match(word, letter - 1)) is not None:
            return found
        if word >= len(words):
            return None
        text = words[word][0]
        if _fold(text) == initial:
            if letter == 0 and text[:1].isupper():
                return word
            if letter > 0 and (found := match(word + 1, letter - 1)) is not None:
                return found
        if text.lower() in joining and word > 0:  # (never the word right before the bracket)
            return match(word + 1, letter)
        return None

    return match(0, len(letters) - 1)


# An institute's official name holds its academy ("Институт автоматики и электрометрии СО РАН",
# "Instytut Geofizyki PAN", "Специальной астрофизической обсерватории Российской академии
# наук"), which models tag apart or leave out.
_INSTITUTE_HEAD = re.compile(
    r"(?i)^(?:\w+ ){0,3}(?:институт|інститут|обсерватори|обсерваторі|лаборатори|лабораторі|центр|instytut|"
    r"zakład|obserwatori|laboratori|institut|centrum)"
)
_ACADEMY_AFTER = re.compile(
    r" (?:(?:СО|УрО|ДВО) РАН|РАН|НАН України|НАНУ|PAN|Российской академии наук|Національної академії наук "
    r"України|Polskiej Akademii Nauk)(?![\w-])"
)


def institutes_with_academies(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with an institute's span grown over the academy named right after it."""
    out = list(mentions)
    for m in mentions:
        if m.type != "ORG" or not _INSTITUTE_HEAD.match(m.text):
            continue
        found = _ACADEMY_AFTER.match(text, m.end)
        if found is None:
            continue
        end = found.end()
        inside = [o for o in out if o is not m and o.start < end and m.end <= o.start]
        if any(o.end > end for o in inside):
            continue
        out = [o for o in out if o is not m and o not in inside]
        out.append(Mention(m.start, end, text[m.start : end], "ORG", model=m.model, confidence=m.confidence))
    return sorted(out, key=lambda o: (o.start, o.end))


# "Algeciras (Cádiz)", "Rukla (dpa)": a town with its province or a dateline's agency, and
# "Servicio de Vigilancia Aduanera (SVA) de la Agencia Tributaria": a body, its acronym and the
# body it belongs to, read as one span.  (An article pass: WikiANN marks a town with its
# disambiguator as one name, the project's guidelines as two.)
_PAIR = re.compile(r"(?P<head>[^()]*\S)[ \t]*\((?P<inner>[^()\n]{2,40})\)$")
_BODY_OF_BODY = re.compile(
    rf"(?P<head>[^()]*\S)[ \t]*\((?P<acronym>{_ACRONYM})\)[ \t]+"
    r"(?:de la|de los|del|de|della|dello|delle|dei|des|du|de l['’]|of the|of)[ \t]*(?P<parent>[A-ZÀ-ÖØ-Þ][^()]*)$"
)


def split_bracket_pairs(mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the spans above cut into their names (each part keeps the span's model)."""
    out: list[Mention] = []
    for m in mentions:
        parts: list[tuple[int, str, EntityType]] = []
        pair = _PAIR.fullmatch(m.text)
        nested = _BODY_OF_BODY.fullmatch(m.text) if m.type == "ORG" else None
        if pair is not None and m.type == "LOC" and pair["inner"] in place_names(language):
            parts = [(0, pair["head"], "LOC"), (pair.start("inner"), pair["inner"], "LOC")]
        elif pair is not None and news_medium(pair["inner"]):
            parts = [(0, pair["head"], m.type), (pair.start("inner"), pair["inner"], "ORG")]
        elif nested is not None and _acronym_of(nested["acronym"], nested["head"], language):
            parts = [(0, nested["head"], "ORG"), (nested.start("acronym"), nested["acronym"], "ORG")]
            parts.append((nested.start("parent"), nested["parent"], "ORG"))
        if not parts:
            out.append(m)
            continue
        for at, name, kind in parts:
            out.append(Mention(m.start + at, m.start + at + len(name), name, kind, m.model, m.confidence))
    return out
