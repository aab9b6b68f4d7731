"""German tourism news: hotels, inns and spas with their kind word, airports, tourism boards,
trade nouns and town adjectives before firms, regions by list, months and common nouns."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.german_hospitality import german_hospitality


def test_a_hotel_an_inn_or_a_spa_with_its_capitalised_kind_word_is_one_place() -> None:
    text = (
        "Sie kochte im Gasthaus zur Linde in Erding, dann im Hotel Adlon Kempinski, wohnte im "
        "Wittelsbacher Hof und badete in der Carolus Therme."
    )
    found = [mention(text, "Erding", "LOC"), mention(text, "Wittelsbacher Hof", "ORG"), mention(text, "Carolus", "PER")]
    assert spans(german_hospitality(text, found, "de")) == [
        ("Gasthaus zur Linde", "LOC"),
        ("Erding", "LOC"),
        ("Hotel Adlon Kempinski", "LOC"),
        ("Wittelsbacher Hof", "LOC"),
        ("Carolus Therme", "LOC"),
    ]


def test_a_common_word_after_the_kind_word_is_no_name() -> None:
    text = "Das Restaurant Montag bleibt zu, sagte Anna Kurz. Dieser Hof ist alt."
    found = [mention(text, "Anna Kurz", "PER")]
    assert spans(german_hospitality(text, found, "de")) == [("Anna Kurz", "PER")]


def test_an_airport_and_a_tourism_board_keep_their_kind_word() -> None:
    text = "Der Tourismusverband Ostbayern wirbt am Flughafen Leipzig; der Flughafen selbst schweigt."
    found = [mention(text, "Ostbayern", "ORG"), mention(text, "Leipzig", "LOC")]
    assert spans(german_hospitality(text, found, "de")) == [
        ("Tourismusverband Ostbayern", "ORG"),
        ("Flughafen Leipzig", "LOC"),
    ]


def test_a_trade_noun_and_a_town_adjective_stay_out_of_a_firm_a_fixed_name_keeps_it() -> None:
    text = (
        "Der Reiseveranstalter Sonnenweg bucht bei der Kölner Nordlicht Media und der Bremer Hanse "
        "Bau GmbH; die Wiener Börse und die Frankfurter Allgemeine Zeitung berichten."
    )
    found = [
        mention(text, "Reiseveranstalter Sonnenweg", "ORG"),
        mention(text, "Kölner Nordlicht Media", "ORG"),
        mention(text, "Bremer Hanse Bau GmbH", "ORG"),
        mention(text, "Wiener Börse", "ORG"),
        mention(text, "Frankfurter Allgemeine Zeitung", "ORG"),
    ]
    assert spans(german_hospitality(text, found, "de")) == [
        ("Sonnenweg", "ORG"),
        ("Nordlicht Media", "ORG"),
        ("Hanse Bau GmbH", "ORG"),
        ("Wiener Börse", "ORG"),
        ("Frankfurter Allgemeine Zeitung", "ORG"),
    ]


def test_a_listed_region_is_a_place_unless_it_opens_a_longer_name() -> None:
    text = "Urlaub im Allgäu und im Spessart; die Eifel Tourismus GmbH wirbt."
    found = [mention(text, "Spessart", "ORG")]
    assert spans(german_hospitality(text, found, "de")) == [("Allgäu", "LOC"), ("Spessart", "LOC")]


def test_a_month_before_a_noun_and_a_building_noun_after_an_article_are_no_names() -> None:
    text = "Ab Juni Reisen buchen: das Haus liegt ruhig, sagte Mai Nguyen."
    found = [mention(text, "Juni Reisen", "PER"), mention(text, "Haus", "ORG"), mention(text, "Mai Nguyen", "PER")]
    assert spans(german_hospitality(text, found, "de")) == [("Mai Nguyen", "PER")]
    assert german_hospitality(text, found, "en") == found


def test_a_baths_common_noun_after_an_article_is_no_name() -> None:
    text = "Die Sanierung des Hallenbads kostet mehr als die des Freibades; Bad Ems zahlt."
    found = [mention(text, "Hallenbads", "ORG"), mention(text, "Freibades", "ORG"), mention(text, "Bad Ems", "LOC")]
    assert spans(german_hospitality(text, found, "de")) == [("Bad Ems", "LOC")]


def test_a_carrier_before_a_whole_firm_name_is_cut_a_carrier_name_of_its_own_stays() -> None:
    text = "Die Kieler Spedition Lohmann Logistik GmbH zahlt, die Spedition Brinkmann GmbH nicht."
    found = [
        mention(text, "Kieler Spedition Lohmann Logistik GmbH", "ORG"),
        mention(text, "Spedition Brinkmann GmbH", "ORG"),
    ]
    assert spans(german_hospitality(text, found, "de")) == [
        ("Lohmann Logistik GmbH", "ORG"),
        ("Spedition Brinkmann GmbH", "ORG"),
    ]


def test_a_public_pool_with_its_capitalised_kind_word_is_one_place() -> None:
    text = "Im Strandbad Lindenau ertrank ein Mann, das Hallenbad Sonnhalde bleibt offen."
    found = [mention(text, "Strandbad Lindenau", "ORG"), mention(text, "Sonnhalde", "LOC")]
    assert spans(german_hospitality(text, found, "de")) == [
        ("Strandbad Lindenau", "LOC"),
        ("Hallenbad Sonnhalde", "LOC"),
    ]


def test_the_bare_bath_and_bathing_as_a_noun_are_no_places() -> None:
    text = "Die Stadt schloss das Bad, weil das Baden im See verboten ist. Urlaub in Baden bleibt beliebt."
    found = [mention(text, "Bad", "LOC"), mention(text, "Baden", "LOC"), mention(text, "Baden", "LOC", 1)]
    assert spans(german_hospitality(text, found, "de")) == [("Baden", "LOC")]


def test_a_hyphened_spa_acting_is_a_body_and_after_a_locative_a_place() -> None:
    text = (
        "Moritz-Therme in Bad Lindau schließt im Winter.\n"
        "Wer in der Moritz-Therme schwamm, fährt in die Kaiser-Therme. Die Linden-Therme hat 40 Becken."
    )
    out = german_hospitality(text, [mention(text, "Moritz-Therme", "ORG", 1)], "de")
    assert spans(out) == [
        ("Moritz-Therme", "ORG"),
        ("Moritz-Therme", "LOC"),
        ("Kaiser-Therme", "LOC"),
        ("Linden-Therme", "LOC"),
    ]
    assert [m.model for m in out][:3] == ["acting-site", "located-house", "located-house"]


def test_an_article_before_therme_and_a_spas_rooms_are_no_names() -> None:
    text = "„Die Therme ist unser Herz“, sagte sie. Die Solegrotte und der Kurpark bleiben offen."
    found = [mention(text, "Solegrotte", "ORG"), mention(text, "Kurpark", "ORG")]
    assert spans(german_hospitality(text, found, "de")) == []
