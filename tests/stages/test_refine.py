"""News refinements of tagger mentions: titles cut off, WikiANN's own spans left alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from storywire.evaluation.ner import gold_spans, predicted_spans, read_sentences
from storywire.model import EntityType, Mention
from storywire.stages.entities import _clean
from storywire.stages.ner.neural import load_neural, neural_mentions
from storywire.stages.ner.refine import refine
from storywire.stages.ner.titles import is_title_word

WIKIANN = Path(__file__).resolve().parents[3] / "shared" / "data" / "wikiann"


def refined(text: str, span: str, etype: EntityType, language: str) -> set[tuple[str, str]]:
    """Refine one tagger mention covering `span` inside `text`."""
    start = text.index(span)
    m = Mention(start, start + len(span), span, etype, model="test")
    out = refine(text, [m], language)
    assert all(text[x.start : x.end] == x.text for x in out)
    return {(x.text, x.type) for x in out}


@pytest.mark.parametrize(
    ("word", "language"),
    [
        ("President", "en"),
        ("Secretary-General", "en"),
        ("Mr.", "en"),
        ("Außenministerin", "de"),
        ("Bundeskanzler", "de"),
        ("ministrem", "pl"),
        ("Prezydenta", "pl"),
        ("министра", "ru"),
        ("президентом", "ru"),
        ("Главой", "ru"),
        ("міністра", "uk"),
        ("presidente", "es"),
        ("minister-president", "nl"),
        # roles of sport and culture, also glued or elided
        ("Bayern-Trainer", "de"),
        ("Bundestrainer", "de"),
        # chairs of a works council or a board ("der Personalratsvorsitzende X")
        ("Personalratsvorsitzende", "de"),
        ("Aufsichtsratsvorsitzender", "de"),
        ("L'allenatore", "it"),
        ("L’allenatore", "it"),
        ("L'assessora", "it"),
        ("assessore", "it"),
        ("réalisatrice", "fr"),
        ("coach", "en"),
        ("napastnika", "pl"),
        ("тренера", "ru"),
        ("воротаря", "uk"),
    ],
)
def test_title_words(word: str, language: str) -> None:
    assert is_title_word(word, language)


@pytest.mark.parametrize(
    ("word", "language"),
    [("King", "en"), ("Queen", "en"), ("Ministerium", "de"), ("Präsidentschaft", "de"), ("Главный", "ru")],
)
def test_not_title_words(word: str, language: str) -> None:
    # Monarchs keep their title ("Queen Beatrix" is WikiANN's span too).
    assert not is_title_word(word, language)


NEWS: list[tuple[str, str, str, EntityType, set[tuple[str, str]]]] = [
    (
        "en",
        "Russian President Vladimir Putin met Chinese leader Xi Jinping.",
        "Russian President Vladimir Putin",
        "ORG",
        {("Vladimir Putin", "PER")},
    ),
    (
        "en",
        "On Tuesday Wang Yi met Jean-Noël Barrot in Paris.",
        "Wang Yi met Jean-Noël Barrot",
        "ORG",
        {("Wang Yi", "ORG"), ("Jean-Noël Barrot", "ORG")},
    ),
    ("en", "Chinese Foreign Minister Wang Yi said", "Chinese Foreign Minister Wang Yi", "ORG", {("Wang Yi", "PER")}),
    (
        "en",
        "European Commission President Ursula von der Leyen on Wednesday said",
        "European Commission President Ursula von der Leyen on Wednesday",
        "ORG",
        {("European Commission", "ORG"), ("Ursula von der Leyen", "PER")},
    ),
    (
        "en",
        "Russia's Security Council met.",
        "Russia's Security Council",
        "ORG",
        {("Russia", "LOC"), ("Security Council", "ORG")},
    ),
    ("en", "Russia's Shoigu arrives", "Russia's Shoigu", "PER", {("Russia", "LOC"), ("Shoigu", "PER")}),
    ("en", "Zelensky urges UN to act", "Zelensky urges UN", "PER", {("Zelensky", "PER"), ("UN", "ORG")}),
    ("en", "Zelensky in UN plea", "Zelensky in UN", "PER", {("Zelensky", "PER")}),
    ("en", "But Beijing said", "But Beijing", "ORG", {("Beijing", "LOC")}),  # a capital for its government
    (
        "de",
        "Der chinesische Präsident Xi Jinping traf",
        "chinesische Präsident Xi Jinping",
        "ORG",
        {("Xi Jinping", "PER")},
    ),
    ("de", "Bundeskanzler Olaf Scholz sagte", "Bundeskanzler Olaf Scholz", "PER", {("Olaf Scholz", "PER")}),
    (
        "ru",
        "Секретарь Совета безопасности России Сергей Шойгу прибыл",
        "Секретарь Совета безопасности России Сергей Шойгу",
        "ORG",
        {("Совета безопасности России", "ORG"), ("Сергей Шойгу", "PER")},
    ),
    ("ru", "встреча с министром обороны Шойгу", "министром обороны Шойгу", "PER", {("Шойгу", "PER")}),
    (
        "ru",
        "глава Еврокомиссии Урсула фон дер Ляйен",
        "Еврокомиссии Урсула фон дер Ляйен",
        "PER",
        {("Еврокомиссии", "ORG"), ("Урсула фон дер Ляйен", "PER")},
    ),
    ("ru", "Президент Владимир Путин", "Президент Владимир Путин", "PER", {("Владимир Путин", "PER")}),
    (
        "pl",
        "Prezydent Chin Xi Jinping spotkał",
        "Prezydent Chin Xi Jinping",
        "PER",
        {("Chin", "LOC"), ("Xi Jinping", "PER")},
    ),
    ("uk", "міністр оборони Шойгу", "міністр оборони Шойгу", "PER", {("Шойгу", "PER")}),
]


@pytest.mark.parametrize(("language", "text", "span", "etype", "expected"), NEWS, ids=[n[2][:30] for n in NEWS])
def test_news_titles_are_cut(
    language: str, text: str, span: str, etype: EntityType, expected: set[tuple[str, str]]
) -> None:
    assert refined(text, span, etype, language) == expected


WIKI: list[tuple[str, str, EntityType]] = [
    ("ru", "Менделеев , Дмитрий Иванович", "PER"),  # page-title order
    ("en", "Matt Cross ( wrestler )", "PER"),
    ("en", "Queen Beatrix", "PER"),
    ("en", "William of Sherwood", "PER"),
    ("de", "General Hospital", "ORG"),
    ("es", "Estadio Presidente Perón", "ORG"),
    ("ru", "Президент Чешской Республики", "ORG"),  # an office, no name follows
    ("es", "José de Gálvez y Gallardo", "PER"),
    ("de", "Karl VI .", "PER"),
    ("es", "Santo Domingo", "LOC"),
    ("nl", "Premier Soccer League", "ORG"),
]


@pytest.mark.parametrize(("language", "span", "etype"), WIKI, ids=[w[1] for w in WIKI])
def test_names_without_a_title_stay(language: str, span: str, etype: EntityType) -> None:
    assert refined(span, span, etype, language) == {(span, etype)}


@pytest.mark.parametrize("language", ["de", "en", "es", "nl", "pl", "ru"])
def test_refine_costs_nothing_on_held_out_wikiann(language: str) -> None:
    """The refinements target news; on WikiANN (which leaves titles out of its spans too)
    they must not cost more than half a point.  Held-out train sentences, not val.

    Spanish allows more, deliberately: cutting run-on spans (runaway.py) raises Spanish news
    PER+LOC F1 from 0.74 to 0.92 and costs about a point here, where link texts such as
    "mapa del Genoma Humano" or demonyms typed LOC ("griegos") are gold."""
    path = WIKIANN / language / "train.conllu"
    tagger = load_neural(language)
    if not path.exists() or tagger is None:
        pytest.skip("WikiANN data or model not available")
    sentences = list(read_sentences(path, None))[-400:]
    hits = {"raw": [0, 0, 0], "refined": [0, 0, 0]}
    for words, tags in sentences:
        text = " ".join(words)
        gold = gold_spans(tags)
        # Two taggings: _clean edits mentions in place.
        ref = refine(text, neural_mentions(text, tagger), language)
        for key, mentions in (("raw", neural_mentions(text, tagger)), ("refined", ref)):
            pred = predicted_spans(words, _clean(text, mentions))[1]
            hits[key][0] += len(pred & gold)
            hits[key][1] += len(pred)
            hits[key][2] += len(gold)

    def f1(tp: int, npred: int, ngold: int) -> float:
        return 2 * tp / (npred + ngold) if tp else 0.0

    allowed = 0.015 if language == "es" else 0.005
    assert f1(*hits["refined"]) >= f1(*hits["raw"]) - allowed, hits


def test_polish_coach_is_a_title() -> None:
    text = "Trener Kowalskiej chwalił jej serwis."
    m = Mention(0, len("Trener Kowalskiej"), "Trener Kowalskiej", "PER", model="test")
    assert {(x.text, x.type) for x in refine(text, [m], "pl")} == {("Kowalskiej", "PER")}


@pytest.mark.parametrize(
    ("text", "span", "language", "kept"),
    [
        ("Más de 5.000 personas murieron.", "Más de 5.000", "es", False),
        ("Antes de regresar a Madrid, habló.", "Antes de regresar", "es", False),
        ("We count on them, he said.", "We count", "en", False),
        ("Nueva York recibió al presidente.", "Nueva York", "es", True),  # a capital follows
        ("Dijo que Más de 5.000 era poco.", "Más de 5.000", "es", True),  # not a sentence start
        ("Consejo de ministros aprobó la ley.", "Consejo de ministros", "es", True),  # not common enough
    ],
)
def test_a_common_sentence_opening_is_no_name(text: str, span: str, language: str, kept: bool) -> None:
    assert bool(refined(text, span, "ORG", language)) is kept


@pytest.mark.parametrize(
    ("text", "span", "etype", "language", "want"),
    [
        # a clause word between two names: two mentions, each typed on its own
        ("Enviará a la UME si Ankara lo solicita.", "UME si Ankara", "ORG", "es", {("UME", "ORG"), ("Ankara", "LOC")}),
        # "de" + an infinitive ran into the clause
        ("Acusan a Pekín de suministrar armas.", "Pekín de suministrar", "LOC", "es", {("Pekín", "LOC")}),
        ("Sierra de Guadarrama", "Sierra de Guadarrama", "LOC", "es", {("Sierra de Guadarrama", "LOC")}),
        # an office's portfolio is no body; a body after an office is
        ("Habló con el ministro de Asuntos Exteriores chino.", "Asuntos Exteriores", "ORG", "es", set()),
        (
            "Es secretario del Consejo de Seguridad.",
            "Consejo de Seguridad",
            "ORG",
            "es",
            {("Consejo de Seguridad", "ORG")},
        ),
    ],
)
def test_clauses_infinitives_and_portfolios(
    text: str, span: str, etype: EntityType, language: str, want: set[tuple[str, str]]
) -> None:
    assert refined(text, span, etype, language) == want


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Rzecznik Kancelarii Prezydenta potwierdził.", "Kancelarii Prezydenta"),
        ("Kancelaria Prezydenta", "Kancelaria Prezydenta"),
    ],
)
def test_a_span_led_by_a_bodys_head_is_no_person(text: str, span: str) -> None:
    assert refined(text, span, "PER", "pl") == {(span, "ORG")}


def test_a_body_after_an_office_and_an_article_stays() -> None:
    text = "Der Sekretär des russischen Sicherheitsrats, Sergej Schoigu, ist in Peking."
    span = "russischen Sicherheitsrats"  # the adjective is left out later, by `boundaries.repair`
    assert refined(text, span, "ORG", "de") == {(span, "ORG")}


@pytest.mark.parametrize(
    ("text", "span", "etype", "language", "expected"),
    [
        # the sentence runs on after a known place, or from a finite verb
        ("Detenidos en Málaga por tráfico de drogas.", "Málaga por tráfico de drogas", "LOC", "es", ("Málaga", "LOC")),
        # or after a known organisation
        (
            "Buscado por Interpol por blanqueo de capitales.",
            "Interpol por blanqueo de capitales",
            "ORG",
            "es",
            ("Interpol", "ORG"),
        ),
        (
            "En la Comunidad Valenciana dejaron más de 200 muertos.",
            "Comunidad Valenciana dejaron más de 200",
            "ORG",
            "es",
            ("Comunidad Valenciana", "LOC"),  # and a region, though its name holds "Comunidad"
        ),
        ("Lider Jan Nowak przyjechał wczoraj.", "Jan Nowak przyjechał wczoraj", "PER", "pl", ("Jan Nowak", "PER")),
        # names that hold lower-case words keep them
        ("Ganó la Copa Mundial de Fútbol de 1982.", "Copa Mundial de Fútbol de 1982", "ORG", "es", None),
        ("Viaja en Fórmula 1 desde 2010.", "Fórmula 1", "ORG", "es", None),
        ("Gra w Bodzio – mały helikopter.", "Bodzio – mały helikopter", "ORG", "pl", None),  # an adjective
        ("Der Fluss Laosaurus celer lebt.", "Laosaurus celer", "LOC", "es", None),  # not a known place
        ("Le vote à l'Assemblée nationale a eu lieu.", "Assemblée nationale", "ORG", "fr", None),
    ],
)
def test_a_lower_case_tail_that_runs_on_is_cut(
    text: str, span: str, etype: EntityType, language: str, expected: tuple[str, str] | None
) -> None:
    assert refined(text, span, etype, language) == {expected or (span, etype)}


def test_junk_then_punctuation_then_junk_is_cut_and_the_place_left_is_a_place() -> None:
    text = "Hochwasser an der Oder: In Brandenburg wurde Alarm ausgerufen."
    assert refined(text, "Oder: In Brandenburg", "ORG", "de") == {("Brandenburg", "LOC")}


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # a lower-case title before a body and a name the tagger ran together
        (
            "Tusk spotkał się z przewodniczącą Komisji Europejskiej Ursulą von der Leyen.",
            "Komisji Europejskiej Ursulą von der Leyen",
            {("Komisji Europejskiej", "ORG"), ("Ursulą von der Leyen", "PER")},
        ),
        # ... or inside the span, after a place
        (
            "Duda przyjął w Pałacu Prezydenckim prezydenta Litwy Gitanasa Nausėdę.",
            "Pałacu Prezydenckim prezydenta Litwy Gitanasa Nausėdę",
            {("Litwy", "LOC"), ("Gitanasa Nausėdę", "PER")},
        ),
        # a surname's genitive adjective ending after no body's head stays in the name
        ("Spotkał się z ministrem Anną Kowalskiej.", "Anną Kowalskiej", {("Anną Kowalskiej", "PER")}),
    ],
)
def test_polish_bodies_and_names_run_together_are_split(text: str, span: str, expected: set[tuple[str, str]]) -> None:
    assert refined(text, span, "ORG", "pl") == expected
