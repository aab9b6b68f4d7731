"""Polish spans run past a name's edge, and places found in one case and missed in another
(ner/polish_edges.py).  Sentences written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.polish_edges import places_declined_again, polish_span_edges, without_generic_openings


def test_a_sentences_verb_or_plural_people_noun_is_cut_off_the_body() -> None:
    text = "– Prosimy Śląski Urząd Wojewódzki o pomoc. Ratownicy Polskiego Czerwonego Krzyża dotarli."
    found = [
        mention(text, "Prosimy Śląski Urząd Wojewódzki", "ORG"),
        mention(text, "Ratownicy Polskiego Czerwonego Krzyża", "ORG"),
    ]
    assert spans(polish_span_edges(text, found, "pl")) == [
        ("Śląski Urząd Wojewódzki", "ORG"),
        ("Polskiego Czerwonego Krzyża", "ORG"),
    ]


def test_an_adjective_opening_a_body_stays_in_it() -> None:
    text = "Polski Czerwony Krzyż zbiera dary, a Urząd pyta: Dolnośląski Urząd Wojewódzki?"
    found = [mention(text, "Polski Czerwony Krzyż", "ORG"), mention(text, "Dolnośląski Urząd Wojewódzki", "ORG")]
    assert spans(polish_span_edges(text, found, "pl")) == spans(found)


def test_a_lower_case_word_after_a_place_and_a_measure_are_cut_or_dropped() -> None:
    text = "W Rabce Zdroju potok zalał drogę na odcinku 200 metrów. Gra komórkowa znikła."
    found = [
        mention(text, "Rabce Zdroju potok", "LOC"),
        mention(text, "200 metrów", "ORG"),
        mention(text, "Gra komórkowa", "LOC"),
    ]
    assert spans(polish_span_edges(text, found, "pl")) == [("Rabce Zdroju", "LOC")]


def test_a_lower_case_kind_word_opening_a_place_stays() -> None:
    text = "Zalało powiat nowotarski i województwie śląskim."
    found = [mention(text, "powiat nowotarski", "LOC"), mention(text, "województwie śląskim", "LOC")]
    assert spans(polish_span_edges(text, found, "pl")) == spans(found)


def test_a_place_in_another_case_is_the_same_place() -> None:
    text = "Woda zalała Myślenice.\n\nBurmistrz Myślenic apeluje. W Myślenicach i nad Wisłoką pada, Wisłoka rośnie."
    found = [mention(text, "Myślenice", "LOC"), mention(text, "Myślenicach", "LOC"), mention(text, "Wisłoką", "LOC")]
    assert spans(places_declined_again(text, found, "pl")) == [
        ("Myślenice", "LOC"),
        ("Myślenic", "LOC"),
        ("Myślenicach", "LOC"),
        ("Wisłoką", "LOC"),
        ("Wisłoka", "LOC"),
    ]


def test_a_common_word_or_given_name_sharing_a_stem_is_not_taken() -> None:
    text = "Spotkanie w Marku. Marek przyszedł, a Woda opadła w Wodzie."
    found = [mention(text, "Marku", "LOC"), mention(text, "Wodzie", "LOC")]
    assert spans(places_declined_again(text, found, "pl")) == spans(found)


def test_a_rare_adjective_after_a_place_stays_in_it() -> None:
    text = "Okaz: Zawójka rzeczna. Służył w brygadzie Kozaków perskich."
    found = [mention(text, "Zawójka rzeczna", "LOC"), mention(text, "Kozaków perskich", "LOC")]
    assert spans(polish_span_edges(text, found, "pl")) == [("Zawójka rzeczna", "LOC"), ("Kozaków perskich", "LOC")]


def test_a_sentence_opened_by_its_object_leaves_the_subjects_name() -> None:
    text = "Decyzję Komisja Europejska ogłosiła w maju. Koalicję Obywatelską poparło wielu. Radę Ministrów zwołano."
    found = [
        mention(text, "Decyzję Komisja Europejska", "ORG"),
        mention(text, "Koalicję Obywatelską", "ORG"),
        mention(text, "Radę Ministrów", "ORG"),
    ]
    # a name in the accusative keeps its first word ("-ę" before "-ą", a body's head before a genitive)
    assert spans(polish_span_edges(text, found, "pl")) == [
        ("Komisja Europejska", "ORG"),
        ("Koalicję Obywatelską", "ORG"),
        ("Radę Ministrów", "ORG"),
    ]


def test_a_bodys_acronym_and_a_given_name_take_the_surname_after_them_as_a_person() -> None:
    text = "Prezes PKL Małgorzata Nowak-Wrona zapowiedziała zmiany."
    found = [mention(text, "PKL Małgorzata", "ORG"), mention(text, "Nowak-Wrona", "LOC")]
    assert spans(polish_span_edges(text, found, "pl")) == [("PKL", "ORG"), ("Małgorzata Nowak-Wrona", "PER")]
    # no given name: the model's span stays
    text = "Prezes PKL Ochrona zapowiedział zmiany."
    assert spans(polish_span_edges(text, [mention(text, "PKL Ochrona", "ORG")], "pl")) == [("PKL Ochrona", "ORG")]


def test_people_before_a_street_are_cut_off_and_a_lower_case_phrase_is_no_body() -> None:
    text = (
        "Mieszkańcy ul. Lipowej protestują. Została wicemistrzynią świata juniorów w slalomie "
        "i diecezji płockiej patronką."
    )
    found = [
        mention(text, "Mieszkańcy ul. Lipowej", "ORG"),
        mention(text, "wicemistrzynią świata juniorów", "ORG"),
        mention(text, "diecezji płockiej", "ORG"),
    ]
    edged = polish_span_edges(text, found, "pl")
    assert spans(edged) == [
        ("ul. Lipowej", "ORG"),
        ("wicemistrzynią świata juniorów", "ORG"),
        ("diecezji płockiej", "ORG"),
    ]
    # the phrase goes in the article passes only (WikiANN's text-level figure labels such phrases)
    from storywire.stages.ner.polish_edges import without_lowercase_phrases

    text = "Została wicemistrzynią świata juniorów, a sądu rejonowego w Płocku nie zmieniła."
    found = [mention(text, "wicemistrzynią świata juniorów", "ORG"), mention(text, "sądu rejonowego w Płocku", "ORG")]
    assert spans(without_lowercase_phrases(found, "pl")) == [("sądu rejonowego w Płocku", "ORG")]
    assert spans(without_lowercase_phrases(found, "uk")) == spans(found)


def test_a_rarer_verb_before_a_bodys_head_noun_is_cut_off() -> None:
    text = "– Napiszemy Ministerstwo Rolnictwa o zgodę. Zapiszemy Kowalski Marek na listę."
    found = [mention(text, "Napiszemy Ministerstwo Rolnictwa", "ORG"), mention(text, "Zapiszemy Kowalski", "ORG")]
    # no head noun after the verb: the span is left as the tagger drew it
    assert spans(polish_span_edges(text, found, "pl")) == [
        ("Ministerstwo Rolnictwa", "ORG"),
        ("Zapiszemy Kowalski", "ORG"),
    ]


def test_an_inspections_plural_subject_opening_a_sentence_is_cut_off_the_body() -> None:
    text = (
        "Wyciek trwał godzinę. Kontrolerzy Regionalnej Izby Obrachunkowej w Opolu przyjechali. "
        "Analizy Wojewódzkiej Stacji Sanitarno-Epidemiologicznej w Kielcach nic nie wykazały."
    )
    found = [
        mention(text, "Kontrolerzy Regionalnej Izby Obrachunkowej w Opolu", "ORG"),
        mention(text, "Analizy Wojewódzkiej Stacji Sanitarno-Epidemiologicznej w Kielcach", "ORG"),
    ]
    assert spans(polish_span_edges(text, found, "pl")) == [
        ("Regionalnej Izby Obrachunkowej w Opolu", "ORG"),
        ("Wojewódzkiej Stacji Sanitarno-Epidemiologicznej w Kielcach", "ORG"),
    ]


def test_a_mixed_case_acronym_before_a_person_is_the_body() -> None:
    text = "Rzeczniczka GIOŚ Joanna Wrona i rzecznik KRiBH Piotr Zając potwierdzili kontrolę."
    found = [mention(text, "GIOŚ Joanna Wrona", "PER"), mention(text, "KRiBH Piotr Zając", "PER")]
    assert spans(polish_span_edges(text, found, "pl")) == [
        ("GIOŚ", "ORG"),
        ("Joanna Wrona", "PER"),
        ("KRiBH", "ORG"),
        ("Piotr Zając", "PER"),
    ]


def test_people_of_a_trade_from_a_town_leave_the_town() -> None:
    text = "Sadownicy z Grójca protestują. Eksperci z Instytutu Ogrodnictwa milczą. Sadownicy Grójca."
    found = [
        mention(text, "Sadownicy z Grójca", "ORG"),
        mention(text, "Eksperci z Instytutu Ogrodnictwa", "ORG"),
        mention(text, "Sadownicy Grójca", "ORG"),
    ]
    assert spans(polish_span_edges(text, found, "pl")) == [
        ("Grójca", "LOC"),
        ("Instytutu Ogrodnictwa", "ORG"),  # a body's head noun opens it
        ("Grójca", "ORG"),  # the older rule: the people word cut, the type kept
    ]


def test_a_common_opening_pair_or_kind_word_is_no_name() -> None:
    text = "Hodowcy: „Ta decyzja nas dobije”. Tartak, który działa od lat, zwalnia. Inne tartaki też. Tartak Nowy Las."
    found = [
        mention(text, "Ta decyzja", "ORG"),
        mention(text, "Tartak", "LOC"),
        mention(text, "Tartak Nowy Las", "ORG"),
    ]
    assert spans(without_generic_openings(text, found, "pl")) == [("Tartak Nowy Las", "ORG")]


def test_an_opening_word_without_its_lower_case_use_or_after_a_colon_stays() -> None:
    text = "Gniezno świętuje. Dane z województw: Lubuski (4), a lubuski sejmik milczy. Orlen tnie ceny."
    found = [mention(text, "Gniezno", "LOC"), mention(text, "Lubuski", "LOC"), mention(text, "Orlen tnie", "ORG")]
    assert spans(without_generic_openings(text, found, "pl")) == [
        ("Gniezno", "LOC"),
        ("Lubuski", "LOC"),
        ("Orlen tnie", "ORG"),  # "Orlen" is no word as common as a pronoun
    ]


def test_a_verb_of_saying_opening_a_sentence_before_ze_is_no_place() -> None:
    text = "Radny milczy. Uważa, że ceny wzrosną. Kraków, że tak powiem, czeka."
    found = [mention(text, "Uważa", "LOC"), mention(text, "Kraków", "LOC")]
    assert spans(without_generic_openings(text, found, "pl")) == [("Kraków", "LOC")]


def test_a_pronoun_opening_a_dashs_speech_is_no_name() -> None:
    text = "Załoga czeka. – Każdy z nas się boi – mówi. Wszyscy milczą. Gdańsk też czeka."
    found = [mention(text, "Każdy", "ORG"), mention(text, "Wszyscy", "LOC"), mention(text, "Gdańsk", "LOC")]
    assert spans(without_generic_openings(text, found, "pl")) == [("Gdańsk", "LOC")]


def test_an_opening_kind_word_written_lower_case_in_another_case_is_no_place() -> None:
    text = "Gmina kupiła przystań. – Przystań to serce miasta. W przystani stoją łodzie."
    assert without_generic_openings(text, [mention(text, "Przystań", "LOC")], "pl") == []
    text = "Miasto kupiło jacht. – Tczew to serce regionu. Tczewa nikt nie zna."
    assert spans(without_generic_openings(text, [mention(text, "Tczew", "LOC")], "pl")) == [("Tczew", "LOC")]


def test_a_countrys_adjective_in_lower_case_makes_no_opening_place() -> None:
    text = "Rząd milczy. – Słowacja to nasz partner. Firma słowacka kupiła port."
    found = [mention(text, "Słowacja", "LOC")]
    assert spans(without_generic_openings(text, found, "pl")) == [("Słowacja", "LOC")]
