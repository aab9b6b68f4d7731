"""Russian and Ukrainian technology parks: places where firms work, bodies where they act, and
bare kind words no names (ner/slavic_parks.py).  Sentences and names written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.model import Mention
from storywire.stages.ner.slavic_parks import slavic_parks


def test_a_park_where_firms_are_residents_or_work_is_a_place_where_it_acts_a_body() -> None:
    text = (
        "Три резидента технопарка «Волга-Тех» получили гранты. В «Волга-Тех» работают 50 компаний. "
        "«Волга-Тех» подписал договор."
    )
    starts = [i for i in range(len(text)) if text.startswith("Волга-Тех", i)]
    found = [Mention(s, s + 9, "Волга-Тех", "ORG", "test", 0.9) for s in starts]
    assert [m.type for m in slavic_parks(text, found, "ru")] == ["LOC", "LOC", "ORG"]


def test_a_quoted_firm_after_v_is_no_park_unless_the_article_names_it_so() -> None:
    text = "Он работает в «Яндексе» пять лет."
    assert spans(slavic_parks(text, [mention(text, "Яндексе", "ORG")], "ru")) == [("Яндексе", "ORG")]


def test_a_bare_kind_word_opening_a_sentence_is_no_name() -> None:
    text = "Технопарк открылся в 2020 году в Казани."
    found = [mention(text, "Технопарк", "LOC"), mention(text, "Казани", "LOC")]
    assert spans(slavic_parks(text, found, "ru")) == [("Казани", "LOC")]
