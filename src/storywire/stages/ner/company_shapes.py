"""Companies typed as people by the shape of their names, over whole articles: a name ending in
a firm's word ("Sonali Fabrics", "Tuza Credit", "Ganfeng Lithium"), a Latin-script name in a
Cyrillic text ("Uranium One" in Ukrainian news: people there are written in Cyrillic), and a
family firm ("Baloch & Sons"); and an acronym no model tagged that is rare as a word ("le
chinois CMOC").

The taggers learned people as two capitalised words; a firm from Asia or Africa with a
founder's name or an English word in it looks the same.  An acronym in news is a body more
often than not; the common ones that are not ("GDP", "PIB", "TVA", "LKW") are frequent words.
"""

from __future__ import annotations

import re

from storywire.identity.given_names import given_names
from storywire.model import Mention
from storywire.stages.ner.adjacent import joined_bodies
from storywire.stages.ner.cues import word_set
from storywire.stages.ner.gazetteer import org_names, place_names
from storywire.stages.ner.rules import org_head
from storywire.stages.ner.span_words import starts_sentence
from storywire.stages.ner.word_frequency import zipf

MODEL = "company-shape"
# Last words of a firm's name in English, which many firms abroad use whatever their language.
_FIRM_ENDS = word_set(
    "fabrics textiles garments holdings group credit lithium mining minerals metals energy power motors "
    "logistics capital airlines airways foods farms pharma pharmaceuticals telecom technologies solutions "
    "systems industries resources ventures finance insurance shipping ports media cement steel oil gas "
    "petroleum chemicals electronics software labs bank diagnostics therapeutics biotech biosciences "
    "genomics biologics robotics instruments "
    # ... and the same words in the project's languages, and a subsidiary's country ("Maestrale Hellas")
    "energia énergie energía energie aciers acciai aceros stahl holding gruppo groupe grupo textil tessile "
    # practices named after their founders ("Hamilton Rae Architects")
    "architects architekten architectes arquitectos architetti architekci associates partners partner "
    # agencies, labels and publishers ("Magnum Photos", "Deutsche Grammophon Records")
    "photos films records pictures press books edizioni éditions editions ediciones verlag publishing "
    # finance houses and research shops ("Lanterna Equity Research", "Bodega Asset Management")
    "research equity securities investments advisors advisory management analytics payments fintech "
    # hauliers ("Wearside Freight", "Pennine Haulage")
    "freight haulage"
)
# A radio station is a body, whatever its second word looks like ("Radio Radicale" typed PER),
# and so is a cooperative ("Cooperativa Forestale Lagorai" typed PER).
_FIRM_FIRST = frozenset({"Radio", "Rádio", "Радио", "Радіо", "Radiotelevisión", "Radiotelevisione", "Cooperativa",
                         "Coopérative", "Cooperative", "Genossenschaft", "Agrargenossenschaft", "Spółdzielnia",
                         "Spółdzielni", "Кооператив"})  # fmt: skip
# A saint's word cannot end a name: a body named for its saint ("Cooperativa Pescatori San
# Domenico") takes the saint's name the model left out
_SAINT_WORDS = frozenset({"San", "Santa", "Santo", "São", "Saint", "Sankt"})
_SAINT_NAME_AFTER = re.compile(r" [A-ZÀ-Þ][a-zà-ÿ]+(?![\w'’-])")
# A subsidiary's country ("Maestrale Hellas"), after no given name ("Carolina España" is a person).
_COUNTRY_ENDS = word_set("hellas italia france españa deutschland polska iberia")
_FAMILY_FIRM = re.compile(
    r" ?& ?(?:Sons|Co\.?|Partners|Partner|Brothers|Söhne|Fils|Hijos|Figli|Synowie|Associés|Associati|Asociados)\b"
    r"| (?:і|и|i|und|and|et|e|y) (?:партнери|партнеры|партнёры|partnerzy|Partner|Partners|partners|associés|"
    r"associati|asociados|Söhne|Sons|fils|figli|hijos|synowie)(?![\w-])"
)
# Two founders' names joined by "&" are their firm ("Kovačić & Bettin").
_AMPERSAND = " & "
_CYRILLIC_LANGUAGES = frozenset({"ru", "uk"})


# A body's head opening a span that a model typed PER ("Dipartimento di Neuroscienze").
_BODY_FIRST = word_set(
    "dipartimento department departamento département istituto institute instituto institut instytut ufficio "
    "office oficina büro urząd wydział facoltà faculty facultad faculté fakultät"
)


def _body_first(word: str, language: str) -> bool:
    return word.lower() in _BODY_FIRST or org_head(word, language)


def companies_by_shape(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the firms above typed ORG (a family firm's span grown over "& Sons"), and
    a firm's first word typed PER alone elsewhere in the article ("Maestrale", "Meunier")."""
    firms: set[str] = set()
    for m in mentions:
        if m.type == "MISC" and " " in m.text and _firm_end(m.text.split(), language):
            m.type, m.model = "ORG", MODEL  # a label or a publisher read as a work ("X & Y Records")
        if m.type != "PER":
            continue
        words = m.text.split()
        latin_in_cyrillic = language in _CYRILLIC_LANGUAGES and all(ch.isascii() for ch in m.text if ch.isalpha())
        family = _FAMILY_FIRM.match(text, m.end)
        if family is not None:
            m.end = family.end()
            m.text = text[m.start : m.end]
            m.type, m.model = "ORG", MODEL
        elif latin_in_cyrillic or (
            len(words) > 1
            and (_firm_end(words, language) or words[0] in _FIRM_FIRST or _body_first(words[0], language))
        ):
            m.type, m.model = "ORG", MODEL
            firms.add(words[0])
            saint = _SAINT_NAME_AFTER.match(text, m.end) if words[-1] in _SAINT_WORDS else None
            if saint is not None:  # a body named for a saint, cut at the saint's word by the model
                m.end = saint.end()
                m.text = text[m.start : m.end]
    for m in mentions:
        if m.type == "PER" and m.text in firms:
            m.type, m.model = "ORG", MODEL
    if _AMPERSAND in text:
        mentions = joined_bodies(text, mentions, _founders, MODEL)
    return mentions


def _founders(last: Mention, m: Mention, between: str) -> bool:
    """Surnames alone on both sides of "&": "Ernst & Young", not two full names."""
    return (
        between == _AMPERSAND
        and last.type in ("PER", "ORG", "MISC")  # the Italian rules type unknown names MISC
        and m.type in ("PER", "ORG", "MISC")
        and " " not in last.text + m.text
    )


def _firm_end(words: list[str], language: str) -> bool:
    last = words[-1].lower()
    return last in _FIRM_ENDS or (last in _COUNTRY_ENDS and words[0] not in given_names(language))


_ACRONYM = re.compile(r"(?<![\w-])[A-Z]{3,6}(?![\w-])")
_ROMAN = re.compile(r"[IVXLCDM]+")
_RARE_ACRONYM_ZIPF = 3.0
# Acronyms of formats and laws that word counts miss ("json" counts 0): no bodies.
_NO_BODIES = frozenset({"JSON", "JSONL", "CSV", "SQL", "PNG", "JPEG", "JPG", "GIF", "XML", "YAML", "HTTPS", "ASCII",
                        "UTF", "GDPR", "DSGVO", "RGPD", "RODO"})  # fmt: skip
_LATIN_LANGUAGES = frozenset({"en", "de", "fr", "es", "it", "nl", "pl"})


def rare_acronyms(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with each acronym that is rare as a word, no place and no Roman numeral, untagged
    or typed MISC, typed ORG; a shouted headline's words ("FLOODS HIT PORT") are left."""
    if language not in _LATIN_LANGUAGES:
        return mentions
    places, known = place_names(language), org_names(language)
    added: list[Mention] = []
    for found in _ACRONYM.finditer(text):
        s, e, word = found.start(), found.end(), found.group()
        over = [m for m in mentions if m.start < e and s < m.end]
        misc = len(over) == 1 and (over[0].start, over[0].end, over[0].type) == (s, e, "MISC")
        if (over and not misc) or _ROMAN.fullmatch(word) or word in places or word in _NO_BODIES:
            continue
        if word not in known and zipf(word.lower(), language) >= _RARE_ACRONYM_ZIPF:
            continue
        if _shouted(text, s, e):
            continue
        if misc:
            over[0].type = "ORG"  # spaCy's MISC for a firm's acronym
        else:
            added.append(Mention(s, e, word, "ORG", model=MODEL, confidence=0.6))
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end)) if added else mentions


# A name written in camel case ("LockBit", "BlackRock", "OpenAI", "PayPal") is a firm's, a
# group's or a brand's, never a word's; a surname's particle is no camel ("McDonald", "DiMaio").
# German umlauts count as small letters ("HessenFörster"), not as an inner capital: "EtwasÄhnliches" is
# two words run together.
_CAMEL = re.compile(r"(?<![\w'’-])[A-ZÄÖÜ][a-zäöüß]+(?:[A-Z][a-zäöüß]*)+(?![\w-])")
_SURNAME_PARTICLES = ("Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Del", "Della", "Fitz", "St")


_NAME_BEFORE = re.compile(r"[A-ZÀ-Þ][\w'’-]* $")


def _word_start(text: str, s: int) -> int:
    """The start of the word before the one at `s`."""
    return text.rfind(" ", 0, s - 1) + 1


def camel_case_bodies(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with each camel-case name, untagged or typed MISC or PER, an organisation ("un
    groupe se faisant appeler LockBit")."""
    if language not in _LATIN_LANGUAGES:
        return mentions
    added: list[Mention] = []
    for found in _CAMEL.finditer(text):
        s, e, word = found.start(), found.end(), found.group()
        if any(word.startswith(p) and word[len(p) : len(p) + 1].isupper() for p in _SURNAME_PARTICLES):
            continue
        if _NAME_BEFORE.search(text, max(0, s - 30), s) and not starts_sentence(text, _word_start(text, s)):
            continue  # the end of a longer name: "Edinburgh BioQuarter"
        over = [m for m in mentions if m.start < e and s < m.end]
        if len(over) == 1 and (over[0].start, over[0].end) == (s, e) and over[0].type in ("MISC", "PER"):
            over[0].type = "ORG"  # spaCy's MISC or person for a firm or a group: "LockBit", "DeepMind"
        elif not over:
            added.append(Mention(s, e, word, "ORG", model=MODEL, confidence=0.6))
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end)) if added else mentions


# A firm named by its web address ("Booking.com", "Check24.de", "Allegro.pl"), not a URL
# ("www.booking.com", "https://x.com/a", "name@mail.com"): the name's first letter is a capital.
_WEB_NAME = re.compile(
    r"(?<![\w./@:-])[A-Z][\w-]*\.(?:com|net|org|de|fr|it|es|pl|ru|ua|nl|at|ch|eu|co\.uk|cn)(?![\w./@-])"
)


def web_address_firms(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with each firm written as its web address one ORG, in place of the mentions
    inside it ("Booking" + ".com", typed MISC)."""
    if "." not in text:
        return mentions
    out = list(mentions)
    for found in _WEB_NAME.finditer(text):
        s, e = found.span()
        inside = [m for m in out if m.start < e and s < m.end]
        if any(m.start < s or m.end > e for m in inside):
            continue  # part of a longer name
        if len(inside) == 1 and (inside[0].start, inside[0].end, inside[0].type) == (s, e, "ORG"):
            continue
        out = [m for m in out if m not in inside]
        out.append(Mention(s, e, found.group(), "ORG", model=MODEL, confidence=0.7))
    return sorted(out, key=lambda m: (m.start, m.end))


def _shouted(text: str, s: int, e: int) -> bool:
    """Another word in capitals right before or after: a headline in capitals, not an acronym."""
    before = text[max(0, s - 20) : s].split()
    after = text[e : e + 20].split()
    return bool(
        (before and before[-1].isupper() and len(before[-1]) > 1)
        or (after and after[0].isupper() and len(after[0]) > 1)
    )


# Italian prints an acronym in title case ("la Figc", "alla Covisoc", "dell'Inps"), and an
# Italian word or town ends in a vowel: a capitalised word ending in a consonant after a feminine
# or elided article, no place and rare as a word, is a body's acronym that a tagger read as a
# place.  Not after a masculine one: foreign regions take it ("nel Sindh", "il Punjab").
_ITALIAN_ACRONYM = re.compile(r"[A-Z][a-z]{2,6}[b-df-hj-np-tv-z]")
_ITALIAN_ACRONYM_ZIPF = 4.0  # the acronym itself is in the word counts ("figc" 3.4); "sport", "bar" are words
_ITALIAN_ARTICLE = re.compile(r"(?:^|\s)(?:la|alla|dalla|della|nella|sulla|l['’]|all['’]|dall['’]|dell['’])\s*$")


def italian_acronyms(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with "la Figc" and "alla Covisoc" (typed LOC or MISC) made organisations."""
    if language != "it":
        return mentions
    places = place_names(language)
    for m in mentions:
        if (
            m.type in ("LOC", "MISC")
            and _ITALIAN_ACRONYM.fullmatch(m.text)
            and m.text not in places
            and zipf(m.text.lower(), language) < _ITALIAN_ACRONYM_ZIPF
            and _ITALIAN_ARTICLE.search(text, max(0, m.start - 8), m.start)
        ):
            m.type, m.model = "ORG", MODEL
    return mentions
