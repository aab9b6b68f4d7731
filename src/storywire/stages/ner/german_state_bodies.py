"""German state bodies written as one compound ("Bundesregierung", "Außenministerium",
"Bundesverfassungsgericht"), for `boundaries.repair`: an organisation wherever a model left
it untagged (WikiANN tags every one of them); a ministry's field is part of its name
("Bundesministerium für Bildung und Forschung").
"""

from __future__ import annotations

import re

from storywire.model import Mention

# A German state body in one word (a government prefix, then the body's head), and the
# few bodies named otherwise ("Auswärtiges Amt", "Kanzleramt", "Landtag", a county's "Kreistag").
_DE_STATE_BODY = re.compile(
    r"\b(?:(?:Bundes|Landes|Staats|Außen|Verteidigungs|Innen|Finanz|Justiz|Wirtschafts|Gesundheits|Umwelt"
    r"|Landwirtschafts|Arbeits|Familien|Bildungs|Verkehrs|Entwicklungs|Kultus|Sozial|Treuhand)[a-zäöüß]*"
    r"(?:ministerium|ministeriums|regierung|tag|tages|tags|rat|rates|rats|wehr|gericht|gerichts"
    r"|gerichtshof|gerichtshofs|kanzleramt|kanzleramtes|kanzleramts|bank|amt|amtes|amts"
    r"|agentur|behörde|anstalt|zentrale|institut|instituts|kommission)"
    r"|Auswärtige[nms]?[ \t]+Amte?s?|Kanzleramte?s?|Landtag(?:e?s)?|Kreistag(?:e?s)?"
    # a cantonal or city office by its field alone: "Dienststelle für Naturgefahren", "Amt für Umwelt"
    r"|(?:Dienststelle|Fachstelle|Amt)(?=[ \t]+für[ \t]+[A-ZÄÖÜ])"
    # a Land's or the federation's operating agency by its field ("Landesbetrieb für Straßenbau");
    # without a field "ein Staatsbetrieb" is any state-owned firm
    r"|(?:Landes|Bundes)betrieb(?=[ \t]+für[ \t]+[A-ZÄÖÜ])"
    # a state's ministry by its adjective and its fields: "Hessische Ministerium für Wirtschaft, Energie
    # und Verkehr" (the tagger stops at the first comma)
    r"|(?:[A-ZÄÖÜ][a-zäöüß]+ische[nms]?[ \t]+)?Ministerium(?=[ \t]+für[ \t]+[A-ZÄÖÜ]))\b(?!-)"
)
# A ministry's or agency's field is part of its name: "Bundesministerium für Bildung und
# Forschung", "Bundesagentur für Arbeit".
_DE_MINISTRY_FIELD = re.compile(
    r"[ \t]+für(?:[ \t]+(?:[a-zäöüß]+(?:e|en|er|es)[ \t]+)?[A-ZÄÖÜ][\w-]*(?:,|[ \t]+und)?)+"
)


_BRACKETED_ACRONYM = re.compile(r" \((?P<acronym>[A-ZÄÖÜ][\w.-]{1,12}[\w])\)")


# Heads whose field follows with "für": "Bundesagentur für Arbeit", "Bundesamt für Migration".
_FIELD_HEADS = (
    "ministerium",
    "agentur",
    "amt",
    "behörde",
    "anstalt",
    "zentrale",
    "institut",
    "kommission",
    "stelle",
    "betrieb",
)


def german_state_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` plus the state bodies ("Bundesregierung") that none of them covers."""
    found: list[Mention] = []
    for hit in _DE_STATE_BODY.finditer(text):
        start, end = hit.start(), hit.end()
        field = _DE_MINISTRY_FIELD.match(text, end) if hit.group().lower().endswith(_FIELD_HEADS) else None
        if field:
            tail = re.sub(r"(?:,|[ \t]+und)$", "", field.group())
            # a model's span inside the field is the field's ("Landesamt" + "Denkmalpflege Sachsen")
            inside = [m for m in mentions if m.start < end + len(tail) and end < m.end]
            head = [m for m in mentions if m.start < end and start < m.end]
            # ... and one that runs on only over the body's bracketed acronym gives the acronym
            # ("Nationalpark und Meeresschutz (LKN.SH)")
            acronym = _BRACKETED_ACRONYM.match(text, end + len(tail))
            if all(m.end <= end + len(tail) or (acronym and m.end == acronym.end()) for m in inside) and all(
                m.start >= start for m in head
            ):
                mentions = [m for m in mentions if m not in inside and m not in head]
                if acronym and any(m.end == acronym.end() for m in inside):
                    s, e = acronym.span("acronym")
                    found.append(Mention(s, e, text[s:e], "ORG", model="rules:de", confidence=0.8))
                end += len(tail)
        if all(end <= m.start or start >= m.end for m in mentions):
            found.append(Mention(start, end, text[start:end], "ORG", model="rules:de", confidence=0.8))
    return sorted(mentions + found, key=lambda m: (m.start, m.end)) if found else mentions
