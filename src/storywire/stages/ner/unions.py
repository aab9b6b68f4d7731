"""Trade unions by name and shape, with the region of a regional branch ("Fit-Cisl Liguria",
"FGTB Liège-Huy-Waremme", "CCOO Castilla y León": one organisation, as the guidelines say).

Taggers read a union's acronym as whatever it looks like: "Filt-Cgil" a place, "Uiltrasporti"
a miscellany, "Verdi" the composer, "Fit-Cisl Liguria" a person.  The unions listed in
`identity.unions` and the Italian category unions by their shape are organisations wherever
they stand as whole words (not inside a compound: "Verdi-Sprecher" names no one); a place right
after one is its branch.  Whole articles only.
"""

from __future__ import annotations

import functools
import re

from storywire.identity.unions import ITALIAN_CATEGORY_UNION, UNIONS
from storywire.model import Mention
from storywire.stages.ner.gazetteer import PhraseMatcher, org_names, place_names
from storywire.stages.ner.tokens import tokenize

MODEL = "union"
# a run of capitalised words after the union, on its line: a region's name is a prefix of it
_OF = re.compile(r" (?:di|de|du|del|della|von) ")
# French branches take the département's article ("CGT de l'Isère", "Medef de la Sarthe")
_OF_FR = re.compile(r" (?:de l['’]|(?:de la|des|de|du) )")
_PARTICLE = re.compile(r"^(?:de la |de l['’]|du |des |de |d['’])")
# a French federation's acronym in capitals right after its confederation ("CGT FAPT")
_FEDERATION = re.compile(r" [A-Z]{2,6}(?![\w'’-])")
_RUN_AFTER = re.compile(
    r"[ '’]((?:[A-ZÀ-ÞĄĆĘŁŃŚŹŻ][\w'’]*)(?:(?:[ -]|-(?=[A-Z])| y | e | et | und )[A-ZÀ-ÞĄĆĘŁŃŚŹŻ][\w'’]*){0,4})"
)


@functools.cache
def _union_names(language: str) -> PhraseMatcher:
    """The listed unions' names that the language's organisation names hold (its script, and
    only its own of the names that are a union in one language: `ONE_LANGUAGE`)."""
    known = org_names(language)
    return PhraseMatcher({name: "ORG" for names in UNIONS.values() for name in names if name in known})


# the confederations an Italian category union's name ends with (a cheap test before the regex)
_CONFEDERATIONS = ("Cgil", "CGIL", "Cisl", "CISL", "Uil", "UIL")
_ITALIAN_UNION = re.compile(rf"(?<![\w.-])(?:{ITALIAN_CATEGORY_UNION.pattern})(?![\w-]|\.\w)")

# A confederation's federation named after it ("Cisl Fp", "Uil Fpl", "Cisl Scuola"): the
# category first, as the confederations' own branches write it
_CONFEDERATION_FIRST = re.compile(
    r"(?<![\w.-])(?:Cgil|CGIL|Cisl|CISL|Uil|UIL) +(?:Fp|FP|Fpl|FPL|Scuola|Università|Medici|Funzione +Pubblica)"
    r"(?![\w-])"
)
# the rest of a branch's area in capitalised words ("Bergamo Sebino")
_AREA_TAIL = re.compile(r"(?: +[A-ZÀ-Þ][\w'’-]+)+")


def _union_spans(text: str, language: str) -> list[tuple[int, int]]:
    """Where the text names a listed union (whole tokens, so not inside a compound:
    "Verdi-Sprecher"; after an elided article too: "dell'Ugl"), or an Italian one by shape."""
    matcher = _union_names(language)
    toks = tokenize(text)
    words = [t.text for t in toks]
    spans: list[tuple[int, int]] = []
    opens = matcher.opens
    for i in [i for i, word in enumerate(words) if opens(word) or "'" in word or "’" in word]:
        word = words[i]
        elided = max(word.find("'", 0, 5), word.find("’", 0, 5))
        if elided > 0 and word[elided + 1 : elided + 2].isupper():
            hit = matcher.match([word[elided + 1 :]], 0)
            if hit is not None:
                spans.append((toks[i].start + elided + 1, toks[i].end))
            continue
        hit = matcher.match(words, i)
        if hit is not None:
            spans.append((toks[i].start, toks[hit[0] - 1].end))
    if language == "it" and any(confederation in text for confederation in _CONFEDERATIONS):
        spans.extend(found.span() for found in _ITALIAN_UNION.finditer(text))
        spans.extend(found.span() for found in _CONFEDERATION_FIRST.finditer(text))
    return sorted(set(spans))


def _branch_end(text: str, end: int, language: str, tagged: frozenset[str] = frozenset()) -> int:
    """The end of the region named right after a union ending at `end` ("Fit-Cisl Liguria",
    "Fabi di Genova"), else `end`; `tagged`: the places the model found, as the gazetteer
    lacks many a département ("Aude", a given name too)."""
    of = (_OF_FR if language == "fr" else _OF).match(text, end)
    places = place_names(language)
    for start in (end, of.end() - 1) if of else (end,):
        run = _RUN_AFTER.match(text, start)
        if run is None:
            continue
        words = re.split(r"(\s+)", run[1])
        for n in range(len(words), 0, -2):
            candidate = "".join(words[:n])
            if (
                candidate in places
                or (candidate.split("-", 1)[0] in places and "-" in candidate)
                or (of is not None and start != end and candidate in tagged)
            ):
                return run.start(1) + len(candidate)
    return end


def trade_unions(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with every union's name an organisation, with its branch's region."""
    spans = _union_spans(text, language)
    if not spans:
        return mentions
    out = list(mentions)
    # the model's places (French: many a département is no gazetteer's town, "Aude" a given name too)
    places = (
        frozenset(_PARTICLE.sub("", m.text) for m in mentions if m.type == "LOC") if language == "fr" else frozenset()
    )
    if language == "it":
        # ... and the Italian model's places and unsure words: the gazetteer misses cities
        # ("Venezia"), and a capitalised word after "Cgil di" is the branch's seat
        places = frozenset(m.text for m in mentions if m.type in ("LOC", "MISC") and " " not in m.text)
    for start, union_end in spans:
        # ... and the model's span that runs from the union over its branch's place ("Umih de
        # l'Aude" read as a person): its last word
        over = (
            {re.split(r"['’ ]", m.text)[-1] for m in out if m.start <= start and union_end < m.end}
            if language == "fr"
            else set()
        )
        end = _branch_end(text, union_end, language, places | over)
        if language == "fr" and end == union_end and text[start:union_end].isupper():
            # a confederation's federation in capitals after it is one name ("CGT FAPT",
            # "FO PTT"): news writes the federation's acronym right after its confederation's
            federation = _FEDERATION.match(text, end)
            end = federation.end() if federation else end
        if language == "it" and end > union_end:
            # the taggers' body that runs from inside the union over more of its area's words
            # ("Cisl" + "Fp Bergamo Sebino"): the branch's area is the whole run
            end = max(
                [end]
                + [
                    m.end
                    for m in out
                    if m.type == "ORG" and start < m.start < end < m.end and _AREA_TAIL.fullmatch(text, end, m.end)
                ]
            )
        overlapping = [m for m in out if m.start < end and start < m.end]
        if any(
            m.type == "ORG" and m.start <= start and end <= m.end and m.text != text[start:end] for m in overlapping
        ):
            continue  # a longer body's name holds it ("Gewerkschaft der Polizei NRW")
        before = [m for m in overlapping if m.start < start and m.end <= end and m.type != "ORG"]
        if before and " " in text[before[0].start : start].strip():
            continue  # more than one word before the union: another name's, left as it is
        for m in before:  # "Protestano First" read as a person: the word before the union stays
            out.append(Mention(m.start, start - 1, text[m.start : start - 1], m.type, m.model, m.confidence))
        if any(m.end > end for m in overlapping):
            continue  # a span the union shares with another name: left to the passes before
        out = [m for m in out if m not in overlapping]
        out.append(Mention(start, end, text[start:end], "ORG", MODEL, 0.9))
    out.sort(key=lambda m: (m.start, m.end))
    return out
