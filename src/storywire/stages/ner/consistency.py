"""One name, one type within a document.

Models type the same surface differently from sentence to sentence ("Shoigu" PER here,
LOC there); a news article almost never uses one name for two kinds of things, so the
majority type wins.  The last word of a multi-word person name votes PER for that word
alone ("Sergei Shoigu" ... "Shoigu"), and a gazetteer place outvotes the model.
"""

from __future__ import annotations

import functools
from collections import Counter, defaultdict
from collections.abc import Collection, Mapping

from storywire.identity.given_names import given_names
from storywire.identity.polish import person_stems
from storywire.model import EntityType, Mention
from storywire.stages.ner import cues
from storywire.stages.ner.gazetteer import place_names, prominent_place_names, small_place_names

# Tie-break order: a person name mistaken for a place is the commonest error.
_PRIORITY: dict[str, int] = {"PER": 3, "LOC": 2, "ORG": 1, "MISC": 0}
# Mentions typed by what surrounds them, which the article-wide vote leaves alone: a club named
# by its city in a result, after a masculine article ("il Napoli"), or in a sports paragraph; a
# company named like a town in business news ("Orange").
# "acting-site": an airport or a plant that reports ("据XX机场统计") is a body there alone;
# "premises": a winery that acts elsewhere is the place bottles leave ("dalla Cantina di X");
# "slavic-park": a technology park where its residents work, a body where it invests;
# "located-house": a museum or theatre right after a locative ("à l'Opéra de X") is the place;
# "garden-acting": a botanic garden that lends or announces is a body there alone;
# "slavic-stage": a theatre on whose stage a concert is given ("на сцене X театра") is the place;
# "slavic-studio": a film studio in whose pavilions sets are built is the place, acting a body;
# "shop-by-owner": a shop named by its owner ("fromagerie Delpech") beside the owner in full;
# "romance-place": a fair's venue after a locative, a site "a 6 km del X" (romance_books);
# "firm-acting": a firm's short name that is a town's too, where it acts (english_villages);
# "region-acting": an Italian region that pays or decides, a body (italian_care);
# "alpine-cue": a German valley, pass, river or village typed by its preposition (german_lifts);
# "hall-acting": a Spanish hall with its own name opening its sentence, a body (spanish_music);
# "house-acting": a French cinema known by one name ("l'Eden") where it acts (venues);
# "travel-destination": a one-word "firm" people drive to, a place there (polish_places);
# "slavic-riverbank": a river's genitive after "на березі", a place there (slavic_riverbanks);
# "listed-place": an Arabic place listed after another ("في X والشيخ Y", arabic_nurseries);
# "town-of-firm": a village a firm is named after, where a named site stands in it (legal_forms);
# "paired-place": a Polish town paired with a place, or a river by its mouth (polish_paired_places);
# "spa-park": a park after a preposition of place, a place there (polish_spas);
# "spanish-garages": a carmaker after "concesionario oficial de", a school after "el instituto"
TYPED_BY_CONTEXT = frozenset(
    {"sports-result", "city-club", "club", "company", "team", "clan", "acting-site", "airport-acting", "fashion-house"}
    | {"premises", "slavic-park", "located-house", "garden-acting", "slavic-stage", "parish-acting"}
    | {"shop-by-owner", "slavic-studio", "romance-place", "firm-acting", "region-acting", "alpine-cue"}
    | {"hall-acting", "house-acting", "travel-destination", "slavic-riverbank", "listed-place", "town-of-firm"}
    | {"paired-place", "spa-park", "spanish-garages"}
)


def harmonise(
    mentions: list[Mention], places: Mapping[str, EntityType] | None = None, major: Collection[str] = ()
) -> list[Mention]:
    """One type per name in a text, by majority; known places and a full name's surname weigh in.

    `places`: names the gazetteer knows as places; `major`: those that are never a person's
    (countries, capitals, cities of a million), so a person tag on them loses outright.
    """
    votes: dict[str, Counter[EntityType]] = defaultdict(Counter)
    surnames: set[str] = set()
    for m in mentions:
        if m.model in TYPED_BY_CONTEXT:
            continue  # a club named by its city votes for neither the club nor the city
        votes[m.text][m.type] += 1
        if m.type == "PER" and " " in m.text:
            last = m.text.rsplit(" ", 1)[1]
            if last[:1].isupper() and len(last) > 2:
                surnames.add(last)
    for last in surnames:
        if last in votes and not (places and places.get(last) == "LOC"):
            # "Olaf Scholz" earlier makes a lone "Scholz" the person, whatever the tagger typed
            # it; not a place's name ("George Washington" beside "Washington")
            counter = votes[last]
            counter["PER"] = max(counter["PER"], sum(n for t, n in counter.items() if t != "PER") + 1)
    if places:
        for text, counter in votes.items():
            # An acronym is a place only as a major one ("USA", "КНР"); "UME" (Spain's emergency
            # unit) is some village's alias in the gazetteer too.
            acronym = text.isupper() and len(text) <= 5 and text not in major
            if places.get(text) == "LOC" and not acronym:
                # a tie keeps the model's type: sports teams are ORG ("Meksyk" won), towns share
                # names with people ("Ada"); but a country is no person ("China" PER in German news),
                # and a German genitive is no team ("Deutschlands", "Österreichs" typed ORG)
                genitive = text.endswith("s") and text in major and text[:-1] in major
                counter["LOC"] += sum(counter.values()) + (1 if (counter["PER"] and text in major) or genitive else 0)
    for m in mentions:
        if m.model in TYPED_BY_CONTEXT:
            continue  # a city's club in a match result stays the club ("Marseille beat Lyon 2-1")
        counter = votes[m.text]
        best = max(counter, key=lambda t: (counter[t], _PRIORITY.get(t, 0)))
        if best != m.type and counter[best] > counter[m.type]:
            m.type = best
    return mentions


def _towns_over_people(mentions: list[Mention], language: str) -> None:
    """A one-word town typed a place in one sentence and a person in another is the town
    ("da Portoferraio" LOC, "biglietterie di Portoferraio" PER): spread as a person's name, it
    would turn every mention of the town into one.  Not a given name ("Ada", "Florence")."""
    placed = {m.text for m in mentions if m.type == "LOC" and " " not in m.text}
    if not placed:
        return
    towns = small_place_names(language)
    first = given_names(language)
    for m in mentions:
        if m.type == "PER" and m.text in placed and m.text in towns and m.text not in first:
            m.type = "LOC"


def propagate_people(text: str, mentions: list[Mention], language: str | None = None) -> list[Mention]:
    """Add the person names found somewhere in `text` wherever else it repeats them.

    The rule backend runs paragraph by paragraph, so "Meloni" alone at the start of a
    later paragraph (where no cue types it) is lost although "Giorgia Meloni" was found
    above; run over a whole article this recovers it.  Full names first, then last names,
    as whole words (after an Arabic one-letter clitic, too); occurrences that overlap a
    mention are left alone.  Chinese has no spaces: there a name is found as a substring.
    """
    from storywire.stages.ner.tokens import tokenize

    if language in _UNSPACED:
        return _propagate_substrings(text, mentions)

    _towns_over_people(mentions, language or "xx")
    names: set[tuple[str, ...]] = set()
    short_surnames: defaultdict[str, set[tuple[str, ...]]] = defaultdict(set)  # "Xi" -> {("Xi", "Jinping")}
    for m in mentions:
        if m.type == "PER":
            parts = tuple(t.text for t in tokenize(m.text))
            if parts:
                names.update({parts, parts[-1:]})
                if language == "pl":  # "z Gitanasem Nausėdą" ... "Nausėda podziękował"
                    names.update((stem,) for stem in person_stems(parts[-1]) if len(stem) >= 4)
                if language == "es" and len(parts) == 3 and parts[0] in given_names("es"):
                    names.add(parts[1:2])  # "Manuel Carmona Ruiz" ... "Carmona": the first surname
            if language == "ar" and len(parts) >= 3 and parts[-2] in _ARABIC_SURNAME_PARTICLES:
                names.add(parts[-2:])  # "كمال بن X" ... "بن X": the family name holds its "بن"
            if len(parts) == 2 and len(parts[0]) == 2:
                short_surnames[parts[0]].add(parts)  # Chinese and Korean names put the surname first
                names.add(parts[:1])
            called = _name_before_particles(parts)
            if called:
                names.add((called,))  # "Lula" of "Luiz Inácio Lula da Silva"
    stop = cues.STOP_CAPITALS.get(language or "xx", cues.STOP_CAPITALS["xx"])
    places = place_names(language or "xx")
    prominent = prominent_place_names(language or "xx")
    mentions = [part for m in mentions for part in _person_at_place(m, names, language)]
    full_names = [(m.start, m.text.split()[-1]) for m in mentions if m.type == "PER" and " " in m.text]
    surnames = frozenset(last for _, last in full_names)
    for m in mentions:
        # "Xi" typed ORG beside "Xi Jinping": a lone surname of the article's person is that
        # person, unless the word is a place too ("Washington" beside "George Washington"),
        # or a town's name after the person's full name ("Beppe Sala" ... "Sala ha detto").
        # "SHOIGU a atterri": a headline's or a lead's capitals do not make a name another one
        one = (m.text[:1] + m.text[1:].lower(),) if m.text.isupper() and len(m.text) > 3 else (m.text,)
        lone = len(m.text) >= 3 or _lone_short_surname(one, short_surnames, stop)
        town = m.text not in prominent and any(s < m.start and last == one[0] for s, last in full_names)
        if m.model in ("clan", "fashion-house", "shop-by-owner"):
            continue  # "del clan Varanese", "la maison Ferragamo" beside the founder: the body, by its kind word
        if m.type in ("ORG", "LOC") and one in names and (one[0] not in places or town) and lone:
            m.type = "PER"
        elif m.type in ("ORG", "LOC") and " " not in m.text and m.text not in places:
            # "Glapińskiemu", "Набиуллиной" typed a place: the article's person, declined
            stems = person_stems(m.text) if language == "pl" else ()
            if any((stem,) in names for stem in stems) or _declined_surname(m.text, surnames, language):
                m.type = "PER"
    declinable = {(_stem(last),) for last in surnames} if language in _SLAVIC_CASES else set()
    if language != "pl" and not _repeated_elsewhere(text, mentions, names | declinable):
        return mentions  # no name to add: spare tokenising the whole article
    toks = tokenize(text)
    words = [t.text for t in toks]
    # Where each name's first word stands (in Arabic also behind a one-letter clitic), in text
    # order: a name is tried only there, not at every word of the article.  Other words are not
    # indexed: nothing asks for them.
    firsts = {name[0] for name in names}
    at: dict[str, list[int]] = {}
    for i, w in enumerate(words):
        if w in firsts:
            at.setdefault(w, []).append(i)
        if language == "ar" and w[:1] in "وبلف" and w[1:] in firsts:
            at.setdefault(w[1:], []).append(i)
        if language == "pl" and w[:1].isupper():
            for stem in _person_stems(w):  # "Rozmowy Putina": the article's Putin, declined
                if stem in firsts:
                    at.setdefault(stem, []).append(i)
        elif w[:1].isupper() and (surname := _declined_surname(w, surnames, language)) and surname in firsts:
            at.setdefault(surname, []).append(i)  # "Набиуллину" of "Эльвира Набиуллина"
    taken = [(m.start, m.end) for m in mentions]
    added: list[Mention] = []
    for name in sorted(names, key=len, reverse=True):
        if len(name[-1]) < 3 and not _lone_short_surname(name, short_surnames, stop):
            continue  # a two-letter word alone is a person only as the one such surname here
        for i in at.get(name[0], ()):
            if i > len(words) - len(name):
                break
            first = words[i]
            if language == "ar" and first[:1] in "وبلف" and first[1:] == name[0]:
                first = first[1:]
            declined = (
                len(name) == 1
                and first != name[0]
                and (
                    (language == "pl" and name[0] in _person_stems(first))
                    or _declined_surname(first, surnames, language) == name[0]
                )
            )
            if (first != name[0] and not declined) or tuple(words[i + 1 : i + len(name)]) != name[1:]:
                continue
            s, e = toks[i].end - len(first), toks[i + len(name) - 1].end
            if any(s < b and a < e for a, b in taken):
                continue
            taken.append((s, e))
            added.append(Mention(s, e, text[s:e], "PER", model="propagated", confidence=0.6))
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end))


# Cached: every capitalised word of a Polish article is tried, and its words recur.
@functools.lru_cache(maxsize=50_000)
def _person_stems(word: str) -> tuple[str, ...]:
    return tuple(person_stems(word))


_UNSPACED = frozenset({"zh", "ja"})
_ARABIC_SURNAME_PARTICLES = frozenset({"بن", "ابن", "بو", "أبو"})  # "أبو X": a clan name holds its "أبو"
_SLAVIC_CASES = frozenset({"ru", "uk"})
_STEM_ENDINGS = ("ий", "ый", "ой", "ая", "а", "я", "й", "о", "е", "і", "и", "ь")


def _declined_surname(word: str, surnames: frozenset[str], language: str | None) -> str | None:
    """The article's surname that `word` declines (ru, uk): "Набиуллину", "Набиуллиной" of
    "Набиуллина", "Путину" of "Путин", "Зеленського" of "Зеленський"; a stem of four letters
    or more, and at most four letters of ending."""
    if language not in _SLAVIC_CASES:
        return None
    for surname in surnames:
        stem = _stem(surname)
        if word != surname and len(stem) >= 4 and word.startswith(stem) and len(word) - len(stem) <= 4:
            return surname
    return None


def _stem(surname: str) -> str:
    for ending in _STEM_ENDINGS:
        if surname.endswith(ending) and len(surname) - len(ending) >= 4:
            return surname[: -len(ending)]
    return surname


def _repeated_elsewhere(text: str, mentions: list[Mention], names: set[tuple[str, ...]]) -> bool:
    """Whether a name's first word occurs in `text` more often than inside the mentions (as a
    substring, which every whole-word occurrence also is; not for Polish, whose declined forms
    change the name's last letters)."""
    firsts = {name[0] for name in names}
    return any(text.count(w) > sum(m.text.count(w) for m in mentions) for w in firsts)


def _person_at_place(m: Mention, names: set[tuple[str, ...]], language: str | None) -> list[Mention]:
    """A headline's "Duda w Wilnie" or "Shoigu in Beijing" read as one name: the article's
    person, then a place after a place preposition."""
    from storywire.stages.ner.tokens import is_title, tokenize

    if m.type == "PER" or m.text.count(" ") < 2:
        return [m]
    toks = tokenize(m.text)
    preps = cues.LOC_PREPS.get(language or "xx", frozenset())
    at = next((i for i, t in enumerate(toks) if t.text in preps), None)
    if at is None or at == 0 or at == len(toks) - 1:
        return [m]
    if tuple(t.text for t in toks[:at]) not in names or not all(is_title(t.text) for t in toks[at + 1 :]):
        return [m]
    person_end, place_start = toks[at - 1].end, toks[at + 1].start
    return [
        Mention(m.start, m.start + person_end, m.text[:person_end], "PER", model=m.model, confidence=m.confidence),
        Mention(m.start + place_start, m.end, m.text[place_start:], "LOC", model=m.model, confidence=m.confidence),
    ]


def _name_before_particles(parts: tuple[str, ...]) -> str | None:
    """The surname a person is called by when the name ends in a particle chain: "Lula" in
    "Luiz Inácio Lula da Silva", "Rodríguez" in "José Rodríguez de la Fuente"."""
    end = len(parts) - 1
    k = end - 1
    while k > 0 and parts[k].islower():
        k -= 1
    if k == end - 1 or k < 1 or not all(p in cues.NAME_PARTICLES for p in parts[k + 1 : end]):
        return None
    word = parts[k]
    return word if len(word) >= 3 and word[:1].isupper() else None


def _lone_short_surname(
    name: tuple[str, ...], surnames: Mapping[str, set[tuple[str, ...]]], stop: frozenset[str]
) -> bool:
    """ "Xi" alone, where "Xi Jinping" is the article's only full name with that surname, and
    the word is no capitalised function word of the language ("Er", "Es", "La")."""
    return (
        len(name) == 1
        and len(surnames.get(name[0], ())) == 1
        and name[0][:1].isupper()
        and name[0][1:].islower()
        and name[0].lower() not in stop
    )


def _propagate_substrings(text: str, mentions: list[Mention]) -> list[Mention]:
    """`propagate_people` for scripts without spaces: every occurrence of a person's name."""
    taken = [(m.start, m.end) for m in mentions]
    added: list[Mention] = []
    for name in sorted({m.text for m in mentions if m.type == "PER" and len(m.text) >= 2}, key=len, reverse=True):
        at = text.find(name)
        while at >= 0:
            s, e = at, at + len(name)
            if not any(s < b and a < e for a, b in taken):
                taken.append((s, e))
                added.append(Mention(s, e, name, "PER", model="propagated", confidence=0.6))
            at = text.find(name, e)
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end))
