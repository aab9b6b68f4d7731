"""storywire's tokens, re-glued where WikiANN (the NER training data) keeps one token.

The neural taggers learned WikiANN's tokens; reading a text cut the same way keeps a name
whole ("St. Moritz", "1. FC Köln") and a sentence from ending inside one.
"""

from __future__ import annotations

import re
import unicodedata

from storywire.stages.ner.tokens import Token, tokenize


def _mark(ch: str) -> bool:
    return unicodedata.category(ch) == "Mn"


# Abbreviations that WikiANN keeps as one token with their full stop, which stands before a
# name and ends no sentence ("St. Moritz", "Dr. Weber", "św. Jana", "им. Ленина"): by language,
# and for every language written in Latin script.
_ABBREVIATIONS = frozenset(
    {"St", "Dr", "Prof", "Mr", "Mrs", "Ms", "Mt", "Ft", "Jr", "Sr", "Sgt", "Capt", "Lt", "Col", "Gov", "Sen"}
    | {"Rep", "Nr", "No", "Vol", "vs", "Hl", "Ste", "Sta", "Co", "Bros", "var", "subsp"}
)
_LANGUAGE_ABBREVIATIONS = {
    "pl": frozenset({"św", "im", "ks", "bł", "gen", "prof", "dr", "ul", "ok", "abp", "bp", "płk"}),
    "ru": frozenset({"им", "св", "ул", "пр", "ген"}),
    "uk": frozenset({"ім", "св", "вул", "пр", "ген"}),
}
# Languages that write an ordinal number as its digits and a full stop ("am 20. Juli", "1. FC
# Köln", "2. Bundesliga", "1. Liga"); WikiANN keeps "20." one token.
_DOTTED_ORDINALS = frozenset({"de", "pl", "nl", "cs", "da", "no", "fi", "hu", "sk", "sl", "hr"})


_WIKI_OPENING = re.compile(r"''|\*+|\[\[")


def _dotted(prev: Token, text: str, stop: Token, language: str | None) -> bool:
    """`prev` and the full stop `stop` right after it are one WikiANN token: an abbreviation,
    or (in a language that writes them so) an ordinal number before a word."""
    word = prev.text
    if word in _ABBREVIATIONS or word in _LANGUAGE_ABBREVIATIONS.get(language or "", ()):
        return True
    if language in _DOTTED_ORDINALS and word.isdigit() and len(word) <= 3:
        after = text[stop.end : stop.end + 2]
        return after[:1] == " " and after[1:].isalpha()
    return False


def _opens(text: str, tok: Token) -> bool:
    """`tok` starts the text or follows a space."""
    return tok.start == 0 or text[tok.start - 1].isspace()


def wikiann_tokens(text: str, language: str | None = None) -> list[Token]:
    """storywire's tokens, re-glued where WikiANN (the training data) keeps one token.

    With no space between them: runs of one repeated punctuation mark ('' ** == ``, wiki
    markup), a detached "'s", words split by a combining accent ("Горня́к"), numbers
    with inner separators ("100,9", "1920—1922"), abbreviations and dotted ordinals with
    their full stop ("St.", "20."), and wiki markup left on a word ("''Charente", an italic
    title's opening quotes; "*Dengel", a list item; "[[Huwei" and "Dilly]]", a link's ends)
    are single tokens there.  News has no
    such markup, but the evaluation files do.
    """
    out: list[Token] = []
    for tok in tokenize(text):
        prev = out[-1] if out else None
        if prev is None or prev.end != tok.start:
            out.append(tok)
            continue
        t = tok.text
        glue = (
            (len(t) == 1 and not t.isalnum() and set(prev.text) == {t})
            or (t == "." and _dotted(prev, text, tok, language))
            or (_WIKI_OPENING.fullmatch(prev.text) and t[0].isalnum() and _opens(text, prev))
            or (prev.text in ("'", "’") and t == "s" and _opens(text, prev))
            or _mark(t[0])
            or _mark(prev.text[-1])
        )
        if glue:
            out[-1] = Token(prev.text + t, prev.start, tok.end)
            if out[-1].text == "]]" and len(out) > 1 and out[-2].end == prev.start and out[-2].text[-1].isalnum():
                out[-2:] = [Token(out[-2].text + "]]", out[-2].start, tok.end)]
        elif (
            t[0].isdigit()
            and prev.text in (",", ".", ":", "–", "—")
            and len(out) > 1
            and out[-2].end == prev.start
            and out[-2].text[-1].isdigit()
        ):
            out[-2:] = [Token(out[-2].text + prev.text + t, out[-2].start, tok.end)]
        else:
            out.append(tok)
    return out
