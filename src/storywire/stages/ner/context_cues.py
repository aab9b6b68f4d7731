"""Words around a capitalised run that decide what it is, for the rule backend (rules.py)
in the Romance languages it runs for (Italian; the lists hold es/fr words where news uses
the same construction).

- An office names its portfolio or body with a capital: "presidente del Consiglio",
  "ministro dell'Interno", "presidente della Repubblica".  The capitalised word belongs to
  the title, not to the name after it ("presidente del Consiglio Giorgia Meloni" is the
  person "Giorgia Meloni"; the news set's guideline: titles of office are not labelled).
  Alone it stays as the rules type it: "segretario del Consiglio di sicurezza" names the
  body.
- A lower-case place-type word before a capitalised name makes it a place: "il fiume
  Santerno", "il lago Trasimeno", "la città di Ascoli".  (Capitalised, the same head is an
  institution: "Comune di Milano", "Regione Toscana".)
- A local institution's head followed by "di" and a place is one organisation: "Procura di
  Milano", "Tribunale di Roma", "Università di Bologna".
- A short number after a body's head and before a capital is inside the name: "Movimento
  5 Stelle".
- One unknown capitalised word after a lower-case word for a company ("il gruppo Stellantis",
  "la società Luxottica") or after "secondo" and an article ("secondo l'Istat", "secondo il
  Corriere": a source with an article is a body; a person is cited without one, "secondo
  Tajani") is an organisation.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence, Set

from storywire.stages.ner.cues import KIND_WORDS, word_set

# Capitalised words that name an office's portfolio or body after "<title> del/della/...".
_PORTFOLIOS: dict[str, frozenset[str]] = {
    "it": word_set(
        "consiglio repubblica regione provincia camera senato commissione governo comune "
        "interno esteri difesa economia giustizia salute lavoro istruzione cultura ambiente "
        "tesoro agricoltura trasporti infrastrutture sanità università turismo sport finanze affari "
        "pianificazione energia industria commercio"
    ),
}
# Portfolios that are a territory: the name after them is the territory's ("presidente della
# Regione Lombardia Attilio Fontana": a place, then the person).
_TERRITORIES = word_set("regione provincia comune")
# The preposition (with its article) between an office and its portfolio.
_OFFICE_LINKS: dict[str, frozenset[str]] = {
    "it": word_set("del della dello dell' dell’ degli dei delle di"),
}

# Lower-case words for a kind of place, right before its name ("fiume Santerno").
_PLACE_WORDS: dict[str, frozenset[str]] = {
    "it": word_set(
        "fiume torrente lago monte monti isola isole valle golfo stretto vulcano stadio aeroporto piazza provincia "
        "distretto regione"
    ),
    "es": word_set("río lago monte isla islas valle golfo estrecho volcán estadio aeropuerto plaza"),
    "fr": word_set("fleuve rivière lac mont île îles vallée golfe détroit volcan stade aéroport place"),
}
# A capitalised head that makes a run a building or site: "Allianz Stadium", "Unipol Arena".
FACILITY_HEADS = word_set("stadium arena stadio stadion estadio stade airport aeroporto aeropuerto aéroport")
# ... and before "di" and its name ("città di Ascoli", "provincia di Rieti").
_PLACE_WORDS_OF: dict[str, frozenset[str]] = {
    "it": word_set("città comune provincia regione isola paese frazione distretto"),
    "es": word_set("ciudad provincia región isla pueblo municipio"),
    "fr": word_set("ville province région île commune"),
}
_OF: dict[str, frozenset[str]] = {
    "it": word_set("di d' d’ del dello della dell' dell’"),
    "es": word_set("de del"),
    "fr": word_set("de d' d’ du"),
}
# Institutions that serve one city or territory and take its name ("Procura di Milano",
# "Università del Cairo").  A national body keeps its country apart, as the news set's
# guideline has it ("Corte suprema" + "Libia").
_LOCAL_HEADS = word_set(
    "procura tribunale comune prefettura questura regione provincia università politecnico ateneo diocesi arcidiocesi"
)
# Between an institution's head and the place it serves.
INSTITUTION_OF = word_set("di del della dell' dell’ d' d’ de")

_MAX_NUMBER = 3  # "Movimento 5 Stelle", "Rai 3 Notizie"; not a year or an amount

# "according to" and the articles after it, before a source named with an article.
_ACCORDING_TO: dict[str, frozenset[str]] = {"it": word_set("secondo"), "es": word_set("según"), "fr": word_set("selon")}
_ARTICLES: dict[str, frozenset[str]] = {
    "it": word_set("l' l’ il lo la i gli le"),
    "es": word_set("el la los las"),
    "fr": word_set("l' l’ le la les"),
}


def portfolio_after_office(words: Sequence[str], a: int, language: str, titles: Set[str]) -> bool:
    """words[a] is an office's portfolio: "<title> <link> <Portfolio>" ("presidente del Consiglio")."""
    portfolios = _PORTFOLIOS.get(language)
    if portfolios is None or a < 2 or words[a].lower() not in portfolios:
        return False
    return words[a - 1] in _OFFICE_LINKS[language] and words[a - 2].lower() in titles


def institution_of_place(words: Sequence[str], a: int, p: int) -> bool:
    """A place at words[p] ends the local institution words[a] heads: "Procura di Milano"."""
    if p - a == 2 and words[p - 1] in ("d'", "d’"):
        return True  # "Banca d'Italia": an elided "of" makes one fixed name ("Corte suprema della Libia" is two)
    return p - a >= 2 and words[p - 1] in INSTITUTION_OF and words[a].lower() in _LOCAL_HEADS


def place_cue(words: Sequence[str], a: int, language: str) -> bool:
    """A lower-case place-type word stands right before words[a], or before "di" and it."""
    if a >= 1 and words[a - 1] in _PLACE_WORDS.get(language, frozenset()):
        return True
    return (
        a >= 2
        and words[a - 1] in _OF.get(language, frozenset())
        and words[a - 2] in _PLACE_WORDS_OF.get(language, frozenset())
    )


def number_inside(
    words: Sequence[str], j: int, org_head: Callable[[str], bool], continues: Callable[[int], bool]
) -> bool:
    """words[j] is a short number inside a name: after a body's head, with the name going on
    after it (`continues`: "Movimento 5 Stelle").  After any other word the number may end
    one name and the capital start the next ("Destiny 2 Bungie")."""
    word = words[j]
    if not (word.isdigit() and len(word) <= _MAX_NUMBER and 0 < j < len(words) - 1):
        return False
    return org_head(words[j - 1]) and continues(j + 1)


def territory(word: str) -> bool:
    """An office's portfolio that is a territory, named by the word after it."""
    return word.lower() in _TERRITORIES


def company_cue(words: Sequence[str], a: int, language: str) -> bool:
    """words[a] names a company or body by the words before it: "gruppo Stellantis",
    "secondo l'Istat"."""
    if a >= 1 and words[a - 1] in KIND_WORDS.get(language, frozenset()):
        return True
    return (
        a >= 2
        and words[a - 1].lower() in _ARTICLES.get(language, frozenset())
        and words[a - 2].lower() in _ACCORDING_TO.get(language, frozenset())
    )
