"""English prison news by its kind words (the guidelines of session 31, round 31): a prison
named "HMP X" (also "HMYOI X", "HMP & YOI X") is a place whole, and its bare name in the article
is the place where people are held ("released from X") but the body where it acts ("X has been
failing", "X's governor"); a wing named after "wing," is a place ("the oldest wing, Keel House");
a desk title in a byline ("Home Affairs Correspondent") and a portfolio before "Secretary" ("the
Justice Secretary") are no bodies.

spaCy's small model reads "HMP" as a body of its own, the bare prison as a body and a desk title
as one.  Whole articles only; each rule looks only where its kind word stands.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans

MODEL = "english-prisons"
# the prison acting is a body there alone, whatever the article-wide vote (`consistency`)
ACTING = "acting-site"
_PRISON = re.compile(
    r"(?<![\w-])(?:HMP ?(?:&|and|/) ?YOI|HMYOI|HMP|HMIRC|HMRC Prison) "
    r"(?P<name>[A-Z][\w’'-]+(?: of [A-Z][\w’'-]+| (?!Governor|Inspectors|Prison)[A-Z][\w’'-]+)?)"
    r"(?![\w-])"
)
# the prison acting: before a verb of its own or a possessive
_ACTS = re.compile(
    r"(?:’s|'s| has| had| is| was| will| must| should| needs| remains| said| says| failed| holds)(?![\w-])"
)
# "men released from X had nowhere to go": the verb is the men's, the prison a place
_PLACE_BEFORE = re.compile(r"(?<![\w-])(?:from|at|in|into|to|inside|within|near|via|leave|leaves|left|leaving) $")
_WING = re.compile(r"(?<![\w-])(?:wing|block|unit), (?P<name>[A-Z][\w’'-]+ (?:House|Wing|Block|Unit))(?![\w-])")
_DESK = re.compile(r"(?:[A-Z][\w-]+ ){0,3}(?:Correspondent|Editor|Reporter)")
_PORTFOLIOS = frozenset(
    ["Justice", "Home", "Health", "Defence", "Foreign", "Education", "Transport", "Environment", "Culture"]
)


def english_prisons(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with prisons and wings claimed as places, a bare prison typed by what it does
    and desk titles and portfolios dropped."""
    if language != "en":
        return mentions
    out = mentions
    if "Correspondent" in text or "Editor" in text or "Reporter" in text:
        out = [m for m in out if not (m.type == "ORG" and _DESK.fullmatch(m.text))]
    if " Secretary" in text:
        out = [m for m in out if not (m.type == "ORG" and m.text in _PORTFOLIOS and _before_secretary(text, m.end))]
    if "wing, " in text or "block, " in text or "unit, " in text:
        out = claimed_spans(text, out, [f.span("name") for f in _WING.finditer(text)], "LOC", MODEL, 0.8, _never)
    if "HM" not in text:
        return out
    prisons = list(_PRISON.finditer(text))
    out = claimed_spans(text, out, [f.span() for f in prisons], "LOC", MODEL, 0.85, _never)
    held = [s for f in prisons for s in (f.span(),)]
    for name in {f["name"] for f in prisons}:
        locs: list[tuple[int, int]] = []
        orgs: list[tuple[int, int]] = []
        for f in re.finditer(rf"(?<![\w’'-]){re.escape(name)}(?![\w-])", text):
            if any(s <= f.start() < e for s, e in held):
                continue
            acts = _ACTS.match(text, f.end()) and not _PLACE_BEFORE.search(text, max(0, f.start() - 12), f.start())
            (orgs if acts else locs).append(f.span())
        out = claimed_spans(text, out, orgs, "ORG", ACTING, 0.8, _longer_body)
        out = claimed_spans(text, out, locs, "LOC", MODEL, 0.8, _longer_body)
    return out


def _before_secretary(text: str, end: int) -> bool:
    return text.startswith(" Secretary", end) and not text.startswith("-", end + 10)


def _never(m: Mention, start: int, end: int) -> bool:
    return False


def _longer_body(m: Mention, start: int, end: int) -> bool:
    """A body's or a person's name holding the prison's ("Wealdbrook Road Surgery") stays; a
    phrase the tagger ran over it ("People leave X", typed MISC) gives way."""
    return m.type in ("ORG", "PER", "LOC") and (m.start < start or m.end > end)
