"""Polish firms, mayors' towns and datelines as the guidelines mark them (session 31, round 31;
whole articles only):

- a capitalised kind word before a firm with its legal form is part of its name ("Browar
  Zielony Jar sp. z o.o.", "Winnica Dwa Dęby S.A."): the legal-form pass starts at the name;
- in a title of office the town alone is a place ("Burmistrz Knyszyna" -> "Knyszyna", "wójt
  gminy X"), and the person after it a person: the tagger reads town and person as one
  person, or as one body where the title is in lower case;
- a dateline's town in capitals after the reporter's name ("Jan Nowak, SUWAŁKI") is a place:
  the tagger reads a word in capitals as an acronym's body;
- a sentence's opening "Nowa"/"Nowy" before a lower-case noun ("Nowa hala stanie ...") is an
  adjective, no place; a sentence's opening word before a lower-case body noun and lower-case
  words ("Pomoże agencja rozwoju regionalnego") is no body's name;
- a body the tagger cuts after its head noun is one ("Mazowieckiej Agencji" + "Rozwoju
  Przedsiębiorczości S.A."): the head noun wants the genitive words after it;
- a firm's short name, declined, after the title of its head ("Prezes Wisłoki" of "Zakłady
  Azotowe Wisłoka S.A.") is the firm, though a river or a town share it: the tagger reads the
  genitive a place.  Its model name ("company") keeps it from the article's majority;
- an association's or a foundation's quoted name named again in another case, quoted without
  its kind word ("Stowarzyszenie „Czysta Wierzbica”" ... "członkowie „Czystej Wierzbicy”"), is
  that body, without the quotes: the tagger reads the place inside it;
- a foundation's or an association's name may run through a lower-case preposition ("Fundacja
  Razem przeciw Nałogom"): the tagger ends it before the preposition, the rest a place;
- a cooperative's kind and field before its quoted name is one body with the quotes and the town
  after "w" ("Spółdzielnia Mleczarska „Biały Las” w Sokółce"), as "KWK „X”" and "Urząd Miejski w X";
- a shop named by its owner after its capitalised kind word ("Piekarnię Nowak") is a firm, the
  owner's surname inside it no person: the tagger reads the surname alone;
- a firm's short name after its clients or staff ("wśród kursantów Zebry") is the firm too, and a
  maker between a plant's lower-case kind word and its town ("fabryki Škody w Mladej Boleslavi");
- a hyphenated first word of a firm with its legal form ("Mar-Bud Mazowsze sp. z o.o.") is the
  firm's short name: named again, declined or not ("Mar-Bud", "Mar-Budu", "Mar-Budem"), it is the
  firm wherever it stands, and a head's title before it does not make it a person's ("Prezes
  Mar-Budu Jan Kowal" -> the firm and the person): the tagger reads it a place or a first name.
"""

from __future__ import annotations

import re

from storywire.identity.given_names import given_names
from storywire.model import Mention
from storywire.stages.ner.body_nouns import OWNER_SHOP_MODEL
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.gazetteer import place_names, small_place_names
from storywire.stages.ner.word_frequency import zipf

MODEL = "polish-firm"
_KIND_WORD = re.compile(
    r"(?:Destylarnia|Gorzelnia|Browar|Winnica|Winiarnia|Przetwórnia|Piekarnia|Mleczarnia|Wytwórnia|"
    r"Cukrownia|Tłocznia|Palarnia|Manufaktura|Drukarnia|Kopalnia|Huta|"
    # a plant named by its kind and trade in any case ("Zakładów Chemicznych", "Zakłady Azotowe")
    r"(?:Zakład(?:y|ów|om|ami|ach|u|zie)?|Fabryk(?:a|i|ę|ą)) [A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+"
    r"(?:ne|nych|nym|nymi|na|nej|ną|ny|nego|we|wych|wym|wymi|wa|wej|wą|wy|wego)) $"
)
_FORM_AT_END = re.compile(r"(?:sp\. z o\.o\.|Sp\. z o\.o\.|S\.A\.|sp\. k\.|sp\. j\.|sp\. p\.)$")
_TITLE = re.compile(
    r"(?<![\w-])(?:[Bb]urmistrz(?:a|em|owi)?|[Ww]ójt(?:a|em|owi)?|[Ss]tarost(?:a|y|ą|ie)|"
    r"[Pp]rezydent(?:a|em|owi)?)(?: (?:gminy|miasta|powiatu))? $"
)
_DATELINE_TAIL = re.compile(r"[ \t]*(?:\n|$)")
# "ZGIERZ | Jan Nowak": the dateline's town before a bar or a dash and the reporter's name
_DATELINE_BAR = re.compile(r" (?:\||–|—) ")
_CAPS = re.compile(r"^[A-ZĄĆĘŁŃÓŚŹŻ][A-ZĄĆĘŁŃÓŚŹŻ -]+$")
_NEW = frozenset({"Nowa", "Nowy", "Nowe", "Nową", "Nowego", "Nowej", "Nowym", "Nowi"})
_SENTENCE_START = re.compile(r"(?:^|[.!?…]\s+|\n)$")
_BODY_NOUN = re.compile(r"^(?:agencj|fundacj|spółk|spółdzielni|stowarzyszeni|izb|rad|związ|firm)\w*$")
# a head noun that ends the tagger's first half, and the genitive noun that opens the second
_HEAD_END = re.compile(r"(?:Agencj[aiię]|Agencją|Fundacj[aiię]|Fundacją|Izb[aiyę]|Izbą) $")
_GENITIVE_OPEN = re.compile(r"^(?:Rozwoju|Promocji|Wspierania|Ochrony|Restrukturyzacji|Handlu|Obrotu|Gospodarki)\b")
_UP = "A-ZĄĆĘŁŃÓŚŹŻ"
_COOPERATIVE = re.compile(
    rf"(?<![\w-])Spółdzielni(?:a|i|ę|ą)(?: [{_UP}][\w-]+){{0,4}} „[^”\n]{{1,40}}”(?: w [{_UP}][\w-]+)?"
)

# A foundation's or association's name that runs through a lower-case preposition ("Fundacja
# Wolni od Nałogów", "Stowarzyszenie Razem dla Bałtyku"); "w"/"z" are left out: after them
# comes the body's town.
_THROUGH_PREPOSITION = re.compile(
    r"(?<![\w-])(?:Fundacj|Stowarzyszeni|Towarzystw)\w{0,3}"
    rf"(?: [{_UP}][\w-]+){{1,3}} (?:od|dla|przeciw|bez|na rzecz|wobec|ku) [{_UP}][\w-]+(?: [{_UP}][\w-]+){{0,2}}"
)


def polish_firms(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the names above joined, split, typed or dropped."""
    if language != "pl" or not mentions:
        return mentions
    out: list[Mention] = []
    for k, m in enumerate(mentions):
        before = text[max(0, m.start - 30) : m.start]
        kind = _KIND_WORD.search(before) if m.type == "ORG" and _FORM_AT_END.search(m.text) else None
        if kind is not None:
            start = m.start - len(kind.group())
            m = Mention(start, m.end, text[start : m.end], "ORG", MODEL, m.confidence)
        elif m.text.count(" ") >= 2 and _TITLE.search(before) and _titled_town_person(m):
            town, _, person = m.text.partition(" ")
            out.append(Mention(m.start, m.start + len(town), town, "LOC", MODEL, m.confidence))
            m = Mention(m.end - len(person), m.end, person, "PER", MODEL, m.confidence)
        elif m.type != "LOC" and _CAPS.match(m.text) and _dateline(text, mentions, k):
            m = Mention(m.start, m.end, m.text, "LOC", MODEL, m.confidence)
        elif m.type == "LOC" and m.text in _NEW and _opens_sentence(text, m) and text[m.end : m.end + 2].islower():
            continue  # "Nowa hala": a lower-case noun follows the adjective
        elif m.type == "ORG" and _lower_case_phrase(text, m):
            continue
        out.append(m)
    if any(_HEAD_END.search(m.text + " ") for m in out):
        out = _joined_halves(text, out)
    if "Spółdzielni" in text and "„" in text:
        out = claimed_spans(text, out, [f.span() for f in _COOPERATIVE.finditer(text)], "ORG", MODEL, 0.8)
    if "S.A." in text or "o.o." in text:
        out = _short_names_after_heads(text, out)
        out = _kind_noun_short_names(text, out)
        if "-" in text:
            out = _hyphenated_short_names(text, out)
    if "Fundacj" in text or "Stowarzysz" in text or "Towarzyst" in text:
        out = claimed_spans(text, out, [f.span() for f in _THROUGH_PREPOSITION.finditer(text)], "ORG", MODEL, 0.8)
    if "„" in text:
        out = _quoted_bodies_again(text, out)
    if "arni" in text or "erni" in text:
        shops = [f.span() for f in _OWNER_SHOP.finditer(text)]
        out = claimed_spans(text, out, shops, "ORG", OWNER_SHOP_MODEL, 0.8) if shops else out
    if "fabry" in text or "zakład" in text:
        out = claimed_spans(text, out, [f.span("name") for f in _MAKER_PLANT.finditer(text)], "ORG", MODEL, 0.8)
    return out


# A maker's plant in a town, its kind word in lower case: "fabryki Škody w Mladej Boleslavi",
# "zakładach Toyoty w Wałbrzychu".  The genitive between kind word and "w" is the maker, which the
# tagger leaves out or reads a place; the kind word is no part of it.
_MAKER_PLANT = re.compile(
    r"(?<![\w-])(?:fabryk(?:a|i|ę|ą|ce)|zakład(?:u|zie|ach|ów|ami)) "
    rf"(?P<name>[{_UP}ŠČŽŘ][\w-]+) w(?:e)? [{_UP}]"
)


# A shop named by its owner after its capitalised kind word ("Piekarnię Nowak", "Kwiaciarnia
# Zielińskich"): a firm, the surname inside it no person (session 28's "a shop with a capitalised
# kind word is a firm").  Its model keeps it from the owner's type ("Jan Nowak" runs it).
_OWNER_SHOP = re.compile(
    r"(?<![\w-])(?:Piekar|Cukier|Kwiaciar|Księgar|Masar|Wędliniar|Lodziar|Kawiar|Herbaciar)"
    rf"ni(?:a|i|ę|ą)(?: [{_UP}][a-ząćęłńóśźż]+(?:-[{_UP}][a-ząćęłńóśźż]+)?){{1,2}}(?![\w-])"
)


_FIRM_CORE = re.compile(rf"(?<![\w-])(?P<core>[{_UP}][a-ząćęłńóśźż]{{3,}}) (?:sp\. z o\.o\.|Sp\. z o\.o\.|S\.A\.)$")
_HEAD_TITLE = re.compile(
    r"(?<![\w-])(?:[Pp]rezes(?:a|em|owi)?|[Ww]iceprezes(?:a|em|owi)?|[Zz]arząd(?:u|em|zie)?|"
    r"[Rr]zeczni(?:k|ka|kiem|czka|czki) prasow(?:y|ego|ym|a|ej)) $"
)
_ENDING_VOWELS = "aeiouyąę"


def _short_names_after_heads(text: str, out: list[Mention]) -> list[Mention]:
    roots: set[str] = set()
    for m in out:
        found = _FIRM_CORE.search(m.text) if m.type == "ORG" else None
        if found is not None:
            core = found["core"]
            roots.add(core[:-1] if core[-1] in _ENDING_VOWELS else core)
    if not roots:
        return out
    for k, m in enumerate(out):
        if (
            m.type != "ORG"
            and " " not in m.text
            and any(m.text.startswith(r) and len(m.text) <= len(r) + 3 for r in roots)
            and _HEAD_TITLE.search(text, max(0, m.start - 30), m.start)
        ):
            out[k] = Mention(m.start, m.end, m.text, "ORG", "company", m.confidence)
    # ... and after the firm's clients, trainees or staff ("wśród kursantów Zebry"), where no
    # mention covers the word: the tagger leaves a declined short name out
    taken = [(m.start, m.end) for m in out]
    spans = []
    for found in _PEOPLE_OF.finditer(text):
        s, e = found.span("name")
        word = found["name"]
        if any(word.startswith(r) and len(word) <= len(r) + 3 for r in roots) and not any(
            a < e and s < b for a, b in taken
        ):
            spans.append((s, e))
    if spans:
        out = sorted(
            [*out, *(Mention(s, e, text[s:e], "ORG", "company", 0.8) for s, e in spans)], key=lambda m: m.start
        )
    return out


# A firm named by a common noun between its adjectives ("Mazurska Przystań Jachtowa sp. z o.o."):
# that noun capitalised again inside a sentence, in any case ("zarządem Przystani", "by Przystań
# gwarantowała"), is the firm's short name, which the tagger reads as a person or a place.  Only
# a common noun (a town's name inside a firm, the gazetteer's, is the town again), not an adjective, nor a word
# opening a sentence, where any noun is capitalised.
_FIRM_WORDS = re.compile(rf"^(?P<words>(?:[{_UP}][a-ząćęłńóśźż]+ ){{2,4}})(?:sp\. z o\.o\.|Sp\. z o\.o\.|S\.A\.)$")
_ADJECTIVE_END = re.compile(r"(?:[nw]a|[nw]y|[nw]e|ska|cka|zka|ski|cki|ie|owa|owy|owe)$")
_COMMON_NOUN_ZIPF = 3.0


def _kind_noun_short_names(text: str, out: list[Mention]) -> list[Mention]:
    roots: set[str] = set()
    for m in out:
        found = _FIRM_WORDS.match(m.text) if m.type == "ORG" else None
        for word in found["words"].split() if found is not None else ():
            if (
                len(word) >= 5
                and not _ADJECTIVE_END.search(word)
                and zipf(word.lower(), "pl") >= _COMMON_NOUN_ZIPF
                and word not in place_names("pl")
                and word not in small_place_names("pl")
            ):
                # a soft final consonant turns into "ni", "si" in the other cases ("Przystani")
                roots.add(word[:-1] if word[-1] in _ENDING_VOWELS + "ńśćź" else word)
    if not roots:
        return out
    return [
        Mention(m.start, m.end, m.text, "ORG", "company", m.confidence)
        if m.type != "ORG"
        and " " not in m.text
        and any(m.text.startswith(r) and len(m.text) <= len(r) + 3 for r in roots)
        and not _opens_sentence(text, m)
        else m
        for m in out
    ]


# A firm's hyphenated first word before the rest of its name and its legal form: "Eko-Bud Warmia
# sp. z o.o.", "Pol-Mot S.A." (a town's double name is no firm's first word before a legal form).
_HYPHEN_CORE = re.compile(
    rf"^(?P<core>[{_UP}][a-ząćęłńóśźż]{{1,}}-[{_UP}][a-ząćęłńóśźż]{{2,}})"
    rf"(?: [{_UP}][\w-]*){{0,3}} (?:sp\. z o\.o\.|Sp\. z o\.o\.|S\.A\.|sp\. k\.|sp\. j\.)$"
)
# two capitalised words after the short name: the person the tagger ran it into
_PERSON_AFTER = re.compile(rf"^ (?P<person>[{_UP}][a-ząćęłńóśźż]+(?:-[{_UP}][a-ząćęłńóśźż]+)? [{_UP}][\w-]+)$")


def _hyphenated_short_names(text: str, out: list[Mention]) -> list[Mention]:
    """`out` with each short name of a firm whose first word is hyphenated typed the firm."""
    cores = {f["core"] for m in out if m.type == "ORG" and (f := _HYPHEN_CORE.match(m.text))}
    if not cores:
        return out
    names = "|".join(re.escape(c[:-1] if c[-1] in _ENDING_VOWELS else c) for c in sorted(cores))
    found: list[tuple[int, int]] = [
        f.span() for f in re.finditer(rf"(?<![\w-])(?:{names})[a-ząćęłńóśźż]{{0,3}}(?![\w-])", text)
    ]
    spans: list[tuple[int, int]] = []
    for s, e in found:
        inside = [m for m in out if m.start < e and s < m.end]
        if any(m.type == "ORG" and m.start <= s and e <= m.end for m in inside):
            continue  # the firm's full name, or a longer body holding it
        for m in inside:
            person = _PERSON_AFTER.match(text[e : m.end]) if m.type == "PER" and m.start == s else None
            if person is not None:
                out = [o for o in out if o is not m]
                out.append(Mention(e + 1, m.end, person["person"], "PER", MODEL, m.confidence))
        spans.append((s, e))
    # a longer mention the models found holds more than the short name: it stays
    return claimed_spans(
        text, out, spans, "ORG", "company", 0.8, blocks=lambda m, a, b: m.type == "ORG" or m.start < a or m.end > b
    )


_PEOPLE_OF = re.compile(
    r"(?<![\w-])(?:kursant|klient|pracownik|pracowni|instruktor|właściciel|absolwent|uczni|klientk)\w{0,4} "
    rf"(?P<name>[{_UP}][a-ząćęłńóśźż]{{2,}})(?![\w-])"
)


_QUOTED_BODY = re.compile(r"^(?:Stowarzyszeni|Fundacj|Towarzystw|Spółdzielni|Związ|Klub)\w* „(?P<name>[^„”\n]{3,40})”$")
_QUOTED = re.compile(r"„(?P<name>[^„”\n]{3,40})”")


def _stems(name: str) -> tuple[str, ...]:
    return tuple(w[: max(3, len(w) - 2)].lower() for w in name.split(" "))


def _quoted_bodies_again(text: str, out: list[Mention]) -> list[Mention]:
    names = {_stems(f["name"]) for m in out if m.type == "ORG" and (f := _QUOTED_BODY.match(m.text))}
    if not names:
        return out
    spans = []
    for found in _QUOTED.finditer(text):
        stems = _stems(found["name"])
        same = any(
            len(n) == len(stems) and all(a.startswith(b) or b.startswith(a) for a, b in zip(n, stems, strict=True))
            for n in names
        )
        if same and not any(m.start < found.start() and found.end() <= m.end for m in out):
            spans.append(found.span("name"))
    return claimed_spans(text, out, spans, "ORG", MODEL, 0.8) if spans else out


def _titled_town_person(m: Mention) -> bool:
    """A town and a person after a mayor's title, read by the tagger as one person, or as one
    body ("burmistrz Ustki Anna Nowak"): a body it is not where its last two words are a
    given name and a surname."""
    if m.type == "PER":
        return True
    words = m.text.split(" ")
    return m.type == "ORG" and len(words) == 3 and words[1] in given_names("pl") and words[2][:1].isupper()


def _lower_case_phrase(text: str, m: Mention) -> bool:
    words = m.text.split(" ")
    return (
        len(words) >= 3
        and _BODY_NOUN.match(words[1]) is not None
        and all(w == w.lower() for w in words[1:])
        and _opens_sentence(text, m)
    )


def _joined_halves(text: str, out: list[Mention]) -> list[Mention]:
    """Two ORGs one space apart, the first ending in a body's head noun and the second opening
    with the genitive noun it governs: one ORG."""
    i = 0
    while i + 1 < len(out):
        a, b = out[i], out[i + 1]
        if (
            a.type == "ORG"
            and b.type == "ORG"
            and b.start == a.end + 1
            and text[a.end] == " "
            and _HEAD_END.search(a.text + " ")
            and _GENITIVE_OPEN.match(b.text)
        ):
            out[i : i + 2] = [Mention(a.start, b.end, text[a.start : b.end], "ORG", MODEL, a.confidence)]
        i += 1
    return out


def _dateline(text: str, mentions: list[Mention], k: int) -> bool:
    """The mention ends its line and follows "Name Surname, " typed a person, or opens its line
    before a bar and such a person who ends it."""
    if k + 1 < len(mentions) and (mentions[k].start == 0 or text[mentions[k].start - 1] == "\n"):
        reporter = mentions[k + 1]
        if (
            reporter.type == "PER"
            and _DATELINE_BAR.fullmatch(text, mentions[k].end, reporter.start)
            and _DATELINE_TAIL.match(text, reporter.end) is not None
        ):
            return True
    if k == 0 or _DATELINE_TAIL.match(text, mentions[k].end) is None:
        return False
    reporter = mentions[k - 1]
    line_start = text.rfind("\n", 0, reporter.start) + 1
    return reporter.type == "PER" and reporter.start == line_start and text[reporter.end : mentions[k].start] == ", "


def _opens_sentence(text: str, m: Mention) -> bool:
    return _SENTENCE_START.search(text[max(0, m.start - 3) : m.start]) is not None or m.start == 0
