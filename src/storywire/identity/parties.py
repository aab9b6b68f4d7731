"""Political parties that election news in every language names, by the names and acronyms they
go by: "ÖVP", "Plaid Cymru", "Les Engagés", "Polską 2050", "Единой России".

A tagger types a party's acronym as nothing or a place, and its name by its words (a nation's
name in it, "Plaid Cymru" read as Wales).  Listed from general knowledge (the parties in the
parliaments of Europe and of the largest democracies elsewhere), never from an evaluation text.
Left out: names that are first common words in their language ("Renaissance", "Azione", "ANO",
"Vooruit"), and the parties `national_bodies` and `organisations` already list (SPD, CDU, PSOE,
PiS, AfD, La France insoumise, Fratelli d'Italia ...).
"""

from __future__ import annotations

PARTIES: dict[str, tuple[str, ...]] = {
    # Germany, Austria, Switzerland
    "Die Linke": ("Die Linke", "Linkspartei"),
    "Bündnis 90/Die Grünen": ("Bündnis 90/Die Grünen",),
    "Freie Wähler": ("Freie Wähler", "Freien Wähler"),
    "Österreichische Volkspartei": ("Österreichische Volkspartei", "ÖVP"),
    "Freiheitliche Partei Österreichs": ("Freiheitliche Partei Österreichs", "FPÖ"),
    "Sozialdemokratische Partei Österreichs": ("Sozialdemokratische Partei Österreichs", "SPÖ"),
    "NEOS": ("NEOS",),
    "Schweizerische Volkspartei": ("Schweizerische Volkspartei", "SVP"),
    # Benelux
    "Les Engagés": ("Les Engagés",),
    "Mouvement réformateur": ("Mouvement réformateur", "Mouvement Réformateur"),
    "Ecolo": ("Ecolo",),
    "Parti du travail de Belgique": ("Parti du travail de Belgique", "PTB"),
    "Nieuw-Vlaamse Alliantie": ("Nieuw-Vlaamse Alliantie", "N-VA"),
    "Vlaams Belang": ("Vlaams Belang",),
    "Partij voor de Vrijheid": ("Partij voor de Vrijheid", "PVV"),
    "Volkspartij voor Vrijheid en Democratie": ("Volkspartij voor Vrijheid en Democratie", "VVD"),
    "D66": ("D66",),
    "Christen-Democratisch Appèl": ("Christen-Democratisch Appèl", "CDA"),
    "GroenLinks": ("GroenLinks", "GroenLinks-PvdA"),
    "BoerBurgerBeweging": ("BoerBurgerBeweging", "BBB"),
    # United Kingdom and Ireland
    "Plaid Cymru": ("Plaid Cymru", "Plaid"),
    "Scottish National Party": ("Scottish National Party", "SNP"),
    "Sinn Féin": ("Sinn Féin", "Sinn Fein"),
    "Democratic Unionist Party": ("Democratic Unionist Party", "DUP"),
    "Green Party": ("Green Party",),
    "Fianna Fáil": ("Fianna Fáil", "Fianna Fail"),
    "Fine Gael": ("Fine Gael",),
    # France
    "Les Écologistes": ("Les Écologistes",),
    "Reconquête": ("Reconquête",),
    "Parti communiste français": ("Parti communiste français", "PCF"),
    # Italy
    "Lega": ("Lega",),
    "Alleanza Verdi e Sinistra": ("Alleanza Verdi e Sinistra", "Avs", "AVS"),
    # Spain and Portugal
    "Sumar": ("Sumar",),
    "Podemos": ("Podemos",),
    "Esquerra Republicana de Catalunya": ("Esquerra Republicana de Catalunya", "Esquerra Republicana", "ERC"),
    "Junts per Catalunya": ("Junts per Catalunya", "Junts"),
    "Partido Nacionalista Vasco": ("Partido Nacionalista Vasco", "PNV"),
    "EH Bildu": ("EH Bildu", "Bildu"),
    "Ciudadanos": ("Ciudadanos",),
    "Chega": ("Chega",),
    "Partido Social Democrata": ("Partido Social Democrata", "PSD"),
    # Central and Eastern Europe
    "Polska 2050": ("Polska 2050", "Polski 2050", "Polską 2050", "Polsce 2050"),
    "Nowa Lewica": ("Nowa Lewica", "Nowej Lewicy"),
    "Fidesz": ("Fidesz",),
    "Servant of the People": (
        "Servant of the People",
        "Слуга народу",
        "Слуги народу",
        "Слузі народу",
        "Слуга народа",
        "Слуги народа",
    ),
    "United Russia": (
        "United Russia",
        "Единая Россия",
        "Единой России",
        "Единую Россию",
        "Єдина Росія",
        "Єдиної Росії",
    ),
    "Communist Party of the Russian Federation": (
        "Communist Party of the Russian Federation",
        "КПРФ",
    ),
    "Liberal Democratic Party of Russia": (
        "Liberal Democratic Party of Russia",
        "ЛДПР",
    ),
    "A Just Russia": ("A Just Russia", "Справедливая Россия", "Справедливой России"),
    # Elsewhere
    "Republican Party": ("Republican Party",),
    "Democratic Party": ("Democratic Party",),
    "African National Congress": ("African National Congress", "ANC"),
    "Bharatiya Janata Party": ("Bharatiya Janata Party", "BJP"),
    "Liberal Democratic Party": ("Liberal Democratic Party", "LDP"),
    "Partido dos Trabalhadores": ("Partido dos Trabalhadores",),
}
