"""Italian food-safety and wholesale-market news by its kinds of name (round 36):

* a firm with its legal form ("Gabbiano Export S.r.l.", "Verona Mercati S.c.p.A.") is one
  body, where the rules read a firm named by a word like "Delfino" as a person; the town
  after it ("... S.r.l. di Castel Volturno") is a place of its own, and the firm's short name
  without the form (and its last word, where the rules leave it untyped) is the same body
  wherever the article repeats it;
* a food shop or factory named by its capitalised kind word and its owner ("Macelleria Ferri",
  "Oleificio Russo") is a
  body and its town after "di" a place, where the rules join the two into one name;
* a zooprophylactic institute ("Istituto zooprofilattico sperimentale delle Venezie") is a
  body and its seat after "di" a place, where the rules keep only the tail;
* a wholesale food centre named with its town ("Centro agroalimentare di Bologna") is one
  place (it never acts: its operator does), where the rules keep the first word as a body;
* the carabinieri's protection commands ("Comando carabinieri per la tutela della salute")
  are bodies, where the rules read "Comando" alone;
* a stretch of coast named by its capitalised kind word and its adjective ("Costiera
  amalfitana") is a place;
* a bare health authority's acronym ("l'Asl", "dall'Ausl") is a body, and a few national
  dailies after a preposition ("al Mattino") are the papers, not places;
* an interrogative pronoun opening a quote ("«Chi sbaglia paga»") is no name.

Whole articles only; each rule looks only where its cue word stands.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans, runs_past

MODEL = "italian-markets"
_NAME = r"[A-ZÀ-ÖØ-Þ][\w’'-]*[\w’']"
_OF = r"(?:di|del|della|dello|dei|degli|delle|dell['’] ?)"
_LEGAL = r"(?:S\.r\.l\.|S\.p\.A\.|S\.c\.p\.A\.|S\.c\.a\.r\.l\.|S\.n\.c\.|S\.a\.s\.|Srl|Spa|Scpa|Snc)"
# a capitalised article or preposition opening the sentence is no part of the firm ("Alla X S.r.l.")
_OPENERS = (
    r"(?:Alla|Alle|Allo|Al|Ai|Agli|La|Le|Il|Lo|Gli|I|Una|Un|Uno|Della|Delle|Del|Dei|Dalla|Dal|Dai|"
    r"Nella|Nel|Nei|Sulla|Sul|Sui|Per|Con|Tra|Fra|Anche|Ma|E)"
)
_NOT_FIRST = rf"(?!{_OPENERS}\b)"
_FIRM = re.compile(
    rf"(?<![\w’'-])(?P<firm>(?P<short>{_NOT_FIRST}{_NAME}(?: +{_NAME}){{0,3}}) +{_LEGAL})"
    rf"(?: +di +(?P<town>{_NAME}(?: +{_NAME})?))?(?![\w-])"
)
_SHOP = re.compile(
    r"(?<![\w-])(?P<shop>(?:Pescheria|Macelleria|Salumeria|Panetteria|Panificio|Pasticceria|Gelateria|Caseificio|"
    r"Frutteria|Enoteca|Drogheria|Latteria|Norcineria|"
    # food factories named by their kind word ("Pastificio X", "Oleificio X", "Biscottificio X")
    rf"Pastificio|Salumificio|Oleificio|Biscottificio|Birrificio|Liquorificio) +{_NAME})"
    rf"(?: +di +(?P<town>{_NAME}(?: +{_NAME})?))?(?![\w-])"
)
_IZS = re.compile(
    rf"(?<![\w-])(?P<body>Istituto +[Zz]ooprofilattico +[Ss]perimentale +{_OF} *{_NAME}"
    rf"(?: +e +{_OF} *{_NAME})?)(?: +di +(?P<town>{_NAME}(?: +{_NAME})?))?(?![\w-])"
)
_FOOD_CENTRE = re.compile(
    r"(?<![\w-])(?:Centro|Mercato) +(?:agroalimentare|agro-alimentare|ortofrutticolo|ittico|all['’]ingrosso)"
    rf" +di +{_NAME}(?: +{_NAME})?(?![\w-])"
)
_COMMAND = re.compile(
    r"(?<![\w-])Comando +(?:dei +)?[Cc]arabinieri +(?:per +la +)?[Tt]utela +(?:della|del|dell['’] ?|delle) *"
    r"(?:[Ss]alute|[Ll]avoro|[Aa]mbiente|[Pp]atrimonio +[Cc]ulturale|[Bb]iodiversità|[Ff]orestale|"
    r"[Aa]groalimentare|[Mm]oneta)(?![\w-])"
)
_COAST = re.compile(r"(?<![\w-])Costiera +[a-zà-ù]+(?:ana|ina|ese|ata)(?![\w-])")
_HEALTH_ACRONYM = re.compile(r"(?<![\w-])(?:Asl|Ausl|Usl|Ats|Asp|Asst)(?![\w-]| +[A-ZÀ-Þ0-9])")
_DAILY = re.compile(
    r"(?<![\w-])(?:al|dal|del|sul|nel|il|Il) +(?P<name>Mattino|Messaggero|Gazzettino|Resto +del +Carlino)(?![\w-])"
)
_PRONOUNS = frozenset({"Chi", "Cosa", "Dove", "Quando", "Perché", "Come"})
_SENTENCE_OPENERS = '«“"\n.!?:'


def italian_markets(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with firms by their legal form and their short names, food shops, the
    zooprophylactic institutes, wholesale food centres, protection commands, coasts, bare
    health authorities and dailies typed as the module's docstring says."""
    if language != "it":
        return mentions
    out = [m for m in mentions if not _pronoun(text, m)]
    if "S." in text or "Srl" in text or "Spa" in text:
        for f in _FIRM.finditer(text):
            out = _firm_and_town(text, out, f, "firm")
            short = f.group("short")
            if " " in short:
                again = [
                    (g.start(), g.end()) for g in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w-]| +S\.)", text)
                ]
                out = claimed_spans(text, out, again, "ORG", MODEL, 0.8, runs_past)
                # ... and its last word alone, which the rules leave a miscellany
                # ("Banca Tirrenica" -> "vigila su Tirrenica")
                last = short.rsplit(" ", 1)[1]
                for m in out:
                    if m.text == last and m.type == "MISC":
                        m.type, m.model = "ORG", MODEL
    if any(kind in text for kind in ("eria ", "ificio", "Enoteca")):
        for f in _SHOP.finditer(text):
            # a firm with its legal form found above holds the shop's words ("Salumificio X Y S.r.l.")
            if any(m.model == MODEL and m.start <= f.start() and f.end("shop") < m.end for m in out):
                continue
            out = _firm_and_town(text, out, f, "shop")
    if "ooprofilattico" in text:
        for f in _IZS.finditer(text):
            out = _firm_and_town(text, out, f, "body")
    if "Centro " in text or "Mercato " in text:
        out = claimed_spans(text, out, [f.span() for f in _FOOD_CENTRE.finditer(text)], "LOC", MODEL, 0.8)
    if "Comando " in text:
        out = claimed_spans(text, out, [f.span() for f in _COMMAND.finditer(text)], "ORG", MODEL, 0.8)
    if "Costiera " in text:
        out = claimed_spans(text, out, [f.span() for f in _COAST.finditer(text)], "LOC", MODEL, 0.8)
    if "As" in text or "Us" in text or "At" in text:
        out = claimed_spans(text, out, [f.span() for f in _HEALTH_ACRONYM.finditer(text)], "ORG", MODEL, 0.75)
    if "Mattino" in text or "Messaggero" in text or "Gazzettino" in text or "Carlino" in text:
        out = claimed_spans(text, out, [f.span("name") for f in _DAILY.finditer(text)], "ORG", MODEL, 0.75)
    return out


def _firm_and_town(text: str, out: list[Mention], found: re.Match[str], group: str) -> list[Mention]:
    """The body and its town after "di" as two names, in place of whatever the rules made of
    the run (a legal form or a kind word leaves no doubt where the body ends)."""
    start, end = found.span()
    out = [m for m in out if not (m.start < end and start < m.end and m.start >= start and m.end <= end)]
    out = claimed_spans(text, out, [found.span(group)], "ORG", MODEL, 0.8, _starts_before)
    if found.group("town"):
        out = claimed_spans(text, out, [found.span("town")], "LOC", MODEL, 0.8)
    return out


def _starts_before(m: Mention, start: int, end: int) -> bool:
    """A longer name opening before the body wins ("Gruppo Gabbiano Export S.r.l."), not a run
    from the sentence's opening article ("Alla Gabbiano Export")."""
    return m.start < start and re.fullmatch(_OPENERS, m.text[: start - m.start].strip()) is None


def _pronoun(text: str, m: Mention) -> bool:
    """An interrogative opening a sentence or a quote, typed as a name."""
    if m.text not in _PRONOUNS or m.type == "PER":
        return False
    at = m.start
    while at > 0 and text[at - 1] == " ":
        at -= 1
    return at == 0 or text[at - 1] in _SENTENCE_OPENERS
