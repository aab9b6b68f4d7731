"""Runaway spans: a tagger span that swallowed a description around a name.

Trained on WikiANN, whose sentences are short and whose spans are link texts, a tagger for
a language that writes names capitalised word by word can run on in news prose (Spanish):
"presidente de Ucrania", "la agencia de emergencias AFAD", "niña de nueve años de los
escombros ... de Malatya, más de dos días después del terremoto".  Names there hold few
lower-case content words, mostly function words ("Consejo de Seguridad de Rusia", "Palacio
de la Moncloa").  So a span that opens with a description ("presidente de", "Los equipos
de") or runs long with three or more lower-case content words is a description with names
inside it: the names are its runs of capitalised words.  A run that is only a capitalised
function word or a sentence's first word ("Los equipos de rescate", "Más de 5.000", "Se
trata de ...") carries no evidence of a name.

Page titles with a disambiguator ("Timócaris ( cráter lunar )"), person spans (epithets:
"Bolko II ziębicki") and German (nouns are capitalised) are left alone.

A shorter span can run on too, past its name's last capital ("Málaga por tráfico de drogas"):
`without_lower_tail` cuts it there on two cues only: a verb after the name, or a name the
gazetteers know as a whole.
"""

from __future__ import annotations

import functools

from storywire.model import EntityType
from storywire.stages.ner import cues
from storywire.stages.ner.gazetteer import major_place_names, org_names, place_names
from storywire.stages.ner.titles import particle
from storywire.stages.ner.tokens import Token, is_title

# Where it pays: Spanish news PER+LOC F1 0.74 -> 0.92 for -0.6 points on held-out WikiANN
# train sentences.  Polish and Dutch taggers do not run on like this (pl news unchanged, and
# -2 points on WikiANN), so they are left out; the word lists below are ready for them.
LANGUAGES = frozenset({"es"})
LONG = 7  # tokens: WikiANN names with lower-case words are shorter ("Selección de rugby de Guatemala")


# Prepositions that join the words of a name ("Unión Internacional para la Conservación de la
# Naturaleza", "Partido Popular por la Libertad y la Democracia"), beside cues.STOP_CAPITALS.
_JOINING = {
    "es": cues.word_set("para por con sin sobre entre contra hacia hasta desde ante bajo tras"),
    "it": cues.word_set("per con su tra fra contro verso senza sopra sotto"),
    "fr": cues.word_set("pour par avec sans sur entre contre vers sous chez"),
    "pt": cues.word_set("de da do das dos e para por com sem sobre entre contra"),
    "pl": cues.word_set("dla przeciw między nad pod przed za"),
    "nl": cues.word_set("voor door tegen tussen zonder naar over onder bij"),
}


@functools.cache
def _function_words(language: str) -> frozenset[str]:
    return cues.STOP_CAPITALS.get(language, cues.STOP_CAPITALS["xx"]) | _JOINING.get(language, frozenset())


def _lower_content(tok: Token, language: str) -> bool:
    """A lower-case word that is neither a function word nor a name particle ("años", "presidente")."""
    word = tok.text
    return (
        word[:1].isalpha()
        and word[:1].islower()
        and not any(c.isupper() for c in word)  # "iPhone", "al-Assad"
        and word not in _function_words(language)
        and not particle(word, language)
    )


def _runs(toks: list[Token], language: str) -> list[list[Token]]:
    """Maximal runs of capitalised words, function words allowed between two capitalised ones."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    pending: list[Token] = []  # function words after the run's last capitalised word
    for tok in toks:
        if is_title(tok.text):
            current.extend(pending)
            current.append(tok)
            pending = []
        elif current and (tok.text in _function_words(language) or particle(tok.text, language)):
            pending.append(tok)
        else:
            if current:
                runs.append(current)
            current, pending = [], []
    if current:
        runs.append(current)
    return runs


def _evidence(run: list[Token], first_in_sentence: bool, language: str) -> bool:
    """Whether a capitalised run can be a name rather than a capitalised function or first word."""
    if len(run) == 1:
        word = run[0].text
        if len(word) == 1:
            return False  # "Symphony no. 6 in B minor"
        if word.lower() in _function_words(language):
            return False
        if first_in_sentence and word not in place_names(language) and not word.isupper():
            return False
    return True


# Prepositions and articles that open a sentence; capitalised after a name's last word, they
# are the next sentence run into it ("Irak Tras el brote"), never the name's own end.
_OPENERS = {"es": cues.word_set("tras durante en el la los las un una unos unas ante con desde hasta para por según")}


def salvage(
    toks: list[Token], etype: EntityType, language: str, sentence_start: bool
) -> list[tuple[list[Token], EntityType]] | None:
    """The names inside a runaway span, with their types; None when the span is not one.

    `sentence_start`: the span begins a sentence, so its first word's capital says nothing.
    """
    if language not in LANGUAGES or etype == "PER" or not toks:
        return None
    if any(t.text == "(" for t in toks):
        return None  # "Timócaris ( cráter lunar )": a page title with its disambiguator, not prose
    first = toks[0].text
    described = first[:1].islower() and not particle(first, language)  # "presidente de Ucrania"
    determined = (  # "Los equipos de rescate", "La agencia de emergencias AFAD"
        len(toks) > 1 and first.lower() in _function_words(language) and _lower_content(toks[1], language)
    )
    runaway = len(toks) >= LONG and sum(_lower_content(t, language) for t in toks) >= 3
    apposition = any(  # "Inditex, dueña de Zara": a name, then what it is
        t.text == "," and i + 1 < len(toks) and _lower_content(toks[i + 1], language) for i, t in enumerate(toks)
    )
    if not (described or determined or runaway or apposition or _place_then_article(toks, language)):
        return None
    runs = _runs(toks, language)
    if len(runs) == 1 and len(runs[0]) == len(toks):
        return None  # the whole span is one name after all: nothing to salvage
    out: list[tuple[list[Token], EntityType]] = []
    for run in runs:
        while len(run) > 1 and run[-1].text.lower() in _OPENERS.get(language, ()) and not run[-2].text.islower():
            run = run[:-1]  # "Irak Tras el brote": a sentence's capitalised first word after the name
        # the name an apposition describes is one even as a sentence's first word
        after = toks.index(run[-1]) + 1
        described_name = apposition and after < len(toks) and toks[after].text == ","
        if not _evidence(run, sentence_start and run[0] is toks[0] and not described_name, language):
            continue
        out.append((run, piece_type(" ".join(t.text for t in run), etype, language)))
    return out


# A known place's name never goes on with an article: "Buenos Aires la política económica de
# Javier Milei" is the place and the sentence after it.
_ARTICLES = {"es": cues.word_set("el la los las un una unos unas lo")}


def _place_then_article(toks: list[Token], language: str) -> bool:
    n = 0
    while n < len(toks) and is_title(toks[n].text):
        n += 1
    if n == 0 or n >= len(toks) or toks[n].text not in _ARTICLES.get(language, ()):
        return False
    # Nor does any name go on with an article and a lower-case noun ("recordó a Diario Palentino
    # el responsable de industria"): inside names articles follow a preposition ("Nuestra
    # Señora de los Ángeles") or lead a capitalised epithet ("Alfonso X el Sabio").
    # (two capitalised words at least: one alone may just open the sentence, "Visite la página")
    if n >= 2 and n + 1 < len(toks) and _lower_content(toks[n + 1], language):
        return True
    return " ".join(t.text for t in toks[:n]) in place_names(language)


# What joins two names in prose, never inside one: a range's second end after its first
# ("los talleres de Guardo a Cervera de Pisuerga", "desde Soria hasta Burgos"), and a known
# firm's site after it ("la fábrica de Renault en Villamuriel"); a tagger blind to the words
# before a span reads either as one long name.
_RANGES = {"es": {"de": cues.word_set("a hasta"), "desde": cues.word_set("a hasta")}}
_SITE = {"es": "en"}


def joined_pair(toks: list[Token], before: str, language: str) -> tuple[int, EntityType] | None:
    """Where a span of two names joined in prose splits, and the first name's type (the second
    is a place); None when it is not such a pair.  `before`: the word before the span."""
    ranges, site = _RANGES.get(language), _SITE.get(language)
    if ranges is None:
        return None
    for j in range(1, len(toks) - 1):
        head, word = toks[:j], toks[j].text
        if not all(is_title(t.text) for t in head) or not is_title(toks[j + 1].text):
            continue  # "Ayuda a la Infancia", "Embajada de España en Francia"
        if word in ranges.get(before, ()):
            return j, "LOC"
        if word == site and " ".join(t.text for t in head) in org_names(language):
            return j, "ORG"
    return None


def piece_type(text: str, etype: EntityType, language: str) -> EntityType:
    """The type of one name cut out of a longer span: a known place is LOC, except a short
    acronym that is no major place ("UME", Spain's emergency unit, is a village's alias in
    the gazetteer too; "USA" is major); otherwise the span's type."""
    if text in major_place_names(language):
        return "LOC"
    if text.isupper() and len(text) <= 5:
        return "ORG" if " " not in text else etype
    return "LOC" if text in place_names(language) else etype


# A span's lower-case tail is the sentence running on ("Málaga por tráfico de drogas",
# "Comunidad Valenciana dejaron más de 200") when it opens with a finite verb, or when what
# precedes it is a known place (German: only then; its titles of works run on in verbs,
# "Once Upon a Time – Es war einmal").  Not every lower-case tail: Wikipedia's names hold many
# ("Campeonato mozambiqueño de fútbol", species "Laosaurus celer"), and fr/it/nl news names
# too ("Assemblée nationale", "Banca centrale europea", "Eerste divisie").
_CAPITALISED_NAMES = frozenset({"es", "de", "pl"})
# (not Polish "-ły": "mały", "biały" are adjectives)
_VERB_ENDINGS = {"es": ("ó", "aron", "ieron", "ió", "aba", "aban", "ían"), "pl": ("ł", "ła", "ło", "li")}
_VERBS = {
    # the auxiliaries, and the verbs that report what a body or person says or foresees
    # ("Aemet prevé temperaturas ..."): present forms have no ending of their own
    "es": cues.word_set(
        "ha han fue fueron es son está están será serán dice afirma asegura anuncia prevé advierte "
        "informa confirma señala explica pide exige reclama denuncia acusa critica propone espera estima "
        "calcula recomienda alerta avisa insiste niega reconoce"
    ),
    "pl": cues.word_set("jest są był była było byli"),
}


def without_lower_tail(toks: list[Token], a: int, b: int, language: str) -> int:
    """`b` cut back to the span's last capitalised word when the words after it run on."""
    if language not in _CAPITALISED_NAMES:
        return b
    last = max((i for i in range(a, b) if toks[i].text[:1].isupper()), default=None)
    if last is None or last == b - 1 or any(t.text == "(" for t in toks[a:b]):
        return b  # "Severino ( álbum )": a page title with its disambiguator, not prose
    tail = [t.text for t in toks[last + 1 : b] if t.text[:1].isalpha() and t.text.islower()]
    if not tail:
        return b  # "Fórmula 1", "Copa Mundial de 1982"
    first = tail[0]
    verb = first in _VERBS.get(language, ()) or (len(first) > 3 and first.endswith(_VERB_ENDINGS.get(language, ())))
    head = " ".join(t.text for t in toks[a : last + 1])
    # A known place or organisation followed by two lower-case words or more: "Málaga por
    # tráfico de drogas", "Interpol por blanqueo de capitales"
    known = (head in place_names(language) or head in org_names(language)) and len(tail) >= 2
    return last + 1 if verb or known else b
