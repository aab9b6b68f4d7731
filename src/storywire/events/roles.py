"""Actors' roles: the title and country a report gives a person, natively per language.

Two shapes are read around each person mention, within its sentence:
  * a title before the name: "Russia's Security Council secretary Sergei Shoigu", "President
    Xi Jinping", "le ministre chinois des Affaires étrangères Wang Yi", "le secrétaire du Conseil
    de sécurité russe, Sergueï Choïgou", "der chinesische Präsident Xi Jinping", "Президент Росії
    Володимир Путін", "заступник голови Ради безпеки Росії Дмитро Медведєв";
  * an apposition after it: "Sergei Shoigu, the secretary of Russia's Security Council," /
    "Sergei Schoigu, dem Sekretär des Sicherheitsrates der Russischen Föderation."
A title is a run of words around a head noun (president, ministre, Sekretär, голова, ...)
made only of title words: modifiers (foreign, sécurité, безпеки), country names and adjectives,
linking words (of, du, des, der) and capitalised words (after the head; before it in English
only).  Anything else (a verb, a conjunction, a number) ends it, and a former role ("former",
"ancien", "ehemalige", "колишній") is no role.  The country is the first country name or
adjective in the title (Babel's country names in the language plus a demonym table, with
inflected forms for Ukrainian, Russian and Polish).

The vocabulary (head nouns, modifiers, former-role words, ...) is in `role_lexicon.py`, the
country names and adjectives in `role_countries.py`.

Merging (`combine`) is commutative and associative, so the order reports arrive in never
changes the result: one title per language is kept (a specific one over 'official' or
'counterpart', then the longer); the shown title and the country come from the best report
(one with a country, then a specific one, then by language: en, fr, de, uk, ru, es, it, pl).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Mapping, Sequence

from storywire.events.role_lexicon import GENERIC_RE, NOT_TITLE, RoleLexicon, role_lexicon
from storywire.model import ActorRole, Article

ROLE_LANGUAGES = ("en", "fr", "de", "uk", "ru", "es", "it", "pl")
_LANG_RANK = {lang: i for i, lang in enumerate(ROLE_LANGUAGES)}
WINDOW = 160  # characters searched on each side of a mention

_TOKEN = re.compile(r"\w+(?:[-‐'’ʼ]\w+)*|[^\w\s]")
_APOS = re.compile(r"['’ʼ]")
_ELIDED = re.compile(r"^(?:l|d|qu|dell|dall|nell|all|sull|un)['’]", re.IGNORECASE)
_END_PUNCT = frozenset(',.;:)!?"»”–—(')

# -- reading one mention ---------------------------------------------------------------------
Token = tuple[int, int, str]  # start, end, text
HEAD, MOD, COUNTRY, LINK, CAP, FORMER, STOP, PUNCT = range(8)


def _core(token: str, lex: RoleLexicon) -> str:
    """The word a token stands for: without an elided article (l'ancien) or a possessive (Russia's)."""
    if _APOS.search(token):
        if lex.lang in ("fr", "it"):
            token = _ELIDED.sub("", token)
        elif lex.lang == "en" and token[-2:].lower() in ("'s", "’s"):
            token = token[:-2]
    return token


@functools.lru_cache(maxsize=65536)
def _kind_cached(token: str, lang: str) -> int:
    return _kind(token, role_lexicon(lang))


def _kind(token: str, lex: RoleLexicon) -> int:
    low = token.lower()
    if not token[0].isalnum():
        return LINK if low in lex.links else PUNCT
    core = _core(token, lex)
    low = core.lower()
    parts = re.split(r"[-‐]", low)
    if lex.former.fullmatch(low) or lex.former.fullmatch(parts[0]):
        return FORMER
    if lex.head.fullmatch(low) or (len(parts) > 1 and lex.head.fullmatch(parts[-1])):
        return HEAD
    if lex.country_word.fullmatch(core) or (len(parts) > 1 and lex.country_word.fullmatch(parts[0])):
        return COUNTRY
    if lex.mod.fullmatch(low):
        return MOD
    if low in lex.links or token.lower() in lex.links:
        return LINK
    if core[0].isupper() and not core[0].isdigit() and low not in NOT_TITLE:
        return CAP
    return STOP


def _pre_ok(kind: int, lex: RoleLexicon) -> bool:
    """May a word of this kind stand before the head ("Chinese Foreign Minister", "chinesische Präsident")?"""
    return kind in (MOD, COUNTRY, HEAD) or (lex.lang == "en" and kind in (CAP, LINK))


def _finish(tokens: list[Token], kinds: list[int], text: str, lex: RoleLexicon) -> tuple[str, str | None] | None:
    """(title, country) from a candidate run of title words, or None."""
    if HEAD not in kinds or FORMER in kinds:
        return None
    first = kinds.index(HEAD)
    k = first
    while k > 0 and _pre_ok(kinds[k - 1], lex):
        k -= 1
    tokens, kinds = tokens[k:], kinds[k:]
    while tokens and (kinds[0] in (LINK, PUNCT) or tokens[0][2].lower() in lex.dets):
        tokens, kinds = tokens[1:], kinds[1:]
    while tokens and kinds[-1] in (LINK, PUNCT):
        tokens, kinds = tokens[:-1], kinds[:-1]
    if not tokens or HEAD not in kinds:
        return None
    start, end = tokens[0][0], tokens[-1][1]
    title = text[start:end]
    title = _ELIDED.sub("", title) if lex.lang in ("fr", "it") else title
    title = " ".join(title.split())
    match = lex.country.search(title)
    country = None
    if match is not None and match.lastgroup:
        country = lex.codes[int(match.lastgroup[1:])]
    return _case(title, kinds, tokens, lex), country


def _case(title: str, kinds: list[int], tokens: list[Token], lex: RoleLexicon) -> str:
    """Lower-case capitals that only mark a sentence start or an English title before a name
    ("President" -> "president", "Prime Minister" -> "prime minister", "Президент Росії" ->
    "президент Росії"); German nouns and proper names keep theirs."""
    if lex.lang == "de" or not title:
        return title
    if lex.lang == "en":
        n = 0
        while n < len(kinds) and kinds[n] in (HEAD, MOD):
            n += 1
        words = title.split(" ")
        if n == 0 or len(words) != len(tokens):
            return title
        return " ".join(w.lower() if i < n and not w.isupper() else w for i, w in enumerate(words))
    if kinds[0] in (HEAD, MOD) or (kinds[0] == COUNTRY and lex.adjective.fullmatch(tokens[0][2])):
        return title[0].lower() + title[1:]
    return title


def _before(text: str, lo: int, start: int, lex: RoleLexicon) -> tuple[str, str | None] | None:
    """A title right before a name: '<title> Name' or '<title>, Name'."""
    tokens = [(m.start() + lo, m.end() + lo, m.group()) for m in _TOKEN.finditer(text[lo:start])]
    if tokens and tokens[-1][2] == ",":
        tokens.pop()
        comma = True
    else:
        comma = False
    run: list[Token] = []
    kinds: list[int] = []
    for token in reversed(tokens):
        kind = _kind_cached(token[2], lex.lang)
        if kind in (STOP, PUNCT):
            break
        run.append(token)
        kinds.append(kind)
        if kind == FORMER:
            break
    run.reverse()
    kinds.reverse()
    found = _finish(run, kinds, text, lex)
    if found is None or (comma and found[1] is None and CAP not in kinds[kinds.index(HEAD) :]):
        return None  # "after meeting the president, Shoigu ...": a comma needs a specific title
    return found


def _after(text: str, end: int, hi: int, lex: RoleLexicon) -> tuple[str, str | None] | None:
    """An apposition right after a name: 'Name, <title>,' up to punctuation or a relative word."""
    stop = min(hi, end + WINDOW)
    tokens = [(m.start() + end, m.end() + end, m.group()) for m in _TOKEN.finditer(text[end:stop])]
    if len(tokens) < 2 or tokens[0][2] != ",":
        return None
    run: list[Token] = []
    kinds: list[int] = []
    closed = stop >= hi  # the sentence ends
    for token in tokens[1:]:
        kind = _kind_cached(token[2], lex.lang)
        if kind == PUNCT and token[2] in _END_PUNCT:
            closed = True
            break
        if kind in (STOP, PUNCT):
            closed = token[2].lower() in lex.boundary and bool(run)
            break
        run.append(token)
        kinds.append(kind)
    if not closed or HEAD not in kinds:
        return None
    if not all(_pre_ok(k, lex) or k == LINK for k in kinds[: kinds.index(HEAD)]):
        return None  # "Shoigu, Moscow's man ..." : only title words may lead to the head
    return _finish(run, kinds, text, lex)


def role_at(text: str, start: int, end: int, lo: int, hi: int, language: str | None) -> tuple[str, str | None] | None:
    """(title, country) the text gives the person named at text[start:end], within [lo, hi)."""
    lex = role_lexicon(language)
    return _after(text, end, min(hi, end + WINDOW), lex) or _before(text, max(lo, start - WINDOW), start, lex)


def article_roles(
    article: Article, mentions: Iterable[tuple[str, int, int]]
) -> tuple[dict[int, ActorRole], dict[str, ActorRole]]:
    """Roles of the given (entity id, start, end) person mentions of `article`.

    Returns (role by mention start, the article's best role per entity id)."""
    text = article.text
    sentences = article.sentences
    starts = [s.start for s in sentences]
    paragraphs = article.paragraphs
    default = article.language
    at: dict[int, ActorRole] = {}
    best: dict[str, ActorRole] = {}
    for eid, start, end in mentions:
        i = bisect.bisect_right(starts, start) - 1
        if 0 <= i < len(sentences) and sentences[i].end >= end:
            lo, hi = sentences[i].start, sentences[i].end
            para = sentences[i].paragraph
            lang = paragraphs[para].language if para < len(paragraphs) and paragraphs[para].language else default
        else:
            lo, hi, lang = max(0, start - WINDOW), min(len(text), end + WINDOW), default
        if lang not in _LANG_RANK:
            lang = default if default in _LANG_RANK else "en"
        found = role_at(text, start, end, lo, hi, lang)
        if found is None:
            continue
        role = ActorRole(found[0], found[1], article.id, lang, {lang or "en": found[0]})
        at[start] = role
        best[eid] = combine(best[eid], role) if eid in best else role
    return at, best


# -- merging -----------------------------------------------------------------------------------
def _title_key(title: str) -> tuple[bool, int, str]:
    return (not GENERIC_RE.search(title), len(title), title)


def _key(role: ActorRole) -> tuple[bool, bool, int, int, str, str]:
    return (role.country is not None, not GENERIC_RE.search(role.title),
            -_LANG_RANK.get(role.language or "", len(_LANG_RANK)), len(role.title), role.title,
            role.evidence_article or "")  # fmt: skip


def combine(a: ActorRole, b: ActorRole) -> ActorRole:
    """One person's roles from two reports (commutative and associative)."""
    titles = dict(a.titles)
    for lang, title in b.titles.items():
        if lang not in titles or _title_key(title) > _title_key(titles[lang]):
            titles[lang] = title
    best = max(a, b, key=_key)
    return ActorRole(best.title, best.country, best.evidence_article, best.language, titles)


def merge_roles(*maps: Mapping[str, ActorRole], keep: Sequence[str] | None = None) -> dict[str, ActorRole]:
    """Roles by actor id from several events; only the ids in `keep` when given."""
    out: dict[str, ActorRole] = {}
    for roles in maps:
        for eid, role in roles.items():
            out[eid] = combine(out[eid], role) if eid in out else role
    if keep is not None:
        wanted = set(keep)
        out = {eid: role for eid, role in out.items() if eid in wanted}
    return dict(sorted(out.items()))


def without_article(role: ActorRole, article_id: str) -> ActorRole | None:
    """`role` once `article_id` no longer reports it: the title it gave goes (the country stays
    when another language's title remains, as titles do not record their own articles)."""
    if role.evidence_article != article_id:
        return role
    titles = {lang: t for lang, t in role.titles.items() if lang != role.language}
    if not titles:
        return None
    lang = min(titles, key=lambda x: _LANG_RANK.get(x, len(_LANG_RANK)))
    return ActorRole(titles[lang], role.country, None, lang, titles)


def role_label(name: str, role: ActorRole | None) -> str:
    """'Sergei Shoigu (secretary of Russia's Security Council, RU)', or the bare name."""
    if role is None:
        return name
    parts = [p for p in (role.title, role.country) if p]
    return f"{name} ({', '.join(parts)})" if parts else name


__all__ = ["ROLE_LANGUAGES", "article_roles", "combine", "merge_roles", "role_at", "role_label", "without_article"]
