"""German pharmaceutical, pharmacy and consumer news: a plant "Werk X", a consumer advice
centre with its Land, a bare chamber of a Land, a hyphened pharmacy, an acronym run into a
noun and a trade noun taken for a short name (ner/german_pharma.py).  Sentences written for
the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.model import Mention
from storywire.stages.ner.german_pharma import german_pharma


def test_a_plant_with_its_town_is_a_place_the_kind_word_inside() -> None:
    text = "Im Werk Leverkusen stand die Produktion still, das Werk Dormagen lief weiter."
    found = [mention(text, "Werk Leverkusen", "ORG"), mention(text, "Dormagen", "LOC")]
    assert spans(german_pharma(text, found, "de")) == [("Werk Leverkusen", "LOC"), ("Werk Dormagen", "LOC")]


def test_a_plant_named_by_no_town_stays_as_it_is() -> None:
    text = "Das Werk Sicherheit ist ein Programm des Konzerns."
    found = [mention(text, "Werk Sicherheit", "MISC")]
    assert spans(german_pharma(text, found, "de")) == [("Werk Sicherheit", "MISC")]


def test_a_consumer_centre_with_its_land_is_one_body() -> None:
    text = "Die Verbraucherzentrale Hessen warnt; der Verbraucherzentrale Bundesverband auch."
    found = [mention(text, "Hessen", "LOC")]
    assert spans(german_pharma(text, found, "de")) == [
        ("Verbraucherzentrale Hessen", "ORG"),
        ("Verbraucherzentrale Bundesverband", "ORG"),
    ]


def test_a_bare_chamber_of_a_land_is_a_body_a_tagged_longer_one_stays() -> None:
    text = "Die Landesärztekammer rät ab. Die Landeszahnärztekammer Sachsen schweigt. Die Kammer tagt."
    found = [mention(text, "Landeszahnärztekammer Sachsen", "ORG")]
    assert spans(german_pharma(text, found, "de")) == [
        ("Landesärztekammer", "ORG"),
        ("Landeszahnärztekammer Sachsen", "ORG"),
    ]


def test_a_hyphened_pharmacy_is_a_firm_a_bare_pharmacy_is_none() -> None:
    text = "In der Adler-Apotheke am Markt fehlt das Mittel, die nächste Apotheke hat es."
    assert spans(german_pharma(text, [], "de")) == [("Adler-Apotheke", "ORG")]


def test_an_acronym_run_into_a_common_noun_stays_alone() -> None:
    text = "Die BaFin prüft, ob die BaFin Unterlagen anfordert."
    found = [mention(text, "BaFin", "ORG"), mention(text, "BaFin Unterlagen", "ORG")]
    assert spans(german_pharma(text, found, "de")) == [("BaFin", "ORG"), ("BaFin", "ORG")]


def test_an_acronym_and_a_rare_name_after_it_stay_one_name() -> None:
    text = "Die KfW prüft, ob die KfW Ipex sich beteiligt."
    found = [mention(text, "KfW", "ORG"), mention(text, "KfW Ipex", "ORG")]
    assert spans(german_pharma(text, found, "de")) == [("KfW", "ORG"), ("KfW Ipex", "ORG")]


def test_a_trade_noun_taken_for_a_short_name_is_dropped() -> None:
    text = "Der Pharmahersteller Tannberg GmbH liefert, wie alle Pharmahersteller in Bayern."
    at = text.index("Pharmahersteller in")
    found = [Mention(at, at + 16, "Pharmahersteller", "ORG", model="legal-form"), mention(text, "Bayern", "LOC")]
    assert spans(german_pharma(text, found, "de")) == [("Bayern", "LOC")]


def test_a_product_in_camel_case_is_no_acronym() -> None:
    text = "Das neue ZenBook Pro kostet mehr als das ZenBook."
    found = [mention(text, "ZenBook Pro", "ORG"), mention(text, "ZenBook", "ORG", 1)]
    assert spans(german_pharma(text, found, "de")) == [("ZenBook Pro", "ORG"), ("ZenBook", "ORG")]
