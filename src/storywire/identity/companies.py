"""Companies that news in every language names the same way (football clubs: `clubs.py`).

A tagger trained on Wikipedia types a one-word company or club as a place, a person or
nothing at all ("La Juventus ha battuto l'Inter", "Telefónica y el Ministerio", "Repsol
gana"), and the rule languages see one capitalised word and no cue.  These are well-known
names, listed from general knowledge (the largest listed companies of the project's
countries, the clubs of the main European leagues), never from an evaluation text.  Left
out: names that are also a town or region ("Santander", "Barcelona", "Lazio", "Bayern"
alone), a person's name ("Ferrari", "Porsche", "Tesla", "Bosch", "Zara"), or a common word
in some language ("Orange", "Apple", "Shell", "Meta", "Amazon", "Visa", "Зенит").
"""

from __future__ import annotations

COMPANIES: dict[str, tuple[str, ...]] = {
    # Germany, France, Spain, Italy, Switzerland, the Netherlands, Poland
    "Siemens": ("Siemens", "Сименс", "Сіменс", "西门子"),
    "Volkswagen": ("Volkswagen", "VW", "Фольксваген", "大众汽车"),
    "BASF": ("BASF",),
    "Bayer AG": ("Bayer AG",),
    "Allianz": ("Allianz",),
    "Lufthansa": ("Lufthansa", "Люфтганза", "Lufthansy", "汉莎航空"),
    "Deutsche Bank": ("Deutsche Bank",),
    "Commerzbank": ("Commerzbank",),
    "Mercedes-Benz": ("Mercedes-Benz", "Daimler"),
    "BMW": ("BMW",),
    "SAP": ("SAP",),
    "Deutsche Telekom": ("Deutsche Telekom",),
    "Deutsche Bahn": ("Deutsche Bahn",),
    "Rheinmetall": ("Rheinmetall", "Рейнметалл", "Райнметал"),
    "Airbus": ("Airbus", "Эрбас", "空客"),
    "Renault": ("Renault", "Рено"),
    "TotalEnergies": ("TotalEnergies",),
    "Danone": ("Danone",),
    "LVMH": ("LVMH",),
    "L'Oréal": ("L'Oréal", "L’Oréal"),
    "Carrefour": ("Carrefour",),
    "Telefónica": ("Telefónica",),
    "Iberdrola": ("Iberdrola",),
    "Inditex": ("Inditex",),
    "Repsol": ("Repsol",),
    "BBVA": ("BBVA",),
    "Mapfre": ("Mapfre",),
    "Ferrovial": ("Ferrovial",),
    "Mercadona": ("Mercadona",),
    # discount supermarket chains, named beside Mercadona and Carrefour in local news
    "Lidl": ("Lidl",),
    "Aldi": ("Aldi",),
    "Nestlé": ("Nestlé", "Nestle"),
    "Novartis": ("Novartis",),
    "UBS": ("UBS",),
    "Unilever": ("Unilever",),
    "Philips": ("Philips",),
    "ASML": ("ASML",),
    "Orlen": ("Orlen", "PKN Orlen"),
    "KGHM": ("KGHM",),
    "PZU": ("PZU",),
    # Russia, Ukraine
    "Gazprom": ("Gazprom", "Газпром", "Gazpromu", "Gazpromie", "Газпрома", "Газпрому"),
    "Rosneft": ("Rosneft", "Роснефть", "Роснефти", "Роснафта"),
    "Lukoil": ("Lukoil", "Лукойл", "Лукойла"),
    "Rosatom": ("Rosatom", "Росатом", "Росатома"),
    "Naftogaz": ("Naftogaz", "Нафтогаз", "Нафтогазу"),
    "Ukrenergo": ("Ukrenergo", "Укренерго"),
    # United States, East Asia
    "Nvidia": ("Nvidia", "NVIDIA"),
    "Microsoft": ("Microsoft", "Майкрософт", "微软"),
    "Google": ("Google", "Гугл", "谷歌"),
    "Meta": ("Meta", "Meta Platforms"),  # (a goal, a finish line in es/it/pl: `ONE_LANGUAGE`)
    "Boeing": ("Boeing", "Боинг", "Боїнг", "波音"),
    "Pfizer": ("Pfizer", "Пфайзер", "辉瑞"),
    "Moderna": ("Moderna",),
    "BioNTech": ("BioNTech",),
    "SpaceX": ("SpaceX",),
    "OpenAI": ("OpenAI",),
    "Netflix": ("Netflix",),
    "Intel": ("Intel",),
    "IBM": ("IBM",),
    "Goldman Sachs": ("Goldman Sachs",),
    "JPMorgan": ("JPMorgan", "JP Morgan", "JPMorgan Chase"),
    "BlackRock": ("BlackRock",),
    "Huawei": ("Huawei", "Хуавей"),
    "Alibaba": ("Alibaba",),
    "Tencent": ("Tencent",),
    "TikTok": ("TikTok",),
    "ByteDance": ("ByteDance",),
    "Samsung": ("Samsung", "Самсунг"),
    "Sony": ("Sony",),
    "BYD": ("BYD",),
    "TSMC": ("TSMC",),
    # Airlines ("Iberia", "Emirates" name places too)
    "Ryanair": ("Ryanair",),
    "easyJet": ("easyJet", "EasyJet"),
    "Air France": ("Air France", "Air France-KLM"),
    "KLM": ("KLM",),
    "British Airways": ("British Airways",),
    "ITA Airways": ("ITA Airways", "Ita Airways"),
    "Wizz Air": ("Wizz Air",),
    "PLL LOT": ("PLL LOT", "Polskie Linie Lotnicze LOT"),
    "Aeroflot": ("Aeroflot", "Аэрофлот", "Аэрофлота", "Аерофлот"),
    "Turkish Airlines": ("Turkish Airlines",),
    "МАУ": ("МАУ",),  # Ukraine International Airlines
    # Telecoms, retail and banks the news of the project's countries names by one word
    "Vodafone": ("Vodafone",),
    "Deutsche Post": ("Deutsche Post", "DHL"),
    "Continental AG": ("Continental AG",),
    "PKO Bank Polski": ("PKO BP", "PKO Bank Polski"),
    "Biedronka": ("Biedronka", "Biedronki"),
    "Сбербанк": ("Сбербанк", "Сбербанка", "Сбербанку"),
    "ВТБ": ("ВТБ",),
    "ПриватБанк": ("ПриватБанк", "ПриватБанку", "Приватбанк"),
    "Укрзалізниця": ("Укрзалізниця", "Укрзалізниці", "Укрзалізницю"),
}  # fmt: skip


# Companies named by a common word, a town or a family name (left out of COMPANIES above): a
# company only in business news (`stages/ner/business_names.py`).
AMBIGUOUS_COMPANIES: dict[str, tuple[str, ...]] = {
    "Orange": ("Orange",), "Mango": ("Mango",), "Ferrari": ("Ferrari",), "Apple": ("Apple",),
    "Amazon": ("Amazon",), "Shell": ("Shell",), "Meta": ("Meta",), "Tesla": ("Tesla", "Тесла"),
    "Porsche": ("Porsche",), "Zara": ("Zara",), "Visa": ("Visa",), "Bosch": ("Bosch",), "Puma": ("Puma",),
    "Oracle": ("Oracle",), "Alphabet": ("Alphabet",), "Santander": ("Santander",), "Iberia": ("Iberia",),
    "Emirates": ("Emirates",), "Continental": ("Continental",), "Leonardo": ("Leonardo",),
    "Allegro": ("Allegro",), "Biedronka": ("Biedronka", "Biedronki"), "Żabka": ("Żabka", "Żabki"),
    "Magnit": ("Магнит", "Магнита"),
}  # fmt: skip


def ambiguous_company_forms(language: str) -> tuple[dict[str, str], dict[str, str]]:
    """(no names that are always the company, each ambiguous form mapped to its company)."""
    return {}, {form: name for name, forms in AMBIGUOUS_COMPANIES.items() for form in forms}
