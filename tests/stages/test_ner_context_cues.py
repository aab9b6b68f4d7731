"""Words around a capitalised run that type it in the Italian rules (ner/context_cues.py,
the run logic in ner/rules.py and the word lists in ner/cues.py).

Sentences are written for these tests; the names in them are invented.
"""

from __future__ import annotations

from storywire.stages.ner import context_cues, cues
from storywire.stages.ner.rules import org_head, rule_mentions


def found(text: str) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in rule_mentions(text, "it")}


def test_portfolio_after_an_office_belongs_to_the_title() -> None:
    got = found("Ieri il presidente della Repubblica Marco Bianchi ha firmato il decreto.")
    assert ("Marco Bianchi", "PER") in got
    assert not any("Repubblica" in text for text, _ in got)
    got = found("Il ministro dell'Interno Luca Verdi è arrivato in treno.")
    assert ("Luca Verdi", "PER") in got and not any("Interno" in text for text, _ in got)


def test_a_lone_portfolio_word_is_left_to_the_rules() -> None:
    got = found("Il segretario del Consiglio di sicurezza ha parlato a lungo.")
    assert ("Consiglio di sicurezza", "ORG") in got


def test_portfolio_needs_an_office_and_a_link_before_it() -> None:
    is_title = frozenset({"presidente", "ministro"})
    assert context_cues.portfolio_after_office(["presidente", "del", "Consiglio"], 2, "it", is_title)
    assert not context_cues.portfolio_after_office(["viaggio", "del", "Consiglio"], 2, "it", is_title)
    assert not context_cues.portfolio_after_office(["presidente", "del", "Partito"], 2, "it", is_title)
    assert not context_cues.portfolio_after_office(["presidente", "del", "Consiglio"], 2, "de", is_title)


def test_organisation_head_takes_up_to_two_adjectives() -> None:
    got = found("L'Agenzia spaziale europea e la Corte costituzionale hanno risposto.")
    assert ("Agenzia spaziale europea", "ORG") in got and ("Corte costituzionale", "ORG") in got
    got = found("Ieri la Guardia costiera nazionale europea ha soccorso un peschereccio.")
    assert ("Guardia costiera nazionale", "ORG") in got  # bounded: a third adjective is prose
    assert cues.MAX_ORG_ADJECTIVES == 2


def test_italian_heads_stay_italian() -> None:
    assert org_head("Procura", "it") and org_head("Movimento", "it")
    assert not org_head("Corte", "es") and not org_head("Movimento", "pl")


def test_institution_before_a_place_is_one_organisation() -> None:
    assert context_cues.institution_of_place(["Procura", "di", "Milano"], 0, 2)
    assert not context_cues.institution_of_place(["Mario", "di", "Milano"], 0, 2)
    # a national body and its country are two things
    assert not context_cues.institution_of_place(["Corte", "suprema", "della", "Libia"], 0, 3)
    got = found("La Questura di Napoli e il Tribunale di Torino hanno indagato sul caso.")
    assert ("Questura di Napoli", "ORG") in got and ("Tribunale di Torino", "ORG") in got
    assert ("Napoli", "LOC") not in got and ("Torino", "LOC") not in got
    assert ("Torino", "LOC") in found("Il treno per Torino è partito in ritardo.")


def test_short_number_inside_a_name() -> None:
    assert ("Movimento 7 Valli", "ORG") in found("Il Movimento 7 Valli ha presentato una lista.")
    head, always = (lambda w: org_head(w, "it")), (lambda j: True)
    assert context_cues.number_inside(["Movimento", "7", "Valli"], 1, head, always)
    assert not context_cues.number_inside(["Movimento", "2024", "Valli"], 1, head, always)  # a year
    assert not context_cues.number_inside(["Destiny", "2", "Bungie"], 1, head, always)  # no body's head
    assert ("Destiny 2 Bungie", "MISC") not in found("Abbiamo provato Destiny 2 Bungie ieri.")


def test_place_word_before_a_name_makes_a_place() -> None:
    got = found("Sono saliti sul monte Cusnaro e poi in barca sul lago Scurello.")
    assert ("Cusnaro", "LOC") in got and ("Scurello", "LOC") in got
    assert ("Valdorsa", "LOC") in found("Il sindaco della città di Valdorsa ha parlato.")
    assert ("Valdorsa", "LOC") not in found("Il sindaco ha parlato con Valdorsa.")


def test_place_cue_in_other_languages() -> None:
    assert context_cues.place_cue(["el", "río", "Tajuña"], 2, "es")
    assert context_cues.place_cue(["la", "ville", "de", "Vierzon"], 3, "fr")
    assert not context_cues.place_cue(["le", "président", "Vierzon"], 2, "fr")


def test_territorial_portfolio_names_its_territory_before_the_person() -> None:
    got = found("Il presidente della Regione Valbrenta Attilio Sarti ha parlato.")
    assert ("Valbrenta", "LOC") in got and ("Attilio Sarti", "PER") in got
    assert context_cues.territory("Provincia") and not context_cues.territory("Consiglio")


def test_a_company_word_or_a_cited_source_with_an_article_makes_an_organisation() -> None:
    got = found("Il gruppo Stellantis ha chiuso lo stabilimento. La società Luxottica cresce.")
    assert {("Stellantis", "ORG"), ("Luxottica", "ORG")} <= got
    got = found("Secondo l'Agcom, il mercato cresce. Secondo il Corriere, i prezzi salgono.")
    assert {("Agcom", "ORG"), ("Corriere", "ORG")} <= got
    # a person is cited with no article: left to the other rules
    assert ("Bianchi", "ORG") not in found("Il piano, secondo Bianchi, è pronto.")
    assert context_cues.company_cue(["secondo", "l'", "Istat"], 2, "it")
    assert not context_cues.company_cue(["con", "la", "Rossi"], 2, "it")


def test_well_known_italian_companies_are_organisations() -> None:
    # one word, no cue around it: organisations.py lists them
    got = found("La Fiat ha annunciato nuovi investimenti. La Procura ha aperto un'inchiesta su Unicredit.")
    assert {("Fiat", "ORG"), ("Unicredit", "ORG")} <= got
