"""Football clubs that the news names, as it names them: full and short names, and the case
forms of Polish, Russian and Ukrainian ("Lecha", "Legii", "Зенита", "Шахтаря").

Two kinds.  A club whose name is no place and no common word ("Arsenal", "Juventus", "Legia",
"Зенит") is the club wherever it is capitalised.  A club named like its city or region or by a
word of the language ("Napoli", "Bayern", "Villa", "Roma") is the club only where the paragraph
speaks of sport; `stages/ner/clubs.py` decides.  Chinese and Arabic clubs live with their
script's rules (`chinese_*`, `arabic_*`).
"""

from __future__ import annotations

# The clubs of the main leagues by the names every language uses, for the organisations overlay
# that runs on every text (`identity.organisations`).
CLUBS: dict[str, tuple[str, ...]] = {
    "Juventus": ("Juventus", "Juve", "Ювентус"),
    "Inter Milan": ("Inter", "Internazionale", "Inter Milan", "Интер"),
    "AC Milan": ("AC Milan",),
    "Atalanta": ("Atalanta",),
    "Fiorentina": ("Fiorentina",),
    "Sampdoria": ("Sampdoria",),
    "Real Madrid": ("Real Madrid", "Реал Мадрид", "皇家马德里"),
    "Atlético Madrid": ("Atlético de Madrid", "Atlético Madrid", "Atletico Madrid"),
    "FC Barcelona": ("FC Barcelona", "Barça"),
    "Athletic Club": ("Athletic Club",),
    "Real Sociedad": ("Real Sociedad",),
    "Real Betis": ("Real Betis",),
    "Bayern Munich": ("Bayern München", "FC Bayern", "Bayern Munich", "Bayern Monaco", "Bayern de Múnich"),
    "Borussia Dortmund": ("Borussia Dortmund", "BVB"),
    "Borussia Mönchengladbach": ("Borussia Mönchengladbach",),
    "Schalke 04": ("Schalke 04", "FC Schalke 04"),
    "Eintracht Frankfurt": ("Eintracht Frankfurt",),
    "RB Leipzig": ("RB Leipzig",),
    "Bayer Leverkusen": ("Bayer Leverkusen", "Bayer 04 Leverkusen"),
    "Manchester United": ("Manchester United", "Man United"),
    "Manchester City": ("Manchester City", "Man City"),
    "Arsenal FC": ("Arsenal FC",),
    "Paris Saint-Germain": ("Paris Saint-Germain", "PSG", "Paris SG"),
    "Olympique de Marseille": ("Olympique de Marseille",),
    "Olympique Lyonnais": ("Olympique Lyonnais",),
    "Ajax": ("Ajax", "Ajax Amsterdam"),
    "PSV": ("PSV", "PSV Eindhoven"),
    "Feyenoord": ("Feyenoord",),
    "Benfica": ("Benfica",),
    "Legia Warsaw": ("Legia Warsaw", "Legia Warszawa", "Legia", "Legii"),
    "Lech Poznań": ("Lech Poznań",),
    "Spartak Moscow": ("Spartak Moskva", "Spartak Moscow", "Спартак"),
    "CSKA Moscow": ("CSKA Moscow", "ЦСКА"),
    "Dynamo Kyiv": ("Dynamo Kyiv", "Dynamo Kiev", "Динамо Київ", "Динамо Киев"),
    "Shakhtar Donetsk": ("Shakhtar Donetsk", "Шахтар Донецьк", "Шахтёр Донецк"),
}  # fmt: skip

# More names of clubs that are no place, for whole articles (`stages/ner/clubs.py`).
_LATIN = """
Arsenal|Aston Villa|Chelsea|Manchester United|Manchester City|Man United|Man City|Tottenham Hotspur|
Tottenham|Newcastle United|Everton|West Ham United|West Ham|Brighton & Hove Albion|Wolverhampton Wanderers|
Crystal Palace|Nottingham Forest|Leeds United|Leicester City|Bournemouth|Brentford|Fulham|
Real Madrid|Atlético de Madrid|Atlético Madrid|Atletico Madrid|Atlético|FC Barcelona|Barça|Real Betis|
Villarreal|Athletic Club|Athletic Bilbao|Athletic de Bilbao|Real Sociedad|Osasuna|Celta de Vigo|Espanyol|
Getafe|Rayo Vallecano|
FC Bayern München|FC Bayern|Bayern München|Bayern Munich|Borussia Dortmund|BVB|Bayer Leverkusen|
RB Leipzig|Eintracht Frankfurt|VfB Stuttgart|Borussia Mönchengladbach|Gladbach|Werder Bremen|
FC Schalke 04|Schalke 04|Schalke|Hertha BSC|Union Berlin|SC Freiburg|VfL Wolfsburg|Hamburger SV|
TSG Hoffenheim|Hoffenheim|1. FC Köln|FSV Mainz 05|Mainz 05|
Juventus|Juve|Inter Milan|Internazionale|AC Milan|Atalanta|Fiorentina|Sampdoria|Udinese|Sassuolo|
Hellas Verona|
Paris Saint-Germain|PSG|Olympique de Marseille|Olympique lyonnais|Olympique Lyonnais|LOSC|Stade rennais|
OGC Nice|AS Monaco|AS Saint-Étienne|RC Lens|
Legia Warszawa|Legia|Lech Poznań|Raków Częstochowa|Górnik Zabrze|Jagiellonia Białystok|Jagiellonia|
Pogoń Szczecin|Śląsk Wrocław|Cracovia|Zagłębie Lubin|Widzew Łódź|Widzew|Wisła Kraków|
Ajax|PSV Eindhoven|PSV|Feyenoord|Benfica|FC Porto|Sporting CP|Sporting Lisbon|Celtic|Rangers|
Galatasaray|Fenerbahçe|Beşiktaş|Olympiacos|Club Brugge|Anderlecht|Dinamo Zagreb|Crvena zvezda|
Shakhtar Donetsk|Dynamo Kyiv|Dynamo Kiev|Zenit|Zenit St Petersburg|Spartak Moscow|CSKA Moscow|
Boca Juniors|River Plate|Flamengo|Palmeiras|Inter Miami|LA Galaxy|Al Ahly|Zamalek|Al Hilal|Al Nassr|
Al Ittihad
"""

# Named like a place or a common word: the club only where the paragraph speaks of sport.
_CONTEXTUAL_LATIN = """
Liverpool|Newcastle|Villa|Spurs|Wolves|Forest|Palace|Leeds|Brighton|
Barcelona|Valencia|Sevilla|Betis|Celta|Mallorca|Girona|Athletic|
Bayern|Dortmund|Leverkusen|Leipzig|Frankfurt|Stuttgart|Bremen|Freiburg|Wolfsburg|Mainz|Hamburg|
Inter|Milan|Napoli|Roma|Lazio|Torino|Bologna|Genoa|Cagliari|Lecce|Parma|Como|Verona|
Marseille|Lyon|Lille|Lens|Rennes|Nice|Nantes|Monaco|Toulouse|Strasbourg|Brest|Reims|
Lech|Raków|Górnik|Pogoń|Śląsk|Zagłębie|Wisła|Porto|Sporting
"""

# Polish case forms: the club's name in the genitive, dative, accusative, instrumental, locative.
_POLISH_FORMS = {
    "Legia": "Legii Legię Legią",
    "Legia Warszawa": "Legii Warszawa Legię Warszawa Legią Warszawa",
    "Lech Poznań": "Lecha Poznań Lechowi Poznań Lechem Poznań",
    "Raków Częstochowa": "Rakowa Częstochowa Rakowem Częstochowa Rakowowi Częstochowa",
    "Jagiellonia": "Jagiellonii Jagiellonię Jagiellonią",
    "Cracovia": "Cracovii Cracovię Cracovią",
    "Widzew": "Widzewa Widzewem Widzewowi",
    "Górnik Zabrze": "Górnika Zabrze Górnikiem Zabrze",
    "Pogoń Szczecin": "Pogoni Szczecin Pogonią Szczecin",
    "Śląsk Wrocław": "Śląska Wrocław Śląskiem Wrocław",
}
_POLISH_CONTEXTUAL_FORMS = {
    "Lech": "Lecha Lechowi Lechem",
    "Raków": "Rakowa Rakowem Rakowowi",
    "Górnik": "Górnika Górnikiem",
    "Pogoń": "Pogoni Pogonią",
    "Śląsk": "Śląska Śląskiem",
    "Wisła": "Wisły Wisłę Wisłą",
}

# Cyrillic stems and the endings their cases take (the nominative is the stem itself).
_RUSSIAN = {
    "Зенит": "а у ом е",
    "Спартак": "а у ом е",
    "Локомотив": "а у ом е",
    "Арсенал": "а у ом е",
    "Ювентус": "а у ом е",
    "Реал": "а у ом е",
    "Челси": "",
    "ЦСКА": "",
    "ПСЖ": "",
    "Рубин": "а у ом е",
    "Манчестер Юнайтед": "",
    "Манчестер Сити": "",
}
_UKRAINIAN = {
    "Шахтар": "я ю ем і",
    "Арсенал": "а у ом і",
    "Ювентус": "а у ом і",
    "Реал": "а у ом і",
    "Челсі": "",
    "ПСЖ": "",
    "Зеніт": "а у ом і",
    "Манчестер Юнайтед": "",
    "Манчестер Сіті": "",
}
_CYRILLIC_CONTEXTUAL = {
    "ru": {"Динамо": "", "Краснодар": "а у ом е", "Ростов": "а у ом е", "Бавария": "и ю ей", "Милан": "а у ом е",
           "Интер": "а у ом е", "Барселона": "ы у ой е", "Ливерпуль": "я ю ем е"},
    "uk": {"Динамо": "", "Дніпро-1": "", "Зоря": "і ю ею", "Полісся": "", "Олександрія": "ї ю єю",
           "Кривбас": "у ом і", "Баварія": "ї ю єю", "Мілан": "а у ом і", "Інтер": "а у ом і",
           "Барселона": "и у ою і", "Ліверпуль": "я ю ем і"},
}  # fmt: skip


def _split(block: str) -> frozenset[str]:
    return frozenset(name.strip() for name in block.replace("\n", "").split("|") if name.strip())


def _declined(table: dict[str, str]) -> dict[str, str]:
    """Every case form of each club, mapped to its dictionary form."""
    forms: dict[str, str] = {}
    for stem, endings in table.items():
        forms[stem] = stem
        for ending in endings.split():
            head, _, rest = stem.partition(" ")
            forms[(head + ending + (" " + rest if rest else ""))] = stem
    return forms


def club_forms(language: str) -> tuple[dict[str, str], dict[str, str]]:
    """(names that are always the club, names that are the club in sports news), each form
    mapped to the club's dictionary form."""
    plain = {name: name for name in _split(_LATIN)}
    plain.update({alias: name for name, aliases in CLUBS.items() for alias in aliases})
    contextual = {name: name for name in _split(_CONTEXTUAL_LATIN)}
    if language == "pl":
        for table, into in ((_POLISH_FORMS, plain), (_POLISH_CONTEXTUAL_FORMS, contextual)):
            for name, forms in table.items():
                words = forms.split()
                size = len(name.split())
                for k in range(0, len(words), size):
                    into[" ".join(words[k : k + size])] = name
    if language == "ru":
        plain.update(_declined(_RUSSIAN))
    if language == "uk":
        plain.update(_declined(_UKRAINIAN))
    contextual.update(_declined(_CYRILLIC_CONTEXTUAL.get(language, {})))
    return plain, contextual
