"""German charity and volunteering news by its kind words (the guidelines of session 31, round
30): a volunteer fire brigade's unit named with its village is one body ("Löschzug Suderwich",
"Löschgruppe Altenberg"); a parish named by a hyphenated dedication is one body without the
adjective before it ("evangelische Paul-Gerhardt-Kirchengemeinde" -> "Paul-Gerhardt-
Kirchengemeinde"); a generic kind noun before a firm's full name with its legal form stays
out ("Wohnungsgenossenschaft Neue Heimstatt eG" -> "Neue Heimstatt eG"; a kind noun with a
single word after it is the name's own: "Agrargenossenschaft Boblitz eG"); a town's council
named bare after its article is a body ("der Stadtrat werde beraten", "im Kreistag").

The tagger leaves a unit's village and a hyphenated parish untagged, keeps the kind noun in a
coop's span and takes no bare council.  Whole articles only; each rule looks only where its
kind word stands.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.gazetteer import place_names
from storywire.stages.ner.legal_forms import _ENDS_WITH_FORM
from storywire.stages.ner.word_frequency import zipf

MODEL = "german-volunteers"
# A fire brigade's or a rescue service's local unit and the village or quarter it is named by.
_UNIT = re.compile(
    r"(?<![\w-])(?:Löschzug|Löschzuges|Löschzugs|Löschgruppe|Löscheinheit|Löschbezirk|Löschbezirks|"
    r"Ortsfeuerwehr|Ortswehr|Jugendfeuerwehr|Feuerwehrabteilung|Ortsabteilung) "
    r"(?P<place>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*)(?![\w-])"
)
# A common word after the unit's noun is a quarter by its compass point or a sentence's word
# ("Löschzug Nord", "Löschgruppe Mitte" are kept out, not worth the risk); a rare word or a
# known place is the village.
_COMMON_ZIPF = 3.0
# A parish named by its dedication, hyphenated ("Gustav-Adolf-Kirchengemeinde", "Sankt-Paulus-
# Pfarrgemeinde"); the adjective before it ("evangelische") is no part of it.
_PARISH = re.compile(
    r"(?<![\w-])(?:[A-ZÄÖÜ][a-zäöüß]+\.?-){1,3}(?:Kirchengemeinde|Kirchgemeinde|Pfarrgemeinde)(?![\w-])"
)
# A cooperative's kind noun opening a firm's span (a company's "-gesellschaft" is often its
# name's own: "Wohnungsbaugesellschaft Mitte").
_FIRM_NOUN = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]*genossenschaft (?=[A-ZÄÖÜ])")
# A housing cooperative's kind word: such cooperatives carry a name of their own ("Wohnungsbau-
# genossenschaft Heimat eG"), where a farmers' one is named by its village ("Agrargenossenschaft X eG").
_HOUSING = re.compile(r"(?:Wohnungs|Wohnungsbau|Bau|Siedlungs|Wohn)genossenschaft ")
# A town's council after its article, named by nothing else: no person's name, no town and no
# link after it ("der Stadtrat Müller", "Stadtrat von Bad Tölz" are other rules').
# A town's planning or building office and a town's assembly are named bare as well ("das
# Bauamt prüft", "Stadtverordnetenversammlung stimmt zu" in a headline, after no article).
_BARE_OFFICE = (
    r"(?:Stadtplanungs|Planungs|Bau|Bauordnungs|Stadtentwicklungs|Grünflächen|Liegenschafts|"
    # the public-order and road-traffic offices act bare as well ("das Ordnungsamt kontrolliert")
    r"Ordnungs|Straßenverkehrs)amt(?:e?s)?"
    r"|Stadtverordnetenversammlung|Gemeindevertretung"
)
_MONTHS = "(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)(?![\\w-])"
_BARE_COUNCIL = re.compile(
    # a sentence may open with the preposition ("Im Gemeinderat verlangte ...")
    r"(?:(?<![\w-])(?:[Dd]er|[Dd]en|[Dd]em|[Dd]es|[Dd]as|[Dd]ie|[Ii]m|[Vv]om|[Bb]eim|[Zz]um|[Zz]ur) |^)"
    rf"(?P<body>(?:Stadt|Gemeinde|Marktgemeinde|Markt)rat(?:e?s)?|Kreistag(?:e?s)?|{_BARE_OFFICE})"
    # a date after "im" is the sentence's ("der Gemeinderat im Februar"), a place after it the council's
    rf"(?![\w-])(?! (?:[A-ZÄÖÜ]|von |der |des |in |für |im (?!{_MONTHS})))",
    re.M,
)


def german_volunteers(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the units, parishes, firms and councils above."""
    if language != "de":
        return mentions
    out = mentions
    for m in out:
        kind = _FIRM_NOUN.match(m.text) if m.type == "ORG" else None
        # the rest a name of its own before its form ("Neue Heimstatt eG"), not a village's
        if kind is not None and _ENDS_WITH_FORM.search(m.text) and _own_name(text, m, kind.group()):
            m.start += kind.end()
            m.text, m.model = text[m.start : m.end], MODEL
    if "Lösch" in text or "wehr" in text or "abteilung" in text:
        places = place_names("de")
        units = [
            f.span()
            for f in _UNIT.finditer(text)
            if f["place"] in places or zipf(f["place"].lower(), "de") < _COMMON_ZIPF
        ]
        out = claimed_spans(text, out, units, "ORG", MODEL, 0.8)
    if "gemeinde" in text:
        out = claimed_spans(text, out, [f.span() for f in _PARISH.finditer(text)], "ORG", MODEL, 0.8)
    if any(w in text for w in ("rat", "Kreistag", "amt", "versammlung", "vertretung")):
        councils = [f.span("body") for f in _BARE_COUNCIL.finditer(text)]
        out = claimed_spans(text, out, councils, "ORG", MODEL, 0.8)
    return out


def _own_name(text: str, m: Mention, kind: str) -> bool:
    """Whether the name after a cooperative's kind word stands alone: two words or more before
    its form ("Neue Heimstatt eG"), a housing cooperative's, or one the article also uses alone
    ("der Heimat"), so the kind word is no part of it."""
    rest = _ENDS_WITH_FORM.sub("", m.text[len(kind) :])
    if rest.count(" ") >= 1 or _HOUSING.fullmatch(kind):
        return True
    alone = re.compile(rf"(?<![\w-]){re.escape(rest)}(?![\w-])(?!,? (?:eG|e\.G\.))")
    return any(not m.start <= f.start() < m.end for f in alone.finditer(text))
