"""slovnet_fast: natasha's NER spans through the cheaper path equal natasha's own, and the
vectorised Viterbi equals slovnet's `CRF.decode` (ties and masks included)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storywire.stages.ner import natasha_backend, slovnet_fast

# Written for this test: people, places and organisations, long and short paragraphs, a
# one-word one, punctuation, numbers, Latin names, quotes, and empty/blank ones.
PARAGRAPHS = [
    "Министр иностранных дел России Сергей Лавров в четверг прилетел в Анкару, где провёл "
    "переговоры со своим турецким коллегой Хаканом Фиданом. Стороны обсудили ситуацию в Сирии "
    "и на Южном Кавказе, а также поставки зерна через Чёрное море.",
    "Москва",
    "",
    "   ",
    "Как сообщает агентство «Интерфакс», Центральный банк Российской Федерации сохранил "
    "ключевую ставку на уровне 16% годовых. Глава ЦБ Эльвира Набиуллина заявила, что инфляция "
    "в стране замедляется, однако риски остаются высокими. По данным Росстата, в мае цены "
    "выросли на 0,7%. Аналитики Сбербанка и ВТБ ожидают снижения ставки не раньше осени. "
    "Министерство финансов во главе с Антоном Силуановым готовит поправки к бюджету, которые "
    "Государственная дума рассмотрит в июле. В Санкт-Петербурге и Новосибирске тем временем "
    "открылись новые отделения Газпромбанка.",
    "Генеральный секретарь ООН Антониу Гутерреш призвал Израиль и движение ХАМАС к перемирию.",
    "В Нью-Йорке, Лондоне и Берлине прошли акции протеста; полиция задержала около 200 человек.",
    "Компания Apple представила новый iPhone, а Илон Маск объявил о запуске Starlink в Казахстане.",
    "Владимир Путин и Си Цзиньпин встретились в Пекине. Президент США Джо Байден прокомментировал "
    "эту встречу в Белом доме, а НАТО созвало экстренное совещание в Брюсселе.",
    "Губернатор Белгородской области Вячеслав Гладков сообщил о повреждении линии электропередачи "
    "под Шебекино. На месте работают сотрудники МЧС и «Россетей».",
    "— Мы не планируем уходить с рынка, — сказал журналист «Коммерсанта» Иван Петров-Водкин, "
    "ссылаясь на источники в «Роснефти» и «Лукойле».",
    "Ул. Ленина, д. 5, г. Екатеринбург; тел. +7 (343) 123-45-67; e-mail: info@example.ru",
    "<pad> Казань <PAD> Самара",
    "А. С. Пушкин родился в 1799 году в Москве, а умер в 1837-м в Санкт-Петербурге.",
]


@pytest.fixture(scope="module")
def tagger() -> object:
    pytest.importorskip("natasha")
    if not slovnet_fast.verified():
        pytest.skip("slovnet/razdel are not the versions slovnet_fast was verified against")
    found = natasha_backend._tagger()
    assert found is not None
    return found


def test_backend_uses_the_fast_path(tagger: object) -> None:
    assert isinstance(natasha_backend._load(), slovnet_fast.FastNER)


def test_fast_spans_equal_natasha_spans(tagger: object) -> None:
    fast = slovnet_fast.FastNER(tagger)
    original = natasha_backend._natasha_spans(tagger)
    types: set[str] = set()
    for text in PARAGRAPHS:
        if not text.strip():
            continue
        expected = original(text)
        assert fast(text) == expected, text
        types.update(kind for _, _, kind in expected)
    assert types == {"PER", "LOC", "ORG"}  # the paragraphs do exercise every type


def test_mentions_equal_natasha_mentions(tagger: object) -> None:
    original = natasha_backend._natasha_spans(tagger)
    for text in PARAGRAPHS:
        mentions = natasha_backend.natasha_mentions(text)
        expected = original(text) if text.strip() else []
        assert [(m.start, m.end, m.type) for m in mentions] == expected
        assert all(m.text == text[m.start : m.end] for m in mentions)


def test_batched_forward_and_decode_are_bit_identical(tagger: object) -> None:
    """Padded batches (the mask path of the encoder and the Viterbi) as slovnet runs them."""
    from slovnet.exec.infer import text_words

    infer = tagger.infer  # type: ignore[attr-defined]
    model = infer.model
    texts = [text for text in PARAGRAPHS if text.strip()]
    for batch in infer.encoder([text_words(text) for text in texts]):
        assert batch.pad_mask.any()
        expected = model(batch.word_id, batch.shape_id, batch.pad_mask)
        emissions = slovnet_fast.ner_forward(model, batch.word_id, batch.shape_id, batch.pad_mask)
        assert emissions.dtype == expected.dtype
        assert emissions.tobytes() == expected.tobytes()
        decoded = slovnet_fast.crf_decode(expected, ~batch.pad_mask, model.head.crf.transitions.array)
        for ours, theirs in zip(decoded, model.head.crf.decode(expected, ~batch.pad_mask), strict=True):
            assert ours.dtype == theirs.dtype
            assert ours.tolist() == theirs.tolist()


def test_unverified_versions_fall_back(tagger: object, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(slovnet_fast.VERIFIED, "slovnet", "0.0.0")
    assert not slovnet_fast.verified()
    assert slovnet_fast.fast_spans(tagger) is None


@st.composite
def crf_inputs(draw: st.DrawFn) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    batch = draw(st.integers(1, 4))
    seq = draw(st.integers(1, 12))
    tags = draw(st.integers(1, 6))
    emission_type = draw(st.sampled_from([np.float32, np.float64]))
    transition_type = draw(st.sampled_from([np.float32, np.float64]))
    if draw(st.booleans()):  # small integers: many ties, which must break the same way
        values = st.integers(-2, 2).map(float)
    else:
        values = st.floats(-1e4, 1e4, allow_nan=False, width=32)
    emissions = np.array(draw(st.lists(values, min_size=batch * seq * tags, max_size=batch * seq * tags)))
    transitions = np.array(draw(st.lists(values, min_size=tags * tags, max_size=tags * tags)))
    if draw(st.booleans()):  # padding at the end, as slovnet's batches
        lengths = draw(st.lists(st.integers(0, seq), min_size=batch, max_size=batch))
        mask = np.arange(seq)[None, :] < np.array(lengths)[:, None]
    else:  # any mask at all
        mask = np.array(draw(st.lists(st.booleans(), min_size=batch * seq, max_size=batch * seq)), dtype=bool)
    return (
        emissions.reshape(batch, seq, tags).astype(emission_type),
        mask.reshape(batch, seq),
        transitions.reshape(tags, tags).astype(transition_type),
    )


@settings(max_examples=400, deadline=None)
@given(crf_inputs())
def test_viterbi_equals_slovnet_crf_decode(inputs: tuple[np.ndarray, np.ndarray, np.ndarray]) -> None:
    model = pytest.importorskip("slovnet.exec.model")
    emissions, mask, transitions = inputs
    crf = model.CRF(model.Weight(transitions.shape, str(transitions.dtype), transitions))
    expected = crf.decode(emissions, mask)
    decoded = slovnet_fast.crf_decode(emissions, mask, transitions)
    assert len(decoded) == len(expected)
    for ours, theirs in zip(decoded, expected, strict=True):
        assert ours.dtype == theirs.dtype
        assert ours.tolist() == theirs.tolist()


# Where razdel's rules join touching atoms: dashes, underscores, decimals, fractions, runs of
# punctuation, smileys, "Yahoo!", symbols beside letters.
TOKENIZER_CASES = [
    "кто-то, 3.14 и 3,14; 1/2 и 1\\2; snake_case; Ну что?! Ой... --- *** :-) :) Yahoo! ΔP mβж",
    "«Интерфакс» (ТАСС) — 16%, №5, т.е. т. е., e-mail: info@example.ru, +7 (343) 123-45-67",
    "-начало, конец-, -, _x_, 1., .5, 1.2.3, a/b, 2/3/4, ?!., ..., …, ;-)",
]


def _razdel_reference(text: str) -> list[str]:
    from razdel.segmenters.tokenize import tokenize

    return list(tokenize.segment(tokenize.split(text)))


def test_razdel_words_equal_razdel_tokens() -> None:
    pytest.importorskip("razdel")
    for text in PARAGRAPHS + TOKENIZER_CASES:
        assert slovnet_fast.razdel_words(text) == _razdel_reference(text), text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("аБzZ09 .,-_/\\!?:;()«»—…*%ΔβяЁ'\"\n")), max_size=40))
def test_razdel_words_equal_razdel_tokens_on_any_text(text: str) -> None:
    pytest.importorskip("razdel")
    assert slovnet_fast.razdel_words(text) == _razdel_reference(text)
