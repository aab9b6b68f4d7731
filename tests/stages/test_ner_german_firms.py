"""German firms with their owner's name, and the currency and pronouns that only look like names."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.german_firms import firms_with_owner_names, without_currency_and_pronouns


def test_a_rare_name_before_a_trade_word_joins_the_firm() -> None:
    text = "Den Auftrag erhielt die Gwerder Tiefbau AG aus Altdorf."
    found = [mention(text, "Tiefbau AG", "ORG"), mention(text, "Altdorf", "LOC")]
    assert spans(firms_with_owner_names(text, found, "de")) == [("Gwerder Tiefbau AG", "ORG"), ("Altdorf", "LOC")]


def test_a_common_word_stays_out_and_a_named_firm_is_left_alone() -> None:
    text = "Den Auftrag erhielt Konkurrent Tiefbau AG, dann die Firma Gwerder Bau GmbH."
    found = [mention(text, "Tiefbau AG", "ORG"), mention(text, "Gwerder Bau GmbH", "ORG")]
    assert spans(firms_with_owner_names(text, found, "de")) == [("Tiefbau AG", "ORG"), ("Gwerder Bau GmbH", "ORG")]


def test_francs_after_an_amount_and_a_possessive_person_are_no_names() -> None:
    text = "Der Schaden beträgt drei Millionen Franken, 20 Franken pro Kopf. Unser Garten ist weg. Urlaub in Franken."
    found = [
        mention(text, "Franken", "LOC"),
        mention(text, "Franken", "LOC", 1),
        mention(text, "Unser Garten", "PER"),
        mention(text, "Franken", "LOC", 2),
    ]
    assert spans(without_currency_and_pronouns(text, found, "de")) == [("Franken", "LOC")]


def test_a_firm_run_into_the_sentence_ends_at_its_legal_form() -> None:
    text = (
        "Der Verkauf an die Muster Bäder GmbH für zwei Millionen sorgte für Streit; die Gesellschaft für Bau AG nicht."
    )
    found = [mention(text, "Muster Bäder GmbH für zwei", "ORG"), mention(text, "Gesellschaft für Bau AG", "ORG")]
    assert spans(firms_with_owner_names(text, found, "de")) == [
        ("Muster Bäder GmbH", "ORG"),
        ("Gesellschaft für Bau AG", "ORG"),  # a lower-case word before the form is the name's
    ]


def test_a_firms_short_name_acting_on_its_branches_is_the_firm() -> None:
    from storywire.stages.ner.german_firms import firms_acting_by_short_name

    text = "Huber schließt zwei Filialen. Die Huber Bau GmbH gehört Eva Huber. Das bestätigte Huber gestern."
    found = [
        mention(text, "Huber", "PER"),
        mention(text, "Huber Bau GmbH", "ORG"),
        mention(text, "Eva Huber", "PER"),
        mention(text, "Huber", "PER", nth=3),
    ]
    assert spans(firms_acting_by_short_name(text, found, "de")) == [
        ("Huber", "ORG"),
        ("Huber Bau GmbH", "ORG"),
        ("Eva Huber", "PER"),
        ("Huber", "PER"),
    ]


def test_an_owners_name_after_a_kind_word_investing_is_the_firm() -> None:
    from storywire.stages.ner.german_firms import firms_acting_by_short_name

    text = (
        "Die Segelmacherei Wendt GmbH gehört Ute Wendt. Bis 2028 will Wendt rund 1,5 Millionen Euro in "
        "eine Halle stecken. Wendt sagte, Wendt habe 3 Kinder."
    )
    found = [
        mention(text, "Segelmacherei Wendt GmbH", "ORG"),
        mention(text, "Ute Wendt", "PER"),
        mention(text, "Wendt", "PER", nth=2),
        mention(text, "Wendt", "PER", nth=3),
        mention(text, "Wendt", "PER", nth=4),
    ]
    assert [m.type for m in firms_acting_by_short_name(text, found, "de")] == ["ORG", "PER", "ORG", "PER", "PER"]
