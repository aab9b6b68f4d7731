"""German industry and politics news: committees split from their parliament, "Landtag von X",
a member with her party in brackets, a firm's short name and genitive, industrial estates, kind
nouns in apposition, weapons as products, the Swabian Jura's regions, a parish's town."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.german_industry import german_industry


def test_a_committee_and_its_parliament_are_two_bodies() -> None:
    text = "Der Ausschuss für Umwelt und Verkehr des Bundestages tagt im Mai."
    found = [mention(text, "Ausschuss für Umwelt und Verkehr des Bundestages", "ORG")]
    assert spans(german_industry(text, found, "de")) == [
        ("Ausschuss für Umwelt und Verkehr", "ORG"),
        ("Bundestages", "ORG"),
    ]


def test_a_committee_without_its_parliament_stays_whole() -> None:
    text = "Der Ausschuss für Bildung tagt."
    found = [mention(text, "Ausschuss für Bildung", "ORG")]
    assert spans(german_industry(text, found, "de")) == [("Ausschuss für Bildung", "ORG")]


def test_landtag_of_a_state_is_one_body() -> None:
    text = "Im Landtag von Niedersachsen gab es Streit."
    found = [mention(text, "Landtag", "ORG"), mention(text, "Niedersachsen", "LOC")]
    assert spans(german_industry(text, found, "de")) == [("Landtag von Niedersachsen", "ORG")]


def test_a_member_and_her_party_in_brackets_are_split() -> None:
    text = "Die Abgeordnete Petra Kuhlmann (SPD) widersprach."
    found = [mention(text, "Petra Kuhlmann (SPD)", "ORG")]
    assert spans(german_industry(text, found, "de")) == [("Petra Kuhlmann", "PER"), ("SPD", "ORG")]


def test_a_firm_is_named_again_by_its_first_word_and_genitive() -> None:
    text = "Die Kesselbrink Antriebe GmbH baut aus. Kesselbrink zahlt gut; Kesselbrinks Chef freut sich."
    found = [mention(text, "Kesselbrink Antriebe GmbH", "ORG"), mention(text, "Kesselbrink", "PER", 1)]
    assert spans(german_industry(text, found, "de")) == [
        ("Kesselbrink Antriebe GmbH", "ORG"),
        ("Kesselbrink", "ORG"),
        ("Kesselbrinks", "ORG"),
    ]


def test_a_common_first_word_of_a_firm_is_no_short_name() -> None:
    text = "Die Deutsche Post AG wächst. Deutsche Firmen klagen."
    found = [mention(text, "Deutsche Post AG", "ORG")]
    assert spans(german_industry(text, found, "de")) == [("Deutsche Post AG", "ORG")]


def test_a_rare_word_before_a_holding_is_part_of_it() -> None:
    text = "Sie gehört zur Tochter der Morvantis Technik Holding AG in Bonn."
    found = [mention(text, "Technik Holding AG", "ORG"), mention(text, "Bonn", "LOC")]
    assert spans(german_industry(text, found, "de"))[0] == ("Morvantis Technik Holding AG", "ORG")


def test_an_industrial_estate_is_one_place() -> None:
    text = "Im Gewerbegebiet Lindenhof entsteht eine Halle, im Industriepark nicht."
    found = [mention(text, "Lindenhof", "ORG")]
    assert spans(german_industry(text, found, "de")) == [("Gewerbegebiet Lindenhof", "LOC")]


def test_a_kind_noun_in_apposition_stays_out_and_a_weapon_is_no_body() -> None:
    text = "Der Rüstungskonzern Rheinmetall liefert den Kampfpanzer Leopard an das Werk."
    found = [
        mention(text, "Rüstungskonzern Rheinmetall", "ORG"),
        mention(text, "Kampfpanzer", "ORG"),
        mention(text, "Leopard", "ORG"),
        mention(text, "Werk", "ORG"),
    ]
    assert spans(german_industry(text, found, "de")) == [("Rheinmetall", "ORG")]


def test_a_jura_region_is_a_place() -> None:
    text = "Die Schwäbische Alb und die Ostalb werben um Touristen."
    found = [mention(text, "Ostalb", "ORG")]
    assert spans(german_industry(text, found, "de")) == [("Schwäbische Alb", "LOC"), ("Ostalb", "LOC")]


def test_a_parish_town_named_again_is_a_place() -> None:
    text = "Die Katholische Kirchengemeinde Unterkochen lädt ein. Gefeiert wird in Unterkochen."
    found = [mention(text, "Katholische Kirchengemeinde Unterkochen", "ORG")]
    assert spans(german_industry(text, found, "de"))[-1] == ("Unterkochen", "LOC")


def test_other_languages_are_untouched() -> None:
    text = "The Landtag von Bayern met."
    assert spans(german_industry(text, [], "en")) == []


def test_a_kind_word_or_a_place_first_in_a_firm_is_no_short_name() -> None:
    text = "Die Brauerei Kessing GmbH und die Nordhessen Klinik AG. Die Brauerei und Kliniken in Nordhessen."
    found = [
        mention(text, "Brauerei Kessing GmbH", "ORG"),
        mention(text, "Nordhessen Klinik AG", "ORG"),
        mention(text, "Nordhessen", "LOC", 1),
    ]
    assert spans(german_industry(text, found, "de"))[-1] == ("Nordhessen", "LOC")
    assert len(german_industry(text, found, "de")) == 3


def test_a_place_adjective_before_a_firm_stays_out() -> None:
    text = "Der Auftrag ging an der Visper Bergbau AG vorbei."
    found = [mention(text, "Bergbau AG", "ORG")]
    assert spans(german_industry(text, found, "de")) == [("Bergbau AG", "ORG")]


def test_a_trade_before_a_firm_is_no_short_name_the_firms_first_word_is() -> None:
    text = "Der Arzneimittelhersteller Tannberg GmbH liefert. Die Arzneimittelhersteller warten, Tannberg nicht."
    found = [mention(text, "Arzneimittelhersteller Tannberg GmbH", "ORG")]
    assert spans(german_industry(text, found, "de")) == [("Arzneimittelhersteller Tannberg GmbH", "ORG")]


def test_a_trade_associations_kind_before_its_registered_name_goes() -> None:
    text = "Man stimme sich mit dem Arbeitgeberverband Sachsen Spedition e. V. ab; der Landesverband Bayern e. V. litt."
    found = [
        mention(text, "Arbeitgeberverband Sachsen Spedition e. V.", "ORG"),
        mention(text, "Landesverband Bayern e. V.", "ORG"),
    ]
    assert spans(german_industry(text, found, "de")) == [
        ("Sachsen Spedition e. V.", "ORG"),
        ("Landesverband Bayern e. V.", "ORG"),
    ]


def test_a_person_after_a_platforms_trade_noun_is_the_firm_everywhere() -> None:
    text = "Der Fahrdienstvermittler Zippo wächst. Wenn Zippo billig fährt, leiden Taxis. Anna Zippo? Nein."
    found = [mention(text, "Zippo", "PER"), mention(text, "Zippo", "PER", nth=1)]
    assert spans(german_industry(text, found, "de")) == [("Zippo", "ORG"), ("Zippo", "ORG")]


def test_a_surname_after_a_trade_noun_stays_a_person() -> None:
    text = "Anna Kowal ist Anbieterin. Der Lieferdienst Kowal? Kowal lacht."
    found = [mention(text, "Anna Kowal", "PER")]
    found += [mention(text, "Kowal", "PER", nth=1), mention(text, "Kowal", "PER", nth=2)]
    assert spans(german_industry(text, found, "de")) == [("Anna Kowal", "PER"), ("Kowal", "PER"), ("Kowal", "PER")]
