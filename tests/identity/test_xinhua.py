"""Foreign names in Chinese characters are read back to their sounds and join their identities."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from storywire.identity.names import clean_surface, name_key
from storywire.identity.phonetic import sounds_alike
from storywire.identity.xinhua import display_reading, foreign_reading

LinkNames = Callable[[list[tuple[str, str, str]]], list[str]]  # the link_names fixture (conftest)


@pytest.mark.parametrize(
    ("han", "reading"),
    [
        ("泽连斯基", ["zeLeNski"]),
        ("马克龙", ["makLoN"]),
        ("特朗普", ["tLaNp"]),
        ("拉夫罗夫", ["LafLof"]),
        ("普京", ["putiN"]),  # established, not by the table
        ("弗拉基米尔·普京", ["fLakimiL", "putiN"]),  # given name · surname
    ],
)
def test_readings(han: str, reading: list[str]) -> None:
    assert foreign_reading(han) == reading


@pytest.mark.parametrize("han", ["王毅", "习近平", "李克强", "金正恩", "林肯", "王"])
def test_chinese_names_keep_their_pinyin(han: str) -> None:
    # a common surname, then characters a transliteration does not use (or none at all)
    assert foreign_reading(han) is None
    assert name_key(clean_surface(han, "zh", "PER"), "PER").latin == han or foreign_reading(han) is None


def test_display_writes_the_classes_as_letters() -> None:
    assert display_reading("zeLeNski") == "Zelenski"


@pytest.mark.parametrize(
    ("han", "latin"),
    [
        ("泽连斯基", "Zelensky"),
        ("马克龙", "Macron"),
        ("特朗普", "Trump"),
        ("拜登", "Biden"),
        ("内塔尼亚胡", "Netanyahu"),
        ("布林肯", "Blinken"),
        ("拉夫罗夫", "Lavrov"),
        ("古特雷斯", "Guterres"),
        ("佩斯科夫", "Peskov"),
        ("埃尔多安", "Erdoğan"),
    ],
)
def test_sounds_like_the_latin_surname(han: str, latin: str) -> None:
    zh = name_key(clean_surface(han, "zh", "PER"), "PER").surname
    assert sounds_alike(zh, name_key(latin, "PER").surname)


@pytest.mark.parametrize(
    ("han", "latin"),
    [("布林肯", "Lincoln"), ("马克龙", "Marcus"), ("拉夫罗夫", "Lavrentiev"), ("特朗普", "Tromp Tamp")],
)
def test_different_names_stay_apart(han: str, latin: str) -> None:
    zh = name_key(clean_surface(han, "zh", "PER"), "PER").surname
    assert not sounds_alike(zh, name_key(latin, "PER").surname)


@pytest.mark.parametrize(
    "names",
    [
        pytest.param([("Volodymyr Zelensky", "en"), ("泽连斯基", "zh"), ("Зеленський", "uk")], id="zelensky"),
        pytest.param([("Emmanuel Macron", "fr"), ("马克龙", "zh")], id="macron"),
        pytest.param([("Sergey Lavrov", "en"), ("谢尔盖·拉夫罗夫", "zh")], id="lavrov-full"),
        pytest.param([("Donald Trump", "en"), ("特朗普", "zh")], id="trump"),
    ],
)
@pytest.mark.parametrize("reverse", [False, True], ids=["latin-first", "chinese-first"])
def test_one_person_across_scripts(names: list[tuple[str, str]], reverse: bool, link_names: LinkNames) -> None:
    ordered = names[::-1] if reverse else names
    ids = link_names([(text, lang, "PER") for text, lang in ordered])
    assert len(set(ids)) == 1, list(zip(ordered, ids, strict=True))


def test_a_chinese_surname_that_fits_two_people_links_to_neither(link_names: LinkNames) -> None:
    joe, hunter, zh = link_names([("Joe Biden", "en", "PER"), ("Hunter Biden", "en", "PER"), ("拜登", "zh", "PER")])
    assert joe != hunter and zh not in (joe, hunter)


def test_places_are_not_read_as_people() -> None:
    assert name_key(clean_surface("哈马斯", "zh", "ORG"), "ORG").latin != "Hamasi"


def test_given_names_read_from_chinese_keep_two_people_apart(link_names: LinkNames) -> None:
    joe, hunter, zh_joe, zh_hunter = link_names(
        [
            ("Joe Biden", "en", "PER"),
            ("Hunter Biden", "en", "PER"),
            ("乔·拜登", "zh", "PER"),
            ("亨特·拜登", "zh", "PER"),
        ]
    )
    assert joe != hunter
    assert (zh_joe, zh_hunter) == (joe, hunter)
