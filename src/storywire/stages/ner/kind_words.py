"""Words around a name that say what kind of thing it is, for the model languages' spans.

News introduces a company, an agency, a club or a party by its kind: "the company SpaceX",
"Spółka Orlen", "la compañía Iberdrola", "Agencja PAP", "Nachrichtenagentur dpa", "компания
«Газпром»", "Shares of Nvidia".  The models type such one-word names by their shape (a
person, a place) or miss them.  After a kind word the name is an organisation and the kind
word is outside it (the news set's guideline: "Spółka Orlen" is "Orlen").

Also, for every span language:
- an English football club after its town is an organisation ("Manchester United", typed a
  person by spaCy's small model);
- a person's name runs on through a particle and a capital ("Erik ten Hag", "Lula da
  Silva"), where a model stopped at the given name;
- a sentence's first "The" is no part of a name ("The Federal Reserve said"; its capital says
  nothing there), unless a single word would be left ("The Guardian", "The Hague");
- a span that is only an office ("Minister spraw zagranicznych", capitalised as a sentence's
  first words) names nobody.
"""

from __future__ import annotations

import functools
import re

from storywire.model import EntityType, Mention
from storywire.stages.ner.cues import KIND_WORDS, word_set
from storywire.stages.ner.gazetteer import major_place_names, org_names, place_names
from storywire.stages.ner.span_words import inflected_place, starts_sentence
from storywire.stages.ner.titles import is_title_word
from storywire.stages.ner.tokens import Token, is_title, tokenize
from storywire.stages.ner.word_frequency import zipf

__all__ = ["apply_kind_words"]

# Words before a company's name in market news ("Shares of Nvidia", "a stake in Airbus").
_MARKET_PHRASES: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (("shares", "of"), ("shares", "in"), ("stake", "in")),
}
# German capitalises every noun: after a kind word only a span a model found is retyped.
_CREATES_NAMES = frozenset(KIND_WORDS) - {"de"}
_RARE_ZIPF = 4.0  # a new name after a kind word must be no common word ("the company said")
_OPEN_QUOTES = "«„\"“'"
# A surname's particles; the first must be one that opens a surname ("von der", not "den").
_PARTICLES = word_set("van von der den ten ter de da du des del della di le la al el bin ben ibn dos do")
_OPENING_PARTICLES = word_set("van von ten ter de da du del della di bin ibn dos do")
_SURNAME_ZIPF = 4.5  # "Hag", "Silva", "Gaulle"; not "Präsidenten" ("Scholz den Präsidenten")


@functools.cache
def _kind_pattern(language: str) -> re.Pattern[str] | None:
    words = KIND_WORDS.get(language, frozenset()) | {a for a, _ in _MARKET_PHRASES.get(language, ())}
    if not words:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")(?!\w)", re.I)


_PARTICLE_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(_OPENING_PARTICLES)) + r")\s")


def apply_kind_words(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with organisations after kind words, particles, openings and offices fixed."""
    pattern = _kind_pattern(language)
    kinds = pattern is not None and pattern.search(text) is not None
    particles = any(m.type == "PER" and _PARTICLE_AFTER.match(text, m.end) for m in mentions)
    if not kinds and not particles:
        # nothing around the mentions to read: only their own words (most paragraphs)
        alone = (_own_edit(text, m, _tokens_of(text, m), language) for m in mentions)
        return [m for m in alone if m is not None]
    toks = tokenize(text)
    if not toks:
        return mentions
    by_start = {m.start: m for m in mentions}
    index = {t.start: i for i, t in enumerate(toks)}
    out: list[Mention] = []
    for m in mentions:
        fixed = _edit(text, m, toks, index, by_start, language)
        if fixed is not None:
            out.append(fixed)
    out.extend(_new_names(text, out, toks, language))
    return sorted(out, key=lambda m: m.start)


def _edit(
    text: str, m: Mention, toks: list[Token], index: dict[int, int], by_start: dict[int, Mention], language: str
) -> Mention | None:
    i = index.get(m.start)
    if i is None:
        return m
    j = i
    while j < len(toks) and toks[j].end <= m.end:
        j += 1
    inside = toks[i:j]
    if not inside:
        return m
    if _kind_word_then_name(text, inside, language):
        return _mention(text, inside[1].start, m.end, "ORG", m)  # "Spółka Orlen", "Agencja PAP"
    if _after_kind_word(text, toks, i, language) and _retypable(m, language) and not _holder(toks, i, m, language):
        return _mention(text, m.start, m.end, "ORG", m)  # "the company SpaceX"
    if m.type == "PER":
        end = _particle_tail(toks, j, by_start, language)
        if end is not None:
            return _mention(text, m.start, end, "PER", m)  # "Erik" + "ten Hag"
    return _own_edit(text, m, inside, language)


def _own_edit(text: str, m: Mention, inside: list[Token], language: str) -> Mention | None:
    """What a mention's own words decide: a bare office, a club, a sentence's "The"."""
    if not inside:
        return m
    if _office_only(inside, language) and _opens_sentence(text, m.start):
        return None
    if language == "en" and m.type != "ORG" and _club(inside):
        return _mention(text, m.start, m.end, "ORG", m)  # "Manchester United", "Leeds United"
    if language == "en" and inside[0].text == "The" and len(inside) > 2 and _opens_sentence(text, m.start):
        return _mention(text, inside[1].start, m.end, m.type, m)  # "The Federal Reserve"
    if m.type == "PER" and _FACILITY_BEFORE.search(text, max(0, m.start - 24), m.start):
        return _mention(text, m.start, m.end, "LOC", m)  # "el estadio Santiago Bernabéu": a place
    if language == "en" and len(inside) > 1 and inside[-1].text in _TERRITORY_KINDS:
        # "Asia-Pacific region", "Malatya province": the name, the kind of territory outside it
        return _mention(text, m.start, inside[-2].end, "LOC", m)
    if language == "en" and m.type != "LOC" and _TERRITORY_AFTER.match(text, m.end):
        return _mention(text, m.start, m.end, "LOC", m)  # "the Yesilyurt district", "the Kherson region"
    return m


# A stadium or an airport named after a person is a place ("estadio Santiago Bernabéu",
# "aeropuerto Adolfo Suárez", "Flughafen Willy Brandt").
_FACILITY_BEFORE = re.compile(
    r"(?:^|\s)(?:estadio|stadium|stade|stadio|stadion|Stadion|стадіоні?|стадионе?|aeropuerto|airport|aéroport|"
    r"aeroporto|lotnisko|lotnisku|Flughafen|аеропорту?|аэропорту?)[ \t]+$"
)

# A lower-case kind of territory after a name makes it a place's name.
# (an electoral "ward" too: "represents the Thornbury ward")
_TERRITORY_KINDS = word_set(
    "district province region county municipality prefecture governorate oblast raion village ward"
)
_TERRITORY_AFTER = re.compile(r"[ \t]+(?:" + "|".join(sorted(_TERRITORY_KINDS)) + r")\b")


def _tokens_of(text: str, m: Mention) -> list[Token]:
    return [Token(t.text, m.start + t.start, m.start + t.end) for t in tokenize(text[m.start : m.end])]


# The last word of an English or Scottish football club's name after its town.
_CLUB_ENDINGS = frozenset({"United", "City", "Rovers", "Wanderers", "Athletic", "Albion", "Hotspur", "FC", "Rangers"})


def _club(inside: list[Token]) -> bool:
    """ "Manchester United", "Bristol Rovers", "Leeds United FC": not "Kansas City" (no club
    word but "City" after a one-word town is ambiguous, so "City" needs a known club town)."""
    words = [t.text for t in inside]
    if len(words) < 2 or words[-1] not in _CLUB_ENDINGS or not all(w[:1].isupper() for w in words):
        return False
    return words[-1] != "City" or words[0] in _CITY_CLUBS


_CITY_CLUBS = frozenset({"Manchester", "Leicester", "Norwich", "Hull", "Stoke", "Bristol", "Cardiff", "Swansea"})


def _office_only(inside: list[Token], language: str) -> bool:
    """An office and lower-case words, no name: "Minister spraw zagranicznych"."""
    words = [t.text for t in inside if t.text[:1].isalpha()]
    return len(words) > 1 and is_title_word(words[0], language) and all(w.islower() for w in words[1:])


def _kind_word(text: str, tok: Token, language: str) -> bool:
    """A kind word, lower-case or capitalised by its place only (in German: every noun);
    mid-sentence a capitalised one is part of the name ("Banco Santander", "Club Brugge")."""
    word = _ELISION.sub("", tok.text) if language in ("fr", "it") else tok.text  # "l'agence", "dell'azienda"
    if word.lower() not in KIND_WORDS.get(language, ()):
        return False
    return word.islower() or language == "de" or _opens_sentence(text, tok.start)


_ELISION = re.compile(r"^(?:[ldLD]|qu|dell|all|dall|nell|sull)['’]")


def _kind_word_then_name(text: str, inside: list[Token], language: str) -> bool:
    """A span that opens with a kind word before a one-word name.  Not when a place follows
    ("Банк России" is the central bank's name), nor a longer run (a full name, "Partido Verde
    Ecologista de México", or a person, "der Partei Friedrich Merz"); after a capitalised
    kind word (a sentence's first) only a rare word or an acronym ("Partido Popular" stays)."""
    if len(inside) < 2 or not _kind_word(text, inside[0], language) or not is_title(inside[1].text):
        return False
    if _place(text[inside[1].start : inside[-1].end], language):
        return False
    if len(inside) != 2:
        return False  # "der Partei Friedrich Merz": a longer run may be a person's name
    word = inside[1].text
    if inside[0].text.islower() or language == "de":
        return True
    return (word.isupper() and len(word) > 1) or zipf(word.lower(), language) < _RARE_ZIPF


def _opens_sentence(text: str, at: int) -> bool:
    """At a sentence's start, not a quotation's ("informuje „Dziennik Zachodni”": a title)."""
    return starts_sentence(text, at) and (at == 0 or text[:at].rstrip(" \t")[-1:] in ("", ".", "!", "?", "\n"))


def _after_kind_word(text: str, toks: list[Token], i: int, language: str) -> bool:
    k = i - 1
    while k >= 0 and toks[k].text in _OPEN_QUOTES:
        k -= 1
    if k < 0:
        return False
    if _kind_word(text, toks[k], language):
        return True
    if k >= 1 and _ORIGIN_ADJECTIVE.get(language, _NO_MATCH).fullmatch(toks[k].text):
        return _kind_word(text, toks[k - 1], language)  # "le fabricant grenoblois Filtralp"
    return k >= 1 and (toks[k - 1].text.lower(), toks[k].text.lower()) in _MARKET_PHRASES.get(language, ())


# A Romance kind word takes its town's or country's adjective after it, before the name ("le
# fabricant grenoblois Filtralp", "la empresa gallega Pescanova", "il gruppo torinese Iveco"):
# adjectives of origin by their endings, which no verb between a kind word and a person has.
_NO_MATCH = re.compile(r"(?!)")
_ORIGIN_ADJECTIVE = {
    "fr": re.compile(r"[a-zéèêëîïôç-]{2,}(?:ois|oise|ais|aise|ain|aine|ien|ienne|éen|éenne|and|ande)|belge|suisse"),
    "es": re.compile(r"[a-záéíóúñ]{2,}(?:és|esa|eño|eña|ego|ega|ense)|catalana?|andaluza?|vasca|vasco|madrileña?"),
    "it": re.compile(r"[a-zàèéìòù]{2,}(?:ese|ense)|torinese|milanese|romana?|veneta?|lombarda?"),
}


def _place(name: str, language: str) -> bool:
    """A known place, in any case form ("России", "Chin"); a short acronym only if a major
    one ("USA"; "UME" is a village's alias in the gazetteer too)."""
    if name in org_names(language):
        return False  # "PAP", the Polish Press Agency, is a city's alias too
    if name.isupper() and len(name) <= 5:
        return name in major_place_names(language)
    return name in place_names(language) or (" " not in name and inflected_place(name, language))


def _retypable(m: Mention, language: str) -> bool:
    """A person or an unknown place after a kind word; a known place stays one ("банк России"
    is Russia's bank, "компании Китая" China's companies)."""
    return m.type in ("PER", "MISC") or (m.type == "LOC" and not _place(m.text, language))


def _holder(toks: list[Token], i: int, m: Mention, language: str) -> bool:
    """A full name after "<title> <kind word>": the office's holder ("Лідерка партії Юлія
    Тимошенко", the party's leader), not the body ("клуб Барри Таун" is a club)."""
    if m.type != "PER" or " " not in m.text or i < 2 or not _given_name_first(m.text, language):
        return False
    return is_title_word(toks[i - 2].text, language)


def _given_name_first(name: str, language: str) -> bool:
    if language not in ("uk", "ru"):
        return False
    from storywire.stages.ner.morph import analyzer

    morph = analyzer(language)
    first = name.split(" ", 1)[0]
    return morph is not None and any("Name" in p.tag.grammemes for p in morph.parse(first)[:3])


def _particle_tail(toks: list[Token], j: int, by_start: dict[int, Mention], language: str) -> int | None:
    """The end of "<particles> <Capital>..." right after a person's name, if it is one."""
    if j >= len(toks) or toks[j].text not in _OPENING_PARTICLES:
        return None
    k = j
    while k < len(toks) and toks[k].text in _PARTICLES:
        k += 1
    if k >= len(toks) or not is_title(toks[k].text) or toks[k].text.isupper():
        return None
    word = toks[k].text
    if (
        word in major_place_names(language)
        or is_title_word(word, language)
        or zipf(word.lower(), language) >= _SURNAME_ZIPF
    ):
        return None  # "Sánchez de España", "Scholz von Präsident ..."
    other = by_start.get(toks[k].start)
    if other is not None and other.type != "PER":
        return None  # a place or body of its own
    end = toks[k].end
    while k + 1 < len(toks) and is_title(toks[k + 1].text) and toks[k + 1].start == end + 1:
        k += 1
        end = toks[k].end
    return end if other is None or other.end <= end else None


def _new_names(text: str, mentions: list[Mention], toks: list[Token], language: str) -> list[Mention]:
    """Names after a kind word that no model found ("la compañía Iberdrola")."""
    if language not in _CREATES_NAMES:
        return []
    found: list[Mention] = []
    for i, tok in enumerate(toks):
        if not is_title(tok.text) or not _after_kind_word(text, toks, i, language):
            continue
        if any(m.start < tok.end and tok.start < m.end for m in mentions):
            continue
        acronym = tok.text.isupper() and len(tok.text) > 1
        if not acronym and zipf(tok.text.lower(), language) >= _RARE_ZIPF:
            continue
        end = tok.end
        k = i
        while k + 1 < len(toks) and is_title(toks[k + 1].text) and toks[k + 1].start == end + 1:
            k += 1
            end = toks[k].end
        if any(m.start < end and tok.start < m.end for m in mentions):
            continue
        found.append(Mention(tok.start, end, text[tok.start : end], "ORG", model="kind-words", confidence=0.8))
    return found


def _mention(text: str, start: int, end: int, etype: EntityType, m: Mention) -> Mention:
    return Mention(start, end, text[start:end], etype, model=m.model, confidence=m.confidence)
