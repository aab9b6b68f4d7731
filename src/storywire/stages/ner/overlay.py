"""Known names laid over a backend's mentions: the organisations listed by name
(`identity.organisations`: "OMS" typed LOC, "Weltgesundheitsorganisation" missed) and the names
an ingest already knows, added where the backend found nothing, retyped where it found the same
span, and put in place of the shorter or longer spans a model made of them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from storywire.identity.names import without_leading_article
from storywire.model import EntityType, Mention
from storywire.stages.ner.gazetteer import PhraseMatcher, known_matcher
from storywire.stages.ner.span_words import starts_sentence
from storywire.stages.ner.titles import is_title_word
from storywire.stages.ner.tokens import tokenize
from storywire.stages.ner.word_frequency import zipf


def overlay_known(text: str, mentions: list[Mention], known: Mapping[str, EntityType]) -> list[Mention]:
    """Add known names the backend missed; a span equal to a known name takes its type."""
    matcher = known_matcher(known)
    return mentions if matcher is None else overlay(text, mentions, matcher, "known")


def overlay(
    text: str, mentions: list[Mention], matcher: PhraseMatcher, model: str, language: str = "xx"
) -> list[Mention]:
    """Add the matcher's names that no mention overlaps; a mention equal to one takes its type;
    an organisation's name replaces the mentions that lie inside it."""
    toks = tokenize(text)
    # An elided article or preposition is one token with the name ("l'ULiège", "dell'Onu"):
    # the name is matched without it.
    # (only a token with an apostrophe can hold one: most tokens skip the pattern)
    match = _ELIDED.match
    cuts = [elided.end() if ("'" in t.text or "’" in t.text) and (elided := match(t.text)) else 0 for t in toks]
    words = [t.text[cut:] for t, cut in zip(toks, cuts, strict=True)]
    by_span = {(m.start, m.end): m for m in mentions}
    for m in mentions:  # "Les Frères musulmans" is the name "Frères musulmans" with its article
        bare = without_leading_article(m.text)
        if bare != m.text:
            by_span.setdefault((m.end - len(bare), m.end), m)
    out = list(mentions)
    i = 0
    # Only a word that opens some name can start a match: the others are skipped in one pass.
    opens = matcher.opens
    for at in [k for k, word in enumerate(words) if opens(word)]:
        if at < i:
            continue  # inside the name matched last
        i = at
        hit = matcher.match(words, i)
        if hit is None:
            continue
        end, etype = hit
        s, e = toks[i].start + cuts[i], toks[end - 1].end
        same = by_span.get((s, e))
        inside = [m for m in out if m.start < e and s < m.end]
        if same is not None:
            same.type = etype
        elif not inside:
            out.append(Mention(s, e, text[s:e], etype, model=model, confidence=0.9))
        elif model == "organisations" and len(inside) == 1 and _office_before(text, inside[0], s, e, language):
            # "Wicemarszałek Sejmu", "warszawskiej Giełdzie Papierów Wartościowych": the name alone
            inside[0].start, inside[0].text, inside[0].type = s, text[s:e], etype
        elif model == "organisations" and len(inside) == 1 and _thing_of(text, inside[0], s, e):
            # "l'hélicoptère Dragon 33 de la Sécurité civile": a vehicle or call sign, no name;
            # its owner is the body
            inside[0].start, inside[0].text, inside[0].type = s, text[s:e], etype
        elif model == "organisations" and len(inside) == 1 and _prose_after(text, inside[0], s, e):
            # "IG Metall droht Volkswagen mit Warnstreiks": a headline run on past the name
            inside[0].end, inside[0].text, inside[0].type = e, text[s:e], etype
        elif model == "organisations" and all(s <= _bare_start(m) and m.end <= e for m in inside):
            # A longer name holds the model's shorter spans: "La France insoumise", a party,
            # not the place "La France"; "Banca d'Italia", not "Italia".
            out = [m for m in out if m not in inside]
            out.append(Mention(s, e, text[s:e], etype, model=model, confidence=0.9))
        i = end
    return out


_ELIDED = re.compile(r"(?:[lLdDnN]|[Qq]u|[Jj]usqu|[Dd]ell|[Nn]ell|[Ss]ull|[Dd]all|[Aa]ll|[Cc]oll)['’](?=\w)")


def _office_before(text: str, m: Mention, s: int, e: int, language: str) -> bool:
    """`m` is an office's title or lower-case description and then the body's name at [s, e):
    neither is part of the name."""
    if not (m.start < s and m.end == e):
        return False
    words = text[m.start : s].split()
    return bool(words) and (
        all(is_title_word(w, language) for w in words)
        or all(w.isalpha() and w.islower() for w in words)
        # a sentence's first word, capitalised only there: "Politycy Prawa i Sprawiedliwości"
        or (len(words) == 1 and starts_sentence(text, m.start) and zipf(words[0].lower(), language) >= _COMMON_OPENING)
    )


_COMMON_OPENING = 3.0  # zipf of a word too common to open a body's name

# "of" before a body's name at the end of a thing's name ("Dragon 33 de la Sécurité civile")
_OF_BODY = re.compile(r"\s(?:de\s+la|de\s+l['’]|du|des|d['’]|of\s+the|der|della|dell['’]|del|dei|degli)\s*$")


def _thing_of(text: str, m: Mention, s: int, e: int) -> bool:
    """`m` is a MISC name (a vehicle, a call sign, a product) ending "of" the body at [s, e)."""
    return m.type == "MISC" and m.start < s and m.end == e and _OF_BODY.search(text, m.start, s) is not None


def _prose_after(text: str, m: Mention, s: int, e: int) -> bool:
    """`m` starts with the body's name at [s, e) and runs on into a lower-case word."""
    if not (m.start == s and m.end > e):
        return False
    rest = text[e : m.end].split()
    # (short words are a name's own prepositions and articles: "Volkswagen do Brasil", "für", "della")
    return bool(rest) and rest[0].isalpha() and rest[0].islower() and len(rest[0]) > 4 and rest[0] not in _OF_WORDS


_OF_WORDS = frozenset({"della", "delle", "degli", "dello", "dalla", "sulla"})


def _bare_start(m: Mention) -> int:
    """Where `m` starts without a leading article ("La France", "la France" -> "France")."""
    bare = without_leading_article(m.text)
    if bare == m.text and m.text[:1].islower() and " " in m.text:
        bare = m.text.split(" ", 1)[1]  # a lower-case article the model took in
    return m.end - len(bare)
