"""Edges of a model's span that are no part of the name, over whole articles: a line break
("Washington" + a new paragraph's "Dans"), a weekday before it ("Montag Chittagong"), a
German kind noun before it ("Insel Kutubdia", "Reederei Maersk", "Stadtteil Patenga").

A headline has no full stop, so a tagger reads on into the next line; a German weekday and a
kind noun are capitalised like a name.  The kind noun also tells the name's type: a place's
kind makes it a place, a firm's kind a body.
"""

from __future__ import annotations

import re

from storywire.model import EntityType, Mention
from storywire.stages.ner.cues import word_set
from storywire.stages.ner.gazetteer import org_names, place_names
from storywire.stages.ner.titles import weekdays

# German kind nouns written before a name, with the type they give it.
_GERMAN_KINDS: dict[str, EntityType] = {
    **dict.fromkeys(
        word_set(
            "insel inseln halbinsel hallig halligen stadt hafenstadt kleinstadt großstadt provinz region bezirk "
            "distrikt stadtteil ortsteil dorf gemeinde landkreis kreis bundesstaat hafen fluss"
        ),
        "LOC",
    ),
    **dict.fromkeys(
        word_set(
            "reederei firma konzern textilhersteller autohersteller hersteller modekette supermarktkette "
            "fluggesellschaft bank versicherer mälzerei brauerei molkerei bäckerei start-up startup bündnis "
            "liste meinungsforschungsinstitut umfrageinstitut stahlkonzern energiekonzern autokonzern "
            "gewerkschaft mobilfunker netzbetreiber telekomkonzern mobilfunkanbieter anbieter betreiber fintech "
            "finanzdienstleister zahlungsdienstleister vermögensverwalter medienkonzern verlag sender "
            "onlinebank direktbank softwarehersteller chiphersteller"
        ),
        "ORG",
    ),
}


# Function words that end no name ("Jordi Ferrer Puig antes", "Медвежьегорском и") and, the
# first group, that stand inside none ("PeruRail hacia Aguas Calientes", "Śląsk dla Prus"): a
# tagger read on past the name.  Conjunctions may join a name's halves ("Castilla y León").
_NEVER_INSIDE = word_set(
    "hacia antes después desde hasta durante según mientras cuando donde porque aunque bajo "
    "dla przez podczas według gdzie kiedy ponieważ aby "
    "während wenn weil obwohl nachdem "
    "pendant lorsque parce puisque quand "
    "durante quando mentre perché dopo verso "
    "during when while because although towards "
    "когда где потому пока якщо коли де тому поки"
)
_NEVER_LAST = _NEVER_INSIDE | word_set("y e o u i oraz lub and or und oder et ou и й і та а в у на з із по к с")
_TOWARDS = word_set("hacia verso towards")  # "PeruRail hacia Aguas Calientes": a place follows
_LEGAL_AFTER_COMMA = ("S.", "SA", "SL", "Ltd", "Inc", "LLC", "GmbH", "AG", "Co.", "Corp", "SpA", "Srl", "SAS")
_OF_STATE = ("d'", "d’")
_OPENING_QUOTES = frozenset('„“«‚"')
_CLOSING_QUOTES = frozenset('“”»‘"')


def trimmed_edges(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` cut at a line break, and without a leading weekday or German kind noun."""
    days = weekdays(language)
    out: list[Mention] = []
    paired: list[Mention] = []
    known = org_names(language)
    for m in mentions:
        if "\n" in m.text:
            _keep_first_line(m)
        if m.text in known:  # "Bündnis 90/Die Grünen" is a name
            out.append(m)
            continue
        first, sep, rest = m.text.partition(" ")
        if sep and rest[:1] in _OPENING_QUOTES and rest[-1:] in _CLOSING_QUOTES and first.lower() in _GERMAN_KINDS:
            _cut_head(m, len(first) + 2)  # 'Liste „Bürgerforum Mühlviertel“': the name inside
            m.end -= 1
            m.text = m.text[:-1]
            m.type = _GERMAN_KINDS[first.lower()]
            out.append(m)
            continue
        if sep and rest[:1].isupper() and first.lower() in days:
            _cut_head(m, len(first) + 1)
            if place_names(language).get(m.text) == "LOC":
                m.type = "LOC"  # the model typed the run by its weekday: "Montag Chittagong" ORG
        elif sep and rest[:1].isupper() and language == "de" and first.lower() in _GERMAN_KINDS:
            _cut_head(m, len(first) + 1)
            m.type = _GERMAN_KINDS[first.lower()]
            if first.lower() in _PLURAL_PLACE_KINDS:
                paired.extend(_second_of_pair(text, m, mentions))
        elif (
            sep and rest[:1].isupper() and language == "fr" and first == "État" and text[: m.start].endswith(_OF_STATE)
        ):
            _cut_head(m, len(first) + 1)
            m.type = "ORG"  # "la société d'État Gécamines": a state firm
        if language in _ROMANCE and m.type != "PER":
            _cut_at_adjective(m)
        elif language == "pl" and (adjective := _POLISH_TOWN_ADJECTIVE.match(m.text)) is not None:
            _cut_head(m, adjective.end())  # "gdańskim Wrzeszczu": the district, not the town's adjective
        if m.text.strip():
            out.extend(_function_word_cuts(text, m, language))
    return sorted([*out, *paired], key=lambda m: (m.start, m.end)) if paired else out


# German plural place kinds before a pair of names ("zu den Inseln Föhr und Amrum"): both are places.
_PLURAL_PLACE_KINDS = word_set("inseln halligen")
_AND_NAME = re.compile(r" und (?P<name>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*)(?![\w-])")


def _second_of_pair(text: str, m: Mention, mentions: list[Mention]) -> list[Mention]:
    """The untagged second name after "und" that the plural kind before `m` also governs."""
    found = _AND_NAME.match(text, m.end)
    if found is None:
        return []
    s, e = found.span("name")
    if any(o.start < e and s < o.end for o in mentions):
        return []
    return [Mention(s, e, found["name"], "LOC", m.model, m.confidence)]


_ROMANCE = frozenset({"es", "it", "fr", "pt"})
_POLISH_TOWN_ADJECTIVE = re.compile(r"[a-ząćęłńóśźż]+(?:sk|ck)(?:im|iej|i|a|ie|ich|iego|iemu|ą) (?=[A-ZĄĆĘŁŃÓŚŹŻ])")
# Words that join a Romance name's parts in lower case ("Banco de México", "Parti socialiste")
_NAME_JOINS = word_set(
    "de del la las los el y e o di della delle dello dei degli da dal du des le et à a al en per sur sous "
    "dos das sobre della delle entre"
)
_LOWER_THEN_NAME = re.compile(r"^\S+ (?P<word>[a-zà-ÿ]{4,}) (?=[A-ZÀ-Þ])")  # (not "do", "van": "Quinta do Vale")


def _cut_at_adjective(m: Mention) -> None:
    """A headline's run of a common noun, its adjective and a name: only the name ("Fintech
    regiomontana Pagaflex" -> "Pagaflex"); a body's own lower-case words stay ("Commission
    bancaire de l'UMOA": a joining word follows)."""
    found = _LOWER_THEN_NAME.match(m.text)
    if found is not None and found["word"] not in _NAME_JOINS and found["word"] not in _NEVER_LAST:
        _cut_head(m, found.end())


def _function_word_cuts(text: str, m: Mention, language: str) -> list[Mention]:
    """`m` without a function word at its end, and split at one inside it or at a comma (a
    person's or place's span only: "Ebro Foods, S.A." is one body's name)."""
    if language in ("zh", "ar") or " " not in m.text:
        return [m]
    if m.type == "LOC" and language not in ("ru", "uk"):
        m = _without_leading_particles(m)  # "de Iznájar" (not a person's "de Gaulle")
    # two content words: the tagger read on through a description ("Rhun ap Iorwerth", "Erik ten
    # Hag" hold one particle each; places hold adjectives, "Pays bigouden")
    if m.type == "PER" and language not in ("ru", "uk") and sum(_content_word(w) for w in m.text.split(" ")) >= 2:
        return _split_at_content_words(text, m, language)
    if m.type == "ORG" and ", " in m.text:
        places = _list_of_places(text, m, language)
        if places:
            return places
    words = m.text.split(" ")
    while len(words) > 1 and words[-1] in _NEVER_LAST:
        words.pop()
    cut = next((i for i, w in enumerate(words[1:-1], 1) if w in _NEVER_INSIDE), None)
    comma = next(
        (i for i, w in enumerate(words[:-1]) if w.endswith(",") and not words[i + 1].startswith(_LEGAL_AFTER_COMMA)),
        None,
    )
    if cut is None and comma is not None and m.type in ("PER", "LOC"):
        words[comma] = words[comma][:-1]
        cut = comma + 1
        words.insert(cut, ",")
    if cut is None:
        if len(words) == m.text.count(" ") + 1:
            return [m]
        _set_end(m, m.start + len(" ".join(words)))
        return [m]
    left = " ".join(words[:cut])
    right_words = words[cut + 1 :]
    while right_words and right_words[0].islower():
        right_words.pop(0)  # "de Ica"
    right = " ".join(right_words)
    out = [Mention(m.start, m.start + len(left), left, m.type, m.model, m.confidence)]
    if right[:1].isupper():
        start = m.start + m.text.find(right, len(left))
        place = place_names(language).get(right) == "LOC" or words[cut] in _TOWARDS
        out.append(Mention(start, start + len(right), right, "LOC" if place else m.type, m.model, m.confidence))
    return [x for x in out if text[x.start : x.end] == x.text]


def _list_of_places(text: str, m: Mention, language: str) -> list[Mention]:
    """A list of towns read as one body ("from Aberdeen, Inverness and even Belfast": "Aberdeen,
    Inverness" ORG): a place each, where every item is a place of the gazetteer; none otherwise."""
    places = place_names(language)
    items = m.text.split(", ")
    if len(items) < 2 or any(places.get(item) != "LOC" for item in items):
        return []
    out, start = [], m.start
    for item in items:
        out.append(Mention(start, start + len(item), item, "LOC", m.model, m.confidence))
        start += len(item) + 2
    return [x for x in out if text[x.start : x.end] == x.text]


# Lower-case words a name holds ("Castilla y León", "Frankfurt am Main"); other lower-case words
# in a person's span are the tagger reading on ("Écija y portavoz de los regantes de la vega del
# Genil" typed PER), and a particle before a place's the tagger reading in ("de Iznájar").
_PARTICLES = word_set(
    "de del della dello delle dei degli di da do dos das du des la le les el los las lo y e i und am an im in "
    "von van der den ter zu zur sur sous upon on of the and nad pod na w we bin ibn al bint ben et"
)


def _content_word(word: str) -> bool:
    return word.isalpha() and word.islower() and word not in _PARTICLES


def _without_leading_particles(m: Mention) -> Mention:
    words = m.text.split(" ")
    lead = 0
    while lead < len(words) - 1 and words[lead] in _PARTICLES:
        lead += 1
    # ... and an elided article after them ("de l'Aude": the place is "Aude")
    elided = 2 if lead and _ELIDED_ARTICLE.match(words[lead]) else 0
    if lead == 0 or not words[lead][elided : elided + 1].isupper():
        return m
    cut = len(" ".join(words[:lead])) + 1 + elided
    return Mention(m.start + cut, m.end, m.text[cut:], m.type, m.model, m.confidence)


_ELIDED_ARTICLE = re.compile(r"[ld]['’](?=[A-ZÀ-ÖØ-Þ])")


def _split_at_content_words(text: str, m: Mention, language: str) -> list[Mention]:
    """The capitalised runs between the content words, each a mention if a name: the first keeps
    the type (a known place's is LOC), the others only if known places ("Manuel Carmona Ruiz,
    agricultor de Écija y portavoz ..." -> "Manuel Carmona Ruiz", "Écija")."""
    places = place_names(language)
    runs: list[list[tuple[int, str]]] = [[]]
    offset = m.start
    for word in m.text.split(" "):
        if _content_word(word):
            runs.append([])
        else:
            runs[-1].append((offset, word))
        offset += len(word) + 1
    out: list[Mention] = []
    for k, run in enumerate(runs):
        while run and (run[0][1] in _PARTICLES or not run[0][1][:1].isupper()):
            run.pop(0)
        while run and run[-1][1].rstrip(",;:") in _PARTICLES:
            run.pop()
        if not run:
            continue
        start, end = run[0][0], run[-1][0] + len(run[-1][1].rstrip(",;:"))
        name = text[start:end]
        if places.get(name) == "LOC":
            out.append(Mention(start, end, name, "LOC", m.model, m.confidence))
        elif k == 0:
            out.append(Mention(start, end, name, m.type, m.model, m.confidence))
    return out


def _set_end(m: Mention, end: int) -> None:
    m.text = m.text[: end - m.start]
    m.end = end


def _keep_first_line(m: Mention) -> None:
    """The first line that holds a letter: a headline's name, not the next paragraph's word."""
    offset = 0
    for line in m.text.split("\n"):
        if any(ch.isalpha() for ch in line):
            stripped = line.strip()
            lead = len(line) - len(line.lstrip())
            m.start += offset + lead
            m.text = stripped
            m.end = m.start + len(stripped)
            return
        offset += len(line) + 1
    m.text = ""


def _cut_head(m: Mention, length: int) -> None:
    m.start += length
    m.text = m.text[length:]
