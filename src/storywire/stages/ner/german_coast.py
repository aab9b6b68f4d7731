"""German harbour and coast news by its kind words (round 43: a boatyard taking over a marina).

* A body named with a coordinated compound keeps the compound's first half, which only the
  hyphen ties to it ("Wasserstraßen- und Schifffahrtsamt Ostsee", "Hafen- und
  Liegeplatzgesellschaft X mbH"): the tagger starts the body at the second half.
* A firm's legal form right after its span is inside it ("A firm's legal form is inside its
  span"): the tagger stops before a lone "mbH".
* A headline's firm run into its verb and object ("Bootswerft X übernimmt Hafen am Y") is cut at
  the verb; a place after "am"/"auf"/"vor" closing the run is a place of its own, and the firm,
  named with its legal form in the body, keeps its type beside its owner's full name.
* A sailors', rowers' or sports club or federation named with a known place is one body
  ("Segler-Vereins X", "Landesseglerverband Y"), as "Tourismusverband Spreewald".
* A marina after an article is a place with its kind word ("die Marina X": "Marina" is no
  given name there), and its town, read as a surname elsewhere after "aus"/"in", is a place.
* A place paired with one the tagger found as two origins is a place ("aus X und von Y").
* A town's quarter named as one "-vorstadt" compound is a place ("aus der Frankendammvorstadt").
* A word the article uses after an indefinite article ("einen Travellift") is a common noun, in
  every sentence: no place.

Whole articles only; each rule looks only where its kind word or shape stands.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.body_nouns import OWNER_SHOP_MODEL
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.gazetteer import place_names
from storywire.stages.ner.place_lists import places_named_again
from storywire.stages.ner.word_frequency import zipf

MODEL = "german-coast"
_WORD = r"[A-ZÄÖÜ][a-zäöüß]+"
# The first half of a coordinated compound right before a body's span.
_FIRST_HALF = re.compile(rf"(?<![\w-]){_WORD}- (?:und|oder) $")
# A legal form right after a body's span.
_FORM_AFTER = re.compile(r" (?:mbH|GmbH|gGmbH|AG|KG|KGaA|OHG|eG|UG)(?![\w-])")
# A headline's body of capitalised words run into a third-person verb ("... übernimmt ..."):
# lower-case name words are short function words, never a verb ending in -t.
_RUN_INTO_VERB = re.compile(rf"^(?P<name>{_WORD}(?: {_WORD})+) (?P<verb>[a-zäöüß]{{4,}}t) ")
_PLACE_CLOSING = re.compile(rf" (?:am|auf dem|auf der|vor|bei) (?P<place>{_WORD}(?:-{_WORD})?)$")
# A club or a federation by its compound kind word, with a known place after it.
_CLUB = re.compile(
    rf"(?<![\w-])(?:{_WORD}-[Vv]erein(?:e?s)?|{_WORD}(?:verein|verband|club|klub)(?:e?s)?) "
    rf"(?P<place>{_WORD}(?:-{_WORD})*)(?![\w-])"
)
# A marina after an article or a preposition that takes one.
_MARINA = re.compile(
    rf"(?<![\w-])(?:[Dd]ie|[Dd]er|zur|in der|an der|von der) (?P<marina>Marina (?P<town>{_WORD}))(?![\w-])"
)
_PLACE_PREPOSITION = re.compile(r"(?<![\w-])(?:aus|in|nach|von|bei) $")
_SUBURB = re.compile(r"(?<![\w-])[A-ZÄÖÜ][a-zäöüß]{3,}vorstadt(?![\w-])")
# A place in a pair of origins, the first a place the tagger found ("aus X und von Y"): a word
# too frequent to be a rare name ("von Freunden") stays out.
_ORIGIN_PAIR = re.compile(
    rf"(?<![\w-])(?:aus|von|nach|in) (?P<first>{_WORD}) und (?:aus|von|nach|in|auf) (?P<second>{_WORD})(?![\w-])"
)
_RARE_ZIPF = 4.0
_INDEFINITE = re.compile(r"(?<![\w-])(?:einen|einem|eines) $")


def german_coast(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the bodies, places and common nouns above set right."""
    if language != "de":
        return mentions
    added: list[tuple[int, int]] = []
    for m in mentions:
        if m.type != "ORG":
            continue
        if (half := _FIRST_HALF.search(text, max(0, m.start - 40), m.start)) is not None:
            m.start = half.start()  # "Wasserstraßen- und" + "Schifffahrtsamt Ostsee"
        if (form := _FORM_AFTER.match(text, m.end)) is not None:
            m.end = form.end()  # "Liegeplatzgesellschaft Stralsund" + "mbH"
        if "\n" not in text[: m.start] and (run := _RUN_INTO_VERB.match(m.text)) is not None:
            closing = _PLACE_CLOSING.search(m.text)
            if closing is not None:
                added.append((m.start + closing.start("place"), m.start + closing.end("place")))
            m.end = m.start + run.end("name")  # "Bootswerft X" + "übernimmt Hafen am Y"
            m.text, m.model = text[m.start : m.end], MODEL
            if re.search(re.escape(m.text) + _FORM_AFTER.pattern, text):
                # the body names the firm with its legal form: its owner's surname in it lends
                # no person's type ("Bootswerft X" beside "Anna X")
                m.model = OWNER_SHOP_MODEL
        if m.text != text[m.start : m.end]:
            m.text, m.model = text[m.start : m.end], MODEL
    out = mentions
    if added:
        out = claimed_spans(text, out, added, "LOC", MODEL, 0.8)
        out = places_named_again(text, out, language)
    places = place_names("de")
    if "erein" in text or "erband" in text or "lub" in text:
        clubs = [found.span() for found in _CLUB.finditer(text) if found["place"] in places]
        out = claimed_spans(text, out, clubs, "ORG", MODEL, 0.8)
    if "Marina " in text:
        out = _marinas(text, out)
    if " und " in text:
        out = claimed_spans(text, out, _origin_pairs(text, out), "LOC", MODEL, 0.7)
    if "vorstadt" in text:
        out = claimed_spans(text, out, [found.span() for found in _SUBURB.finditer(text)], "LOC", MODEL, 0.8)
    return _without_common_nouns(text, out)


def _marinas(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with "die Marina X" a place and a lone "X" after a place preposition its town."""
    found = list(_MARINA.finditer(text))
    out = claimed_spans(text, mentions, [m.span("marina") for m in found], "LOC", MODEL, 0.8)
    towns = {m["town"] for m in found}
    for m in out:
        if m.type == "PER" and m.text in towns and _PLACE_PREPOSITION.search(text, max(0, m.start - 6), m.start):
            m.type, m.model = "LOC", MODEL  # "aus Barth kommen", "die Marina Barth"
    return out


def _origin_pairs(text: str, mentions: list[Mention]) -> list[tuple[int, int]]:
    """The untagged second place of "aus X und von Y" where X is a place."""
    places = {m.start for m in mentions if m.type == "LOC"}
    taken = [(m.start, m.end) for m in mentions]
    spans = []
    for found in _ORIGIN_PAIR.finditer(text):
        start, end = found.span("second")
        if found.start("first") not in places or any(a < end and start < b for a, b in taken):
            continue
        if zipf(found["second"].lower(), "de") < _RARE_ZIPF:
            spans.append((start, end))  # "aus Greifswald und von Rügen"
    return spans


def _without_common_nouns(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` without a one-word place that the article uses after an indefinite article."""
    common = {
        m.text
        for m in mentions
        if m.type == "LOC" and " " not in m.text and _INDEFINITE.search(text, max(0, m.start - 7), m.start)
    }
    if not common:
        return mentions
    return [m for m in mentions if not (m.type == "LOC" and m.text in common)]
