"""The trigger words of the Arabic rules: the forms a word takes behind a clitic, and the
indices of a paragraph's words where a rule may fire."""

from __future__ import annotations

from storywire.stages.ner.arabic_lexicon import CLITICS
from storywire.stages.ner.arabic_transport import _bare
from storywire.stages.ner.arabic_triggers import clitic_forms, trigger_indices


def test_clitic_forms_hold_the_bare_word_and_each_clitic_on_it() -> None:
    forms = clitic_forms({"شركة"})
    assert forms == {"شركة", "وشركة", "بشركة", "لشركة", "فشركة"}


def test_a_definite_word_also_behind_lil() -> None:
    # "للهيئة" is "ل" + "الهيئة": the clitic took the article's alif
    forms = clitic_forms({"الهيئة"})
    assert "للهيئة" in forms and "والهيئة" in forms and "بالهيئة" in forms


def test_other_clitic_letters() -> None:
    # the title rules also read "كال..." ("as the ...")
    assert "كالرئيس" in clitic_forms({"الرئيس"}, clitics="وبفكل")
    assert "كالرئيس" not in clitic_forms({"الرئيس"})


def test_forms_hold_every_word_a_rule_reads_as_its_trigger() -> None:
    # a superset of a rule's own clitic reading: every word `_bare` reads as a head is a form
    heads = {"ميناء", "الهيئة"}
    forms = clitic_forms(heads)
    candidates = [c + h for h in heads for c in ("", *CLITICS, "لل", "وال")] + ["للهيئة", "لالهيئة"]
    for word in candidates:
        if _bare(word)[1] in heads:
            assert word in forms, word


def test_trigger_indices_in_order() -> None:
    words = ["قال", "مدير", "شركة", "النفط", "إن", "وشركة", "أخرى"]
    assert trigger_indices(words, clitic_forms({"شركة"})) == [2, 5]
    assert trigger_indices(words, frozenset()) == []
    assert trigger_indices([], clitic_forms({"شركة"})) == []
