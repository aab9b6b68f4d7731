"""Trade unions and their federations, by the names news writes them.

Labour news names a union by an acronym a tagger reads as a place or a person ("Fit-Cisl"
typed a person, "Verdi" the composer), or by a long name with a conjunction inside it
("Gewerkschaft Erziehung und Wissenschaft").  Each union lists its names, the first being the
canonical one, from general knowledge, never from an evaluation text.  A name that is also
another thing in some language is listed for the languages where it is the union only
(`ONE_LANGUAGE`): "Verdi" is the union in German news and the composer in Italian.
"""

from __future__ import annotations

import re

_UNIONS: dict[str, tuple[str, ...]] = {  # what each is, in English -> its names
    # Germany and Austria
    "IG Metall": ("IG Metall",),
    "ver.di": ("ver.di", "Ver.di", "Verdi", "Vereinte Dienstleistungsgewerkschaft"),
    "DGB": ("DGB", "Deutscher Gewerkschaftsbund", "Deutschen Gewerkschaftsbund", "Deutschen Gewerkschaftsbundes"),
    "IG BCE": ("IG BCE", "IG Bergbau, Chemie, Energie"),
    "IG BAU": ("IG BAU", "IG Bauen-Agrar-Umwelt"),
    "GEW": ("GEW", "Gewerkschaft Erziehung und Wissenschaft"),
    "EVG": ("EVG", "Eisenbahn- und Verkehrsgewerkschaft"),
    "GDL": ("GDL", "Gewerkschaft Deutscher Lokomotivführer"),
    "NGG": ("NGG", "Gewerkschaft Nahrung-Genuss-Gaststätten"),
    "Marburger Bund": ("Marburger Bund", "Marburger Bundes"),
    "ÖGB": ("ÖGB", "Österreichischer Gewerkschaftsbund", "Österreichischen Gewerkschaftsbund"),
    "GPA": ("Gewerkschaft GPA", "GPA-djp"),
    "vida": ("Gewerkschaft vida",),
    "PRO-GE": ("PRO-GE",),
    "GÖD": ("GÖD", "Gewerkschaft Öffentlicher Dienst"),
    # France and Belgium
    "CGT": ("CGT", "Confédération générale du travail"),
    "CFDT": ("CFDT",),
    "Force ouvrière": ("Force ouvrière", "FO"),
    "CFE-CGC": ("CFE-CGC",),
    "CFTC": ("CFTC",),
    "UNSA": ("UNSA", "Unsa"),
    "FSU": ("FSU",),
    "SUD-Rail": ("SUD-Rail", "Sud-Rail"),
    # employers' and trades' unions, named with their département's branch as the workers' are
    "Medef": ("Medef", "MEDEF"),
    "CPME": ("CPME",),
    "UMIH": ("UMIH", "Umih"),
    "CAPEB": ("CAPEB", "Capeb"),
    "FNTR": ("FNTR",),
    "FGTB": ("FGTB", "Fédération générale du travail de Belgique", "ABVV"),
    "CSC": ("CSC", "Confédération des syndicats chrétiens", "ACV"),
    "CGSLB": ("CGSLB", "ACLVB"),
    # Italy ("Filt-Cgil" and the other category unions by their shape: `stages.ner.unions`)
    "CGIL": ("CGIL", "Cgil", "Confederazione generale italiana del lavoro"),
    "CISL": ("CISL", "Cisl"),
    "UIL": ("UIL", "Uil"),
    "UGL": ("UGL", "Ugl"),
    "USB": ("USB", "Usb", "Unione sindacale di base"),
    "Fiom": ("Fiom", "FIOM"),
    "Cobas": ("Cobas", "COBAS"),
    "Fabi": ("Fabi", "FABI", "Federazione autonoma bancari italiani"),
    # Spain
    "CCOO": ("CCOO", "Comisiones Obreras", "CC OO", "CC.OO."),
    "UGT": ("UGT", "Unión General de Trabajadores"),
    "CSIF": ("CSIF", "Csif"),
    "USO": ("USO",),
    "CIG": ("CIG", "Confederación Intersindical Galega"),
    "ELA": ("ELA",),
    # United Kingdom, Ireland, North America, Australia
    "TUC": ("TUC", "Trades Union Congress"),
    "Unite": ("Unite the Union", "Unite"),
    "Unison": ("Unison",),
    "GMB": ("GMB",),
    "RMT": ("RMT", "National Union of Rail, Maritime and Transport Workers"),
    "Aslef": ("Aslef", "ASLEF"),
    "National Education Union": ("National Education Union", "NEU"),
    "Royal College of Nursing": ("Royal College of Nursing", "RCN"),
    "British Medical Association": ("British Medical Association", "BMA"),
    "University and College Union": ("University and College Union", "UCU"),
    "Communication Workers Union": ("Communication Workers Union", "CWU"),
    "Fire Brigades Union": ("Fire Brigades Union", "FBU"),
    "NASUWT": ("NASUWT",),
    "SIPTU": ("SIPTU", "Siptu"),
    "Fórsa": ("Fórsa", "Forsa"),
    "Irish Nurses and Midwives Organisation": ("Irish Nurses and Midwives Organisation", "INMO"),
    "Irish Congress of Trade Unions": ("Irish Congress of Trade Unions", "ICTU"),
    "AFL-CIO": ("AFL-CIO",),
    "Teamsters": ("Teamsters", "International Brotherhood of Teamsters"),
    "United Auto Workers": ("United Auto Workers", "UAW"),
    "SEIU": ("SEIU", "Service Employees International Union"),
    "Unifor": ("Unifor",),
    "CUPE": ("CUPE", "Canadian Union of Public Employees"),
    "ACTU": ("ACTU", "Australian Council of Trade Unions"),
    # Poland
    "Solidarność": ("Solidarność", "Solidarności", "NSZZ Solidarność"),
    "OPZZ": ("OPZZ",),
    "ZNP": ("ZNP", "Związek Nauczycielstwa Polskiego", "Związku Nauczycielstwa Polskiego",
            "Związkowi Nauczycielstwa Polskiego"),
    "Forum Związków Zawodowych": ("Forum Związków Zawodowych", "FZZ"),
    # Russia and Ukraine
    "Federation of Trade Unions of Ukraine": ("Федерація професійних спілок", "Федерації професійних спілок", "ФПУ"),
    "FNPR": ("ФНПР", "Федерация независимых профсоюзов России"),
    # Tunisia
    "UGTT": ("UGTT", "الاتحاد العام التونسي للشغل", "اتحاد الشغل"),
    "UTICA": ("UTICA", "الاتحاد التونسي للصناعة والتجارة والصناعات التقليدية"),
}  # fmt: skip

# canonical name (the union's own, first listed) -> its names, as `identity.organisations` reads it
UNIONS: dict[str, tuple[str, ...]] = {forms[0]: forms for forms in _UNIONS.values()}

# A name that is the union in these languages only: elsewhere it is a person or a word.
ONE_LANGUAGE: dict[str, tuple[str, ...]] = {"Verdi": ("de",), "Forsa": ("en",), "USO": ("es",), "ELA": ("es",),
                                            "FO": ("fr",)}  # fmt: skip

# An Italian category union: its acronym and its confederation ("Filt-Cgil", "Fim-Cisl",
# "Slc-Cgil"), or the UIL's own contracted names ("Uiltrasporti", "Uilm", "Uiltucs"),
# ... with a hyphen or a space ("First Cisl", "Fisac Cgil"), never an article or a preposition.
ITALIAN_CATEGORY_UNION = re.compile(
    r"(?:(?!(?:La|Il|Lo|Le|Gli|Per|Con|Da|Di|Tra|Fra|Su|In|Ma|Se|Ed|Anche|Dalla|Della|Alla|Nella|Sulla|Dai|Dei) )"
    # a longer category only hyphenated ("Filcams-Cgil", "Fisascat-Cisl"): a longer word before a bare
    # confederation is a sentence's ("Insieme Cgil e Cisl")
    r"(?:[A-Z][a-z]{1,5}[- ]|[A-Z]{2,6}[- ]|[A-Z][a-z]{6,7}-)(?:Cgil|CGIL|Cisl|CISL|Uil|UIL)|Uil[a-z]{1,10})"
)
