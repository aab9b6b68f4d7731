"""Word lists for the news refinements (`refine.py`): titles and roles before person
names, per language, matched as exact words, as stems with a case ending (pl, ru, uk
inflect titles: "ministrem", "министра", "президентом") and as compound endings (de, nl:
"Verteidigungsminister", "oud-premier"); name particles; weekday names; sentence-initial
words.  Lower case throughout.
"""

from __future__ import annotations

import functools
import re

from storywire.stages.ner import cues
from storywire.stages.ner.cues import word_set

# Roles before a person name, on top of cues.PERSON_TITLES (lower case).
_EXTRA_TITLES: dict[str, frozenset[str]] = {
    "en": word_set(
        "vice-president secretary-general spokesperson prince princess gen. sen. rep. envoy chief "
        "commander director ceo counterpart judge prosecutor lieutenant colonel captain sheikh emir "
        "lawmaker deputy adviser advisor aide ayatollah patriarch cardinal bishop archbishop rabbi "
        # honours and the clergy's style before a name ("Sir Fitzroy Maclean", "the Rev. Jane Hall")
        "sir dame rev. reverend "
        # a councillor's abbreviation ("Cllr Jane Hall"), as "Councillor"
        "cllr cllr. councillor "
        "imam chair chairwoman premier ms. mrs. president-elect minister-president"
    ),
    "de": word_set(
        "herrn staatsoberhaupt vizekanzler vizepräsident abgeordnete abgeordneter fürst prinz "
        "prinzessin kardinal bischof patriarch scheich emir oberst kommandeur direktor "
        # church offices before a name ("Pfarrer Huber", "Generalvikar Josef Maier")
        "pfarrer pfarrerin generalvikar weihbischof erzbischof landesbischof landesbischöfin regionalbischof "
        "regionalbischöfin pastor pastorin dekan dekanin diakon kaplan prälat domkapitular superintendent "
        "superintendentin kirchenpfleger kirchenpflegerin pater"
    ),
    "es": word_set(
        "don doña vicepresidente vicepresidenta jefe jefa primer gobernador gobernadora senador "
        "senadora diputado diputada dirigente director directora príncipe princesa premier "
        "embajadora alcaldesa homóloga mandataria secretaria"
    ),
    "nl": word_set(
        "dhr. mevr. minister-president staatssecretaris secretaris-generaal voorzitter gouverneur "
        "senator topman topvrouw directeur prins prinses woordvoerster"
    ),
}

# Stems that take a case ending (pl, ru, uk) and the endings allowed after them.
_STEMS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "pl": (
        word_set(
            "prezydent prezydentk premier ministr minister wiceministr wiceminister wicepremier "
            "kanclerz sekretarz rzecznik rzeczniczk przewodnicząc szef szefow przywódc marszałk "
            "marszałek ambasador generał burmistrz prezes dyrektor gubernator senator posł poseł "
            "król królow papież pan pani doradc zastępc dowódc trener trenerk wicemarszałk wicemarszałek "
            "wojewod wicewojewod starost prokurator komendant "
            # roles of sport and culture ("napastnik Robert Lewandowski", "reżyserka Agnieszka Holland")
            "napastnik bramkarz kapitan reżyser reżyserk aktor aktork pisarz pisark piosenkar"
        ),
        word_set("_ a owi em ie ze u y ego emu ym ej ą ę owie ów ami om"),
    ),
    "ru": (
        word_set(
            "президент премьер премьер-министр министр замминистр канцлер секретар госсекретар "
            "генсек генсекретар пресс-секретар лидер глав посол посл генерал господин корол "
            "председател спикер вице-премьер вице-президент экс-президент мэр губернатор депутат "
            "сенатор советник помощник директор руководител начальник командующ представител "
            "коллег заместител патриарх "
            "тренер нападающ вратар капитан режиссёр режиссер актёр актер актрис писател певиц"
        ),
        word_set("_ а я у ю ом ем ём ой ей е и ы ов ам ям ах ями ами ь ий его ему им"),
    ),
    "uk": (
        word_set(
            "президент прем'єр прем’єр прем'єр-міністр прем’єр-міністр міністр канцлер секретар "
            "держсекретар генсек генсекретар речник речниц лідер голов посол посл генерал пан "
            "пані корол очільник спікер мер губернатор депутат радник помічник директор керівник "
            "начальник командувач представник колег заступник віце-прем'єр віце-прем’єр "
            "віце-президент патріарх тренер нападник воротар капітан режисер акторк актор "
            "письменник письменниц співак співачк "
            # feminine forms ("Президентка Європейської комісії", "міністерка", "міністерці")
            "президентк міністерк прем'єрк прем’єрк канцлерк очільниц спікерк радниц заступниц "
            "президентц міністерц прем'єр-міністерк прем'єр-міністерц віце-прем'єрк віце-президентк "
            "депутатк депутатц лідерк директорк губернаторк сенаторк держсекретарк генсекретарк "
            "прес-секретарк речниц керівниц начальниц представниц помічниц послиц амбасадорк мерк"
        ),
        word_set("_ а я у ю ом ем ою ею і и ї е є ові еві єві ів ам ям ах ями ами ь"),
    ),
}

# Compound languages: a word ending in one of these is a title ("Außenministerin").
# German compounds that end in a role: "Bayern-Trainer", "Bundestrainer", "Nationalspieler".
_ROLE_ENDS = ("trainer", "trainerin", "coach", "spieler", "spielerin", "stürmer", "kapitän", "torwart")
_COMPOUND_ENDS: dict[str, tuple[str, ...]] = {
    "de": (
        "minister", "ministerin", "ministers", "präsident", "präsidentin", "präsidenten", "kanzler",
        "kanzlerin", "kanzlers", "sekretär", "sekretärin", "sekretärs", "chef", "chefin", "chefs",
        "sprecher", "sprecherin", *_ROLE_ENDS,
        # occupations written before a name ("Analyst Gerhard Wimmer", "Geschäftsführerin Ines Forstner")
        "analyst", "analystin", "ökonom", "ökonomin", "experte", "expertin", "führer", "führerin", "leiter",
        "leiterin", "direktor", "direktorin", "anwalt", "anwältin", "berater", "beraterin", "gründer",
        "gründerin", "pfleger", "pflegerin", "schützer", "schützerin",
        # chairs of a works council, a board, a party branch ("Betriebsratsvorsitzende X")
        "vorsitzende", "vorsitzender", "vorsitzenden",
    ),
    "nl": ("minister", "premier", "president", "voorzitter", "woordvoerder", "secretaris"),
}  # fmt: skip

# Monarchs, nobles and clergy keep their title: WikiANN's spans and news usage agree on
# "Queen Beatrix", "King Farouk I", "Pope Francis", "Nat King Cole".
_KEPT_TITLES = word_set(
    "king queen pope prince princess emperor empress sheikh emir patriarch cardinal bishop archbishop rabbi "
    "imam ayatollah könig königin papst prinz prinzessin fürst kardinal bischof scheich rey reina papa príncipe "
    "princesa koning koningin paus prins prinses król królowa papież король король корол король "
    "keizer keizerin kaiser kaiserin emperador zar tsaar car царь цар"
)

# Sentence-initial words a tagger glues to a name ("But Beijing", "Aber Peking").
LEADING_JUNK: dict[str, frozenset[str]] = {
    "en": word_set("but and or when while after before since although though yet also meanwhile"),
    "de": word_set("aber und oder als wenn doch auch denn in im nach aus bei mit laut seit"),
    "nl": word_set("maar en of toen als ook"),
    "es": word_set("pero y o cuando también en según"),
    "pl": word_set("ale oraz lub gdy także też"),  # not "i": "I liga"
    "ru": word_set("но и а или когда также"),
    "uk": word_set("але і й та а або коли також"),
}


# Words that join clauses and never stand inside a name: a span across one is two things
# glued ("la UME si Ankara lo solicita", "Berlin wenn Paris").
CLAUSE_WORDS: dict[str, frozenset[str]] = {
    "en": word_set("if because although whereas unless"),
    "de": word_set("wenn dass weil obwohl ob"),
    "nl": word_set("als dat omdat hoewel"),
    "es": word_set("si que porque aunque cuando mientras"),
    "it": word_set("se che perché sebbene quando mentre"),
    "fr": word_set("si que parce lorsque quand tandis"),
    "pl": word_set("jeśli jeżeli że ponieważ chociaż gdy kiedy"),
    "ru": word_set("если что потому хотя когда"),
    "uk": word_set("якщо що тому хоча коли"),
}
# Romance languages: a place or person span that ends in "de" + an infinitive ran into the
# clause ("acusan a Pekín de suministrar"); WikiANN's own "X de <noun>" spans stay.
TRAILING_OF: dict[str, frozenset[str]] = {
    "es": word_set("de"),
    "it": word_set("di"),
    "fr": word_set("de d'"),
    "pt": word_set("de"),
}
INFINITIVE_ENDINGS: dict[str, tuple[str, ...]] = {
    "es": ("ar", "er", "ir"),
    "it": ("are", "ere", "ire"),
    "fr": ("er", "ir", "re"),
    "pt": ("ar", "er", "ir"),
}
# Prepositions between an office and its portfolio ("ministro de Asuntos Exteriores").
OFFICE_OF = word_set("de del di della des du of für")

# Lower-case words inside personal names, on top of cues.NAME_PARTICLES ("José de Gálvez y
# Gallardo", "Tymon z Fliuntu", "Carlos do Carmo", "Conchobar mac Nessa", "Shmuel ben Meir").
_PARTICLES = cues.NAME_PARTICLES | word_set(
    "y e i z ze do dos das mac mc ap zu ter ten los las ben bint ibn де да ди дю дер ден фон ван ла ле ибн бен аль эль"
)
# English names and offices run through "of" ("William of Sherwood", "Governor of Texas").
_EN_PARTICLES = word_set("of the")


def particle(word: str, language: str = "") -> bool:
    """A name particle, or a prefixed name part ("al-Aziz", "d’Este")."""
    low = word.lower()
    if word == low and (low in _PARTICLES or (language == "en" and low in _EN_PARTICLES)):
        return True  # capitalised, "Ван" and "Van" are names
    head, sep, rest = word.replace("’", "'").partition("'") if "'" in word or "’" in word else word.partition("-")
    return bool(sep) and len(head) <= 3 and head.islower() and rest[:1].isupper()


ABBREV = re.compile(r"[IVXLCDM]+|Jr|Sr|St|Dr|Mr|Mrs|Ms|Inc|Ltd|Co|Corp|Bros")


@functools.cache
def weekdays(language: str) -> frozenset[str]:
    """Weekday names (CLDR), which end a tagger's span in news ("Telegram Tuesday").

    Only where weekdays are capitalised; elsewhere a capitalised "Domingo" is a name."""
    if language not in ("en", "de"):
        return frozenset()
    try:
        from babel.dates import get_day_names
    except ImportError:  # pragma: no cover - babel is a dependency
        return frozenset()
    try:
        names = {n.lower() for ctx in ("format", "stand-alone") for n in get_day_names("wide", ctx, language).values()}
    except (ValueError, LookupError):
        return frozenset()
    return frozenset(names)


# Roles of sport, culture and everyday trades, written before a name as an office is
# ("L'allenatore Cristian Chivu", "Bayern-Trainer Vincent Kompany", "coach Unai Emery",
# "réalisatrice Agnès Varda", "Die Ärztin Nasrin Akter"), and German mayors' and district
# heads' titles ("Oberbürgermeister Andreas Starke").
_ROLE_TITLES: dict[str, frozenset[str]] = {
    "en": word_set(
        "coach manager striker forward goalkeeper midfielder defender winger actor actress singer "
        "novelist author writer filmmaker conductor composer doctor nurse farmer fisherman teacher lawyer "
        "surgeon midwife"
    ),
    "de": word_set(
        "trainer trainerin coach stürmer stürmerin torwart torhüterin kapitän kapitänin regisseur "
        "regisseurin schauspieler schauspielerin sänger sängerin autor autorin schriftsteller "
        "schriftstellerin dirigent dirigentin ärztin arzt lehrerin lehrer bäuerin bauer landwirt landwirtin "
        "fischer fischerin anwältin anwalt krankenschwester hebamme oberbürgermeister oberbürgermeisterin "
        "landrat landrätin"
    ),
    "fr": word_set(
        "entraîneur entraîneuse sélectionneur sélectionneuse attaquant attaquante gardien capitaine "
        "réalisateur réalisatrice acteur actrice chanteur chanteuse écrivain écrivaine romancier "
        "romancière cinéaste chef d'orchestre l'entraîneur l'entraîneuse l'attaquant l'attaquante "
        "l'acteur l'actrice l'écrivain l'écrivaine médecin infirmière infirmier agriculteur agricultrice "
        "pêcheur avocate l'avocat l'avocate l'infirmière l'agriculteur"
    ),
    "es": word_set(
        "entrenador entrenadora técnico seleccionador delantero delantera portero portera capitán "
        "capitana actor actriz cantante escritor escritora novelista cineasta médico médica enfermera "
        "enfermero agricultor agricultora pescador abogado abogada maestra maestro"
    ),
    "it": word_set(
        "allenatore allenatrice tecnico ct attaccante portiere capitano centrocampista difensore "
        "regista attore attrice cantante scrittore scrittrice romanziere l'allenatore l'allenatrice "
        "l'attaccante l'attore l'attrice medico infermiera infermiere agricoltore agricoltrice pescatore "
        "avvocato avvocata l'avvocato l'avvocata l'infermiera l'agricoltore assessore assessora l'assessore "
        "l'assessora"
    ),
    "nl": word_set("trainer coach spits doelman aanvoerder regisseur acteur actrice zanger zangeres schrijver"),
    "pl": word_set(
        "sopranistka tenor baryton dyrygent dyrygentka pianista pianistka skrzypek skrzypaczka reżyser reżyserka "
        "choreograf malarz malarka kompozytor kompozytorka pisarz pisarka poeta poetka aktor aktorka śpiewak "
        "śpiewaczka architekt architektka fotograf fotografka kurator kuratorka"
    ),
    "ru": word_set(
        "сопрано меццо-сопрано тенор баритон дирижёр дирижер пианист пианистка скрипач скрипачка режиссёр "
        "режиссер хореограф художник художница композитор писатель писательница поэт поэтесса актёр актер "
        "актриса певец певица архитектор фотограф куратор"
    ),
    "uk": word_set(
        "сопрано мецо-сопрано тенор баритон диригент диригентка піаніст піаністка скрипаль скрипалька режисер "
        "режисерка хореограф художник художниця композитор композиторка письменник письменниця поет поетеса "
        "актор акторка співак співачка архітектор архітекторка фотограф фотографка куратор кураторка"
    ),
}
# Voices and the arts, added to every Latin-script language's roles above (culture pages:
# "Mezzosopranistin Lena Wirth", "la soprano Ainhoa Larrañaga").
_ARTS_ROLES: dict[str, frozenset[str]] = {
    "en": word_set(
        "soprano mezzo-soprano tenor baritone pianist violinist cellist choreographer curator architect "
        "photographer painter sculptor poet composer"
    ),
    "de": word_set(
        "sopranistin mezzosopranistin tenor bariton pianist pianistin geiger geigerin cellist cellistin "
        "choreograf choreografin kurator kuratorin architekt architektin fotograf fotografin maler malerin "
        "bildhauer bildhauerin dichter dichterin komponist komponistin"
    ),
    "fr": word_set(
        "soprano mezzo-soprano ténor baryton pianiste violoniste violoncelliste chorégraphe architecte "
        "photographe peintre sculpteur sculptrice poète poétesse compositeur compositrice"
    ),
    "es": word_set(
        "soprano mezzosoprano tenor barítono pianista violinista violonchelista coreógrafo coreógrafa "
        "arquitecto arquitecta fotógrafo fotógrafa pintor pintora escultor escultora poeta poetisa compositor "
        "compositora"
    ),
    "it": word_set(
        "soprano mezzosoprano tenore baritono pianista violinista violoncellista coreografo coreografa curatore "
        "curatrice architetto fotografo fotografa pittore pittrice scultore scultrice poeta poetessa "
        "compositore compositrice"
    ),
}


def role_titles(language: str) -> frozenset[str]:
    """Roles of sport and culture before a name, elided forms with either apostrophe."""
    roles = _ROLE_TITLES.get(language, frozenset()) | _ARTS_ROLES.get(language, frozenset())
    return roles | {w.replace("'", "’") for w in roles if "'" in w}


@functools.cache
def title_words(language: str) -> frozenset[str]:
    words = cues.PERSON_TITLES.get(language, frozenset()) | _EXTRA_TITLES.get(language, frozenset())
    return (words | role_titles(language)) - _KEPT_TITLES


@functools.lru_cache(maxsize=50_000)
def is_title_word(word: str, language: str) -> bool:
    """Whether `word` is a role or honorific that precedes a person name in `language`."""
    low = word.lower().replace("’", "'").replace("ʼ", "'")  # three apostrophes, one spelling
    if low in title_words(language):
        return True
    if low in _KEPT_TITLES:
        return False
    stems = _STEMS.get(language)
    if stems is not None:
        roots, endings = stems
        for k in range(len(low), max(len(low) - 4, 1), -1):
            rest = low[k:] or "_"
            if low[:k] in roots and rest in endings:
                return True
    ends = _COMPOUND_ENDS.get(language)
    return ends is not None and low.endswith(ends) and len(low) > 3


# Capitalised words that end or fill organisation and place names, never personal names
# ("Premier Soccer League", "General Hospital"), on top of cues.ORG_HEADS / LOC_HEADS.
NOT_NAME_WORDS = word_set(
    "league club cup fc united association federation corporation school college hospital airport "
    "stadium museum hotel institute foundation society church cathedral station street square "
    "bridge park news times post press agency network league liga klub verein stiftung "
    "biuro biura biurze urząd urzędu kancelaria kancelarii komitet komitetu instytut instytutu sztab "
    "sztabu ministerstwa rady sądu izby służby agencji straży"
)

# News verbs that glue two English names into one span ("Wang Yi met Jean-Noël Barrot");
# a closed list, since WikiANN's titles of works hold other lower-case words.
EN_VERBS = word_set(
    "met meets meet said says say told tells urged urges urge visited visits visit called calls "
    "spoke speaks held holds signed signs hosted hosts welcomed welcomes warned warns accused "
    "accuses thanked thanks received receives arrived arrives asked asks praised praises "
    "criticised criticized condemned condemns phoned rejected rejects replaced replaces"
)

# Titles that also start names of things ("General Hospital", "Premier League", "Leader
# Price"): they make a one-word name after them a person only in a PER span.
AMBIGUOUS_TITLES = word_set("general generał generaal premier leader chief chef director directeur direktor sprecher")
