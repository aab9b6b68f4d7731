"""Person mentions read against the article's full names, before linking (`link.py`).

Taggers get people wrong in ways the article itself corrects: a lone word typed ORG, LOC or
MISC that is the surname of a person named in full here ("SHOIGU", or "Shoigu" as a place)
is that person; a lone place name typed PER that no person here is called is the place
("Kyiv", German "Chinas"); a German genitive before a noun ("Schoigus Besuch", "Moskaus
Position") is the person or place its stem names, and the noun it owns is no person.  At
linking, a German genitive or a Polish case form of a surname named in full here is that
surname (`degenitive`).  Only the article is asked, never the registry, so the results do
not depend on arrival order.  A change here is a change of `link.VERSION`.
"""

from __future__ import annotations

import bisect

from rapidfuzz import fuzz

from storywire.identity.names import clean_surface, name_key
from storywire.identity.organisations import ORG_NAMES
from storywire.identity.places import find_place
from storywire.identity.polish import person_stems
from storywire.model import Article, Mention

FUZZY_SURNAME = 88.0


def _surname_known(surnames: set[str], surname: str) -> bool:
    """A full-name person of the article has this (folded) surname, or one close to it.

    Only the article is asked, never the registry: a decision that depended on what was
    linked before would make identities depend on arrival order.
    """
    if not surname:
        return False
    return surname in surnames or (len(surname) >= 5 and any(fuzz.ratio(surname, s) >= FUZZY_SURNAME for s in surnames))


def _person_surface(text: str) -> str:
    # "SHOIGU" in a headline reads as "Shoigu"; an acronym is too short to be a surname.
    return text.title() if text.isupper() and len(text) >= 4 else text


def _full_surnames(article: Article, langs: list[str], starts: list[int]) -> set[str]:
    out: set[str] = set()
    for m in article.mentions:
        if m.type == "PER":
            nk = name_key(clean_surface(m.text, lang_at(langs, starts, m.start), "PER"), "PER")
            if nk.is_full:
                out.add(nk.surname)
    return out


def fix_person_mentions(article: Article, langs: list[str], starts: list[int]) -> set[str]:
    """Repair what taggers get wrong about people before linking; returns the article's
    full-name surnames.

    A lone word typed ORG/LOC/MISC that is the surname of a person named in full in the
    article ("SHOIGU", or "Shoigu" as a place) becomes PER unless it names a place or a
    known organisation; a German genitive before a noun ("Schoigus Besuch", "Moskaus
    Position") shrinks to the genitive, typed as the person or place its stem names.
    """
    surnames = _full_surnames(article, langs, starts)
    owned: set[str] = set()  # nouns cut from after a genitive ("Besuch" of "Schoigus Besuch")
    for m in article.mentions:
        lang = lang_at(langs, starts, m.start)
        words = m.text.split()
        if m.type in ("ORG", "LOC", "MISC") and len(words) == 1 and m.text not in ORG_NAMES:
            surface = _person_surface(m.text)
            nk = name_key(clean_surface(surface, lang, "PER"), "PER")
            if find_place([surface], lang) is None and _surname_known(surnames, nk.surname):
                m.type = "PER"
        elif m.type == "PER" and len(words) == 1 and not _surname_known(surnames, _bare_surname(m.text, lang)):
            # "Kyiv", "Malatya", German "Chinas": a lone place name no person here is called
            stem = m.text[:-1] if lang == "de" and _genitive(m.text) else m.text
            if _major_place(m.text, lang) or (stem != m.text and _major_place(stem, lang)):
                m.type = "LOC"
        elif m.type == "PER" and lang == "de" and len(words) == 2 and _genitive(words[0]):
            stem = words[0][:-1]
            place = find_place([stem], lang)
            if place is None and not _surname_known(surnames, name_key(stem, "PER").surname):
                continue
            m.end = m.start + len(words[0])
            m.text = words[0]
            m.type = "LOC" if place is not None else "PER"
            owned.add(words[1])
    if owned:  # "Schoigus Besuch" counted "Besuch" as a surname until cut
        surnames = _full_surnames(article, langs, starts)
    _drop_possessed_nouns(article, langs, starts, surnames, owned)
    return surnames


def _drop_possessed_nouns(
    article: Article, langs: list[str], starts: list[int], surnames: set[str], owned: set[str]
) -> None:
    """German "Schoigus Besuch" tagged as one or two names: the word after a genitive name is the
    noun it owns, not a person, and neither is the same word that the tagger's consistency pass
    spread to the rest of the article ("dieser Besuch"), unless a full name here has it as surname."""
    kept: list[Mention] = []
    previous: Mention | None = None
    for m in article.mentions:
        after_genitive = (
            previous is not None
            and m.start == previous.end + 1
            and previous.type in ("PER", "LOC")
            and _genitive(previous.text.split()[-1])
        )
        possessed = (
            m.type == "PER"
            and " " not in m.text
            and (after_genitive or (m.model == "propagated" and m.text in owned))
            and lang_at(langs, starts, m.start) == "de"
            and not _surname_known(surnames, _bare_surname(m.text, "de"))
        )
        if not possessed:
            kept.append(m)
        previous = m
    article.mentions[:] = kept


def _major_place(name: str, lang: str) -> bool:
    # A country or a large city: a small town called "Kim" must not swallow the surname.
    place = find_place([name], lang)
    return place is not None and (place.key.startswith("cc:") or place.population >= 250_000)


def _bare_surname(text: str, lang: str) -> str:
    return name_key(clean_surface(text, lang, "PER"), "PER").surname


def _genitive(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "ß")) and word[:1].isupper()


def lang_at(langs: list[str], starts: list[int], offset: int) -> str:
    return langs[max(0, bisect.bisect_right(starts, offset) - 1)] if starts else langs[0]


def degenitive(clean: str, lang: str, surnames: set[str]) -> str:
    """German "Schoigus" -> "Schoigu", Polish "Putina" -> "Putin", when the stem is the
    surname of a full name here."""
    if lang == "pl" and " " not in clean:
        own = name_key(clean, "PER").surname
        if own not in surnames:
            for stem in person_stems(clean):
                if _surname_known(surnames, name_key(stem, "PER").surname):
                    return stem
        return clean
    if lang != "de" or " " in clean or not _genitive(clean):
        return clean
    stem = clean[:-1]
    own = name_key(clean, "PER").surname
    if own not in surnames and _surname_known(surnames, name_key(stem, "PER").surname):
        return stem
    return clean
