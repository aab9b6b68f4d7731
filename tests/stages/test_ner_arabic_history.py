"""Arabic history and travel: kunyas and patronymic chains, regnal numbers, dynasties' states,
towns named after a saint, straits, rivers, dated squares, madrasas, hotels, gates, firms
named after a person and their field, schools with their seat.

Sentences are written for these tests (not taken from any evaluation text).
"""

from __future__ import annotations

import pytest

from storywire.model import Mention
from storywire.stages.entities import extract_entities_from_text
from storywire.stages.ner.arabic_history import clean_people


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "ar")]


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("كتب ابن خلدون مقدمته في قلعة بني سلامة", ("ابن خلدون", "PER")),  # "ابن" and a rare name
        ("وقرأ الطلاب كتب ابن الهيثم في البصريات", ("ابن الهيثم", "PER")),  # a definite rare name
        ("درس أبو الحسن الشاذلي في تونس", ("أبو الحسن الشاذلي", "PER")),  # a definite given name
        ("حاصر أبو يوسف يعقوب المدينة شهورا", ("أبو يوسف يعقوب", "PER")),  # a kunya, then the name
        ("ولد محمد بن موسى الخوارزمي في خوارزم", ("محمد بن موسى الخوارزمي", "PER")),  # the nisba stays in
        ("عاش أحمد بن علي القلقشندي الصعيدي في القاهرة", ("أحمد بن علي القلقشندي الصعيدي", "PER")),
        ("حكم يوسف الأول غرناطة سنوات طويلة", ("يوسف الأول", "PER")),  # a regnal number, no title
        ("وصل المؤرخ المقريزي إلى القاهرة", ("المقريزي", "PER")),  # a role and a rare nisba
        ("زار هنري كيسنجر بكين مرارا", ("هنري كيسنجر", "PER")),  # a foreign given name
    ],
)
def test_historical_people(text: str, entity: tuple[str, str]) -> None:
    assert entity in _found(text)


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("ازدهرت الفنون في عهد الدولة الفاطمية بالقاهرة", ("الدولة الفاطمية", "LOC")),
        ("قاوم الأهالي جيوش الدولة المرابطية طويلا", ("الدولة المرابطية", "LOC")),
        ("وسقطت عاصمة الخلافة العباسية بيد المغول", ("الخلافة العباسية", "LOC")),
        ("دخل الفاتحون عاصمة الإمبراطورية البيزنطية", ("الإمبراطورية البيزنطية", "LOC")),
        ("توسعت الإمبراطورية الروسية نحو الشرق", ("الإمبراطورية الروسية", "LOC")),  # by its land
        ("امتدت الدولة العثمانية إلى البلقان", ("الدولة العثمانية", "LOC")),  # a given name's nisba
        ("خضعت المدينة والدولة الأيوبية لهم", ("الدولة الأيوبية", "LOC")),  # "و" outside the span
        ("أمضينا ليلة في مولاي يعقوب قرب فاس", ("مولاي يعقوب", "LOC")),  # a saint's town
        ("نزلنا في سيدي قاسم بعد الظهر", ("سيدي قاسم", "LOC")),
    ],
)
def test_states_and_saints_towns(text: str, entity: tuple[str, str]) -> None:
    assert entity in _found(text)


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("عبرت السفينة مضيق هرمز فجرا", ("مضيق هرمز", "LOC")),  # a strait keeps its head
        ("رست القوارب في خليج عدن", ("خليج عدن", "LOC")),
        ("يصب نهر ملوية في البحر المتوسط", ("ملوية", "LOC")),  # a river does not
        ("تجمع المتظاهرون في ساحة 14 يوليو مساء", ("ساحة 14 يوليو", "LOC")),  # named by a date
        ("أغلقت الشرطة شارع 26 يوليو", ("شارع 26 يوليو", "LOC")),
        ("زرنا المدرسة المستنصرية في بغداد", ("المدرسة المستنصرية", "LOC")),  # a madrasa's own adjective
        ("أقام الوفد في فندق الرشيد ليلتين", ("فندق الرشيد", "LOC")),  # a hotel keeps its head
        ("دخلنا المدينة القديمة من باب زويلة", ("باب زويلة", "LOC")),  # a gate by a name no word is
        ("خرج الموكب من باب المنصور", ("باب المنصور", "LOC")),  # ... or a definite given name
    ],
)
def test_sites(text: str, entity: tuple[str, str]) -> None:
    assert entity in _found(text)


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("أسست المهندسة مكتب الفيلالي للهندسة المعمارية", ("مكتب الفيلالي للهندسة المعمارية", "ORG")),
        ("تدعم مؤسسة محمد الخامس للتضامن الأسر الفقيرة", ("مؤسسة محمد الخامس للتضامن", "ORG")),
        ("نظمت مؤسسة عبد الرحيم التازي للثقافة والفنون معرضا", ("مؤسسة عبد الرحيم التازي للثقافة والفنون", "ORG")),
        ("درس في المدرسة العليا للأساتذة بمكناس", ("المدرسة العليا للأساتذة بمكناس", "ORG")),  # its seat
        ("أعارت المكتبة الوطنية للمملكة الأردنية مخطوطات", ("المكتبة الوطنية للمملكة الأردنية", "ORG")),
    ],
)
def test_bodies_with_their_field(text: str, entity: tuple[str, str]) -> None:
    assert entity in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "ذهب ابن عمه إلى السوق",  # his cousin
        "نجح ابن الرئيس في الانتخابات",  # the president's son
        "أبو الأطفال يعمل في المصنع",  # the children's father
        "هو ابن بار بوالديه",  # a dutiful son
        "جاء محمد الأول على دفعته",  # first of his class: a rank
        "وصل الوفد إلى أبو ظبي مساء أمس",  # "أبوظبي" written in two words
        "التقط السياح الصور قرب أبو الهول",  # the Sphinx
        "قال أبي إن الطقس بارد",  # my father
    ],
)
def test_no_person_from_kin_words(text: str) -> None:
    assert not [e for e in _found(text) if e[1] == "PER"]


@pytest.mark.parametrize(
    "text",
    [
        "انتقد الكاتب الدولة العميقة في خطابه",  # the deep state
        "تحدث الخبير عن الدولة الريعية في المنطقة",  # the rentier state, a rare word
        "الدولة المصرية تدعم المزارعين",  # a country's adjective
        "تعتمد الدولة النفطية على الصادرات",  # an oil state: a kind, not a dynasty
        "تواجه الدولة الجزرية خطر الغرق",  # an island state
        "سجل ابنه في المدرسة الإعدادية",  # a kind of school
        "فتحت الشركة باب الاكتتاب أمس",  # opened the subscription
        "هذا من باب الاحتياط فقط",  # as a precaution
        "يقيم في فندق كبير قرب البحر",  # a big hotel
        "قال مولاي إسماعيل للناس إن الحرب انتهت",  # the saint's name with no word of place: no town
        "عبر النهر الجسر القديم",
    ],
)
def test_no_place_from_common_words(text: str) -> None:
    assert not [e for e in _found(text) if e[1] == "LOC"]


def test_a_country_is_no_seat() -> None:
    found = _found("تخرج من المعهد الوطني للإحصاء بالمغرب")
    assert ("المعهد الوطني للإحصاء", "ORG") in found
    assert ("المغرب", "LOC") in found


def test_no_firm_without_a_field() -> None:
    assert not [e for e in _found("أصدر مكتب الفيلالي بلاغا أمس") if e[1] == "ORG"]  # someone's office


def test_a_place_word_ends_a_name() -> None:
    found = _found("شيد السلطان مولاي رشيد قصرا أعلى التل قرب النهر")
    assert not [e for e in found if "أعلى" in e[0] or e[0] == "قرب"]


def test_a_role_is_no_name() -> None:
    role = Mention(0, 13, "أملى الرحالة", "PER")
    name = Mention(20, 30, "ابن خلدون", "PER")
    assert clean_people([role, name]) == [name]
    assert _found("وبأمر من الأمير أملى المؤرخ كتابه") == []
