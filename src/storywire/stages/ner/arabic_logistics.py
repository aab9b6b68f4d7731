"""Arabic parcel, courier and port news: the national post named by its country, a
regional police command and a prefecture named by their territory, ports' fixed
adjectives, and a body's name that ends on "غير" + an adjective.

* A national postal operator "بريد" + a known place ("بريد المغرب", "بريد الجزائر"): one
  ORG with its country, as a body whose country is part of its fixed name.  The place alone
  would be read as LOC; here it carries parcels, so it is the operator.
* A regional police command "ولاية أمن" + a known town ("ولاية أمن طنجة"): one ORG with its
  town (a regional office named with its town is one ORG); "ولاية" alone gives the name of a
  region, so "أمن" was read as a place.
* A prefecture of districts "عمالة مقاطعات" + its districts' names ("عمالة مقاطعات X Y"):
  one ORG, up to the punctuation or a function word, at most four words; "عمالة" alone is
  also "labour" ("عمالة الأطفال"), so only the prefecture's full kind opens one.
* A port's fixed adjective after its town ("ميناء X المتوسط", "ميناء X الدولي", "ميناء X
  الإسلامي"): the port's span grows over it; Arabic ports keep their kind word.
* A body's field ending on "غير" + a definite adjective ("إدارة الجمارك والضرائب غير
  المباشرة"): the negated adjective qualifies the field, so it belongs to the name.
"""

from __future__ import annotations

from collections.abc import Sequence

from storywire.model import Mention
from storywire.stages.ner.arabic_lexicon import STOP_WORDS, replace_inside, rule_span
from storywire.stages.ner.arabic_places import place_end
from storywire.stages.ner.arabic_triggers import clitic_forms, definite_word, head_after_clitic, trigger_indices
from storywire.stages.ner.tokens import Token

_POST = "بريد"
_REGION = "ولاية"
_SECURITY = "أمن"
_PREFECTURE = "عمالة"
_DISTRICTS = "مقاطعات"
_HEADS = frozenset({_POST, _REGION, _PREFECTURE})
_FORMS = clitic_forms(_HEADS)
# A prefecture's districts run over at most this many words ("عين الشق الحي الحسني").
_MAX_DISTRICT_WORDS = 4

_PORT = "ميناء"
# Adjectives that are part of a port's fixed name, not a description of it.
_PORT_ADJECTIVES = frozenset({"المتوسط", "الدولي", "الإسلامي", "التجاري"})
_NOT = "غير"
_CLITICS = "وبلف"


def logistics_mentions(text: str, toks: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """`mentions` with postal operators, police commands and prefectures added (each
    replacing the mentions inside it), ports and bodies grown over their adjectives."""
    words = [t.text for t in toks]
    found: list[Mention] = []
    for i in trigger_indices(words, _FORMS):
        lead, head = head_after_clitic(words[i], _HEADS)
        end = _name_end(words, i + 1, head) if head else None
        if end is not None:
            found.append(rule_span(text, toks, i, end, "ORG", lead))
    if found:
        mentions = replace_inside(mentions, found)
    return _grown(text, toks, mentions)


def _name_end(words: list[str], j: int, head: str) -> int | None:
    if head == _POST:
        return place_end(words, j)
    if head == _REGION:
        return place_end(words, j + 1) if j < len(words) and words[j] == _SECURITY else None
    if j >= len(words) or words[j] != _DISTRICTS:
        return None
    k = j + 1
    while k < len(words) and k - j <= _MAX_DISTRICT_WORDS and _district_word(words[k]):
        k += 1
    return k if k > j + 1 else None


def _district_word(word: str) -> bool:
    """A word of a district's name: no function word, and none behind a clitic ("بالدار
    البيضاء", "والمدينة": the seat or a second place after the name, outside it)."""
    if not word.isalpha() or word in STOP_WORDS or len(word) < 2:
        return False
    if word.startswith(("بال", "لل", "وال", "فال")):
        return False
    return not (word[:1] in _CLITICS and place_end([word[1:]], 0))


def _grown(text: str, toks: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """A port over its fixed adjective, a body over "غير" + its field's adjective."""
    ends = {t.end: n for n, t in enumerate(toks)}
    starts = {t.start for t in toks}
    out: list[Mention] = []
    for m in mentions:
        last = ends.get(m.end)
        if last is not None and m.start in starts and last + 1 < len(toks):
            nxt = toks[last + 1]
            near = nxt.start == toks[last].end + 1
            if m.type == "LOC" and m.text.startswith(_PORT) and near and nxt.text in _PORT_ADJECTIVES:
                m = Mention(m.start, nxt.end, text[m.start : nxt.end], m.type, model="rules:ar", confidence=0.6)
            elif m.type == "ORG" and near and nxt.text == _NOT and last + 2 < len(toks):
                adj = toks[last + 2]
                if definite_word(adj.text) and adj.text.endswith(("ة", "ي")) and adj.start == nxt.end + 1:
                    m = Mention(m.start, adj.end, text[m.start : adj.end], m.type, model="rules:ar", confidence=0.6)
        out.append(m)
    return out
