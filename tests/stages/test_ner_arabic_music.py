"""Arabic music and stage news: orchestras by their kind word and adjectives, choirs and
troupes quoted after theirs, ancient amphitheatres and cultural centres as venues, desert
regions by their country, a royal commission beside an airline's name, a biosphere reserve,
a capital's greater municipality, foundations named by a given name, and people after a
conductor's, a composer's or a director's title.

Sentences are written for these tests (not taken from any evaluation text).
"""

from __future__ import annotations

import pytest

from storywire.stages.entities import extract_entities_from_text


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "ar")]


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        # an orchestra: kind word and adjectives, a country's among them; or a known city
        (
            "وأعلنت الأوركسترا السيمفونية الوطنية اللبنانية عن موسمها الجديد",
            [("الأوركسترا السيمفونية الوطنية اللبنانية", "ORG")],
        ),
        ("وقدمت أوركسترا القاهرة السيمفونية حفلا في الربيع", [("أوركسترا القاهرة السيمفونية", "ORG")]),
        # a choir or a troupe between marks: the name alone
        ("وشاركت فرقة «نغم الشام» في الأمسية", [("نغم الشام", "ORG")]),
        ("وغنت جوقة «صوت الفرح» ترانيم الميلاد", [("صوت الفرح", "ORG")]),
        # venues: an ancient amphitheatre, a cultural centre named after a patron
        ("وأقيم الحفل في المدرج الروماني في جرش", [("المدرج الروماني", "LOC"), ("جرش", "LOC")]),
        ("وأقيمت الأمسية في مركز الملك فهد الثقافي بالرياض", [("مركز الملك فهد الثقافي", "LOC")]),
        # a desert region by its country
        ("وتمتد البادية السورية حتى الحدود", [("البادية السورية", "LOC")]),
    ],
)
def test_orchestras_choirs_and_venues(text: str, entities: list[tuple[str, str]]) -> None:
    found = _found(text)
    assert all(e in found for e in entities), found


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        # a royal commission with its country: the body, not the airline "الملكية X"
        ("وأعلنت الهيئة الملكية الأردنية للأفلام عن برنامجها", [("الهيئة الملكية الأردنية للأفلام", "ORG")]),
        ("وأعلنت الهيئة الوطنية المغربية للسينما عن جوائزها", [("الهيئة الوطنية المغربية للسينما", "ORG")]),
        # the airline itself still
        ("وسافر الوفد على متن الملكية الأردنية إلى لندن", [("الملكية الأردنية", "ORG")]),
        # a biosphere reserve, a capital's greater municipality
        ("وزار الطلاب محمية الموجب للمحيط الحيوي", [("محمية الموجب للمحيط الحيوي", "LOC")]),
        ("وقررت أمانة بغداد الكبرى تأهيل الشوارع", [("أمانة بغداد الكبرى", "ORG")]),
        # foundations and societies named by a given name and their field
        ("ودعمت مؤسسة سلمى للثقافة والفنون المشروع", [("مؤسسة سلمى للثقافة والفنون", "ORG")]),
        ("وقدمت جمعية أمل للتنمية الاجتماعية مساعدات", [("جمعية أمل للتنمية الاجتماعية", "ORG")]),
    ],
)
def test_commissions_reserves_and_foundations(text: str, entities: list[tuple[str, str]]) -> None:
    found = _found(text)
    assert all(e in found for e in entities), found


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        ("وقاد المايسترو رامي بركات العرض الأول", [("رامي بركات", "PER")]),
        ("وعرض الفيلم للمخرج الجزائري كريم بن علي في الافتتاح", [("كريم بن علي", "PER")]),
        ("وقالت مديرة المعرض سلوى الحداد إن الزوار كثر", [("سلوى الحداد", "PER")]),
    ],
)
def test_people_after_artists_and_directors(text: str, entities: list[tuple[str, str]]) -> None:
    found = _found(text)
    assert all(e in found for e in entities), found


@pytest.mark.parametrize(
    "text",
    [
        "وعزفت الأوركسترا السيمفونية مقطوعة قصيرة",  # a kind of orchestra, no name (a composer after it is a person)
        "وشاركت الفرقة في المهرجان بثلاثة عروض",  # no marks, no name
        "وجلس الجمهور في المدرج قبل بدء الحفل",  # a stand, no age
        "وافتتح مركز للتدريب الثقافي في الحي",  # a field, no patron
        "وزار وفد مؤسسة خالد للمشاركة في المؤتمر",  # a purpose, no field
        "وقال مدير المستشفى الحكومي إن الوضع مستقر",  # an office, no name after it
    ],
)
def test_no_name_without_its_shape(text: str) -> None:
    found = _found(text)
    assert not [e for e in found if e[1] in ("ORG", "LOC", "PER")], found


def test_palace_of_culture_by_its_quarter() -> None:
    found = [
        (m.text, m.type) for m in extract_entities_from_text("وأقيمت الأمسية في قصر ثقافة الشاطبي مساء الجمعة", "ar")
    ]
    assert found == [("قصر ثقافة الشاطبي", "LOC")]


def test_no_palace_of_culture_before_a_common_word() -> None:
    assert extract_entities_from_text("وكان القصر قصر ثقافة وفن", "ar") == []
