"""The rule backend's run logic (ner/rules.py) for languages without morphology (Italian).

Sentences are written for these tests; the names in them are invented.
"""

from __future__ import annotations

from storywire.stages.ner.rules import rule_mentions


def found(text: str) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in rule_mentions(text, "it")}


def test_minor_place_name_before_a_surname_is_a_first_name() -> None:
    # "Marco" is also a small town: without morphology only a major place splits off
    assert ("Marco Bellandi", "PER") in found("Oggi il presidente Marco Bellandi ha firmato il decreto.")
    got = found("Il presidente Russia Pavel Orlov ha parlato.")
    assert ("Russia", "LOC") in got and ("Pavel Orlov", "PER") in got


def test_a_given_name_before_a_surname_that_is_also_a_town_opens_a_person() -> None:
    # "Marco" and "Rubio" are both towns in the gazetteer: a given name first opens a person
    assert ("Marco Rubio", "PER") in found("Il ministro ha ricevuto Marco Rubio a Roma.")
    assert ("Roma", "LOC") in found("Il ministro ha ricevuto Marco Rubio a Roma.")


def test_sentence_opening_adverb_is_no_part_of_a_name() -> None:
    assert ("Guardia costiera", "ORG") in found("Ieri la Guardia costiera ha soccorso una barca.")
    assert ("Francesca Lodi", "PER") in found("Stamattina Francesca Lodi ha votato.")


def test_minor_place_before_a_full_name_splits_off() -> None:
    got = found("Il sindaco Ravenna Luca Neri ha parlato.")
    assert ("Ravenna", "LOC") in got and ("Luca Neri", "PER") in got


def test_a_title_of_a_country_then_a_name_are_two_entities() -> None:
    got = found("Il presidente ha ricevuto il re di Spagna Felipe VI al Quirinale.")
    assert ("Spagna", "LOC") in got and ("Felipe VI", "PER") in got
    got = found("Ieri il premier di Francia Paul Morel è arrivato a Roma.")
    assert ("Francia", "LOC") in got and ("Paul Morel", "PER") in got


def test_an_elided_of_inside_a_name_joins_it() -> None:
    assert ("Banca d'Italia", "ORG") in found("Secondo la Banca d'Italia, il debito è salito.")
    # the court with the town it serves, as "Procura di Milano"
    assert ("Corte d'Appello di Bari", "ORG") in found("Ieri la Corte d'Appello di Bari ha deciso.")


def test_a_party_keeps_its_creed() -> None:
    assert ("Partito democratico", "ORG") in found("Ieri la segretaria del Partito democratico ha parlato.")
    assert ("Partito socialista europeo", "ORG") in found("Ieri il Partito socialista europeo ha votato.")


def test_a_stadium_and_its_town_are_two_places() -> None:
    got = found("La squadra ha vinto all'Allianz Stadium di Torino ieri sera.")
    assert ("Allianz Stadium", "LOC") in got and ("Torino", "LOC") in got
    assert ("San Siro", "LOC") in found("Si gioca allo stadio San Siro domenica.")


def test_a_very_common_word_capitalised_by_house_style_is_no_name() -> None:
    got = found("I Paesi sviluppati e diversi Stati africani ne discutono con la Lega e la Bellandia.")
    assert not {w for w, _ in got} & {"Paesi", "Stati"}
    assert {"Lega", "Bellandia"} <= {w for w, _ in got}  # rarer words stay candidate names


def test_word_frequency_of_a_language_without_a_list_is_zero() -> None:
    from storywire.stages.ner.word_frequency import zipf

    assert zipf("paesi", "it") > 5 and zipf("paesi", "xx") == 0.0


def test_an_office_of_a_territory_then_a_full_name_is_the_person() -> None:
    # "della Regione" is the office's portfolio; no unknown word is taken for its territory
    # unless a full name still follows it
    assert ("Carlo Bellandi", "PER") in found("Ha parlato il presidente della Regione Carlo Bellandi ieri.")
    got = found("Ha parlato il presidente della Regione Lombardia Carlo Bellandi ieri.")
    assert ("Lombardia", "LOC") in got and ("Carlo Bellandi", "PER") in got


def test_an_elided_of_before_a_place_belongs_to_neither_name() -> None:
    got = found("Ieri il Parlamento dell'Albania ha votato.")
    assert ("Parlamento", "ORG") in got and ("Albania", "LOC") in got


def test_a_saints_name_after_a_place_preposition_is_a_place() -> None:
    assert ("San Siro", "LOC") in found("La partita si gioca a San Siro domenica.")
    assert ("San Francesco", "PER") in found("Ieri la città ha festeggiato San Francesco.")


def test_a_towns_name_that_opens_a_sentence_as_a_common_word_is_no_place() -> None:
    got = found("Una nuova eruzione ha colpito l'isola. Roma è lontana.")
    assert ("Una", "LOC") not in got and ("Roma", "LOC") in got


def test_a_known_bodys_name_of_several_words_ends_the_run_before_it() -> None:
    from storywire.stages.ner.morph import hint_for

    text = "Голова Федерації професійних спілок України заявив."
    got = {(m.text, m.type) for m in rule_mentions(text, "uk", hint=hint_for("uk"))}
    assert ("Федерації професійних спілок", "ORG") in got and ("України", "LOC") in got


def test_a_head_that_needs_its_tail_names_a_body_only_with_it() -> None:
    got = found("L'Istituto superiore di sanità e la Conferenza episcopale italiana hanno parlato.")
    assert {("Istituto superiore di sanità", "ORG"), ("Conferenza episcopale italiana", "ORG")} <= got
    assert found("Conferenza stampa a Roma. Istituto chiuso per ferie.") == {("Roma", "LOC")}


def test_a_run_with_no_given_name_is_a_place_or_a_body_by_its_words() -> None:
    text = "I pendolari di Borgo San Dalmazzo e della Val Vermenagna protestano contro Ferrovia Centrale Umbra."
    got = found(text)
    assert ("Borgo San Dalmazzo", "LOC") in got and ("Val Vermenagna", "LOC") in got
    assert ("Ferrovia Centrale Umbra", "ORG") in got
    assert ("Sassari Torres Calcio", "ORG") in found("Ieri la Sassari Torres Calcio ha vinto.")
    assert ("Marco Bianchi", "PER") in found("Ieri Marco Bianchi ha parlato.")
    assert ("Lautaro Martínez", "PER") in found("Ieri Lautaro Martínez ha segnato.")
