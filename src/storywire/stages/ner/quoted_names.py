"""Ukrainian and Russian names in guillemets after a kind word: "фракції «Слуга народу»",
"компанія «Нафтогаз»", "міста «Галич»", "партия «Единая Россия»".

These languages capitalise only a name's first word and quote the names of parties, firms,
outlets and clubs, so the rules see one capitalised word ("Слуга", a servant) or a surname
("Галич").  The kind word before the quotation mark says what the whole quoted name is: an
organisation after a party, faction, company or outlet, a place after a town or village.
Quoted speech has no such word before it and is left alone.
"""

from __future__ import annotations

import re

from storywire.model import EntityType, Mention

LANGUAGES = frozenset({"uk", "ru"})
# (an outlet's name may open with a number: "виданню «20 хвилин»")
# (a kind word may hold an apostrophe: "об'єднання «X»")
_QUOTED = re.compile(r"([\w'’ʼ]+)\s+«([А-ЯІЇЄҐЁA-Z0-9][^«»\n]{0,40})»")
# Stems of kind words in any case ("фракції", "компанією", "партии").
_ORG_STEMS = (
    "парті", "парти", "фракці", "фракци", "компані", "компани", "концерн", "холдинг", "банк", "блок", "рух",
    "движени", "об'єднанн", "об’єднанн", "объединени", "телеканал", "газет", "агентств", "видан", "издани",
    "клуб", "корпораці", "корпораци", "груп", "оператор", "завод", "підприємств", "предприяти", "фонд",
    # carriers and tour operators of travel news ("перевізник «Карпати Тур»", "туроператора «Итиль»")
    "перевізник", "перевозчик", "туроператор", "авіакомпані", "авиакомпани", "лейбл",
)  # fmt: skip
# A verb of telling before a quoted capitalised name in the dative names the outlet told
# ("рассказал «Известиям»", "розповіла «Українській правді»"); quoted speech after such a verb
# has a colon or ends in punctuation, which the check in `quoted_names` leaves out.
_SPEECH_STEMS = ("рассказал", "сообщил", "заявил", "пояснил", "розповів", "розповіла", "повідомив", "заявив", "пояснив")
_PLACE_STEMS = ("міст", "місті", "селищ", "сел", "город", "поселк", "посёлк", "смт")


def _kind(word: str) -> EntityType | None:
    low = word.lower()
    if low.startswith(_ORG_STEMS) or low.startswith(_SPEECH_STEMS):
        return "ORG"
    if low.startswith(_PLACE_STEMS) and len(low) <= 7:  # "міста", "селі", not "селекція"
        return "LOC"
    return None


def quoted_names(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with each quoted name after a kind word as one mention of that kind."""
    if language not in LANGUAGES or "«" not in text:
        return mentions
    out = list(mentions)
    for found in _QUOTED.finditer(text):
        etype = _kind(found.group(1))
        name = found.group(2).strip()
        if etype is None or len(name.split()) > 4:
            continue
        if found.group(1).lower().startswith(_SPEECH_STEMS) and (
            len(name.split()) > 3 or re.search(r"[.,!?:;…]", name)
        ):
            continue  # quoted speech, not an outlet
        s = found.start(2)
        e = s + len(name)
        inside = [m for m in out if m.start < e and s < m.end]
        if any(m.start < s or m.end > e for m in inside):
            continue
        out = [m for m in out if m not in inside]
        out.append(Mention(s, e, name, etype, model="quoted-name", confidence=0.8))
    return sorted(out, key=lambda m: (m.start, m.end))
