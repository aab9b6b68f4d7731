"""Actors' roles: the title and country a report gives a person, natively per language.

Two shapes are read around each person mention, within its sentence:
  * a title before the name: "Russia's Security Council secretary Sergei Shoigu", "President
    Xi Jinping", "le ministre chinois des Affaires étrangères Wang Yi", "le secrétaire du Conseil
    de sécurité russe, Sergueï Choïgou", "der chinesische Präsident Xi Jinping", "Президент Росії
    Володимир Путін", "заступник голови Ради безпеки Росії Дмитро Медведєв";
  * an apposition after it: "Sergei Shoigu, the secretary of Russia's Security Council," /
    "Sergei Schoigu, dem Sekretär des Sicherheitsrates der Russischen Föderation."
A title is a run of words around a head noun (president, ministre, Sekretär, голова, ...)
made only of title words: modifiers (foreign, sécurité, безпеки), country names and adjectives,
linking words (of, du, des, der) and capitalised words (after the head; before it in English
only).  Anything else (a verb, a conjunction, a number) ends it, and a former role ("former",
"ancien", "ehemalige", "колишній") is no role.  The country is the first country name or
adjective in the title (Babel's country names in the language plus a demonym table, with
inflected forms for Ukrainian, Russian and Polish).

Merging (`combine`) is commutative and associative, so the order reports arrive in never
changes the result: one title per language is kept (a specific one over 'official' or
'counterpart', then the longer); the shown title and the country come from the best report
(one with a country, then a specific one, then by language: en, fr, de, uk, ru, es, it, pl).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from storywire.model import ActorRole, Article

ROLE_LANGUAGES = ("en", "fr", "de", "uk", "ru", "es", "it", "pl")
_LANG_RANK = {lang: i for i, lang in enumerate(ROLE_LANGUAGES)}
WINDOW = 160  # characters searched on each side of a mention

_TOKEN = re.compile(r"\w+(?:[-‐'’ʼ]\w+)*|[^\w\s]")
_APOS = re.compile(r"['’ʼ]")
_ELIDED = re.compile(r"^(?:l|d|qu|dell|dall|nell|all|sull|un)['’]", re.IGNORECASE)
_END_PUNCT = frozenset(',.;:)!?"»”–—(')

# -- per-language vocabulary ---------------------------------------------------------------
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
_NOT_TITLE = frozenset(_NOT_TITLE_WORDS.split())

# Country names and adjectives per language: ISO code -> (names, adjectives) as regex alternations.
# Babel's country names in each language complete the names (nominative; Slavic stems inflect).
_DEMONYMS: dict[str, dict[str, tuple[str, str]]] = {
    "en": {
        "RU": ("russia|russian federation", "russian"),
        "CN": ("china|prc", "chinese"),
        "UA": ("ukraine", "ukrainian"),
        "US": ("united states|u\\.s\\.|(?-i:US|USA)|america", "american"),
        "KP": ("north korea|dprk", "north korean"),
        "KR": ("south korea", "south korean"),
        "FR": ("france", "french"),
        "DE": ("germany", "german"),
        "TR": ("turkey|türkiye", "turkish"),
        "MY": ("malaysia", "malaysian"),
        "ID": ("indonesia", "indonesian"),
        "GB": ("united kingdom|britain|great britain|(?-i:UK)", "british"),
        "PL": ("poland", "polish"),
        "IT": ("italy", "italian"),
        "ES": ("spain", "spanish"),
        "IR": ("iran", "iranian"),
        "BY": ("belarus", "belarusian"),
        "JP": ("japan", "japanese"),
    },
    "fr": {
        "RU": ("russie|fédération de russie", "russes?"),
        "CN": ("chine", "chinois(?:es?)?"),
        "UA": ("ukraine", "ukrainien(?:ne)?s?"),
        "US": ("états-unis|etats-unis|amérique", "américain(?:e)?s?"),
        "KP": ("corée du nord|rpdc", "nord-coréen(?:ne)?s?"),
        "KR": ("corée du sud", "sud-coréen(?:ne)?s?"),
        "FR": ("france", "français(?:es?)?"),
        "DE": ("allemagne", "allemand(?:e)?s?"),
        "TR": ("turquie", "turcs?|turques?"),
        "MY": ("malaisie", "malaisien(?:ne)?s?|malaysien(?:ne)?s?"),
        "ID": ("indonésie", "indonésien(?:ne)?s?"),
        "GB": ("royaume-uni|grande-bretagne", "britanniques?"),
        "PL": ("pologne", "polonais(?:es?)?"),
        "IT": ("italie", "italien(?:ne)?s?"),
        "ES": ("espagne", "espagnol(?:e)?s?"),
        "IR": ("iran", "iranien(?:ne)?s?"),
        "BY": ("biélorussie", "biélorusses?"),
        "JP": ("japon", "japonais(?:es?)?"),
    },
    "de": {
        "RU": ("russland\\w*|russische\\w* föderation", "russisch\\w*"),
        "CN": ("china\\w*|volksrepublik china", "chinesisch\\w*"),
        "UA": ("ukraine", "ukrainisch\\w*"),
        "US": ("vereinigten staaten|(?-i:US|USA)|amerika\\w*", "amerikanisch\\w*|us-amerikanisch\\w*"),
        "KP": ("nordkorea\\w*", "nordkoreanisch\\w*"),
        "KR": ("südkorea\\w*", "südkoreanisch\\w*"),
        "FR": ("frankreich\\w*", "französisch\\w*"),
        "DE": ("deutschland\\w*|bundesrepublik", "deutsch\\w*"),
        "TR": ("türkei", "türkisch\\w*"),
        "MY": ("malaysia\\w*", "malaysisch\\w*"),
        "ID": ("indonesien\\w*", "indonesisch\\w*"),
        "GB": ("großbritannien\\w*|vereinigte\\w* königreich\\w*", "britisch\\w*"),
        "PL": ("polen\\w*", "polnisch\\w*"),
        "IT": ("italien\\w*", "italienisch\\w*"),
        "ES": ("spanien\\w*", "spanisch\\w*"),
        "IR": ("iran\\w*", "iranisch\\w*"),
        "BY": ("belarus|weißrussland\\w*", "belarussisch\\w*|weißrussisch\\w*"),
        "JP": ("japan\\w*", "japanisch\\w*"),
    },
    "uk": {
        "RU": ("росі[яїюі]|росією|рф|російськ\\w* федераці\\w*", "російськ\\w*"),
        "CN": ("кита(?:й|ю|ї|єм)|кнр", "китайськ\\w*"),
        "UA": ("україн[аиіу]|україною", "українськ\\w*"),
        "US": ("сша|америк\\w*|сполучен\\w* штат\\w*", "американськ\\w*"),
        "KP": ("кндр|північн\\w* коре\\w*", "північнокорейськ\\w*"),
        "KR": ("південн\\w* коре\\w*", "південнокорейськ\\w*"),
        "FR": ("франці[яїюі]|францією", "французьк\\w*"),
        "DE": ("німеччин[аиіу]|німеччиною|фрн", "німецьк\\w*"),
        "TR": ("туреччин[аиіу]|туреччиною", "турецьк\\w*"),
        "MY": ("малайзі[яїюі]|малайзією", "малайзійськ\\w*"),
        "ID": ("індонезі[яїюі]|індонезією", "індонезійськ\\w*"),
        "GB": ("британі[яїюі]|велик\\w* британі\\w*", "британськ\\w*"),
        "PL": ("польщ[аіуею]|польщею", "польськ\\w*"),
        "IT": ("італі[яїюі]|італією", "італійськ\\w*"),
        "ES": ("іспані[яїюі]|іспанією", "іспанськ\\w*"),
        "IR": ("іран\\w*", "іранськ\\w*"),
        "BY": ("білорус[ьіюі]|білоруссю", "білоруськ\\w*"),
        "JP": ("японі[яїюі]|японією", "японськ\\w*"),
    },
    "ru": {
        "RU": ("росси[яиюей]|россией|рф|российск\\w* федераци\\w*", "российск\\w*|русск\\w*"),
        "CN": ("кита(?:й|я|е|ю|ем)|кнр", "китайск\\w*"),
        "UA": ("украин[аыеуой]|украиной", "украинск\\w*"),
        "US": ("сша|америк\\w*|соединенн\\w* штат\\w*|соединённ\\w* штат\\w*", "американск\\w*"),
        "KP": ("кндр|северн\\w* коре\\w*", "северокорейск\\w*"),
        "KR": ("южн\\w* коре\\w*", "южнокорейск\\w*"),
        "FR": ("франци[яиюей]|францией", "французск\\w*"),
        "DE": ("германи[яиюей]|германией|фрг", "германск\\w*|немецк\\w*"),
        "TR": ("турци[яиюей]|турцией", "турецк\\w*"),
        "MY": ("малайзи[яиюей]|малайзией", "малайзийск\\w*"),
        "ID": ("индонези[яиюей]|индонезией", "индонезийск\\w*"),
        "GB": ("великобритани[яиюей]|британи\\w*", "британск\\w*"),
        "PL": ("польш[аиуей]|польшей", "польск\\w*"),
        "IT": ("итали[яиюей]|италией", "итальянск\\w*"),
        "ES": ("испани[яиюей]|испанией", "испанск\\w*"),
        "IR": ("иран\\w*", "иранск\\w*"),
        "BY": ("белорусси\\w*|беларус\\w*", "белорусск\\w*"),
        "JP": ("япони[яиюей]|японией", "японск\\w*"),
    },
    "es": {
        "RU": ("rusia|federación rusa", "rus[oa]s?"),
        "CN": ("china", "chin[oa]s?"),
        "UA": ("ucrania", "ucranian[oa]s?"),
        "US": ("estados unidos|(?-i:EE\\. ?UU\\.|EEUU|EE\\.UU\\.)", "estadounidenses?|norteamerican[oa]s?"),
        "KP": ("corea del norte", "norcorean[oa]s?"),
        "KR": ("corea del sur", "surcorean[oa]s?"),
        "FR": ("francia", "franc[eé]s(?:[ae]s)?"),
        "DE": ("alemania", "alem[aá]n(?:[ae]s)?|alemana"),
        "TR": ("turquía", "turc[oa]s?"),
        "MY": ("malasia", "malasi[oa]s?|malayo"),
        "ID": ("indonesia", "indonesi[oa]s?"),
        "GB": ("reino unido|gran bretaña", "británic[oa]s?"),
        "PL": ("polonia", "polac[oa]s?"),
        "IT": ("italia", "italian[oa]s?"),
        "ES": ("españa", "español(?:[ae]s)?|española"),
        "IR": ("irán", "iraní(?:es)?"),
        "BY": ("bielorrusia", "bielorrus[oa]s?"),
        "JP": ("japón", "japon[eé]s(?:[ae]s)?"),
    },
    "it": {
        "RU": ("russia|federazione russa", "russ[oaie]"),
        "CN": ("cina", "cines[ei]"),
        "UA": ("ucraina", "ucrain[oaie]"),
        "US": ("stati uniti|(?-i:USA)|america", "statunitens[ei]|american[oaie]"),
        "KP": ("corea del nord", "nordcorean[oaie]"),
        "KR": ("corea del sud", "sudcorean[oaie]"),
        "FR": ("francia", "frances[ei]"),
        "DE": ("germania", "tedesc(?:o|a|hi|he)"),
        "TR": ("turchia", "turc(?:o|a|hi|he)"),
        "MY": ("malesia|malaysia", "males[ei]|malaysian[oaie]"),
        "ID": ("indonesia", "indonesian[oaie]"),
        "GB": ("regno unito|gran bretagna", "britannic(?:o|a|i|he)"),
        "PL": ("polonia", "polacc(?:o|a|hi|he)"),
        "IT": ("italia", "italian[oaie]"),
        "ES": ("spagna", "spagnol[oaie]"),
        "IR": ("iran", "iranian[oaie]"),
        "BY": ("bielorussia", "bieloruss[oaie]"),
        "JP": ("giappone", "giappones[ei]"),
    },
    "pl": {
        "RU": ("rosj[aiąę]|rosją|federacj\\w* rosyjsk\\w*", "rosyjsk\\w*"),
        "CN": ("chin(?:y|ach|om|ami|ach)?|chrl", "chińsk\\w*"),
        "UA": ("ukrain[aiyęą]|ukrainą", "ukraińsk\\w*"),
        "US": ("usa|stan(?:y|ów|ach|om) zjednoczon\\w*|ameryk\\w*", "amerykańsk\\w*"),
        "KP": ("kore\\w* północn\\w*|kroł", "północnokoreańsk\\w*"),
        "KR": ("kore\\w* południow\\w*", "południowokoreańsk\\w*"),
        "FR": ("francj[aiąę]|francją", "francusk\\w*"),
        "DE": ("niem(?:cy|iec|czech|com|cami)", "niemieck\\w*"),
        "TR": ("turcj[aiąę]|turcją", "tureck\\w*"),
        "MY": ("malezj[aiąę]|malezją", "malezyjsk\\w*"),
        "ID": ("indonezj[aiąę]|indonezją", "indonezyjsk\\w*"),
        "GB": ("wielk\\w* brytani\\w*", "brytyjsk\\w*"),
        "PL": ("polsk[aię]|polską|polsce", "polsk(?:i|iego|iemu|im|ich|imi|ie|iej)"),
        "IT": ("włoch(?:y|ach|om|ami)?|włoszech", "włosk\\w*"),
        "ES": ("hiszpani[aięą]|hiszpanią", "hiszpańsk\\w*"),
        "IR": ("iran\\w*", "irańsk\\w*"),
        "BY": ("białoru\\w*", "białorusk\\w*"),
        "JP": ("japoni[aięą]|japonią", "japońsk\\w*"),
    },
}
_SLAVIC = frozenset({"uk", "ru", "pl"})
_SLAVIC_ENDING = re.compile(r"[аяіиьйеоуaeyioąę]$")


def _babel_names(lang: str) -> list[tuple[str, str]]:
    """(code, regex) for every country Babel names in `lang`; Slavic names take their inflections."""
    try:
        import pycountry
        from babel import Locale

        territories = Locale.parse(lang).territories
        codes = [c.alpha_2 for c in pycountry.countries]
    except Exception:  # pragma: no cover - babel/pycountry are dependencies; stay usable without them
        return []
    out = []
    for code in codes:
        name = territories.get(code)
        if not name or any(ch in name for ch in "(),&"):
            continue
        folded = name.lower()
        if lang in _SLAVIC and " " not in folded and len(folded) >= 6 and _SLAVIC_ENDING.search(folded):
            pattern = re.escape(folded[:-1]) + r"\w{0,3}"
        elif lang in _SLAVIC and " " not in folded and len(folded) >= 5:
            pattern = re.escape(folded) + r"\w{0,3}"
        else:
            pattern = re.escape(folded)
        out.append((code, pattern))
    return out


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
    for code, (names, adjs) in _DEMONYMS[lang].items():
        pairs.append((code, adjs))
        pairs.append((code, names))
        adjectives.append(adjs)
    known = {code for code, _ in pairs}
    pairs += [(code, pattern) for code, pattern in _babel_names(lang) if code not in known]
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


_GENERIC_RE = re.compile(rf"(?<!\w)(?:{_GENERIC})(?!\w)", re.IGNORECASE)

# -- reading one mention ---------------------------------------------------------------------
Token = tuple[int, int, str]  # start, end, text
HEAD, MOD, COUNTRY, LINK, CAP, FORMER, STOP, PUNCT = range(8)


def _core(token: str, lex: RoleLexicon) -> str:
    """The word a token stands for: without an elided article (l'ancien) or a possessive (Russia's)."""
    if _APOS.search(token):
        if lex.lang in ("fr", "it"):
            token = _ELIDED.sub("", token)
        elif lex.lang == "en" and token[-2:].lower() in ("'s", "’s"):
            token = token[:-2]
    return token


@functools.lru_cache(maxsize=65536)
def _kind_cached(token: str, lang: str) -> int:
    return _kind(token, role_lexicon(lang))


def _kind(token: str, lex: RoleLexicon) -> int:
    low = token.lower()
    if not token[0].isalnum():
        return LINK if low in lex.links else PUNCT
    core = _core(token, lex)
    low = core.lower()
    parts = re.split(r"[-‐]", low)
    if lex.former.fullmatch(low) or lex.former.fullmatch(parts[0]):
        return FORMER
    if lex.head.fullmatch(low) or (len(parts) > 1 and lex.head.fullmatch(parts[-1])):
        return HEAD
    if lex.country_word.fullmatch(core) or (len(parts) > 1 and lex.country_word.fullmatch(parts[0])):
        return COUNTRY
    if lex.mod.fullmatch(low):
        return MOD
    if low in lex.links or token.lower() in lex.links:
        return LINK
    if core[0].isupper() and not core[0].isdigit() and low not in _NOT_TITLE:
        return CAP
    return STOP


def _pre_ok(kind: int, lex: RoleLexicon) -> bool:
    """May a word of this kind stand before the head ("Chinese Foreign Minister", "chinesische Präsident")?"""
    return kind in (MOD, COUNTRY, HEAD) or (lex.lang == "en" and kind in (CAP, LINK))


def _finish(tokens: list[Token], kinds: list[int], text: str, lex: RoleLexicon) -> tuple[str, str | None] | None:
    """(title, country) from a candidate run of title words, or None."""
    if HEAD not in kinds or FORMER in kinds:
        return None
    first = kinds.index(HEAD)
    k = first
    while k > 0 and _pre_ok(kinds[k - 1], lex):
        k -= 1
    tokens, kinds = tokens[k:], kinds[k:]
    while tokens and (kinds[0] in (LINK, PUNCT) or tokens[0][2].lower() in lex.dets):
        tokens, kinds = tokens[1:], kinds[1:]
    while tokens and kinds[-1] in (LINK, PUNCT):
        tokens, kinds = tokens[:-1], kinds[:-1]
    if not tokens or HEAD not in kinds:
        return None
    start, end = tokens[0][0], tokens[-1][1]
    title = text[start:end]
    title = _ELIDED.sub("", title) if lex.lang in ("fr", "it") else title
    title = " ".join(title.split())
    match = lex.country.search(title)
    country = None
    if match is not None and match.lastgroup:
        country = lex.codes[int(match.lastgroup[1:])]
    return _case(title, kinds, tokens, lex), country


def _case(title: str, kinds: list[int], tokens: list[Token], lex: RoleLexicon) -> str:
    """Lower-case capitals that only mark a sentence start or an English title before a name
    ("President" -> "president", "Prime Minister" -> "prime minister", "Президент Росії" ->
    "президент Росії"); German nouns and proper names keep theirs."""
    if lex.lang == "de" or not title:
        return title
    if lex.lang == "en":
        n = 0
        while n < len(kinds) and kinds[n] in (HEAD, MOD):
            n += 1
        words = title.split(" ")
        if n == 0 or len(words) != len(tokens):
            return title
        return " ".join(w.lower() if i < n and not w.isupper() else w for i, w in enumerate(words))
    if kinds[0] in (HEAD, MOD) or (kinds[0] == COUNTRY and lex.adjective.fullmatch(tokens[0][2])):
        return title[0].lower() + title[1:]
    return title


def _before(text: str, lo: int, start: int, lex: RoleLexicon) -> tuple[str, str | None] | None:
    """A title right before a name: '<title> Name' or '<title>, Name'."""
    tokens = [(m.start() + lo, m.end() + lo, m.group()) for m in _TOKEN.finditer(text[lo:start])]
    if tokens and tokens[-1][2] == ",":
        tokens.pop()
        comma = True
    else:
        comma = False
    run: list[Token] = []
    kinds: list[int] = []
    for token in reversed(tokens):
        kind = _kind_cached(token[2], lex.lang)
        if kind in (STOP, PUNCT):
            break
        run.append(token)
        kinds.append(kind)
        if kind == FORMER:
            break
    run.reverse()
    kinds.reverse()
    found = _finish(run, kinds, text, lex)
    if found is None or (comma and found[1] is None and CAP not in kinds[kinds.index(HEAD) :]):
        return None  # "after meeting the president, Shoigu ...": a comma needs a specific title
    return found


def _after(text: str, end: int, hi: int, lex: RoleLexicon) -> tuple[str, str | None] | None:
    """An apposition right after a name: 'Name, <title>,' up to punctuation or a relative word."""
    stop = min(hi, end + WINDOW)
    tokens = [(m.start() + end, m.end() + end, m.group()) for m in _TOKEN.finditer(text[end:stop])]
    if len(tokens) < 2 or tokens[0][2] != ",":
        return None
    run: list[Token] = []
    kinds: list[int] = []
    closed = stop >= hi  # the sentence ends
    for token in tokens[1:]:
        kind = _kind_cached(token[2], lex.lang)
        if kind == PUNCT and token[2] in _END_PUNCT:
            closed = True
            break
        if kind in (STOP, PUNCT):
            closed = token[2].lower() in lex.boundary and bool(run)
            break
        run.append(token)
        kinds.append(kind)
    if not closed or HEAD not in kinds:
        return None
    if not all(_pre_ok(k, lex) or k == LINK for k in kinds[: kinds.index(HEAD)]):
        return None  # "Shoigu, Moscow's man ..." : only title words may lead to the head
    return _finish(run, kinds, text, lex)


def role_at(text: str, start: int, end: int, lo: int, hi: int, language: str | None) -> tuple[str, str | None] | None:
    """(title, country) the text gives the person named at text[start:end], within [lo, hi)."""
    lex = role_lexicon(language)
    return _after(text, end, min(hi, end + WINDOW), lex) or _before(text, max(lo, start - WINDOW), start, lex)


def article_roles(
    article: Article, mentions: Iterable[tuple[str, int, int]]
) -> tuple[dict[int, ActorRole], dict[str, ActorRole]]:
    """Roles of the given (entity id, start, end) person mentions of `article`.

    Returns (role by mention start, the article's best role per entity id)."""
    text = article.text
    sentences = article.sentences
    starts = [s.start for s in sentences]
    paragraphs = article.paragraphs
    default = article.language
    at: dict[int, ActorRole] = {}
    best: dict[str, ActorRole] = {}
    for eid, start, end in mentions:
        i = bisect.bisect_right(starts, start) - 1
        if 0 <= i < len(sentences) and sentences[i].end >= end:
            lo, hi = sentences[i].start, sentences[i].end
            para = sentences[i].paragraph
            lang = paragraphs[para].language if para < len(paragraphs) and paragraphs[para].language else default
        else:
            lo, hi, lang = max(0, start - WINDOW), min(len(text), end + WINDOW), default
        if lang not in _LANG_RANK:
            lang = default if default in _LANG_RANK else "en"
        found = role_at(text, start, end, lo, hi, lang)
        if found is None:
            continue
        role = ActorRole(found[0], found[1], article.id, lang, {lang or "en": found[0]})
        at[start] = role
        best[eid] = combine(best[eid], role) if eid in best else role
    return at, best


# -- merging -----------------------------------------------------------------------------------
def _title_key(title: str) -> tuple[bool, int, str]:
    return (not _GENERIC_RE.search(title), len(title), title)


def _key(role: ActorRole) -> tuple[bool, bool, int, int, str, str]:
    return (role.country is not None, not _GENERIC_RE.search(role.title),
            -_LANG_RANK.get(role.language or "", len(_LANG_RANK)), len(role.title), role.title,
            role.evidence_article or "")  # fmt: skip


def combine(a: ActorRole, b: ActorRole) -> ActorRole:
    """One person's roles from two reports (commutative and associative)."""
    titles = dict(a.titles)
    for lang, title in b.titles.items():
        if lang not in titles or _title_key(title) > _title_key(titles[lang]):
            titles[lang] = title
    best = max(a, b, key=_key)
    return ActorRole(best.title, best.country, best.evidence_article, best.language, titles)


def merge_roles(*maps: Mapping[str, ActorRole], keep: Sequence[str] | None = None) -> dict[str, ActorRole]:
    """Roles by actor id from several events; only the ids in `keep` when given."""
    out: dict[str, ActorRole] = {}
    for roles in maps:
        for eid, role in roles.items():
            out[eid] = combine(out[eid], role) if eid in out else role
    if keep is not None:
        wanted = set(keep)
        out = {eid: role for eid, role in out.items() if eid in wanted}
    return dict(sorted(out.items()))


def without_article(role: ActorRole, article_id: str) -> ActorRole | None:
    """`role` once `article_id` no longer reports it: the title it gave goes (the country stays
    when another language's title remains, as titles do not record their own articles)."""
    if role.evidence_article != article_id:
        return role
    titles = {lang: t for lang, t in role.titles.items() if lang != role.language}
    if not titles:
        return None
    lang = min(titles, key=lambda x: _LANG_RANK.get(x, len(_LANG_RANK)))
    return ActorRole(titles[lang], role.country, None, lang, titles)


def role_label(name: str, role: ActorRole | None) -> str:
    """'Sergei Shoigu (secretary of Russia's Security Council, RU)', or the bare name."""
    if role is None:
        return name
    parts = [p for p in (role.title, role.country) if p]
    return f"{name} ({', '.join(parts)})" if parts else name


__all__ = ["ROLE_LANGUAGES", "article_roles", "combine", "merge_roles", "role_at", "role_label", "without_article"]
