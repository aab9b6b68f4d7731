"""Tests for the date normalisation stage (hand-written sentences; seeds read at test time)."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from babel.dates import get_month_names
from hypothesis import given, settings
from hypothesis import strategies as st

from storywire.model import Article, Paragraph
from storywire.stages.dates import (
    VERSION,
    find_temporal_expressions,
    infer_publication_date,
    normalise_dates,
)

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "seeds"
FRI = date(2025, 2, 28)  # a Friday


def values(text: str, lang: str, pub: date | None = FRI) -> dict[str, str]:
    return {e.text: e.value for e in find_temporal_expressions(text, lang, pub)}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The envoy arrived on Tuesday and left Friday.", {"on Tuesday": "2025-02-25", "Friday": "2025-02-28"}),
        ("en", "Talks resumed Tuesday afternoon in Geneva.", {"Tuesday afternoon": "2025-02-25TAF"}),
        ("en", "Prices rose this week after last month's slump.", {"this week": "2025-W09", "last month": "2025-01"}),
        ("en", "The deal was signed on February 3, 2024.", {"February 3, 2024": "2024-02-03"}),
        ("en", "The war began nearly three years ago.", {"nearly three years ago": "2022"}),
        ("en", "She visited in June and yesterday.", {"June": "2024-06", "yesterday": "2025-02-27"}),
        ("en", "He will meet them on Monday.", {"on Monday": "2025-03-03"}),
        ("fr", "Le président a parlé jeudi puis vendredi.", {"jeudi": "2025-02-27", "vendredi": "2025-02-28"}),
        ("fr", "Le traité du 12 septembre fut signé hier.", {"12 septembre": "2024-09-12", "hier": "2025-02-27"}),
        ("fr", "Cette semaine, le conseil se réunit.", {"Cette semaine": "2025-W09"}),
        ("fr", "Il reviendra vendredi prochain.", {"vendredi prochain": "2025-03-07"}),
        ("fr", "Les élections ont eu lieu en 2022.", {"2022": "2022"}),
        ("de", "Der Kanzler sprach am Freitag und gestern.", {"am Freitag": "2025-02-28", "gestern": "2025-02-27"}),
        ("de", "Am 3. März 2024 begann die Konferenz.", {"Am 3. März 2024": "2024-03-03"}),
        ("de", "Die Gespräche gehen am nächsten Montag weiter.", {"am nächsten Montag": "2025-03-03"}),
        ("uk", "Зустріч відбулася 14 грудня, а вчора прийшла відповідь.",
         {"14 грудня": "2024-12-14", "вчора": "2025-02-27"}),
        ("uk", "У листопаді цього року делегація повернулася.", {"У листопаді цього року": "2025-11"}),
        ("uk", "Навесні уряд ухвалив закон, а у п'ятницю його підписали.",
         {"Навесні": "2024-SP", "у п'ятницю": "2025-02-28"}),
        ("ru", "Переговоры прошли в пятницу, а вчера министр уехал.",
         {"в пятницу": "2025-02-28", "вчера": "2025-02-27"}),
        ("ru", "Соглашение подписали 5 декабря 2023 года.", {"5 декабря 2023 года": "2023-12-05"}),
        ("es", "El lunes el gobierno anunció el acuerdo del 3 de enero.",
         {"El lunes": "2025-02-24", "3 de enero": "2025-01-03"}),
        ("es", "La reforma se aprobó en 2019 y ayer entró en vigor.", {"2019": "2019", "ayer": "2025-02-27"}),
        ("it", "Il 3 marzo il ministro partirà; ieri ha parlato.", {"Il 3 marzo": "2025-03-03", "ieri": "2025-02-27"}),
        ("it", "Lunedì scorso è stato firmato l'accordo.", {"Lunedì scorso": "2025-02-24"}),
        ("pl", "Spotkanie odbyło się wczoraj, a 12 stycznia był szczyt.",
         {"wczoraj": "2025-02-27", "12 stycznia": "2025-01-12"}),
        ("zh", "2024年3月5日，部长昨天访问了北京。", {"2024年3月5日": "2024-03-05", "昨天": "2025-02-27"}),
        ("it", "Venerdi il ministro ha parlato.", {"Venerdi": "2025-02-28"}),  # typed without accent
        ("it", "Nel novembre dello scorso anno la crisi è esplosa.", {"novembre dello scorso anno": "2024-11"}),
        ("es", "En febrero del año pasado hubo protestas.", {"febrero del año pasado": "2024-02"}),
        ("fr", "Le texte sera voté en fin d'année.", {"fin d'année": "2025"}),
        ("es", "A finales de mes se votará.", {"finales de mes": "2025-02"}),
    ],
)
def test_expressions(lang: str, text: str, expected: dict[str, str]) -> None:
    found = values(text, lang)
    for key, value in expected.items():
        # Spans may carry a governing article/preposition ('du 12 septembre').
        hits = [v for span, v in found.items() if key in span]
        assert hits == [value], (key, found)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "May said the bill may pass."),  # name and modal
        ("en", "Troops march on the capital."),
        ("fr", "La sonde a atteint Mars."),
        ("fr", "Il a été ministre."),  # 'été' = been, not summer
        ("en", "Over 2000 people were killed."),
        ("es", "El equipo ganó 3 a 1 en el minuto 90."),
        ("en", "The Arab Spring changed the region."),
    ],
)
def test_false_positives(lang: str, text: str) -> None:
    assert find_temporal_expressions(text, lang, FRI) == []


def test_mars_with_day_is_a_month() -> None:
    assert values("Le 3 mars, il est parti.", "fr") == {"Le 3 mars": "2025-03-03"}


def test_no_publication_date_keeps_only_absolute() -> None:
    found = values("Hier, le 3 mars 2024, et vendredi.", "fr", None)
    assert found == {"le 3 mars 2024": "2024-03-03"}


def test_normalise_dates_uses_paragraph_language() -> None:
    text = "Der Minister kam am Freitag.\nThe minister left on Tuesday."
    art = Article(id="a", raw=text, text=text, language="de", published=FRI)
    split = text.index("\n") + 1
    art.paragraphs = [Paragraph(0, split - 1, "de", 0.9, False), Paragraph(split, len(text), "en", 0.9, False)]
    normalise_dates(art)
    assert [(d.text, d.value) for d in art.dates] == [("am Freitag", "2025-02-28"), ("on Tuesday", "2025-02-25")]
    assert all(text[d.start : d.end] == d.text for d in art.dates)
    assert art.provenance[-1].stage == "normalise_dates" and art.provenance[-1].version == VERSION


def test_infer_publication_date() -> None:
    assert infer_publication_date("No dates in here at all.", "en") == (None, 0.0)
    body = "KYIV, 4 March 2024\nThe parliament met on 1 March 2024 to vote on the budget bill."
    assert infer_publication_date(body, "en") == (date(2024, 3, 4), 0.8)
    nav = "Story text without a date that goes on for a while here.\n\n29 April 2024\n\nHeadline\n\n28 April 2024\n"
    assert infer_publication_date(nav, "en") == (None, 0.0)
    prose = "Some intro here.\n" * 20 + "The council voted on 5 May 2023 and again later on 7 June 2023 in the city."
    got, conf = infer_publication_date(prose, "en")
    assert got == date(2023, 6, 7) and 0 < conf < 0.8


# ---- properties -------------------------------------------------------------------------

LANGS = ["en", "fr", "de", "uk", "ru", "es", "it", "pl", "zh", "ar"]
_VALUE_OK = (
    r"\d{4}-\d\d-\d\d(T(MO|AF|EV|NI))?|\d{4}-W\d\d(-WE)?|\d{4}-\d\d|\d{4}-(SP|SU|FA|WI)|\d{4}-Q[1-4]|\d{2,4}"
    r"|PRESENT_REF|PAST_REF|FUTURE_REF"
)
dates = st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31))
words = st.sampled_from(["vendredi", "Freitag", "Tuesday", "грудня", "листопаді", "3 марта", "ayer", "ieri",
                         "2011", "May", "mars", "12/03/2020", "hace dos años", "il y a trois mois", "nel 1999",
                         "le lendemain", "al día siguiente", "del día", "el pasado día 31", "il giorno 30",
                         "ese mismo año", "XXe siècle", "siglo XXI", "Natale", "a Natale", "la veille", "\n",
                         "29 febbraio", "la semana", "http://x.org/2015/", "навесні", "l'anno precedente"])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=20), words), max_size=12), st.sampled_from(LANGS), dates)
def test_offsets_and_values(parts: list[str], lang: str, pub: date) -> None:
    text = " ".join(parts)
    for e in find_temporal_expressions(text, lang, pub, vague=True):
        assert text[e.start : e.end] == e.text and e.start < e.end
        assert re.fullmatch(_VALUE_OK, e.value), e.value
        if e.precision == "day":
            date.fromisoformat(e.value)


_NEXT_DAY = [("es", "Al día siguiente", 1), ("fr", "La veille", -1), ("it", "Il giorno dopo", 1),
             ("en", "The next day", 1), ("de", "Am Vortag", -1)]


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(_NEXT_DAY), dates, dates)
def test_anaphora_anchor_on_the_stated_date_of_the_same_line(case: tuple[str, str, int], pub: date, d: date) -> None:
    lang, phrase, offset = case
    stated = f"{d.year:04d}-{d.month:02d}-{d.day:02d}"
    same_line = find_temporal_expressions(f"{stated}. {phrase} hubo prisa.", lang, pub)
    assert [e.value for e in same_line][-1] == (d + timedelta(days=offset)).isoformat()
    next_line = find_temporal_expressions(f"{stated}.\n{phrase} hubo prisa.", lang, pub)
    assert [e.value for e in next_line][-1] == (pub + timedelta(days=offset)).isoformat()


@settings(max_examples=200, deadline=None)
@given(dates, st.sampled_from(["en", "fr", "de", "uk", "ru", "es", "it", "pl"]))
def test_rendered_dates_round_trip(d: date, lang: str) -> None:
    for context in ("format",):
        month = get_month_names("wide", context, lang)[d.month]
        text = f"Report: {d.day} {month} {d.year}."
        found = find_temporal_expressions(text, lang, d + timedelta(days=40))
        assert [e.value for e in found] == [d.isoformat()], (text, found)


# ---- seed articles (read at test time; never copied) -------------------------------------

SEED_LANG = {"000": "fr", "001": "fr", "002": "en", "003": "de", "004": "uk"}
SEED_EXPECT = {
    "000": [("vendredi", "2025-02-28"), ("jeudi", "2025-02-27")],
    "001": [("13 septembre", "2024-09-13")],
    "002": [("Tuesday", "2024-11-12"), ("Monday", "2024-11-11"), ("nearly three years ago", "2022")],
    "003": [("am Freitag", "2025-02-28")],
    # 'навесні очікує' (expects in spring), said on 30 December: the coming spring.
    "004": [("30 грудня", "2022-12-30"), ("21 грудня", "2022-12-21"), ("У листопаді", "2022-11"),
            ("навесні", "2023-SP")],
}


@pytest.mark.skipif(not (SEEDS / "meta.jsonl").exists(), reason="shared seed data not available")
@pytest.mark.parametrize("prefix", sorted(SEED_EXPECT))
def test_seed_relative_expressions(prefix: str) -> None:
    meta = [json.loads(line) for line in (SEEDS / "meta.jsonl").read_text().splitlines() if line.strip()]
    entry = next(m for m in meta if m["file"].startswith(prefix))
    text = (SEEDS / entry["file"]).read_text(encoding="utf-8")
    found = find_temporal_expressions(text, SEED_LANG[prefix], date.fromisoformat(entry["published"]))
    for needle, value in SEED_EXPECT[prefix]:
        hits = [e for e in found if needle in e.text]
        assert hits, (needle, [e.text for e in found])
        assert any(e.value.startswith(value) for e in hits), (needle, [(e.text, e.value) for e in hits])


def test_chinese_year_with_nian_resolves() -> None:
    from storywire.stages.dates import find_temporal_expressions

    found = find_temporal_expressions("俄罗斯和中国在2024年加强了合作。", "zh", date(2025, 2, 28))
    assert [(t.text, t.value) for t in found] == [("2024年", "2024")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقع الاتفاق في 3 آذار 2020 في بيروت.", {"3 آذار 2020": "2020-03-03"}),  # Levantine
        ("سيعقد المؤتمر في تشرين الأول المقبل.", {"تشرين الأول المقبل": "2025-10"}),  # two words
        ("أعلنت الوزارة في 12 جانفي 2020 قرارا.", {"12 جانفي 2020": "2020-01-12"}),  # Maghrebi
        ("في 14 يوليوز 2019 احتفلت الرباط.", {"14 يوليوز 2019": "2019-07-14"}),  # Moroccan
    ],
)
def test_arabic_regional_month_names(text: str, expected: dict[str, str]) -> None:
    assert values(text, "ar") == expected


def test_arabic_regional_month_that_is_a_name_needs_a_day_or_year() -> None:
    assert values("قالت تيريزا ماي إن بريطانيا ستغادر.", "ar") == {}  # Theresa May, not May
    assert values("وصلت البعثة في 5 ماي 2019.", "ar") == {"5 ماي 2019": "2019-05-05"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل ثلاثة أشخاص قبل ثلاثة أسابيع.", {"قبل ثلاثة أسابيع": "2025-W06"}),
        ("وصل الوفد قبل 3 أيام.", {"قبل 3 أيام": "2025-02-25"}),
        ("وصل الوفد قبل ٣ أيام.", {"قبل ٣ أيام": "2025-02-25"}),  # Arabic-Indic digits
        ("التقى الوزيران قبل يومين.", {"قبل يومين": "2025-02-26"}),  # the dual is its own number
        ("وقع الحادث أول أمس.", {"أول أمس": "2025-02-26"}),
        ("أعلنت الوزارة صباح اليوم الجمعة قرارا.", {"صباح اليوم": "2025-02-28", "الجمعة": "2025-02-28"}),
        ("وفي اليوم التالي عاد الوفد.", {}),  # "the next day": an anaphor, not today
        ("احتفل العالم باليوم العالمي للمرأة.", {}),
    ],
)
def test_arabic_relative_days_and_ago(text: str, expected: dict[str, str]) -> None:
    assert values(text, "ar") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("他上周五抵达北京。", {"上周五": "2025-02-21"}),
        ("双方将于下周二会谈。", {"下周二": "2025-03-04"}),  # not this week's Tuesday
    ],
)
def test_chinese_weekday_modifiers_without_spaces(text: str, expected: dict[str, str]) -> None:
    assert values(text, "zh") == expected


def test_german_lower_case_morgen_is_tomorrow_and_the_noun_is_the_morning() -> None:
    assert values("Der Kanzler reist morgen nach Paris.", "de") == {"morgen": "2025-03-01"}
    assert values("Am Morgen sprach der Kanzler.", "de") == {}
    assert values("Er sprach heute Morgen.", "de") == {"heute Morgen": "2025-02-28TMO"}


# Relative dates in the languages cl-tls does not cover, written for this test (session 12,
# published on Friday 14 March 2025) and labelled before the stage ran on them; two were then
# wrong: "on April 3" (a month "on April" outgrew the day) and "rose in April" (an irregular
# past tense the cues did not know, so April was read as upcoming).
_FRIDAY = date(2025, 3, 14)
_RELATIVE = [
    ("de", "Am Dienstag traf sich der Kanzler mit Gewerkschaftern.", "2025-03-11"),
    ("de", "Die Wahl fand am 23. Februar statt.", "2025-02-23"),
    ("de", "Nächste Woche reist sie nach Paris.", "2025-W12"),
    ("de", "Vor zwei Jahren hatte er das Amt übernommen.", "2023"),
    ("de", "Im Januar stiegen die Preise.", "2025-01"),
    ("en", "On Wednesday, the minister resigned.", "2025-03-12"),
    ("en", "The summit will take place on April 3.", "2025-04-03"),
    ("en", "Last month, exports fell.", "2025-02"),
    ("en", "Three days ago the storm hit the coast.", "2025-03-11"),
    ("en", "The law was passed in 2019.", "2019"),
    ("en", "Talks will resume next Monday.", "2025-03-17"),
    ("pl", "W poniedziałek premier spotkał się z rolnikami.", "2025-03-10"),
    ("pl", "Wybory odbędą się 18 maja.", "2025-05-18"),
    ("pl", "W zeszłym tygodniu ceny wzrosły.", "2025-W10"),
    ("pl", "Jutro rozpocznie się szczyt.", "2025-03-15"),
    ("pl", "W lutym inflacja spadła.", "2025-02"),
    ("ru", "В среду министр посетил Пекин.", "2025-03-12"),
    ("ru", "Переговоры пройдут 25 марта.", "2025-03-25"),
    ("ru", "В прошлом году экономика выросла.", "2024"),
    ("ru", "Вчера в Москве прошёл митинг.", "2025-03-13"),
    ("ru", "В следующем месяце начнутся учения.", "2025-04"),
    ("uk", "У четвер президент зустрівся з послами.", "2025-03-13"),
    ("uk", "Саміт відбудеться 2 квітня.", "2025-04-02"),
    ("uk", "Минулого тижня ціни зросли.", "2025-W10"),
    ("uk", "Торік економіка скоротилася.", "2024"),
    ("uk", "Сьогодні уряд ухвалив рішення.", "2025-03-14"),
    ("zh", "周二，外交部发言人在记者会上表示。", "2025-03-11"),
    ("zh", "峰会将于4月3日举行。", "2025-04-03"),
    ("zh", "去年经济增长了5%。", "2024"),
    ("zh", "上个月出口下降。", "2025-02"),
    ("zh", "昨天，总统会见了代表团。", "2025-03-13"),
    ("ar", "التقى الرئيس يوم الثلاثاء بالسفراء.", "2025-03-11"),
    ("ar", "ستعقد القمة في 3 أبريل.", "2025-04-03"),
    ("ar", "في العام الماضي نما الاقتصاد.", "2024"),
    ("ar", "أمس، أعلنت الحكومة خطة جديدة.", "2025-03-13"),
    ("ar", "الشهر المقبل ستبدأ المناورات.", "2025-04"),
    ("en", "Prices rose in April.", "2024-04"),
    ("en", "Prices will rise in April.", "2025-04"),
    ("pl", "W marcu 12 osób zginęło.", "2025-03"),
]


@pytest.mark.parametrize(("lang", "text", "value"), _RELATIVE, ids=[r[1][:30] for r in _RELATIVE])
def test_relative_dates_in_every_language(lang: str, text: str, value: str) -> None:
    assert value in [e.value for e in find_temporal_expressions(text, lang, _FRIDAY)]
