"""Surface-form normalisation: titles, lemmas, and the cross-script phonetic key.

The key is deliberately lossy: it must give the same string for Shoigu / Schoigu /
Choïgou / Шойгу, so sibilants, j/y/i and doubled letters collapse.  Because it is
lossy it is only ever compared within one entity type, and the linker requires the
surname to agree before anything is merged.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from storywire.identity.abjad import arabic_name_reading, has_arabic
from storywire.identity.name_tables import (
    ARABIC_GIVEN_NAME_PAIRS,
    EXONYM_NAMES,
    EXONYM_TOKENS,
    GIVEN_NAME_PAIRS,
    KOREAN_SURNAMES,
    TITLES,
)
from storywire.identity.phonetic import germanic_ch
from storywire.identity.phrases import nominative_phrase, recase
from storywire.identity.transliterate import (
    _CHINESE_SURNAMES,
    cyrillic_chinese_to_pinyin,
    cyrillic_display,
    has_cyrillic,
    is_pinyin_word,
    palladius_segments,
    to_latin,
)
from storywire.identity.xinhua import display_reading, foreign_reading


def _morph(lang: str) -> Any:
    """The NER stage's pymorphy3 analyser: one per language per process (loading takes ~0.1 s)."""
    # Imported here: the identity layer must not load the NER stage unless it lemmatises.
    from storywire.stages.ner.morph import analyzer

    return analyzer(lang)


_SURNAME_CASE = re.compile(r"^(.+?(?:ов|ев|єв|ёв|ин|ін|ын))(?:а|у|ым|им|ом|ові|ове|е|і|ої|ой|ою|ій|ую)$")
_ADJ_SURNAME = re.compile(r"(?:ськ|цьк|ск|цк|зьк|зк)(?:ий|ий|ой|ого|ому|им|ім|ым|ом|ій)$")


@functools.cache
def lemmatize_token(token: str, lang: str, etype: str, gender: str | None = None) -> str:
    """Nominative form of one Cyrillic name token (Путіним -> Путін), case preserved.

    `gender` ("femn"/"masc", from the name's given name) picks between readings pymorphy
    cannot tell apart alone: in "Марія Захарова" the surname is feminine, not the
    genitive of Захаров.
    """
    if not has_cyrillic(token) or len(token) < 3 or token.isupper():
        return token
    morph_lang = _morph_language(token, lang)
    analyser = _morph(morph_lang)
    if analyser is None:
        return token
    parses = analyser.parse(token)
    if etype == "PER" and any(_is_feminine_nominative_name(p, token) for p in parses):
        return token  # Урсула is a name, not the genitive of a surname Урсул
    if etype == "LOC":
        place = _known_place_reading(token, lang, parses)
        if place is not None:
            return place  # "Києві": Київ, not the name Кий (pymorphy's first reading)
    wanted = ("Surn", "Name", "Patr") if etype == "PER" else ("Geox", "Orgn")
    named = [p for p in parses if any(t in p.tag.grammemes for t in wanted)]
    chosen = next((p for p in named if gender in p.tag.grammemes), None) if gender else None
    if chosen is None and named:
        chosen = named[0]
    if chosen is None:
        low = token.lower()
        if etype == "PER":
            m = _SURNAME_CASE.match(low)
            if m:  # unknown surname in an oblique case: Лаврова -> Лавров
                return recase(m.group(1), token)
            if _ADJ_SURNAME.search(low) and parses and "ADJF" in parses[0].tag.grammemes:
                chosen = parses[0]  # Зеленського -> Зеленський
        elif parses and "NOUN" in parses[0].tag.grammemes:
            chosen = parses[0]
    if chosen is None:
        return token
    if etype == "PER" and "femn" in chosen.tag.grammemes:
        return recase(_feminine_nominative(chosen), token)
    return recase(chosen.normal_form, token)


def _known_place_reading(token: str, lang: str, parses: list[Any]) -> str | None:
    """The first reading of `token` whose lemma the place gazetteer knows, when the token
    itself is not a place's name; pymorphy ranks a person's name or a common noun first
    ("Києві": Кий, then Київ; "Харкові": the surname Харко, then Харків)."""
    from storywire.identity.places import find_place

    if find_place([token], lang) is not None:
        return None
    for p in parses:
        if "NOUN" in p.tag.grammemes and "anim" not in p.tag.grammemes:
            lemma = recase(p.normal_form, token)
            if find_place([lemma], lang) is not None:
                return lemma
    return None


def _morph_language(token: str, lang: str) -> str:
    return "uk" if lang == "uk" or any(c in token.lower() for c in "іїєґ") else "ru"


def _is_feminine_nominative_name(parse: Any, token: str) -> bool:
    tags = parse.tag.grammemes
    return "Name" in tags and "femn" in tags and "nomn" in tags and parse.normal_form == token.lower()


def _feminine_nominative(parse: Any) -> str:
    # Russian pymorphy lemmatises a woman's surname to the man's (Захарова -> захаров); the
    # nominative of the same (feminine) reading keeps her name.  Ukrainian lemmas are
    # already feminine, and inflect() has nothing to offer there.
    inflected = parse.inflect({"nomn", "sing"})
    return str(inflected.word) if inflected is not None else str(parse.normal_form)


@functools.cache
def _name_gender(token: str, lang: str) -> str | None:
    """The grammatical gender of a given name, preferring its nominative reading."""
    if not has_cyrillic(token) or len(token) < 3:
        return None
    analyser = _morph(_morph_language(token, lang))
    if analyser is None:
        return None
    names = [p for p in analyser.parse(token) if "Name" in p.tag.grammemes]
    best = next((p for p in names if "nomn" in p.tag.grammemes), names[0] if names else None)
    if best is None:
        return None
    return next((g for g in ("femn", "masc") if g in best.tag.grammemes), None)


# A capitalised article a tagger kept at a name's start ("The World Health Organization",
# "La France", "L'Europe").
# A whole word: "Le" must not cut "Les Frères musulmans" to "s Frères musulmans".
_LEADING_ARTICLE = re.compile(r"^(?:(?:The|Les|La|Le|Der|Die|Das|El|Los|Las|Il|Lo|Gli|De|Het)\s+|L['’]\s*)(?=\w)")


def without_leading_article(name: str) -> str:
    return _LEADING_ARTICLE.sub("", name)


_TOKEN_RE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*\.?", re.UNICODE)


# Cached: a function of its arguments alone, and linking cleans every mention of an article
# several times (person repairs, then linking, each in both of `link_all`'s passes), while
# the same names recur from article to article (Cyrillic lemmas, Polish case forms).
@functools.lru_cache(maxsize=100_000)
def clean_surface(text: str, lang: str, etype: str) -> str:
    """Strip titles and possessives, lemmatise Cyrillic tokens: 'президентом Путіним' -> 'Путін'."""
    text = unicodedata.normalize("NFC", text).strip()
    text = re.sub(r"['’]s$", "", text)  # English possessive
    tokens = _TOKEN_RE.findall(text)
    if etype == "PER":
        while len(tokens) > 1 and tokens[0].lower().rstrip(".") in TITLES:
            tokens = tokens[1:]
    if not tokens:
        return text
    if lang == "pl" and etype == "PER" and not has_cyrillic(text):
        from storywire.identity.polish import person_nominative

        tokens = person_nominative(tokens)  # "z Recepem Tayyipem Erdoğanem": Recep Tayyip Erdoğan
    if has_cyrillic(text):
        gender = _name_gender(tokens[0], lang) if etype == "PER" and len(tokens) > 1 else None
        phrase = None
        if etype != "PER" and len(tokens) > 1:
            analyser = _morph(_morph_language(text, lang))
            phrase = nominative_phrase(tokens, analyser) if analyser is not None else None
        if phrase is not None:
            tokens = phrase
        else:
            lemmas = [lemmatize_token(t.rstrip("."), lang, etype, gender if i else None) for i, t in enumerate(tokens)]
            tokens = _prefer_palladius(tokens, lemmas) if etype == "PER" else lemmas
    return " ".join(tokens)


def _prefer_palladius(tokens: list[str], lemmas: list[str]) -> list[str]:
    """Pick surface or lemma for a Chinese name: pymorphy mangles Цзиньпин -> Цзиньпина,
    while the genitive Цзиньпина also segments (jin-pi-na); fewer syllables wins."""
    as_is = palladius_segments(" ".join(tokens))
    lemma = palladius_segments(" ".join(lemmas))
    if as_is is None or (lemma is not None and _syllables(lemma) < _syllables(as_is)):
        return lemmas
    return tokens


def _syllables(segments: tuple[tuple[str, ...], ...]) -> int:
    return sum(len(t) for t in segments)


# Ordered rewrite rules on lower-case ASCII; earlier rules protect later ones.
_FOLD_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        (r"^[yji]e", "e"),  # word-initial Cyrillic е is "ye", Ukrainian Ердоган and Latin "E" not
        (r"dzh|dj", "j"),  # before zh: Реджеп = Redzhep, not Red-zh-ep
        (r"shch|tsch|tch|sch|sh|ch|zh", "S"),  # ш ч щ ж in en/de/fr spellings
        (r"gu(?=[eiy])", "g"),  # French Sergueï
        (r"ou", "u"),  # French Choïgou
        (r"kh", "h"),
        (r"ph", "f"),
        (r"ck|q", "k"),
        (r"x", "ks"),
        (r"c(?=[eiy])", "s"),
        (r"c", "k"),
        (r"ts|tz|z", "s"),  # ц: Jelzin = Yeltsin; German s = z (Selenskij)
        (r"w", "v"),
        (r"g", "h"),  # Ukrainian г = h (Сергій = Serhii)
        (r"[jy]", "i"),
        (r"ff$", "v"),  # Smirnoff, Rachmaninoff
        (r"(.)\1+", r"\1"),  # doubled letters, also ii from -iy / -ij / -yi
    )
)


@functools.lru_cache(maxsize=65536)
def fold_token(token: str) -> str:
    # Cached: the same few thousand name tokens recur in every article, and the rules are
    # twenty regex passes.
    out = germanic_ch(token)
    for pattern, repl in _FOLD_RULES:
        out = pattern.sub(repl, out)
    return out


@dataclass(frozen=True)
class NameKey:
    """A name's identity key, split into its parts for surname-first matching."""

    key: str  # all tokens, folded, space-joined
    surname: str  # the family-name token (first for Chinese/Korean, else last)
    given: tuple[str, ...]  # the other tokens, folded
    latin: str  # display-ready Latin form (pinyin for Palladius names)

    @property
    def is_full(self) -> bool:
        return bool(self.given)


def _tokens(clean: str, etype: str) -> tuple[list[str], bool, str]:
    """Folded key tokens, whether the family name comes first, and a Latin display form."""
    latin_display = clean
    if etype == "PER" and (reading := foreign_reading(clean)) is not None:
        # a foreign name in Chinese characters: its source sounds, not its pinyin
        return [fold_token(t) for t in reading], False, " ".join(display_reading(t) for t in reading)
    if etype == "PER" and has_arabic(clean):
        # long vowels as vowels, b as b-or-p: ماكرون is makrun (Macron), not mkrwn
        return [fold_token(t) for t in arabic_name_reading(clean)], False, clean
    if has_cyrillic(clean):
        pinyin = cyrillic_chinese_to_pinyin(clean)
        if pinyin is not None:
            latin_display = pinyin
    raw = [t for t in re.split(r"[^a-z]+", to_latin(latin_display)) if t]
    if not raw:
        return [], False, latin_display
    chinese = raw[0] in _CHINESE_SURNAMES and all(is_pinyin_word(t) for t in raw)
    surname_first = etype == "PER" and len(raw) > 1 and (chinese or raw[0] in KOREAN_SURNAMES)
    # Pinyin is already a standard: fold only ü, so Chen and Shen stay apart.
    tokens = [t.replace("v", "u") for t in raw] if chinese else [fold_token(t) for t in raw]
    if surname_first:
        tokens = [tokens[0], "".join(tokens[1:])]  # Kim Jong-un = Kim Jong Un, Jin Ping = Jinping
    return tokens, surname_first, latin_display


@functools.cache
def _token_map() -> dict[str, str]:
    pairs = (*EXONYM_TOKENS, *GIVEN_NAME_PAIRS)
    out: dict[str, str] = {}
    for variant, canonical in pairs:
        v, c = _tokens(variant, "MISC")[0], _tokens(canonical, "MISC")[0]
        if len(v) == 1 and len(c) == 1 and v[0] != c[0]:
            out[v[0]] = c[0]
    return out


@functools.cache
def arabic_given_names() -> frozenset[str]:
    """The keys of the Arabic given names above, as `name_key` writes them ("muhamad", "haled").

    Their spellings are listed, so no other spelling is one of them: they are short and share
    their consonants (Hamad, Hamed, Ahmed, Mohamed), and a spelling distance joins different names."""
    tmap = _token_map()
    return frozenset(tmap.get(t, t) for pair in ARABIC_GIVEN_NAME_PAIRS for t in _tokens(pair[1], "MISC")[0])


@functools.cache
def _name_map() -> dict[str, str]:
    return {" ".join(_tokens(v, "PER")[0]): " ".join(_tokens(c, "PER")[0]) for v, c in EXONYM_NAMES}


# Surname particles (folded) -> one spelling: Cyrillic renders von as фон (fon).
_PARTICLES: dict[str, str] = {
    **{p: p for p in ("von", "van", "der", "den", "de", "di", "da", "du", "del", "dela", "dos", "das", "la", "le")},
    **{"fon": "von", "fan": "van", "ter": "ter", "ten": "ten", "su": "su"},
}

_ENTITY_TYPES = frozenset(("PER", "ORG", "LOC", "MISC"))


@functools.cache
def name_key(clean: str, etype: str = "PER") -> NameKey:
    """Key for a cleaned surface form (from `clean_surface`); the type picks the name order.

    `etype` is the entity type (PER/ORG/LOC/MISC), not a language: only PER is split into
    surname and given names, so `name_key("Volodymyr Zelensky", "en")` is an error.
    """
    if etype not in _ENTITY_TYPES:
        raise ValueError(f"name_key: unknown entity type {etype!r} (expected one of {sorted(_ENTITY_TYPES)})")
    tokens, surname_first, latin_display = _tokens(clean, etype)
    if not tokens:
        return NameKey("", "", (), clean)
    joined = " ".join(tokens)
    if etype == "PER" and joined in _name_map():
        canonical = _name_map()[joined]
        return NameKey(canonical, canonical.split(" ")[0], tuple(canonical.split(" ")[1:]), latin_display)
    if etype == "PER":
        tmap = _token_map()
        tokens = [tmap.get(t, t) for t in tokens]
    key = " ".join(tokens)
    if etype != "PER" or len(tokens) == 1:
        return NameKey(key, tokens[-1] if etype == "PER" else key, (), latin_display)
    if surname_first:
        return NameKey(key, tokens[0], tuple(tokens[1:]), latin_display)
    cut = len(tokens) - 1
    while cut > 0 and tokens[cut - 1] in _PARTICLES:
        cut -= 1  # "von der Leyen" is the surname, not Leyen with given names "von der"
    if cut < len(tokens) - 1:
        tokens[cut:-1] = [_PARTICLES[t] for t in tokens[cut:-1]]
        key = " ".join(tokens)
    return NameKey(key, " ".join(tokens[cut:]), tuple(tokens[:cut]), latin_display)


@functools.cache
def _display_pairs() -> tuple[dict[str, str], dict[str, str]]:
    """(folded given name -> its pair's canonical spelling, folded full name -> exonym)."""
    given = {fold_token(v.lower()): c for v, c in GIVEN_NAME_PAIRS if v != c}
    full = {" ".join(_tokens(v, "PER")[0]): c for v, c in EXONYM_NAMES}
    return given, full


def latin_display(clean: str) -> str:
    """A Latin display form for a Cyrillic person name: 'Дмитро Медведєв' -> 'Dmitry Medvedev'.

    Given names go to the canonical form of their pair, as the identity key does; this is
    only a fallback name, since a rendering from a Latin-script article outranks it.
    """
    if not has_cyrillic(clean):
        return clean
    given, full = _display_pairs()
    exonym = full.get(" ".join(_tokens(clean, "PER")[0]))
    if exonym:
        return exonym
    words = [cyrillic_display(w) if has_cyrillic(w) else w for w in clean.split()]
    if len(words) > 1:
        words[0] = given.get(fold_token(words[0].lower()), words[0])
    return " ".join(words)


def given_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Given names agree: equal, one is an initial of the other, or one is missing."""
    if not a or not b:
        return True
    x, y = a[0], b[0]
    if len(x) == 1 or len(y) == 1:
        return x[0] == y[0]
    return x == y
