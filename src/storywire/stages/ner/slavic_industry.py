"""Names of Polish, Russian and Ukrainian news of industry, media and defence the taggers cut
or run on wrong (whole articles only), as the project's guidelines mark them:

- a parliament's committee named by its fields ("Комітету з питань національної безпеки,
  оборони та розвідки", "Комитета по вопросам экономической политики"): the lower-case fields,
  their commas and conjunctions belong to its name; the rules stop at its head noun;
- an exhibition or congress centre named by a capitalised adjective and lower-case words
  ("Міжнародному виставковому центрі", "Международном выставочном центре") is a place (a
  venue where a deal is signed);
- a quoted body's name and the person after its closing quote read as one ("zakładowej
  „Solidarności” Jan Nowak"): the body ends at the quote, the person is two;
- a headline's common noun and the town after "z"/"ze" read as a person ("Fabryka ze
  Skarżyska"): no person's name holds a lower-case "ze", the town is a place;
- a rank's abbreviation opening a sentence ("Gen. Nowak podkreślił") is no name;
- an indeclinable head ("Centrum", "Biuro") or a regional adjective ("Świętokrzyskie") before
  a body the tagger starts one word late ("Centrum" + "Inwestycji Obronnych");
- a Polish trade fair ("Międzynarodowym Salonie Przemysłu Obronnego"): fairs and exhibitions
  are not labelled.
"""

from __future__ import annotations

import functools
import re

from storywire.model import Mention
from storywire.stages.ner import morph
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.rules import org_head

MODEL = "slavic-industry"
# A committee's or commission's head, then "з питань"/"по вопросам" and its lower-case fields,
# commas and conjunctions between them, ending on a word.
_COMMITTEE = re.compile(
    r"(?<![\w-])(?P<body>(?:Комітет|Комитет|Комісі|Комисси)\w* (?:з питань|по вопросам)"
    r"(?: [а-яёіїєґ’'ʼ-]+(?:,(?= [а-яёіїєґ]))?){1,8})"
)
_CONJUNCTIONS = frozenset({"та", "і", "й", "и", "а"})
# An exhibition or congress centre: a capitalised adjective, lower-case adjectives, the kind.
_CENTRE = re.compile(
    r"(?<![\w-])(?P<name>[А-ЯЁІЇЄҐ][а-яёіїєґ’'-]+(?: [а-яёіїєґ’'-]+)?"
    r" (?:виставков|выставочн|конгресн|конгрес-|експоцентр)\w* центр\w*)"
)
# A closing quote inside a mention, then a person's two capitalised words.
_AFTER_QUOTE = re.compile(
    r"^(?P<body>[^„”«»\"]+)[”»\"] (?P<person>[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][\w-]+ [A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][\w-]+)$"
)
_OPENING_QUOTES = '„«"“'
# Polish ranks' abbreviations ("gen. bryg.", "płk", "kmdr"): never a name of their own.
_RANKS = frozenset({"gen", "płk", "ppłk", "mjr", "kpt", "por", "ppor", "kmdr", "adm", "sierż", "st", "szer", "kpr"})
_RANK_BEFORE = re.compile(r"(?<![\w-])(?P<rank>[A-Za-ząćęłńóśźż]{2,5})\. $")
# Indeclinable heads of bodies the Polish tagger leaves out before the genitive after them.
_PL_INDECLINABLE = re.compile(r"(?:^|[^\w-])(?P<head>Centrum|Biuro|Muzeum|Archiwum|Konsorcjum|Studium) $")
# A regional adjective in the plural or feminine ("Świętokrzyskie", "Śląska"), by its suffix.
_PL_REGIONAL = re.compile(
    r"(?:^|[^\w-])(?P<adj>[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+(?:sk|ck|dzk)(?:ie|ich|im|imi|a|iej|ą|iego|iemu|i)) $"
)
# A Polish trade fair's head ("Salon", "Wystawa"), after its capitalised adjectives.
_PL_FAIR = re.compile(r"^(?:[A-ZĄĆĘŁŃÓŚŹŻ]\w+ ){0,2}(?:Salon|Wystaw)\w* [A-ZĄĆĘŁŃÓŚŹŻ]")
_FAIR_TOWN = re.compile(r" we? (?P<town>[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+(?: [A-ZĄĆĘŁŃÓŚŹŻ][\w-]+)?)$")


def slavic_industry(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the names above typed, joined, split, grown or dropped."""
    if language not in ("pl", "ru", "uk"):
        return mentions
    if language in ("ru", "uk"):
        if "з питань" in text or "по вопросам" in text:
            mentions = claimed_spans(text, mentions, _committees(text, language), "ORG", MODEL, 0.8, _longer)
        if "центр" in text:
            spans = (m.span("name") for m in _CENTRE.finditer(text))
            mentions = claimed_spans(text, mentions, spans, "LOC", MODEL, 0.8, _longer)
    if any(q in text for q in '”»"'):
        mentions = _split_at_quotes(text, mentions)
    if language == "pl":
        mentions = _polish(text, mentions)
    return mentions


def _longer(m: Mention, start: int, end: int) -> bool:
    """A longer name holds the span; a mention inside it gives way."""
    return m.start < start or m.end > end


def _committees(text: str, language: str) -> list[tuple[int, int]]:
    """Each committee's span: its fields are genitive nouns and adjectives ("з питань" and
    "по вопросам" govern the genitive), ending on one, no conjunction and no verb after them."""
    spans = []
    for found in _COMMITTEE.finditer(text):
        words = found.group("body").split(" ")
        kept = words[:3]  # the head, "з питань"/"по вопросам"
        for word in words[3:]:
            bare = word.rstrip(",")
            if bare not in _CONJUNCTIONS and not _genitive_word(bare, language):
                break
            kept.append(word)
        words = kept
        while words[-1].rstrip(",") in _CONJUNCTIONS:  # "..., та" before a verb: no field
            words.pop()
        body = " ".join(words).rstrip(",")
        if not body.endswith(("питань", "вопросам")):
            spans.append((found.start("body"), found.start("body") + len(body)))
    return spans


@functools.lru_cache(maxsize=20_000)
def _genitive_word(word: str, language: str) -> bool:
    """A noun or adjective with a genitive reading ("оборони", "національної")."""
    analyzer = morph.analyzer(language)
    return analyzer is not None and any(
        p.tag.POS in ("NOUN", "ADJF", "PRTF") and p.tag.case == "gent" for p in analyzer.parse(word)
    )


def _split_at_quotes(text: str, mentions: list[Mention]) -> list[Mention]:
    """A quoted body opening right after its opening quote, cut at its closing one, and the
    person after it."""
    out: list[Mention] = []
    for m in mentions:
        found = _AFTER_QUOTE.match(m.text)
        if found is None or m.start == 0 or text[m.start - 1] not in _OPENING_QUOTES:
            out.append(m)
            continue
        body = found.group("body")
        person = m.start + found.start("person")
        out.append(Mention(m.start, m.start + len(body), body, "ORG", MODEL, m.confidence))
        out.append(Mention(person, m.end, found.group("person"), "PER", MODEL, m.confidence))
    # the person, found apart inside the joined span, is there once
    return _unique(out)


def _unique(mentions: list[Mention]) -> list[Mention]:
    seen: set[tuple[int, int]] = set()
    out = []
    for m in sorted(mentions, key=lambda m: (m.start, m.end)):
        if (m.start, m.end) in seen:
            continue
        seen.add((m.start, m.end))
        out.append(m)
    return out


def _polish(text: str, mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        if m.text.lower() in _RANKS and text[m.end : m.end + 1] == ".":
            continue  # "Gen. Nowak": a rank
        if m.type == "ORG" and _PL_FAIR.match(m.text):
            # "Międzynarodowym Salonie Przemysłu Obronnego": a fair; the town it is held in stays
            town = _FAIR_TOWN.search(m.text)
            if town is not None:
                start = m.start + town.start("town")
                out.append(Mention(start, m.end, town.group("town"), "LOC", MODEL, m.confidence))
            continue
        rank = _RANK_BEFORE.search(text, max(0, m.start - 12), m.start)
        if m.type != "PER" and rank is not None and rank.group("rank").lower() in _RANKS and m.text.istitle():
            m = Mention(m.start, m.end, m.text, "PER", MODEL, m.confidence)  # "Gen. Kowalski": a person
        words = m.text.split(" ")
        if m.type == "PER" and len(words) == 3 and words[1] in ("z", "ze") and words[2][:1].isupper():
            # "Fabryka ze Skarżyska": a common noun and the town it comes from
            start = m.end - len(words[2])
            out.append(Mention(start, m.end, words[2], "LOC", MODEL, m.confidence))
            continue
        if m.type == "ORG" and not org_head(words[0], "pl"):
            head = _PL_INDECLINABLE.search(text, max(0, m.start - 14), m.start)
            if head is not None and head.end() == m.start:  # "Centrum" + "Inwestycji Obronnych"
                start = head.start("head")
                m = Mention(start, m.end, text[start : m.end], "ORG", MODEL, m.confidence)
        if m.type == "ORG" and (org_head(words[0], "pl") or words[0].startswith("Zakład")):
            adjective = _PL_REGIONAL.search(text, max(0, m.start - 24), m.start)
            if adjective is not None and adjective.end() == m.start:  # "Świętokrzyskie" + "Zakłady ..."
                start = adjective.start("adj")
                m = Mention(start, m.end, text[start : m.end], "ORG", MODEL, m.confidence)
        out.append(m)
    return _without_inside(out)


def _without_inside(mentions: list[Mention]) -> list[Mention]:
    """A mention a grown body now holds is gone."""
    return [
        m
        for m in mentions
        if not any(o is not m and o.start <= m.start and m.end <= o.end and (o.start, o.end) != (m.start, m.end)
                   for o in mentions)
    ]  # fmt: skip
