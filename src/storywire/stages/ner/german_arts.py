"""German art-market and heritage news by its cues (session 29, round 26): a firm's kind word
("Auktionshaus", "Kanzlei", "Firma") and a town's adjective before it stay out of its name
("das Münchner Auktionshaus Huber & Co. KG" -> "Huber & Co. KG"); a capitalised adjective
after an article opens a body's name ("der Ständigen Kommission X", where the tagger read
"Kommission X"); a council's committee with its town's council is a body ("der Bauausschuss
der Stadt Jena"); a town's adjective before a bare kind word is no name ("das Kölner
Museum"); a quoted title is no name ("das Ölbild „Morgen am See“ am 3. Mai", run into the
sentence); the second town of a dateline ("BONN/KÖLN.").

The tagger keeps the kind words in a firm, drops the adjective, misses the committee and the
second dateline town, and runs a title into the date after it.  Whole articles only; each rule
looks only where its cue stands.
"""

from __future__ import annotations

import re

from storywire.identity.given_names import given_names
from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.gazetteer import place_names
from storywire.stages.ner.legal_forms import _ENDS_WITH_FORM

MODEL = "german-arts"
# A firm's kind word (and a town's adjective before it) that stays out of its name.
_FIRM_KIND = re.compile(
    r"^(?:[A-ZÄÖÜ][a-zäöüß]+er )?(?:Auktionshaus|Kanzlei|Anwaltskanzlei|Firma|Unternehmen|Verein|"
    r"Modehaus|Kunsthandlung|"
    # a maker, dealer, supplier, insurer or laboratory by its trade ("Arzneimittelhersteller X GmbH",
    # "Prüflabor X GmbH", "Versicherer X AG")
    r"[A-ZÄÖÜ][a-zäöüß]*(?:hersteller|händler|lieferant|versicherer|labor)|Hersteller|Händler|Lieferant|"
    r"Versicherer|Labor|"
    # an estate agent's, architect's or planner's office ("Maklerbüro X GmbH", "Frankfurter Büro X PartGmbB")
    r"Büro|Maklerbüro|Immobilienbüro|Architekturbüro|Architektenbüro|Planungsbüro|Ingenieurbüro) (?=[A-ZÄÖÜ0-9])"
)
# A body's kind word opening a span the tagger cut after its adjective.
_BODY_KIND = re.compile(
    r"^(?:Kommission|Konferenz|Beirat|Rat|Ausschuss|Stiftung|Zentrum|Zentrums|Amt|Institut|Akademie|"
    r"Gesellschaft|Verband|Bund|Kammer|Behörde|Agentur|Stelle|Landesamt|Bundesamt)\b"
)
# ... and the adjective before it, after a lower-case article ("der Beratenden Kommission").
_ADJECTIVE_BEFORE = re.compile(
    r"(?<![\w-])(?:der|die|das|den|dem|des|einer|eines|einem|vor der|bei der|von der) "
    r"(?P<adj>[A-ZÄÖÜ][a-zäöüß]+(?:e|en|es|em)) $"
)
# A committee of a town's or county's council ("Der Kulturausschuss der Stadt Krefeld").
_COMMITTEE = re.compile(
    r"(?<![\w-])(?P<body>[A-ZÄÖÜ][a-zäöüß]+ausschuss|Ausschuss für [A-ZÄÖÜ][a-zäöüß]+) "
    r"(?:der Stadt|der Gemeinde|des Stadtrats|des Gemeinderats|des Kreistags|des Landkreises|des Landtags|"
    r"des Bundestags|des Bezirkstags|der Bürgerschaft) [A-ZÄÖÜ]"
)
# A bare kind word after a town's adjective: a description, no name ("Krefelder Museum"), also
# where a headline's verb ran into it ("Kölner Museum prüft Herkunft").
_BARE_KIND = re.compile(
    r"^(?P<adj>[A-ZÄÖÜ][a-zäöüß]+er) (?:Museum|Auktionshaus|Kanzlei|Galerie|Firma|Unternehmen|Verein|"
    r"Gericht|Rathaus|Kunstmuseum|Stadtmuseum)(?: [a-zäöüß].*)?$"
)
# A dateline's two towns around a slash ("KREFELD/MÜNCHEN. "), the first one typed a firm at times.
_TWO_TOWNS = re.compile(r"(?m)^(?P<first>[A-ZÄÖÜ]{3,}(?:-[A-ZÄÖÜ]+)?)/(?P<town>[A-ZÄÖÜ]{3,}(?:[- ][A-ZÄÖÜ]+)?)[.:,] ")
# A person after an academic title ("Direktorin Dr. Anna Berger"), the tagger's miss.
_TITLED = re.compile(
    r"(?<![\w-])(?:Dr\.|Prof\.|Dipl\.-Ing\.)(?: Dr\.)? "
    r"(?P<person>(?P<given>[A-ZÄÖÜ][a-zäöüß]+) [A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)(?![\w-])"
)
# A work or affair named after someone: the compound is the work, no name ("Nolde-Gemälde").
_WORK_COMPOUND = re.compile(
    r"^[A-ZÄÖÜ][\w-]*-(?:Gemälde|Bild|Bilder|Werk|Werke|Ausstellung|Affäre|Skandal|Streit|Prozess|Nachlass|"
    r"Auktion|Versteigerung|Porträt|Skulptur|Fälschung)$"
)
# The close of a quoted title inside a span ("Rheinufer“ am 14. November").
_CLOSING_QUOTE = re.compile(r"[“”]\s")


def german_arts(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the firms, bodies, committees and towns above."""
    if language != "de":
        return mentions
    out = [m for m in mentions if not _no_name(m)]
    for m in out:
        kind = _FIRM_KIND.match(m.text) if m.type == "ORG" else None
        if kind is not None and _ENDS_WITH_FORM.search(m.text):
            m.start += kind.end()
            m.text, m.model = text[m.start : m.end], MODEL
        elif m.type == "ORG" and _BODY_KIND.match(m.text):
            adj = _ADJECTIVE_BEFORE.search(text, max(0, m.start - 40), m.start)
            if adj is not None and not _town_adjective(adj["adj"]):
                m.start = adj.start("adj")
                m.text, m.model = text[m.start : m.end], MODEL
    if "ausschuss" in text or "Ausschuss für" in text:
        out = claimed_spans(text, out, [f.span("body") for f in _COMMITTEE.finditer(text)], "ORG", MODEL, 0.8)
    if "Dr." in text or "Prof." in text:
        names = given_names("de")
        people = [f.span("person") for f in _TITLED.finditer(text) if f["given"] in names]
        out = claimed_spans(text, out, people, "PER", MODEL, 0.8)
    if "/" in text:
        places = place_names("de")
        lines = [f for f in _TWO_TOWNS.finditer(text) if f["first"].title() in places and f["town"].title() in places]
        spans = sorted(f.span(group) for f in lines for group in ("first", "town"))
        out = claimed_spans(text, out, spans, "LOC", MODEL, 0.8)
    return out


def _no_name(m: Mention) -> bool:
    """A town's adjective with a bare kind word, a work named after someone, or a span running
    past a quoted title's end."""
    if (bare := _BARE_KIND.match(m.text)) is not None and _town_adjective(bare["adj"]):
        return True
    if "-" in m.text and _WORK_COMPOUND.match(m.text):
        return True
    return "„" not in m.text and _CLOSING_QUOTE.search(m.text) is not None


def _town_adjective(word: str) -> bool:
    """ "Krefelder", "Münchner", "Kölner": a town's adjective."""
    places = place_names("de")
    return word.endswith("er") and any(stem in places for stem in (word[:-2], word[:-3], word[:-1], word[:-3] + "en"))
