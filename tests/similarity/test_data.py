"""The SemEval-2022 Task 8 CSV layout."""

from __future__ import annotations


def test_article_texts_are_one_languages_distinct_texts_in_file_order(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from storywire.similarity.data import article_texts

    rows = [
        "pair_id,lang1,lang2,text1,text2,Overall",
        "1_2,ru,en,Первый,First,1.0",
        "3_1,ru,ru,Второй,Первый,2.0",
    ]
    path = tmp_path / "pairs.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert article_texts(path, "ru") == ["Первый", "Второй"]
    assert article_texts(path, "en") == ["First"]
