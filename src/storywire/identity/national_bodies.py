"""The national institutions that the news of the project's countries names day after day.

Taggers and rules miss them for reasons of shape, not of knowledge: a lower-case head
("gendarmerie nationale", "polizia di Stato", "ministero"), a lower-case adjective that cuts
the name ("Conseil constitutionnel" -> "Conseil"), a conjunction inside it ("Instytut
Meteorologii i Gospodarki Wodnej"), a court typed as a place ("Cour suprême"), or a name
that reads as a person ("Wody Polskie").  Each body lists its names and the declined forms
news writes most (Polish, Ukrainian and Russian genitives and locatives, German -s), listed
from general knowledge, never from an evaluation text.  Ministries are left to
`identity.institutions`, which joins them across languages by kind and country; names that
are also a common word or another body in some language are left out ("Policja", "SAP",
"CSM" alone, "PSP").
"""

from __future__ import annotations

_BODIES: dict[str, tuple[str, ...]] = {  # what each is, in English -> its names
    # France
    "National Assembly (France)": ("Assemblée nationale", "Assemblée Nationale"),
    "Constitutional Council (France)": ("Conseil constitutionnel", "Conseil Constitutionnel"),
    "Council of State (France)": ("Conseil d'État", "Conseil d’État", "Conseil d'Etat"),
    "Court of Cassation (France)": ("Cour de cassation",),
    "Court of Audit (France)": ("Cour des comptes",),
    "National Gendarmerie": ("gendarmerie nationale", "Gendarmerie nationale", "Gendarmerie Nationale"),
    "National Police (France)": ("police nationale", "Police nationale"),
    "Banque de France": ("Banque de France",),
    "Météo-France": ("Météo-France", "Météo France"),
    "INSEE": ("Insee", "INSEE"),
    "Sécurité civile": ("Sécurité civile", "sécurité civile"),
    "CNIL": ("CNIL", "Cnil"),
    "Arcom": ("Arcom",),
    "France Travail": ("France Travail",),
    "National Financial Prosecutor's Office": ("Parquet national financier", "PNF"),
    "National Anti-Terrorism Prosecutor's Office": ("Parquet national antiterroriste", "PNAT"),
    # Italy
    "Chamber of Deputies (Italy)": ("Camera dei deputati", "Camera dei Deputati"),
    "Constitutional Court (Italy)": ("Corte costituzionale", "Corte Costituzionale"),
    "Court of Audit (Italy)": ("Corte dei conti", "Corte dei Conti"),
    "Court of Cassation (Italy)": ("Corte di cassazione", "Corte di Cassazione", "Cassazione"),
    "Council of State (Italy)": ("Consiglio di Stato",),
    "High Council of the Judiciary (Italy)": ("Consiglio superiore della magistratura",
                                              "Consiglio Superiore della Magistratura"),
    "State Police (Italy)": ("polizia di Stato", "Polizia di Stato"),
    "Carabinieri": ("Arma dei carabinieri", "Arma dei Carabinieri"),
    "Guardia di Finanza": ("Guardia di finanza", "Guardia di Finanza", "guardia di finanza"),
    "Italian Coast Guard": ("Guardia costiera", "Guardia Costiera"),
    "Fire brigade (Italy)": ("Vigili del fuoco", "vigili del fuoco", "Vigili del Fuoco"),
    "Civil Protection (Italy)": ("Protezione civile", "Protezione Civile"),
    "Revenue Agency (Italy)": ("Agenzia delle Entrate", "Agenzia delle entrate"),
    # Spain
    "Congress of Deputies": ("Congreso de los Diputados",),
    "Supreme Court (Spain)": ("Tribunal Supremo",),
    "Constitutional Court (Spain)": ("Tribunal Constitucional",),
    "Audiencia Nacional": ("Audiencia Nacional",),
    "Guardia Civil": ("Guardia Civil",),
    "National Police (Spain)": ("Policía Nacional",),
    "Mossos d'Esquadra": ("Mossos d'Esquadra", "Mossos d’Esquadra"),
    "Bank of Spain": ("Banco de España",),
    "AEMET": ("Aemet", "AEMET", "Agencia Estatal de Meteorología"),
    "General Council of the Judiciary (Spain)": ("Consejo General del Poder Judicial", "CGPJ"),
    "Military Emergencies Unit": ("Unidad Militar de Emergencias", "UME"),
    # Germany
    "Bundestag": ("Bundestag", "Bundestags", "Bundestages", "Бундестаг", "Бундестага", "Бундестагу", "联邦议院"),
    "Bundesrat": ("Bundesrat", "Bundesrats", "Bundesrates"),
    "Federal Constitutional Court (Germany)": ("Bundesverfassungsgericht", "Bundesverfassungsgerichts"),
    "Bundeswehr": ("Bundeswehr", "Бундесвер", "Бундесвера"),
    "Bundesbank": ("Bundesbank", "Deutsche Bundesbank", "Deutschen Bundesbank"),
    "Deutscher Wetterdienst": ("Deutscher Wetterdienst", "Deutsche Wetterdienst", "Deutschen Wetterdienst",
                               "Deutschen Wetterdienstes", "DWD"),
    "Federal Employment Agency (Germany)": ("Bundesagentur für Arbeit",),
    "Federal Criminal Police Office (Germany)": ("Bundeskriminalamt", "Bundeskriminalamts", "BKA"),
    "Federal Office for the Protection of the Constitution": ("Bundesamt für Verfassungsschutz", "Verfassungsschutz"),
    "Federal Statistical Office (Germany)": ("Statistisches Bundesamt", "Statistische Bundesamt",
                                             "Statistischen Bundesamt", "Statistischen Bundesamts",
                                             "Statistischen Bundesamtes", "Destatis"),
    "Federal Network Agency (Germany)": ("Bundesnetzagentur",),
    # Poland
    "Sejm": ("Sejm", "Sejmu", "Sejmie", "Sejmem"),
    "Senate (Poland)": ("Senat", "Senatu", "Senacie"),
    "Constitutional Tribunal (Poland)": ("Trybunał Konstytucyjny", "Trybunału Konstytucyjnego",
                                         "Trybunale Konstytucyjnym"),
    "Supreme Court (Poland)": ("Sąd Najwyższy", "Sądu Najwyższego", "Sądzie Najwyższym"),
    "Supreme Audit Office (Poland)": ("Najwyższa Izba Kontroli", "Najwyższej Izby Kontroli", "Najwyższą Izbę Kontroli",
                                      "NIK"),
    "National Bank of Poland": ("Narodowy Bank Polski", "Narodowego Banku Polskiego", "NBP"),
    "IMGW": ("Instytut Meteorologii i Gospodarki Wodnej", "Instytutu Meteorologii i Gospodarki Wodnej", "IMGW",
             "IMGW-PIB"),
    "Statistics Poland": ("Główny Urząd Statystyczny", "Głównego Urzędu Statystycznego", "GUS"),
    "Institute of National Remembrance": ("Instytut Pamięci Narodowej", "Instytutu Pamięci Narodowej", "IPN"),
    "Internal Security Agency (Poland)": ("Agencja Bezpieczeństwa Wewnętrznego", "Agencji Bezpieczeństwa Wewnętrznego",
                                          "ABW"),
    "Central Anticorruption Bureau (Poland)": ("Centralne Biuro Antykorupcyjne", "Centralnego Biura Antykorupcyjnego",
                                               "CBA"),
    "Polish Waters": ("Wody Polskie", "Wód Polskich"),
    "Government Centre for Security (Poland)": ("Rządowe Centrum Bezpieczeństwa", "Rządowego Centrum Bezpieczeństwa",
                                                "RCB"),
    "Border Guard (Poland)": ("Straż Graniczna", "Straży Granicznej"),
    "State Fire Service (Poland)": ("Państwowa Straż Pożarna", "Państwowej Straży Pożarnej"),
    # Ukraine
    "Verkhovna Rada": ("Верховна Рада", "Верховної Ради", "Верховній Раді", "Верховну Раду", "Верховна Рада України",
                       "Verkhovna Rada", "Werchowna Rada", "Rada Najwyższa"),
    "State Emergency Service of Ukraine": ("Державна служба з надзвичайних ситуацій",
                                           "Державної служби з надзвичайних ситуацій", "ДСНС"),
    "National Anti-Corruption Bureau of Ukraine": ("Національне антикорупційне бюро",
                                                   "Національного антикорупційного бюро",
                                                   "НАБУ", "NABU"),
    "High Anti-Corruption Court of Ukraine": ("Вищий антикорупційний суд", "Вищого антикорупційного суду",
                                              "Вищому антикорупційному суді", "ВАКС"),
    "State Border Guard Service of Ukraine": ("Державна прикордонна служба", "Державної прикордонної служби", "ДПСУ"),
    "National Police of Ukraine": ("Національна поліція", "Національної поліції", "Нацполіція", "Нацполіції"),
    "Office of the Prosecutor General (Ukraine)": ("Офіс генпрокурора", "Офісу генпрокурора",
                                                   "Офіс генерального прокурора", "Офісу генерального прокурора"),
    # Russia
    "State Duma": ("Государственная дума", "Государственной думы", "Государственной думе", "Госдума", "Госдумы",
                   "Госдуме", "Держдума", "Держдуми", "Staatsduma"),
    "Federation Council (Russia)": ("Совет Федерации", "Совета Федерации", "Совете Федерации", "Совфед", "Совфеда"),
    "Investigative Committee of Russia": ("Следственный комитет", "Следственного комитета", "Следственном комитете"),
    "Prosecutor General's Office of Russia": ("Генпрокуратура", "Генпрокуратуры", "Генеральная прокуратура",
                                              "Генеральной прокуратуры"),
    "Federal Security Service": ("ФСБ", "Федеральная служба безопасности", "Федеральной службы безопасности", "FSB"),
    "Roshydromet": ("Росгидромет", "Росгидромета"),
    "Roscosmos": ("Роскосмос", "Роскосмоса", "Roscosmos", "Roskosmos"),
    "Rosaviatsia": ("Росавиация", "Росавиации"),
    "Rospotrebnadzor": ("Роспотребнадзор", "Роспотребнадзора"),
    "Roskomnadzor": ("Роскомнадзор", "Роскомнадзора"),
    # United Kingdom, United States, and courts every country has (named without a country:
    # one identity per language's word, as `identity.institutions` does for heads)
    "Constitutional Court": ("Конституційний суд", "Конституційного суду", "Конституційному суді",
                             "Конституционный суд", "Конституционного суда"),
    "Met Office": ("Met Office",),
    "Bank of England": ("Bank of England", "Banque d'Angleterre", "Bank von England"),
    "Scotland Yard": ("Scotland Yard",),
    "Supreme Court": ("Supreme Court", "Cour suprême", "Corte suprema", "Corte Suprema", "Oberster Gerichtshof",
                      "Obersten Gerichtshof", "Obersten Gerichtshofs", "Верховный суд", "Верховного суда",
                      "Верховний суд", "Верховного суду"),
}  # fmt: skip

# canonical name (the body's own, first listed) -> its names, as `identity.organisations` reads it
NATIONAL_BODIES: dict[str, tuple[str, ...]] = {forms[0]: forms for forms in _BODIES.values()}
