"""A name right after a lower-case word that says it is a body is a body: "the homeless charity
Focus Ireland" (typed a place by the country in it), "la cooperativa Ponente Servizi Portuali"
(typed a person), "l'association Terre Solidaire"; and so is the same name elsewhere in the
article.  A person's name after such a word ("la società di Mario Rossi" has "di") is rare
without a preposition; a name opening with a given name stays a person.  Whole articles only.
"""

from __future__ import annotations

import functools
import re

from storywire.identity.given_names import given_names
from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.cues import PERSON_TITLES, word_set
from storywire.stages.ner.gazetteer import major_place_names
from storywire.stages.ner.missed_places import known_places

MODEL = "body-noun"
# A shop named by its owner's surname, right after its noun, beside the owner named in full ("la
# fromagerie Martin" ... "Julie Martin"): the sentence types it, so the surname's majority vote
# (`consistency.harmonise`) does not make it the person.
OWNER_SHOP_MODEL = "shop-by-owner"
_BODY_NOUNS = {
    "en": word_set(
        "charity charities organisation organization group ngo union firm company broadcaster insurer lender "
        "retailer airline operator watchdog regulator agency foundation nonprofit non-profit cooperative fintech "
        "startup start-up collective incubator accelerator"
    ),
    "it": word_set(
        "cooperativa società azienda consorzio associazione fondazione sindacato impresa ditta onlus gruppo compagnia "
        # wineries, residents' committees, tour operators ("il tour operator torinese X")
        "agenzia collettivo cantina comitato operator startup incubatore acceleratore "
        # newspapers and broadcasters ("il quotidiano Gazzetta del Levante", "l'emittente Radio X")
        "quotidiano settimanale emittente testata "
        # shops and workshops are firms ("il panificio Rossi", "la macelleria Bianchi")
        "panificio panetteria forno macelleria pasticceria salumificio caseificio negozio ferramenta libreria "
        "farmacia oreficeria gioielleria profumeria merceria cartoleria drogheria norcineria "
        # store chains ("la catena di supermercati X") and the stores by their chain ("nei supermercati X")
        "catena supermercati supermercato ipermercati ipermercato"
    ),
    "es": word_set(
        "empresa compañía cooperativa asociación fundación sindicato aseguradora constructora consultora ong firma "
        # residents' platforms, tour operators, airlines, wineries, agencies
        "agencia colectivo plataforma turoperador aerolínea bodega "
        # start-up accelerators, incubators, operators and distributors ("la aceleradora X")
        "aceleradora incubadora operadora distribuidora gestora "
        # shops and workshops are firms ("la panadería Hermanos Gil", "la ferretería Soler")
        "panadería pastelería confitería carnicería charcutería pescadería frutería ferretería librería tienda "
        "farmacia joyería zapatería mercería droguería papelería perfumería floristería obrador "
        # store chains and retail groups ("la cadena de supermercados X", "el grupo textil X")
        "cadena grupo franquicia promotora "
        # farmers' and other unions by their plain noun, the plural before a pair of them ("las
        # organizaciones agrarias X y Y"): a regional branch's region types the name a person
        "organización organizaciones sindicatos asociaciones cooperativas"
    ),
    "fr": word_set(
        "société entreprise association fondation syndicat coopérative assureur ong groupe firme mutuelle "
        "agence collectif "
        # a trade's or employers' body by its plain noun ("l'organisation professionnelle X"),
        # which spaCy reads as a person
        "organisation "
        # start-ups and the incubators and accelerators that host them ("l'incubateur X")
        "start-up startup incubateur accélérateur "
        # works, yards and shops are firms ("les conserveries Le Floc'h", "aux chantiers Kervella")
        "conserverie conserveries chantiers usine usines laiterie brasserie minoterie scierie fonderie forges "
        "verrerie papeterie filature tannerie imprimerie cidrerie biscuiterie boulangerie pâtisserie boucherie "
        "charcuterie librairie quincaillerie épicerie magasin marbrerie menuiserie ébénisterie serrurerie "
        "miroiterie tonnellerie fromagerie poissonnerie crémerie chocolaterie confiserie torréfaction "
        # schools, named after people as often as not ("le lycée Jean-Moulin", "le collège Victor-Hugo")
        "lycée collège "
        # makers, by what they make ("le fabricant de jouets X", "le constructeur X")
        "fabricant fabricants constructeur équipementier "
        # nurseries and garden centres are firms ("la roseraie X", "la jardinerie X"), and so is an
        # industry cluster ("le pôle de compétitivité X"), which spaCy reads as a place
        "roseraie pépinière jardinerie horticulteur compétitivité"
    ),
    "pl": word_set(
        "spółka spółki spółkę spółką firma firmy firmę firmą fundacja fundacji fundację stowarzyszenie "
        "stowarzyszenia spółdzielnia spółdzielni operator operatora operatorem operatorowi bank banku bankiem "
        "ubezpieczyciel ubezpieczyciela grupa grupy grupę grupą koncern koncernu koncernem "
        # a store chain by its shops ("sieć supermarketów X", "sieci dyskontów X"), and its
        # other mentions in the article
        "supermarketów hipermarketów dyskontów marketów drogerii"
    ),
}


# In French, Spanish and Italian, lower-case words may qualify the noun before the name ("la
# société de logement public Logivesdre", "l'entreprise liégeoise Batimeuse"): a complement
# opened by "de" or one adjective, never an article, a pronoun or a verb's word ("la société a
# vendu sa ..."), and a name after a preposition is the body's place or owner ("la société des
# transports de Marseille").
_QUALIFIED = frozenset({"fr", "es", "it"})
# Nouns of bodies named after a person: a given name after them opens the body's name.
_NAMED_FOR_PEOPLE = frozenset({"lycée", "collège"})
_ROMANCE = frozenset({"es", "it"})
# written in capitals too: "la ONG Caminando Fronteras", "the NGO Open Doors"
_ACRONYM_NOUNS = frozenset({"ong", "ngo", "onlus"})
_QUALIFIER_WORDS = 3
_PAIR_JOINS = frozenset({" y ", " e ", " et ", " and "})
_COMPLEMENT = word_set("de di d del")
_NOT_QUALIFIERS = word_set(
    "de du des d di del della dei degli delle dello à en a y e et o ou la le les el los las lo il gli i un une una "
    "uno son sa ses leur leurs su sus suo sua suoi sue loro ha est es è sont son que qui che se si ne"
)


def _after_body_noun(before: str, nouns: frozenset[str], titles: frozenset[str], qualified: bool) -> bool:
    """Whether the words right before a name are a lower-case body noun (and, if `qualified`,
    lower-case qualifiers after it, none of them a title)."""
    words = [w.rsplit("'", 1)[-1].rsplit("’", 1)[-1] for w in before.rstrip(" ").split(" ")[-(_QUALIFIER_WORDS + 1) :]]
    if words[-1] in nouns or words[-1].lower() in _ACRONYM_NOUNS:
        return True
    if not qualified or words[-1] in _NOT_QUALIFIERS or words[-1] in titles:
        return False
    if any(stop in words[-1] for stop in ".!?\n"):
        return False  # a sentence ends between the noun and the name ("... des pépinières.\nÀ X")
    for at in range(len(words) - 2, -1, -1):
        word = words[at]
        if word in nouns:
            chain = words[at + 1 :]
            return len(chain) == 1 or chain[0] in _COMPLEMENT
        if not word.isalpha() or word != word.lower() or word in titles:
            return False
        if word in _NOT_QUALIFIERS and word not in _COMPLEMENT:
            return False
    return False


# ... and a body's noun in apposition after a name the model typed a miscellany ("Leisure and
# Culture Perth, the charitable trust that runs the hall"); a reporting verb after the noun makes
# it the sentence's subject, not the name's apposition ("in Leeds, the company said").
_APPOSED_BODY = re.compile(r", the (?:[a-z-]+ )?(?P<noun>[a-z-]+|trust)(?= (?:that|which|who)\b|,)")


def _bodies_in_apposition(text: str, mentions: list[Mention], nouns: frozenset[str]) -> None:
    for m in mentions:
        if m.type == "MISC" and " " in m.text:
            found = _APPOSED_BODY.match(text, m.end)
            if found is not None and (found["noun"] in nouns or found["noun"] == "trust"):
                m.type, m.model = "ORG", MODEL


# ... and in French ("Selon Plantavia, l'interprofession du végétal, ..."), where spaCy reads a
# coined name as a person.  Only a name with no given name first that no preposition of place
# opens: "À Nantes, l'association a ..." is where the sentence happens.
_FR_APPOSED_BODY = re.compile(r", (?:l['’]|la |le )(?P<noun>[a-zéèê-]+)(?= (?:du|de|des|d['’]|qui)\b|,)")
_FR_APPOSED_NOUNS = word_set("interprofession fédération confédération organisation union")
_FR_PLACE_BEFORE = re.compile(r"(?:^|\b)(?:[àÀ]|[Ee]n|[Dd]ans|[Ss]ur|[Vv]ers|[Dd]e|[Dd]u|[Aa]u|[Pp]rès de) $")


def _french_bodies_in_apposition(text: str, mentions: list[Mention], nouns: frozenset[str]) -> None:
    given = given_names("fr")
    for m in mentions:
        if m.type not in ("PER", "MISC") or m.text.split(" ", 1)[0] in given:
            continue
        found = _FR_APPOSED_BODY.match(text, m.end)
        if found is None or not (found["noun"] in nouns or found["noun"] in _FR_APPOSED_NOUNS):
            continue
        if not _FR_PLACE_BEFORE.search(text, max(0, m.start - 12), m.start):
            m.type, m.model = "ORG", MODEL


# A store chain after its stores and before the area they stand in ("nei supermercati X
# dell'Emilia", "gli ipermercati X in Lombardia"): the rules join chain and region into one name.
# The chain alone is the body and the region a place: a region takes the article ("dell'Emilia",
# "della Lombardia"), a town does not, so after a bare "di"/"in" only a place the gazetteer knows.
_CHAIN_IN_AREA = re.compile(
    r"(?<![\w-])(?:supermercati|supermercato|ipermercati|ipermercato|discount) (?P<chain>[A-ZÀ-ÖØ-Þ][\w-]+)"
    r" (?:(?P<article>dell['’] ?|della |del )|di |in )(?P<area>[A-ZÀ-ÖØ-Þ][\w'’-]+)(?![\w'’-])"
)


def _chains_in_areas(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with each Italian store chain before its region split into the chain (ORG) and
    the region (LOC), in place of the one name the rules made of them."""
    places = known_places("it")
    for found in _CHAIN_IN_AREA.finditer(text):
        if found["article"] is None and found["area"] not in places:
            continue
        start, end = found.start("chain"), found.end("area")
        if any(m.start < end and start < m.end and (m.start < start or m.end > end) for m in mentions):
            continue  # a longer name the models found
        mentions = [m for m in mentions if not (m.start < end and start < m.end)]
        mentions.append(Mention(start, found.end("chain"), found["chain"], "ORG", MODEL, 0.8))
        mentions.append(Mention(found.start("area"), end, found["area"], "LOC", MODEL, 0.8))
    return sorted(mentions, key=lambda m: (m.start, m.end))


def bodies_by_noun(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with each place or person named right after a body noun, and its other
    mentions in the article, typed ORG."""
    nouns = _BODY_NOUNS.get(language)
    if nouns is None:
        return mentions
    if language == "en" and ", the " in text:
        _bodies_in_apposition(text, mentions, nouns)
    if (
        language in _ROMANCE
        and (" dei " in text or " del" in text or " degli " in text or " de l" in text)
        and any(noun in text for noun in nouns)
    ):
        mentions = _names_with_articles(text, mentions, language)
    if language == "fr":
        mentions = _french_names_run_on(text, mentions, nouns)
        if ", l" in text:
            _french_bodies_in_apposition(text, mentions, nouns)
    if language == "it" and "mercat" in text:
        mentions = _chains_in_areas(text, mentions)
    major, given = major_place_names(language), given_names(language)
    named: set[str] = set()
    after_noun: list[Mention] = []
    seats: list[Mention] = []
    for m in mentions:
        # an ORG is taken too, so that its type is the rule's ("la panadería Hermanos Gil"
        # stays a body beside "Rafael Gil": refine_post_pass.lend_person_type)
        if m.type not in ("LOC", "PER", "MISC", "ORG") or m.text in major:
            continue
        before = text[max(0, m.start - 60) : m.start]
        if not before.endswith(" ") or before.endswith("  "):
            continue
        # Behind qualifiers, a person's full name is more often a title's holder ("the group
        # chief executive Ann Doe") than a firm: only a one-word name is taken there.
        # A full name that opens with no given name is read as a firm's there too ("l'agence
        # parisienne Orphée Artistes").
        qualified = language in _QUALIFIED and (
            m.type != "PER" or " " not in m.text or m.text.split(" ", 1)[0] not in given
        )
        # ... and the second of a pair after the noun ("las organizaciones agrarias X y Y")
        paired = bool(after_noun) and text[after_noun[-1].end : m.start] in _PAIR_JOINS
        if not paired and not _after_body_noun(before, nouns, PERSON_TITLES.get(language, frozenset()), qualified):
            continue
        if m.type == "PER" and m.text.split(" ", 1)[0] in given and before.split()[-1] not in _NAMED_FOR_PEOPLE:
            continue  # "l'azienda Mario Rossi": a person's firm, named after him, is left alone
        named.add(m.text)
        after_noun.append(m)
    for m in mentions:
        if m.text in named and (m.type != "ORG" or m.model != MODEL):
            m.type, m.model = "ORG", MODEL
    if language == "fr" and after_noun:
        surnames = {m.text.rsplit(" ", 1)[1] for m in mentions if m.type == "PER" and " " in m.text}
        firms = _family_firms(mentions)
        for m in after_noun:
            # right after the noun only: behind qualifiers the name may open a sentence
            # ("les usines automobiles. Lescure a reçu ...")
            right_after = text[max(0, m.start - 40) : m.start].rstrip(" ").rsplit(" ", 1)[-1] in nouns
            if " " not in m.text and m.text in surnames and (right_after or m.text in firms):
                m.model = OWNER_SHOP_MODEL
        _family_firm_elsewhere(text, mentions, {m.text for m in after_noun if m.model == OWNER_SHOP_MODEL} & firms)
    if language in _ROMANCE and (" di " in text or " de " in text):
        for m in mentions:
            before = text[max(0, m.start - 60) : m.start]
            if m.type == "ORG" and before.endswith(" ") and _after_body_noun(before, nouns, frozenset(), True):
                seats.extend(_seat(text, m, language))
    return sorted(mentions + seats, key=lambda m: (m.start, m.end)) if seats else mentions


# A family firm named in full with its legal form ("Vuillet Jeux SAS"), whose surname the article
# gives its founder's family too ("Bertrand Vuillet, petit-fils du fondateur"): once a body noun
# calls the firm by the surname alone ("le fabricant de jouets Vuillet"), the article's other bare
# mentions of it are the firm ("l'histoire de Vuillet"); the family are named in full or with a
# title ("M. Vuillet").
_FIRM_FORM = re.compile(r" (?:SAS|SASU|SARL|SA|S\.A\.|SCOP|SCIC|EURL|SNC)$")
_TITLE_BEFORE = re.compile(r"(?:\b(?:M|Mme|Mlle|Me|Dr|MM)\.?|\b(?:monsieur|madame|maître|famille|frères)) $", re.I)


def _family_firms(mentions: list[Mention]) -> set[str]:
    """The first words of the firms named with a French legal form."""
    return {
        m.text.split(" ", 1)[0] for m in mentions if m.type == "ORG" and " " in m.text and _FIRM_FORM.search(m.text)
    }


def _family_firm_elsewhere(text: str, mentions: list[Mention], firms: set[str]) -> None:
    """The bare mentions of each of `firms` typed the firm, as its name after the body noun."""
    for m in mentions:
        if m.text in firms and not _TITLE_BEFORE.search(text, max(0, m.start - 12), m.start):
            m.type, m.model = "ORG", OWNER_SHOP_MODEL


# After a lower-case body noun the name ends before its town: "la cooperativa Terre Alte di
# Cortemilia" is the body "Terre Alte" and the place "Cortemilia" (a capitalised kind word keeps
# it: "Cooperativa Quesera de Gorbeia").
_SEAT = re.compile(r"(?<=\w) +(?:di|de) +(?P<seat>[A-ZÀ-ÖØ-Þ][\w'’-]+)$")


def _seat(text: str, m: Mention, language: str) -> list[Mention]:
    """The town cut off the end of body `m` (`m` shortened), if its name keeps two words."""
    found = _SEAT.search(m.text)
    if found is None or found["seat"] not in known_places(language) or found.start() == 0:
        return []
    if len(m.text[: found.start()].split()) < 2:
        return []
    start = m.start + found.start("seat")
    m.end = m.start + found.start()
    m.text = text[m.start : m.end]
    return [Mention(start, start + len(found["seat"]), found["seat"], "LOC", MODEL, 0.7)]


# A body's name with an article inside it after its lower-case noun ("la cantina Poggio dei
# Gelsi S.r.l.", "la cooperativa Huerta de los Frailes"): the rules stop at the article and read
# the first word as a surname.  A bare "di"/"de" is left to the seat rule above (a town).
_CAP = r"[A-ZÀ-ÖØ-Þ][\w’'-]+"
_ARTICLED = r"(?:dei|degli|del|della|delle|dello|de la|de las|de los|del)"
_FORM = r"(?:,? (?:S\.r\.l\.|S\.p\.A\.|Srl|SpA|S\.L\.|S\.A\.|S\. Coop\.))?"


@functools.cache
def _articled_pattern(language: str) -> re.Pattern[str]:
    nouns = "|".join(sorted(_BODY_NOUNS[language], key=len, reverse=True))
    return re.compile(
        rf"(?<![\w-])(?:{nouns}) +(?P<name>{_CAP}(?: +{_CAP})* +{_ARTICLED} +{_CAP}(?: +{_CAP})?{_FORM})(?![\w-])"
    )


def _names_with_articles(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    given = given_names(language)
    spans = [
        found.span("name")
        for found in _articled_pattern(language).finditer(text)
        if found["name"].split(" ", 1)[0] not in given
    ]
    return claimed_spans(text, mentions, spans, "ORG", MODEL, 0.75) if spans else mentions


# French names the models cut after a lower-case body noun: a firm's name with "du"/"des" inside
# and its legal form ("la société Transports du Vercors SAS"), and a name whose second word a
# model left out ("le groupe Lodève Ensemble", read as the town): the capitalised words right
# after the model's span belong to it.
_FR_FORM = r"(?:SAS|SASU|SARL|SA|EURL|SNC|SCOP|SCIC)"
_FR_RUN_ON = re.compile(rf"(?: {_CAP}){{1,2}}(?![\w’'-])")


# ... and a name whose lower-case adjective belongs to it ("l'association Garonne vivante,
# jointe par ..."): a model takes the river alone, and the body's name would make the river a body
# all through the article.  Only an adjective's ending, and only before a stop: "l'association X
# dénonce" is a verb after the name.
_FR_ADJECTIVE_TAIL = re.compile(r" [a-zà-ÿ]+(?:ante|ente|ive|ée|euse|ienne|elle|eux)s?(?=[,.;:)»])")


def _french_names_run_on(text: str, mentions: list[Mention], nouns: frozenset[str]) -> list[Mention]:
    spans: list[tuple[int, int]] = []
    if any(form in text for form in ("SA", "EURL", "SNC", "SCOP", "SCIC")):
        alternatives = "|".join(sorted(nouns, key=len, reverse=True))
        formed = re.compile(
            rf"(?<![\w-])(?:{alternatives}) +(?P<name>{_CAP}(?: +{_CAP})* +(?:du|des|de la|de l['’]) *{_CAP}"
            rf"(?: +{_CAP})*?,? {_FR_FORM})(?![\w-])"
        )
        spans += [found.span("name") for found in formed.finditer(text)]
    starts = {m.start for m in mentions}
    for m in mentions:
        before = text[max(0, m.start - 60) : m.start]
        if m.type == "PER" or not before.endswith(" "):
            continue
        noun = before.rstrip().split(" ")[-1]
        if noun not in nouns:
            # "l'association Garonne vivante": the adjective's rule takes an elided noun too
            elided = re.split(r"['’]", noun)[-1]
            tail = _FR_ADJECTIVE_TAIL.match(text, m.end) if m.type in ("LOC", "MISC") and elided in nouns else None
            if tail is not None:
                spans.append((m.start, tail.end()))
            continue
        found = _FR_RUN_ON.match(text, m.end)
        if found is not None and m.end + 1 not in starts:
            spans.append((m.start, found.end()))
        elif m.type in ("LOC", "MISC") and (tail := _FR_ADJECTIVE_TAIL.match(text, m.end)) is not None:
            spans.append((m.start, tail.end()))
    return claimed_spans(text, mentions, spans, "ORG", MODEL, 0.75) if spans else mentions
