"""Polish firms with their kind words, mayors' towns, datelines and an opening "Nowa"
(ner/polish_firms.py).  Sentences and names written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.polish_firms import polish_firms


def test_a_capitalised_kind_word_before_a_firm_with_its_form_is_part_of_its_name() -> None:
    text = "Browar Zielony Jar sp. z o.o. z Suwałk kupił kadzie od Jana Zielonego."
    found = [mention(text, "Zielony Jar sp. z o.o.", "ORG"), mention(text, "Suwałk", "LOC")]
    assert spans(polish_firms(text, found, "pl")) == [("Browar Zielony Jar sp. z o.o.", "ORG"), ("Suwałk", "LOC")]


def test_a_kind_word_before_a_name_without_a_form_stays_out() -> None:
    text = "W Browar Zielony Jar zainwestowano."
    found = [mention(text, "Zielony Jar", "ORG")]
    assert spans(polish_firms(text, found, "pl")) == [("Zielony Jar", "ORG")]


def test_a_mayors_town_and_the_mayor_are_two() -> None:
    text = "Wójt gminy Dubicze Marek Sadowski zapowiedział remont. Marek Sadowski Kowal przyszedł."
    found = [mention(text, "Dubicze Marek Sadowski", "PER"), mention(text, "Marek Sadowski Kowal", "PER")]
    assert spans(polish_firms(text, found, "pl")) == [
        ("Dubicze", "LOC"),
        ("Marek Sadowski", "PER"),
        ("Marek Sadowski Kowal", "PER"),  # no title before: left alone
    ]


def test_a_datelines_town_in_capitals_is_a_place() -> None:
    text = "Huta w mieście\n\nPiotr Lis, AUGUSTÓW\n\nDyrektor PKP mówi."
    found = [mention(text, "Piotr Lis", "PER"), mention(text, "AUGUSTÓW", "ORG"), mention(text, "PKP", "ORG")]
    assert spans(polish_firms(text, found, "pl")) == [("Piotr Lis", "PER"), ("AUGUSTÓW", "LOC"), ("PKP", "ORG")]


def test_an_opening_new_before_a_lower_case_noun_is_no_place() -> None:
    text = "Zakład ruszył. Nowy magazyn stanie w Nowej Dębie. Nowa Huta czeka."
    found = [mention(text, "Nowy", "LOC"), mention(text, "Nowej Dębie", "LOC"), mention(text, "Nowa Huta", "LOC")]
    assert spans(polish_firms(text, found, "pl")) == [("Nowej Dębie", "LOC"), ("Nowa Huta", "LOC")]


def test_an_opening_word_before_a_lower_case_body_noun_is_no_body() -> None:
    text = "Miasto dostanie pieniądze. Pomoże fundacja rozwoju wsi. Fundacja Rozwoju Wsi Polskiej pomoże."
    found = [mention(text, "Pomoże fundacja rozwoju wsi", "ORG"), mention(text, "Fundacja Rozwoju Wsi Polskiej", "ORG")]
    assert spans(polish_firms(text, found, "pl")) == [("Fundacja Rozwoju Wsi Polskiej", "ORG")]


def test_a_body_cut_after_its_head_noun_is_joined_two_bodies_are_not() -> None:
    text = "Umowę podpisała Lubuskiej Agencji Rozwoju Przedsiębiorczości S.A. z Agencji Mienia Wojskowego Orlen."
    found = [
        mention(text, "Lubuskiej Agencji", "ORG"),
        mention(text, "Rozwoju Przedsiębiorczości S.A.", "ORG"),
        mention(text, "Agencji Mienia Wojskowego", "ORG"),
        mention(text, "Orlen", "ORG"),
    ]
    assert spans(polish_firms(text, found, "pl")) == [
        ("Lubuskiej Agencji Rozwoju Przedsiębiorczości S.A.", "ORG"),
        ("Agencji Mienia Wojskowego", "ORG"),
        ("Orlen", "ORG"),
    ]


def test_a_cooperative_with_its_quoted_name_and_town_is_one_body() -> None:
    text = "Mleko odbiera Spółdzielnia Mleczarska „Biały Las” w Sokółce. Spółdzielnia „Biały Las” rośnie."
    found = [mention(text, "Biały Las", "ORG"), mention(text, "Sokółce", "LOC"), mention(text, "Biały Las", "ORG")]
    assert spans(polish_firms(text, found, "pl")) == [
        ("Spółdzielnia Mleczarska „Biały Las” w Sokółce", "ORG"),
        ("Spółdzielnia „Biały Las”", "ORG"),
    ]


def test_a_plants_kind_word_and_trade_before_a_firm_with_its_form_are_its_name() -> None:
    text = "Wyciek w Zakładach Azotowych Wisłoka S.A. opanowano. Fabryka Porcelanowa Lubiana S.A. stoi."
    found = [mention(text, "Wisłoka S.A.", "ORG"), mention(text, "Lubiana S.A.", "ORG")]
    assert spans(polish_firms(text, found, "pl")) == [
        ("Zakładach Azotowych Wisłoka S.A.", "ORG"),
        ("Fabryka Porcelanowa Lubiana S.A.", "ORG"),
    ]


def test_a_datelines_town_in_capitals_before_a_bar_and_the_reporter_is_a_place() -> None:
    text = "Pożar w hali\n\nSTARGARD | Anna Wilk\n\nStrażacy z PSP gasili ogień."
    found = [mention(text, "STARGARD", "ORG"), mention(text, "Anna Wilk", "PER"), mention(text, "PSP", "ORG")]
    assert spans(polish_firms(text, found, "pl")) == [("STARGARD", "LOC"), ("Anna Wilk", "PER"), ("PSP", "ORG")]


def test_a_firms_declined_short_name_after_its_heads_title_is_the_firm_not_the_river() -> None:
    text = "Zakłady Azotowe Wisłoka S.A. leżą nad rzeką. Prezes Wisłoki Jan Mróz przeprosił. Ścieki trafiły do Wisłoki."
    found = [
        mention(text, "Wisłoka S.A.", "ORG"),
        mention(text, "Wisłoki", "LOC"),
        mention(text, "Jan Mróz", "PER"),
        mention(text, "Wisłoki", "LOC", 1),
    ]
    assert spans(polish_firms(text, found, "pl")) == [
        ("Zakłady Azotowe Wisłoka S.A.", "ORG"),
        ("Wisłoki", "ORG"),
        ("Jan Mróz", "PER"),
        ("Wisłoki", "LOC"),
    ]


def test_an_associations_quoted_name_named_again_in_another_case_is_the_association() -> None:
    text = "Stowarzyszenie „Czysta Wierzbica” zebrało podpisy. Członkowie „Czystej Wierzbicy” czekają w Wierzbicy."
    found = [
        mention(text, "Stowarzyszenie „Czysta Wierzbica”", "ORG"),
        mention(text, "Wierzbicy", "LOC"),
        mention(text, "Wierzbicy", "LOC", 1),
    ]
    assert spans(polish_firms(text, found, "pl")) == [
        ("Stowarzyszenie „Czysta Wierzbica”", "ORG"),
        ("Czystej Wierzbicy", "ORG"),
        ("Wierzbicy", "LOC"),
    ]


def test_a_foundations_name_runs_through_a_lower_case_preposition() -> None:
    text = "Skargę złożyła Fundacja Razem przeciw Nałogom z Opola, a Stowarzyszenie Wolni od Długów ją poparło."
    found = [
        mention(text, "Fundacja Razem", "ORG"),
        mention(text, "Nałogom", "LOC"),
        mention(text, "Opola", "LOC"),
        mention(text, "Stowarzyszenie Wolni", "ORG"),
        mention(text, "Długów", "LOC"),
    ]
    assert spans(polish_firms(text, found, "pl")) == [
        ("Fundacja Razem przeciw Nałogom", "ORG"),
        ("Opola", "LOC"),
        ("Stowarzyszenie Wolni od Długów", "ORG"),
    ]


def test_a_makers_plant_in_a_town_gives_the_maker() -> None:
    text = "Silniki przyjechały z fabryki Toyoty w Wałbrzychu, a skrzynie z zakładów Solarisa w Bolechowie."
    assert spans(polish_firms(text, [mention(text, "Wałbrzychu", "LOC")], "pl")) == [
        ("Toyoty", "ORG"),
        ("Wałbrzychu", "LOC"),
        ("Solarisa", "ORG"),
    ]


def test_a_firms_short_name_after_its_clients_is_the_firm() -> None:
    text = "Kursanci Szkoły Jazdy Orlik sp. z o.o. skarżą się. Wśród klientów Orlika zdało 20 procent."
    found = [mention(text, "Szkoły Jazdy Orlik sp. z o.o.", "ORG")]
    assert spans(polish_firms(text, found, "pl")) == [
        ("Szkoły Jazdy Orlik sp. z o.o.", "ORG"),
        ("Orlika", "ORG"),
    ]


def test_a_shop_named_by_its_owner_after_its_capitalised_kind_word_is_a_firm() -> None:
    text = "Anna Kowal prowadzi Kwiaciarnię Kowal w Ełku. Piekarz Kowal piecze."
    found = [mention(text, "Anna Kowal", "PER"), mention(text, "Kowal", "PER", 2), mention(text, "Ełku", "LOC")]
    assert spans(polish_firms(text, found, "pl")) == [
        ("Anna Kowal", "PER"),
        ("Kwiaciarnię Kowal", "ORG"),
        ("Ełku", "LOC"),
        ("Kowal", "PER"),  # a lower-case trade word before it: no shop
    ]


def test_a_firms_hyphenated_first_word_is_its_short_name_in_any_case() -> None:
    text = (
        "Umowę podpisała firma Mar-Bud Mazowsze sp. z o.o. z Radomia. Mar-Bud zatrudni ludzi. "
        "Spór z Mar-Budem trwa. Prezes Mar-Budu Jan Kowal milczy."
    )
    found = [
        mention(text, "Mar-Bud Mazowsze sp. z o.o.", "ORG"),
        mention(text, "Radomia", "LOC"),
        mention(text, "Mar-Budem", "LOC"),
        mention(text, "Mar-Budu Jan Kowal", "PER"),
    ]
    assert spans(polish_firms(text, found, "pl")) == [
        ("Mar-Bud Mazowsze sp. z o.o.", "ORG"),
        ("Radomia", "LOC"),
        ("Mar-Bud", "ORG"),
        ("Mar-Budem", "ORG"),
        ("Mar-Budu", "ORG"),
        ("Jan Kowal", "PER"),
    ]


def test_a_hyphenated_word_of_no_firm_with_a_form_stays_as_found() -> None:
    text = "Mieszkańcy Kędzierzyn-Koźla pojechali do Bielsko-Białej. Firma Budex S.A. milczy."
    found = [
        mention(text, "Kędzierzyn-Koźla", "LOC"),
        mention(text, "Bielsko-Białej", "LOC"),
        mention(text, "Budex S.A.", "ORG"),
    ]
    assert spans(polish_firms(text, found, "pl")) == [
        ("Kędzierzyn-Koźla", "LOC"),
        ("Bielsko-Białej", "LOC"),
        ("Budex S.A.", "ORG"),
    ]


def test_a_town_and_mayor_read_as_one_body_after_a_lower_case_title_are_two() -> None:
    text = "Plan popiera burmistrz Rewala Anna Sobczak, a prezydent Polskiej Akademii Nauk milczy."
    found = [mention(text, "Rewala Anna Sobczak", "ORG"), mention(text, "Polskiej Akademii Nauk", "ORG")]
    assert spans(polish_firms(text, found, "pl")) == [
        ("Rewala", "LOC"),
        ("Anna Sobczak", "PER"),
        ("Polskiej Akademii Nauk", "ORG"),
    ]


def test_a_firms_common_noun_capitalised_again_is_its_short_name() -> None:
    text = (
        "Mazurska Przystań Jachtowa sp. z o.o. buduje pomost. Radni chcą, by Przystań obniżyła opłaty "
        "i spotkają się z zarządem Przystani."
    )
    found = [
        mention(text, "Mazurska Przystań Jachtowa sp. z o.o.", "ORG"),
        mention(text, "Przystań", "PER", 1),
        mention(text, "Przystani", "LOC"),
    ]
    assert spans(polish_firms(text, found, "pl")) == [
        ("Mazurska Przystań Jachtowa sp. z o.o.", "ORG"),
        ("Przystań", "ORG"),
        ("Przystani", "ORG"),
    ]


def test_a_town_inside_a_firms_name_stays_the_town() -> None:
    text = "Tramwaje Gdańsk Komunikacja sp. z o.o. kupiły wagony. W Gdańsku jeździ ich sto."
    found = [mention(text, "Tramwaje Gdańsk Komunikacja sp. z o.o.", "ORG"), mention(text, "Gdańsku", "LOC")]
    assert spans(polish_firms(text, found, "pl")) == [
        ("Tramwaje Gdańsk Komunikacja sp. z o.o.", "ORG"),
        ("Gdańsku", "LOC"),
    ]
