"""Newspapers, broadcasters and non-governmental organisations that news in every language
names: "told the Corriere della Sera", "Médicos Sin Fronteras", "Ärzte ohne Grenzen".

A tagger types a newspaper after a preposition as a person ("al Corriere della Sera") and an
NGO's translated name by its first word ("Médicos" a place); they are bodies, and an NGO's
names in each language are one identity.  Listed from general knowledge (the national papers
and channels of the project's countries, the largest international NGOs), never from an
evaluation text.  Left out: names that are common words ("Bild", "Zeit", "Spiegel" and
"Repubblica" alone, "Rzeczpospolita", "Известия").
"""

from __future__ import annotations

# Newspapers, magazines, broadcasters: who reported a happening, never one of its actors
# (`organisations.NEWS_MEDIA` takes them in).
OUTLETS: dict[str, tuple[str, ...]] = {
    "The New York Times": ("New York Times", "The New York Times", "纽约时报", "نيويورك تايمز"),
    "The Washington Post": ("Washington Post", "The Washington Post", "华盛顿邮报", "واشنطن بوست"),
    "The Wall Street Journal": ("Wall Street Journal", "The Wall Street Journal", "华尔街日报"),
    "Financial Times": ("Financial Times", "金融时报", "فايننشال تايمز"),
    "The Guardian": ("The Guardian",),
    "The Economist": ("The Economist",),  # "Economist Jane Doe said"
    "The Times": ("The Times",),  # not "Times" alone: "at times", "New York Times"
    "France Inter": ("France Inter",),
    "BBC": ("BBC", "Би-би-си", "Бі-Бі-Сі", "英国广播公司", "بي بي سي"),
    "CNN": ("CNN", "美国有线电视新闻网", "سي إن إن"),
    "Bloomberg": ("Bloomberg", "Блумберг", "彭博社"),
    "Politico": ("Politico",),
    "Euronews": ("Euronews",),
    # sports broadcasters ("ha detto a Sky Sport", typed PER)
    "Sky Sports": ("Sky Sports", "Sky Sport", "Sky Sport News"),
    "Eurosport": ("Eurosport", "Евроспорт", "欧洲体育台"),
    "DAZN": ("DAZN",),
    "ESPN": ("ESPN",),
    "beIN Sports": ("beIN Sports", "beIN SPORTS", "بي إن سبورتس"),
    "L'Équipe": ("L'Équipe", "L’Équipe"),
    "Marca": ("Marca",),
    "Gazzetta dello Sport": ("Gazzetta dello Sport", "La Gazzetta dello Sport"),
    "Przegląd Sportowy": ("Przegląd Sportowy",),
    "Sport Express": ("Sport Express", "Sport-Express", "Спорт-Экспресс"),
    "Kicker": ("Kicker",),
    "Le Monde": ("Le Monde", "世界报"),
    "Le Figaro": ("Le Figaro",),
    "Libération": ("Libération",),
    "Les Echos": ("Les Echos",),
    "France Télévisions": ("France Télévisions", "France 2", "France 24", "TF1", "BFMTV"),
    "El País": ("El País", "国家报"),
    "El Mundo": ("El Mundo",),
    "La Vanguardia": ("La Vanguardia",),
    "RTVE": ("RTVE", "TVE"),
    "Corriere della Sera": ("Corriere della Sera", "Corriere"),
    "la Repubblica": ("la Repubblica", "La Repubblica"),  # "Repubblica" alone: the state
    "La Stampa": ("La Stampa",),
    "Il Sole 24 Ore": ("Il Sole 24 Ore", "Sole 24 Ore"),
    "RAI": ("RAI", "Rai", "Rai News"),
    "Frankfurter Allgemeine Zeitung": ("Frankfurter Allgemeine Zeitung", "Frankfurter Allgemeinen Zeitung", "FAZ"),
    "Süddeutsche Zeitung": ("Süddeutsche Zeitung", "Süddeutschen Zeitung"),
    "Der Spiegel": ("Der Spiegel",),  # "Spiegel" alone is a mirror
    "Handelsblatt": ("Handelsblatt", "Handelsblatts"),
    "ARD": ("ARD", "Tagesschau", "ZDF"),
    "Gazeta Wyborcza": ("Gazeta Wyborcza", "Gazety Wyborczej", "Gazecie Wyborczej"),
    "TVN24": ("TVN24", "TVN", "Polsat", "Polsat News", "TVP", "TVP Info"),
    "Kommersant": ("Kommersant", "Коммерсант", "Коммерсантъ", "Коммерсанту", "Коммерсанта"),
    "Vedomosti": ("Vedomosti", "Ведомости", "Ведомостям"),
    "РБК": ("РБК",),
    "Ukrainska Pravda": ("Ukrainska Pravda", "Українська правда", "Української правди", "Українській правді"),
    "Suspilne": ("Suspilne", "Суспільне", "Суспільного"),
    "People's Daily": ("People's Daily", "人民日报"),
    "CCTV": ("CCTV", "中央电视台", "央视"),
    "Al Arabiya": ("Al Arabiya",),
    "Asharq Al-Awsat": ("Asharq Al-Awsat",),  # not "الشرق الأوسط": the Middle East
    # Regional papers and international broadcasters that local and election news cites
    "Ouest-France": ("Ouest-France",),
    "La Voix du Nord": ("La Voix du Nord",),
    "Sud Ouest": ("Sud Ouest",),
    "Le Télégramme": ("Le Télégramme",),
    "Le Soir": ("Le Soir",),
    "La Voz de Galicia": ("La Voz de Galicia",),
    "El Norte de Castilla": ("El Norte de Castilla",),
    "El Correo": ("El Correo",),
    "Il Messaggero": ("Il Messaggero",),
    "Il Mattino": ("Il Mattino",),
    "La Nazione": ("La Nazione",),
    "Il Resto del Carlino": ("Il Resto del Carlino", "Resto del Carlino"),
    "La Nuova Sardegna": ("La Nuova Sardegna", "Nuova Sardegna"),
    "L'Unione Sarda": ("L'Unione Sarda", "Unione Sarda"),
    "Der Standard": ("Der Standard",),
    "Kronen Zeitung": ("Kronen Zeitung",),  # "Krone" alone is a crown
    "Neue Zürcher Zeitung": ("Neue Zürcher Zeitung", "NZZ"),
    "Radio Free Europe/Radio Liberty": ("Radio Free Europe/Radio Liberty", "Radio Free Europe", "Radio Liberty",
                                        "Radio Svoboda", "Радио Свобода", "Радіо Свобода", "Radio Wolna Europa"),
    "Deutsche Welle": ("Deutsche Welle", "DW", "Немецкая волна", "Німецька хвиля"),
    "BBC Wales": ("BBC Wales",),
}  # fmt: skip

NGOS: dict[str, tuple[str, ...]] = {
    "Médecins Sans Frontières": (
        "Médecins sans frontières", "Médecins Sans Frontières", "MSF", "Doctors Without Borders",
        "Ärzte ohne Grenzen", "Médicos Sin Fronteras", "Médicos sin Fronteras", "Medici senza frontiere",
        "Medici Senza Frontiere", "Lekarze bez Granic", "Врачи без границ", "Лікарі без кордонів", "无国界医生",
        "أطباء بلا حدود",
    ),
    "Amnesty International": (
        "Amnesty International", "Amnistía Internacional", "Amnesty", "Международная амнистия",
        "Міжнародна амністія", "国际特赦组织", "منظمة العفو الدولية",
    ),
    "Human Rights Watch": ("Human Rights Watch", "HRW", "هيومن رايتس ووتش", "人权观察"),
    "Reporters Without Borders": (
        "Reporters Without Borders", "Reporters sans frontières", "Reporter ohne Grenzen", "Reporteros Sin Fronteras",
        "Reporter senza frontiere", "Reporterzy bez Granic", "Репортёры без границ", "Репортери без кордонів",
        "无国界记者", "مراسلون بلا حدود",
    ),
    "Greenpeace": ("Greenpeace", "Гринпис", "Грінпіс", "绿色和平", "غرينبيس"),
    "Oxfam": ("Oxfam", "أوكسفام", "乐施会"),
    "Save the Children": ("Save the Children",),
    "Caritas": ("Caritas", "Каритас", "Карітас"),
    "WWF": ("WWF",),
    "Transparency International": ("Transparency International",),
    "Red Cross": (
        "Red Cross", "British Red Cross", "American Red Cross", "Croix-Rouge", "Deutsches Rotes Kreuz",
        "Deutschen Roten Kreuz", "Deutschen Roten Kreuzes", "DRK", "Cruz Roja", "Croce Rossa", "Croce Rossa Italiana",
        "Polski Czerwony Krzyż", "Polskiego Czerwonego Krzyża", "PCK", "Российский Красный Крест",
        "Товариство Червоного Хреста України", "中国红十字会", "红十字会", "الهلال الأحمر",
    ),
}  # fmt: skip
