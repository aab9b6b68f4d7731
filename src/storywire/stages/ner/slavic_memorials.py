"""Memorials, alleys, reserves, parishes, forestry units, council departments and customs news
in Polish, Russian and Ukrainian, as the project's guidelines mark them.

- A memorial or reserve named in quotes after its lower-case kind word is a place, the name
  without the quotes ("меморіалу «Журавлі»" -> "Журавлі", "rezerwatu „Dolina X”"); the
  models read the quoted name as a body.
- A memorial alley with its capitalised kind word is a place, whole, like a street ("Алея
  Героїв", "Аллея Славы"); the rules leave it untyped.
- A parish or a state forestry unit named by its adjective is a body ("Свято-Покровської
  парафії", "Шатурского лесничества"); the models read a place or nothing.
- A Ukrainian or Russian ministry "у справах" / "по делам" of some group is one body up to
  its country ("Міністерство у справах ветеранів" + "України").
- A league or association of a trade before its country is a body ("Асоціація ... України"),
  and so is a ministry with its lower-case portfolio ("Міністерство молоді та спорту" + "України").
- A council's department with a capitalised "Управління" and a lower-case portfolio inside a
  sentence is a body ("Управлінню капітального будівництва").
- A foreign firm's two-part "Co., Ltd." keeps its full stop at a sentence's end.
- A state information system after "системе" is a product, no name ("в системе ГосЛес").
- A quotation's opening words are no name ("«Схема не новая: ...»"): a model's mention that
  starts at the quote mark, holds a lower-case word and stops short of the closing mark.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner import morph
from storywire.stages.ner.claimed_spans import claimed_spans

MODEL = "slavic-memorial"
_UP = "A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ"
_LOW = "a-ząćęłńóśźżа-яёіїєґ'’"
_QUOTED_PLACE = re.compile(
    r"(?<![\w-])(?:меморіал|мемориал|memoriał|rezerwat|заповідник|заповедник|заказник)\w{0,3}"
    r" [«„\"](?P<name>[^«»„”\"\n]{2,50})[»”\"]"
)
_ALLEY = re.compile(
    rf"(?<![\w-])(?:Але(?:я|ї|ю|єю)|Алле(?:я|и|ю|е|ей)) [{_UP}][{_LOW}-]+(?: [{_UP}][{_LOW}-]+)?(?![\w-])"
)
_ADJ_BODY = re.compile(
    rf"(?<![\w-])[{_UP}][\w'’-]+(?:ої|ого|ий|а|ая|ой|ом|ому|ій|ский|ское|ского|ском)"
    r" (?:парафі(?:я|ї|ю|єю)|приход(?:а|у|ом|е)?|лесничеств(?:о|а|у|ом|е)|лісництв(?:о|а|у|ом|і)"
    r"|лесхоз(?:а|у|ом|е)?|лісгосп(?:у|ом|і)?)(?![\w-])"
)
_AFFAIRS_MINISTRY = re.compile(
    rf"(?<![\w-])(?:Міністерств(?:о|а|у|ом|і) у справах|Министерств(?:о|а|у|ом|е) по делам)"
    rf"(?: [{_LOW}-]+){{1,3}}?(?= [{_UP}])"
)
# ... else (no country after it) its first word alone: "Міністерство у справах ветеранів пообіцяло"
_AFFAIRS_ONE = re.compile(
    rf"(?<![\w-])(?:Міністерств(?:о|а|у|ом|і) у справах|Министерств(?:о|а|у|ом|е) по делам) [{_LOW}-]+"
)
_DEPARTMENT = re.compile(
    rf"(?<=[{_LOW},] )(?:Управлін(?:ня|ню|ням|ні)|Управлени(?:е|я|ю|ем|и))"
    rf" [{_LOW}-]+(?:ого|ої|их|ой|ых) [{_LOW}-]+(?: [{_LOW}-]+(?:ого|ої|их|ой|ых) [{_LOW}-]+)?(?![\w-])"
)
# the two-part Asian form writes both stops ("LONGi ... Co., Ltd." in the labelled set); a
# lone "Ltd. Сделка" leaves the sentence's stop out (legal_forms.with_legal_forms)
# A league or association of some trade before its country is a body even opening a sentence:
# the country after the lower-case genitive tells it from a common phrase ("Ліга страхових
# організацій" + "України"; the country stays a place of its own)
_LEAGUE = re.compile(
    rf"(?<![\w-])(?:Ліг[аиіу]|Асоціаці[яїю]|Лиг[аиеу]|Ассоциаци[яию])"
    rf" [{_LOW}-]+(?:их|ых) [{_LOW}-]+(?= (?:України|Украины|России|Росії|Польщі|Польши)(?![\w-]))"
)
# A ministry's lower-case portfolio before its country is its name, whatever the tagger knows
# of it ("Міністерство молоді та спорту" + "України"): genitive nouns and adjectives joined by
# "і"/"та"/"и"; the country stays a place of its own.
_COUNTRY_MINISTRY = re.compile(
    rf"(?<![\w-])(?:Міністерств(?:о|а|у|ом|і)|Министерств(?:о|а|у|ом|е))(?P<portfolio>(?: [{_LOW}-]+){{1,5}}?)"
    r"(?= (?:України|Украины|России|Росії)(?![\w-]))"
)
_PORTFOLIO_JOINS = frozenset({"і", "й", "та", "и"})
_FORM_DOT = re.compile(r"(?<!\w)Co\., Ltd$")
_SYSTEM = re.compile(r"(?<![\w-])(?:систем[аеуыіиой]{1,2}|платформ[аеуыі]) $")
_CAMEL = re.compile(rf"[{_LOW}][{_UP}]")


def slavic_memorials(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the memorials, alleys, bodies, forms, systems and quotations above."""
    if language not in ("pl", "ru", "uk"):
        return mentions
    if "мемор" in text or "memoria" in text or "rezerwat" in text or "заповід" in text or "заповед" in text:
        spans = [f.span("name") for f in _QUOTED_PLACE.finditer(text)]
        mentions = claimed_spans(text, mentions, spans, "LOC", MODEL, 0.8) if spans else mentions
    if language != "pl":
        if "Але" in text or "Алле" in text:
            spans = [f.span() for f in _ALLEY.finditer(text)]
            mentions = claimed_spans(text, mentions, spans, "LOC", MODEL, 0.8) if spans else mentions
        if "парафі" in text or "приход" in text or "лесни" in text or "лісни" in text or "лесхоз" in text:
            spans = [f.span() for f in _ADJ_BODY.finditer(text) if not _opens_sentence(text, f.start())]
            mentions = claimed_spans(text, mentions, spans, "ORG", "slavic-parish", 0.8) if spans else mentions
        if "справах" in text or "по делам" in text:
            spans = [_affairs_span(text, g) for g in _AFFAIRS_ONE.finditer(text)]
            mentions = claimed_spans(text, mentions, spans, "ORG", "slavic-ministry", 0.8) if spans else mentions
        if "Міністерств" in text or "Министерств" in text:
            spans = [f.span() for f in _COUNTRY_MINISTRY.finditer(text) if _portfolio(f["portfolio"], language)]
            mentions = claimed_spans(text, mentions, spans, "ORG", "slavic-ministry", 0.8) if spans else mentions
        if "Управл" in text:
            spans = [f.span() for f in _DEPARTMENT.finditer(text)]
            mentions = claimed_spans(text, mentions, spans, "ORG", "slavic-department", 0.8) if spans else mentions
        if "Ліг" in text or "Асоціаці" in text or "Лиг" in text or "Ассоциаци" in text:
            spans = [f.span() for f in _LEAGUE.finditer(text)]
            mentions = claimed_spans(text, mentions, spans, "ORG", "slavic-league", 0.8) if spans else mentions
        if "систем" in text or "платформ" in text:
            mentions = [m for m in mentions if not _system_name(text, m)]
    if "«" in text or "„" in text:
        mentions = [m for m in mentions if not _quotation_opening(text, m)]
    return [_with_dot(text, m) for m in mentions] if "Co., Ltd" in text else mentions


def _affairs_span(text: str, one: re.Match[str]) -> tuple[int, int]:
    """A ministry "у справах" with its portfolio up to its country, else its first word."""
    whole = _AFFAIRS_MINISTRY.match(text, one.start())
    return whole.span() if whole else one.span()


def _portfolio(words: str, language: str) -> bool:
    """Lower-case words that can name a ministry's remit: genitive nouns ("молоді", "спорту"),
    adjectives in the genitive ("закордонних") and joins, never a verb ("повідомило громадян")."""
    parts = words.split()
    if parts[0] in _PORTFOLIO_JOINS or parts[-1] in _PORTFOLIO_JOINS:
        return False
    return all(w in _PORTFOLIO_JOINS or _GENITIVE_ADJECTIVE.search(w) or _genitive_noun(w, language) for w in parts)


def _genitive_noun(word: str, language: str) -> bool:
    """Any genitive noun reading, an adjective's as well ("молоді": youth's, and young)."""
    analyzer = morph.analyzer(language)
    if analyzer is None:
        return False
    return any(p.is_known and p.tag.POS == "NOUN" and p.tag.case == "gent" for p in analyzer.parse(word))


_GENITIVE_ADJECTIVE = re.compile(r"(?:их|ых|ого|ої|ой)$")


def _opens_sentence(text: str, start: int) -> bool:
    """Whether `start` opens a sentence or a paragraph (an adjective capitalised as the first word)."""
    before = text[:start].rstrip(" ")
    return not before or before[-1] in ".!?\n:"


def _system_name(text: str, m: Mention) -> bool:
    """An information system's one-word name, written in camel case, after "системе"."""
    return (
        " " not in m.text and bool(_CAMEL.search(m.text)) and bool(_SYSTEM.search(text, max(0, m.start - 12), m.start))
    )


def _quotation_opening(text: str, m: Mention) -> bool:
    """A mention that opens a quotation with a clause's particle or pronoun and stops inside it."""
    if m.start == 0 or text[m.start - 1] not in "«„" or m.end >= len(text) or text[m.end] in '»”"':
        return False
    words = m.text.split()
    # a particle or pronoun, which names lack ("Международный уголовный суд" stays a body)
    return len(words) >= 2 and any(w in _CLAUSE_WORDS for w in words[1:])


_CLAUSE_WORDS = frozenset(
    {"не", "ни", "это", "уже", "был", "была", "было", "были", "бы", "же", "ли", "у", "мы", "я", "он", "она", "они"}
    | {
        "це",
        "вже",
        "був",
        "була",
        "було",
        "були",
        "б",
        "ж",
        "чи",
        "ми",
        "він",
        "вона",
        "вони",
        "nie",
        "to",
        "już",
        "jest",
    }
)


def _with_dot(text: str, m: Mention) -> Mention:
    """A Latin legal form's abbreviation with its full stop."""
    if m.type == "ORG" and _FORM_DOT.search(m.text) and text[m.end : m.end + 1] == ".":
        return Mention(m.start, m.end + 1, text[m.start : m.end + 1], m.type, m.model, m.confidence)
    return m
