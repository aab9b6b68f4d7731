"""German firms and what only looks like a name: a firm's owner name before its trade word
("Huber Hochbau AG", where the tagger read "Hochbau AG" alone), the Swiss currency after an
amount ("drei Millionen Franken": no region of Franconia), and a possessive pronoun opening a
"person" ("Unser Keller ist ...").  A firm's short name, its first word alone, where it acts on its
branches, sites or staff ("Die Huber Bau GmbH ..." then "Huber schließt zwei Standorte"), is the
firm even where an owner shares the name (round 40): a person keeps no "Filialen".  So is the
owner's name after a capitalised kind word ("Bootswerft Huber GmbH" then "Huber will rund zwei
Millionen Euro in ... stecken", round 43): the money put into works is the firm's.  Whole articles
only.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.business_names import MODEL as COMPANY_MODEL
from storywire.stages.ner.gazetteer import place_names
from storywire.stages.ner.legal_forms import _ENDS_WITH_FORM
from storywire.stages.ner.word_frequency import zipf

MODEL = "german-firm"
_COMMON_ZIPF = 3.0
# One capitalised word right before a firm's span: its owner's or its own name.
_WORD_BEFORE = re.compile(r"(?<![\w-])(?P<word>[A-ZÄÖÜ][a-zäöüß]+) $")
# An amount before "Franken": a number, or a number word and "Millionen"/"Milliarden".
_AMOUNT_BEFORE = re.compile(
    r"(?:\d|\b(?:Millionen|Milliarden|Mio\.|Mrd\.|Tausend|tausend|hundert|zehn|zwanzig|fünfzig))\s*$"
)
# A firm's things right after its short name and a verb, before the clause ends: the name is the
# firm's ("Huber schließt drei Filialen", "Huber will die übrigen Standorte erhalten").
_FIRM_OBJECT = re.compile(
    r" [a-zäöüß]+(?: [a-zäöüß]+| \d+){0,3} (?:Filialen|Filiale|Standorte|Standort|Werke|Werk|Niederlassungen|"
    r"Arbeitsplätze|Stellen|Beschäftigte|Mitarbeiter|Mitarbeitende)(?![\w-])"
    # or the money it puts into its works (round 43: "X will rund 2 Millionen Euro in ... stecken")
    r"|(?: (?:rund|etwa|knapp|gut|mehr als|bis zu))? \d[\d,.]* (?:Millionen|Milliarden|Mio\.|Mrd\.) Euro in(?![\w-])"
)
# A legal form and a lower-case word after it inside one span: the tagger ran the firm into the
# sentence ("Muster GmbH für Streit gesorgt").
_FORM_THEN_LOWER = re.compile(r"(?<![\w-])(?:GmbH|gGmbH|AG|KG|KGaA|SE|OHG|UG|eG|e\. ?V\.)(?= [a-zäöüß])")
_POSSESSIVES = frozenset(
    {"Unser", "Unsere", "Mein", "Meine", "Dein", "Deine", "Ihr", "Ihre", "Sein", "Seine", "Euer", "Eure"}
)


def _town_adjective(word: str) -> bool:
    """ "Visper", "Münchner": a town's adjective stays out of the firm's name."""
    places = place_names("de")
    return word.endswith("er") and (word[:-2] in places or word[:-3] in places or word[:-1] in places)


def firms_with_owner_names(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with a firm's span (ending with its legal form, starting with a common
    word) grown by the rare name before it; a town's adjective and a common word stay out; a
    span running past its legal form into the sentence cut back to it."""
    if language != "de":
        return mentions
    for m in mentions:
        form = _FORM_THEN_LOWER.search(m.text) if m.type == "ORG" else None
        if form is not None:  # "die Muster GmbH für Streit": the name ends at its legal form
            m.end = m.start + form.end()
            m.text, m.model = text[m.start : m.end], MODEL
        if m.type != "ORG" or not _ENDS_WITH_FORM.search(m.text) or m.start < 2:
            continue
        first = m.text.split()[0]
        if zipf(first.lower(), "de") < _COMMON_ZIPF:
            continue  # the span starts with its own name already
        before = _WORD_BEFORE.search(text, max(0, m.start - 30), m.start)
        if before is None or any(o.start < m.start and o.end > before.start() for o in mentions if o is not m):
            continue
        word = before["word"]
        if zipf(word.lower(), "de") >= _COMMON_ZIPF or word in place_names("de") or _town_adjective(word):
            continue
        m.start = before.start()
        m.text, m.model = text[m.start : m.end], MODEL
    return mentions


def without_currency_and_pronouns(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` without "Franken" after an amount and without a person opened by a
    possessive pronoun."""
    if language != "de":
        return mentions
    out = []
    for m in mentions:
        if m.text == "Franken" and _AMOUNT_BEFORE.search(text, max(0, m.start - 20), m.start):
            continue
        if m.type == "PER" and m.text.split()[0] in _POSSESSIVES:
            continue
        out.append(m)
    return out


def firms_acting_by_short_name(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with a one-word person that names a firm's span with a legal form (its first
    word, or a word before the form) typed a body where the firm's branches, sites, staff or
    investment follow its verb."""
    if language != "de":
        return mentions
    # the firm's first word, or its owner's name after a capitalised kind word ("Bootswerft X GmbH")
    firsts = {
        word
        for m in mentions
        if m.type == "ORG" and " " in m.text and _ENDS_WITH_FORM.search(m.text)
        for word in m.text.split()[:-1]
        if word[:1].isupper() and len(word) > 2
    }
    if not firsts:
        return mentions
    for m in mentions:
        if m.type == "PER" and m.text in firsts and _FIRM_OBJECT.match(text, m.end):
            # the firm by its context: the article-wide vote ("Anna Huber" the owner) leaves it
            m.type, m.model = "ORG", COMPANY_MODEL  # "Huber schließt drei Filialen"
    return mentions
