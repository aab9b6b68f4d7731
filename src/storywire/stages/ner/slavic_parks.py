"""Russian and Ukrainian technology and industrial parks as the guidelines mark them (session
31, round 31; whole articles only):

- a park is a place where firms are its residents or work ("резидент технопарка «X»", "из «X»",
  "в «X» работают"), its quoted name alone, and a body where it acts ("«X» вошёл в капитал"):
  the taggers read every quoted park as a body.  A name counts as a park's once the article
  writes it after "технопарк"/"індустріальний парк";
- a bare capitalised kind word opening a sentence ("Технопарк открылся ...") is no name.
"""

from __future__ import annotations

import re

from storywire.model import Mention

MODEL = "slavic-park"
_LANGUAGES = frozenset({"ru", "uk"})
_PARK_NAME = re.compile(
    r"(?<![\w’'-])(?:[Тт]ехнопарк|[Іі]ндустріальн\w* парк|[Ии]ндустриальн\w* парк|[Нн]аукоград|"
    r"[Бб]изнес-инкубатор|[Бб]ізнес-інкубатор)\w* «(?P<name>[^«»\n]{1,40})»"
)
# before the quotes: a preposition of place, or the park's kind word after "резидент"
_PLACE_CUE = re.compile(
    r"(?:(?<![\w’'-])(?:[Вв]|[Вв]о|[Ии]з|[Нн]а|[Уу]|[Зз]|[Іі]з|[Дд]о|территории|території) "
    r"|резидент\w* (?:технопарк|парк)\w* )«$"
)
_BARE_KIND = frozenset(
    {"Технопарк", "Технопарка", "Технопарке", "Технопарку", "Бизнес-инкубатор", "Бізнес-інкубатор", "Акселератор"}
)


def slavic_parks(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with parks where something happens typed LOC, bare kind words dropped."""
    if language not in _LANGUAGES or not mentions:
        return mentions
    lowered = text.lower()
    if "парк" not in lowered and "інкубатор" not in lowered and "инкубатор" not in lowered:
        return mentions
    parks = {f["name"] for f in _PARK_NAME.finditer(text)}
    out: list[Mention] = []
    for m in mentions:
        if m.text in _BARE_KIND:
            continue
        if m.type == "ORG" and m.text in parks and _PLACE_CUE.search(text, max(0, m.start - 40), m.start):
            m = Mention(m.start, m.end, m.text, "LOC", MODEL, m.confidence)
        out.append(m)
    return out
