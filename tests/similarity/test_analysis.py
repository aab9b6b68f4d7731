"""analyse_text runs the real pipeline: linked identity ids across scripts, happening dates."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from storywire.similarity.analysis import HEADLINE_ONLY, analyse_text, split_headline
from storywire.similarity.features import entity_overlap
from storywire.similarity.representation import CLEANED_AWAY, light_features

EN = "Russian Security Council secretary Sergei Shoigu met Chinese Foreign Minister Wang Yi in Beijing on Friday."
RU = "Секретарь Совбеза России Сергей Шойгу провел в пятницу в Пекине переговоры с главой МИД Китая Ван И."
DE = "Der russische Sicherheitsratssekretär Sergej Schoigu traf am Freitag in Peking den Außenminister Wang Yi."


def _ids(text: str, published: date | None = None) -> set[str]:
    article = analyse_text(text, published=published)
    return {m.entity_id for m in article.mentions if m.entity_id and m.type in ("PER", "LOC")}


def test_same_people_and_places_share_ids_across_scripts() -> None:
    en, ru, de = _ids(EN), _ids(RU), _ids(DE)
    assert len(en & ru) >= 3  # Shoigu, Wang Yi, Beijing whether spelt in Latin or Cyrillic
    assert len(en & de) >= 3
    assert entity_overlap(sorted(en), sorted(ru)) >= 0.6


def test_relative_dates_resolve_against_publication() -> None:
    feb = light_features(analyse_text(EN, published=date(2025, 2, 28)))
    nov = light_features(analyse_text(EN, published=date(2024, 11, 15)))
    assert (date(2025, 2, 28).toordinal(),) * 2 in [tuple(d) for d in feb["dates"]]
    assert feb["published"] == date(2025, 2, 28).toordinal()
    assert nov["dates"] and feb["dates"] != nov["dates"]


def test_without_publication_date_dates_stay_unknown() -> None:
    features = light_features(analyse_text(EN))  # SemEval-style: no date given, none inferable
    assert features["published"] is None and features["dates"] == []


def test_headline_split_and_empty_text() -> None:
    assert split_headline("A headline  The body follows here.") == ("A headline", "The body follows here.")
    assert split_headline("No headline here.") == (None, "No headline here.")
    assert split_headline("A headline\nThe body.\n\nMore body.") == ("A headline", "The body.\n\nMore body.")
    assert split_headline("A headline  The body.\nMore.") == ("A headline", "The body.\nMore.")  # the first wins
    assert split_headline("\n\nOnly one line") == (None, "\n\nOnly one line")
    article = analyse_text("   ")
    assert article.text == "" and article.mentions == []


_COOKIE_BANNER = (
    "We use cookies to improve your experience on our website. "
    "By continuing to browse this site you agree to our use of cookies."
)


def test_a_given_headline_stands_for_a_body_that_cleaning_removed() -> None:
    article = analyse_text(_COOKIE_BANNER, title="Gaza closes its mosques for two weeks to slow the virus")
    assert article.text.startswith("Gaza closes") and HEADLINE_ONLY in article.notes
    assert light_features(article)["kept_chars"] > 0  # an article: its pairs are scored, not hedged
    assert any(m.text == "Gaza" for m in article.mentions)


def test_without_a_real_headline_a_cleaned_away_page_is_marked_as_such() -> None:
    for title in (None, "News", "Home | Site"):
        article = analyse_text(_COOKIE_BANNER, title=title)
        assert article.text == _COOKIE_BANNER and CLEANED_AWAY in article.notes
        assert light_features(article)["kept_chars"] == 0


def test_numbers_are_read_in_any_digit_script() -> None:
    arabic = light_features(analyse_text("ارتفاع وفيات كورونا لـ١٠٧ أشخاص و1359 شقة في ٦ مدن"))
    latin = light_features(analyse_text("Coronavirus deaths rose to 107, and 1359 flats in 6 cities."))
    assert {"107", "1359"} <= set(arabic["numbers"]) and {"107", "1359"} <= set(latin["numbers"])


_LINE = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\n\r"), min_size=1, max_size=300)


@given(head=_LINE, body=st.text(min_size=1, max_size=300), separator=st.sampled_from(["  ", "\n"]))
def test_a_headline_and_its_body_split_back(head: str, body: str, separator: str) -> None:
    head, body = " ".join(head.split()), body.strip()  # a headline holds no run of spaces
    text = f"{head}{separator}{body}"
    found, rest = split_headline(text)
    if head and body and len(head) <= 250:
        assert (found, rest) == (head, body)
    elif not head:
        assert found == split_headline(body)[0]  # the body's own first line break, if any ("0\n0")
    else:
        assert found is None and rest == text  # no split: the text comes back as it was
