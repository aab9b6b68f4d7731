"""Word lists for the rule backend: titles before person names, organisation heads,
location prepositions and capitalised words that are not names ("stop-capitals").

Lists are short on purpose: each word is frequent in news and decisive for the type.
Lower-case throughout; the rules compare `token.lower()`.
"""

from __future__ import annotations


def word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Titles and roles directly before a person name ("Präsident Xi", "ministro Wang").
PERSON_TITLES: dict[str, frozenset[str]] = {
    "de": word_set(
        "präsident präsidenten präsidentin kanzler kanzlerin bundeskanzler minister ministerin "
        "außenminister außenministers verteidigungsminister sekretär sekretärs generalsekretär "
        "premierminister regierungschef staatschef sprecher sprecherin herr herrn frau dr. "
        "machthaber diktator könig königin papst chef chefin leiter leiterin vorsitzende vorsitzender "
        "botschafter general bürgermeister kollege amtskollege amtskollegen ministerpräsident"
    ),
    "en": word_set(
        "president minister chancellor secretary spokesman spokeswoman mr mr. mrs ms dr dr. "
        "leader premier king queen pope general ambassador mayor chairman governor senator"
    ),
    "fr": word_set(
        "président présidente ministre chancelier secrétaire porte-parole m. mme me maître mgr dr pr dirigeant "
        "chef roi reine pape général ambassadeur maire homologue"
    ),
    "es": word_set(
        "presidente presidenta ministro ministra canciller secretario portavoz señor señora "
        "sr. sra. líder rey reina papa general embajador alcalde homólogo mandatario "
        "exteriores defensa interior hacienda"
    ),
    "it": word_set(
        "presidente ministro ministra cancelliere segretario portavoce signor signora sig. "
        "leader re regina papa generale ambasciatore sindaco omologo premier capo "
        # portfolios capitalised between a minister and the name ("ministro degli Esteri Antonio Tajani")
        "esteri interni difesa economia giustizia salute"
    ),
    "pl": word_set(
        "prezydent prezydenta premier premiera minister ministra kanclerz sekretarz sekretarza "
        "rzecznik pan pani przywódca przywódcy król papież generał ambasador burmistrz szef"
    ),
    "nl": word_set(
        "president premier minister kanselier secretaris woordvoerder meneer mevrouw leider "
        "koning koningin paus generaal ambassadeur burgemeester"
    ),
    "uk": word_set(
        "президент президента президентом прем'єр прем’єр міністр міністра канцлер секретар "
        "секретаря речник лідер лідера голова голови генсек посол генерал пан пані король "
        "очільник очільника президентові президенту міністром міністру канцлером канцлеру "
        "прем'єра прем'єром прем’єра прем’єром секретарем генсека генсеком генсекові генеральний "
        "генерального генеральним головою лідером речником послом посла генерала генералом очільником "
        "президентка президентки президенткою міністерка міністерки речниця речниці очільниця"
    ),
    "ru": word_set(
        "президент президента премьер министр министра канцлер секретарь секретаря лидер "
        "глава главы генсек посол генерал господин король президентом президенту министром "
        "министру канцлером премьера премьером секретарём секретарем генсека генсеком генеральный "
        "генерального генеральным главой лидером послом посла генерала генералом"
    ),
}


# Ukrainian feminine titles (news writes "прем'єр-міністерка", "речниця", "очільниця"), by their
# stem before the case ending: -ка nouns (к -> ц before -і), -ця nouns; with each apostrophe.
_UK_KA_TITLES = word_set(
    "президент віце-президент екс-президент прем'єр прем'єр-міністер віце-прем'єр віце-прем'єр-міністер "
    "екс-прем'єр-міністер міністер віце-міністер канцлер секретар держсекретар "
    "генсекретар прес-секретар лідер депутат спікер віце-спікер сенатор губернатор "
    "директор амбасадор посол єврокомісар комісар омбудсмен прокурор генпрокурор мер командир"
)
_UK_TSIA_TITLES = word_set("речн очільн радн помічн заступн керівн начальн представн посланн")
# ...and masculine compound titles the list above lacks ("прем'єр-міністра", "віце-прем'єром").
_UK_MASCULINE_TITLES = word_set(
    "прем'єр-міністр віце-прем'єр-міністр віце-прем'єр віце-президент екс-президент депутат спікер мер "
    "держсекретар генсекретар прес-секретар"
)
_UK_APOSTROPHES = ("'", "’", "ʼ")


def _ukrainian_feminine_titles() -> frozenset[str]:
    forms: set[str] = set()
    for stem in _UK_KA_TITLES:
        forms.update(stem + "к" + e for e in ("а", "и", "у", "ою", "о"))
        forms.add(stem + "ці")
    for stem in _UK_TSIA_TITLES:
        forms.update(stem + "иц" + e for e in ("я", "і", "ю", "ею", "е"))
    for stem in _UK_MASCULINE_TITLES:
        forms.update(stem + e for e in ("", "а", "у", "ові", "ом", "е"))
    return frozenset(f.replace("'", a) for f in forms for a in _UK_APOSTROPHES)


PERSON_TITLES["uk"] = PERSON_TITLES["uk"] | _ukrainian_feminine_titles()

# Kind words in every case, for a name that cannot be a person's (pymorphy does not know it:
# "з польською компанією Orlen", "концерном Siemens"): slavic.py.  Not in KIND_WORDS, which
# also retype a person's name after them ("компанією Ілона Маска" is the man's company).
COMPANY_CUES: dict[str, frozenset[str]] = {
    "uk": word_set(
        "компанія компанії компанію компанією концерн концерну концерні концерном корпорація "
        "корпорації корпорацію корпорацією холдинг холдингу холдингом авіакомпанія авіакомпанії "
        "авіакомпанію авіакомпанією виробник виробника виробником оператор оператора оператором "
        "банк банку банком фірма фірми фірму фірмою гігант гіганта гігантом нак"
    ),
    "ru": word_set(
        "компания компании компанию компанией концерн концерна концерне концерном корпорация "
        "корпорации корпорацию корпорацией холдинг холдинга холдингом авиакомпания авиакомпании "
        "авиакомпанию авиакомпанией производитель производителя производителем оператор оператора "
        "оператором банк банка банком фирма фирмы фирму фирмой гигант гиганта гигантом"
    ),
}

# Heads that make a capitalised sequence an organisation (whole token, lower-case).
# Ukrainian and Russian contracted names of state bodies, as their lemmas ("в Генштабі",
# "Мінфіну США", "Госдумы"): a body, not the capitalised common word they look like, also
# when they open a sentence ("Генштаб ЗСУ повідомив").
CONTRACTED_BODIES = word_set(
    "генштаб міноборони мінфін мін'юст мінцифри міненерго мінекономіки мінздоров'я "
    "мінінфраструктури мінсоцполітики мінагрополітики мінветеранів мінреінтеграції мінкульт "
    "мінрегіон мінприроди генпрокуратура нацбанк нацполіція нацгвардія держдеп кабмін "
    "минобороны минфин минюст минцифры минэнерго минэкономразвития минпромторг минздрав "
    "минтранс минприроды госдума госдеп росгвардия кабмин"
)
ORG_HEADS = (
    word_set(
        "ag gmbh se inc inc. ltd ltd. corp corp. co. llc plc sa s.a. spa s.p.a. nv bv "
        "ministerium rat agentur partei bank bundestag bundesrat regierung kommission universität hochschule "
        "institut stiftung klinikum "
        "ministry council agency party bank parliament committee commission university "
        "government company corporation group union institute organisation organization "
        "ministère conseil agence parti banque commission université assemblée gouvernement "
        "ministerio consejo agencia partido banco comisión universidad gobierno congreso "
        "ministero consiglio agenzia partito banca commissione università governo "
        "ministerstwo rada agencja partia bank komisja uniwersytet rząd sejm "
        "ministerie raad agentschap partij commissie universiteit regering "
        "міністерство рада ради раді радою агентство партія банк комісія університет уряд "
        "министерство совет совета советом агентство партия банк комиссия университет правительство "
        "cancelleria cancillería chancellerie офіс канцелярія бундестаг бундесрат бундестаге "
        # Polish heads in their other cases ("Kancelarii Prezydenta", "Polskiego Związku ...")
        "kancelaria kancelarii kancelarię kancelarią ministerstwa ministerstwie ministerstwem "
        "rady radzie radę radą komisji komisję komisją partii partię partią rządu rządzie rządem "
        "sejmu sejmie związek związku związkiem agencji agencję agencją uniwersytetu uniwersytecie banku "
        "politechnika politechniki politechnice politechniką wojsko wojska"
    )
    | CONTRACTED_BODIES
)


# Heads of one language's bodies, where the word means something else in another (Italian
# "corte" is a court, Spanish "corte" a cut): "Procura di Milano", "Movimento 5 Stelle".
LANGUAGE_ORG_HEADS: dict[str, frozenset[str]] = {
    "it": word_set(
        "parlamento corte procura tribunale prefettura questura politecnico movimento protezione "
        "guardia organizzazione polizia comune regione provincia camera senato fondazione "
        "galleria gallerie museo musei biblioteca pinacoteca teatro ospedale policlinico "
        # authorities, federations, associations, consortia, inspectorates: "Autorità di Sistema
        # Portuale del Mar Ligure Occidentale", "Ispettorato nazionale del lavoro"
        "autorità federazione confederazione associazione consorzio ispettorato dipartimento ente"
    ),
}

# Heads that name a body only with the lower-case words after them ("Istituto superiore di
# sanità", "Conferenza episcopale italiana"); alone they are words ("Conferenza stampa").
HEADS_WITH_TAIL: dict[str, frozenset[str]] = {
    "it": word_set("istituto conferenza"),
    "fr": word_set("institut conférence"),
    "es": word_set("instituto conferencia"),
}

# Lower-case words that continue a Romance organisation name after its head
# ("Commissione europea", "Consiglio di sicurezza" is handled as head + di + noun).
ORG_ADJECTIVES = word_set(
    "europea europeo europee européenne européen nazionale nationale nacional federale fédérale federal "
    "civile civil generale générale general internazionale internationale internacional centrale central "
    "costituzionale constitutionnel constitucional suprema supremo suprême militare militaire militar "
    "mondiale mondial mundial regionale régional regional spaziale spatial espacial costiera "
    # a party's creed: "Partito democratico", "Parti socialiste", "Partido popular"
    "democratico democratica démocrate democrático democrática socialista socialiste comunista communiste "
    "popolare populaire popular liberale libéral liberal conservatore conservateur conservador "
    "repubblicano républicain republicano radicale radical ecologista écologiste "
    # a national or a rank adjective: "Agenzia spaziale italiana", "Istituto superiore di sanità",
    # "Conferenza episcopale italiana"
    "italiana italiano italiane italiani française français española español tedesca tedesco "
    "superiore supérieur supérieure superior episcopale épiscopale episcopal sanitaria sanitario"
)
# At most this many of them: "Banca centrale europea"; a longer lower-case tail is prose.
MAX_ORG_ADJECTIVES = 2
ORG_LINKS = word_set("di del della dello dei degli delle de des du")

# First words that make a capitalised sequence a place ("Palazzo Chigi", "Place Rouge").
LOC_FIRST = word_set("palazzo piazza via monte lago isola palais place rue mont lac palacio plaza calle isla mare mar")
# A saint's name after a place preposition is a place: a district, a stadium, a town ("a San
# Siro", "à Saint-Denis", "en San Sebastián"); a person is rarely sent "to" a saint.
SAINT_FIRST = word_set("san santa santo são sankt saint st")

# German compounds ending in these are organisations ("Außenministerium", "Sicherheitsrat").
DE_ORG_SUFFIXES = (
    "ministerium", "ministeriums", "rat", "rates", "rats", "agentur", "partei", "bank",
    "behörde", "gericht", "verband", "konzern", "kommission", "parlament", "regierung",
    "nachrichtenagentur", "zeitung", "amt", "amtes",
)  # fmt: skip

# Heads that make a capitalised sequence a place ("Russische Föderation", "Mar Negro").
LOC_HEADS = word_set(
    "republik föderation königreich staaten emirate inseln insel see meer gebirge "
    "republic federation kingdom states islands island sea ocean river mountains "
    "république fédération royaume états îles mer océan fleuve "
    "república federación reino estados islas mar océano río "
    "repubblica federazione regno stati isole mare oceano fiume "
    "republika federacja królestwo stany wyspy morze ocean rzeka "
    "республіка федерація королівство штати море океан "
    "республика федерация королевство штаты море океан аес аэс гес гэс"
)

# Prepositions after which an unknown capitalised word is most likely a place.
LOC_PREPS: dict[str, frozenset[str]] = {
    "de": word_set("in nach aus bei"),
    "en": word_set("in to from"),
    "fr": word_set("à en au"),
    "es": word_set("en desde hacia"),
    "it": word_set("a in da dal dalla dalle dallo nel nella nelle negli al alla alle verso"),
    "pl": word_set("w we do z ze"),
    "nl": word_set("in naar uit"),
    "uk": word_set("в у до з із"),
    "ru": word_set("в во из"),
}

# Name particles allowed inside a person/place name ("Wilhelm von Humboldt", "Abu Dhabi").
NAME_PARTICLES = word_set(
    "von van der den de del della di da dos das du la le bin ibn al el ap "
    "фон дер ден ван де ді ди дю ібн ибн бен бін бин аль ель эль"  # "Урсула фон дер Ляєн"
)

# Capitalised words that are not names, by language, plus a shared set.
_COMMON = (
    "the a an i in on at of and or but if as it he she we they this that these those "
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "june july august september october november december yesterday today tomorrow"
)
STOP_CAPITALS: dict[str, frozenset[str]] = {
    "xx": word_set(_COMMON),
    "en": word_set(_COMMON + " after before when while during since there here"),
    "de": word_set(
        _COMMON + " der die das den dem des ein eine einer eines einem einen er sie es wir ihr "
        "ich du man im am vom zum zur beim auf aus bei mit nach von vor zu für über unter "
        "durch gegen ohne um und oder aber doch wenn als wie auch noch schon nur so dann "
        "montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz mai "
        "juni juli oktober dezember dieser diese dieses jeder alle nicht kein keine laut "
        "seit während trotz wegen bis nun damit dass da hier dort heute gestern morgen"
    ),
    "fr": word_set(_COMMON + " le la les un une des du de au aux il elle ils elles nous vous"),
    "es": word_set(
        _COMMON + " el la los las un una unos unas del al de en y o pero si como este esta "
        "estos lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril "
        "mayo junio julio agosto septiembre octubre noviembre diciembre según también"
    ),
    "it": word_set(
        _COMMON + " il lo la i gli le un uno una del della dei degli delle al alla nel nella "
        "e o ma se come questo questa lunedì martedì mercoledì giovedì venerdì sabato "
        "domenica gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre "
        "novembre dicembre secondo anche ieri oggi domani stamattina stasera intanto inoltre"
    ),
    "pl": word_set(
        _COMMON + " w we z ze na do i a o ale jak ten ta to te po od dla przez przy jest "
        "poniedziałek wtorek środa czwartek piątek sobota niedziela styczeń luty marzec "
        "kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień według"
    ),
    "nl": word_set(_COMMON + " de het een en of maar als dit dat deze die van in op met voor"),
    "uk": word_set(
        "в у на з із до і й та а але що як це цей ця ці він вона воно вони ми ви я "
        "понеділок вівторок середа четвер п'ятниця субота неділя за від для про після"
    ),
    "ru": word_set("в во на с из до и а но что как это он она оно они мы вы я за от для"),
}

# German nouns are capitalised; these endings almost never end a personal name.
# Articles, possessives and demonstratives: a capitalised word after one is a noun ("Dieser
# Besuch", "die Rückkehr von der Krim"), not a name.
GERMAN_DETERMINERS = word_set(
    "der die das den dem des ein eine einen einem eines einer kein keine keinen keinem keines keiner "
    "sein seine seinen seinem seines seiner ihr ihre ihren ihrem ihres ihrer unser unsere unseren unserem "
    "unserer dieser diese diesen diesem dieses jener jene jenen jenem jenes"
)

DE_NOUN_SUFFIXES = (
    "ung", "ungen", "heit", "keit", "schaft", "tion", "tionen", "ität", "ismus", "chen",
    "nis", "tum", "ment", "ischen", "ische", "ischer", "isches",
)  # fmt: skip


# Words for a kind of organisation, right before its name ("the company SpaceX", "Spółka
# Orlen", "il gruppo Stellantis"): `kind_words.py` for the model languages' spans, the rules'
# company-word cue (`context_cues.company_cue`) for Italian.  Lower-case forms; a kind word may
# stand capitalised at a sentence's start.
KIND_WORDS: dict[str, frozenset[str]] = {
    "it": word_set("gruppo società azienda colosso compagnia banca marchio operatore emittente holding multinazionale"),
    "en": word_set(
        "company firm group carmaker automaker chipmaker airline broadcaster newspaper insurer "
        "retailer conglomerate lender manufacturer operator agency club party bank"
    ),
    "de": word_set(
        "unternehmen konzern firma autobauer autohersteller chiphersteller hersteller "
        "nachrichtenagentur agentur fluggesellschaft versicherer zeitung sender partei verein gewerkschaft"
    ),
    "fr": word_set(
        "société groupe entreprise constructeur compagnie agence banque parti club journal "
        "quotidien chaîne opérateur assureur fabricant équipementier distributeur enseigne éditeur transporteur"
    ),
    "es": word_set(
        "compañía empresa grupo firma agencia banco petrolera aerolínea eléctrica constructora "
        "partido club diario periódico cadena operadora multinacional fabricante aseguradora"
    ),
    "pl": word_set(
        "spółka spółki spółkę firma firmy koncern koncernu grupa agencja agencji bank banku "
        "partia partii klub klubu dziennik gazeta producent operator przewoźnik telewizja"
    ),
    "ru": word_set(
        "компания компании компанию концерн концерна агентство агентства банк банка партия "
        "партии клуб клуба газета телеканал холдинг корпорация авиакомпания оператор"
    ),
    "uk": word_set(
        "компанія компанії компанію концерн концерну агентство агентства банк банку партія "
        "партії клуб клубу газета телеканал холдинг корпорація авіакомпанія оператор"
    ),
}
