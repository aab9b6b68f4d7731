"""Cross-script keys, lemmatisation and the Palladius table."""

from __future__ import annotations

import pytest

from storywire.identity.names import clean_surface, latin_display, name_key, without_leading_article
from storywire.identity.places import find_place
from storywire.identity.transliterate import cyrillic_chinese_to_pinyin, pinyin_to_palladius


def key(text: str, lang: str = "en", etype: str = "PER") -> str:
    return name_key(clean_surface(text, lang, etype), etype).key


@pytest.mark.parametrize(
    ("forms", "langs"),
    [
        (["Shoigu", "Schoigu", "Choïgou", "Шойгу", "Shoygu"], ["en", "de", "fr", "ru", "en"]),
        (
            ["Sergei Shoigu", "Sergueï Choïgou", "Сергей Шойгу", "Sergej Schoigu", "Сергієм Шойгу"],
            ["en", "fr", "ru", "de", "uk"],
        ),
        (
            ["Zelensky", "Selenskij", "Zelenskyy", "Зеленський", "Зеленского", "Zelenski"],
            ["fr", "de", "en", "uk", "ru", "pl"],
        ),
        (
            ["Vladimir Putin", "Wladimir Putin", "Vladimir Poutine", "Владимир Путин", "Володимир Путін"],
            ["en", "de", "fr", "ru", "uk"],
        ),
        (["Putin", "Poutine", "Путіним", "Путиным"], ["en", "fr", "uk", "ru"]),
        (["Yeltsin", "Jelzin", "Ельцин", "Eltsine"], ["en", "de", "ru", "fr"]),
        (["Dmitri Medvedev", "Dmitrij Medwedew", "Дмитрий Медведев"], ["en", "de", "ru"]),
        (["Медведєва", "Medvedev"], ["uk", "en"]),
        (["Xi Jinping", "Си Цзиньпин", "Сі Цзіньпін", "Сі Цзіньпіном", "Си Цзиньпина"], ["en", "ru", "uk", "uk", "ru"]),
        (["Wang Yi", "Ван И", "Ван І"], ["en", "ru", "uk"]),
        (["Kim Jong-un", "Kim Jong Un", "Ким Чен Ын", "Кім Чен Ин"], ["en", "en", "ru", "uk"]),
        (["Trump", "Трамп"], ["en", "ru"]),
    ],
)
def test_same_person_same_key(forms: list[str], langs: list[str]) -> None:
    keys = {key(f, lang) for f, lang in zip(forms, langs, strict=True)}
    assert len(keys) == 1, keys


@pytest.mark.parametrize(
    ("a", "b"),
    [("Kim Jong-un", "Kim Yo-jong"), ("Putin", "Pékin"), ("Chen Wei", "Shen Wei"), ("Paris Hilton", "Paris")],
)
def test_different_people_different_keys(a: str, b: str) -> None:
    assert key(a) != key(b)


@pytest.mark.parametrize(
    ("surface", "lang", "clean"),
    [
        ("Медведєва", "uk", "Медведєв"),
        ("Путіним", "uk", "Путін"),
        ("Шойгу", "ru", "Шойгу"),
        ("Сі Цзіньпіном", "uk", "Сі Цзіньпін"),
        ("M. Shoigu", "fr", "Shoigu"),
        ("Präsident Xi", "de", "Xi"),
        ("президентом Путіним", "uk", "Путін"),
        ("Лаврова", "ru", "Лавров"),
        ("Putin's", "en", "Putin"),
    ],
)
def test_clean_surface(surface: str, lang: str, clean: str) -> None:
    assert clean_surface(surface, lang, "PER") == clean


def test_title_alone_is_kept() -> None:
    assert clean_surface("Präsident", "de", "PER") == "Präsident"


@pytest.mark.parametrize(
    ("cyr", "pinyin"),
    [
        ("Си Цзиньпин", "Xi Jinping"),
        ("Ван И", "Wang Yi"),
        ("Ли Цян", "Li Qiang"),
        ("Цзян Цзэминь", "Jiang Zemin"),
        ("Ху Цзиньтао", "Hu Jintao"),
        ("Дэн Сяопин", "Deng Xiaoping"),
        ("Мао Цзэдун", "Mao Zedong"),
        ("Лі Цян", "Li Qiang"),
    ],
)
def test_palladius(cyr: str, pinyin: str) -> None:
    assert cyrillic_chinese_to_pinyin(cyr) == pinyin


@pytest.mark.parametrize("name", ["Путин", "Шойгу", "Медведев", "Лавров", "Ким", "Москва"])
def test_palladius_rejects_russian_names(name: str) -> None:
    assert cyrillic_chinese_to_pinyin(name) is None


def test_palladius_table_has_core_syllables() -> None:
    table = pinyin_to_palladius()
    expected = {"xi": "си", "jin": "цзинь", "ping": "пин", "wang": "ван", "yi": "и", "li": "ли", "jian": "цзянь"}
    assert {k: table[k] for k in expected} == expected


@pytest.mark.parametrize("name", ["Pékin", "Peking", "Пекін", "Пекин", "Beijing", "北京", "Pechino"])
def test_beijing(name: str) -> None:
    place = find_place([name], "en")
    assert place is not None and place.name == "Beijing" and place.country == "CN"
    assert place.latitude is not None and abs(place.latitude - 39.9) < 0.5


@pytest.mark.parametrize(
    ("names", "code"),
    [
        (["Russia", "Russie", "Russland", "Росія", "Россия", "Rosja", "Rusia", "روسيا"], "RU"),
        (["China", "Chine", "Китай", "Cina", "Chiny", "中国"], "CN"),
    ],
)
def test_countries_in_every_language(names: list[str], code: str) -> None:
    for name in names:
        place = find_place([name], "en")
        assert place is not None and place.key == f"cc:{code}", name


def test_name_key_takes_an_entity_type_not_a_language() -> None:
    nk = name_key("Volodymyr Zelensky", "PER")
    assert (nk.surname, nk.given) == ("selenski", ("vladimir",))
    with pytest.raises(ValueError, match="entity type"):
        name_key("Volodymyr Zelensky", "en")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Зеленський", "uk", ("selenski", ())),
        ("Зеленським", "uk", ("selenski", ())),
        ("Зеленського", "uk", ("selenski", ())),
        ("Зеленского", "ru", ("selenski", ())),
        ("Владимиром Зеленским", "ru", ("selenski", ("vladimir",))),
        ("Володимиром Зеленським", "uk", ("selenski", ("vladimir",))),
        ("Wolodymyr Selenskyj", "de", ("selenski", ("vladimir",))),
    ],
)
def test_inflected_forms_share_the_surname_key(text: str, lang: str, expected: tuple[str, tuple[str, ...]]) -> None:
    nk = name_key(clean_surface(text, lang, "PER"), "PER")
    assert (nk.surname, nk.given) == expected


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("Дмитро Медведєв", "Dmitry Medvedev"),
        ("Дмитрий Медведев", "Dmitry Medvedev"),
        ("Сергей Лавров", "Sergei Lavrov"),
        ("Шойгу", "Shoigu"),
        ("Кім Чен Ин", "Kim Jong-un"),
        ("Ursula von der Leyen", "Ursula von der Leyen"),
    ],
)
def test_latin_display(cyrillic: str, latin: str) -> None:
    assert latin_display(cyrillic) == latin


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("Les Frères musulmans", "Frères musulmans"),  # "Le" once cut it to "s Frères musulmans"
        ("La France", "France"),
        ("L'Europe", "Europe"),
        ("The World Health Organization", "World Health Organization"),
        ("Lesotho", "Lesotho"),
        ("Leverkusen", "Leverkusen"),
        ("Theodor Heuss", "Theodor Heuss"),
    ],
)
def test_a_leading_article_is_cut_as_a_whole_word(name: str, bare: str) -> None:
    assert without_leading_article(name) == bare
