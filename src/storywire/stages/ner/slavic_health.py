"""Russian and Ukrainian health and research bodies named by a capitalised adjective, a kind
noun and a lower-case genitive field (whole articles only).

- "Регіональний центр кардіохірургії", "Национальный институт сердечно-сосудистой хирургии",
  "Обласний центр екстреної медичної допомоги" are one ORG, in every case ("Регіональному
  центрі кардіохірургії"); the taggers see a capitalised adjective before common nouns and
  leave it out, or end at the kind noun ("Національному інституті").
- A name "імені"/"имени" a person, with the person's initials, belongs to the body
  ("... імені М. М. Амосова"), as the guidelines keep "театр драмы имени А. Н. Островского"
  one ORG; the taggers type the surname PER.
The field must be in the genitive ("кардіохірургії", "хирургии", "крові"): "Обласний центр
залишився без світла" is a regional capital that acts, no body's name.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans

MODEL = "slavic-health"
_LANGUAGES = ("ru", "uk")
_HEAD = (
    r"(?:Регіональн|Обласн|Національн|Республіканськ|Всеукраїнськ|Міськ|Український|Українськ|"
    r"Региональн|Областн|Национальн|Республиканск|Всероссийск|Городск|Федеральн|Российск)[а-яіїєґ]{0,4}"
)
_KIND = (
    r"(?:центр|інститут|институт|госпіталь|госпиталь|диспансер|шпиталь)"
    r"(?:а|у|і|ом|е|ові)?"
)
# A lower-case genitive word: "кардіохірургії", "серцево-судинної", "хирургии", "крові", "зору".
_GENITIVE = r"[а-яёіїєґ’'-]+(?:ії|ї|ої|ого|их|ів|ии|ей|ой|ых|ов|ові|ві|ру|ку|ду|ту|ги|ки|ди)"
_NAMED_AFTER = r"(?: (?:імені|имени)(?: [А-ЯЁІЇЄҐ]\.){0,2} [А-ЯЁІЇЄҐ][а-яёіїєґ’'-]+)?"
_TRIGGERS = ("центр", "інститут", "институт", "госпіт", "госпит", "шпит", "диспансер")
# Two fields joined by "та"/"і"/"и" ("хірургії та трансплантології") are one body's.
_FIELDS = rf"(?: {_GENITIVE}){{1,4}}(?: (?:та|і|и|й)(?: {_GENITIVE}){{1,3}})?"
_BODY = re.compile(rf"(?<![\w-]){_HEAD} {_KIND}{_FIELDS}(?![\w-]){_NAMED_AFTER}")


def slavic_health(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the bodies above as one ORG each, in place of the pieces inside."""
    if language not in _LANGUAGES or not any(kind in text for kind in _TRIGGERS):
        return mentions
    bodies = [found.span() for found in _BODY.finditer(text)]
    return claimed_spans(text, mentions, bodies, "ORG", MODEL, 0.75) if bodies else mentions
