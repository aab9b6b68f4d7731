"""Person names in Arabic script are read as sounds and join their Latin and Cyrillic identities."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from storywire.identity.abjad import arabic_name_reading, arabic_reading

LinkNames = Callable[[list[tuple[str, str, str]]], list[str]]  # the link_names fixture (conftest)


@pytest.mark.parametrize(
    ("arabic", "reading"),
    [
        ("ماكرون", "makrun"),  # waw inside a word is the vowel u, not w
        ("بوتين", "Butin"),  # b written as the b-or-p class: Arabic has no p
        ("ترامب", "tramB"),
        ("بايدن", "Bidn"),  # alef + ya before a consonant: the sound i
        ("وليد", "wlid"),  # at a word's start waw is the consonant
    ],
)
def test_readings(arabic: str, reading: str) -> None:
    assert arabic_reading(arabic) == reading


def test_the_article_is_cut_from_a_name() -> None:
    # ع has no Latin letter; Arabic does not write short vowels
    assert arabic_name_reading("عبد الفتاح السيسي") == ["Bd", "ftah", "sisi"]


@pytest.mark.parametrize(
    ("latin", "arabic"),
    [
        ("Emmanuel Macron", "ماكرون"),
        ("Benjamin Netanyahu", "نتنياهو"),
        ("Recep Tayyip Erdoğan", "أردوغان"),
        ("Donald Trump", "ترامب"),
        ("Joe Biden", "بايدن"),
        ("Sergey Lavrov", "لافروف"),
        ("Vladimir Putin", "بوتين"),
        ("Vladimir Putin", "فلاديمير بوتين"),
        ("Antonio Guterres", "غوتيريش"),
        ("Abdel Fattah el-Sisi", "السيسي"),
    ],
)
def test_one_person_across_scripts(latin: str, arabic: str, link_names: LinkNames) -> None:
    assert len(set(link_names([(latin, "en", "PER"), (arabic, "ar", "PER")]))) == 1
    assert len(set(link_names([(arabic, "ar", "PER"), (latin, "en", "PER")]))) == 1


@pytest.mark.parametrize(
    ("latin", "arabic"),
    [("Boris Johnson", "بوتين"), ("Mike Pompeo", "بايدن"), ("Mario Monti", "ماكرون")],
)
def test_other_people_stay_apart(latin: str, arabic: str, link_names: LinkNames) -> None:
    assert len(set(link_names([(latin, "en", "PER"), (arabic, "ar", "PER")]))) == 2
