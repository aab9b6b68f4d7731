"""An acronym in brackets after a name is a mention of its own (ner/brackets.py)."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.brackets import (
    bodies_before_acronyms,
    body_acronyms,
    institutes_with_academies,
    split_bracketed_acronyms,
)


def test_a_bracketed_acronym_is_cut_off_as_an_organisation() -> None:
    text = "Управление Турции (AFAD) и делегация США (USA) прибыли."
    found = [mention(text, "Турции (AFAD)", "LOC"), mention(text, "США (USA)", "LOC")]
    assert spans(split_bracketed_acronyms(found, "ru")) == [
        ("Турции", "LOC"),
        ("AFAD", "ORG"),
        ("США", "LOC"),
        ("USA", "LOC"),  # a major place's short name stays a place
    ]


def test_a_page_titles_disambiguator_stays() -> None:
    text = "Yerba Buena ( band ) and Provo (Utah) played."
    found = [mention(text, "Yerba Buena ( band )", "ORG"), mention(text, "Provo (Utah)", "LOC")]
    assert spans(split_bracketed_acronyms(found, "en")) == [("Yerba Buena ( band )", "ORG"), ("Provo (Utah)", "LOC")]


def test_a_bodys_acronym_in_brackets_and_its_initials_are_the_body_all_over_the_text() -> None:
    from storywire.stages.ner.brackets import body_acronyms

    text = "The Social Democratic Party (SPD) met the Instytut Badań Rynkowych i Społecznych. IBRS and SPD agreed."
    body = "Instytut Badań Rynkowych i Społecznych"
    found = [mention(text, "Social Democratic Party", "ORG"), mention(text, body, "ORG")]
    assert spans(body_acronyms(text, found, "en")) == [
        ("Social Democratic Party", "ORG"),
        ("SPD", "ORG"),  # in brackets right after the body
        (body, "ORG"),
        ("IBRS", "ORG"),  # its initials, alone later on
        ("SPD", "ORG"),  # the bracket's acronym, alone later on
    ]


def test_no_body_no_acronym_and_a_major_place_acronym_stays() -> None:
    from storywire.stages.ner.brackets import body_acronyms

    text = "The United States Army (USA) and NATO."
    found = [mention(text, "United States Army", "ORG"), mention(text, "NATO", "ORG")]
    assert spans(body_acronyms(text, found, "en")) == spans(found)  # "USA" is a country's short name
    assert body_acronyms("IBRS said.", [], "en") == []


def test_mixed_case_acronyms_and_a_persons_party_in_brackets() -> None:
    from storywire.stages.ner.brackets import body_acronyms

    text = "Die Bundesanstalt für Wasserbau (BaWa) und Anna Berger (CDU) sowie Verband der Maler (Vdm)."
    found = [
        mention(text, "Bundesanstalt für Wasserbau", "ORG"),
        mention(text, "Anna Berger", "PER"),
        mention(text, "Verband der Maler", "ORG"),
    ]
    assert spans(body_acronyms(text, found, "de")) == [
        ("Bundesanstalt für Wasserbau", "ORG"),
        ("BaWa", "ORG"),  # two capitals
        ("Anna Berger", "PER"),
        ("CDU", "ORG"),  # a person's party
        ("Verband der Maler", "ORG"),
        ("Vdm", "ORG"),  # one capital after a name of three words
    ]
    text = "Sesto San Giovanni (Milano) e Anna Berger (Roma)."
    found = [mention(text, "Sesto San Giovanni", "ORG"), mention(text, "Anna Berger", "PER")]
    assert spans(body_acronyms(text, found, "it")) == spans(found)  # a town in brackets is no acronym


def test_a_person_and_the_party_read_as_one_body_are_split() -> None:
    text = "Später erklärte Stephan Weil (SPD), er habe recht."
    found = [mention(text, "Stephan Weil (SPD)", "ORG")]
    assert spans(split_bracketed_acronyms(found, "de")) == [("Stephan Weil", "PER"), ("SPD", "ORG")]


def test_a_bodys_acronym_a_model_typed_as_a_place_is_the_body() -> None:
    from storywire.stages.ner.brackets import body_acronyms

    text = "L'Université de Haute-Alsace (UHA) recrute. À l'UHA, les cours reprennent."
    found = [
        mention(text, "Université de Haute-Alsace", "ORG"),
        mention(text, "UHA", "LOC"),
        mention(text, "UHA", "LOC", nth=1),
    ]
    assert spans(body_acronyms(text, found, "fr")) == [
        ("Université de Haute-Alsace", "ORG"),
        ("UHA", "ORG"),
        ("UHA", "ORG"),
    ]


def test_an_acronym_of_a_names_initials_in_mixed_case() -> None:
    from storywire.stages.ner.brackets import body_acronyms

    text = "Il Movimento Civico (Mc) e il Partito sardo (Ps) hanno vinto."
    found = [mention(text, "Movimento Civico", "ORG"), mention(text, "Partito sardo", "ORG")]
    assert ("Mc", "ORG") in spans(body_acronyms(text, found, "it"))
    assert ("Ps", "ORG") in spans(body_acronyms(text, found, "it"))


def test_a_contracted_name_in_brackets_is_the_bodys_short_name() -> None:
    text = "Федеральное агентство по рыболовству (Росрыболовство) сообщило."
    found = [mention(text, "Федеральное агентство по рыболовству (Росрыболовство)", "ORG")]
    assert spans(split_bracketed_acronyms(found, "ru")) == [
        ("Федеральное агентство по рыболовству", "ORG"),
        ("Росрыболовство", "ORG"),
    ]


def test_a_body_spelled_out_before_its_acronym_is_one_organisation() -> None:
    text = "Members of the Scottish Rugby Players' Union (SRPU) voted, and the Comité Local de Vecinos (CLV) met."
    assert spans(bodies_before_acronyms(text, [], "en")) == [
        ("Scottish Rugby Players' Union", "ORG"),
        ("Comité Local de Vecinos", "ORG"),
    ]
    text = "Критику висловила Всеукраїнська асоціація тренерів (ВАТ) у заяві."
    assert spans(bodies_before_acronyms(text, [], "uk")) == [("Всеукраїнська асоціація тренерів", "ORG")]
    text = "Protesta l'Unione nazionale consumatori (Unc) di Roma."
    assert spans(bodies_before_acronyms(text, [], "it")) == [("Unione nazionale consumatori", "ORG")]


def test_a_state_body_spelled_out_with_its_country_gives_the_body_the_country_and_the_acronym() -> None:
    text = "Дані Державної служби статистики України (ДССУ) і Банку Росії (БР)."
    assert spans(bodies_before_acronyms(text, [], "uk")) == [
        ("Державної служби статистики", "ORG"),
        ("України", "LOC"),
        ("ДССУ", "ORG"),
        ("Банку Росії", "ORG"),
    ]


def test_a_models_wrong_type_gives_way_but_a_span_across_the_edge_stays() -> None:
    text = "El Comité Técnico de Jueces (CTJ) sancionó al club."
    found = [mention(text, "Comité Técnico de Jueces", "PER")]
    assert spans(bodies_before_acronyms(text, found, "es")) == [("Comité Técnico de Jueces", "ORG")]
    text = "Said Lord Peter Smith (PS) at lunch."  # initials that a person's name spells too
    found = [mention(text, "Lord Peter Smith", "PER")]
    assert spans(bodies_before_acronyms(text, found, "en")) == [("Lord Peter Smith", "PER")]


def test_a_person_whose_initials_the_bracket_spells_stays_a_person() -> None:
    text = "Yesterday Pierre Salat (PS) spoke."
    found = [mention(text, "Pierre Salat", "PER")]
    assert spans(bodies_before_acronyms(text, found, "fr")) == [("Pierre Salat", "PER")]


def test_a_country_spelled_out_before_its_acronym_stays_a_place() -> None:
    text = "Depuis que la République démocratique du Congo (RDC) a instauré des quotas."
    found = [mention(text, "République démocratique du Congo", "LOC")]
    assert spans(bodies_before_acronyms(text, found, "fr")) == [("République démocratique du Congo", "LOC")]


def test_an_institutes_acronym_with_its_academys_and_the_academy_after_its_name() -> None:
    text = "Данные дал Институт прикладной физики РАН (ИПФ РАН). Директор ИПФ сказал."
    found = [mention(text, "Институт прикладной физики РАН", "ORG"), mention(text, "ИПФ", "LOC", 1)]
    got = spans(body_acronyms(text, found, "ru"))
    assert ("ИПФ РАН", "ORG") in got and ("ИПФ", "ORG") in got
    text = "вместе с Институтом геологии СО РАН и Instytut Geofizyki PAN."
    found = [
        mention(text, "Институтом геологии", "ORG"),
        mention(text, "СО РАН", "ORG"),
        mention(text, "Instytut Geofizyki", "ORG"),
    ]
    assert spans(institutes_with_academies(text, found)) == [
        ("Институтом геологии СО РАН", "ORG"),
        ("Instytut Geofizyki PAN", "ORG"),
    ]


def test_a_town_with_its_province_and_a_datelines_agency_are_two_names() -> None:
    from storywire.stages.ner.brackets import split_bracket_pairs

    text = "Detenidos en Algeciras (Cádiz). Rukla (dpa) - Die Übung."
    found = [mention(text, "Algeciras (Cádiz)", "LOC"), mention(text, "Rukla (dpa)", "LOC")]
    assert spans(split_bracket_pairs(found, "es")) == [
        ("Algeciras", "LOC"),
        ("Cádiz", "LOC"),
        ("Rukla", "LOC"),
        ("dpa", "ORG"),
    ]


def test_a_body_its_acronym_and_its_parent_are_three() -> None:
    from storywire.stages.ner.brackets import split_bracket_pairs

    text = "Agentes de la Unidad Central Operativa (UCO) de la Guardia Civil y de Provo (Utah band)."
    found = [
        mention(text, "Unidad Central Operativa (UCO) de la Guardia Civil", "ORG"),
        mention(text, "Provo (Utah band)", "LOC"),
    ]
    assert spans(split_bracket_pairs(found, "es")) == [
        ("Unidad Central Operativa", "ORG"),
        ("UCO", "ORG"),
        ("Guardia Civil", "ORG"),
        ("Provo (Utah band)", "LOC"),
    ]


def test_a_polish_acronym_with_a_diacritic_in_brackets_is_the_bodys_everywhere() -> None:
    text = "Skargę złożono w Okręgowej Dyrekcji Ochrony Wód (ODOŚ). ODOŚ odpowie w marcu."
    found = [mention(text, "Okręgowej Dyrekcji Ochrony Wód", "ORG")]
    assert spans(body_acronyms(text, found, "pl")) == [
        ("Okręgowej Dyrekcji Ochrony Wód", "ORG"),
        ("ODOŚ", "ORG"),
        ("ODOŚ", "ORG"),
    ]


def test_joining_words_may_give_a_letter_or_none_and_a_mixed_case_acronym_may_skip_its_small_letters() -> None:
    text = "Le Bureau d'enquêtes sur les accidents de transport terrestre (BEA-TT) a publié son rapport."
    found = [mention(text, "Bureau d'enquêtes", "ORG")]
    assert spans(bodies_before_acronyms(text, found, "fr")) == [
        ("Bureau d'enquêtes sur les accidents de transport terrestre", "ORG")
    ]
    text = "Selon l'Office national des combattants et des victimes de guerre (ONaCVG), tout va bien."
    found = [mention(text, "Office national des combattants", "ORG")]
    assert spans(bodies_before_acronyms(text, found, "fr")) == [
        ("Office national des combattants et des victimes de guerre", "ORG")
    ]
    text = (
        "El Instituto Nacional de Estadística y Censos (INDEC) y el Instituto Nacional de Seguridad y Salud en el "
        "Trabajo (INSST)."
    )
    assert spans(bodies_before_acronyms(text, [], "es")) == [
        ("Instituto Nacional de Estadística y Censos", "ORG"),
        ("Instituto Nacional de Seguridad y Salud en el Trabajo", "ORG"),
    ]
    text = "A spokesman for the Department of Education (DoE) said so."
    assert spans(bodies_before_acronyms(text, [], "en")) == [("Department of Education", "ORG")]
    text = "They track the Sustainable Development Goals (SDGs) closely."  # a plural: things, not a body
    assert bodies_before_acronyms(text, [], "en") == []


def test_an_acronym_spells_only_the_body_right_before_it() -> None:
    # "et" joins two bodies: the acronym's letters do not reach the first
    text = "L'Agence nationale de la santé et la préfecture (ANS) ont répondu."
    found = [mention(text, "Agence nationale de la santé", "ORG")]
    assert bodies_before_acronyms(text, found, "fr") == found
    text = "La Universidad de Sevilla y el Instituto Nacional de Técnica Aeroespacial (INTA) firmaron."
    found = [mention(text, "Universidad de Sevilla", "ORG")]
    assert spans(bodies_before_acronyms(text, found, "es")) == [
        ("Universidad de Sevilla", "ORG"),
        ("Instituto Nacional de Técnica Aeroespacial", "ORG"),
    ]
    # a syllabic acronym vouches for nothing, nor does an Italian-style one for a single word
    text = "El Servicio Nacional de Sanidad y Calidad Agroalimentaria (SENASA) informó, como Roma (Rai)."
    found = [mention(text, "Servicio Nacional de Sanidad", "ORG"), mention(text, "Roma", "LOC")]
    assert bodies_before_acronyms(text, found, "es") == found


def test_a_polish_local_bodys_acronym_leaves_its_seat_out() -> None:
    text = "Miejskie Przedsiębiorstwo Wodociągów w Lesznie podnosi ceny. Prezes MPW milczy, a MPWL nie istnieje."
    found = [mention(text, "Miejskie Przedsiębiorstwo Wodociągów w Lesznie", "ORG")]
    assert ("MPW", "ORG") in spans(body_acronyms(text, found, "pl"))
    assert ("MPW", "ORG") not in spans(body_acronyms(text, found, "de"))


def test_a_french_body_with_its_widened_remit_before_its_acronym_is_one_name() -> None:
    text = "Les chiffres du Conseil national du livre et de la lecture publique (CNL) sont parus."
    found = [mention(text, "Conseil national du livre", "ORG"), mention(text, "CNL", "ORG")]
    assert spans(bodies_before_acronyms(text, found, "fr")) == [
        ("Conseil national du livre et de la lecture publique", "ORG"),
        ("CNL", "ORG"),
    ]


def test_a_remit_after_a_body_whose_initials_miss_the_acronym_stays() -> None:
    text = "Les chiffres du Conseil national du livre et de la lecture publique (ADL) sont parus."
    found = [mention(text, "Conseil national du livre", "ORG"), mention(text, "ADL", "ORG")]
    assert bodies_before_acronyms(text, found, "fr") == found


def test_an_italian_body_joined_by_dei_spells_its_acronym_without_it() -> None:
    text = "Lo dice il Consorzio Tutela Formaggi dei Monti Lessini (Ctfml), che riunisce i caseifici."
    found = [mention(text, "Monti Lessini", "LOC")]
    assert spans(bodies_before_acronyms(text, found, "it")) == [("Consorzio Tutela Formaggi dei Monti Lessini", "ORG")]


def test_a_place_after_dei_before_a_province_code_is_no_body() -> None:
    text = "Hanno visitato i Colli dei Monti Lessini (VR) ieri."
    found = [mention(text, "Monti Lessini", "LOC")]
    assert spans(bodies_before_acronyms(text, found, "it")) == [("Monti Lessini", "LOC")]
