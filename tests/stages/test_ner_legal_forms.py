"""A firm's legal form belongs to its name (ner/legal_forms.py). Sentences written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.legal_forms import firm_short_names, with_legal_forms


def test_a_legal_form_after_the_name_joins_it_and_makes_a_firm() -> None:
    text = "Die Molkerei Weidegrün eG und Nordtext, S.A. zahlten; Brunet Frères SAS klagte."
    found = [
        mention(text, "Molkerei Weidegrün", "ORG"),
        mention(text, "Nordtext", "PER"),
        mention(text, "Brunet Frères SAS", "PER"),
    ]
    assert spans(with_legal_forms(text, found, "de")) == [
        ("Molkerei Weidegrün eG", "ORG"),
        ("Nordtext, S.A.", "ORG"),
        ("Brunet Frères SAS", "ORG"),
    ]


def test_a_cyrillic_form_before_the_quoted_name_joins_it_with_the_quotes() -> None:
    text = "ТОВ «Степ Агро» та ПАО «Волгатранс» підписали угоду."
    found = [mention(text, "ТОВ", "ORG"), mention(text, "Степ Агро", "ORG"), mention(text, "ПАО «Волгатранс", "ORG")]
    assert spans(with_legal_forms(text, found, "uk")) == [("ТОВ «Степ Агро»", "ORG"), ("ПАО «Волгатранс»", "ORG")]


def test_a_place_before_a_canton_code_stays_a_place() -> None:
    text = "Sie wohnt in Baden AG und arbeitet bei Kessler GmbH."
    found = [mention(text, "Baden", "LOC"), mention(text, "Kessler", "PER")]
    assert spans(with_legal_forms(text, found, "de")) == [("Baden", "LOC"), ("Kessler GmbH", "ORG")]


def test_a_firms_first_word_alone_is_the_firm_after_its_full_name() -> None:
    text = "Die Quorvatix Diagnostics GmbH klagt. Quorvatix will siegen, sagt Berlin; Quorvatix-Chef lacht."
    found = [mention(text, "Quorvatix Diagnostics GmbH", "ORG"), mention(text, "Berlin", "LOC")]
    assert spans(firm_short_names(text, found, "de")) == [
        ("Quorvatix Diagnostics GmbH", "ORG"),
        ("Quorvatix", "ORG"),
        ("Berlin", "LOC"),
    ]
    text = "Die Berlin Chemie AG klagt. Berlin will siegen."  # a place's name is no short name
    found = [mention(text, "Berlin Chemie AG", "ORG"), mention(text, "Berlin", "LOC", 1)]
    assert spans(firm_short_names(text, found, "de")) == [("Berlin Chemie AG", "ORG"), ("Berlin", "LOC")]


def test_a_charity_form_takes_a_quoted_name_no_model_found_and_its_other_cases() -> None:
    text = "Звіт ГО «Світлий шлях» вийшов. Експерти «Світлого шляху» і «Світанку» мовчать."
    found = [mention(text, "ГО", "ORG")]
    assert spans(with_legal_forms(text, found, "uk")) == [("ГО «Світлий шлях»", "ORG"), ("Світлого шляху", "ORG")]
    assert spans(with_legal_forms(text, [], "pl")) == []


def test_a_firm_named_with_a_comma_before_its_form_gives_its_short_name() -> None:
    text = "Debuta Cubrimex, S.A.B. de C.V. en bolsa. Los socios de Cubrimex celebran."
    found = [mention(text, "Cubrimex, S.A.B. de C.V.", "ORG"), mention(text, "Cubrimex", "PER", 1)]
    assert spans(firm_short_names(text, found, "es")) == [("Cubrimex, S.A.B. de C.V.", "ORG"), ("Cubrimex", "ORG")]


def test_an_abbreviated_form_takes_its_stop_inside_a_sentence_only() -> None:
    text = "El turoperador Iberian Hikes Ltd., con sede en Londres, y Acme Ltd. Luego."
    found = [mention(text, "Iberian Hikes Ltd", "ORG"), mention(text, "Acme Ltd", "ORG")]
    assert spans(with_legal_forms(text, found, "es")) == [("Iberian Hikes Ltd.", "ORG"), ("Acme Ltd", "ORG")]


def test_a_firm_named_by_its_owner_s_surname_typed_a_person_is_the_firm() -> None:
    text = "Mario Bruno, titolare della Bruno Trasporti S.r.l., e Luca Neri di Rossi Legno."
    found = [mention(text, "Mario Bruno", "PER"), mention(text, "Bruno", "PER", 1), mention(text, "Luca Neri", "PER")]
    assert spans(with_legal_forms(text, found, "it")) == [
        ("Mario Bruno", "PER"),
        ("Bruno Trasporti S.r.l.", "ORG"),
        ("Luca Neri", "PER"),
    ]


def test_a_firm_named_again_without_its_form_when_its_first_word_is_a_common_word() -> None:
    text = "Invierte Puente Verde, S.L. en Sevilla. Puente Verde ha crecido; el puente verde no."
    found = [mention(text, "Puente Verde, S.L.", "ORG"), mention(text, "Sevilla", "LOC")]
    assert spans(firm_short_names(text, found, "es")) == [
        ("Puente Verde, S.L.", "ORG"),
        ("Sevilla", "LOC"),
        ("Puente Verde", "ORG"),
    ]
    text = "Invierte Verde, S.L. en Sevilla. Verde ha crecido."  # one common word: no short name
    found = [mention(text, "Verde, S.L.", "ORG")]
    assert spans(firm_short_names(text, found, "es")) == [("Verde, S.L.", "ORG")]


def test_a_state_institutions_form_joins_its_quoted_name() -> None:
    text = "Работы согласовали с ФГБУ «Управление водных путей Севера» и ГУП «Мостотрест»."
    found = [mention(text, "ФГБУ", "ORG"), mention(text, "Мостотрест", "ORG")]
    assert spans(with_legal_forms(text, found, "ru")) == [
        ("ФГБУ «Управление водных путей Севера»", "ORG"),
        ("ГУП «Мостотрест»", "ORG"),
    ]


def test_a_lower_case_quoted_term_is_no_short_firm_named_again() -> None:
    text = "ОАО «РЖД» закупит суда класса «река-море»."
    assert spans(with_legal_forms(text, [mention(text, "РЖД", "ORG")], "ru")) == [("ОАО «РЖД»", "ORG")]


def test_a_firm_opening_with_a_region_before_its_form_and_its_name_without_it() -> None:
    text = "Le marché va à Loire-Atlantique Travaux SAS et à Nantes. Puis Loire-Atlantique Travaux signe."
    found = [
        mention(text, "Loire-Atlantique", "LOC"),
        mention(text, "Nantes", "LOC"),
        mention(text, "Loire-Atlantique Travaux", "LOC", nth=1),
    ]
    grown = with_legal_forms(text, found, "fr")
    assert spans(firm_short_names(text, grown, "fr")) == [
        ("Loire-Atlantique Travaux SAS", "ORG"),
        ("Nantes", "LOC"),
        ("Loire-Atlantique Travaux", "ORG"),
    ]


def test_a_place_typed_whole_with_a_wordy_form_is_a_firm() -> None:
    text = "Le chantier revient à Vendée Granulats SAS, près de Bern AG."
    found = [mention(text, "Vendée Granulats SAS", "LOC"), mention(text, "Bern AG", "LOC")]
    assert spans(with_legal_forms(text, found, "fr")) == [("Vendée Granulats SAS", "ORG"), ("Bern AG", "LOC")]


def test_a_family_firm_with_its_et_fils_and_form_is_one_firm() -> None:
    text = "Le lot va aux Charpentes Morvan et Fils SARL ; Morvan et Fils est connu, comme Dupont et Cie."
    found = [mention(text, "Charpentes Morvan", "ORG"), mention(text, "Fils SARL", "ORG")]
    assert spans(with_legal_forms(text, found, "fr")) == [
        ("Charpentes Morvan et Fils SARL", "ORG"),
        ("Morvan et Fils", "ORG"),
        ("Dupont et Cie", "ORG"),
    ]


def test_et_fils_alone_makes_a_family_firm_without_the_sentences_first_word() -> None:
    text = "Chez Martin et Fils, on embauche ; les conserveries Le Gall et Fils aussi, pas Paul et Marie."
    found = [mention(text, "Martin", "PER"), mention(text, "Fils", "PER", nth=1), mention(text, "Paul", "PER")]
    assert spans(with_legal_forms(text, found, "fr")) == [
        ("Martin et Fils", "ORG"),
        ("Le Gall et Fils", "ORG"),
        ("Paul", "PER"),
    ]


def test_a_firms_name_without_its_form_replaces_a_models_pieces_of_it() -> None:
    text = "Harrow Dips Ltd is closed. Harrow Dips said the plant in Harrow reopens."
    found = [
        mention(text, "Harrow Dips Ltd", "ORG"),
        mention(text, "Harrow", "LOC", 1),
        mention(text, "Dips", "PER", 1),
        mention(text, "Harrow", "LOC", 2),
    ]
    assert spans(firm_short_names(text, found, "en")) == [
        ("Harrow Dips Ltd", "ORG"),
        ("Harrow Dips", "ORG"),
        ("Harrow", "LOC"),
    ]


def test_a_polish_firm_ending_in_x_is_found_again_spelt_ks_in_another_case() -> None:
    text = "Wozy dostarczyła Drogomex sp. z o.o. Prezes Drogomeksu milczy, a Drogomax nie ma z tym nic wspólnego."
    found = [mention(text, "Drogomex sp. z o.o.", "ORG"), mention(text, "Drogomeksu", "LOC")]
    assert spans(firm_short_names(text, found, "pl")) == [("Drogomex sp. z o.o.", "ORG"), ("Drogomeksu", "ORG")]


def test_a_ukrainian_state_institutions_form_takes_its_quotes_and_a_stop_before_cyrillic_stays() -> None:
    text = "Допомагає ДУ «Центр зайнятості». Гроші дала компанія Steppe Capital Ltd. из Астаны."
    found = [mention(text, "ДУ", "ORG"), mention(text, "Steppe Capital Ltd", "ORG")]
    assert spans(with_legal_forms(text, found, "uk")) == [
        ("ДУ «Центр зайнятості»", "ORG"),
        ("Steppe Capital Ltd.", "ORG"),
    ]


def test_a_stop_that_ends_a_sentence_stays_out_of_the_form() -> None:
    text = "Гроші дала Steppe Capital Ltd. Сделка закрыта."
    assert spans(with_legal_forms(text, [mention(text, "Steppe Capital Ltd", "ORG")], "ru")) == [
        ("Steppe Capital Ltd", "ORG")
    ]


def test_an_english_operators_name_without_its_vehicles_is_the_firm() -> None:
    text = "Drivers at Moorgate Valley Coaches Ltd struck. Moorgate Valley said talks go on."
    # the tagger read the first word as a surname
    found = [mention(text, "Moorgate Valley Coaches Ltd", "ORG"), mention(text, "Moorgate", "PER", 1)]
    assert spans(firm_short_names(text, found, "en")) == [
        ("Moorgate Valley Coaches Ltd", "ORG"),
        ("Moorgate Valley", "ORG"),
    ]
    # a single word left is no short name ("Beacon Cars Ltd" ... "Beacon")
    text = "Bookings at Lantern Cars Ltd doubled. Lantern said so."
    found = [mention(text, "Lantern Cars Ltd", "ORG")]
    assert spans(firm_short_names(text, found, "en")) == [("Lantern Cars Ltd", "ORG")]


def test_a_firm_named_with_its_region_and_an_ampersand_goes_by_its_name_without_the_region() -> None:
    text = "Le groupe Habitat & Jardins Bretagne SAS rachète le site. Le président de Habitat & Jardins se réjouit."
    found = [mention(text, "Habitat & Jardins Bretagne SAS", "ORG")]
    assert spans(firm_short_names(text, found, "fr")) == [
        ("Habitat & Jardins Bretagne SAS", "ORG"),
        ("Habitat & Jardins", "ORG"),
    ]
    # a region after an ampersand leaves no name: "Lumière &" is no short name
    text = "Lumière & Bretagne SAS signe. La lumière de Lumière & la mer."
    found = [mention(text, "Lumière & Bretagne SAS", "ORG")]
    assert spans(firm_short_names(text, found, "fr")) == [("Lumière & Bretagne SAS", "ORG")]


def test_a_british_ltds_sentence_stop_stays_out_a_partnerships_form_is_in() -> None:
    text = "The roof was rebuilt by Pennine Roofing Ltd. The work took a year."
    found = [mention(text, "Pennine Roofing Ltd.", "ORG")]
    assert spans(with_legal_forms(text, found, "en")) == [("Pennine Roofing Ltd", "ORG")]
    text = "Es plante das Büro Kessler Brandt Architekten PartGmbB in Bonn."
    found = [mention(text, "Kessler Brandt Architekten", "ORG")]
    assert spans(with_legal_forms(text, found, "de")) == [("Kessler Brandt Architekten PartGmbB", "ORG")]


def test_a_cooperatives_scic_or_scop_form_joins_a_name_read_as_a_place() -> None:
    text = "La gestion revient à la Coopérative funéraire de Léon SCIC, créée en 2020."
    found = [mention(text, "Coopérative funéraire de Léon", "LOC"), mention(text, "SCIC", "ORG")]
    assert spans(with_legal_forms(text, found, "fr")) == [("Coopérative funéraire de Léon SCIC", "ORG")]


def test_an_indian_private_firm_keeps_pvt_ltd_a_bare_pvt_is_no_form() -> None:
    text = "Den Stoff liefert Saffron Fine Chem Pvt. Ltd. aus Pune."
    found = [mention(text, "Saffron Fine Chem Pvt", "ORG"), mention(text, "Ltd.", "ORG"), mention(text, "Pune", "LOC")]
    assert spans(with_legal_forms(text, found, "de")) == [("Saffron Fine Chem Pvt. Ltd.", "ORG"), ("Pune", "LOC")]
    text = "Ein Pvt. Sgt. Miller kam."
    found = [mention(text, "Sgt. Miller", "PER")]
    assert spans(with_legal_forms(text, found, "en")) == [("Sgt. Miller", "PER")]


def test_a_mutual_insurers_form_before_its_quoted_name_joins_it_a_lone_word_does_not() -> None:
    text = "Садівники створили ТВС «Зелений гай», а ТВС без назви не існує."
    found = [mention(text, "ТВС", "ORG"), mention(text, "Зелений гай", "ORG"), mention(text, "ТВС", "ORG", 1)]
    assert spans(with_legal_forms(text, found, "uk")) == [("ТВС «Зелений гай»", "ORG"), ("ТВС", "ORG")]


def test_a_polish_firm_named_with_its_kind_word_declines_that_word_an_adjective_is_no_short_name() -> None:
    text = (
        "Drewno kupił Młyn Zagórze sp. z o.o. i Mazowiecka Energia S.A. Prezes Młyna Zagórze milczy. "
        "Mazowiecka wieś czeka, a Papiernia Brzozów S.A. też. Dostawy dla Papierni Brzozów ruszą."
    )
    found = [
        mention(text, "Młyn Zagórze sp. z o.o.", "ORG"),
        mention(text, "Mazowiecka Energia S.A.", "ORG"),
        mention(text, "Młyna Zagórze", "PER"),
        mention(text, "Papiernia Brzozów S.A.", "ORG"),
    ]
    assert spans(firm_short_names(text, found, "pl")) == [
        ("Młyn Zagórze sp. z o.o.", "ORG"),
        ("Mazowiecka Energia S.A.", "ORG"),
        ("Młyna Zagórze", "ORG"),
        ("Papiernia Brzozów S.A.", "ORG"),
        ("Papierni Brzozów", "ORG"),
    ]


def test_a_registered_association_with_a_spaced_form_and_a_nordic_firm_typed_misc() -> None:
    text = "Der Branchenverband Thüringer Holzbau e. V. stimmt zu. The Espoo studio Kaamos Studios Oy pays."
    found = [
        mention(text, "Branchenverband Thüringer Holzbau", "PER"),
        mention(text, "V.", "PER"),
        mention(text, "Kaamos Studios Oy", "MISC"),
    ]
    assert spans(with_legal_forms(text, found, "de")) == [
        ("Branchenverband Thüringer Holzbau e. V.", "ORG"),
        ("Kaamos Studios Oy", "ORG"),
    ]


def test_a_product_ending_in_a_two_letter_code_stays_a_product() -> None:
    text = "She bought the Pixel Phone SE on Monday."
    found = [mention(text, "Pixel Phone SE", "MISC")]
    assert spans(with_legal_forms(text, found, "en")) == [("Pixel Phone SE", "MISC")]


def test_a_polish_partnership_keeps_its_partners_and_its_form_written_without_a_space() -> None:
    text = "Pełnomocnik z kancelarii Zawada i Wspólnicy sp.k. zapowiada skargę."
    found = [mention(text, "kancelarii Zawada", "LOC"), mention(text, "Wspólnicy", "ORG")]
    assert spans(with_legal_forms(text, found, "pl")) == [("Zawada i Wspólnicy sp.k.", "ORG")]


def test_a_polish_form_the_tagger_cut_inside_is_joined_whole() -> None:
    text = "Urząd ukarał spółkę Baltic Spin Sp. z o.o. z Gdyni."
    found = [mention(text, "Baltic Spin Sp", "ORG"), mention(text, "Gdyni", "LOC")]
    assert spans(with_legal_forms(text, found, "pl")) == [("Baltic Spin Sp. z o.o.", "ORG"), ("Gdyni", "LOC")]


def test_a_polish_sentence_ending_after_ltd_keeps_its_stop_out() -> None:
    text = "Właścicielem jest fundusz Nordic Play Holdings Ltd.\n\nSprawą zajęli się radni."
    found = [mention(text, "Nordic Play Holdings Ltd.", "ORG")]
    assert spans(with_legal_forms(text, found, "pl")) == [("Nordic Play Holdings Ltd", "ORG")]


def test_a_romance_firm_with_lower_case_words_before_its_form_is_one_firm() -> None:
    text = "Le marché revient à la Compagnie fluviale du bassin SAS, selon la mairie."
    found = [mention(text, "Compagnie fluviale", "ORG"), mention(text, "SAS", "ORG")]
    assert spans(with_legal_forms(text, found, "fr")) == [("Compagnie fluviale du bassin SAS", "ORG")]


def test_a_lower_case_kind_word_before_a_form_is_no_firm_head() -> None:
    text = "Le marché revient à la compagnie fluviale du bassin SAS, selon la mairie."
    found = [mention(text, "SAS", "ORG")]
    assert spans(with_legal_forms(text, found, "fr")) == [("SAS", "ORG")]


def test_two_common_nouns_joined_by_et_before_a_form_are_one_firm() -> None:
    text = "Le cabinet nantais Ponts et Chaussées Conseil SAS a rendu son rapport."
    found = [mention(text, "Ponts", "ORG"), mention(text, "Chaussées Conseil SAS", "ORG")]
    assert spans(with_legal_forms(text, found, "fr")) == [("Ponts et Chaussées Conseil SAS", "ORG")]


def test_two_founders_joined_by_et_before_a_form_stay_apart() -> None:
    text = "Le contrat lie Vautrin et Lemarchal Industrie SAS depuis mars."
    found = [mention(text, "Vautrin", "PER"), mention(text, "Lemarchal Industrie SAS", "ORG")]
    assert spans(with_legal_forms(text, found, "fr")) == [("Vautrin", "PER"), ("Lemarchal Industrie SAS", "ORG")]


def test_a_firm_goes_by_its_initials_in_italian() -> None:
    text = "La Trasporti Lagunari Veneti S.r.l. alza i prezzi. Il direttore della Tlv, Ugo Sala, conferma."
    found = [
        mention(text, "Trasporti Lagunari Veneti S.r.l.", "ORG"),
        mention(text, "Tlv", "MISC"),
        mention(text, "Ugo Sala", "PER"),
    ]
    assert ("Tlv", "ORG") in spans(firm_short_names(text, found, "it"))


def test_initials_need_three_capitalised_words() -> None:
    text = "La Lago Blu S.r.l. apre. Il Lb resta chiuso."
    found = [mention(text, "Lago Blu S.r.l.", "ORG")]
    assert spans(firm_short_names(text, found, "it")) == [("Lago Blu S.r.l.", "ORG")]


def test_initials_are_not_taken_outside_french_and_italian() -> None:
    text = "Die Nordsee Fähren Verkehr GmbH fährt. Die NFV teilte mit."
    found = [mention(text, "Nordsee Fähren Verkehr GmbH", "ORG")]
    assert ("NFV", "ORG") not in spans(firm_short_names(text, found, "de"))


def test_initials_that_spell_a_common_word_are_not_the_firm() -> None:
    text = "La Servizi Edili Integrati S.r.l. ha chiuso. Sei operai restano a casa."
    found = [mention(text, "Servizi Edili Integrati S.r.l.", "ORG")]
    assert spans(firm_short_names(text, found, "it")) == [("Servizi Edili Integrati S.r.l.", "ORG")]


def test_a_cooperatives_form_written_out_before_its_quoted_name_is_inside_the_span() -> None:
    text = "Сільськогосподарський виробничий кооператив «Зоря» продав зерно, а кооператив «Зоря» купив трактор."
    assert spans(with_legal_forms(text, [mention(text, "Зоря", "ORG")], "uk")) == [
        ("Сільськогосподарський виробничий кооператив «Зоря»", "ORG"),
        ("Зоря", "ORG"),
    ]
    # a lower-case kind word is no form: the name alone
    text = "Молоко здають у кооператив «Світанок» щодня."
    assert spans(with_legal_forms(text, [mention(text, "Світанок", "ORG")], "uk")) == [("Світанок", "ORG")]


def test_a_towns_communal_firm_takes_its_quotes() -> None:
    text = "Воду перевірили фахівці ХМКП «Хмельницькводоканал» та ОКП «Облтеплоенерго»."
    found = [
        mention(text, "ХМКП", "ORG"),
        mention(text, "Хмельницькводоканал", "ORG"),
        mention(text, "ОКП", "ORG"),
        mention(text, "Облтеплоенерго", "ORG"),
    ]
    assert spans(with_legal_forms(text, found, "uk")) == [
        ("ХМКП «Хмельницькводоканал»", "ORG"),
        ("ОКП «Облтеплоенерго»", "ORG"),
    ]


def test_a_regulators_acronym_ending_in_kp_takes_no_quotes() -> None:
    text = "Рішення НКРЕКП «про тарифи» оскаржили."
    found = [mention(text, "НКРЕКП", "ORG")]
    assert spans(with_legal_forms(text, found, "uk")) == [("НКРЕКП", "ORG")]


def test_an_italian_firm_with_an_elided_article_goes_by_its_name_without_the_form() -> None:
    text = "La Traghetti dell'Elba S.r.l. assume. Ieri la Traghetti dell'Elba ha firmato."
    found = [mention(text, "Traghetti dell'Elba S.r.l.", "ORG")]
    assert spans(firm_short_names(text, found, "it")) == [
        ("Traghetti dell'Elba S.r.l.", "ORG"),
        ("Traghetti dell'Elba", "ORG"),
    ]


def test_an_elided_place_alone_is_no_short_firm_name() -> None:
    text = "La Traghetti dell'Elba S.r.l. assume. Sull'Elba piove, dice l'Elba Press."
    found = [mention(text, "Traghetti dell'Elba S.r.l.", "ORG"), mention(text, "Elba", "LOC", 1)]
    got = spans(firm_short_names(text, found, "it"))
    assert ("Elba", "LOC") in got and ("Traghetti dell'Elba", "ORG") not in got


def test_an_italian_lower_case_srl_joins_the_firm() -> None:
    text = "Lo dice Anna Neri, direttrice di Pesca Adriese srl, la società del porto."
    found = [mention(text, "Anna Neri", "PER"), mention(text, "Pesca Adriese", "PER")]
    assert spans(with_legal_forms(text, found, "it")) == [("Anna Neri", "PER"), ("Pesca Adriese srl", "ORG")]


def test_a_lower_case_srl_inside_a_word_is_no_form() -> None:
    text = "Lo dice Anna Neri, direttrice di Pesca Adriese srlx, la società del porto."
    found = [mention(text, "Anna Neri", "PER"), mention(text, "Pesca Adriese", "PER")]
    assert spans(with_legal_forms(text, found, "it")) == [("Anna Neri", "PER"), ("Pesca Adriese", "PER")]


def test_a_firms_village_after_a_named_site_in_it_is_a_place() -> None:
    text = "Ashcombe Pottery Ltd is cutting jobs. Tourists still visit the Old Kiln Museum in Ashcombe each summer."
    found = [mention(text, "Ashcombe Pottery Ltd", "ORG")]
    assert spans(firm_short_names(text, found, "en")) == [("Ashcombe Pottery Ltd", "ORG"), ("Ashcombe", "LOC")]


def test_a_firms_short_name_after_a_lower_case_in_stays_the_firm() -> None:
    text = "Ashcombe Pottery Ltd is cutting jobs. Investors lost faith in Ashcombe last year."
    found = [mention(text, "Ashcombe Pottery Ltd", "ORG")]
    assert spans(firm_short_names(text, found, "en")) == [("Ashcombe Pottery Ltd", "ORG"), ("Ashcombe", "ORG")]


def test_a_hyphenated_firm_name_alone_is_the_firm() -> None:
    text = "Le carrossier Mécano-Loire est en difficulté. La société Mécano-Loire SAS emploie dix salariés."
    found = [mention(text, "Mécano-Loire", "LOC"), mention(text, "Mécano-Loire SAS", "ORG")]
    assert spans(firm_short_names(text, found, "fr")) == [("Mécano-Loire", "ORG"), ("Mécano-Loire SAS", "ORG")]


def test_a_compound_given_name_opening_a_firm_is_no_firm_alone() -> None:
    text = "Jean-Pierre a signé. La société Jean-Pierre Dubois SARL emploie dix salariés."
    found = [mention(text, "Jean-Pierre", "PER"), mention(text, "Jean-Pierre Dubois SARL", "ORG")]
    assert spans(firm_short_names(text, found, "fr")) == [("Jean-Pierre", "PER"), ("Jean-Pierre Dubois SARL", "ORG")]
