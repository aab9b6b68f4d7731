"""NER evaluation: span conversion, report format, and F1 floors on WikiANN samples."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from storywire.evaluation.ner import (
    detect_file_language,
    gold_spans,
    guess_language,
    predicted_spans,
    run_ner_eval,
    sentence_text,
)
from storywire.model import Mention

WIKIANN = Path(__file__).resolve().parents[3] / "shared" / "data" / "wikiann"

# Measured on the first 200 val sentences (auto: 0.78 de, 0.38 en, 0.83 es, 0.85 nl, 0.79 pl,
# 0.40 ru; tagger: 0.79, 0.70, 0.84, 0.85, 0.82, 0.76); floors sit a few points below.
FLOORS = {
    "auto": {"de": 0.73, "en": 0.32, "es": 0.77, "nl": 0.80, "pl": 0.73, "ru": 0.35},
    "tagger": {"de": 0.74, "en": 0.65, "es": 0.79, "nl": 0.80, "pl": 0.77, "ru": 0.70},
}


def test_gold_spans_iob2() -> None:
    tags = ["B-PER", "I-PER", "O", "B-LOC", "I-ORG", "B-ORG", "I-ORG"]
    assert gold_spans(tags) == {(0, 2, "PER"), (3, 4, "LOC"), (4, 5, "ORG"), (5, 7, "ORG")}


def test_predicted_spans_map_characters_to_tokens() -> None:
    words = ["Anna", "Schmidt", "lebt", "in", "Bad", "Ems", "."]
    text = " ".join(words)
    start = text.index("Bad")
    mentions = [
        Mention(0, 12, "Anna Schmidt", "PER"),
        Mention(start, start + 7, "Bad Ems", "LOC"),
        Mention(0, 4, "Anna", "MISC"),  # MISC is not scored
    ]
    assert predicted_spans(words, mentions)[1] == {(0, 2, "PER"), (4, 6, "LOC")}


def test_guess_language() -> None:
    assert guess_language(Path("/data/wikiann/de/val.conllu")) == "de"
    assert guess_language(Path("val.conllu")) is None


def test_report_format(tmp_path: Path) -> None:
    data = "0\tAnna\tB-PER\n1\tSchmidt\tI-PER\n2\tlebt\tO\n3\tin\tO\n4\tBerlin\tB-LOC\n\n0\tDanke\tO\n"
    path = tmp_path / "de" / "val.conllu"
    path.parent.mkdir()
    path.write_text(data, encoding="utf-8")

    def fake(text: str, language: str | None) -> list[Mention]:
        assert language == "de"  # guessed from the path
        if not text.startswith("Anna"):
            return []
        return [Mention(0, 12, text[0:12], "PER"), Mention(0, 4, "Anna", "LOC")]

    out = io.StringIO()
    f1 = run_ner_eval(path, None, out, extractor=fake)
    lines = out.getvalue().strip().splitlines()
    # PER right, a wrong LOC, the Berlin LOC missed: tp 1, fp 1, fn 1.
    assert lines[-1] == "0.5000" and f1 == pytest.approx(0.5)
    assert any(line.startswith("PER") for line in lines)


@pytest.mark.parametrize("backend", sorted(FLOORS))
@pytest.mark.parametrize("language", sorted(FLOORS["auto"]))
def test_wikiann_floor(language: str, backend: str) -> None:
    path = WIKIANN / language / "val.conllu"
    if not path.exists():
        pytest.skip("WikiANN data not available")
    out = io.StringIO()
    f1 = run_ner_eval(path, language, out, limit=200, backend=backend)
    assert out.getvalue().strip().splitlines()[-1] == f"{f1:.4f}"
    assert f1 >= FLOORS[backend][language], out.getvalue()


def test_chinese_characters_are_joined_without_spaces() -> None:
    # WikiANN splits Chinese into characters; the extractor must see running text.
    words = ["习", "近", "平", "在", "北", "京", "会", "见", "了", "Emmanuel", "Macron", "。"]
    text, starts = sentence_text(words)
    assert text == "习近平在北京会见了 Emmanuel Macron。"
    assert [text[s : s + len(w)] for s, w in zip(starts, words, strict=True)] == words
    mentions = [Mention(0, 3, "习近平", "PER"), Mention(4, 6, "北京", "LOC"), Mention(10, 25, "Emmanuel Macron", "PER")]
    assert predicted_spans(words, mentions)[1] == {(0, 3, "PER"), (4, 6, "LOC"), (9, 11, "PER")}


def test_chinese_file_scored_with_the_real_extractor(tmp_path: Path) -> None:
    rows = [("习", "B-PER"), ("近", "I-PER"), ("平", "I-PER"), ("在", "O"), ("北", "B-LOC"), ("京", "I-LOC")]
    rows += [("会", "O"), ("见", "O"), ("了", "O"), ("法", "B-LOC"), ("国", "I-LOC"), ("总", "O"), ("统", "O")]
    rows += [("马", "B-PER"), ("克", "I-PER"), ("龙", "I-PER"), ("。", "O")]
    path = tmp_path / "zh" / "test.conllu"
    path.parent.mkdir()
    path.write_text("".join(f"{i}\t{w}\t{t}\n" for i, (w, t) in enumerate(rows)), encoding="utf-8")
    out = io.StringIO()
    assert run_ner_eval(path, None, out) == pytest.approx(1.0), out.getvalue()
    assert "language=zh (path)" in out.getvalue()


def test_language_detected_when_neither_given_nor_in_the_path(tmp_path: Path) -> None:
    sentences = [
        "Die Bundesregierung hat am Mittwoch in Berlin einen neuen Haushalt beschlossen .",
        "Der Minister sagte , die Verhandlungen mit den Ländern seien schwierig gewesen .",
        "Berlin",  # too short to decide: not counted
    ]
    data = "\n".join("".join(f"{i}\t{w}\tO\n" for i, w in enumerate(s.split())) for s in sentences)
    path = tmp_path / "wikiann-sample" / "test.conllu"
    path.parent.mkdir()
    path.write_text(data, encoding="utf-8")
    assert guess_language(path) is None
    assert detect_file_language(path) == "de"
    out = io.StringIO()
    run_ner_eval(path, None, out, extractor=lambda text, lang: [])
    assert "language=de (detected)" in out.getvalue()


def test_path_language_must_be_a_supported_code() -> None:
    assert guess_language(Path("/data/ab/val.conllu")) is None
    assert guess_language(Path("/data/UK/val.conllu")) == "uk"
