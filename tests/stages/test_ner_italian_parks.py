"""Italian parks, greenways, park authorities, sports clubs, rail lines and contractors."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.italian_parks import italian_parks


def test_a_greenway_with_its_capitalised_kind_word_is_one_place() -> None:
    text = "Apre la Ciclovia del Sole tra Verona e Bologna."
    found = [mention(text, "Ciclovia", "MISC"), mention(text, "Sole", "LOC"), mention(text, "Verona", "LOC")]
    assert spans(italian_parks(text, found, "it"))[:2] == [("Ciclovia del Sole", "LOC"), ("Verona", "LOC")]


def test_a_park_with_its_adjective_is_a_place_and_its_authority_one_body() -> None:
    text = (
        "L'Ente di gestione del Parco naturale delle Alpi Marittime approva. "
        "Nel Parco naturale delle Alpi Marittime vive il lupo."
    )
    found = [mention(text, "Ente di gestione", "ORG"), mention(text, "Parco", "LOC", 1)]
    assert spans(italian_parks(text, found, "it")) == [
        ("Ente di gestione del Parco naturale delle Alpi Marittime", "ORG"),
        ("Parco naturale delle Alpi Marittime", "LOC"),
    ]


def test_a_sports_club_with_its_legal_acronym_is_one_body() -> None:
    text = "Domenica la ASD Ciclistica Valtrebbia organizza una gara."
    found = [mention(text, "ASD", "ORG"), mention(text, "Ciclistica Valtrebbia", "PER")]
    assert spans(italian_parks(text, found, "it")) == [("ASD Ciclistica Valtrebbia", "ORG")]


def test_a_rail_line_gives_each_end_town() -> None:
    text = "Riapre la ferrovia Asti-Chivasso."
    assert spans(italian_parks(text, [mention(text, "Asti-Chivasso", "LOC")], "it")) == [
        ("Asti", "LOC"),
        ("Chivasso", "LOC"),
    ]


def test_a_contractors_name_runs_to_its_legal_form_but_not_over_a_sentence_start() -> None:
    text = "I lavori vanno alla Impianti Elettrici Val Seriana S.r.l. di Clusone."
    found = [mention(text, "Val Seriana S.r.l.", "ORG"), mention(text, "Clusone", "LOC")]
    assert spans(italian_parks(text, found, "it"))[0] == ("Impianti Elettrici Val Seriana S.r.l.", "ORG")
    text = "Ieri Montalto Scavi S.r.l. ha vinto."
    found = [mention(text, "Montalto Scavi S.r.l.", "ORG")]
    assert spans(italian_parks(text, found, "it")) == [("Montalto Scavi S.r.l.", "ORG")]


def test_an_opening_da_before_a_named_town_is_the_preposition_but_a_surname_stays() -> None:
    text = "Si parte da Bormio Terme. Da Bormio si sale in bici. Lo dice Lorenzo Da Ponte."
    found = [
        mention(text, "Bormio Terme", "LOC"),
        mention(text, "Da Bormio", "PER"),
        mention(text, "Lorenzo Da Ponte", "PER"),
    ]
    assert spans(italian_parks(text, found, "it")) == [
        ("Bormio Terme", "LOC"),
        ("Bormio", "LOC"),
        ("Lorenzo Da Ponte", "PER"),
    ]


def test_a_lower_case_park_and_other_languages_are_left_alone() -> None:
    text = "Il parco cittadino riapre. La pista ciclabile è chiusa."
    assert italian_parks(text, [], "it") == []
    text = "El Parco naturale delle Alpi Marittime."
    assert italian_parks(text, [], "es") == []


def test_a_firms_seat_after_its_legal_form_is_the_whole_town() -> None:
    text = "I lavori vanno alla Impianti Rossi S.r.l. di Castel San Pietro, da giugno."
    found = [mention(text, "Impianti Rossi S.r.l.", "ORG"), mention(text, "Castel", "LOC")]
    assert spans(italian_parks(text, found, "it"))[1] == ("Castel San Pietro", "LOC")


def test_an_untyped_word_is_the_place_the_article_names_so() -> None:
    text = "Vicino al ponte di Borgoratto passa il fiume. Ieri a Borgoratto si è votato. Poi Rai."
    found = [mention(text, "Borgoratto", "MISC"), mention(text, "Borgoratto", "LOC", 1), mention(text, "Rai", "MISC")]
    assert spans(italian_parks(text, found, "it")) == [("Borgoratto", "LOC"), ("Borgoratto", "LOC"), ("Rai", "MISC")]


def test_a_brand_after_di_stays_untyped_though_read_as_a_place_once() -> None:
    text = "Comprate da Amazon: i regali di Amazon arrivano domani."
    found = [mention(text, "Amazon", "LOC"), mention(text, "Amazon", "MISC", nth=1)]
    assert spans(italian_parks(text, found, "it")) == [("Amazon", "LOC"), ("Amazon", "MISC")]
