"""Arabic news of the Maghreb: Tunisian towns the gazetteer lacks (`arabic_places`), a
regional office's adjective (`arabic_lexicon`), a dateline's reporter and a compound given
name in "الدين" (`arabic_community`), a dam named after a saint and a valley's river after its
banks (`arabic_landmarks`), cooperatives and mills by their kind word (`arabic_cooperatives`).

Sentences are written for these tests (not taken from any evaluation text).
"""

from __future__ import annotations

import pytest

from storywire.stages.entities import extract_entities_from_text


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities_from_text(text, "ar")]


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        # listed Tunisian towns, "الكاف" where a place stands beside it
        ("وتوجه الوفد إلى عين دراهم لتفقد الغابات.", ("عين دراهم", "LOC")),
        ("وصلت الشاحنات إلى مدينة منزل بورقيبة صباحا.", ("منزل بورقيبة", "LOC")),
        ("هطلت الأمطار في القصرين وسليانة والكاف أمس.", ("الكاف", "LOC")),
        # a regional director: the adjective is the office's, the name follows it
        ("وقالت المديرة الجهوية للصحة سلمى الطرابلسي إن الوضع مستقر.", ("سلمى الطرابلسي", "PER")),
        # a dateline's reporter on a line of its own
        ("صفاقس – كريم الجلاصي\n\nانطلقت أمس عمليات جني الزيتون.", ("كريم الجلاصي", "PER")),
        ("قفصة – أنيس بن يوسف\n\nتوقف نقل الفسفاط أمس.", ("أنيس بن يوسف", "PER")),
        # a compound given name in "الدين" with its family name, after a possessive title
        ("وقال رئيسها عز الدين المرزوقي إن الموسم كان جيدا.", ("عز الدين المرزوقي", "PER")),
        # a dam named after a saint, in a text that does not speak of water
        ("ويملك الفلاح أرضا قرب سد سيدي البراق منذ سنوات.", ("سد سيدي البراق", "LOC")),
        # a valley's river after its banks, its name a common word too
        ("وتقع الضيعة على ضفاف وادي سبو شمال البلاد.", ("وادي سبو", "LOC")),
        # a cooperative with its name and field, the kind word inside; one by a rare name
        ("ووفرت تعاونية الوفاء للإنتاج الحيواني العلف للمربين.", ("تعاونية الوفاء للإنتاج الحيواني", "ORG")),
        ("ووقعت تعاونية كوباغ اتفاقا مع الموزعين.", ("تعاونية كوباغ", "ORG")),
        # mills named by their region
        ("وتعاقدت مطاحن الجنوب مع التجار لشراء القمح.", ("مطاحن الجنوب", "ORG")),
    ],
)
def test_maghreb_names(text: str, entity: tuple[str, str]) -> None:
    assert entity in _found(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # the letter kaf with no place beside it
        ("كتب التلميذ حرف الكاف على اللوح.", ("الكاف", "LOC")),
        # a regional office's adjective is no person
        ("وقال المدير الجهوي للتجارة إن الأسعار مستقرة.", ("الجهوي", "PER")),
        # a dash inside a sentence, or before common words, gives no reporter
        ("تونس – الحبوب والأسمدة\n\nارتفعت الأسعار.", ("الحبوب والأسمدة", "PER")),
        # "سد" as filling a gap
        ("يجب سد الفراغ قبل الموسم.", ("سد الفراغ", "LOC")),
        # a cooperative of a product, no name; grain mills, no region
        ("وأعلنت تعاونية الحليب عن زيادة الأسعار.", ("تعاونية الحليب", "ORG")),
        ("وارتفع إنتاج مطاحن الحبوب هذا العام.", ("مطاحن الحبوب", "ORG")),
        # a valley of ideas is no river
        ("مشى الرجل في وادي مجهول طويلا.", ("وادي مجهول", "LOC")),
    ],
)
def test_maghreb_not_names(text: str, wrong: tuple[str, str]) -> None:
    assert wrong not in _found(text)


def test_compound_given_name_not_cut() -> None:
    # the first word of "نور الدين" alone is no person when a family name follows
    found = _found("وقال رئيسه نور الدين الحمامي إن الاتحاد سيطرح المسألة.")
    assert ("نور", "PER") not in found
