"""Actors' roles: titles and countries read natively around person mentions, merged across reports."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storywire.events.merge import EventIndex
from storywire.events.roles import combine, merge_roles, role_at, role_label, without_article
from storywire.events.timeline import TimelineRow, format_text
from storywire.export import event_record
from storywire.model import ActorRole, Event, Evidence
from storywire.serialize import event_from_dict, event_to_dict
from storywire.views import format_event

Extract = Callable[..., Any]


def role(text: str, name: str, lang: str) -> tuple[str, str | None] | None:
    start = text.index(name)
    return role_at(text, start, start + len(name), 0, len(text), lang)


# Hand-written sentences: a title before the name, or an apposition after it, in each language.
CASES = [
    (
        "en",
        "Russia's Security Council secretary Sergei Shoigu landed in the capital.",
        "Sergei Shoigu",
        "Russia's Security Council secretary",
        "RU",
    ),
    (
        "en",
        "The envoy sat down with Sergei Shoigu, the secretary of Russia's Security Council, on Monday.",
        "Sergei Shoigu",
        "secretary of Russia's Security Council",
        "RU",
    ),
    (
        "en",
        "The talks were opened by Chinese Foreign Minister Wang Yi in the morning.",
        "Wang Yi",
        "Chinese Foreign Minister",
        "CN",
    ),
    ("en", "Talks with President Xi Jinping lasted an hour.", "Xi Jinping", "president", None),
    ("en", "A letter from North Korean leader Kim Jong-un was read out.", "Kim Jong-un", "North Korean leader", "KP"),
    ("en", "Turkish Foreign Minister Hakan Fidan arrived late.", "Hakan Fidan", "Turkish Foreign Minister", "TR"),
    (
        "fr",
        "Lundi, le secrétaire du Conseil de sécurité russe, Sergueï Choïgou, est arrivé à Minsk.",
        "Sergueï Choïgou",
        "secrétaire du Conseil de sécurité russe",
        "RU",
    ),
    (
        "fr",
        "Il a déjeuné avec le ministre chinois des Affaires étrangères Wang Yi à Genève.",
        "Wang Yi",
        "ministre chinois des Affaires étrangères",
        "CN",
    ),
    ("fr", "La lettre du président nord-coréen Kim Jong-un a été lue.", "Kim Jong-un", "président nord-coréen", "KP"),
    (
        "fr",
        "Elle a appelé le Premier ministre malaisien Anwar Ibrahim.",
        "Anwar Ibrahim",
        "premier ministre malaisien",
        "MY",
    ),
    (
        "de",
        "Am Montag sprach er mit Sergei Schoigu, dem Sekretär des Sicherheitsrates der Russischen Föderation.",
        "Sergei Schoigu",
        "Sekretär des Sicherheitsrates der Russischen Föderation",
        "RU",
    ),
    (
        "de",
        "Gestern empfing der chinesische Präsident Xi Jinping die Gäste.",
        "Xi Jinping",
        "chinesische Präsident",
        "CN",
    ),
    (
        "de",
        "Ein Brief an den polnischen Außenminister Radosław Sikorski wurde bekannt.",
        "Radosław Sikorski",
        "polnischen Außenminister",
        "PL",
    ),
    ("uk", "Вчора Президент Росії Володимир Путін виступив на форумі.", "Володимир Путін", "президент Росії", "RU"),
    ("uk", "Про це сказав китайський лідер Сі Цзіньпін під час зустрічі.", "Сі Цзіньпін", "китайський лідер", "CN"),
    (
        "uk",
        "До столиці прилетів заступник голови Ради безпеки Росії Дмитро Медведєв.",
        "Дмитро Медведєв",
        "заступник голови Ради безпеки Росії",
        "RU",
    ),
    (
        "ru",
        "В Минск прибыл секретарь Совета безопасности России Сергей Шойгу.",
        "Сергей Шойгу",
        "секретарь Совета безопасности России",
        "RU",
    ),
    ("ru", "Переговоры провел министр иностранных дел Китая Ван И.", "Ван И", "министр иностранных дел Китая", "CN"),
    (
        "es",
        "Habló con el secretario del Consejo de Seguridad ruso, Serguéi Shoigú, por la tarde.",
        "Serguéi Shoigú",
        "secretario del Consejo de Seguridad ruso",
        "RU",
    ),
    ("es", "Ayer el presidente chino Xi Jinping recibió a los enviados.", "Xi Jinping", "presidente chino", "CN"),
    (
        "it",
        "Ha pranzato con il ministro degli Esteri cinese Wang Yi a Roma.",
        "Wang Yi",
        "ministro degli Esteri cinese",
        "CN",
    ),
    ("it", "Una lettera del leader nordcoreano Kim Jong-un è arrivata.", "Kim Jong-un", "leader nordcoreano", "KP"),
    ("pl", "Wczoraj chiński przywódca Xi Jinping przyjął gości.", "Xi Jinping", "chiński przywódca", "CN"),
    (
        "pl",
        "Rozmawiał z sekretarzem Rady Bezpieczeństwa Rosji Siergiejem Szojgu w Mińsku.",
        "Siergiejem Szojgu",
        "sekretarzem Rady Bezpieczeństwa Rosji",
        "RU",
    ),
    (
        "pl",
        "List od przywódcy Korei Północnej Kim Dzong Una dotarł.",
        "Kim Dzong Una",
        "przywódcy Korei Północnej",
        "KP",
    ),
]


@pytest.mark.parametrize(("lang", "text", "name", "title", "country"), CASES, ids=[f"{c[0]}-{c[2]}" for c in CASES])
def test_role_per_language(lang: str, text: str, name: str, title: str, country: str | None) -> None:
    assert role(text, name, lang) == (title, country)


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "He met former defence minister Sergei Shoigu in Minsk.", "Sergei Shoigu"),
        ("en", "After meeting the president, Sergei Shoigu flew home.", "Sergei Shoigu"),
        ("en", "Putin and Xi Jinping spoke.", "Xi Jinping"),
        ("fr", "Sergueï Choïgou, l'ancien ministre de la Défense, a parlé.", "Sergueï Choïgou"),
        ("fr", "Il a rencontré Wang Yi, a indiqué l'agence.", "Wang Yi"),
        ("de", "Er sagte bei dem Treffen mit Schoigu, dass beide Seiten zufrieden seien.", "Schoigu"),
        ("uk", "Колишній прем'єр-міністр Микола Азаров виступив.", "Микола Азаров"),
        ("ru", "Бывший министр обороны Сергей Шойгу прилетел.", "Сергей Шойгу"),
    ],
)
def test_no_role(lang: str, text: str, name: str) -> None:
    assert role(text, name, lang) is None


def test_roles_in_extraction(extract: Extract) -> None:
    found, registry = extract(
        "Le président nord-coréen Kim Jong-un a rencontré Sergueï Choïgou, le secrétaire du Conseil de "
        "sécurité russe, à Pyongyang.",
        "fr",
    )
    consult = next(c for c in found if c.type == "CONSULT")
    by_name = {registry.get(eid).name: r for eid, r in consult.roles.items()}
    kim = next(r for n, r in by_name.items() if "Kim" in n)
    shoigu = next(r for n, r in by_name.items() if "Kim" not in n)
    assert (kim.title, kim.country, kim.language) == ("président nord-coréen", "KP", "fr")
    assert "Conseil de sécurité" in shoigu.title and shoigu.country == "RU"
    event = consult.event()
    assert set(event.roles) <= set(event.actors) and len(event.roles) == 2


def test_role_from_another_sentence(extract: Extract) -> None:
    found, registry = extract(
        "Chinese Foreign Minister Wang Yi arrived in Paris on Monday. "
        "On Tuesday Wang Yi met Jean-Noël Barrot in Paris.",
        "en",
    )
    consult = next(c for c in found if c.type == "CONSULT" and c.targets)
    roles = {registry.get(eid).name: r for eid, r in consult.roles.items()}
    assert any(r.country == "CN" and "minister" in r.title.lower() for r in roles.values())


R_EN = ActorRole("secretary of Russia's Security Council", "RU", "a1", "en",
                 {"en": "secretary of Russia's Security Council"})  # fmt: skip
R_FR = ActorRole("secrétaire du Conseil de sécurité russe", "RU", "a2", "fr",
                 {"fr": "secrétaire du Conseil de sécurité russe"})  # fmt: skip
R_EN2 = ActorRole("senior Russian official", "RU", "a3", "en", {"en": "senior Russian official"})
R_UK = ActorRole("секретар", None, "a4", "uk", {"uk": "секретар"})


def test_combine_keeps_a_title_per_language_and_prefers_specific_titles() -> None:
    merged = combine(combine(R_FR, R_EN2), combine(R_UK, R_EN))
    assert merged.title == "secretary of Russia's Security Council" and merged.country == "RU"
    assert merged.titles == {"en": "secretary of Russia's Security Council",
                             "fr": "secrétaire du Conseil de sécurité russe", "uk": "секретар"}  # fmt: skip


@settings(max_examples=40, deadline=None)
@given(st.permutations([R_EN, R_FR, R_EN2, R_UK]))
def test_combine_is_order_free(order: list[ActorRole]) -> None:
    merged = order[0]
    for r in order[1:]:
        merged = combine(merged, r)
    expected = combine(combine(R_EN, R_FR), combine(R_EN2, R_UK))
    assert merged == expected


def test_merge_roles_keeps_only_actors() -> None:
    out = merge_roles({"a": R_EN, "b": R_UK}, {"a": R_FR}, keep=["a"])
    assert list(out) == ["a"] and set(out["a"].titles) == {"en", "fr"}


def test_without_article() -> None:
    merged = combine(R_EN, R_FR)
    assert without_article(merged, "zzz") == merged
    left = without_article(merged, "a1")
    assert left is not None and left.title == R_FR.title and left.titles == {"fr": R_FR.title}
    assert without_article(R_EN, "a1") is None


def _event(eid: str, article: str, roles: dict[str, ActorRole]) -> Event:
    return Event(eid, "CONSULT", None, ["shoigu"], ["wang"], "beijing", "2025-02-28", "day",
                 evidence=[Evidence(article, 0, 5, "x met")], roles=roles)  # fmt: skip


def test_index_merges_roles_across_reports() -> None:
    index = EventIndex()
    index.add(_event("e1", "a1", {"shoigu": R_EN}))
    index.add(_event("e2", "a2", {"shoigu": R_FR, "wang": ActorRole("ministre chinois", "CN", "a2", "fr",
                                                                     {"fr": "ministre chinois"})}))  # fmt: skip
    (event,) = list(index)
    assert set(event.roles) == {"shoigu", "wang"}
    assert set(event.roles["shoigu"].titles) == {"en", "fr"} and event.roles["shoigu"].country == "RU"
    index.forget_article("a1")
    (event,) = list(index)
    assert event.roles["shoigu"].titles == {"fr": R_FR.title}


def test_round_trip_export_and_views() -> None:
    event = _event("e1", "a1", {"shoigu": combine(R_EN, R_FR)})
    assert event_from_dict(event_to_dict(event)) == event
    assert event_from_dict({k: v for k, v in event_to_dict(event).items() if k != "roles"}).roles == {}
    record = event_record(event)
    assert record["roles"]["shoigu"]["title"] == "secretary of Russia's Security Council"
    assert record["roles"]["shoigu"]["country"] == "RU" and set(record["roles"]["shoigu"]["titles"]) == {"en", "fr"}
    names = {"shoigu": {"name": "Sergei Shoigu"}, "wang": {"name": "Wang Yi"}}
    line = format_event(event, names)
    assert "Sergei Shoigu (secretary of Russia's Security Council, RU) · Wang Yi" in line


def test_role_label() -> None:
    assert role_label("Xi Jinping", None) == "Xi Jinping"
    assert role_label("Xi Jinping", ActorRole("president")) == "Xi Jinping (president)"
    assert role_label("Xi Jinping", ActorRole("président chinois", "CN")) == "Xi Jinping (président chinois, CN)"


def test_timeline_text_shows_roles() -> None:
    fields = dict.fromkeys(TimelineRow.__dataclass_fields__, "")
    fields.update(date="2025-02-28", type="CONSULT", source_count=1,
                  roles="Sergei Shoigu (secretary of Russia's Security Council, RU)")  # fmt: skip
    text = format_text([TimelineRow(**fields)])
    assert "Sergei Shoigu (secretary of Russia's Security Council, RU)" in text


def test_speed() -> None:
    import time

    text = " ".join(itertools.repeat("Chinese Foreign Minister Wang Yi met Sergei Shoigu, the secretary of "
                                     "Russia's Security Council, in Beijing.", 20))  # fmt: skip
    spans = [(i, i + len(n)) for i in range(len(text)) for n in ("Wang Yi", "Sergei Shoigu") if text.startswith(n, i)]
    role_at(text, spans[0][0], spans[0][1], 0, len(text), "en")
    began = time.perf_counter()
    for start, end in spans:
        assert role_at(text, start, end, max(0, start - 200), min(len(text), end + 200), "en")
    assert (time.perf_counter() - began) / len(spans) < 0.002
