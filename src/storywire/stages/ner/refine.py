"""Post-editing of tagger mentions with the rule cues, for news prose.

The tagger learned WikiANN's habits (title fragments, adjectives such as 'deutschen'
tagged LOC, 'Präsident X' inside PER).  In news text those habits cost precision, so:
mentions are trimmed to lower-case-free edges, leading titles are cut off (and make the rest
a person), lone German common nouns are dropped unless the gazetteer knows them.
"""

from __future__ import annotations

import functools

from storywire.model import EntityType, Mention
from storywire.stages.ner import cues
from storywire.stages.ner.gazetteer import place_names
from storywire.stages.ner.rules import org_head as _org_head
from storywire.stages.ner.tokens import Token, is_title, tokenize


def _cap(tok: Token) -> bool:
    return is_title(tok.text) or tok.text[:1].isdigit()


# Languages whose country names inflect after a title ("Prezydent Chin", "президент Росії").
_INFLECTING = frozenset({"pl", "uk", "ru", "cs", "sk"})


@functools.cache
def _place_stems(language: str) -> frozenset[str]:
    """Stems of one-word place names, so inflected forms match ('Chin' ~ 'Chiny')."""
    return frozenset(n[: max(4, len(n) - 2)] for n in place_names(language) if " " not in n and len(n) >= 4)


def _place_like(word: str, language: str) -> bool:
    if word in place_names(language):
        return True
    return len(word) >= 4 and any(word[:k] in _place_stems(language) for k in (len(word), len(word) - 1, len(word) - 2))


def refine(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    titles = cues.PERSON_TITLES.get(language, frozenset())
    stop = cues.STOP_CAPITALS.get(language, frozenset())
    places = place_names(language)
    out: list[Mention] = []
    for m in mentions:
        toks = tokenize(text[m.start : m.end])
        etype: EntityType = m.type
        titled = False
        # Trim lower-case words at both edges ("russischen Sicherheitsrates") and titles at
        # the start; stop-capitals stay, the tagger may know "Die Zeit" or "The Prodigy".
        a, b = 0, len(toks)
        while a < b and (not _cap(toks[a]) or toks[a].text.lower() in titles):
            if toks[a].text.lower() in titles:
                etype = "PER"
                titled = True
            a += 1
        # Trailing lower-case words are kept: "Campeonato mozambiqueño de fútbol" is a name.
        while b > a and toks[b - 1].text in (",", ":", "–", "-"):
            b -= 1
        if a >= b:
            continue
        inner = toks[a:b]
        lower_inner = [t for t in inner if not _cap(t) and t.text.lower() not in cues.NAME_PARTICLES]
        if len(lower_inner) > 3:
            # A run through ordinary words: keep its first capitalised stretch only.
            k = 1
            while k < len(inner) and _cap(inner[k]):
                k += 1
            inner = inner[:k]
        if titled and language in _INFLECTING and len(inner) >= 3 and _place_like(inner[0].text, language):
            # "Prezydent Chin Xi Jinping": an inflected country name before the person.
            s, e = m.start + inner[0].start, m.start + inner[0].end
            out.append(Mention(s, e, text[s:e], "LOC", model=m.model, confidence=m.confidence))
            inner = inner[1:]
        s, e = m.start + inner[0].start, m.start + inner[-1].end
        surface = text[s:e]
        if language == "de" and len(inner) == 1 and surface not in places:
            low = surface.lower()
            if low.endswith(cues.DE_NOUN_SUFFIXES) or low in stop:
                continue
        if _org_head(inner[-1].text, language):
            etype = "ORG"  # "Sicherheitsrates", "Ministerio de Defensa"
        out.append(Mention(s, e, surface, etype, model=m.model, confidence=m.confidence))
    return out
