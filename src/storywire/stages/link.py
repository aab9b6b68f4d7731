"""Entity linking: give every mention the id of one canonical cross-language identity.

Order of evidence, most to least reliable: a user split, the gazetteer (places), the
exact cross-script key, a full name in the same article (for "Shoigu", "Präsident Xi"),
a unique full name already in the registry, and last a conservative fuzzy match that
needs the surname to agree and the type to be the same.

Order independence: a bare surname outside an article with its full name always gets the
surname's own identity, which the registry links to the one full name that fits it; every
new full name re-settles the bare surnames near it, so the final partition (through
`resolve`) is a function of the set of names seen, not of their arrival order.

Before linking, what taggers get wrong about people is repaired from the article's own full
names (`person_mentions.py`).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from storywire.identity.bearers import dominant_bearer, full_name_mentions
from storywire.identity.coreference import head_antecedents
from storywire.identity.institutions import institution
from storywire.identity.names import (
    NameKey,
    arabic_given_names,
    clean_surface,
    latin_display,
    name_key,
    without_leading_article,
)
from storywire.identity.organisations import ORG_NAMES
from storywire.identity.phonetic import blocking_key, read_from_other_script, same_opening
from storywire.identity.places import Place, find_place, place_candidates
from storywire.identity.registry import EntityRegistry, entity_id
from storywire.identity.transliterate import has_cyrillic
from storywire.model import Article, EntityType, Mention
from storywire.stages.ner.rules import org_head
from storywire.stages.person_mentions import FUZZY_SURNAME, degenitive, fix_person_mentions, lang_at

__all__ = ["VERSION", "EntityRegistry", "link", "link_all", "relabel"]

# 10: a body's head alone is the one body the article names in full ("the Commission"); an
# inflected Cyrillic place takes the reading the gazetteer knows ("Києві" Kyiv, not "Кий"); the
# European Commission, Council and Parliament among the organisations; 11: a place behind a
# capitalised article ("La France", "L'Europe"); "Vereinten Nationen"; 12: regions geonames
# lacks (Middle East, Asia-Pacific, Gaza Strip, ...) as places; 13: a province or district
# named after a place is that place ("Provinz Malatya"); 14: a region or landmark typed ORG or
# MISC is the place ("Білий дім", "White House"), and wins over a city's alternate name;
# 15: a country typed ORG is the country; 16: "Радбез" (the Ukrainian short name) is a security council;
# 17: Polish case forms of places and people ("w Rosji", "z Erdoğanem", "Donalda Trumpa");
# 18: Arabic place keys keep the long a ("المنيا" Minya is no longer "ألمانيا" Germany);
# 19: a small town's one-word names are its capital namesake's ("واشنطن", "华盛顿": Washington, D.C.);
# 20: a German dative plural place ("den Niederlanden"); 21: a surname's first k or h is one
# sound (Gaddafi = Kadhafi = Qaddafi = Каддафи); 22: surnames spelled alike and sounding alike
# are both candidates; 23: a person is matched on every given name it was seen with, and a
# surname-only display is no wildcard; 24: a person's display is the spelling most mentions
# use, in ordinary case and without an initial;
# 9: SWIFT among the organisations;
# 8: parliaments by kind and country ("Sejm", "Верховна Рада" = "Verkhovna Rada", "Bundestag");
# 7: metonyms and names that imply their country ("Pentagon", "State Department", "Farnesina");
# 6: a state body named without its country takes it from the words around (_body_in_context);
# 5: international organisations by their names in every language (identity/organisations.py);
# 4: state institutions keyed by kind and country across languages; 3: Cyrillic organisation and
# place names inflect at their head only; 2: surnames by sound; 27: Chinese bodies by kind and
# country ("中国外交部" = the Chinese Foreign Ministry), Xinhua and TASS among the organisations;
# 28: great rivers one place in every language (Rhein = Rhin = 莱茵河), more news agencies; 29: a
# bare surname goes to the full name seen three times as often as all others that share it
# ("Kadhafi": Muammar Gaddafi, not his sons), settled again whenever those counts change;
# 30: one spelling for each Arabic given name ("Mohamed", "Muhammad", "Mohammad": identity/name_tables.py)
# 31: well-known companies and clubs by name in every script ("Siemens" = "Сименс": identity/companies.py)
# 32: seas, ranges and peninsulas one place in every language (Krim = Crimée = Крим); Interpol, Europol
VERSION = "33"
MODEL = "storywire-identity"

# A bare one of these says too little: only a full name in the same article resolves it.
_COMMON_SURNAMES_WORDS = """
    kim lee park choi ri pak wang li zhang liu chen yang huang zhao wu zhou smith jones
    brown johnson miller muller schmidt garcia martin bernard rossi ivanov
"""
COMMON_SURNAMES = frozenset(_COMMON_SURNAMES_WORDS.split())

FUZZY_GIVEN = 80.0


@dataclass
class _Item:
    mention: Mention
    lang: str
    clean: str
    nk: NameKey


def _languages(article: Article) -> tuple[list[int], list[str]]:
    starts = [p.start for p in article.paragraphs]
    default = article.language or article.language_hint or "und"
    return starts, [p.language or default for p in article.paragraphs] or [default]


def _given_ok(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if not a or not b:
        return True
    x, y = a[0], b[0]
    if len(x) == 1 or len(y) == 1:
        return x[0] == y[0]
    if read_from_other_script(x) or read_from_other_script(y):
        return same_opening(x, y)  # 谢尔盖 (Se-er-gai) is Sergei: only the opening survives
    listed = arabic_given_names()
    if x in listed or y in listed:
        return x == y  # every spelling of these is listed: "Muhammar" is no Muhammad
    return x == y or fuzz.ratio(x, y) >= FUZZY_GIVEN


_Rank = tuple[bool, bool, bool, bool, bool, int, bool, str]


def _rank(display: str, full: bool, english: bool, votes: int = 0) -> _Rank:
    # Prefer a full name in plain Latin letters as English writes it (Vladimir Putin over
    # Vladimir Poutine, Sergei Shoigu over Sergueï Choïgou over Сергей Шойгу), in ordinary
    # case and without an initial ("HILLARY CLINTON", "N Sarkozy"), then the spelling the
    # articles use most ("Hosni Mubarak", not a typo's "Honsi"); ties break on the string,
    # so the name does not depend on article order.
    not_latin, upper, initial, not_ascii = _spelling(display)
    return (not_latin, not full, not english, upper, initial, -votes, not_ascii, display)


# Cached: every offered name ranks all the spellings its entity was given, again and again.
@functools.lru_cache(maxsize=100_000)
def _spelling(display: str) -> tuple[bool, bool, bool, bool]:
    """What `_rank` asks of a spelling alone: not plain Latin letters, in capitals, with an
    initial, not ASCII."""
    latin = not (has_cyrillic(display) or not display.replace(" ", "").isalpha())
    initial = any(len(word.rstrip(".")) == 1 for word in display.split())
    return not latin, display.isupper(), initial, not display.isascii()


def _offer_name(registry: EntityRegistry, eid: str, display: str, full: bool, language: str = "") -> None:
    entity = registry.get(eid)
    if entity is None:
        return
    votes = registry.vote_name(entity.id, display)
    english = entity.aliases.get("en", [])  # a list: most entities have a single spelling to rank

    def as_english(name: str) -> bool:
        return (language == "en" and name == display) or name in english

    best = min(votes, key=lambda name: _rank(name, " " in name, as_english(name), votes[name]))
    if best != entity.name:
        registry.set_name(entity.id, best)


def _person_candidates(registry: EntityRegistry, nk: NameKey) -> set[str]:
    """Full-name entities whose surname is nk's or sounds like it (`phonetic.sounds_alike`).

    Not spelling distance: that made Antonio Gutierrez of Antonio Guterres, and every rendering
    it rightly joined (Гутерреш, Guterres) sounds alike.
    """
    return registry.by_surname("PER", nk.surname)


def _link_person(registry: EntityRegistry, nk: NameKey, anchor: NameKey | None) -> str:
    target = anchor or nk
    if not target.is_full:
        eid = registry.bare_identity("PER", target.key, target.latin)
        _settle_bare(registry, target.key)
        return eid
    found = registry.find("PER", target.key)
    if found:
        return found
    matches = {
        e
        for e in _person_candidates(registry, target)
        if any(_given_ok(target.given, given) for given in _givens_of(registry, e))
    }
    if len(matches) == 1:
        eid = registry.add_key(matches.pop(), target.key, target.surname, full=True)
    else:
        eid = registry.create("PER", target.key, target.latin, target.surname, full=True)
    for key in registry.bare_keys_near("PER", target.surname):  # a new name may settle or unsettle them
        _settle_bare(registry, key)
    return registry.resolve(eid)


def _settle_bare(registry: EntityRegistry, key: str) -> None:
    """Link the bare surname `key` to the full-name identity it fits (the one, or the one named
    far more often than the others: `identity/bearers.py`), or to none."""
    bare = entity_id("PER", key)
    if bare not in registry.entities and bare not in registry.bare:
        return  # no such identity, or one a user merged or split: leave it be
    fits = set() if key in COMMON_SURNAMES else _person_candidates(registry, NameKey(key, key, (), key))
    support = {eid: full_name_mentions(registry.name_votes.get(eid)) for eid in fits}
    registry.link_bare(bare, dominant_bearer(support))


def _givens_of(registry: EntityRegistry, eid: str) -> list[tuple[str, ...]]:
    """The given names of every full name the identity was seen with, not only the one its
    display or key holds: once "Maomar Gadafi" (a rare spelling) named Muammar Gaddafi,
    "Muanmar el Gadafi" was compared with "Maomar" alone and became a second person."""
    shown = _given_of(registry, eid)
    found = [shown] if shown else []  # a display without a given name is no wildcard
    for key in sorted(registry.full.get(registry.resolve(eid), ())):
        # a key read from another script is folded already (its classes would not survive
        # folding again); given names first, as the reading writes them
        given = tuple(key.split()[:-1]) if read_from_other_script(key) else name_key(key, "PER").given
        if given not in found:
            found.append(given)
    return found or [()]


def _given_of(registry: EntityRegistry, eid: str) -> tuple[str, ...]:
    # The given-name part of the entity's canonical full key (surname-first keys too).
    entity = registry.get(eid)
    if entity is None:
        return ()
    nk = name_key(entity.name, "PER")
    return nk.given


def _anchors(items: list[_Item]) -> dict[int, NameKey]:
    """Short person mentions -> the one full name in this article with that surname."""
    full = {it.nk.key: it.nk for it in items if it.nk.is_full}
    out: dict[int, NameKey] = {}
    for i, it in enumerate(items):
        if it.nk.is_full:
            continue
        same = {k for k, f in full.items() if f.surname == it.nk.surname}
        if not same and len(it.nk.surname) >= 5:
            same = {k for k, f in full.items() if fuzz.ratio(f.surname, it.nk.surname) >= FUZZY_SURNAME}
        if len(same) == 1:
            out[i] = full[same.pop()]
    return out


def _link_place(registry: EntityRegistry, place: Place) -> str:
    eid = registry.find("LOC", place.key) or registry.create("LOC", place.key, place.name)
    registry.set_place(eid, place.country, place.latitude, place.longitude)
    registry.set_name(eid, place.name)
    return eid


def _organisation(surface: str, clean: str) -> str | None:
    """The canonical name of an international organisation written `surface`, if it is one
    ("The World Health Organization": a tagger kept the article)."""
    return ORG_NAMES.get(surface) or ORG_NAMES.get(clean) or ORG_NAMES.get(without_leading_article(clean))


_WORD_BEFORE = re.compile(r"([^\W\d_]+)(?:['’]s)?[ \t]+$")  # "russischen", "Russia's"
_WORDS_AFTER = re.compile(r"[ \t]+((?:[^\W\d_]+[ \t]+){0,2}[^\W\d_]+)")


def _body_in_context(text: str, m: Mention, clean: str) -> str:
    """`clean`, or with the country word the text puts beside a state body named without one.

    A name's span ends at the body ("russischen" + "Sicherheitsrats", "Ради безпеки" +
    "Росії", "Conseil de sécurité" + "russe"), but its identity is that country's body
    (identity/institutions.py): the word before, or up to three words after, say which.
    """
    body = institution(clean)
    if body is None or body.country is not None:
        return clean
    candidates: list[str] = []
    before = _WORD_BEFORE.search(text, max(0, m.start - 40), m.start)
    if before:
        candidates.append(f"{before.group(1)} {clean}")
    after = _WORDS_AFTER.match(text, m.end)
    if after:
        words = after.group(1).split()
        candidates += [f"{clean} {' '.join(words[:k])}" for k in range(1, len(words) + 1)]
    for named in candidates:
        found = institution(named)
        if found is not None and found.country is not None:
            return named
    return clean


def _link_other(registry: EntityRegistry, etype: EntityType, clean: str, surface: str) -> tuple[str, str]:
    display = _organisation(surface, clean) if etype == "ORG" else None
    body = institution(clean) if etype == "ORG" and display is None else None
    if body is not None:  # translated, not transliterated: keyed by what it is (identity/institutions.py)
        eid = registry.find(etype, body.key) or registry.create(etype, body.key, body.display)
        _offer_name(registry, eid, body.display, True)
        return eid, clean
    nk = name_key(display or clean, etype)
    key = nk.key or clean.casefold()
    eid = registry.find(etype, key) or registry.create(etype, key, display or nk.latin)
    name = display or nk.latin
    _offer_name(registry, eid, name, " " in name)  # the best spelling, not the first seen
    return eid, clean  # the alias as written ("OTAN"), so that a search in its words finds it


def _region_or_country(name: str, etype: str, lang: str) -> bool:
    """A region or landmark of the places table, or for an ORG a country's name (not a city's:
    clubs are named after cities)."""
    place = find_place([name], lang)
    kinds = ("region:", "continent:", "cc:") if etype == "ORG" else ("region:", "continent:")
    return place is not None and place.key.startswith(kinds)


def link(article: Article, registry: EntityRegistry) -> None:
    """Fill `entity_id` on every mention of `article`, growing `registry` as needed."""
    starts, langs = _languages(article)
    full_surnames = fix_person_mentions(article, langs, starts)
    people: list[_Item] = []
    short = head_antecedents(article.mentions, lambda word: org_head(word, "xx"))
    for i, m in enumerate(article.mentions):
        if i in short:
            continue  # linked with the longer name it shortens, below
        lang = lang_at(langs, starts, m.start)
        clean = clean_surface(m.text, lang, m.type)
        if m.type == "PER":
            clean = degenitive(clean, lang, full_surnames)
        if not clean.strip():
            m.entity_id = None
            continue
        if m.type == "PER":
            nk = name_key(clean, "PER")
            if nk.key:
                people.append(_Item(m, lang, clean, nk))
            else:
                m.entity_id = None
            continue
        if m.type in ("ORG", "MISC") and _region_or_country(clean, m.type, lang):
            # "Білий дім" MISC, "White House" ORG, "Maison Blanche" LOC: one place; a country
            # typed ORG for its government ("Ukraine" ORG beside "Ukraine" LOC) is the country.
            m.type = "LOC"
        if m.type == "LOC":
            place = find_place(place_candidates(clean, m.text.strip()), lang)
            if place is not None:
                m.entity_id = _link_place(registry, place)
                registry.add_alias(m.entity_id, lang, clean)
                continue
            if institution(clean) is not None:  # "Sicherheitsrat" typed as a place: a body, never one
                m.type = "ORG"
        named = _body_in_context(article.text, m, clean) if m.type == "ORG" else clean
        eid, _ = _link_other(registry, m.type, named, m.text.strip())
        m.entity_id = eid
        registry.add_alias(eid, lang, clean)
    for i, j in short.items():
        head, target = article.mentions[i], article.mentions[j].entity_id
        head.entity_id = target
        if target is not None:
            registry.add_alias(target, lang_at(langs, starts, head.start), head.text.strip())
    anchors = _anchors(people)
    for i, it in enumerate(people):
        eid = _link_person(registry, it.nk, anchors.get(i))
        it.mention.entity_id = eid
        registry.add_alias(eid, it.lang, it.clean)
        if eid not in registry.bare:  # a linked bare surname does not name the full identity
            # A Cyrillic name is offered in Latin letters too; a Latin-script article's own
            # rendering still outranks that transliteration (see `_rank`).
            display = latin_display(it.nk.latin) if has_cyrillic(it.nk.latin) else it.nk.latin
            _offer_name(registry, eid, display, it.nk.is_full, it.lang)
    relabel(article, registry)
    article.record("link", MODEL, VERSION)


def relabel(article: Article, registry: EntityRegistry) -> None:
    """Point mentions at the current id of their identity (after re-keys and merges).

    A linked bare surname keeps its own id: the link may be revoked by a later full name.
    """
    for m in article.mentions:
        if m.entity_id is not None:
            m.entity_id = registry.current(m.entity_id)


def link_all(articles: list[Article], registry: EntityRegistry) -> None:
    """Link a batch twice: the second pass sees every full name, so ids do not depend on order."""
    for article in articles:
        link(article, registry)
    for article in articles:
        link(article, registry)
    # who bears a bare surname depends on how often each full name was seen: settle again
    # the bare surnames near every name this batch counted, so the end is a function of all
    # the mentions seen, not of when the counts crossed the line
    settled: set[str] = set()
    for eid in sorted(registry.take_voted()):
        for surname in registry.surnames_of(registry.resolve(eid)):
            sound = blocking_key(surname)
            for key in registry.bare_keys_near("PER", surname):
                # only a key spelled or sounding like it can have this name among its candidates
                if key not in settled and (key == surname or (sound and blocking_key(key) == sound)):
                    settled.add(key)
                    _settle_bare(registry, key)
