"""Backend-independent span repairs (ner/boundaries.py) and the Latin-script run edges of
the rule backend (ner/rules.py): particles, elided articles and compounds, digits, demonyms.

Sentences are written for these tests; mentions stand in for what a model returned.
"""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.boundaries import repair
from storywire.stages.ner.rules import rule_mentions


def test_first_half_of_an_elided_compound_is_no_name() -> None:
    text = "Die Landes- und Bundesbehörden sowie Polens Wirtschafts- und Finanzminister kamen."
    got = repair(text, [mention(text, "Landes", "PER"), mention(text, "Polens Wirtschafts", "ORG")], "de")
    assert spans(got) == [("Polens", "ORG")]


def test_codes_and_demonyms_are_not_people() -> None:
    text = "The G20 summit met in the Brazilian city, where Kenyans and Hungarians protested."
    got = repair(
        text,
        [
            mention(text, "G20", "PER"),
            mention(text, "Brazilian", "PER"),
            mention(text, "Kenyans", "PER"),
            mention(text, "Hungarians", "PER"),
        ],
        "en",
    )
    assert {t for _, t in spans(got)} == {"MISC"}
    text = "Minister Ana Brasiliano met Mr Chinn in the capital."
    got = repair(text, [mention(text, "Brasiliano", "PER"), mention(text, "Chinn", "PER")], "en")
    assert {t for _, t in spans(got)} == {"PER"}  # not a demonym ending on a country's name


def test_rules_elided_article_is_not_a_name() -> None:
    got = {(m.text, m.type) for m in rule_mentions("«L'Italia farà la sua parte», ha detto Tajani a Roma.", "it")}
    assert not any(t.startswith("L'") for t, _ in got)
    assert ("Italia", "LOC") in got


def test_rules_several_particles_inside_a_name() -> None:
    got = {(m.text, m.type) for m in rule_mentions("Il ministro Jan van der Berg ha incontrato i colleghi.", "it")}
    assert ("Jan van der Berg", "PER") in got


def test_a_lower_case_article_is_no_part_of_the_name() -> None:
    text = "Officials in the United States spoke to la Chine, l’OTAN and dell'Ucraina."
    got = repair(text, [mention(text, "the United States", "LOC")], "en")
    assert spans(got) == [("United States", "LOC")]
    assert (got[0].start, got[0].end) == (text.index("United"), text.index(" spoke"))
    assert spans(repair(text, [mention(text, "la Chine", "LOC"), mention(text, "l’OTAN", "ORG")], "fr")) == [
        ("Chine", "LOC"),
        ("OTAN", "ORG"),
    ]
    assert spans(repair(text, [mention(text, "dell'Ucraina", "LOC")], "it")) == [("Ucraina", "LOC")]


def test_a_capitalised_article_belongs_to_the_name() -> None:
    text = "Talks in The Hague, reported by Le Monde, moved to Los Angeles."
    found = [mention(text, "The Hague", "LOC"), mention(text, "Le Monde", "ORG"), mention(text, "Los Angeles", "LOC")]
    assert spans(repair(text, found, "en")) == [("The Hague", "LOC"), ("Le Monde", "ORG"), ("Los Angeles", "LOC")]


def test_a_span_opened_by_a_common_word_is_cut_to_the_name_or_dropped_when_it_is_an_office() -> None:
    text = "Le voyage de Shoigu inquiète le ministre de la Défense et le ministre chinois des Affaires."
    found = [
        mention(text, "voyage de Shoigu", "LOC"),
        mention(text, "ministre de la Défense", "ORG"),
        mention(text, "ministre chinois des Affaires", "ORG"),
    ]
    assert spans(repair(text, found, "fr")) == [("Shoigu", "LOC")]
    text = "Ils ont parlé des négociations."
    assert repair(text, [mention(text, "négociations", "MISC")], "fr") == []


def test_lower_case_words_inside_names_stay_where_names_hold_them() -> None:
    # particles open names; German writes a team's adjective in lower case inside its name
    # (a state body's country adjective stays outside: the linker reads it there); Polish
    # administrative names open with a lower-case "powiat"/"gmina"
    text = (
        "Then van Gogh, the chinesischen Außenministeriums, the niederländische Nationalmannschaft, "
        "the gmina Wiśniew."
    )
    assert spans(repair(text, [mention(text, "van Gogh", "PER")], "en")) == [("van Gogh", "PER")]
    found = [
        mention(text, "chinesischen Außenministeriums", "ORG"),
        mention(text, "niederländische Nationalmannschaft", "ORG"),
    ]
    assert spans(repair(text, found, "de")) == [
        ("Außenministeriums", "ORG"),
        ("niederländische Nationalmannschaft", "ORG"),
    ]
    assert spans(repair(text, [mention(text, "gmina Wiśniew", "LOC")], "pl")) == [("gmina Wiśniew", "LOC")]


def test_a_slavic_name_ending_in_an_adjective_runs_on_to_its_noun() -> None:
    text = "Генсек Комуністичної партії Китаю і голова Військово-промислової комісії Росії."
    found = [mention(text, "Комуністичної", "MISC"), mention(text, "Військово-промислової", "ORG")]
    assert spans(repair(text, found, "uk")) == [
        ("Комуністичної партії", "ORG"),
        ("Військово-промислової комісії", "ORG"),
    ]
    text = "Українська сторона заявила, а Зеленського заява прозвучала пізніше."
    # a person is never extended, and a noun the adjective does not agree with stays out
    found = [mention(text, "Зеленського", "PER")]
    assert spans(repair(text, found, "uk")) == [("Зеленського", "PER")]


def test_a_german_noun_after_a_determiner_is_no_person() -> None:
    text = "Es war sein zweiter Besuch. Dieser Besuch fand statt, wie Merkel sagte, und der Kanzler Scholz."
    found = [
        mention(text, "Besuch", "PER"),
        mention(text, "Besuch", "PER", nth=1),
        mention(text, "Merkel", "PER"),
        mention(text, "Scholz", "PER"),
    ]
    assert spans(repair(text, found, "de")) == [("Merkel", "PER"), ("Scholz", "PER")]


def test_a_catalogue_name_is_one_person_and_a_list_of_surnames_stays_a_list() -> None:
    text = "Нагибин, Владимир Владимирович — советский писатель."
    assert spans(repair(text, [mention(text, "Владимир Владимирович", "PER")], "ru")) == [
        ("Нагибин, Владимир Владимирович", "PER")
    ]
    text = "перенаправление Нерсесьян , Павел Тигранович"
    found = [mention(text, "Нерсесьян", "PER"), mention(text, "Павел Тигранович", "PER")]
    assert spans(repair(text, found, "ru")) == [("Нерсесьян , Павел Тигранович", "PER")]
    text = "Путин, Медведев и Шойгу обсудили план."
    found = [mention(text, "Путин", "PER"), mention(text, "Медведев", "PER"), mention(text, "Шойгу", "PER")]
    assert spans(repair(text, found, "ru")) == [("Путин", "PER"), ("Медведев", "PER"), ("Шойгу", "PER")]
    text = "Встречу провели Лавров, Сергей Шойгу и Песков."
    found = [mention(text, "Лавров", "PER"), mention(text, "Сергей Шойгу", "PER"), mention(text, "Песков", "PER")]
    assert spans(repair(text, found, "ru")) == [("Лавров", "PER"), ("Сергей Шойгу", "PER"), ("Песков", "PER")]


def test_a_national_team_named_by_its_country_is_a_team() -> None:
    text = "Сборная Франции обыграла сборную России, а Франция ликует."
    found = [mention(text, "Франции", "LOC"), mention(text, "России", "LOC"), mention(text, "Франция", "LOC")]
    assert spans(repair(text, found, "ru")) == [
        ("Сборная Франции", "ORG"),
        ("сборную России", "ORG"),
        ("Франция", "LOC"),
    ]


def test_a_german_adjective_and_a_common_noun_are_no_organisation() -> None:
    text = (
        "Der Sekretär des russischen Sicherheitsrats sprach von der europäischen Wirtschaft"
        " und der ukrainische Nationalmannschaft."
    )
    found = [
        mention(text, "russischen Sicherheitsrats", "ORG"),
        mention(text, "europäischen Wirtschaft", "ORG"),
        mention(text, "ukrainische Nationalmannschaft", "ORG"),
    ]
    assert spans(repair(text, found, "de")) == [
        ("Sicherheitsrats", "ORG"),  # the country's adjective stays outside a state body
        ("ukrainische Nationalmannschaft", "ORG"),
    ]


def test_a_german_description_before_a_name_is_cut_off() -> None:
    text = (
        "Die russische Nachrichtenagentur TASS meldete, der Sekretär des russischen"
        " Sicherheitsrates sei in der östlichen Ukraine und der römischen Provinz gewesen."
    )
    found = [
        mention(text, "russische Nachrichtenagentur TASS", "ORG"),
        mention(text, "russischen Sicherheitsrates", "LOC"),
        mention(text, "östlichen Ukraine", "LOC"),
        mention(text, "römischen Provinz", "LOC"),
    ]
    assert spans(repair(text, found, "de")) == [
        ("TASS", "ORG"),  # the agency is its acronym
        ("Sicherheitsrates", "ORG"),  # a body, whatever type the tagger gave it
        ("Ukraine", "LOC"),
        ("römischen Provinz", "LOC"),  # no known place after the adjective: left as it is
    ]


def test_a_lone_office_is_no_name_and_a_german_body_is_an_organisation() -> None:
    text = "Der Präsident sprach im Kanzleramt mit dem Sicherheitsrat."
    found = [
        mention(text, "Präsident", "ORG"),
        mention(text, "Kanzleramt", "LOC"),
        mention(text, "Sicherheitsrat", "LOC"),
    ]
    assert spans(repair(text, found, "de")) == [("Kanzleramt", "ORG"), ("Sicherheitsrat", "ORG")]


def test_the_eu_is_a_body_and_a_chinese_name_keeps_no_full_stop() -> None:
    text = "Шойгу встретился с Ван И. Затем ЕС и представители Евросоюза приехали."
    found = [mention(text, "Ван И.", "PER"), mention(text, "ЕС", "LOC"), mention(text, "Евросоюза", "LOC")]
    assert spans(repair(text, found, "ru")) == [("Ван И", "PER"), ("ЕС", "ORG"), ("Евросоюза", "ORG")]
    text = "A letter from J. Smith."
    assert spans(repair(text, [mention(text, "J. Smith.", "PER")], "en")) == [("J. Smith.", "PER")]


def test_a_language_is_no_organisation_or_place() -> None:
    text = "Die Erklärung erschien auf Englisch und auf Russisch in Alabama."
    found = [mention(text, "Englisch", "ORG"), mention(text, "Russisch", "LOC"), mention(text, "Alabama", "LOC")]
    assert spans(repair(text, found, "de")) == [("Englisch", "MISC"), ("Russisch", "MISC"), ("Alabama", "LOC")]


def test_an_organisation_or_place_does_not_end_in_a_preposition() -> None:
    text = "Le secrétaire du Conseil de sécurité de la Fédération de Russie est arrivé."
    got = repair(text, [mention(text, "Conseil de sécurité de la", "ORG")], "fr")
    assert spans(got) == [("Conseil de sécurité", "ORG")]
    text = "Banco de España"
    assert spans(repair(text, [mention(text, "Banco de España", "ORG")], "es")) == [("Banco de España", "ORG")]


def test_a_month_after_a_preposition_is_no_part_of_a_body() -> None:
    text = "Les dirigeants en parleront au Conseil européen de mars."
    got = repair(text, [mention(text, "Conseil européen de mars", "ORG")], "fr")
    assert spans(got) == [("Conseil européen", "ORG")]


def test_a_month_or_a_generic_territory_word_alone_is_no_name() -> None:
    text = "Im Mai bebte die Provinz erneut, Berlin schickte Hilfe."
    found = [mention(text, "Mai", "LOC"), mention(text, "Provinz", "LOC"), mention(text, "Berlin", "LOC")]
    assert spans(repair(text, found, "de")) == [("Berlin", "LOC")]


def test_a_very_common_sentence_opening_word_is_cut_from_a_person() -> None:
    text = "Para Gadafi, la guerra continúa. Juan Carlos habla con María Corina Machado."
    got = repair(text, [mention(text, "Para Gadafi", "PER"), mention(text, "Juan Carlos", "PER")], "es")
    assert spans(got) == [("Gadafi", "PER"), ("Juan Carlos", "PER")]  # "Juan" is a name, not a common word
    assert text[got[0].start : got[0].end] == "Gadafi"
    mid = "Dijo que Para Gadafi es un libro."  # not at a sentence's start: left as it is
    assert spans(repair(mid, [mention(mid, "Para Gadafi", "PER")], "es")) == [("Para Gadafi", "PER")]
    article = "Al Pacino fue elegido. La Mona Jiménez cantó."  # articles open names
    kept = repair(article, [mention(article, "Al Pacino", "PER"), mention(article, "La Mona Jiménez", "PER")], "es")
    assert spans(kept) == [("Al Pacino", "PER"), ("La Mona Jiménez", "PER")]
    english = "Will Smith arrived."
    assert spans(repair(english, [mention(english, "Will Smith", "PER")], "en")) == [("Will Smith", "PER")]


def test_a_kind_of_body_named_alone_is_no_name() -> None:
    text = "Die Polizei in Köln und die Regierung in Berlin schwiegen; die Bundespolizei ermittelt."
    found = [mention(text, "Polizei", "ORG"), mention(text, "Köln", "LOC"), mention(text, "Regierung", "ORG")]
    assert spans(repair(text, found, "de")) == [("Köln", "LOC")]
    text = "Les médias d’État russes et le gouvernement de Paris l'ont dit."
    found = [mention(text, "État", "LOC"), mention(text, "gouvernement", "ORG"), mention(text, "Paris", "LOC")]
    assert spans(repair(text, found, "fr")) == [("Paris", "LOC")]
    text = "El Gobierno de España aprobó el plan."  # a body with its country is kept
    assert spans(repair(text, [mention(text, "Gobierno de España", "ORG")], "es")) == [("Gobierno de España", "ORG")]


def test_a_peers_ordinal_keeps_the_person_and_a_date_is_no_name() -> None:
    text = "John Howard, 1st Duke of Norfolk, met William Jowitt, 1. Earl Jowitt, on the Sojus MS-25."
    found = [
        mention(text, "John Howard, 1st Duke of Norfolk", "PER"),
        mention(text, "William Jowitt, 1. Earl Jowitt", "PER"),
        mention(text, "Sojus MS-25", "PER"),
    ]
    assert spans(repair(text, found, "en")) == [
        ("John Howard, 1st Duke of Norfolk", "PER"),
        ("William Jowitt, 1. Earl Jowitt", "PER"),
        ("Sojus MS-25", "MISC"),
    ]
    text = "Seit dem 24. Februar 2022 und dem Attentat vom 20. Juli 1944 wissen wir es."
    found = [mention(text, "24. Februar 2022", "ORG"), mention(text, "Attentat vom 20. Juli 1944", "ORG")]
    assert spans(repair(text, found, "de")) == [("Attentat vom 20. Juli 1944", "ORG")]
