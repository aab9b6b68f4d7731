"""German industry and politics news by its kind words (the guidelines of session 28, round 22):
a parliament's committee and the parliament are two bodies ("Ausschuss für Wirtschaft des
Landtags" -> committee + "Landtags"); "Landtag von Baden-Württemberg" is one body; a member
with her party in brackets is a person and a party ("Anna Beck (Grüne)"); a firm named with its
legal form is named again by its first word and that word's genitive ("Kessler Antriebe GmbH"
-> "Kessler", "Kesslers"), and a rare word before "X Holding AG" is part of it; an industrial
estate is one place with its kind word ("Gewerbegebiet Lindenhof"); a bank's or a firm's kind
noun before its name stays out ("Förderbank KfW" -> "KfW"); a weapon named after its kind noun
is a product, not a body ("Kampfpanzer Leopard"); the Swabian Jura's regions are places.

The tagger runs the committee into its parliament, the party into the person, reads a firm's
short name as a person and a tank as a firm.  Whole articles only; each rule looks only where
its kind word stands.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.gazetteer import place_names
from storywire.stages.ner.german_arts import _FIRM_KIND
from storywire.stages.ner.word_frequency import zipf

MODEL = "german-industry"
_RARE_ZIPF = 3.0
_SHORT_ZIPF = 3.5
_PARLIAMENTS = r"Landtag(?:e?s)?|Bundestag(?:e?s)?|Bundesrat(?:e?s)?|Abgeordnetenhauses|Europäischen Parlaments"
_COMMITTEE = re.compile(rf"^(?P<committee>(?:Unter)?[Aa]usschuss(?:es)? .+?) (?:des|der) (?P<house>{_PARLIAMENTS})$")
_LANDTAG_OF = re.compile(r"(?<![\w-])Landtag(?:e?s)? von (?=[A-ZÄÖÜ])")
_MEMBER_PARTY = re.compile(
    r"^(?P<person>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)? [A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?) "
    r"\((?P<party>[A-ZÄÖÜ][A-Za-zÄÖÜ]*[A-ZÜ][\w/ -]*|Grünen?|Linke|Freie Wähler|Bündnis 90/Die Grünen)\)$"
)
_LEGAL_FORM = re.compile(r" (?:GmbH(?: & Co\. KG)?|AG|SE|KG|KGaA|GmbH & Co KG|mbH)$")
# First words of firms that are common words, not a short name ("Deutsche Bank AG").
_NOT_SHORT = frozenset({"Deutsche", "Deutscher", "Neue", "Erste", "Allgemeine", "Vereinigte", "Bayerische"})
_ESTATE = re.compile(
    # a chemical park or site is an estate too ("Chemiepark Leunastadt"): things burn in it, its operator acts
    r"(?<![\w-])(?:Industriegebiet|Gewerbegebiet|Industriepark|Gewerbepark|Gewerbe- und Industriegebiet|Chemiepark|"
    r"Chemiestandort|Industriestandort) "
    r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?(?![\w-])"
)
# Kind nouns set before a firm's or a bank's name in apposition.
_APPOSITION = re.compile(
    r"^(?:Förderbank|Landesförderbank|Rüstungskonzern|Rüstungshersteller|Rüstungsfirma|Autobauer|Mobilfunker|"
    r"Mobilfunkanbieter|Netzbetreiber|Telekomkonzern|Medienkonzern|Molkereikonzern|Agrarkonzern|Chemiekonzern|"
    r"Technologiekonzern|Zulieferer|Discounter|Handelskonzern|"
    # any group or operator by its trade, with a town's adjective before it ("Frankfurter
    # Spezialchemiekonzern X SE", "Parkbetreiberin X GmbH"): the trade and the town stay out
    r"(?:[A-ZÄÖÜ][a-zäöüß]+er )?[A-ZÄÖÜ][a-zäöüß]*(?:konzern|betreiberin|betreiber)(?= [^ ]+ .*(?:GmbH|AG|SE|KG)$)|"
    # a trade association's kind before its registered name ("Arbeitgeberverband X Logistik e. V."):
    # the registered name is the name; a "Landesverband X" is named by its kind and stays whole
    r"(?:Arbeitgeberverband|Branchenverband|Fachverband|Dachverband|Wirtschaftsverband|Unternehmerverband|"
    r"Interessenverband)(?= [^ ]+ .*(?:e\. ?V\.|GmbH|AG|eG)$)"
    r") (?=[A-ZÄÖÜ])"
)
# Weapon kinds: the name after them is a product.
_WEAPON = re.compile(
    r"(?<![\w-])(?:Schützenpanzer|Kampfpanzer|Radpanzer|Transportpanzer|Spähpanzer|Panzerhaubitze|Kampfjet|"
    r"Kampfflugzeug|Kampfhubschrauber|Transporthubschrauber|Flugabwehrsystem|Luftabwehrsystem|Raketenwerfer)"
    r"(?: (?P<name>[A-ZÄÖÜ][\w-]*(?: \d+\w*)?))?(?![\w-])"
)
_REGIONS = re.compile(r"(?<![\w-])(?:Ostalb|Westalb|Schwäbische[nr]? Alb|Zollernalb|Albtrauf)(?![\w-])")
# A parish or a union branch named with its town: the town named again after "in" is a place.
_TOWN_BODY = re.compile(
    r"^(?:.+ )?(?:Kirchengemeinde|Pfarrgemeinde|Pfarrei|IG Metall|Verdi|Ortsverein) (?P<town>[A-ZÄÖÜ][a-zäöüß]+)$"
)
# A platform's or a service's trade noun right before one word the tagger read as a person
# ("der Fahrdienstvermittler Zippo", "Lieferdienst Flink"): the word is the firm, and so is the
# same word typed a person elsewhere in the article (round 42).
_TRADE_BEFORE = re.compile(
    r"(?<![\w-])[A-ZÄÖÜ][a-zäöüß]*(?:vermittler|vermittlers|plattform|anbieter|anbieters|lieferdienst|fahrdienst) $"
)
_COMMON_NOUNS = frozenset({"Werk", "Werks", "Konzern", "Konzerns", "Unternehmen", "Unternehmens", "Firma"})


def german_industry(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the bodies above split, joined or claimed, and products dropped."""
    if language != "de":
        return mentions
    out = [m for m in mentions if not (m.type == "ORG" and m.text in _COMMON_NOUNS)]
    if "usschuss" in text or "(" in text or "von " in text:
        out = _split_and_join(text, out)
    if any(w in text for w in ("GmbH", "AG", "SE", "KG")):
        out = _firm_short_names(text, out)
    if "gebiet" in text or "park" in text or "standort" in text:
        out = claimed_spans(text, out, [f.span() for f in _ESTATE.finditer(text)], "LOC", MODEL, 0.8)
    if "panzer" in text or "Kampf" in text or "system" in text or "werfer" in text:
        for found in _WEAPON.finditer(text):
            s, e = found.start(), found.end()
            out = [m for m in out if not (m.type in ("ORG", "MISC", "PER") and m.start >= s and m.end <= e)]
    for m in out:
        if (cut := _APPOSITION.match(m.text)) and m.type == "ORG":
            m.start += cut.end()
            m.text = m.text[cut.end() :]
            m.model = MODEL
    if "alb" in text or "Alb" in text:
        out = [m for m in out if not (m.type == "ORG" and _REGIONS.fullmatch(m.text))]
        spans = [f.span() for f in _REGIONS.finditer(text)]
        out = claimed_spans(text, out, spans, "LOC", MODEL, 0.8)
    if any(w in text for w in ("vermittler", "plattform", "anbieter", "dienst ")):
        out = _platform_firms(text, out)
    if "gemeinde " in text or "Pfarrei " in text or "IG Metall " in text or "Ortsverein " in text:
        out = _body_towns(text, out)
    return out


def _platform_firms(text: str, mentions: list[Mention]) -> list[Mention]:
    """A one-word "person" after a platform's trade noun typed a firm, with its other lone
    "person" mentions; not a surname the article gives a full name for."""
    surnames = {m.text.rsplit(" ", 1)[1] for m in mentions if m.type == "PER" and " " in m.text}
    firms = {
        m.text
        for m in mentions
        if m.type == "PER"
        and m.text.isalpha()
        and m.text not in surnames
        and _TRADE_BEFORE.search(text, max(0, m.start - 40), m.start)
    }
    for m in mentions:
        if m.type == "PER" and m.text in firms:
            m.type, m.model = "ORG", MODEL
    return mentions


def _body_towns(text: str, mentions: list[Mention]) -> list[Mention]:
    """The town of "Kirchengemeinde Wasseralfingen" named alone after "in": a place."""
    towns = {f["town"] for m in mentions if m.type == "ORG" and (f := _TOWN_BODY.match(m.text))}
    spans = [
        f.span("town") for t in towns for f in re.finditer(rf"(?<![\w-])(?:in|aus|nach) (?P<town>{t})(?![\w-])", text)
    ]
    free = [(s, e) for s, e in spans if not any(m.start < e and s < m.end for m in mentions)]
    return claimed_spans(text, mentions, sorted(free), "LOC", MODEL, 0.75)


def _split_and_join(text: str, mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        committee = _COMMITTEE.match(m.text) if m.type == "ORG" else None
        member = _MEMBER_PARTY.match(m.text) if m.type in ("ORG", "PER") else None
        if committee:
            out.append(Mention(m.start, m.start + committee.end("committee"), committee["committee"], "ORG", MODEL))
            hs = m.start + committee.start("house")
            out.append(Mention(hs, m.end, committee["house"], "ORG", MODEL))
        elif member:
            out.append(Mention(m.start, m.start + member.end("person"), member["person"], "PER", MODEL))
            ps = m.start + member.start("party")
            out.append(Mention(ps, ps + len(member["party"]), member["party"], "ORG", MODEL))
        else:
            out.append(m)
    for found in _LANDTAG_OF.finditer(text):
        land = next((m for m in out if m.start == found.end() and m.type == "LOC"), None)
        if land is not None:
            out = claimed_spans(text, out, [(found.start(), land.end)], "ORG", MODEL, 0.8)
    return sorted(out, key=lambda m: (m.start, m.end))


def _firm_short_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """A firm with its legal form named again by its first word, alone or in the genitive."""
    out = list(mentions)
    for m in list(out):
        if m.type != "ORG" or not _LEGAL_FORM.search(m.text):
            continue
        # "der Veltrum Defence Holding AG": a rare capitalised word after an article, left out.
        before = re.search(
            r"(?:der|die|des|dem|den) (?P<word>[A-ZÄÖÜ][a-zäöüß]+) $", text[max(0, m.start - 30) : m.start]
        )
        # A place's adjective ("der Visper Tiefbau AG") is not part of the name.
        if (
            before
            and not before["word"].endswith("er")
            and zipf(before["word"].lower(), "de") < _RARE_ZIPF
            and m.text.split()[0][0].isupper()
        ):
            width = len(before["word"]) + 1
            m.start -= width
            m.text = text[m.start : m.end]
    for m in list(out):
        if m.type != "ORG" or not _LEGAL_FORM.search(m.text) or " " not in m.text:
            continue
        first = m.text.split()[0]
        if _FIRM_KIND.match(m.text):
            continue  # a trade before the name ("Arzneimittelhersteller X GmbH"), cut off later
        if first in _NOT_SHORT or not re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]{2,}(?:-[A-ZÄÖÜ][a-zäöüß]+)*", first):
            continue
        if zipf(first.lower(), "de") >= _SHORT_ZIPF or first in place_names("de"):
            continue  # a kind word ("Brauerei") or a place ("Nordhessen") is no firm's short name
        if any(p.type == "PER" and " " in p.text and p.text.split()[-1] == first for p in out):
            continue  # a person of the article bears the name
        spans = []
        for found in re.finditer(rf"(?<![\w-]){first}s?(?![\w-])", text):
            if found.start() == m.start or (m.start <= found.start() < m.end):
                continue
            if text.startswith(" " + m.text.split()[1], found.end()):
                continue  # the firm named again without its legal form
            same = [x for x in out if x.start == found.start() and x.end == found.end()]
            for x in same:
                if x.type != "LOC" or "-" in first:  # "Hunte-Ems": two rivers' names, no place
                    x.type, x.model = "ORG", MODEL
            if not same:
                spans.append(found.span())
        out = claimed_spans(text, out, spans, "ORG", MODEL, 0.75)
    return out
