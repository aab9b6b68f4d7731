"""Italian news of wine, cooperatives and farm bodies (session 32, round 31), by kind:

- a winery, cooperative, brewery or distillery named with its capitalised kind word ("Cantina
  Sociale di Soave", "Birrificio Baladin", "Tenuta San Guido"), with its legal form and final
  full stop when written ("... Soc. Agr. Coop."), is one body; it is a place where something
  leaves or happens in it ("usciranno dalla Cantina di X", "nella Cantina di X"): the rules read
  "Cantina di X" as a person;
- an appellation consortium ("Consorzio per la Tutela dei Vini Soave", "Consorzio Tutela Vino
  Lugana") is one body;
- real wine regions the rules read as surnames ("Franciacorta", "Valpolicella") are places,
  but no name inside a wine's name ("Amarone della Valpolicella", "Brunello di Montalcino");
- an all-capitals dateline opening a paragraph ("SAN BONIFACIO. Si è ...") is a place;
- towns listed after a lower-case landform ("tra le colline di Soave, Monteforte e Illasi")
  are places each; a saint's town with "in" ("San Giovanni in Persiceto") one place;
- a named villa with its town ("a Villa Rossi di Illasi") two places;
- a capitalised preposition opening a sentence is not part of the body after it ("Dalla
  Regione ..." -> "Regione"); a paper after "quotidiano" is a body with its article ("il
  quotidiano L'Eco"); regional farm-payment agencies (Avepa, Agrea, Artea) are bodies;
- a programme's name in guillemets after its noun is no name ("il progetto «Terra Nuova»").

Whole articles only; each rule looks only where its cue word stands.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.span_words import without_sentence_opener

MODEL = "italian-wine"
_NAME = r"[A-ZÀ-ÖØ-Þ][\w’'-]+"
# Legal forms of farm cooperatives and firms, with their final full stop.
_FORM = (
    r"(?:Soc\. *Agr\. *Coop\.|Soc\. *Coop\. *Agr(?:icola|\.)|Soc\. *Coop\.|Soc\. *Agr\.|S\.r\.l\.|S\.p\.A\.|"
    r"S\.a\.s\.|S\.s\.|s\.s\.|S\.c\.a\.r\.l\.|Srl|SpA|Sca)"
)
# A town or name after the kind word: capitalised words, never the legal form's first word.
_WORD = rf"(?!Soc\b|Srl\b|SpA\b|Sca\b|S\.)(?:San +|Santa +|Sant['’] *)?{_NAME}"
_KIND = (
    r"(?:Cantina|Cantine|Tenuta|Tenute|Birrificio|Distilleria|Distillerie|Acetaia|Frantoio|Oleificio|"
    r"Caseificio|Azienda +Agricola|Fattoria)"
)
_WINERY = re.compile(
    rf"(?<![\w-]){_KIND}(?: +(?:Sociale|Cooperativa|Produttori))?"
    # "Cantina di Soave" names it by its town; "Distilleria Nardini di Bassano" by a name, and the
    # town after it is its seat, a place apart
    rf"(?: +(?:di|del|della|dei|delle) +{_WORD}(?: +{_WORD})?| +{_WORD}(?: +{_WORD}){{0,2}})(?: *,? +{_FORM})?"
)
# Where the premises are the place things leave or happen in.
_AS_PLACE = re.compile(r"(?:\b(?:[Uu]sc\w+|[Pp]art\w+|arriv\w+) +dall[ae]|\bnell[ae]|\bpresso +la) +$")
_CONSORTIUM = re.compile(
    r"(?<![\w-])Consorzio(?: +(?:di|per +la) +[Tt]utela| +[Tt]utela)(?: +(?:del|dei|della|delle|dello))?"
    rf"(?: +(?:Vin[oi]|Formaggio|Prosciutto|Olio|Vino +Nobile))?(?: +(?:d['’] *|di +|del +)?{_NAME}){{1,3}}"
)
# Real wine regions (not towns) the rules read as surnames.
_REGIONS = re.compile(
    r"(?<![\w’'-])(?:Valpolicella|Valpantena|Franciacorta|Langhe|Roero|Monferrato|Valtellina|Bolgheri|Irpinia|"
    r"Collio|Oltrepò Pavese|Maremma)(?![\w’'-])"
)
# Real wines named "X di/della Y": no name inside them.
_WINES = re.compile(
    r"(?<![\w-])(?:Amarone|Recioto|Ripasso|Brunello|Rosso|Vino +Nobile|Barbera|Moscato|Lambrusco|Verdicchio|"
    r"Vernaccia|Cannonau|Vermentino|Dolcetto|Sagrantino|Primitivo|Bardolino|Soave) +"
    r"(?:della|del|dei|di|d['’]) *(?:Castelli +di +)?[A-Z][\w’'-]+"
)
_DATELINE = re.compile(r"^(?P<name>[A-ZÀ-Ý]{3,}(?:['’ ]+(?:[A-ZÀ-Ý]{2,}|D))*)(?=\. +[A-Z]|, \d| *[–—] +[A-Z])", re.M)
_LIST_CUE = re.compile(
    r"(?<![\w-])(?:colline|vigneti|comuni|frazioni|paesi|territori|valli) +(?:di|tra) +"
    rf"(?P<list>{_NAME}(?:, +{_NAME})*(?: +e +{_NAME}))"
)
_SAINT_IN = re.compile(rf"(?<![\w-])(?:San|Santa|Santo|Sant['’]) *{_NAME} +in +{_NAME}")
_VILLA = re.compile(
    rf"(?<=[a-z] )(?P<villa>Villa +(?:(?:Della|Delle|Dei|Del|De)\s+)?{_NAME})(?: +(?:di|a) +(?P<town>{_NAME}))?"
)
_OPENING = re.compile(r"(?:Dalla|Dalle|Dallo|Dagli|Alla|Alle|Allo|Agli|Nella|Nelle|Negli|Sulla|Sulle) +(?=[A-Z])")
_PAPER = re.compile(rf"(?<![\w-])(?:quotidiano|giornale|settimanale) +(?P<name>(?:L['’]|Il +|La +|Lo +)?{_NAME})")
_AGENCIES = re.compile(r"(?<![\w-])(?:Avepa|Agrea|Artea|Arcea|Argea|Ismea)(?![\w-])")
_PROGRAMME = re.compile(r"(?:progetto|programma|bando|iniziativa|campagna)[^.«»]{0,30}«(?P<name>[^»]{2,40})»")


def italian_wine(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with wineries, consortia, wine regions, datelines, listed towns, villas,
    papers and farm agencies typed as the module's docstring says."""
    if language != "it":
        return mentions
    out = mentions
    if any(kind in text for kind in ("Cantin", "Tenut", "Birrific", "Distiller", "Acetaia", "Frantoio", "Oleific",
                                      "Caseific", "Azienda Agricola", "Fattoria")):  # fmt: skip
        out = _wineries(text, out)
    if "Consorzio" in text:
        out = claimed_spans(text, out, [f.span() for f in _CONSORTIUM.finditer(text)], "ORG", MODEL, 0.8)
    out = claimed_spans(text, out, [f.span() for f in _REGIONS.finditer(text)], "LOC", MODEL, 0.75)
    out = _drop_inside(out, [f.span() for f in _WINES.finditer(text)])
    if "«" in text:
        out = _drop_inside(out, [f.span("name") for f in _PROGRAMME.finditer(text)])
    # a dateline opens the body, under the headline and byline; later capitals are acronyms
    out = claimed_spans(text, out, [f.span("name") for f in _DATELINE.finditer(text, 0, 800)], "LOC", MODEL, 0.75)
    if " e " in text:
        listed = [m.span() for f in _LIST_CUE.finditer(text) for m in re.finditer(_NAME, text[: f.end("list")])
                  if m.start() >= f.start("list")]  # fmt: skip
        out = claimed_spans(text, out, listed, "LOC", MODEL, 0.75)
    if " in " in text:
        out = claimed_spans(text, out, [f.span() for f in _SAINT_IN.finditer(text)], "LOC", MODEL, 0.75)
    if "Villa" in text:
        villas = [f.span(g) for f in _VILLA.finditer(text) for g in ("villa", "town") if f[g]]
        out = claimed_spans(text, out, villas, "LOC", MODEL, 0.75)
    out = [without_sentence_opener(text, m, _OPENING) if m.type in ("ORG", "LOC") else m for m in out]
    if "quotidiano" in text or "giornale" in text or "settimanale" in text:
        out = claimed_spans(text, out, [f.span("name") for f in _PAPER.finditer(text)], "ORG", MODEL, 0.8)
    out = claimed_spans(text, out, [f.span() for f in _AGENCIES.finditer(text)], "ORG", MODEL, 0.8)
    return out


def _wineries(text: str, mentions: list[Mention]) -> list[Mention]:
    """Each winery one body, or one place where its premises are meant."""
    out = mentions
    for found in _WINERY.finditer(text):
        place = bool(_AS_PLACE.search(text, max(0, found.start() - 30), found.start()))
        # a person's mention running past it is the rules' misreading; a body or place keeps it;
        # the premises are typed by their context alone, outside the article-wide vote
        out = claimed_spans(
            text, out, [found.span()], "LOC" if place else "ORG", "premises" if place else MODEL, 0.8,
            blocks=lambda m, s, e: (m.start < s or m.end > e) and m.type != "PER",
        )  # fmt: skip
    return out


def _drop_inside(mentions: list[Mention], spans: list[tuple[int, int]]) -> list[Mention]:
    """`mentions` without those inside a wine's or a programme's name."""
    if not spans:
        return mentions
    return [m for m in mentions if not any(s <= m.start and m.end <= e for s, e in spans)]
