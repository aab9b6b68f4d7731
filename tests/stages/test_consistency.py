"""One type per name within a text: votes, place knowledge and person surnames."""

from __future__ import annotations

from storywire.model import EntityType, Mention
from storywire.stages.ner.consistency import harmonise


def _mentions(*pairs: tuple[str, EntityType]) -> list[Mention]:
    out, at = [], 0
    for text, etype in pairs:
        out.append(Mention(at, at + len(text), text, etype))
        at += len(text) + 1
    return out


def test_majority_type_wins() -> None:
    got = harmonise(_mentions(("Moskau", "LOC"), ("Moskau", "LOC"), ("Moskau", "ORG")))
    assert [m.type for m in got] == ["LOC", "LOC", "LOC"]


def test_a_name_typed_by_its_sentence_neither_votes_nor_is_outvoted() -> None:
    # a technology park where its residents work, a body where it invests
    got = _mentions(("Волга-Тех", "LOC"), ("Волга-Тех", "LOC"), ("Волга-Тех", "ORG"))
    got[0].model = got[1].model = "slavic-park"
    assert [m.type for m in harmonise(got)] == ["LOC", "LOC", "ORG"]


def test_a_known_place_is_no_person() -> None:
    got = harmonise(_mentions(("China", "PER"), ("China", "PER")), {"China": "LOC"}, {"China"})
    assert {m.type for m in got} == {"LOC"}


def test_a_known_place_typed_org_keeps_the_models_type_on_a_tie() -> None:
    # national sports teams are named after their country and are organisations
    got = harmonise(_mentions(("Meksyk", "ORG")), {"Meksyk": "LOC"})
    assert got[0].type == "ORG"


def test_surname_of_a_full_name_votes_person() -> None:
    got = harmonise(_mentions(("Olaf Scholz", "PER"), ("Scholz", "ORG")))
    assert [m.type for m in got] == ["PER", "PER"]


def test_chinese_names_propagate_as_substrings() -> None:
    from storywire.stages.ner.consistency import propagate_people

    text = "总统马克龙周二访问柏林。马克龙和德国总理会谈。"
    first = text.index("马克龙")
    found = propagate_people(text, [Mention(first, first + 3, "马克龙", "PER")], "zh")
    assert [(m.start, m.text) for m in found] == [(first, "马克龙"), (text.index("马克龙", first + 3), "马克龙")]


def test_a_town_that_is_also_a_first_name_keeps_the_person_on_a_tie() -> None:
    got = harmonise(_mentions(("Ada", "PER")), {"Ada": "LOC"}, major=())
    assert got[0].type == "PER"


def test_a_two_letter_surname_spreads_only_as_the_articles_one_such_name() -> None:
    from storywire.stages.ner.consistency import propagate_people

    text = "Xi Jinping traf Li Qiang und Li Hui. Xi sagte, Li werde reisen. Er lachte."
    found = [
        Mention(0, 10, "Xi Jinping", "PER"),
        Mention(text.index("Li Qiang"), text.index("Li Qiang") + 8, "Li Qiang", "PER"),
        Mention(text.index("Li Hui"), text.index("Li Hui") + 6, "Li Hui", "PER"),
    ]
    got = [(m.text, m.start) for m in propagate_people(text, found, "de") if m.model == "propagated"]
    assert got == [("Xi", text.index("Xi sagte"))]  # not "Li": two people are called so


def _at(text: str, span: str, etype: EntityType, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(span, start + 1)
    return Mention(start, start + len(span), span, etype)


def test_a_full_name_repeated_still_lends_its_two_letter_surname() -> None:
    from storywire.stages.ner.consistency import propagate_people

    text = "Xi Jinping recibió a Shoigú. Según Xinhua, Xi pidió calma. Xi Jinping habló."
    found = [_at(text, "Xi Jinping", "PER"), _at(text, "Xi pidió", "ORG"), _at(text, "Xi Jinping", "PER", 1)]
    found[1].end, found[1].text = found[1].start + 2, "Xi"
    out = propagate_people(text, found, "es")
    assert [(m.text, m.type) for m in out] == [("Xi Jinping", "PER"), ("Xi", "PER"), ("Xi Jinping", "PER")]


def test_a_lone_surname_typed_place_stays_a_place_when_it_is_one() -> None:
    from storywire.stages.ner.consistency import propagate_people

    text = "George Washington was born in 1732. Washington said no."
    found = [_at(text, "George Washington", "PER"), _at(text, "Washington", "LOC", 1)]
    assert [m.type for m in propagate_people(text, found, "en")] == ["PER", "LOC"]


def test_the_surname_before_a_particle_chain_is_what_a_person_is_called() -> None:
    from storywire.stages.ner.consistency import propagate_people

    text = "Luiz Inácio Lula da Silva llegó a Belém. Lula habló con Marina Silva."
    found = [_at(text, "Luiz Inácio Lula da Silva", "PER"), _at(text, "Marina Silva", "PER")]
    got = [(m.text, m.start) for m in propagate_people(text, found, "es") if m.model == "propagated"]
    assert got == [("Lula", text.index("Lula habló"))]


def test_a_name_in_capitals_is_the_persons_surname() -> None:
    from storywire.stages.ner.consistency import propagate_people

    text = "Sergei Shoigu arrived. SHOIGU landed in Beijing; NATO watched."
    found = [
        Mention(0, 13, "Sergei Shoigu", "PER"),
        Mention(23, 29, "SHOIGU", "ORG"),
        Mention(text.index("NATO"), text.index("NATO") + 4, "NATO", "ORG"),
    ]
    got = propagate_people(text, found, "en")
    assert [(m.text, m.type) for m in got] == [("Sergei Shoigu", "PER"), ("SHOIGU", "PER"), ("NATO", "ORG")]


def test_a_polish_surname_found_declined_is_found_in_the_nominative_too() -> None:
    from storywire.stages.ner.consistency import propagate_people

    text = "Duda rozmawiał z Gitanasem Nausėdą. Nausėda podziękował."
    first = text.index("Gitanasem")
    found = [Mention(first, first + len("Gitanasem Nausėdą"), "Gitanasem Nausėdą", "PER")]
    got = propagate_people(text, found, "pl")
    assert [m.text for m in got] == ["Gitanasem Nausėdą", "Nausėda"]


def test_a_headline_read_as_one_name_is_the_articles_person_and_a_place() -> None:
    from storywire.stages.ner.consistency import propagate_people

    text = "Duda w Wilnie: rozmowy\n\nPrezydent Andrzej Duda rozmawiał w Wilnie."
    body = text.index("Andrzej")
    found = [Mention(0, 13, "Duda w Wilnie", "ORG"), Mention(body, body + 12, "Andrzej Duda", "PER")]
    got = propagate_people(text, found, "pl")
    assert [(m.text, m.type) for m in got] == [("Duda", "PER"), ("Wilnie", "LOC"), ("Andrzej Duda", "PER")]
    # no person of the article before the preposition: left alone
    text = "Uniwersytet w Warszawie ogłosił wyniki."
    found = [Mention(0, 23, "Uniwersytet w Warszawie", "ORG")]
    assert [(m.text, m.type) for m in propagate_people(text, found, "pl")] == [("Uniwersytet w Warszawie", "ORG")]


def test_a_towns_name_after_the_persons_full_name_is_the_person_but_a_capital_stays() -> None:
    from storywire.stages.ner.consistency import propagate_people

    text = "Il sindaco Beppe Sala ha parlato. Sala ha poi ringraziato Roma."
    found = [
        Mention(text.index("Beppe Sala"), text.index("Beppe Sala") + 10, "Beppe Sala", "PER"),
        Mention(text.index("Sala ha"), text.index("Sala ha") + 4, "Sala", "LOC"),
    ]
    assert [m.type for m in propagate_people(text, found, "it")] == ["PER", "PER"]
    text = "George Washington was born in Virginia. Washington grew."
    found = [
        Mention(0, 17, "George Washington", "PER"),
        Mention(text.index("Washington grew"), text.index("Washington grew") + 10, "Washington", "LOC"),
    ]
    assert [m.type for m in propagate_people(text, found, "en")] == ["PER", "LOC"]


def test_a_river_typed_person_is_a_place() -> None:
    from storywire.stages.ner.gazetteer import major_place_names, place_names

    got = harmonise(_mentions(("Rhine", "PER")), place_names("en"), major_place_names("en"))
    assert got[0].type == "LOC"


def test_a_declined_surname_is_the_articles_person_in_russian_and_ukrainian() -> None:
    from storywire.stages.ner.consistency import propagate_people

    text = "Глава банка Марина Соколова выступила. Соколову поддержали, а Соколовой возразили."
    at = text.index("Соколовой")
    found = [Mention(12, 27, "Марина Соколова", "PER"), Mention(at, at + 9, "Соколовой", "LOC")]
    got = [(m.text, m.type) for m in propagate_people(text, found, "ru")]
    assert got == [("Марина Соколова", "PER"), ("Соколову", "PER"), ("Соколовой", "PER")]


def test_a_german_country_genitive_typed_org_is_the_country() -> None:
    got = harmonise(
        _mentions(("Österreichs", "ORG"), ("Meksyk", "ORG")),
        {"Österreichs": "LOC", "Meksyk": "LOC"},
        {"Österreichs", "Österreich", "Meksyk"},
    )
    assert [m.type for m in got] == ["LOC", "ORG"]  # a team keeps its name, a genitive is no team


def test_a_spanish_first_surname_alone_is_the_person() -> None:
    from storywire.stages.ner.consistency import propagate_people

    text = "Habló Manuel Carmona Ruiz. Después Carmona se fue."
    found = [Mention(6, 25, "Manuel Carmona Ruiz", "PER", model="test")]
    got = [(m.text, m.type) for m in propagate_people(text, found, "es")]
    assert ("Carmona", "PER") in got
