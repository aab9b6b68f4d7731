"""National institutions are organisations by name, lower-case heads and declined forms too."""

from __future__ import annotations

from storywire.identity.national_bodies import NATIONAL_BODIES
from storywire.identity.organisations import ORG_NAMES
from storywire.stages.ner.gazetteer import org_matcher


def _matched(text: str, language: str) -> str | None:
    words = text.split(" ")
    hit = org_matcher(language).match(words, 0)
    return None if hit is None else " ".join(words[: hit[0]])


def test_lower_case_heads_and_declined_forms_are_matched_whole() -> None:
    assert _matched("gendarmerie nationale a bouclé", "fr") == "gendarmerie nationale"
    assert _matched("polizia di Stato ha arrestato", "it") == "polizia di Stato"
    body = "Instytutu Meteorologii i Gospodarki Wodnej"
    assert _matched(f"{body} podał", "pl") == body
    assert _matched("Верховної Ради ухвалили", "uk") == "Верховної Ради"


def test_every_form_links_to_its_body_and_no_form_is_shared() -> None:
    for canonical, forms in NATIONAL_BODIES.items():
        assert forms[0] == canonical
        for form in forms:
            assert ORG_NAMES[form] == canonical, form


def test_parliaments_stay_with_the_institutions_and_their_declined_forms_join_them() -> None:
    from storywire.identity.institutions import institution

    assert not {"Bundestag", "Sejm", "Верховна Рада", "Госдума"} & set(NATIONAL_BODIES)
    for form, country in (
        ("Sejmem", "PL"),
        ("Государственной думы", "RU"),
        ("Верховну Раду", "UA"),
        ("Бундестага", "DE"),
    ):
        found = institution(form)
        assert found is not None and (found.kind, found.country) == ("parliament", country), form


def test_a_russian_federal_agency_is_matched_in_the_instrumental_a_word_after_it_is_not() -> None:
    assert _matched("Росморречфлотом подписан контракт", "ru") == "Росморречфлотом"
    assert _matched("Росстата показали рост", "ru") == "Росстата"
    assert _matched("Ростовом правит мэр", "ru") is None
