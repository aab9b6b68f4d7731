"""Russian and Ukrainian regional committees, centuries and lower-case clauses
(ner/slavic_archaeology.py).  Sentences and names written for the tests."""

from __future__ import annotations

from ner_mentions import mention, spans

from storywire.stages.ner.slavic_archaeology import slavic_archaeology


def test_a_regional_committee_with_its_remit_and_region_is_one_body() -> None:
    text = "Проект согласовал Комитет по делам архивов Тверской области. В Тверской области холодно."
    found = [mention(text, "Тверской области", "LOC"), mention(text, "Тверской области", "LOC", 1)]
    assert spans(slavic_archaeology(text, found, "ru")) == [
        ("Комитет по делам архивов Тверской области", "ORG"),
        ("Тверской области", "LOC"),
    ]


def test_a_century_and_a_lower_case_clause_are_no_names() -> None:
    text = "Решено: клад отдадут в музей, монеты XIV века нашли у Пскова, а 235-й гарнизонный военный суд молчит."
    found = [
        mention(text, "клад отдадут в музей", "ORG"),
        mention(text, "XIV века", "ORG"),
        mention(text, "Пскова", "LOC"),
        mention(text, "235-й гарнизонный военный суд", "ORG"),
    ]
    assert spans(slavic_archaeology(text, found, "ru")) == [
        ("Пскова", "LOC"),
        ("235-й гарнизонный военный суд", "ORG"),
    ]


def test_a_two_word_lower_case_body_stays() -> None:
    text = "Так повідомило міністерство оборони."
    found = [mention(text, "міністерство оборони", "ORG")]
    assert spans(slavic_archaeology(text, found, "uk")) == [("міністерство оборони", "ORG")]
