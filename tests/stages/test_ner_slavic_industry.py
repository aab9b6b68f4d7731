"""Names of Polish, Russian and Ukrainian news of industry, media and defence
(ner/slavic_industry.py).  Sentences and names written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.slavic_industry import slavic_industry


def test_a_committee_takes_its_fields_with_their_commas_and_conjunctions() -> None:
    text = "Голова Комітету з питань аграрної політики, земельних відносин та рибальства Верховної Ради заявив."
    found = slavic_industry(text, [mention(text, "Комітету", "ORG"), mention(text, "Верховної Ради", "ORG")], "uk")
    assert spans(found) == [
        ("Комітету з питань аграрної політики, земельних відносин та рибальства", "ORG"),
        ("Верховної Ради", "ORG"),
    ]
    text = "Члены Комитета по вопросам экономической политики и предпринимательства собрались."
    assert spans(slavic_industry(text, [mention(text, "Комитета", "ORG")], "ru")) == [
        ("Комитета по вопросам экономической политики и предпринимательства", "ORG")
    ]
    # a lower-case committee is no name
    text = "Депутати профільного комітету з питань бюджету проголосували."
    assert slavic_industry(text, [], "uk") == []


def test_an_exhibition_centre_is_a_place() -> None:
    text = "Контракт подписали в Международном выставочном центре в Казани."
    found = slavic_industry(text, [mention(text, "Международном", "MISC"), mention(text, "Казани", "LOC")], "ru")
    assert spans(found) == [("Международном выставочном центре", "LOC"), ("Казани", "LOC")]
    # a business centre is no venue of this kind
    text = "Офіс розташований у Бізнес центрі на Подолі."
    assert slavic_industry(text, [], "uk") == []


def test_a_quoted_body_ends_at_its_quote_and_the_person_after_it_is_one() -> None:
    text = "Szef hutniczej „Jedności” Marek Wilczyński skrytykował zarząd."
    found = slavic_industry(text, [mention(text, "Jedności” Marek Wilczyński", "ORG")], "pl")
    assert spans(found) == [("Jedności", "ORG"), ("Marek Wilczyński", "PER")]
    # a quoted name with no person after it stays
    text = "Związek „Przyszłość” Gdańsk protestuje."
    assert spans(slavic_industry(text, [mention(text, "Przyszłość” Gdańsk", "ORG")], "pl")) == [
        ("Przyszłość” Gdańsk", "ORG")
    ]


def test_a_headlines_noun_and_the_town_after_ze_give_the_town() -> None:
    text = "Huta ze Stąporkowa zwiększy produkcję"
    found = slavic_industry(text, [mention(text, "Huta ze Stąporkowa", "PER")], "pl")
    assert spans(found) == [("Stąporkowa", "LOC")]
    # a person's full name is left alone
    text = "Anna Maria Zielińska przyjechała."
    assert spans(slavic_industry(text, [mention(text, "Anna Maria Zielińska", "PER")], "pl")) == [
        ("Anna Maria Zielińska", "PER")
    ]


def test_a_ranks_abbreviation_is_no_name_a_word_without_its_stop_is_left() -> None:
    text = "Płk. Sobczak dodał, że Gen zapisano w umowie."
    found = [mention(text, "Płk", "LOC"), mention(text, "Sobczak", "PER"), mention(text, "Gen", "ORG")]
    assert spans(slavic_industry(text, found, "pl")) == [("Sobczak", "PER"), ("Gen", "ORG")]
    # the surname after a rank is a person, a place after an abbreviation that is no rank stays
    text = "Mjr. Zawadzki przyjechał z ul. Krakowskiej."
    found = [mention(text, "Zawadzki", "LOC"), mention(text, "Krakowskiej", "LOC")]
    assert spans(slavic_industry(text, found, "pl")) == [("Zawadzki", "PER"), ("Krakowskiej", "LOC")]


def test_an_indeclinable_head_or_a_regional_adjective_opens_the_body() -> None:
    text = "Oferta trafiła do litewskiego Centrum Badań Morskich, a Mazowieckie Zakłady Mleczarskie milczą."
    found = [mention(text, "Badań Morskich", "ORG"), mention(text, "Zakłady Mleczarskie", "ORG")]
    assert spans(slavic_industry(text, found, "pl")) == [
        ("Centrum Badań Morskich", "ORG"),
        ("Mazowieckie Zakłady Mleczarskie", "ORG"),
    ]
    # a body opening with its own head takes no word before it
    text = "Pytał o to Instytut Lotnictwa."
    assert spans(slavic_industry(text, [mention(text, "Instytut Lotnictwa", "ORG")], "pl")) == [
        ("Instytut Lotnictwa", "ORG")
    ]


def test_a_trade_fair_is_no_body() -> None:
    text = "Premiera odbędzie się na Międzynarodowym Salonie Sprzętu Rolniczego, a Agencja Rynku Rolnego pomoże."
    found = [
        mention(text, "Międzynarodowym Salonie Sprzętu Rolniczego", "ORG"),
        mention(text, "Agencja Rynku Rolnego", "ORG"),
    ]
    assert spans(slavic_industry(text, found, "pl")) == [("Agencja Rynku Rolnego", "ORG")]
    # the town a fair is held in stays a place
    text = "Nowy ciągnik pokażą na Wystawie Maszyn Rolniczych w Lublinie."
    found = [mention(text, "Wystawie Maszyn Rolniczych w Lublinie", "ORG")]
    assert spans(slavic_industry(text, found, "pl")) == [("Lublinie", "LOC")]
