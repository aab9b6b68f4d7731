"""Russian and Ukrainian health and research bodies named by a capitalised adjective, a kind
noun and a lower-case genitive field (whole articles only).

- "Регіональний центр кардіохірургії", "Национальный институт сердечно-сосудистой хирургии",
  "Обласний центр екстреної медичної допомоги" are one ORG, in every case ("Регіональному
  центрі кардіохірургії"); the taggers see a capitalised adjective before common nouns and
  leave it out, or end at the kind noun ("Національному інституті").
- A name "імені"/"имени" a person, with the person's initials, belongs to the body
  ("... імені М. М. Амосова"), as the guidelines keep "театр драмы имени А. Н. Островского"
  one ORG; the taggers type the surname PER.
- A care home's quoted name after its lower-case noun is the home, an institution as a hospital
  is, without the quotes ("пансионата для пожилых «X»", "хоспісу «X»"): the taggers leave a
  quoted common phrase untagged.  The noun alone, capitalised at a sentence's start
  ("Пансионат принадлежит ..."), is no name.
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


# Care homes by their noun, in any case: "пансионат", "дом-интернат", "дом престарелых", "хоспис".
_CARE = (
    r"(?:пансионат|пансіонат|интернат|інтернат|хоспис|хоспіс)[а-яіїє]{0,3}"
    r"|(?:дом|будин(?:ок|к))[а-яу]{0,3}(?:-(?:интернат|інтернат)[а-яіїє]{0,3}| престарелых| для (?:пожилых|літніх))"
)
# ... (capitalised at a sentence's start too) its lower-case complement ("для пожилых", "для
# літніх людей"), then the quoted name
_CARE_HOME = re.compile(rf"(?<![\w-])(?i:{_CARE})(?: [а-яёіїєґ]+){{0,3}} «(?P<name>[^«»\n]{{2,40}})»")
_CARE_NOUN = re.compile(rf"^(?:{_CARE})$", re.IGNORECASE)


def slavic_health(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the bodies above as one ORG each, in place of the pieces inside; a care
    home's quoted name ORG, a care-home noun alone dropped."""
    if language not in _LANGUAGES:
        return mentions
    if any(kind in text for kind in _TRIGGERS):
        bodies = [found.span() for found in _BODY.finditer(text)]
        mentions = claimed_spans(text, mentions, bodies, "ORG", MODEL, 0.75) if bodies else mentions
    if any(kind in text.lower() for kind in ("пансі", "пансио", "интернат", "інтернат", "хосп", "престарелых")):
        homes = [found.span("name") for found in _CARE_HOME.finditer(text)]
        mentions = claimed_spans(text, mentions, homes, "ORG", MODEL, 0.75) if homes else mentions
        mentions = [m for m in mentions if not _CARE_NOUN.match(m.text)]  # "Пансионат принадлежит ООО"
    return mentions
