"""Rule backend: capitalised-token runs typed by gazetteers, title/organisation cues and
name-likeness; plus substring gazetteer matching for scripts without capitals/spaces.

Used for languages with no statistical model here (it, uk, zh, ar, ...) and as a
complement to the models (names passed in as `known`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Literal

from storywire.identity.given_names import given_names
from storywire.model import EntityType, Mention
from storywire.stages.ner import context_cues, cues, slavic
from storywire.stages.ner.arabic_clitics import arabic_mentions
from storywire.stages.ner.gazetteer import (
    known_matcher,
    major_place_names,
    org_matcher,
    place_matcher,
    place_names,
    small_place_names,
)
from storywire.stages.ner.script_rules import substring_mentions
from storywire.stages.ner.titles import role_titles
from storywire.stages.ner.tokens import Token, elided, is_title, split_elision, split_final_initials, tokenize
from storywire.stages.ner.word_frequency import zipf

# A per-token hint from morphology (pymorphy for uk/ru): the type the word suggests, or
# "COMMON" for a known dictionary word that is no name (a capitalised sentence start).
# "NAME" is a given name that is also a place (Володимир): the neighbours decide.
HintValue = Literal["PER", "ORG", "LOC", "MISC", "COMMON", "NAME"] | None
Hint = Callable[[str], HintValue]

_SENT_END = frozenset('.!?:;"«»“”„()[]|•–—-')
_NO_SPACE = frozenset({"zh", "ja"})
_MORPH = frozenset({"uk", "ru"})
# Surnames declined like adjectives: Зеленський, Зеленського, Кличко is not one of them.
_ELISION = frozenset({"it", "fr", "xx"})
# Elided "of" inside a name: "Banca d'Italia", "Ministero dell'Economia", "Côte d'Ivoire".
_JOINING_ELISIONS = frozenset({"d'", "dell'"})
# Plural articled "of" that joins two capitalised words into one name ("Gallerie degli Uffizi",
# "Ministero degli Affari Esteri"); no person's name holds them.
_PLURAL_LINKS = {"it": frozenset({"degli", "dei", "delle", "dello"})}
# Article contractions that are also Arabic name particles: "al Quirinale" is "to the".
_CONTRACTIONS = {"it": frozenset({"al"}), "es": frozenset({"al"})}
# "of" between a title and its country ("re di Spagna", "roi d'Espagne", "King of Spain").
_OF = cues.word_set("di del della dello de du des von der of d' dell'")


def _sentence_initial(toks: list[Token], text: str, i: int) -> bool:
    if i == 0:
        return True
    prev = toks[i - 1]
    return prev.text in _SENT_END or "\n" in text[prev.end : toks[i].start]


def _noun_like_de(word: str) -> bool:
    return word.lower().endswith(cues.DE_NOUN_SUFFIXES)


# A very common word capitalised by house style is no name ("i Paesi sviluppati", "diversi Stati
# africani", "il Governo": 5.3-5.7); "la Lega" (4.94), "Juventus" (4.14) stay.
_STYLE_CAPITAL_ZIPF = 5.0


# First words of a place's name ("Val Roia", "Borgo Ticino"), and adjectives only bodies carry
# ("Rete Ferroviaria Italiana", "Atc Piemonte Centrale").
_PLACE_FIRST = cues.word_set("val valle borgo castel castello monte porto")
_BODY_ADJECTIVES = cues.word_set(
    "italiana italiano nazionale centrale regionale provinciale comunale europea internazionale generale "
    "ferroviaria ospedaliera sanitaria universitaria"
)


def org_head(word: str, language: str) -> bool:
    low = word.lower()
    if low in cues.ORG_HEADS or low in cues.LANGUAGE_ORG_HEADS.get(language, ()):
        return True
    return language == "de" and low.endswith(cues.DE_ORG_SUFFIXES) and len(low) > 6


class _Rules:
    """One pass over one text; the state is the tokens and what was typed so far."""

    def __init__(self, text: str, language: str, known: Mapping[str, EntityType] | None, hint: Hint | None) -> None:
        self.text = text
        self.lang = language
        self.toks = tokenize(text)
        if language in _ELISION:
            self.toks = split_elision(self.toks)
        self.words = [t.text for t in self.toks]
        self.known = known_matcher(known)
        self.places = place_matcher(language)
        self.orgs = org_matcher(language)
        self.hint = hint
        self.place_words = place_names(language)
        self.major = major_place_names(language)
        self.stop = cues.STOP_CAPITALS.get(language, cues.STOP_CAPITALS["xx"])
        self.toks = split_final_initials(text, self.toks, lambda w: w.lower() in self.stop or self._hint(w) == "COMMON")
        self.words = [t.text for t in self.toks]
        self.titles = cues.PERSON_TITLES.get(language, frozenset()) | role_titles(language)
        self.preps = cues.LOC_PREPS.get(language, frozenset())
        self.spans: list[tuple[int, int, EntityType, float, str]] = []  # tok start, tok end, type, conf, why

    def _emit(self, a: int, b: int, etype: EntityType, conf: float, why: str) -> None:
        if a < b:
            self.spans.append((a, b, etype, conf, why))

    def _is_cap(self, i: int) -> bool:
        w = self.words[i]
        return is_title(w) and any(ch.isalpha() for ch in w) and not elided(w)

    def _joins(self, word: str, opening: int | None = None) -> bool:
        """A particle or elided "of" that joins the capitalised words around it into one name
        (a plural "of" only right after a body's or a place's head word, at `opening`)."""
        low = word.lower()
        if low in _CONTRACTIONS.get(self.lang, ()):
            return False
        if low in _PLURAL_LINKS.get(self.lang, ()):
            first = self.words[opening].lower() if opening is not None else ""
            return self._org_head(first) or first in cues.LOC_FIRST
        return low in cues.NAME_PARTICLES or low.replace("’", "'") in _JOINING_ELISIONS

    def _lookup(self, i: int) -> tuple[int, EntityType, str] | None:
        for matcher, why in ((self.known, "known"), (self.orgs, "gazetteer"), (self.places, "gazetteer")):
            if matcher is None:
                continue
            hit = matcher.match(self.words, i)
            if hit is not None:
                return hit[0], hit[1], why
        etype = self._known_lemma(i)
        return (i + 1, etype, "known") if etype is not None else None

    def _known_lemma(self, i: int) -> EntityType | None:
        """uk/ru: an inflected known name ("Росатома" for "Росатом") keeps the known type."""
        if self.lang not in _MORPH or self.known is None or not self._is_cap(i):
            return None
        from storywire.stages.ner.morph import lemma

        hit = self.known.match([lemma(self.words[i], self.lang).capitalize()], 0)
        return hit[1] if hit is not None else None

    def run(self) -> list[tuple[int, int, EntityType, float, str]]:
        words, n = self.words, len(self.words)
        i = 0
        while i < n:
            hit = self._lookup(i)
            # A place name that heads a longer capitalised name ("Peking University") is
            # left to the run logic below.
            # Nor is a place name followed by more capitalised words ("Vladimir Putin":
            # Vladimir is also a city), unless the caller named it.
            if hit is not None and hit[2] == "gazetteer" and self._common_opening(i, hit[0]):
                hit = None
            if hit is not None and hit[2] == "gazetteer" and self._given_name_then_name(i, hit[0]):
                hit = None  # "Marco Rubio": towns both, but a given name opens a person's name
            # (a known body's name of several words is whole: "Федерації професійних спілок України")
            ends_here = hit is not None and hit[2] == "gazetteer" and hit[0] < n and self._continues(hit[0])
            if hit is not None and (self._body_at(i) or not ends_here):
                end, etype, why = hit
                self._emit(i, end, etype, 1.0 if why == "known" else 0.9, why)
                i = end
                continue
            if not self._is_cap(i):
                i += 1
                continue
            j = i + 1
            while j < n and not self._boundary(j):
                if self._is_cap(j):
                    j += 1
                elif context_cues.number_inside(words, j, self._org_head, self._continues):
                    j += 2  # "Movimento 5 Stelle"
                else:
                    # Particles join a name only when a capitalised word follows them: "von der Leyen".
                    k = j
                    while k < n and k - j < 3 and self._joins(words[k], j - 1):
                        k += 1
                    if k == j or k >= n or not self._is_cap(k):
                        break
                    j = k + 1
            self._classify(i, j)
            i = j
        self._propagate()
        return self.spans

    def _given_name_then_name(self, i: int, end: int) -> bool:
        if end != i + 1 or end >= len(self.words) or not self._is_cap(end):
            return False
        word, after = self.words[i], self.words[end]
        return word in given_names(self.lang) and word not in self.major and after not in self.major

    def _common_opening(self, i: int, end: int) -> bool:
        """A sentence's first word that is some town's name but first a very common word
        ("Una nuova eruzione": a town in Brazil), unless a major place ("Roma")."""
        word = self.words[i]
        if end != i + 1 or not _sentence_initial(self.toks, self.text, i):
            return False
        if self.lang in _MORPH:  # "Того ж дня": "that same day", not Togo; the run logic decides
            from storywire.stages.ner.morph import function_word

            return function_word(word, self.lang)
        return word not in self.major and zipf(word.lower(), self.lang) >= _STYLE_CAPITAL_ZIPF

    def _gazetteer_inside(self, a: int, b: int) -> tuple[int, int, EntityType] | None:
        """The first organisation in the run, or a place that ends it and is several words
        or a major place: "Mario Monti" keeps its town-named surname, "Peking University"
        its head."""
        for p in range(a, b):
            for matcher in (self.orgs, self.places):
                hit = matcher.match(self.words, p)
                if hit is None or hit[0] > b:
                    continue
                end, etype = hit
                if etype == "ORG" or (end == b and (end - p > 1 or self.words[p] in self.major)):
                    return p, end, etype
        return None

    def _continues(self, j: int) -> bool:
        return self._is_cap(j) and not self._boundary(j) and self.places.match(self.words, j) is None

    def _body_at(self, i: int) -> bool:
        """A known body's name of several words starts at words[i]."""
        hit = self.orgs.match(self.words, i)
        return hit is not None and hit[0] - i > 1

    def _boundary(self, j: int) -> bool:
        """A new sentence, or a gazetteer name that starts inside the run."""
        if self.lang in _MORPH and slavic.script(self.words[j - 1]) != slavic.script(self.words[j]):
            return True  # "ООН COP29": a Latin name inside Cyrillic text is another name
        if self._body_at(j):
            return True  # "Голова Федерації професійних спілок": the body's name is its own
        return _sentence_initial(self.toks, self.text, j) or (
            self.known is not None and (self.known.match(self.words, j) is not None or self._known_lemma(j) is not None)
        )

    def _classify(self, a: int, b: int) -> None:
        words, low = self.words, [w.lower() for w in self.words[a:b]]
        per_cue = a > 0 and words[a - 1].lower() in self.titles
        # "il re di Spagna Felipe VI": the title's country, then the name
        per_cue = per_cue or (a > 1 and words[a - 1] in _OF and words[a - 2].lower() in self.titles)
        if self.lang in _MORPH and slavic.quoted(self.text, self.toks[a].start, self.toks[b - 1].end):
            self._emit(a, b, "ORG", 0.7, "quoted")  # «Росатома»: a company, party or outlet
            return
        # Strip leading stop-capitals and titles ("Der Präsident Xi Jinping" -> "Xi Jinping").
        k = 0
        while k < len(low) and (
            low[k] in self.stop
            or low[k] in self.titles
            or words[a + k] in cues.NAME_PARTICLES  # lower case only: "Ван І", "Van Gaal" are names
            or (k == 0 and _sentence_initial(self.toks, self.text, a) and self._common_start(a, b))
        ):
            per_cue = per_cue or low[k] in self.titles
            k += 1
        if a + k + 1 < b and context_cues.portfolio_after_office(words, a + k, self.lang, self.titles):
            # "presidente del Consiglio Giorgia Meloni": the office's portfolio, then a name
            # (alone, "segretario del Consiglio di sicurezza", it may be the body: kept)
            k, per_cue = k + 1, True
            if context_cues.territory(words[a + k - 1]) and a + k + 1 < b:
                hit = self.places.match(words, a + k)  # "presidente della Regione Lombardia ..."
                # an unknown word names the territory only when a full name still follows:
                # "della Regione Attilio Fontana" is the office, then the person
                end = hit[0] if hit is not None and hit[0] < b else a + k + 1 if b - a - k >= 3 else a + k
                self._emit(a + k, end, "LOC", 0.7, "territory")
                k = end - a
        a += k
        low = low[k:]
        while b > a and words[b - 1] in cues.NAME_PARTICLES:
            b -= 1  # a name never ends in a particle ("Ieri la" before "Unione Europea")
        low = low[: b - a]
        if a >= b:
            return
        if b - a > 1 and any(w.lower() in context_cues.FACILITY_HEADS for w in words[a:b]):
            self._facility(a, b)  # "Allianz Stadium di Torino": a site named after a company
            return
        # (not uk/ru: their morphology reads "Радбезі ООН" as one body, the Security Council's)
        inside = self._gazetteer_inside(a, b) if self.lang not in _MORPH else None
        if inside is not None:
            # "La Unione Europea", "Il Medio Oriente": a known body or place inside the run
            p, end, etype = inside
            if etype == "LOC" and context_cues.institution_of_place(words, a, p):
                p, etype = a, "ORG"  # "Procura di Milano": the body that serves the place
            if p > a:
                head = p
                while head > a and self._joins(words[head - 1]):
                    head -= 1  # "Parlamento dell'" + "Albania": the "of" joins neither
                self._classify(a, head)
            self._emit(p, end, etype, 0.9, "gazetteer")
            if end < b:
                self._classify(end, b)
            return
        if b - a >= 2 and self._acronym(words[a]) and (per_cue or b - a >= 3):
            # "ООН Антоніу Гутеррешем", "КНР Сі Цзіньпіном": the body before the name
            self._emit(a, a + 1, "LOC" if words[a] in self.place_words else "ORG", 0.7, "acronym")
            a, low, per_cue = a + 1, low[1:], True
        length = b - a
        initial = _sentence_initial(self.toks, self.text, a)
        hints = _resolve_names([self._hint_at(i) for i in range(a, b)])
        if self.lang in _MORPH:
            people = slavic.person_words(words[a:b], hints)
            hints = ["PER" if i in people else h for i, h in enumerate(hints)]
        b = self._extend_org(a, b, hints)
        length, low = b - a, [w.lower() for w in words[a:b]]
        hints += [None] * (length - len(hints))
        # (Without morphology a minor place's name is as likely a first name, "Marco Rossi",
        # unless a full name follows it.)
        if self.lang in _MORPH and length >= 3 and hints[0] == "PER":
            from storywire.stages.ner.morph import given_name, place_reading

            if place_reading(words[a], self.lang) and given_name(words[a + 1], self.lang):
                hints[0] = "LOC"  # "Мер Львова Андрій Садовий": a city's genitive, then a full name
        names_after = sum(w not in cues.NAME_PARTICLES for w in words[a + 1 : b])
        major = self.lang in _MORPH or words[a] in self.major or names_after >= 2
        if (per_cue or "PER" in hints) and hints[0] == "LOC" and length > 1 and major:
            # "Президент Росії Володимир Путін": the place before the name is its own entity.
            k = 1
            # ...but a place-like word right before a surname is a first name ("Володимир").
            while k < length and hints[k] == "LOC" and not (k + 1 < length and hints[k + 1] == "PER"):
                k += 1
            self._emit(a, a + k, "LOC", 0.8, "loc-hint")
            a, low, hints, length, per_cue = a + k, low[k:], hints[k:], length - k, True
            if not length:
                return
        if self.lang in _MORPH and self._slavic(a, b, hints, per_cue):
            return
        tailed = length > 1 and low[0] in cues.HEADS_WITH_TAIL.get(self.lang, ())
        if any(self._org_head(w) for w in words[a:b]) or "ORG" in hints or tailed:
            self._emit(a, b, "ORG", 0.8, "org-cue")
        elif context_cues.place_cue(words, a, self.lang):
            self._emit(a, b, "LOC", 0.7, "place-word")  # "il fiume Santerno"
        elif (low[-1] in cues.LOC_HEADS and length > 1) or (length == 1 and hints[0] == "LOC"):
            self._emit(a, b, "LOC", 0.8, "loc-cue")
        elif length > 1 and low[0] in cues.LOC_FIRST:
            self._emit(a, b, "LOC", 0.7, "loc-first")
        elif length == 1 and "-" in words[a] and words[a].split("-")[0] in self.place_words:
            self._emit(a, b, "LOC", 0.6, "place-compound")  # "Asia-Pacifico"
        elif length == 1 and words[a].isupper() and 2 <= len(words[a]) <= 6:
            self._emit(a, b, "ORG", 0.6, "acronym")
        elif not per_cue and length > 1 and low[0] in cues.SAINT_FIRST and a > 0 and words[a - 1].lower() in self.preps:
            self._emit(a, b, "LOC", 0.7, "saint-place")  # "a San Siro"
        elif per_cue or "PER" in hints:
            # A title with a long capitalised run: the name is at most the first three words
            # (particles not counted: "Урсула фон дер Ляєн").
            end, names = a, 0
            while end < b and names < 3:
                names += words[end] not in cues.NAME_PARTICLES
                end += 1
            self._emit(a, end, "PER", 0.8, "title-cue")
        elif length >= 2 and self._name_like(a, b):
            self._emit(a, b, self._name_like_type(a, b), 0.6, "name-like")
        elif (
            length == 1
            and a > 0
            and words[a - 1].lower() in self.preps
            and not self._german_noun(a)
            and hints[0] != "COMMON"
        ):
            self._emit(a, b, "LOC", 0.5, "loc-prep")
        elif length == 1 and context_cues.company_cue(words, a, self.lang):
            self._emit(a, b, "ORG", 0.6, "company-word")  # "gruppo Stellantis", "secondo l'Istat"
        elif (
            length == 1
            and not initial
            and self.lang != "de"
            and zipf(words[a].lower(), self.lang) < _STYLE_CAPITAL_ZIPF
        ):
            self._emit(a, b, "MISC", 0.3, "capitalised")

    def _facility(self, a: int, b: int) -> None:
        """A building or site, and the town after its "di": "Allianz Stadium di Torino"."""
        words = self.words
        for p in range(a + 2, b):
            if words[p - 1] in context_cues.INSTITUTION_OF and " ".join(words[p:b]) in self.place_words:
                self._emit(a, p - 1, "LOC", 0.7, "facility")
                self._emit(p, b, "LOC", 0.7, "facility-place")
                return
        self._emit(a, b, "LOC", 0.7, "facility")

    def _slavic(self, a: int, b: int, hints: list[HintValue], per_cue: bool) -> bool:
        """uk/ru: a run whose words cannot be names (slavic.py)."""
        ctx = slavic.Context(self.words, self.lang, lambda w: w in self.place_words, self._adjective, self._org_head)
        spans = slavic.type_run(ctx, a, b, hints, per_cue)
        for span in spans or ():
            self._emit(*span)
        return spans is not None

    def _adjective(self, i: int) -> bool:
        from storywire.stages.ner.morph import adjectival

        nxt = self.words[i + 1] if i + 1 < len(self.words) else ""
        return adjectival(self.words[i], nxt, self.lang)

    def _common_start(self, i: int, end: int) -> bool:
        """A sentence's first word that is a common word, not a name ("Українська сторона",
        "Далі буде"); a function-word reading counts only for a lone word of four letters or
        more ("Ван" is a particle too, "Ван І" a name)."""
        if self.lang in _MORPH and self._contracted_body(self.words[i]):
            return False  # "Генштаб ЗСУ повідомив", "Кабмін ухвалив"
        if self._hint_at(i) == "COMMON":
            return True
        if self.lang not in _MORPH or end - i > 1 or len(self.words[i]) < 4:
            return False
        from storywire.stages.ner.morph import ambiguous_town, function_word

        return function_word(self.words[i], self.lang) or ambiguous_town(self.words[i], self.lang)

    def _hint_at(self, i: int) -> HintValue:
        """The hint for words[i] in context: an adjective agreeing with the next word is no
        name ("Українська сторона", "Білого дому"), whatever surname pymorphy also knows."""
        hint = self._hint(self.words[i])
        if self.lang in _MORPH and hint in ("PER", "NAME", None) and self._adjective(i):
            return "COMMON"
        return hint

    def _acronym(self, word: str) -> bool:
        return word.isupper() and 2 <= len(word) <= 6 and word.isalpha()

    def _contracted_body(self, word: str) -> bool:
        from storywire.stages.ner.morph import lemma

        return word[:1].isupper() and lemma(word, self.lang) in cues.CONTRACTED_BODIES

    def _org_head(self, word: str) -> bool:
        if org_head(word, self.lang):
            return True
        if self.lang in _MORPH and word[:1].isupper():
            from storywire.stages.ner.morph import lemma

            return lemma(word, self.lang) in cues.ORG_HEADS  # "Офісі" -> "офіс"
        return False

    def _extend_org(self, a: int, b: int, hints: list[HintValue]) -> int:
        """An organisation head takes the lower-case words that finish its name:
        "Commissione europea", "Consiglio di sicurezza", "Ради безпеки"."""
        words, n = self.words, len(self.words)
        tail_head = words[b - 1].lower() in cues.HEADS_WITH_TAIL.get(self.lang, ())
        if not (self._org_head(words[b - 1]) or tail_head) or b >= n:
            return b
        nxt = words[b].lower()
        if self.lang in _MORPH:
            from storywire.stages.ner.morph import genitive_noun

            return b + 1 if genitive_noun(words[b], self.lang) else b
        if nxt in cues.ORG_ADJECTIVES:
            k = b + 1  # "Banca centrale europea"
            while k < n and k - b < cues.MAX_ORG_ADJECTIVES and words[k].lower() in cues.ORG_ADJECTIVES:
                k += 1
            if k + 1 < n and words[k] in cues.ORG_LINKS and words[k + 1].islower() and words[k + 1].isalpha():
                k += 2  # "Istituto superiore di sanità"
            return k
        if nxt in cues.ORG_LINKS and b + 1 < n and words[b + 1].islower() and words[b + 1].isalpha():
            return b + 2
        return b

    def _hint(self, word: str) -> HintValue:
        if self.hint is not None:
            return self.hint(word)
        return "LOC" if word in self.place_words else None

    def _german_noun(self, i: int) -> bool:
        return self.lang == "de" and _noun_like_de(self.words[i])

    def _name_like(self, a: int, b: int) -> bool:
        if self.lang == "de" and any(_noun_like_de(w) for w in self.words[a:b]):
            return False
        if self.lang in _MORPH and not all(slavic.name_word(self.words[i], self._hint_at(i)) for i in range(a, b)):
            return False  # "Каховської ГЕС", "МЗС України": morphology says these are no names
        return b - a <= 4

    def _name_like_type(self, a: int, b: int) -> EntityType:
        """A capitalised run with no cue is a person, unless no word of it is a given name and
        a list knows it as a place ("Borgo San Dalmazzo", "Val Roia"), or it holds a body's
        adjective or, in three words or more, a town ("Rete Ferroviaria Italiana", "Cuneo Granda
        Volley": bodies)."""
        words = self.words[a:b]
        if self.lang in _MORPH or words[0] in given_names(self.lang):
            return "PER"
        name = self.text[self.toks[a].start : self.toks[b - 1].end]
        if name in self.place_words or name in small_place_names(self.lang) or words[0].lower() in _PLACE_FIRST:
            return "LOC"
        with_town = len(words) >= 3 and any(w in self.place_words for w in words)
        if with_town or any(w.lower() in _BODY_ADJECTIVES for w in words):
            return "ORG"  # two words with a town's are as often a foreign person ("Lautaro Martínez")
        return "PER"

    def _propagate(self) -> None:
        """A lone word that is part of a person or place found elsewhere gets that type
        ("Shoigu" after "Sergei Shoigu"); MISC guesses are upgraded the same way."""
        parts: dict[str, EntityType] = {}
        for a, b, etype, _, _ in self.spans:
            if etype in ("PER", "LOC", "ORG"):
                for i in range(a, b):
                    w = self.words[i]
                    if self._is_cap(i) and w.lower() not in cues.NAME_PARTICLES and w.lower() not in self.stop:
                        parts.setdefault(w, etype)
        covered = {i for a, b, *_ in self.spans for i in range(a, b)}
        out: list[tuple[int, int, EntityType, float, str]] = []
        for span in self.spans:
            a, b, etype, _, _ = span
            if etype == "MISC" and b - a == 1 and self.words[a] in parts:
                out.append((a, b, parts[self.words[a]], 0.6, "propagated"))
            else:
                out.append(span)
        for i, w in enumerate(self.words):
            if i not in covered and w in parts and parts[w] == "PER" and self._is_cap(i):
                out.append((i, i + 1, "PER", 0.6, "propagated"))
        self.spans = out


def _resolve_names(hints: list[HintValue]) -> list[HintValue]:
    """A given name that is also a place is a name next to a person word, else a place."""
    out = list(hints)
    for i, h in enumerate(hints):
        if h == "NAME":
            nxt = hints[i + 1] if i + 1 < len(hints) else None
            prev = hints[i - 1] if i else None
            out[i] = "PER" if (i + 1 < len(hints) and nxt != "LOC") or prev == "PER" else "LOC"
    return out


def rule_mentions(
    text: str, language: str, known: Mapping[str, EntityType] | None = None, hint: Hint | None = None
) -> list[Mention]:
    """Mentions found by the rules, with offsets into `text`."""
    if language in _NO_SPACE:
        return substring_mentions(text, language, known)
    r = _Rules(text, language, known, hint)
    model = f"rules:{language}"
    out: list[Mention] = []
    for a, b, etype, conf, why in sorted(r.run()):
        s, e = r.toks[a].start, r.toks[b - 1].end
        out.append(Mention(s, e, text[s:e], etype, model="known" if why == "known" else model, confidence=conf))
    if language == "ar":
        out = arabic_mentions(text, r.toks, out, known)
    return out
