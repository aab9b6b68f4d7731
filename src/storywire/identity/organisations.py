"""International organisations whose names translate rather than transliterate.

"OMS", "WHO", "ВОЗ", "世界卫生组织" and "منظمة الصحة العالمية" share no letters: spelling keys
cannot join them, so each organisation lists its names and abbreviations in the project's
languages, and every one of them links to the canonical (English) name.  Abbreviations that
are also ordinary words or other bodies in some language are left out ("AU": gold and
Australia; "CPI": the International Criminal Court in French, a price index in English).
Cyrillic full names inflect; their nominative forms are listed, and the linker looks them up
after `identity.phrases` has brought an inflected head back to it.
"""

from __future__ import annotations

from storywire.identity.clubs import CLUBS
from storywire.identity.companies import COMPANIES
from storywire.identity.media_and_ngos import NGOS, OUTLETS
from storywire.identity.national_bodies import NATIONAL_BODIES
from storywire.identity.parties import PARTIES
from storywire.identity.unions import ONE_LANGUAGE as UNION_LANGUAGES
from storywire.identity.unions import UNIONS

_ORGANISATIONS: dict[str, tuple[str, ...]] = {
    "UEFA": (
        "UEFA", "Uefa", "УЕФА", "УЄФА", "欧足联", "الاتحاد الأوروبي لكرة القدم",
        "Union of European Football Associations",
    ),
    "FIFA": ("FIFA", "Fifa", "ФИФА", "ФІФА", "国际足联", "الفيفا", "الاتحاد الدولي لكرة القدم"),
    "FIDE": ("FIDE", "International Chess Federation", "Weltschachbund", "ФИДЕ", "ФІДЕ", "国际棋联"),
    "International Olympic Committee": (
        "International Olympic Committee", "IOC", "Comité international olympique", "IOK",
        "Internationales Olympisches Komitee", "Comité Olímpico Internacional",
        "Comitato olimpico internazionale", "Międzynarodowy Komitet Olimpijski", "MKOl",
        "Международный олимпийский комитет", "МОК", "Міжнародний олімпійський комітет",
        "国际奥委会", "اللجنة الأولمبية الدولية",
    ),
    "NATO": ("NATO", "OTAN", "НАТО", "Nato", "北约", "حلف الناتو", "الناتو", "حلف شمال الأطلسي"),
    "United Nations": (
        "UN", "U.N.", "ONU", "Onu", "ООН", "UNO", "ONZ", "United Nations", "Nations unies", "Vereinte Nationen",
        "Naciones Unidas", "Nazioni Unite", "Organizacja Narodów Zjednoczonych", "Организация Объединённых Наций",
        "Організація Об'єднаних Націй", "Організація Об’єднаних Націй", "联合国", "الأمم المتحدة",
    ),
    "European Union": (
        "EU", "E.U.", "UE", "ЕС", "ЄС", "Vingt-Sept", "EU-27", "European Union", "Union européenne",
        "Europäische Union", "Unión Europea",
        "Unione europea", "Unia Europejska", "Евросоюз", "Європейський Союз", "Евросоюза", "欧盟",
        "الاتحاد الأوروبي",
    ),
    "European Commission": (
        "European Commission", "EU Commission", "Commission européenne", "Europäische Kommission",
        "EU-Kommission", "Comisión Europea", "Commissione europea", "Komisja Europejska", "Europese Commissie",
        "Европейская комиссия", "Еврокомиссия", "Європейська комісія", "Єврокомісія", "欧盟委员会",
        "المفوضية الأوروبية",
    ),
    "European Council": (
        "European Council", "Conseil européen", "Europäischer Rat", "Consejo Europeo", "Consiglio europeo",
        "Rada Europejska", "Europese Raad", "Европейский совет", "Європейська рада", "欧洲理事会",
        "المجلس الأوروبي",
    ),
    # not an EU body: the Strasbourg organisation of 46 states
    "Council of Europe": (
        "Council of Europe", "Conseil de l'Europe", "Conseil de l’Europe", "Europarat", "Europarats",
        "Consejo de Europa", "Consiglio d'Europa", "Consiglio d’Europa", "Rada Europy", "Raad van Europa",
        "Совет Европы", "Рада Європи", "欧洲委员会", "مجلس أوروبا",
    ),
    "European Parliament": (
        "European Parliament", "Parlement européen", "Europäisches Parlament", "EU-Parlament",
        "Parlamento Europeo", "Parlamento europeo", "Parlament Europejski", "Europees Parlement",
        "Европейский парламент", "Европарламент", "Європейський парламент", "Європарламент", "欧洲议会",
        "البرلمان الأوروبي",
    ),
    "Kremlin": ("Kremlin", "Kreml", "Кремль", "Cremlino", "Kremla"),
    "TASS": ("TASS", "ТАСС", "ТАРС", "Tass", "塔斯社", "وكالة تاس"),
    "RIA Novosti": ("RIA Novosti", "РИА Новости", "РІА Новини", "RIA", "RIA Nowosti", "俄新社"),
    "KCNA": (
        "KCNA", "Korean Central News Agency", "Agence centrale de presse coréenne",
        "Agence centrale de presse nord-coréenne", "Koreanische Zentrale Nachrichtenagentur",
        "Agencia Central de Noticias de Corea", "ЦТАК", "Центральное телеграфное агентство Кореи",
        "Центральне телеграфне агентство Кореї", "朝中社", "朝鲜中央通讯社",
    ),
    "World Health Organization": (
        "WHO", "OMS", "ВОЗ", "World Health Organization", "World Health Organisation",
        "Organisation mondiale de la santé", "Weltgesundheitsorganisation", "Organización Mundial de la Salud",
        "Organizzazione mondiale della sanità", "Światowa Organizacja Zdrowia", "Wereldgezondheidsorganisatie",
        "Всемирная организация здравоохранения", "Всесвітня організація охорони здоров'я",
        "Всесвітня організація охорони здоров’я", "世界卫生组织", "世卫组织", "منظمة الصحة العالمية",
    ),
    "European Medicines Agency": (
        "European Medicines Agency", "EMA", "Ema", "Europäische Arzneimittel-Agentur",
        "Agence européenne des médicaments",
        "Agencia Europea de Medicamentos", "Agenzia europea per i medicinali", "Europejska Agencja Leków",
        "Европейское агентство по лекарственным средствам", "Європейське агентство з лікарських засобів",
        "欧洲药品管理局", "وكالة الأدوية الأوروبية",
    ),
    "Food and Drug Administration": (
        "Food and Drug Administration", "FDA", "美国食品药品监督管理局", "إدارة الغذاء والدواء",
    ),
    "European Space Agency": (
        "European Space Agency", "ESA", "Europäische Weltraumorganisation", "Agence spatiale européenne",
        "Agencia Espacial Europea", "Agenzia spaziale europea", "Europejska Agencja Kosmiczna",
        "Европейское космическое агентство", "Європейське космічне агентство", "欧洲航天局", "وكالة الفضاء الأوروبية",
    ),
    "European Patent Office": (
        "European Patent Office", "Europäisches Patentamt", "Office européen des brevets",
        "Oficina Europea de Patentes",
        "Ufficio europeo dei brevetti", "Europejski Urząd Patentowy", "Европейское патентное ведомство",
        "Європейське патентне відомство",
    ),
    "CERN": ("CERN", "Cern", "ЦЕРН", "欧洲核子研究中心"),
    "International Monetary Fund": (
        "IMF", "FMI", "IWF", "МВФ", "MFW", "International Monetary Fund", "Fonds monétaire international",
        "Internationaler Währungsfonds", "Fondo Monetario Internacional", "Fondo monetario internazionale",
        "Międzynarodowy Fundusz Walutowy", "Internationaal Monetair Fonds", "Международный валютный фонд",
        "Міжнародний валютний фонд", "国际货币基金组织", "صندوق النقد الدولي",
    ),
    "World Bank": (
        "World Bank", "Banque mondiale", "Weltbank", "Banco Mundial", "Banca Mondiale", "Banca mondiale",
        "Bank Światowy", "Wereldbank", "Всемирный банк", "Світовий банк", "世界银行", "البنك الدولي",
    ),
    "BRICS": ("BRICS", "БРИКС", "金砖国家", "بريكس"),
    "G7": ("G7", "G-7", "Group of Seven", "Groupe des Sept", "Gruppe der Sieben", "Grupo de los Siete",
           "Большая семёрка", "Велика сімка", "七国集团", "مجموعة السبع"),
    "G20": ("G20", "G-20", "Group of Twenty", "Groupe des Vingt", "Gruppe der Zwanzig", "Grupo de los Veinte",
            "Большая двадцатка", "Велика двадцятка", "二十国集团", "مجموعة العشرين"),
    "OPEC": ("OPEC", "OPEP", "ОПЕК", "OPEC+", "ОПЕК+", "欧佩克", "石油输出国组织", "أوبك"),
    "International Atomic Energy Agency": (
        "IAEA", "AIEA", "IAEO", "МАГАТЭ", "МАГАТЕ", "MAEA", "International Atomic Energy Agency",
        "Agence internationale de l'énergie atomique", "Agence internationale de l’énergie atomique",
        "Internationale Atomenergiebehörde", "Internationale Atomenergie-Organisation",
        "Organismo Internacional de Energía Atómica", "Agenzia internazionale per l'energia atomica",
        "Międzynarodowa Agencja Energii Atomowej", "Internationaal Atoomenergieagentschap",
        "Международное агентство по атомной энергии", "Міжнародне агентство з атомної енергії",
        "国际原子能机构", "الوكالة الدولية للطاقة الذرية",
    ),
    "International Criminal Court": (
        "International Criminal Court", "Cour pénale internationale", "Internationaler Strafgerichtshof",
        "Corte Penal Internacional", "Corte penale internazionale", "Międzynarodowy Trybunał Karny",
        "Internationaal Strafhof", "Международный уголовный суд", "Міжнародний кримінальний суд", "国际刑事法院",
        "المحكمة الجنائية الدولية",
    ),
    "OSCE": ("OSCE", "OSZE", "ОБСЕ", "ОБСЄ", "OBWE", "OVSE", "Organization for Security and Co-operation in Europe",
             "欧安组织", "منظمة الأمن والتعاون في أوروبا"),
    "ASEAN": ("ASEAN", "АСЕАН", "东盟", "آسيان"),
    "African Union": (
        "African Union", "Union africaine", "Afrikanische Union", "Unión Africana", "Unione africana",
        "Unia Afrykańska", "Afrikaanse Unie", "Африканский союз", "Африканський союз", "非洲联盟", "非盟",
        "الاتحاد الأفريقي", "الاتحاد الإفريقي",
    ),
    "Arab League": (
        "Arab League", "Ligue arabe", "Arabische Liga", "Liga Árabe", "Lega araba", "Liga Arabska",
        "Arabische Liga", "Лига арабских государств", "Ліга арабських держав", "阿拉伯国家联盟", "阿盟",
        "جامعة الدول العربية",
    ),
    "Shanghai Cooperation Organisation": (
        "SCO", "ШОС", "Shanghai Cooperation Organisation", "Shanghai Cooperation Organization",
        "Organisation de coopération de Shanghai", "Shanghaier Organisation für Zusammenarbeit",
        "Organización de Cooperación de Shanghái", "Organizzazione per la cooperazione di Shanghai",
        "Szanghajska Organizacja Współpracy", "Шанхайская организация сотрудничества",
        "Шанхайська організація співробітництва", "上海合作组织", "上合组织", "منظمة شنغهاي للتعاون",
    ),
    "World Trade Organization": (
        "WTO", "OMC", "ВТО", "СОТ", "World Trade Organization", "Organisation mondiale du commerce",
        "Welthandelsorganisation", "Organización Mundial del Comercio", "Organizzazione mondiale del commercio",
        "Światowa Organizacja Handlu", "Wereldhandelsorganisatie", "Всемирная торговая организация",
        "Світова організація торгівлі", "世界贸易组织", "世贸组织", "منظمة التجارة العالمية",
    ),
    "International Committee of the Red Cross": (
        "ICRC", "CICR", "IKRK", "МККК", "International Committee of the Red Cross",
        "Comité international de la Croix-Rouge", "Internationales Komitee vom Roten Kreuz",
        "Comité Internacional de la Cruz Roja", "Comitato internazionale della Croce Rossa",
        "Międzynarodowy Komitet Czerwonego Krzyża", "Международный комитет Красного Креста",
        "Міжнародний комітет Червоного Хреста", "红十字国际委员会", "اللجنة الدولية للصليب الأحمر",
    ),
    "SWIFT": ("SWIFT", "СВИФТ", "СВІФТ"),  # not "سويفت": Taylor Swift is written so too
    "UNESCO": ("UNESCO", "Unesco", "ЮНЕСКО", "联合国教科文组织", "اليونسكو"),
    "UNICEF": ("UNICEF", "Unicef", "ЮНИСЕФ", "ЮНІСЕФ", "联合国儿童基金会", "اليونيسف"),
    "Interpol": ("Interpol", "INTERPOL", "Интерпол", "Інтерпол", "国际刑警组织", "الإنتربول", "الانتربول"),
    "Europol": (
        "Europol", "Европол", "Европола", "Европолу", "Європол", "Європолу", "Європолом", "欧洲刑警组织", "يوروبول",
    ),
    "Eurojust": ("Eurojust", "Евроюст", "Євроюст"),
    "Frontex": ("Frontex", "Фронтекс", "Фронтексу"),
    "European Anti-Fraud Office": (
        "European Anti-Fraud Office", "OLAF", "Office européen de lutte antifraude",
        "Europäisches Amt für Betrugsbekämpfung", "Oficina Europea de Lucha contra el Fraude",
        "Ufficio europeo per la lotta antifrode",
        "Europejski Urząd ds. Zwalczania Nadużyć Finansowych",
    ),
    # Movements and armed groups the news of every conflict names.  Taggers trained on
    # Wikipedia read "Hermanos Musulmanes" or "Fratelli Musulmani" as a person.  Arabic
    # names that are also words are left out: القاعدة "the base", حماس "zeal".
    "Muslim Brotherhood": (
        "Muslim Brotherhood", "Frères musulmans", "Muslimbruderschaft", "Muslimbrüder", "Hermanos Musulmanes",
        "Fratelli Musulmani", "Fratellanza Musulmana", "Bractwo Muzułmańskie", "Moslimbroederschap",
        "Братья-мусульмане", "Брати-мусульмани", "穆斯林兄弟会", "جماعة الإخوان المسلمين", "الإخوان المسلمين",
        "الإخوان المسلمون",
    ),
    "Hamas": ("Hamas", "Hamás", "ХАМАС", "Хамас", "哈马斯", "حركة حماس"),
    "Hezbollah": (
        "Hezbollah", "Hisbollah", "Hizbollah", "Hizbolá", "Hezbolá", "Hizb Allah", "Hezbollahu", "Хезболла",
        "Хезбола", "Хізбалла", "真主党", "حزب الله",
    ),
    "Taliban": ("Taliban", "Talibán", "Talebani", "Talibowie", "Талибан", "Талібан", "塔利班", "طالبان", "حركة طالبان"),
    "Islamic State": (
        "Islamic State", "ISIS", "ISIL", "État islamique", "Etat islamique", "Islamischer Staat",
        "Estado Islámico", "Stato Islamico", "Państwo Islamskie", "Islamitische Staat", "ИГИЛ",
        "Исламское государство", "Ісламська держава", "伊斯兰国", "داعش", "تنظيم الدولة الإسلامية",
    ),
    "Al-Qaeda": (
        "Al-Qaeda", "Al Qaeda", "al-Qaïda", "Al-Qaïda", "Al-Qaida", "Al Qaida", "Al-Kaida", "Al Kaida",
        "Al Qaeda", "Al-Kaida", "Аль-Каида", "Аль-Каїда", "基地组织", "تنظيم القاعدة",
    ),
    # Well-known Italian companies and public bodies, named by one word that no cue around it
    # types ("La Fiat ha annunciato", "un'inchiesta su Unicredit"); names that are also a
    # person's ("Ferrari", "Leonardo", "Armani") or a common word ("Generali") are left out.
    "Istat": ("Istat", "ISTAT"),
    "INPS": ("Inps", "INPS"),
    "Bank of Italy": ("Bank of Italy", "Banca d'Italia", "Banca d’Italia", "Bankitalia"),
    "Consob": ("Consob",),
    "Confindustria": ("Confindustria",),
    "Fiat": ("Fiat",),
    "Stellantis": ("Stellantis",),
    "UniCredit": ("UniCredit", "Unicredit"),
    "Intesa Sanpaolo": ("Intesa Sanpaolo", "Intesa San Paolo"),
    "Mediobanca": ("Mediobanca",),
    "Eni": ("Eni", "ENI"),
    "Enel": ("Enel", "ENEL"),
    "Telecom Italia": ("Telecom Italia",),
    "Poste Italiane": ("Poste Italiane",),
    "Ferrovie dello Stato": ("Ferrovie dello Stato",),
    "Trenitalia": ("Trenitalia",),
    "Mediaset": ("Mediaset",),
    "Pirelli": ("Pirelli",),
    # Parties whose name holds a country ("La France insoumise": no place "La France").
    "La France insoumise": ("La France insoumise", "France insoumise", "LFI"),
    "Debout la France": ("Debout la France",),
    "Fratelli d'Italia": ("Fratelli d'Italia", "Fratelli d’Italia"),
    "Forza Italia": ("Forza Italia",),
    "Italia Viva": ("Italia Viva",),
    "Alternative für Deutschland": ("Alternative für Deutschland", "AfD"),
    # News agencies and channels, cited in nearly every article; a tagger often makes them people.
    "Al Jazeera": (
        "Al Jazeera", "Al-Jazeera", "Al Yazira", "Al Dżazira", "Аль-Джазира", "Аль-Джазіра", "半岛电视台",
        "قناة الجزيرة",
    ),
    "Reuters": ("Reuters", "Рейтер", "Рейтерс", "Reutera", "路透社", "رويترز"),
    "Agence France-Presse": (
        "AFP", "Agence France-Presse", "Agence France Presse", "Франс Пресс", "Франс Прес", "法新社", "فرانس برس",
    ),
    "EFE": ("EFE", "Agencia EFE", "agencia Efe"),
    "dpa": ("dpa", "Deutsche Presse-Agentur"),
    "ANSA": ("ANSA", "agenzia Ansa"),
    "Polish Press Agency": ("Polska Agencja Prasowa", "Polish Press Agency", "PAP"),
    "Interfax": ("Interfax", "Интерфакс", "Інтерфакс", "国际文传电讯社"),
    "Ukrinform": ("Ukrinform", "Укрінформ", "Укринформ"),
    "Anadolu Agency": ("Anadolu Agency", "Agence Anadolu", "Anadolu-Agentur", "agencia Anadolu", "阿纳多卢通讯社"),
    "Yonhap": ("Yonhap", "Йонхап", "韩联社"),
    "Xinhua": (
        "Xinhua", "Xinhua News Agency", "agence Chine nouvelle", "Синьхуа", "Сіньхуа", "新华社", "新华通讯社",
        "شينخوا", "وكالة شينخوا",
    ),
    "Associated Press": ("Associated Press", "Ассошиэйтед Пресс", "Ассошиейтед Прес", "美联社", "أسوشيتد برس"),
}  # fmt: skip

# Declined forms that news writes most: German adjectives ("der Internationale
# Währungsfonds", "des Internationalen Währungsfonds"), Polish and Ukrainian genitives, and
# Ukrainian abbreviations of their own ("ВООЗ").
_DECLINED: dict[str, tuple[str, ...]] = {
    "European Union": ("Europäischen Union", "Unii Europejskiej", "Європейського Союзу", "Евросоюзе"),
    "United Nations": ("Vereinten Nationen", "Organizacji Narodów Zjednoczonych"),
    "European Commission": ("Europäischen Kommission", "EU-Kommission", "Komisji Europejskiej",
                            "Європейської комісії", "Єврокомісії", "Еврокомиссии", "Европейской комиссии"),
    "European Parliament": ("Europäischen Parlament", "Europäischen Parlaments", "Parlamentu Europejskiego",
                            "Європейського парламенту", "Європарламенту", "Европарламента",
                            "Европейского парламента"),
    "World Health Organization": ("ВООЗ", "Światowej Organizacji Zdrowia", "Всесвітньої організації охорони здоров'я",
                                  "Всесвітньої організації охорони здоров’я"),
    "International Monetary Fund": ("Internationale Währungsfonds", "Internationalen Währungsfonds",
                                    "Międzynarodowego Funduszu Walutowego", "Міжнародного валютного фонду"),
    "World Bank": ("Banku Światowego", "Світового банку", "Weltbanks"),
    "International Atomic Energy Agency": ("Internationalen Atomenergiebehörde",
                                           "Międzynarodowej Agencji Energii Atomowej",
                                           "Міжнародного агентства з атомної енергії"),
    "International Criminal Court": ("Internationalen Strafgerichtshof", "Internationalen Strafgerichtshofs",
                                     "Internationale Strafgerichtshof", "Międzynarodowego Trybunału Karnego",
                                     "Міжнародного кримінального суду"),
    "African Union": ("Afrikanischen Union", "Unii Afrykańskiej", "Африканського союзу"),
    "Arab League": ("Arabischen Liga", "Ligi Arabskiej", "Ліги арабських держав"),
    "World Trade Organization": ("Światowej Organizacji Handlu", "Світової організації торгівлі"),
    "International Committee of the Red Cross": ("Internationalen Komitees vom Roten Kreuz",
                                                 "Internationale Komitee vom Roten Kreuz",
                                                 "Międzynarodowego Komitetu Czerwonego Krzyża",
                                                 "Міжнародного комітету Червоного Хреста"),
    "Shanghai Cooperation Organisation": ("Шанхайської організації співробітництва",
                                          "Szanghajskiej Organizacji Współpracy"),
}  # fmt: skip

# Names that are the organisation in these languages only: elsewhere a person or a word
# ("Verdi" the composer in Italian news, "meta" a goal in Spanish).
ONE_LANGUAGE: dict[str, tuple[str, ...]] = {**UNION_LANGUAGES, "Meta": ("en", "de", "fr")}

# surface -> canonical name
ORG_NAMES: dict[str, str] = {
    name: canonical
    for table in (_ORGANISATIONS, _DECLINED, COMPANIES, CLUBS, NATIONAL_BODIES, OUTLETS, NGOS, PARTIES, UNIONS)
    for canonical, names in table.items()
    for name in names
}

# News agencies and channels: who reported a happening, never one of its actors.  An article
# citing "(EFE)" or "AFP" in its dateline shares that with every other article of the agency.
NEWS_MEDIA = frozenset({
    "Al Jazeera", "Reuters", "Agence France-Presse", "Associated Press", "EFE", "dpa", "ANSA", "Polish Press Agency",
    "RIA Novosti", "Interfax", "Ukrinform", "Anadolu Agency", "Yonhap", "Xinhua", "TASS", "KCNA", *OUTLETS,
})  # fmt: skip
_MEDIA_SURFACES = frozenset(name.casefold() for name, canonical in ORG_NAMES.items() if canonical in NEWS_MEDIA)


def news_medium(surface: str) -> bool:
    """Whether a mention names a news agency or channel ("AFP", "agencia EFE", "新华社")."""
    return surface.strip().casefold() in _MEDIA_SURFACES
