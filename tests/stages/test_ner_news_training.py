from __future__ import annotations

from pathlib import Path

from storywire.evaluation.news_ner import Document
from storywire.stages.ner.neural import MODEL_DIR
from storywire.stages.ner.news_training import (
    labelled_sentences,
    round_of,
    score,
    tag_spans,
    tagging_tokens,
    write_training,
)


def _doc(doc_id: str, language: str, text: str, *surfaces: tuple[str, str]) -> Document:
    entities = []
    at = 0
    for surface, etype in surfaces:
        start = text.index(surface, at)
        entities.append((start, start + len(surface), etype, surface))
        at = start + len(surface)
    return Document(doc_id, language, text, entities)


def test_chinese_runs_are_one_token_per_character_latin_words_stay_whole() -> None:
    tokens = tagging_tokens("临淄区消防队赶到BASF工厂。", "zh")
    assert [t.text for t in tokens][:4] == ["临", "淄", "区", "消"]
    assert "BASF" in [t.text for t in tokens]
    assert all("临淄区消防队赶到BASF工厂。"[t.start : t.end] == t.text for t in tokens)


def test_gold_spans_become_iob_tags_and_back() -> None:
    text = "Angela Merkel traf in Berlin den Vorstand der Deutschen Bahn. Danach reiste sie ab."
    doc = _doc("de_x_s31q", "de", text, ("Angela Merkel", "PER"), ("Berlin", "LOC"), ("Deutschen Bahn", "ORG"))
    sentences = labelled_sentences(doc)
    assert len(sentences) == 2
    tokens, tags = sentences[0]
    assert tags[:2] == ["B-PER", "I-PER"]
    assert tag_spans(tokens, tags) == [(s, e, t) for s, e, t, _ in doc.entities]
    assert set(sentences[1][1]) == {"O"}


def test_an_arabic_clitic_outside_the_span_leaves_its_token_the_names() -> None:
    text = "وصل الوفد إلى عمان وبيروت أمس."
    doc = _doc("ar_x_s30a", "ar", text, ("عمان", "LOC"), ("بيروت", "LOC"))
    tokens, tags = labelled_sentences(doc)[0]
    assert [tag for tok, tag in zip(tokens, tags, strict=True) if tok.text == "وبيروت"] == ["B-LOC"]


def test_rounds_by_id_and_the_training_file_holds_only_earlier_rounds(tmp_path: Path) -> None:
    assert round_of("fr_halle_s36v") == 36
    assert round_of("de_schoigu_peking_0228") == 0
    early = _doc("de_a_s20b", "de", "Olaf Scholz sprach in Bonn.", ("Olaf Scholz", "PER"), ("Bonn", "LOC"))
    late = _doc("de_b_s34c", "de", "Lisa Kern sprach in Jena.", ("Lisa Kern", "PER"), ("Jena", "LOC"))
    train, dev = write_training([early, late], 33, tmp_path / "news")
    assert train + dev == 1
    written = (tmp_path / "news.train.conllu").read_text(encoding="utf-8")
    assert "Scholz\tI-PER" in written and "Jena" not in written


def test_score_counts_a_models_spans_against_the_gold_per_round() -> None:
    text = "Bundeskanzler Olaf Scholz besuchte am Montag Hamburg und traf dort Vertreter der Stadt."
    doc = _doc("de_c_s35d", "de", text, ("Olaf Scholz", "PER"), ("Hamburg", "LOC"))
    counts = score(MODEL_DIR / "ner-neural-de.npz", [doc])
    tp, gold, found = counts[35]
    assert gold == 2 and found >= tp >= 1
