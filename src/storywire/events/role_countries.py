"""Country names and adjectives per language, for the country in an actor's title (`roles.py`).

A hand-made table of the countries news mentions most (names and demonyms, with inflected
forms for Ukrainian, Russian and Polish), completed by Babel's country names in each
language (`babel_names`; Slavic stems take their inflections).  `role_lexicon.py` builds
its country patterns from both.
"""

from __future__ import annotations

import re

# Country names and adjectives per language: ISO code -> (names, adjectives) as regex alternations.
# Babel's country names in each language complete the names (nominative; Slavic stems inflect).
DEMONYMS: dict[str, dict[str, tuple[str, str]]] = {
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


def babel_names(lang: str) -> list[tuple[str, str]]:
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
