"""The passes over a whole article, after each paragraph's backend: what needs the article
(a name's other paragraphs, its headline) or follows the project's guidelines where WikiANN's
differ (so the text-level WikiANN figures keep measuring the backends on WikiANN's marking).
Each pass is one line and one example.
"""

from __future__ import annotations

from storywire.model import Mention
from storywire.stages.ner.arabic_communes import repeated_towns
from storywire.stages.ner.arabic_finance import repeated_firms
from storywire.stages.ner.arabic_labour import repeated_acronyms
from storywire.stages.ner.body_nouns import bodies_by_noun
from storywire.stages.ner.body_parts import body_parts
from storywire.stages.ner.brackets import (
    bodies_before_acronyms,
    body_acronyms,
    institutes_with_academies,
    split_bracket_pairs,
)
from storywire.stages.ner.buildings import buildings_as_places, facilities_with_kind_words, waters_after_heads
from storywire.stages.ner.business_names import with_business_names
from storywire.stages.ner.chinese_ports import repeated_places
from storywire.stages.ner.clubs import with_clubs
from storywire.stages.ner.company_shapes import (
    camel_case_bodies,
    companies_by_shape,
    italian_acronyms,
    rare_acronyms,
    web_address_firms,
)
from storywire.stages.ner.consistency import propagate_people
from storywire.stages.ner.country_complements import split_country_complements
from storywire.stages.ner.english_addresses import english_addresses
from storywire.stages.ner.english_arts import english_arts
from storywire.stages.ner.english_aviation import english_aviation
from storywire.stages.ner.english_bodies import english_bodies
from storywire.stages.ner.english_campus import english_campus
from storywire.stages.ner.english_clubs import english_clubs
from storywire.stages.ner.english_coast import english_coast
from storywire.stages.ner.english_customs import english_customs
from storywire.stages.ner.english_firms import english_firms
from storywire.stages.ner.english_gardens import english_gardens
from storywire.stages.ner.english_hospitality import english_hospitality
from storywire.stages.ner.english_libraries import english_libraries
from storywire.stages.ner.english_local import english_local
from storywire.stages.ner.english_pensions import english_pensions
from storywire.stages.ner.english_places import places_by_residents, towns_before_firms
from storywire.stages.ner.english_prisons import english_prisons
from storywire.stages.ner.english_racing import english_racing
from storywire.stages.ner.english_retail import english_retail
from storywire.stages.ner.english_scouts import english_scouts
from storywire.stages.ner.english_sites import english_sites
from storywire.stages.ner.english_transport import english_transport
from storywire.stages.ner.english_utilities import english_utilities
from storywire.stages.ner.english_villages import english_villages
from storywire.stages.ner.faculties import english_institutions, faculties_with_universities
from storywire.stages.ner.foreign_people import people_by_given_names
from storywire.stages.ner.french_associations import french_associations
from storywire.stages.ner.french_authorities import french_authorities
from storywire.stages.ner.french_church import french_church
from storywire.stages.ner.french_crafts import french_crafts
from storywire.stages.ner.french_landscape import french_landscapes
from storywire.stages.ner.french_press import french_press
from storywire.stages.ner.french_sky import without_sky_objects
from storywire.stages.ner.french_trades import french_trades
from storywire.stages.ner.gazetteer import org_names
from storywire.stages.ner.genitive_possessors import genitive_places, split_possessors
from storywire.stages.ner.german_arenas import german_arenas
from storywire.stages.ner.german_arts import german_arts
from storywire.stages.ner.german_church import church_bodies
from storywire.stages.ner.german_coast import german_coast
from storywire.stages.ner.german_councils import german_councils
from storywire.stages.ner.german_crafts import german_crafts
from storywire.stages.ner.german_drinks import german_drinks
from storywire.stages.ner.german_energy import german_energy
from storywire.stages.ner.german_firms import (
    firms_acting_by_short_name,
    firms_with_owner_names,
    without_currency_and_pronouns,
)
from storywire.stages.ner.german_forestry import german_forestry
from storywire.stages.ner.german_gambling import german_gambling
from storywire.stages.ner.german_health import german_health
from storywire.stages.ner.german_hospitality import german_hospitality
from storywire.stages.ner.german_housing import german_housing
from storywire.stages.ner.german_incidents import german_incidents
from storywire.stages.ner.german_industry import german_industry
from storywire.stages.ner.german_lifts import german_lifts
from storywire.stages.ner.german_local import german_local
from storywire.stages.ner.german_mountains import german_mountains
from storywire.stages.ner.german_nature import german_nature
from storywire.stages.ner.german_pharma import german_pharma
from storywire.stages.ner.german_places import (
    bodies_that_are_places,
    halls_and_services,
    rivers_and_market_squares,
    valleys_and_streams,
)
from storywire.stages.ner.german_volunteers import german_volunteers
from storywire.stages.ner.german_youth import german_youth
from storywire.stages.ner.given_name_persons import without_opening_word
from storywire.stages.ner.historical_states import historical_states
from storywire.stages.ner.italian_archives import italian_archives
from storywire.stages.ner.italian_bodies import italian_bodies
from storywire.stages.ner.italian_care import italian_care
from storywire.stages.ner.italian_councils import italian_councils
from storywire.stages.ner.italian_culture import italian_culture
from storywire.stages.ner.italian_customs import italian_customs
from storywire.stages.ner.italian_fashion import italian_fashion
from storywire.stages.ner.italian_games import italian_games
from storywire.stages.ner.italian_heritage import italian_heritage
from storywire.stages.ner.italian_insurance import italian_insurance
from storywire.stages.ner.italian_justice import italian_justice
from storywire.stages.ner.italian_local import italian_local
from storywire.stages.ner.italian_markets import italian_markets
from storywire.stages.ner.italian_parks import italian_parks
from storywire.stages.ner.italian_places import landforms, towns_with_elided_tail
from storywire.stages.ner.italian_resorts import italian_resorts
from storywire.stages.ner.italian_space import italian_space
from storywire.stages.ner.italian_utilities import italian_utilities
from storywire.stages.ner.italian_wine import italian_wine
from storywire.stages.ner.italian_youth import italian_youth
from storywire.stages.ner.kind_acronyms import kind_acronym_bodies
from storywire.stages.ner.legal_forms import firm_short_names, with_legal_forms
from storywire.stages.ner.local_bodies import local_bodies
from storywire.stages.ner.military_units import military_units
from storywire.stages.ner.missed_places import datelines, german_noun_before_place, missed_places
from storywire.stages.ner.name_shapes import (
    initials_with_stops,
    places_by_shape,
    regions_as_bodies,
    without_offices_republic,
)
from storywire.stages.ner.nickname_persons import nickname_persons
from storywire.stages.ner.no_names import (
    without_counted_ordinals,
    without_diseases,
    without_laws,
    without_lowercase_words,
    without_nationalities_before_people,
    without_participles,
    without_plural_demonyms,
    without_titles_alone,
)
from storywire.stages.ner.opening_words import without_opening_common_words
from storywire.stages.ner.person_and_body import foundations_named_after, split_person_and_body
from storywire.stages.ner.place_contexts import places_in_context, whole_place_names
from storywire.stages.ner.place_lists import places_in_lists, places_named_again
from storywire.stages.ner.polish_edges import (
    places_declined_again,
    without_generic_openings,
    without_lowercase_phrases,
)
from storywire.stages.ner.polish_firms import polish_firms
from storywire.stages.ner.polish_nature import polish_nature
from storywire.stages.ner.polish_offices import polish_offices
from storywire.stages.ner.polish_paired_places import polish_paired_places
from storywire.stages.ner.polish_pairs import polish_pairs
from storywire.stages.ner.polish_places import destinations_after_driving, places_after_prepositions
from storywire.stages.ner.polish_press import polish_press
from storywire.stages.ner.polish_spas import polish_spas
from storywire.stages.ner.polish_transport import polish_transport
from storywire.stages.ner.refine_post_pass import lend_person_type
from storywire.stages.ner.regional_bodies import regional_bodies
from storywire.stages.ner.regnal_names import regnal_names
from storywire.stages.ner.roads import numbered_roads
from storywire.stages.ner.romance_books import romance_books
from storywire.stages.ner.romance_circus import romance_circus
from storywire.stages.ner.romance_hospitality import romance_hospitality
from storywire.stages.ner.romance_pharma import romance_pharma
from storywire.stages.ner.romance_regulators import italian_media, spanish_bodies
from storywire.stages.ner.romance_runs import apposition_runs
from storywire.stages.ner.romance_sport import romance_sport
from storywire.stages.ner.run_splits import split_runs
from storywire.stages.ner.slavic_archaeology import slavic_archaeology
from storywire.stages.ner.slavic_bodies import bodies_typed_as_places
from storywire.stages.ner.slavic_charities import slavic_charities
from storywire.stages.ner.slavic_circuits import slavic_circuits
from storywire.stages.ner.slavic_coast import slavic_coast
from storywire.stages.ner.slavic_community import slavic_community
from storywire.stages.ner.slavic_concerts import slavic_concerts
from storywire.stages.ner.slavic_departments import slavic_departments
from storywire.stages.ner.slavic_edges import slavic_edges
from storywire.stages.ner.slavic_energy import slavic_energy
from storywire.stages.ner.slavic_faith import slavic_faith
from storywire.stages.ner.slavic_festivals import slavic_festivals
from storywire.stages.ner.slavic_health import slavic_health
from storywire.stages.ner.slavic_industry import slavic_industry
from storywire.stages.ner.slavic_memorials import slavic_memorials
from storywire.stages.ner.slavic_missions import slavic_missions
from storywire.stages.ner.slavic_mountains import slavic_mountains
from storywire.stages.ner.slavic_obituaries import slavic_obituaries
from storywire.stages.ner.slavic_parks import slavic_parks
from storywire.stages.ner.slavic_prisons import slavic_prisons
from storywire.stages.ner.slavic_regional import slavic_regional
from storywire.stages.ner.slavic_riverbanks import slavic_riverbanks
from storywire.stages.ner.slavic_science import slavic_science
from storywire.stages.ner.slavic_town_pairs import town_pairs
from storywire.stages.ner.slavic_towns import small_towns
from storywire.stages.ner.slavic_transport import slavic_transport
from storywire.stages.ner.slavic_twinning import polish_twin_towns, slavic_twinning
from storywire.stages.ner.slavic_venues import slavic_venues
from storywire.stages.ner.span_edges import trimmed_edges
from storywire.stages.ner.spanish_charities import spanish_charities
from storywire.stages.ner.spanish_coast import spanish_coast
from storywire.stages.ner.spanish_filming import spanish_filming
from storywire.stages.ner.spanish_garages import spanish_garages
from storywire.stages.ner.spanish_local import spanish_local
from storywire.stages.ner.spanish_memorials import spanish_memorials
from storywire.stages.ner.spanish_mining import spanish_mining
from storywire.stages.ner.spanish_motorsport import spanish_motorsport
from storywire.stages.ner.spanish_mountains import spanish_mountains
from storywire.stages.ner.spanish_music import spanish_music
from storywire.stages.ner.spanish_nature import spanish_nature
from storywire.stages.ner.spanish_pilgrims import spanish_pilgrims
from storywire.stages.ner.spanish_prisons import spanish_prisons
from storywire.stages.ner.spanish_retail import spanish_retail
from storywire.stages.ner.spanish_science import spanish_science
from storywire.stages.ner.spanish_state_firms import spanish_state_firms
from storywire.stages.ner.spanish_waste import spanish_waste
from storywire.stages.ner.sport_pages import sport_pages
from storywire.stages.ner.streets import streets_and_squares
from storywire.stages.ner.subdivisions import subdivisions_as_places
from storywire.stages.ner.ukrainian_runs import ukrainian_runs
from storywire.stages.ner.unions import trade_unions
from storywire.stages.ner.venues import type_venues
from storywire.stages.ner.works import without_prizes_and_works


def article_passes(text: str, mentions: list[Mention], language: str, tagged_by_paragraph: bool) -> list[Mention]:
    """`mentions` of the whole article (sorted, offsets into `text`) after the passes below;
    `tagged_by_paragraph`: the language's backend is a neural tagger, whose types may differ
    between paragraphs for one name."""
    mentions = trimmed_edges(text, mentions, language)  # "Washington\n\nDans", "Montag Chittagong", "Insel Kutubdia"
    mentions = split_bracket_pairs(mentions, language)  # "Algeciras (Cádiz)", "Rukla (dpa)"
    mentions = apposition_runs(text, mentions, language)  # "Ana Ruiz, de la agencia X", "Vienen de Soria"
    # German genitives before the names spread: "Schoigus Besuch" would make "Besuch" a surname.
    mentions = genitive_places(text, split_possessors(mentions, language), language)
    # The project's guidelines, not WikiANN's: "Sénat" + "États-Unis", "Palacio de la Moncloa"
    # a place (whole articles only)
    mentions = buildings_as_places(text, split_country_complements(mentions, language), language)
    mentions = waters_after_heads(text, mentions)  # "el río Magro", "річка Латориця"
    mentions = facilities_with_kind_words(text, mentions, language)  # "edificio Esther Koplowitz", "campus de Rangueil"
    mentions = streets_and_squares(text, mentions, language)  # "plaza Mayor", "улице Ленина"
    mentions = valleys_and_streams(text, mentions, language)  # "über dem Saastal", "aus dem Triftbach"
    mentions = rivers_and_market_squares(text, mentions, language)  # "an der Nahe", "auf dem Kornmarkt"
    mentions = halls_and_services(text, mentions, language)  # "Mehrzweckhalle Visp", "Zivilschutz Oberwallis"
    mentions = church_bodies(text, mentions, language)  # "Bistum Passau" typed LOC, "im Stadtteil Grubweg"
    mentions = landforms(text, mentions, language)  # "Monte di Portofino" read a club, "alture di Ruta"
    mentions = historical_states(text, mentions, language)  # "Repubblica di Venezia" typed PER
    mentions = type_venues(text, mentions, language)  # "im Deutschen Museum" LOC, "CHU de Besançon" ORG
    mentions = bodies_typed_as_places(mentions, language)  # "Череповецкий городской суд" typed LOC
    mentions = subdivisions_as_places(mentions, language)  # "Cumbria" typed ORG, "Scotland" PER
    mentions = missed_places(text, german_noun_before_place(mentions, language), language)  # "In Manchester"
    mentions = places_by_residents(text, mentions, language)  # "residents of Hexham" typed ORG
    mentions = towns_before_firms(text, mentions, language)  # "a Dundee games studio" typed ORG
    mentions = places_by_shape(text, mentions, language)  # "Castle Donington" PER, "Leicestershire" untagged
    mentions = places_in_context(text, mentions, language)  # "tra Barolo e Monforte d'Alba", "sindaco di Vernante"
    mentions = whole_place_names(text, mentions, language)  # "Braunau am Inn", "Castilla y León"
    mentions = places_in_lists(text, mentions, language)  # "counties such as Kildare and Meath", untagged
    mentions = without_generic_openings(text, mentions, language)  # "„To cios", "Młyn, który" no names
    mentions = places_named_again(text, mentions, language)  # "z Kobułt" found once, missed once
    mentions = places_declined_again(text, mentions, language)  # "w Wadowicach" ... "Burmistrz Wadowic"
    mentions = without_lowercase_words(mentions, language, org_names(language))  # "W krakowskim Muzeum"
    mentions = without_lowercase_phrases(mentions, language)  # "wyborach do sejmiku" typed ORG
    mentions = without_offices_republic(
        text, without_diseases(text, mentions)
    )  # "procureur de la République"  # "Ebola", "West Nile virus"
    mentions = without_prizes_and_works(text, mentions, language)  # "Premio Nacional", "роман «Сіль»"
    mentions = without_participles(text, mentions, language)  # "Nato a Reggio Emilia"
    mentions = without_titles_alone(without_counted_ordinals(mentions))  # "81. Minute", "Prof. Dr."
    mentions = without_plural_demonyms(mentions, language, text)  # "Amerykanie", "une soixantaine de Polonais"
    mentions = without_laws(mentions)  # "Ley Fintech", "Datenschutz-Grundverordnung"
    mentions = without_currency_and_pronouns(text, mentions, language)  # "Millionen Franken", "Unser Keller"
    mentions = people_by_given_names(text, mentions, language)  # "le Tchèque Tomáš Kovář", untagged
    mentions = without_nationalities_before_people(text, mentions, language)  # "le Belge Pieter Van Hoorebeke"
    mentions = with_clubs(text, mentions, language)  # "Arsenal", "Lecha", "Bayern" in a match report
    mentions = sport_pages(text, mentions, language)  # "Ghanas gegen Mali", "Williams driver", "Serie A"
    mentions = datelines(text, mentions, language)  # "LINZ –", "CARDIFF, May 8", "Freiburg. Der SC Freiburg"
    mentions = numbered_roads(text, mentions, language)  # "the A43" typed ORG, "la AP-6" untagged
    mentions = military_units(text, mentions, language)  # "Panzerbrigade 45 „Litauen“", "16. Pomorska Dywizja"
    mentions = with_business_names(text, mentions, language)  # "Orange", "Mango" in business news
    mentions = spanish_local(text, mentions, language)  # "Pedro Gil, de 64", "de Soria una línea de ayudas"
    mentions = with_legal_forms(text, mentions, language)  # "Ebro Foods, S.A.", "ПАО «РусГидро»"
    mentions = firms_with_owner_names(text, mentions, language)  # "Huber Hochbau AG" read "Hochbau AG"
    mentions = firm_short_names(text, mentions, language)  # "Helixion Bio Inc." ... "Helixion"
    mentions = spanish_state_firms(text, mentions, language)  # "Sociedad Estatal X y Y, S.A." ... "X"
    mentions = companies_by_shape(text, mentions, language)  # "Sonali Fabrics", "Baloch & Sons" typed PER
    mentions = split_person_and_body(mentions, language)  # "Siân Prydderch of Plaid Cymru"
    mentions = split_runs(mentions, language)  # "Sztabu Generalnego Wojska Polskiego gen. Wiesława Kukuły"
    mentions = foundations_named_after(text, mentions, language)  # "Fundación Juan March"
    mentions = rare_acronyms(text, mentions, language)  # "le chinois CMOC", untagged
    mentions = camel_case_bodies(text, mentions, language)  # "un groupe se faisant appeler LockBit", untagged
    mentions = web_address_firms(text, mentions)  # "su Booking.com" read "Booking" MISC
    mentions = italian_acronyms(text, mentions, language)  # "dalla Figc" typed LOC
    mentions = places_after_prepositions(mentions, language)  # "Płocku nad Wisłą": two places
    mentions = destinations_after_driving(text, mentions, language)  # "pojadą do Harrachova" typed ORG
    mentions = trade_unions(text, mentions, language)  # "Filt-Cgil" typed LOC, "Fit-Cisl Liguria" PER, "Verdi"
    mentions = italian_bodies(text, mentions, language)  # "Ordine dei Medici di Torino", "Coldiretti Piemonte"
    mentions = italian_justice(text, mentions, language)  # "Squadra mobile di Bari", "dal Gico", "clan Rossi"
    mentions = italian_local(text, mentions, language)  # "Pro Loco di Ussita", "ospedale di Fermo" -> "Fermo"
    mentions = spanish_science(text, mentions, language)  # "Universidad" + "Granada", "Parque Tecnológico"
    mentions = italian_media(text, mentions, language)  # "Autorità per le garanzie ... (Agcom)", "all'Aquila"
    mentions = spanish_bodies(text, mentions, language)  # "Conselleria de X, Y y Z" + "Generalitat"
    mentions = polish_twin_towns(text, mentions, language)  # "z Kowla", "mer Kowla Ołeh Sawczuk" typed PER
    mentions = local_bodies(text, mentions, language)  # "Stadtwerke Bamberg", "Muzeum w Kwidzynie"
    mentions = kind_acronym_bodies(text, mentions, language)  # "CPAS de Seraing", "SDIS 29", "AMPA La Dehesa"
    mentions = ukrainian_runs(text, mentions, language)  # "Житомирщині" + "Укрпошта", "Укрпошти" + "Оксана Мельничук"
    mentions = regional_bodies(text, mentions, language)  # "ГУ МЧС по Новосибирской области"
    mentions = regions_as_bodies(text, mentions)  # "Regione Toscana", "Région Hauts-de-France" typed LOC
    mentions = body_parts(text, mentions, language)  # "Ministerstwie Klimatu i Środowiska"
    mentions = faculties_with_universities(text, mentions)  # "Wydział Chemii Uniwersytetu Warszawskiego"
    mentions = english_institutions(text, mentions, language)  # "Royal Infirmary of Edinburgh", "St John's Hospital"
    mentions = english_bodies(text, mentions, language)  # "Department of Housing, Local Government and Heritage"
    mentions = english_sites(text, mentions, language)  # "X Hotel on Y Street", "the Lipa camp", "Palace of ..."
    mentions = german_hospitality(text, mentions, language)  # "Gasthof Seeblick" typed ORG, "Flughafen Nürnberg"
    mentions = english_hospitality(text, mentions, language)  # "Fellside Lodge" typed PER, "Severn Air" LOC
    mentions = german_councils(text, mentions, language)  # "Stadtrat von Bad Tölz", "die Grünen"
    mentions = english_addresses(text, mentions, language)  # "Mill Road, Harlow" one ORG, "HM Revenue and Customs"
    mentions = german_local(text, mentions, language)  # "Bäckerei Kramer" read "Kramer", "Zimmermeister" ORG
    mentions = german_arenas(text, mentions, language)  # "Sporthalle am Nordring", "Stadt Verden" acting
    mentions = german_industry(text, mentions, language)  # "Ausschuss ... des Landtags" split, "Kessler" PER
    mentions = german_energy(text, mentions, language)  # "Windpark X" PER, "Leitung A–B", "Vereins X e.V."
    mentions = german_health(text, mentions, language)  # "Elbtal-Klinik", "im Landkreis Goslar", "vor dem Rathaus"
    mentions = french_press(text, mentions, language)  # "L'Écho de la Vilaine" read as a place
    mentions = french_associations(text, mentions, language)  # "Association ... des déportés et internés ... du X"
    mentions = french_authorities(text, mentions, language)  # "Métropole de Lyon" read as a place
    mentions = french_church(text, mentions, language)  # "diocèse de Séez", "L'abbaye X, qui emploie" ORG
    mentions = french_trades(text, mentions, language)  # "les Pompes funèbres Le Bihan" read as a person
    mentions = french_crafts(text, mentions, language)  # "CFA de la coiffure de X" split, "TVA" ORG
    mentions = without_sky_objects(text, mentions, language)  # "la Voie lactée" read as a place
    mentions = french_landscapes(text, mentions, language)  # "la vallée de la Loire": "Loire" untagged
    mentions = without_opening_common_words(text, mentions, language)  # "Maisons fissurées : ..." + "les maisons"
    mentions = english_local(text, mentions, language)  # "Pickering's Bakery", "Rev Anna Price" typed ORG
    mentions = english_campus(text, mentions, language)  # "Craigmore Hall" typed PER, "told The Herald"
    mentions = english_arts(text, mentions, language)  # "The X Theatre has", "union Equity", "Leeds-based"
    mentions = english_aviation(text, mentions, language)  # "X Airport has" ORG, "flown to Gatwick", "Ltd of Y"
    mentions = english_retail(text, mentions, language)  # "Holt's Foodstores" ... "Holt's", "their GP"
    mentions = english_firms(text, mentions, language)  # "X Y Services Ltd" ... "X Y said" typed PER
    mentions = german_arts(text, mentions, language)  # "Auktionshaus X GmbH" -> "X GmbH", "BONN/KÖLN."
    mentions = german_youth(text, mentions, language)  # "Kindergarten St. Martin" LOC, "Pfarrei St. X"
    mentions = bodies_that_are_places(text, mentions, language)  # a headline's "vor Föhr" typed ORG, LOC below
    mentions = german_nature(text, mentions, language)  # "Forstbetrieb X", "Kreisgruppe X" + parent, "Veste X"
    mentions = german_drinks(text, mentions, language)  # "Brauerei X GmbH", "Craft-Brauerei X" -> "X"
    mentions = english_prisons(text, mentions, language)  # "HMP X" LOC, "X has been failing" ORG
    mentions = german_volunteers(text, mentions, language)  # "Löschzug X", "X-Kirchengemeinde", "der Stadtrat"
    mentions = german_housing(text, mentions, language)  # "Mieterverein X und Umgebung e.V.", "Bonner Sparkasse"
    mentions = german_mountains(text, mentions, language)  # "Bergwacht X", "X-hütte", "Gipfel (2592 Meter)"
    mentions = german_lifts(text, mentions, language)  # "im Lechtal", "am Brennerpass", "Neue Sesselbahn" out
    mentions = english_transport(text, mentions, language)  # "X bus station", "Unite North West"
    mentions = english_racing(text, mentions, language)  # "X Homes Racing" PER, "Y Pass as X Homes" one ORG
    mentions = english_villages(text, mentions, language)  # "near Sedgefield" PER, "People in Low Ash" MISC
    mentions = english_utilities(text, mentions, language)  # "X Sewage Treatment Works", "the Severn", "at A, B and C"
    mentions = english_gardens(text, mentions, language)  # "Friends of X", "X's Way", "Palm House" LOC, "Kew"
    mentions = german_pharma(text, mentions, language)  # "Werk X" LOC, "Verbraucherzentrale X", "Löwen-Apotheke"
    mentions = english_pensions(text, mentions, language)  # "Pensions Ombudsman", "Work and Pensions Committee"
    mentions = german_crafts(text, mentions, language)  # "X Y Rechtsanwälte", "Weberinnung X", "X & Söhne"
    mentions = german_forestry(text, mentions, language)  # "X (Kreis Y)", "Landratsamt X", "Naturpark X/Y"
    mentions = german_incidents(text, mentions, language)  # "Landeskriminalamts X", "Zug des Landkreises X"
    mentions = german_gambling(text, mentions, language)  # "Spielbank X", "Lotto Hessen" PER, "Roulette" LOC
    mentions = german_coast(text, mentions, language)  # "Hafen- und X-gesellschaft Y mbH", "die Marina X"
    mentions = english_customs(text, mentions, language)  # "X Team of Border Force", "X Terminal" LOC, "VAT"
    mentions = english_coast(text, mentions, language)  # "on Bressay", "X harbour", "the trawler Y"
    mentions = english_clubs(text, mentions, language)  # "X Championships", "at the X Arts Centre", lone "Maisie"
    mentions = english_libraries(text, mentions, language)  # "at X Library" ORG, "to Sheffield" MISC, "Baptist chapel"
    mentions = english_scouts(text, mentions, language)  # "Cubs and Scouts" no names, "14th X Scout Group"
    mentions = nickname_persons(text, mentions, language)  # 'Tom "Ace" Miller', "(née Hart)"
    mentions = romance_hospitality(text, mentions, language)  # "Osteria del Ponte" typed PER, "aeropuerto de Noáin"
    mentions = romance_sport(text, mentions, language)  # "Pallavolo Treviso" PER, "PalaDozza", "tren Madrid-Jaén"
    mentions = italian_culture(text, mentions, language)  # "Orchestra Sinfonica della Radio X", "Teatro Verdi di Y"
    mentions = italian_space(text, mentions, language)  # "Osservatorio astronomico di X", "dalla Stampa"
    mentions = spanish_mining(text, mentions, language)  # "mina Cerro X" -> "Cerro X", "hermanos Vázquez"
    mentions = romance_pharma(text, mentions, language)  # "Hepaclar, una heparina", "polígono de Villadangos"
    mentions = bodies_by_noun(text, mentions, language)  # "the charity Focus Ireland", "la cooperativa Ponente ..."
    mentions = italian_heritage(text, mentions, language)  # "Soprintendenza X, Y e Z per le province di ...", "Duomo"
    mentions = spanish_retail(text, mentions, language)  # "Zapatería Calvo" PER, "la concejala de Comercio"
    mentions = italian_youth(text, mentions, language)  # "gruppo scout X 1", "parrocchia di San Y", "Agesci"
    mentions = spanish_motorsport(text, mentions, language)  # "Circuito de X" LOC, "X Racing del vasco Ana Gil"
    mentions = italian_utilities(text, mentions, language)  # "discarica di X" -> X LOC, "Arpa Lazio", "al Tar"
    mentions = spanish_nature(text, mentions, language)  # "refugio de animales X" ORG, "Peña Falcón" LOC
    mentions = spanish_coast(text, mentions, language)  # "faro de X" LOC, "Costa del Sol", "Ministerio de A, B y C"
    mentions = italian_fashion(text, mentions, language)  # "maison X" -> X ORG, "quartiere X" LOC, "Istituto tecnico X"
    mentions = italian_games(text, mentions, language)  # "X Esports" ... "la X", 'Paolo «Zeta» Conti', "Coni"
    mentions = spanish_charities(text, mentions, language)  # "Asamblea Local de Cruz Roja en X", "colegio Luis Y"
    mentions = spanish_garages(text, mentions, language)  # "concesionario oficial de X", "la patronal X"
    mentions = italian_wine(text, mentions, language)  # "Cantina di X Soc. Agr. Coop.", "Consorzio Tutela Vini X"
    mentions = spanish_prisons(text, mentions, language)  # "Centro Penitenciario X I" LOC, "Juzgado ... n.º 8 de X"
    mentions = spanish_mountains(text, mentions, language)  # "refugio de X" -> X LOC, "JACA (HUESCA)"
    mentions = spanish_pilgrims(text, mentions, language)  # "Camino del Norte" LOC, "sor X" PER, "A y de la B"
    mentions = spanish_waste(text, mentions, language)  # "vertedero de X" -> X LOC, "(Surcasa)", "Principado"
    mentions = italian_archives(text, mentions, language)  # "Archivio di Stato di X", "Nucleo Carabinieri ..."
    mentions = italian_parks(text, mentions, language)  # "Ciclovia del X" LOC, "Ente di gestione del Parco ..."
    mentions = italian_insurance(text, mentions, language)  # "Mutua X" ORG, "Servizio Reclami", "Arbitro"
    mentions = italian_customs(text, mentions, language)  # "Ufficio delle Dogane di X", "la Finanza"
    mentions = italian_markets(text, mentions, language)  # "X S.r.l. di Y", "Pescheria X di Y"
    mentions = italian_care(text, mentions, language)  # "Rsa X", "ospedale Papa X XXIII", "la Toscana ha stanziato"
    mentions = towns_with_elided_tail(text, mentions, language)  # "Fiorenzuola" + "d'Arda": one town
    mentions = spanish_memorials(text, mentions, language)  # "X Y | TOWN", "cementerio de X" -> X
    mentions = spanish_music(text, mentions, language)  # "Teatro X de Y" -> X LOC + Y LOC, "Orquesta de X"
    mentions = spanish_filming(text, mentions, language)  # "X en otoño de", "cine X" -> X LOC, "Canal X" ORG
    mentions = romance_circus(text, mentions, language)  # "Circo Fratelli X" ORG, "il clown X", "X (Acr)"
    mentions = romance_books(text, mentions, language)  # "Edizioni del X" PER, "Biblioteca X di Y", "X Fiere" LOC
    mentions = italian_councils(text, mentions, language)  # "Giunta comunale", "X della Filt-Cgil", "sotto il Comune"
    mentions = italian_resorts(text, mentions, language)  # "consiglio comunale di X", "tra A, B e C", "X Bus"
    mentions = institutes_with_academies(text, mentions)  # "Институтом автоматики и электрометрии СО РАН"
    mentions = slavic_faith(text, mentions, language)  # "diecezji tarnowskiej", "мечеть Марджани", "bp Nowak"
    mentions = slavic_missions(text, mentions, language)  # "Ambasady" + "Francji" + "Krakowie", "УВКБ ООН"
    mentions = small_towns(text, mentions, language)  # "у Старому Самборі" untyped, "Brzeg nad Odrą"
    mentions = town_pairs(text, mentions, language)  # "Szklarskiej Poręby", "Кривого Рогу" PER -> LOC
    mentions = slavic_venues(text, mentions, language)  # "курорт «Буковель»", "hotelu Bristol", "ZAKOPANE –"
    mentions = slavic_science(text, mentions, language)  # "Лаборатории X" + "Института Y", "Review B."
    mentions = slavic_health(text, mentions, language)  # "Регіональний центр кардіохірургії"
    mentions = slavic_edges(text, mentions, language)  # "Пётр Иванов, «Утро сегодня»", "Вице-директор ОИЯИ"
    mentions = polish_offices(text, mentions, language)  # "Komisja Wyborcza w Kole", "Szkoła Podstawowa nr 4"
    mentions = polish_nature(text, mentions, language)  # "przy Parku Narodowym", "Natura 2000 „X”", "przy ul."
    mentions = slavic_community(text, mentions, language)  # "drogi wojewódzkiej nr 214", "nad Wdą", "музей «X»"
    mentions = slavic_industry(text, mentions, language)  # "Комітету з питань X, Y та Z", "„Solidarności” Jan Nowak"
    mentions = slavic_transport(text, mentions, language)  # "Воткинской ГЭС", "станции Сарапул", "ŻKS Sokół Kalisz"
    mentions = slavic_energy(text, mentions, language)  # "kopalni „X”", "KWK „X”", "787-м ... полку"
    mentions = slavic_obituaries(text, mentions, language)  # "урождённая X", "называли «X»", "Героя Советского Союза"
    mentions = slavic_twinning(text, mentions, language)  # "chór „X”", "ТРЦ «X»", "мережа «X»"
    mentions = slavic_circuits(text, mentions, language)  # "«Смоленское кольцо»", "Pomnik Ułanów X"
    mentions = slavic_coast(text, mentions, language)  # "latarni morskiej X", "kuter „X”", "суду м. X"
    mentions = slavic_regional(text, mentions, language)  # "Житомирського обласного центру X Y"
    mentions = slavic_riverbanks(text, mentions, language)  # "на березі X" LOC, "X, 12 березня (Укрінформ)."
    mentions = polish_pairs(text, mentions, language)  # "Ministerstwo X i Biuro Y IPN", "Apel Pamięci"
    mentions = slavic_charities(text, mentions, language)  # "ДК «X»" LOC, "Каритас Самара", "Кубок X" no name
    mentions = slavic_departments(text, mentions, language)  # "Wydział X" + "Urzędu Miasta Y", "епископ X-ский"
    mentions = slavic_concerts(text, mentions, language)  # "на сцене X театра" LOC, "pod marką X" no name
    mentions = slavic_festivals(text, mentions, language)  # "Казанское шапито" no name, "по Поволжью" LOC
    mentions = slavic_prisons(text, mentions, language)  # "виправної колонії № 52" LOC, "хостел «X»" LOC
    mentions = slavic_parks(text, mentions, language)  # "резидент технопарка «X»", "в «X» работают" LOC
    mentions = slavic_memorials(text, mentions, language)  # "меморіалу «X»" -> X LOC, "Алея X", "X-ської парафії"
    mentions = polish_press(text, mentions, language)  # "powiedziała „Nowinom”": the paper
    mentions = polish_firms(text, mentions, language)  # "Browar X sp. z o.o.", "Burmistrz X" -> X, "NAME, TOWN"
    mentions = polish_paired_places(text, mentions, language)  # "we X albo w Kołobrzegu", "u ujścia X"
    mentions = slavic_mountains(text, mentions, language)  # "вершини X", "притулку «X»", "Федерації X України"
    mentions = slavic_archaeology(text, mentions, language)  # "Комитет по X Y области", "XII века" no name
    mentions = polish_transport(text, mentions, language)  # "dworca X Y", "Zajezdnia Tramwajowa X", "Urząd" + ORG
    mentions = polish_spas(text, mentions, language)  # "X (PAP) –", "bakterie X" no name, "w Parku X"
    mentions = regnal_names(text, mentions, language)  # "Cesarz Ferdynand III", "August der Starke"
    mentions = without_opening_word(mentions, language)  # "Muere Tomás Ibarrola"
    if tagged_by_paragraph:
        # "Wang Yi" ORG in one paragraph, "Wang" PER in another: one person.
        lend_person_type(mentions, language)
    # Every backend sees one paragraph at a time: "Meloni" alone in a later paragraph has no
    # cue, and a headline's bare "Шойгу" none of the body's "Сергей Шойгу".
    mentions = propagate_people(text, initials_with_stops(text, mentions), language)  # "Stanisław W."
    # "British Racing Drivers' Club (BRDC)" untagged or typed PER, then "(BRDC)" and a later "BRDC"
    mentions = body_acronyms(text, bodies_before_acronyms(text, mentions, language), language)
    # the owner's surname spread above, where it names the firm ("Huber schließt drei Filialen")
    mentions = firms_acting_by_short_name(text, mentions, language)
    if language == "ar":
        mentions = repeated_acronyms(text, mentions)  # "الشركة الوطنية X (Y)" ... "وقالت Y"
        mentions = repeated_firms(text, mentions)  # "شركة «X باي»" ... "لـ«X باي»", the headline's "X باي"
        mentions = repeated_towns(text, mentions)  # "في بلدية X" ... "وفي X،"
    if language == "zh":
        mentions = repeated_places(text, mentions)  # "科伦坡港" ... "科伦坡" in another paragraph
    return mentions
