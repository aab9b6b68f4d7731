"""The per-language vocabulary of actors' titles (`roles.py`), compiled into a `RoleLexicon`.

Head nouns (president, ministre, Sekretär, голова, ...), the modifiers, linking words and
determiners a title may hold, the words of a former role, the words that end an apposition,
and capitalised words never in a title; with the country names and adjectives of
`role_countries.py`, `role_lexicon` compiles them into the patterns `roles.py` reads a
title with.  `GENERIC_RE` finds heads that say little about the office ("official",
"counterpart"), which merging ranks below any other title.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from storywire.events.role_countries import DEMONYMS, babel_names

# Head nouns (whole word, lower case); German heads also end compounds (Außenminister).
_HEADS = {
    "en": r"president|minister|secretary|chancellor|premier|king|queen|prince|emperor|leader|chief|head|"
          r"chairman|chairwoman|chair|spokesman|spokeswoman|spokesperson|ambassador|envoy|diplomat|official|"
          r"commander|general|director|governor|mayor|speaker|counterpart|pope|adviser|advisor|aide|negotiator|"
          r"representative|senator|secretary-general|vice-president|deputy",
    "fr": r"présidente?|ministre|secrétaire|chancelière?|roi|reine|prince|empereur|dirigeante?|chef|leader|"
          r"porte-parole|ambassadeur|ambassadrice|envoyée?|émissaire|diplomate|responsable|commandant|général|"
          r"directeur|directrice|gouverneur|maire|homologue|conseillère?|négociateur|représentante?|"
          r"vice-présidente?|secrétaire-général|premier-ministre",
    "de": r"\w*(?:präsident|minister|kanzler|sekretär|chef|führer|sprecher|botschafter|gesandte|diplomat|"
          r"vorsitzende|leiter|könig|premier|kommandeur|general|gouverneur|bürgermeister|berater|amtskollege|"
          r"beauftragte|vertreter|regierungschef|staatschef)(?:in|en|n|s|r|m|e)?",
    "uk": r"президент\w*|міністр\w*|прем['’ʼ]єр\w*|секретар\w*|генсек\w*|канцлер\w*|корол\w*|лідер\w*|"
          r"очільни\w*|керівни\w*|голов[аиіуо]|головою|заступни\w*|речни\w*|посол|посла|послом|послові|"
          r"посланц\w*|посланець|дипломат\w*|командувач\w*|генерал\w*|директор\w*|губернатор\w*|мер|мера|мером|"
          r"радни\w*|колег[аиіу]|колегою|спікер\w*|представни\w*|віце-прем['’ʼ]єр\w*|віце-президент\w*",
    "ru": r"президент\w*|министр\w*|премьер\w*|секретар[ьяюеё]\w*|генсек\w*|канцлер\w*|корол[ьяюеё]\w*|"
          r"лидер\w*|глав[аыеуо]|главой|руководител\w*|заместител\w*|замглав\w*|спикер\w*|пресс-секретар\w*|"
          r"посол|посла|послом|послу|посланник\w*|дипломат\w*|командующ\w*|генерал\w*|директор\w*|"
          r"губернатор\w*|мэр\w*|советник\w*|коллег[аиеу]|коллегой|представител\w*|председател\w*|"
          r"вице-премьер\w*|вице-президент\w*",
    "es": r"presidente|presidenta|ministr[oa]|canciller|secretari[oa]|rey|reina|príncipe|emperador|líder|jef[ea]|"
          r"dirigente|portavoz|embajador|embajadora|enviad[oa]|diplomático|funcionari[oa]|comandante|general|"
          r"director|directora|gobernador|alcalde|alcaldesa|asesor|homólog[oa]|vicepresidente|vicepresidenta|"
          r"mandatari[oa]|premier|representante|negociador",
    "it": r"presidente|presidentessa|ministr[oa]|cancelliere|segretari[oa]|premier|re|regina|principe|imperatore|"
          r"leader|capo|dirigente|portavoce|ambasciatore|ambasciatrice|inviat[oa]|diplomatico|funzionari[oa]|"
          r"comandante|generale|direttore|direttrice|governatore|sindaco|consigliere|omolog[oa]|vicepresidente|"
          r"vicepremier|rappresentante|negoziatore",
    "pl": r"prezydent\w*|premier\w*|minister|ministra|ministrem|ministrowi|ministrze|sekretarz\w*|kanclerz\w*|"
          r"król|króla|królem|przywódc\w*|lider\w*|szef\w*|przewodnicząc\w*|rzeczni\w*|ambasador\w*|"
          r"wysłanni\w*|dyplomat\w*|urzędni\w*|dowódc\w*|generał\w*|dyrektor\w*|gubernator\w*|burmistrz\w*|"
          r"doradc\w*|odpowiednik\w*|wicepremier\w*|wiceprezydent\w*|zastępc\w*|przedstawiciel\w*",
}  # fmt: skip
# Heads that say little about the office (kept, but any other title is preferred).
_GENERIC = (
    r"official|diplomat|counterpart|aide|responsable|diplomate|homologue|amtskollege\w*|diplomat\w*|"
    r"дипломат\w*|колег\w*|коллег\w*|funcionari[oa]|diplomático|homólog[oa]|funzionari[oa]|diplomatico|"
    r"omolog[oa]|urzędni\w*|dyplomat\w*|odpowiednik\w*"
)
# Words a title is made of besides its head, country words and capitalised words.
_MODS = {
    "en": r"deputy|vice|first|prime|foreign|defen[cs]e|security|interior|home|finance|economy|economic|trade|"
          r"state|national|council|affairs|general|senior|top|acting|chief|supreme|federal|executive|military|"
          r"armed|forces|intelligence|justice|energy|health|ministry|cabinet|presidential|press|party|communist|"
          r"central|committee|commission|department|agriculture|transport|education|culture|emergency|"
          r"emergencies|interim|fm|secretary|minister|head",
    "fr": r"premier|première|vice|adjointe?|affaires|étrangères|étrangère|extérieures|défense|sécurité|"
          r"intérieur|économie|finances|commerce|nationale?|conseil|état|générale?|haute?|hauts?|suprême|"
          r"fédérale?|militaires?|armées|forces|renseignements?|justice|énergie|santé|ministère|gouvernement|"
          r"parti|communiste|centrale?|comité|commission|diplomatie|intérim|ministre|haut-commissaire",
    "de": r"stellvertretende\w*|erste\w*|oberste\w*|amtierende\w*|neue\w*|designierte\w*|sicherheitsrat\w*|"
          r"auswärtige\w*|nationale\w*",
    "uk": r"перш\w*|заступни\w*|віце\w*|безпек\w*|оборон\w*|закордонн\w*|іноземн\w*|справ|внутрішн\w*|"
          r"фінанс\w*|економ\w*|державн\w*|національн\w*|генеральн\w*|верховн\w*|військов\w*|збройн\w*|"
          r"сил|розвідк\w*|юстиці\w*|енергетик\w*|здоров\w*|міністерств\w*|уряд\w*|парті\w*|комуністичн\w*|"
          r"центральн\w*|комітет\w*|комісі\w*|ради|рада|раді|радою|мзс|мо|мвс|рнбо|голов[аиіуо]|виконуюч\w*|"
          r"тимчасов\w*|президент\w*|міністр\w*",
    "ru": r"перв\w*|заместител\w*|вице\w*|безопасност\w*|оборон\w*|иностранн\w*|дел|внутренн\w*|финанс\w*|"
          r"экономи\w*|государственн\w*|национальн\w*|генеральн\w*|верховн\w*|военн\w*|вооруженн\w*|сил|"
          r"разведк\w*|юстиции|энергетик\w*|здравоохранени\w*|министерств\w*|правительств\w*|парти\w*|"
          r"коммунистическ\w*|центральн\w*|комитет\w*|комисси\w*|совет\w*|мид|минобороны|мвд|глав[аыеуо]|"
          r"исполняющ\w*|временн\w*|президент\w*|министр\w*",
    "es": r"primer|primera|vice|adjunt[oa]|asuntos|exteriores|defensa|seguridad|interior|economía|hacienda|"
          r"comercio|nacional|consejo|estado|general|alt[oa]|supremo|federal|militar|fuerzas|armadas|"
          r"inteligencia|justicia|energía|sanidad|salud|ministerio|gobierno|partido|comunista|central|comité|"
          r"comisión|interino|interina|relaciones|extranjeros|canciller|ministr[oa]",
    "it": r"primo|prima|vice|aggiunt[oa]|affari|esteri|difesa|sicurezza|interno|interni|economia|finanze|"
          r"commercio|nazionale|consiglio|stato|generale|alt[oa]|supremo|federale|militare|forze|armate|"
          r"intelligence|giustizia|energia|salute|ministero|governo|partito|comunista|centrale|comitato|"
          r"commissione|ad|interim|ministr[oa]",
    "pl": r"pierwsz\w*|wice\w*|spraw|zagraniczn\w*|obron\w*|narodow\w*|bezpieczeństw\w*|wewnętrzn\w*|"
          r"finansów|gospodarki|handlu|państw\w*|rad[ayz]|radzie|generaln\w*|najwyższ\w*|federaln\w*|"
          r"wojskow\w*|sił|zbrojn\w*|wywiad\w*|sprawiedliwości|energii|zdrowia|ministerstw\w*|rząd\w*|"
          r"parti\w*|komunistyczn\w*|centraln\w*|komitet\w*|komisj\w*|msz|mon|mswia|pełniąc\w*|"
          r"obowiązki|tymczasow\w*|minister\w*",
}  # fmt: skip
# Linking words allowed inside a title (and trimmed at its edges).
_LINKS = {
    "en": "of the for",
    "fr": "de du des la le l d pour aux au",
    "de": "des der dem den die für",
    "uk": "з у в",
    "ru": "по с в",
    "es": "de del la las los el",
    "it": "di del della dei degli delle per il la lo gli",
    "pl": "do ds",
}
# Determiners and prepositions trimmed at the start of a title.
_DETS = {
    "en": "the a an of",
    "fr": "le la les l un une du des de d au aux",
    "de": "der die das dem den des ein eine einem einen eines",
    "uk": "",
    "ru": "",
    "es": "el la los las un una del de al",
    "it": "il lo la i gli le l un una uno del dello della dei degli delle al di",
    "pl": "",
}
# A former role is no role.
_FORMER = {
    "en": r"former|ex|then|late|ousted|exiled|previous|erstwhile",
    "fr": r"ancien|ancienne|anciens|ex|défunt|feu",
    "de": r"ehemalige\w*|frühere\w*|ex|einstige\w*|verstorbene\w*|damalige\w*",
    "uk": r"колишн\w*|екс|покійн\w*|тодішн\w*",
    "ru": r"бывш\w*|экс|покойн\w*|тогдашн\w*",
    "es": r"ex|antigu[oa]|expresidente|exministro|exministra|fallecid[oa]",
    "it": r"ex|precedente|defunt[oa]|allora",
    "pl": r"był[aye]?|byłego|byłym|eks|zmarł\w*|ówczesn\w*",
}
# Words after which an apposition may end ("Shoigu, Russia's security chief, who ...").
_BOUNDARY = {
    "en": "who which whose and or",
    "fr": "qui dont et ou",
    "de": "der die das welcher welche und oder",
    "uk": "який яка які якого і й та",
    "ru": "который которая которые которого и",
    "es": "que quien y o",
    "it": "che il quale e o",
    "pl": "który która którzy którego i oraz",
}
# Words never in a title although capitalised (sentence openers, days, months).
_NOT_TITLE_WORDS = """
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december yesterday today tomorrow on in at as after before but and when while
    lundi mardi mercredi jeudi vendredi samedi dimanche montag dienstag mittwoch donnerstag freitag samstag
    sonntag
"""
NOT_TITLE = frozenset(_NOT_TITLE_WORDS.split())


@dataclass(frozen=True)
class RoleLexicon:
    lang: str
    head: re.Pattern[str]
    mod: re.Pattern[str]
    former: re.Pattern[str]
    country: re.Pattern[str]  # search: named groups c<i>, codes[i] their ISO codes
    country_word: re.Pattern[str]  # fullmatch on one token
    adjective: re.Pattern[str]  # fullmatch on one token: a country adjective (lower case in most languages)
    codes: tuple[str, ...]
    links: frozenset[str]
    dets: frozenset[str]
    boundary: frozenset[str]


@functools.cache
def role_lexicon(language: str | None) -> RoleLexicon:
    lang = (language or "en").split("-")[0].lower()
    if lang not in _HEADS:
        lang = "en"
    pairs: list[tuple[str, str]] = []
    adjectives: list[str] = []
    for code, (names, adjs) in DEMONYMS[lang].items():
        pairs.append((code, adjs))
        pairs.append((code, names))
        adjectives.append(adjs)
    known = {code for code, _ in pairs}
    pairs += [(code, pattern) for code, pattern in babel_names(lang) if code not in known]
    if lang == "en":
        import pycountry

        for c in pycountry.countries:
            for attr in ("common_name", "name"):
                value = getattr(c, attr, None)
                if value and "," not in value and "(" not in value and c.alpha_2 not in known:
                    pairs.append((c.alpha_2, re.escape(value.lower())))
    # the longest alternatives first, so 'nord-coréen' wins over 'coréen' at the same place
    order = sorted(range(len(pairs)), key=lambda i: -len(pairs[i][1]))
    alternation = "|".join(f"(?P<c{n}>{pairs[i][1]})" for n, i in enumerate(order))
    every = "|".join(pairs[i][1] for i in order)
    return RoleLexicon(
        lang=lang,
        head=re.compile(rf"(?:{_HEADS[lang]})", re.IGNORECASE),
        mod=re.compile(rf"(?:{_MODS[lang]})", re.IGNORECASE),
        former=re.compile(rf"(?:{_FORMER[lang]})", re.IGNORECASE),
        country=re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE),
        country_word=re.compile(rf"(?:{every})(?:['’]s)?", re.IGNORECASE),
        adjective=re.compile(rf"(?:{'|'.join(adjectives)})", re.IGNORECASE),
        codes=tuple(pairs[i][0] for i in order),
        links=frozenset(_LINKS[lang].split()),
        dets=frozenset(_DETS[lang].split()),
        boundary=frozenset(_BOUNDARY[lang].split()),
    )


GENERIC_RE = re.compile(rf"(?<!\w)(?:{_GENERIC})(?!\w)", re.IGNORECASE)
