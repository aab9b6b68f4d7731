"""News-aware post-editing of tagger mentions.

The taggers learned WikiANN's habits, and news prose differs from Wikipedia in one way
that matters most: a person is introduced by a role ("Russian President Vladimir Putin",
"Präsident Xi", "Секретарь Совета безопасности России Сергей Шойгу"), and the taggers
glue the role into the name (often typed ORG).  WikiANN's own spans rarely include the
role either, so cutting it costs nothing there.  Here:

- a span holding a title word followed by a name becomes the name, typed PER; what stood
  before the title or between it and the name is kept only when it is a place or an
  organisation ("Russia's Security Council", "Совета безопасности России", "Chin");
- a possessor is split off ("Russia's Shoigu" -> "Russia", "Shoigu") and a trailing
  "'s" dropped;
- weekday names and sentence-initial function words ("But Beijing", "Telegram Tuesday")
  are trimmed at the edges; a person name stops at a lower-case word followed by more
  capitals ("Zelensky urges UN"); in Russian and Ukrainian a person span that starts with
  a known place or body is split ("Еврокомиссии Урсула фон дер Ляйен");
- a span right after a title word, or sharing a word with a person elsewhere in the
  text, is a person ("leader Xi Jinping" ORG -> PER; "Wang Yi" beside "Wang");
- lone German common nouns (capitalised like names) are dropped unless the gazetteer
  knows them, and a span whose last word is an organisation head becomes ORG;
- pl, ru, uk: an inflected known place after a place preposition, left untagged, is
  added ("w Pekinie").

The word lists are in `titles.py`, the predicates on words in `span_words.py`, the pass
over the whole text after the spans (person-type lending, places after prepositions) in
`refine_post_pass.py`.  Every rule was checked on held-out WikiANN train
sentences to cost (almost) nothing there: WikiANN's spans leave titles out too.
"""

from __future__ import annotations

from storywire.model import EntityType, Mention
from storywire.stages.ner import cues
from storywire.stages.ner.gazetteer import REGIONS
from storywire.stages.ner.refine_post_pass import lend_person_type, places_after_prepositions
from storywire.stages.ner.rules import org_head
from storywire.stages.ner.runaway import joined_pair, piece_type, salvage, without_lower_tail
from storywire.stages.ner.span_words import (
    INFLECTING,
    PL_NOT_GIVEN,
    all_name_like,
    body_words,
    cap,
    capitals,
    common_noun_like,
    name_like,
    possessive,
    side_type,
    starts_sentence,
    verb_like,
)
from storywire.stages.ner.titles import (
    ABBREV,
    AMBIGUOUS_TITLES,
    CLAUSE_WORDS,
    INFINITIVE_ENDINGS,
    LEADING_JUNK,
    OFFICE_OF,
    TRAILING_OF,
    is_title_word,
    particle,
    weekdays,
)
from storywire.stages.ner.tokens import Token, is_title, tokenize
from storywire.stages.ner.word_frequency import zipf

# wordfreq Zipf of the commonest words (más 6.6, antes 5.8, we 6.5); words that open names
# mostly sit below (consejo 5.2, banco 5.0), and the rule needs no capital after the first.
_COMMON_ZIPF = 5.5


# "más"/"menos" join no name's words: between two capitalised runs they are the sentence
# ("reclama a la Junta de Andalucía más plazas de Formación Profesional").
_COMPARATIVES = {"es": cues.word_set("más menos")}


_OPENING_WORDS = {
    "es": cues.word_set("mientras además entonces asimismo dos tres cuatro cinco seis siete ocho nueve diez"),
}


def _comparative_join(toks: list[Token], i: int, language: str) -> bool:
    return (
        toks[i].text in _COMPARATIVES.get(language, ())
        and is_title(toks[i - 1].text)
        and any(is_title(t.text) for t in toks[i + 1 :])
    )


class _Refiner:
    """Refines the mentions of one text; pieces are token lists relative to the mention."""

    def __init__(self, text: str, language: str) -> None:
        self.text = text
        self.lang = language
        self.out: list[Mention] = []

    def emit(self, m: Mention, toks: list[Token], etype: EntityType) -> None:
        if not toks:
            return
        s, e = m.start + toks[0].start, m.start + toks[-1].end
        if possessive(toks[-1]):
            e -= 2  # "Vladimir Putin's"
        if e > s:
            self.out.append(Mention(s, e, self.text[s:e], etype, model=m.model, confidence=m.confidence))

    def sentence_start(self, at: int) -> bool:
        return starts_sentence(self.text, at)

    def common_opening(self, m: Mention, toks: list[Token]) -> bool:
        """A sentence's first words, capitalised only by their place: a very common word and
        nothing capitalised after it ("Más de 5.000", "Antes de regresar", "We count")."""
        at = m.start + toks[0].start
        # the text after a dateline's dash opens like a sentence ("PALENCIA, 14 (EP) – Tres ...")
        after_dash = self.lang in _OPENING_WORDS and self.text[max(0, at - 2) : at] in ("– ", "— ")
        opens = self.sentence_start(at) or after_dash
        if len(toks) == 1 and toks[0].text.lower() in _OPENING_WORDS.get(self.lang, ()):
            return opens  # "Mientras, los clientes esperan": a connective or a number
        if len(toks) < 2 or any(is_title(t.text) for t in toks[1:]):
            return False
        if not opens:
            return False
        return zipf(toks[0].text.lower(), self.lang) >= _COMMON_ZIPF

    def portfolio(self, m: Mention, toks: list[Token]) -> bool:
        """An organisation span right after "<office> de": the office's portfolio, not a body
        ("ministro de Asuntos Exteriores"); a body keeps its head ("secretario del Consejo")."""
        if m.type != "ORG" or any(org_head(t.text, self.lang) for t in toks):
            return False  # "des russischen Sicherheitsrats": a body, whatever precedes it
        before = tokenize(self.text[max(0, m.start - 40) : m.start])
        return len(before) >= 2 and before[-1].text in OFFICE_OF and is_title_word(before[-2].text, self.lang)

    def side(self, m: Mention, toks: list[Token]) -> None:
        """Keep the part before or after a title when it names a place or organisation."""
        toks = self.trim(toks)
        etype = side_type(toks, self.lang)
        if etype is not None:
            self.emit(m, toks, etype)

    def trim(self, toks: list[Token]) -> list[Token]:
        a, b = 0, len(toks)
        lead = LEADING_JUNK.get(self.lang, frozenset())
        while a < b and (toks[a].text.lower() in lead or (a and toks[a].text in (":", ",", "–", "—"))):
            a += 1  # "Oder: In Brandenburg": junk, then the punctuation after it, then junk again
        days = weekdays(self.lang)
        # a weekday after a lower-case word ends the name: "Gewerkschaft Verdi am Montag Hunderte
        # Flüge" ("Good Friday" has no lower-case word before its weekday)
        inside = next((i for i in range(a + 2, b) if toks[i].text.lower() in days and toks[i - 1].text.islower()), None)
        if inside is not None:
            b = inside + 1
        while b > a and (toks[b - 1].text.lower() in days or toks[b - 1].text in (",", ":", "–", "-", "—", ".")):
            if toks[b - 1].text == "." and b - a > 1 and ABBREV.fullmatch(toks[b - 2].text):
                break  # the German ordinal dot, abbreviations: "Karl VI.", "James Douglas, Jr."
            b -= 1
            if toks[b].text.lower() in days:
                while b > a + 1 and toks[b - 1].text.islower():
                    b -= 1  # "von der Leyen on Wednesday"
        b = without_lower_tail(toks, a, b, self.lang)
        return toks[a:b]

    def add(self, m: Mention) -> None:
        whole = tokenize(self.text[m.start : m.end])
        toks = self.trim(whole)
        if not toks or self.common_opening(m, toks) or self.portfolio(m, toks):
            return
        etype: EntityType = m.type
        if etype != "PER" and (toks[0] is not whole[0] or toks[-1] is not whole[-1]):
            # "In Brandenburg", "Kiev un nuevo paquete" typed as a whole: type what is left of it
            etype = piece_type(" ".join(t.text for t in toks), etype, self.lang)
        # Two things glued across a clause word ("la UME si Ankara"), or in English across a
        # verb between two capitalised runs ("Wang Yi met Jean-Noël Barrot"): two mentions.
        clause = CLAUSE_WORDS.get(self.lang, frozenset())
        j = next((i for i in range(1, len(toks) - 1) if toks[i].text in clause), None)
        if j is None:
            j = next((i for i in range(1, len(toks) - 1) if _comparative_join(toks, i, self.lang)), None)
        if j is None and self.lang == "en":
            j = next((i for i in range(1, len(toks) - 1) if verb_like(toks[i], toks[i + 1 :])), None)
        if j is None and etype != "PER":
            before = tokenize(self.text[max(0, m.start - 20) : m.start])
            pair = joined_pair(toks, before[-1].text.lower() if before else "", self.lang)
            if pair is not None:
                split_at, first_type = pair
                for part, kind in ((toks[:split_at], first_type), (toks[split_at + 1 :], "LOC")):
                    s, e = m.start + part[0].start, m.start + part[-1].end
                    self.add(Mention(s, e, self.text[s:e], kind, model=m.model, confidence=m.confidence))
                return
        if j is not None:
            for part in (toks[:j], toks[j + 1 :]):
                s, e = m.start + part[0].start, m.start + part[-1].end
                kind = piece_type(" ".join(t.text for t in part), etype, self.lang)
                self.add(Mention(s, e, self.text[s:e], kind, model=m.model, confidence=m.confidence))
            return
        if etype in ("LOC", "PER") and len(toks) > 2 and self.lang in TRAILING_OF:
            of, verb = toks[-2].text, toks[-1].text
            if of in TRAILING_OF[self.lang] and verb.islower() and verb.endswith(INFINITIVE_ENDINGS[self.lang]):
                toks = toks[:-2]  # "acusan a Pekín de suministrar"
        # A possessor first: "Russia's Security Council", "China's Wang Yi".
        cut = next((i for i, t in enumerate(toks[:-1]) if possessive(t)), None)
        if cut is not None and self.lang == "en":
            self.side(m, toks[: cut + 1])
            toks = toks[cut + 1 :]
        if etype in ("PER", "ORG", "MISC"):
            done = self.titled(m, toks, etype) or self.titled_before(m, toks, etype)
            if done:
                return
        names = salvage(toks, etype, self.lang, self.sentence_start(m.start + toks[0].start))
        if names is not None:
            for run, kind in names:
                s, e = m.start + run[0].start, m.start + run[-1].end
                self.add(Mention(s, e, self.text[s:e], kind, model=m.model, confidence=m.confidence))
            return
        if etype == "PER":
            toks = self.person(toks)
            if not toks:
                return
        last = toks[-1].text
        if self.lang == "de" and len(toks) == 1 and common_noun_like(last):
            # A lone German common noun ("Regierung", "Nationalsozialismus") is no name.
            low = last.lower()
            if low.endswith(cues.DE_NOUN_SUFFIXES) or low in cues.STOP_CAPITALS["de"]:
                return
        if org_head(last, self.lang) and (etype != "LOC" or last.lower() in cues.ORG_HEADS):
            etype = "ORG"  # "Sicherheitsrates", "Ministerio de Defensa"; not "Montserrat"
        elif etype == "PER" and len(toks) > 1 and org_head(toks[0].text, self.lang):
            etype = "ORG"  # "Kancelaria Prezydenta", "Rada Bezpieczeństwa": a body's head leads
        elif etype == "ORG" and len(toks) == 1 and self.lang == "en" and last in capitals():
            etype = "LOC"  # a capital for its government ("Beijing said"), as news taggers type it
        elif etype == "ORG" and len(toks) > 1 and " ".join(t.text for t in toks) in REGIONS.get(self.lang, ()):
            etype = "LOC"  # "Comunidad Valenciana": a region whose name holds a body's word
        self.emit(m, toks, etype)

    def titled(self, m: Mention, toks: list[Token], etype: EntityType) -> bool:
        """Split "<before> <title> <between> <name>"; False when no title introduces a name.

        In Russian and Ukrainian (where pymorphy tells names from places) a person span may
        also start with a place or body in the genitive, with no title ("Еврокомиссии Урсула фон дер Ляйен"): k = -1.
        """
        inflecting = self.lang in INFLECTING
        for k in range(len(toks) - 2, -2, -1):
            if k < 0 and not (self.lang in ("ru", "uk") and etype == "PER"):
                break
            if k >= 0 and not is_title_word(toks[k].text, self.lang):
                continue
            tail = toks[k + 1 :]
            if not inflecting:
                # "Russian President Vladimir Putin met Chinese": the name ends at a verb.
                low = next((i for i, t in enumerate(tail) if not cap(t) and not particle(t.text, self.lang)), None)
                tail = tail[:low] if low else tail
            end = len(tail)
            while end and not tail[end - 1].text[:1].isalnum():
                end -= 1  # "Ван И."
            n = 0
            body = body_words(tail, self.lang)
            while n < end and end - 1 - n not in body and name_like(tail[end - 1 - n], self.lang):
                n += 1
            if 0 < n < end and end - 1 - n not in body and particle(tail[end - n].text):
                given = tail[end - 1 - n]  # "Ursulą von der Leyen": a given name that is a town too
                if cap(given) and not org_head(given.text, self.lang) and not is_title_word(given.text, self.lang):
                    n += 1
            while n and particle(tail[end - n].text):
                n -= 1  # a name does not start with "von"
            between, name = tail[: end - n], tail[end - n : end]
            if not name or len(name) > 4:
                continue
            start = k
            while start > 0 and is_title_word(toks[start - 1].text, self.lang):
                start -= 1
            if k < 0 and side_type(between, self.lang) is None:
                break  # "Менделеев , Дмитрий Иванович": WikiANN's page-title order
            lower_before = start > 0 and not any(cap(t) for t in toks[:start])  # "chinesische Präsident"
            # a lower-case title inside a span: two things glued ("Pałacu Prezydenckim prezydenta Litwy ...")
            glued = inflecting and k > 0 and toks[k].text.islower()
            strong = toks[k].text.lower() not in AMBIGUOUS_TITLES
            if (
                etype != "PER"
                and not (
                    self.lang == "en"
                    or lower_before
                    or (start == 0 and (len(name) > 1 or strong))  # "Präsident Xi" ORG, not "General Hospital"
                    or (inflecting and (start == 0 or glued or side_type(toks[:start], self.lang)))
                )
            ):
                # "Estadio Presidente Perón", "General Hospital": named after a person or
                # holding a title word.  The English and Slavic taggers do type a titled
                # person ORG ("Chinese Foreign Minister Wang Yi", "Секретарь Совета ...").
                continue
            if between and not inflecting:
                # Outside the inflecting languages a name follows its title directly;
                # "President of the Republic" is an office, not a person.
                continue
            self.side(m, toks[: max(start, 0)])
            self.side(m, between)
            self.emit(m, name, "PER")
            return True
        return False

    def titled_before(self, m: Mention, toks: list[Token], etype: EntityType) -> bool:
        """Inflecting languages: a lower-case title right before a body and a name the tagger
        ran together ("przewodniczącą | Komisji Europejskiej Ursulą von der Leyen") is split
        as if the title were inside."""
        if self.lang not in INFLECTING or etype == "PER" or len(toks) < 2:
            return False
        offset = max(0, m.start - 40)
        before = tokenize(self.text[offset : m.start])
        if not before or not before[-1].text.islower() or not is_title_word(before[-1].text, self.lang):
            return False
        start = offset + before[-1].start
        wider = Mention(start, m.end, self.text[start : m.end], etype, model=m.model, confidence=m.confidence)
        probe = _Refiner(self.text, self.lang)
        if not probe.titled(wider, tokenize(wider.text), etype):
            return False
        names = [x for x in probe.out if x.type == "PER"]
        if not all(len(x.text.split()) > 1 and not x.text.split()[0].endswith(PL_NOT_GIVEN) for x in names):
            return False  # one word after a body is the body's ("szefa Rady Mediów Narodowych")
        self.out.extend(probe.out)
        return True

    def person(self, toks: list[Token]) -> list[Token]:
        """A person's name has no lower-case words but particles: "Zelensky urges UN".

        A lower-case word ends the name only when a capitalised word follows it (two
        things glued together); epithets at the end stay ("Bolko II ziębicki"), and after
        a comma or bracket anything goes ("Менделеев , Дмитрий Иванович", "Matt Cross (
        wrestler )": WikiANN's page-title style).
        """
        a = 0
        while a < len(toks) and not cap(toks[a]):
            a += 1
        for b in range(a + 1, len(toks)):
            word = toks[b].text
            if word in ",(":
                break
            if (
                word[:1].isalpha()
                and not (cap(toks[b]) or particle(word, self.lang))
                and any(cap(t) for t in toks[b + 1 :])
            ):
                return toks[a:b]
        return toks[a:]


def refine(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """News-edited mentions (offsets into `text`); may split one mention into several."""
    refiner = _Refiner(text, language)
    for m in mentions:
        refiner.add(m)
    out = refiner.out
    toks = tokenize(text)
    starts = {t.start: i for i, t in enumerate(toks)}
    for m in out:
        i = starts.get(m.start)
        if m.type == "ORG" and i and is_title_word(toks[i - 1].text, language) and all_name_like(m.text, language):
            m.type = "PER"  # "leader Xi Jinping", "ministrem Siergiejem Szojgu"
    lend_person_type(out, language)
    if language in INFLECTING:
        out.extend(places_after_prepositions(text, toks, out, language))
    return out
