"""A faculty, department or clinic named with its university or hospital is one organisation
(and an English institution with its town, "Royal Infirmary of Edinburgh"):
"Medizinischen Fakultät der Universität Leipzig", "Wydział Chemii Uniwersytetu Warszawskiego",
"физический факультет СПбГУ", "Department of Physics of the University of Oslo".

The project's guidelines mark a university's department with it.  Models find the university
and leave the faculty before it untagged, or cut it in two; here the university's span grows
back over the words before it to the faculty's head word ("Fakultät", "Wydział", "факультет"),
through the link between them ("der", "of the", "de l'", "dell'") and at most six words of the
faculty's field ("Chemii", "biomedichnoi inzhenerii", "Scienze Economiche e Aziendali").
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.cues import word_set

MODEL = "faculty"
# A faculty's head, and the adjective a German, Russian or Ukrainian one puts before it.
_HEADS = word_set(
    "fakultät fakultaet institut klinik lehrstuhl abteilung faculty department school college "
    "faculté département laboratoire facultad departamento escuela facoltà dipartimento scuola "
    "wydział wydziału wydziale wydziałem katedra katedry katedrze klinika kliniki klinice instytut instytutu "
    "факультет факультета факультете факультету факультетом кафедра кафедры кафедре кафедри кафедрою "
    "клиника клиники клініка клініки"
)
# What a university or hospital is called: its span must name one to take a faculty in.
_UNIVERSITY = re.compile(
    r"(?i)univers|uniwersyt|университет|університет|politecnic|politechnik|hochschule|akademi|academ|"
    r"академи|академі|hospital|klinikum|szpital|больниц|лікарн|centrum klin|ГУ$|МГУ|КПІ|ETH|EPFL|MIT"
)
_LINK = re.compile(r"(?:\s+(?:der|des|of the|of|de la|du|de|del|della|di)\s+|\s+(?:de l|dell|d)['’]|\s+)$")
_CYRILLIC = re.compile(r"[а-яіїєґ]")
_FIELD_WORDS = word_set("of and und für de des du la y e i et di del della dei degli та і и по з w o")  # "Nauk o Ziemi"
_TOKEN = re.compile(r"[\w’'-]+|[^\w\s]")


def faculties_with_universities(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with each university's span grown over the faculty named right before it."""
    out = list(mentions)
    for m in mentions:
        if m.type != "ORG" or not _UNIVERSITY.search(m.text):
            continue
        start = _faculty_start(text, m.start)
        if start is None or start >= m.start:
            continue
        inside = [o for o in out if o is not m and o.start < m.start and o.end > start]
        if any(o.start < start for o in inside):
            continue  # a mention across the faculty's first word: leave the models' reading
        out = [o for o in out if o is not m and o not in inside]
        out.append(Mention(start, m.end, text[start : m.end], "ORG", model=MODEL, confidence=m.confidence))
    return sorted(out, key=lambda o: (o.start, o.end))


def _faculty_start(text: str, at: int) -> int | None:
    """Where the faculty named right before `at` begins, or None."""
    link = _LINK.search(text, max(0, at - 12), at)
    end = link.start() if link else at
    base = max(0, end - 160)
    tokens = list(_TOKEN.finditer(text, base, end))
    field: list[str] = []
    for i in range(len(tokens) - 1, max(-1, len(tokens) - 9), -1):
        word = tokens[i].group()
        if not word[0].isalnum():
            return None  # punctuation before any head: no faculty phrase
        if word.lower() in _HEADS and (word[:1].isupper() or _CYRILLIC.match(word)):  # "the school of" is none
            start = tokens[i].start()
            if i > 0 and _adjective(tokens[i - 1].group()):
                start = tokens[i - 1].start()  # "Medizinischen Fakultät", "физический факультет"
            return start if _field_words(field) else None
        field.append(word)
    return None


def _adjective(word: str) -> bool:
    return bool(re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+(?:ischen|ische|ischer)|[а-яіїєґ]+(?:ий|ый|ой|ій|ого|ому)", word))


def _field_words(words: list[str]) -> bool:
    """The field between the head and the link: capitalised words, or lower-case ones in Russian
    and Ukrainian ("біомедичної інженерії"), with "and" or "of" between them."""
    return all(w[:1].isupper() or w.lower() in _FIELD_WORDS or re.fullmatch(r"[а-яіїєґ’'-]+", w) for w in words)


# English institutions named with their town after "of" ("Royal Infirmary of Edinburgh") or after
# a saint ("St John's Hospital"): one body, which spaCy splits or reads as a person.
_ENGLISH_HEADS = (
    "Infirmary", "Hospital", "University", "College", "Institute", "School", "Academy", "Observatory",
    # bodies whose fixed name ends with the country or town they serve ("Central Bank of Kenya",
    # "Simon Communities of Ireland", "Law Society of Scotland")
    # (not "Council": "Constitutional Council" + "France" is a state body and its country)
    "Bank", "Society", "Communities", "Association", "Federation", "Confederation", "Trust", "Foundation", "League",
    "Alliance", "Church",
)  # fmt: skip
_SAINTS_BODY = re.compile(
    r"(?<![\w-])St\.? [A-Z][a-z]+['’]s (?:University |Children's |Children’s )?"
    r"(?:Hospital|School|College|Infirmary|Hospice)"
)


def english_institutions(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with "<institution> of <town>" joined and a saint's hospital or school found."""
    if language != "en":
        return mentions
    out: list[Mention] = []
    for m in mentions:
        last = out[-1] if out else None
        if (
            last is not None
            and (last.type == "ORG" or (last.type == "PER" and " " in last.text))  # "Simon Communities" PER
            and last.text.endswith(_ENGLISH_HEADS)
            and m.type == "LOC"
            and text[last.end : m.start] == " of "
        ):
            last.end, last.text, last.model, last.type = m.end, text[last.start : m.end], MODEL, "ORG"
            continue
        out.append(m)
    spans = [found.span() for found in _SAINTS_BODY.finditer(text)] if "St" in text else []
    return claimed_spans(text, out, spans, "ORG", MODEL, 0.8) if spans else out
