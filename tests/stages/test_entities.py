"""Entity extraction: per-language sentences (written for these tests), offsets, seeds."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from storywire.model import Article, EntityType, Mention, Paragraph
from storywire.stages.entities import SUPPORTED_LANGUAGES, _clean, extract_entities, extract_entities_from_text

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "data" / "seeds"


def found(text: str, language: str | None, **kw: object) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in extract_entities_from_text(text, language, **kw)}  # type: ignore[arg-type]


# (language, sentence, entities that must be found, surfaces that must not be an entity)
CASES: list[tuple[str, str, set[tuple[str, str]], set[str]]] = [
    (
        "uk",
        "Президент Росії Володимир Путін і китайський лідер Сі Цзіньпін провели переговори",
        {("Володимир Путін", "PER"), ("Сі Цзіньпін", "PER"), ("Росії", "LOC")},
        {"Президент"},
    ),
    (
        "de",
        "Der chinesische Präsident Xi Jinping traf sich am Freitag in Peking mit Sergei Schoigu",
        {("Xi Jinping", "PER"), ("Sergei Schoigu", "PER"), ("Peking", "LOC")},
        {"Freitag", "Der", "Präsident"},
    ),
    (
        "en",
        "Russian President Vladimir Putin met Chinese leader Xi Jinping in Beijing on Monday.",
        {("Vladimir Putin", "PER"), ("Xi Jinping", "PER"), ("Beijing", "LOC")},
        {"Monday"},
    ),
    (
        "fr",
        "Le président français Emmanuel Macron a rencontré Olaf Scholz à Berlin mardi.",
        {("Emmanuel Macron", "PER"), ("Olaf Scholz", "PER"), ("Berlin", "LOC")},
        {"mardi"},
    ),
    (
        "ru",
        "Президент России Владимир Путин встретился в Пекине с председателем КНР Си Цзиньпином.",
        {("Владимир Путин", "PER"), ("Пекине", "LOC"), ("России", "LOC")},
        {"Президент"},
    ),
    (
        "es",
        "El presidente chino Xi Jinping recibió ayer en Pekín al ministro ruso Serguéi Shoigú.",
        {("Xi Jinping", "PER"), ("Pekín", "LOC")},
        {"El"},
    ),
    (
        "it",
        "Il presidente cinese Xi Jinping ha incontrato a Pechino il segretario russo Sergei Shoigu.",
        {("Xi Jinping", "PER"), ("Pechino", "LOC"), ("Sergei Shoigu", "PER")},
        {"Il"},
    ),
    (
        "pl",
        "Prezydent Chin Xi Jinping spotkał się w Pekinie z ministrem Siergiejem Szojgu.",
        {("Xi Jinping", "PER"), ("Pekinie", "LOC")},
        {"Prezydent"},
    ),
    (
        "nl",
        "De Chinese president Xi Jinping ontmoette vrijdag in Peking de Russische minister Sergej Sjojgoe.",
        {("Xi Jinping", "PER"), ("Peking", "LOC")},
        {"De"},
    ),
    (
        "zh",
        "俄罗斯总统普京与中国国家主席习近平在北京举行会谈。",
        {("俄罗斯", "LOC"), ("北京", "LOC"), ("习近平", "PER")},
        set(),
    ),
    ("ar", "التقى وزير الخارجية الصيني في بكين مع المسؤول الروسي.", {("بكين", "LOC")}, set()),
]


@pytest.mark.parametrize(("language", "text", "expected", "absent"), CASES, ids=[c[0] for c in CASES])
def test_sentences(language: str, text: str, expected: set[tuple[str, str]], absent: set[str]) -> None:
    got = found(text, language)
    assert expected <= got, got
    assert not {surface for surface, _ in got} & absent


def test_known_names_extend_any_backend() -> None:
    text = "Gestern sprach Schoigu in der Hauptstadt mit Wang."
    got = found(text, "de", known={"Schoigu": "PER", "Wang": "PER"})
    assert {("Schoigu", "PER"), ("Wang", "PER")} <= got
    ar = found("التقى وانغ يي في بكين.", "ar", known={"وانغ يي": "PER"})
    assert ("وانغ يي", "PER") in ar


def test_unknown_language_uses_rules() -> None:
    got = found("Yesterday Xi Jinping visited Moscow and met Vladimir Putin.", None)
    assert ("Moscow", "LOC") in got
    assert ("Vladimir Putin", "PER") in got


def test_article_offsets_are_global_and_per_paragraph_language() -> None:
    de = "Der Präsident Xi Jinping reiste nach Peking."
    en = "Sergei Shoigu arrived in Beijing on Friday."
    text = de + "\n\n" + en
    art = Article(id="a", raw=text, text=text, language="de")
    art.paragraphs = [Paragraph(0, len(de), "de"), Paragraph(len(de) + 2, len(text), "en")]
    extract_entities(art)
    assert all(art.text[m.start : m.end] == m.text for m in art.mentions)
    surfaces = {m.text for m in art.mentions}
    assert {"Xi Jinping", "Peking", "Sergei Shoigu", "Beijing"} <= surfaces
    assert any(m.model.startswith("spacy:") for m in art.mentions if m.text == "Beijing")
    (prov,) = [p for p in art.provenance if p.stage == "extract_entities"]
    assert "neural:de" in prov.model and "spacy:en_core_web_sm" in prov.model and prov.version


def test_a_headlines_bare_surname_is_the_bodys_person_for_every_backend() -> None:
    # natasha (ru) and spaCy (en) see the headline alone, where nothing says "Шойгу" is a
    # person; the body's full name does.
    for language, head, body in [
        ("ru", "Лавров: новые санкции ЕС не изменят курс России", "Министр Сергей Лавров заявил это в пятницу."),
        ("en", "Meloni sees Biden", "Italian Prime Minister Giorgia Meloni met Joe Biden on Friday."),
        ("en", "Scholz warns Moscow", "Chancellor Olaf Scholz spoke in Berlin on Friday."),
    ]:
        text = head + "\n\n" + body
        art = Article(id=head, raw=text, text=text, language=language)
        art.paragraphs = [Paragraph(0, len(head), language), Paragraph(len(head) + 2, len(text), language)]
        extract_entities(art)
        first = text.split(" ", 1)[0].rstrip(":")
        assert (0, len(first), "PER") in {(m.start, m.end, m.type) for m in art.mentions}, head


def test_article_without_paragraphs() -> None:
    art = Article(id="b", raw="", text="Wang Yi met Sergei Shoigu in Beijing.", language="en")
    extract_entities(art)
    assert "Wang Yi" in {m.text for m in art.mentions}


def test_empty_text() -> None:
    assert extract_entities_from_text("", "de") == []
    assert extract_entities_from_text("   \n", "zh") == []


@settings(max_examples=60, deadline=None)
@given(text=st.text(max_size=200), language=st.sampled_from([*SUPPORTED_LANGUAGES, None, "xx"]))
@example(text="Пётр \U00017000 Иванов", language="ru")  # a letter without a Unicode name in pymorphy3's eyes
@example(text="\U00017000\U00017001 Київ", language="uk")
@example(text="A\U00017000", language="uk")  # a word pymorphy3 gives no analysis at all
def test_offsets_always_slice(text: str, language: str | None) -> None:
    mentions = extract_entities_from_text(text, language)
    last = -1
    for m in mentions:
        assert text[m.start : m.end] == m.text and m.text.strip() == m.text and m.text
        assert m.start >= last  # sorted, non-overlapping
        last = m.end
        assert m.type in ("PER", "ORG", "LOC", "MISC")


@settings(max_examples=30, deadline=None)
@given(
    words=st.lists(
        st.sampled_from(["Xi", "Jinping", "in", "Peking", "Präsident", "Rat", ",", ".", "(", "\n"]), max_size=30
    ),
    language=st.sampled_from(["de", "uk", "it", "zh"]),
)
def test_offsets_on_name_soup(words: list[str], language: str) -> None:
    text = " ".join(words)
    for m in extract_entities_from_text(text, language, known={"Jinping": "PER"}):
        assert text[m.start : m.end] == m.text


SEED_EXPECT = {
    "000": ("fr", ["Shoigu", "Wang Yi", "Pékin", "Xi Jinping"]),
    "001": ("fr", ["Choïgou", "Kim Jong-un"]),
    "002": ("en", ["Shoigu", "Wang Yi", "Beijing", "Xi Jinping"]),
    "003": ("de", ["Schoigu", "Xi Jinping", "Peking"]),
    "004": ("uk", ["Сі Цзіньпін", "Пекін"]),
}


@pytest.mark.parametrize("prefix", sorted(SEED_EXPECT))
def test_seed_names(prefix: str) -> None:
    files = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    if not files:
        pytest.skip("seed texts not available")
    language, names = SEED_EXPECT[prefix]
    text = files[0].read_text(encoding="utf-8")
    surfaces = [m.text for m in extract_entities_from_text(text, language) if m.type in ("PER", "LOC")]
    for name in names:
        # Inflected forms count ("Пекіні" for "Пекін", "Schoigus" for "Schoigu").
        assert any(s.startswith(name) or name in s for s in surfaces), (name, surfaces[:40])


def test_models_leave_the_collectors_generations_once_loaded() -> None:
    import gc

    from storywire.stages import entities

    entities._LOADED.discard("it")
    extract_entities_from_text("Il presidente Sergio Mattarella è arrivato a Roma.", "it")
    assert "it" in entities._LOADED and gc.get_freeze_count() > 0
    gc.unfreeze()  # the rest of the test session collects as before


def test_union_adds_only_uncommon_names_that_overlap_nothing() -> None:
    from storywire.model import Mention
    from storywire.stages.entities import union

    text = "Более Москва Кубок Стэнли. Людей у Вокзала Фарли и Киев."

    def at(span: str, etype: EntityType) -> Mention:
        start = text.index(span)
        return Mention(start, start + len(span), span, etype, model="b")

    first = [at("Москва", "LOC")]
    second = [
        at("Более", "LOC"),  # a common word capitalised at the start
        at("Москва", "ORG"),  # overlaps: the first model's type stays
        at("Кубок Стэнли", "ORG"),
        at("Людей", "LOC"),  # a common word, also mid-sentence
        at("Фарли", "PER"),  # rare: a name
        at("Киев", "LOC"),  # common, but a known place
    ]
    got = [(m.text, m.type) for m in union(text, first, second, "ru")]
    assert got == [("Москва", "LOC"), ("Кубок Стэнли", "ORG"), ("Фарли", "PER"), ("Киев", "LOC")]


def test_russian_runs_natasha_and_the_tagger_for_what_natasha_leaves() -> None:
    from storywire.stages.entities import backend_name, extract_with_backend

    pytest.importorskip("natasha")
    if backend_name("ru") != "natasha+neural:ru":
        pytest.skip("neural ru model not available")
    text = "Чемпионат Европы по лёгкой атлетике"  # WikiANN-style: natasha finds nothing here
    assert extract_with_backend(text, "ru", "natasha") == []
    assert [(m.text, m.type) for m in extract_entities_from_text(text, "ru")] == [(text, "ORG")]


def test_spacy_spans_get_the_news_refinements() -> None:
    # a portfolio after an office is no organisation; a title is cut off the person
    text = "Secretary of State Marco Rubio met Fed Chair Jerome Powell in Washington."
    found = extract_entities_from_text(text, "en")
    assert [(m.text, m.type) for m in found if m.type != "MISC"] == [
        ("Marco Rubio", "PER"),
        ("Fed", "ORG"),
        ("Jerome Powell", "PER"),
        ("Washington", "LOC"),
    ]


@pytest.mark.parametrize(
    ("text", "language", "agency"),
    [
        ("Según la agencia EFE, el Gobierno aprobó el plan.", "es", "EFE"),
        ("Lo riferisce l'ANSA citando fonti del governo.", "it", "ANSA"),
        ("据韩联社报道，首尔周三发生火灾。", "zh", "韩联社"),
    ],
)
def test_news_agencies_are_organisations(text: str, language: str, agency: str) -> None:
    assert (agency, "ORG") in [(m.text, m.type) for m in extract_entities_from_text(text, language)]


def test_an_organisations_name_replaces_the_models_spans_inside_it() -> None:
    from storywire.model import Mention
    from storywire.stages.ner.gazetteer import org_matcher
    from storywire.stages.ner.overlay import overlay

    text = "Le chef de La France insoumise et les députés de la France insoumise."
    spans = [Mention(11, 20, "La France", "LOC"), Mention(49, 58, "la France", "LOC")]
    got = overlay(text, spans, org_matcher("fr"), "organisations")
    assert sorted((m.text, m.type) for m in got) == [("France insoumise", "ORG"), ("La France insoumise", "ORG")]
    # the model's span equal to the name stays as it is
    text = "Le chef de La France insoumise a parlé."
    spans = [Mention(11, 30, "La France insoumise", "ORG")]
    assert overlay(text, spans, org_matcher("fr"), "organisations") == spans


def test_an_organisations_name_is_matched_after_an_elided_article() -> None:
    from storywire.model import Mention
    from storywire.stages.ner.gazetteer import org_matcher
    from storywire.stages.ner.overlay import overlay

    text = "Une chercheuse de l'ULB et de l'Assemblée nationale, dell'UCLouvain."
    at = text.index("ULB")
    got = overlay(text, [Mention(at, at + 3, "ULB", "LOC")], org_matcher("fr"), "organisations")
    assert [(m.text, m.type) for m in got] == [("ULB", "ORG"), ("Assemblée nationale", "ORG"), ("UCLouvain", "ORG")]


def test_an_offices_title_before_a_known_body_is_no_part_of_it() -> None:
    text = "Wicemarszałek Senatu Jan Kowal skrytykował rząd."
    got = [(m.text, m.type) for m in extract_entities_from_text(text, "pl")]
    assert ("Senatu", "ORG") in got and ("Jan Kowal", "PER") in got


def test_a_known_bodys_name_sheds_a_lower_case_description_and_a_run_on() -> None:
    text = "Akcje spadły na warszawskiej Giełdzie Papierów Wartościowych."
    assert [(m.text, m.type) for m in extract_entities_from_text(text, "pl")] == [
        ("Giełdzie Papierów Wartościowych", "ORG")
    ]
    text = "IG Metall droht Volkswagen mit Warnstreiks"
    got = [(m.text, m.type) for m in extract_entities_from_text(text, "de")]
    assert got == [("IG Metall", "ORG"), ("Volkswagen", "ORG")]


def test_a_name_ends_before_an_unclosed_bracket_and_an_elided_word() -> None:
    text = "La Agencia Estatal (Aemet) y la Agence régionale de santé d'Occitanie."
    spans = [Mention(3, 24, text[3:24], "ORG"), Mention(32, 59, text[32:59], "ORG")]
    assert [m.text for m in _clean(text, spans)] == ["Agencia Estatal", "Agence régionale de santé"]


def test_a_listed_body_sheds_the_sentences_first_word_glued_to_it() -> None:
    got = found("Działacze Prawa i Sprawiedliwości protestowali przed Sejmem.", "pl")
    assert ("Prawa i Sprawiedliwości", "ORG") in got


def test_a_span_without_a_letter_is_no_name() -> None:
    text = "mit 2:1 (0:1) bezwungen, Tor in der (12.) Minute"
    found = [Mention(7, 12, "(0:1)", "ORG", "test"), Mention(36, 41, "(12.)", "LOC", "test")]
    assert _clean(text, found) == []


def test_a_vehicle_or_call_sign_of_a_known_body_gives_the_body() -> None:
    from storywire.model import Mention
    from storywire.stages.ner.gazetteer import org_matcher
    from storywire.stages.ner.overlay import overlay

    text = "Il a été héliporté par l'appareil Choucas 52 de la Sécurité civile vers Nantes."
    at, end = text.index("Choucas"), text.index(" vers")
    got = overlay(text, [Mention(at, end, text[at:end], "MISC")], org_matcher("fr"), "organisations")
    assert [(m.text, m.type) for m in got] == [("Sécurité civile", "ORG")]
    # a person's name ending in a body's is not a thing of it
    text = "Le ministre Jean Martin de la Sécurité civile a parlé."
    at = text.index("Jean")
    person = Mention(at, text.index(" a parlé"), text[at : text.index(" a parlé")], "PER")
    assert overlay(text, [person], org_matcher("fr"), "organisations") == [person]


def test_union_cuts_a_verb_off_the_second_models_span() -> None:
    from storywire.model import Mention
    from storywire.stages.entities import union

    text = "Пробки на проспекте Юрия Гагарина исчезли, а Федеральная служба безопасности молчит."

    def at(span: str, etype: EntityType) -> Mention:
        start = text.index(span)
        return Mention(start, start + len(span), span, etype, model="b")

    second = [at("Юрия Гагарина исчезли", "LOC"), at("Федеральная служба безопасности", "ORG")]
    got = [(m.text, m.type) for m in union(text, [], second, "ru")]
    assert got == [("Юрия Гагарина", "LOC"), ("Федеральная служба безопасности", "ORG")]
