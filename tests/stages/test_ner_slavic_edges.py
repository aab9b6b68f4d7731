"""Bylines' newspapers, national branches, titles before acronyms and a ministry's second field in
Russian and Ukrainian (ner/slavic_edges.py).  Sentences written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.slavic_edges import slavic_edges


def test_a_bylines_quoted_title_is_a_newspaper_a_quote_in_a_sentence_is_not() -> None:
    text = "Суд отложил заседание. Адвокат назвал это «вечным ожиданием».\n\nОльга Смирнова, «Губерния вчера»"
    found = [mention(text, "Ольга Смирнова", "PER")]
    assert spans(slavic_edges(text, found, "ru")) == [("Ольга Смирнова", "PER"), ("Губерния вчера", "ORG")]


def test_a_latin_body_and_a_country_in_the_nominative_are_its_branch_a_genitive_is_not() -> None:
    text = "Звіт Human Rights Watch Україна вийшов. Представники Human Rights Watch України мовчать."
    found = [
        mention(text, "Human Rights Watch", "ORG"),
        mention(text, "Human Rights Watch", "ORG", 1),
        mention(text, "України", "LOC"),
    ]
    assert spans(slavic_edges(text, found, "uk")) == [
        ("Human Rights Watch Україна", "ORG"),
        ("Human Rights Watch", "ORG"),
        ("України", "LOC"),
    ]


def test_a_title_before_an_acronym_is_cut_a_persons_name_is_not() -> None:
    text = "Вице-президент РАН и Замдиректора ФИАН выступили, Директор Петров молчал."
    found = [
        mention(text, "Вице-президент РАН", "ORG"),
        mention(text, "Замдиректора ФИАН", "PER"),
        mention(text, "Директор Петров", "PER"),
    ]
    assert spans(slavic_edges(text, found, "ru")) == [("РАН", "ORG"), ("ФИАН", "ORG"), ("Директор Петров", "PER")]
    text = "Посол США встретился с министром."
    assert spans(slavic_edges(text, [mention(text, "Посол США", "PER")], "ru")) == [("США", "LOC")]


def test_a_ministrys_second_field_with_an_adjective_joins_other_bodies_do_not() -> None:
    text = (
        "Письмо ушло в Министерство культуры и массовых коммуникаций, а также Министерство обороны и других ведомств."
    )
    found = [mention(text, "Министерство культуры", "ORG"), mention(text, "Министерство обороны", "ORG")]
    assert spans(slavic_edges(text, found, "ru")) == [
        ("Министерство культуры и массовых коммуникаций", "ORG"),
        ("Министерство обороны", "ORG"),
    ]


def test_a_lifesaving_society_ends_in_on_the_waters() -> None:
    text = "Курси веде Одеське товариство рятування на водах. В Общества спасения на водах ответили."
    found = [
        mention(text, "Одеське товариство рятування", "ORG"),
        mention(text, "Общества спасения", "ORG"),
    ]
    assert spans(slavic_edges(text, found, "uk")) == [
        ("Одеське товариство рятування на водах", "ORG"),
        ("Общества спасения на водах", "ORG"),
    ]


def test_a_lower_case_phrase_is_no_body_unless_it_holds_a_kind_word() -> None:
    text = "Врачи нашли кожную сыпь, жильцы подали групповой иск, решение принял районный суд."
    found = [
        mention(text, "кожную сыпь", "ORG"),
        mention(text, "групповой иск", "ORG"),
        mention(text, "районный суд", "ORG"),
    ]
    assert spans(slavic_edges(text, found, "ru")) == [("районный суд", "ORG")]


def test_a_plural_common_noun_opening_a_sentence_is_no_person() -> None:
    text = "Цены выросли. Покупатели тоже недовольны. Петровы уехали."
    found = [mention(text, "Покупатели", "PER"), mention(text, "Петровы", "PER")]
    assert spans(slavic_edges(text, found, "ru")) == [("Петровы", "PER")]


def test_a_plural_body_opening_a_sentence_is_no_body_where_the_article_writes_it_in_lower_case() -> None:
    text = "Библиотеки закрылись, а музеи работают. Музеи, однако, сокращают часы. Известия молчат."
    found = [mention(text, "Музеи", "ORG"), mention(text, "Известия", "ORG")]
    assert spans(slavic_edges(text, found, "ru")) == [("Известия", "ORG")]


def test_a_card_named_by_its_adjective_is_a_scheme_a_place_is_not() -> None:
    text = "Билеты продают по «Студенческой карте», а касса стоит на Садовой улице."
    found = [mention(text, "Студенческой карте", "LOC"), mention(text, "Садовой улице", "LOC")]
    assert spans(slavic_edges(text, found, "ru")) == [("Садовой улице", "LOC")]


def test_a_headline_typed_whole_as_a_body_is_no_name_but_a_long_body_in_a_line_is() -> None:
    text = "Жители северного района остались без воды на неделю\nМинистерство науки и высшего образования РФ\n"
    found = [
        mention(text, "Жители северного района остались без воды на неделю", "ORG"),
        mention(text, "Министерство науки и высшего образования РФ", "ORG"),
    ]
    assert spans(slavic_edges(text, found, "ru")) == [("Министерство науки и высшего образования РФ", "ORG")]
