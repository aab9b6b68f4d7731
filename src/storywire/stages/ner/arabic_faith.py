"""Arabic religious and relief bodies of migration and diplomatic news, by their fixed shape.

* A fatwa office: "دائرة الإفتاء" / "دار الإفتاء" / "مجلس الإفتاء" and its standing or
  its country's adjective ("دائرة الإفتاء العام", "دار الإفتاء الليبية"), one ORG.
* A church's see: "البطريركية" / "المطرانية" / "الأبرشية" and the rite that names it
  ("البطريركية اللاتينية", "المطرانية المارونية"), or the indefinite head, the rite's people
  and their church ("بطريركية الروم الأرثوذكس") or the see's town ("أبرشية عمّان"), one ORG;
  a town after "في" is where it sits, a place apart ("... اللاتينية في القدس").
* Caritas and its national branch: "كاريتاس" and the country it serves ("كاريتاس لبنان"),
  one ORG (a charity's fixed name holds its country, as "Caritas Polska" does).
* The UN's food agency, named with no "الأمم المتحدة" in it: "برنامج الأغذية العالمي".

Each rule runs only where its head word occurs in the paragraph.
"""

from __future__ import annotations

from collections.abc import Sequence

from storywire.model import Mention
from storywire.stages.ner.arabic_lexicon import rule_span
from storywire.stages.ner.arabic_places import place_adjective, place_end
from storywire.stages.ner.arabic_triggers import clitic_forms, head_behind_clitic, trigger_indices
from storywire.stages.ner.tokens import Token

_IFTA_HEADS = frozenset({"دائرة", "دار", "مجلس"})
_IFTA = "الإفتاء"
_IFTA_STANDING = frozenset({"العام", "العامة", "الأعلى"})

_SEE_HEADS = frozenset({"البطريركية", "المطرانية", "الأبرشية"})
_SEE_CONSTRUCT_HEADS = frozenset({"بطريركية", "مطرانية", "أبرشية"})
# Rites as adjectives of a definite see, and the rites' people after an indefinite one.
_RITES = frozenset({
    "اللاتينية", "المارونية", "الأرثوذكسية", "الكاثوليكية", "السريانية", "الكلدانية", "الأرمنية",
    "القبطية", "الإنجيلية", "الأنجليكانية", "الآشورية", "الأسقفية", "الملكية",
})  # fmt: skip
_RITE_PEOPLE = frozenset({
    "اللاتين", "الموارنة", "الروم", "السريان", "الكلدان", "الأرمن", "الأقباط", "الأشوريين", "الآشوريين",
    "الأرثوذكس", "الكاثوليك", "الملكيين", "الإنجيليين",
})  # fmt: skip
_MAX_RITE_WORDS = 2

_CARITAS = "كاريتاس"
_CARITAS_SCOPES = frozenset({"الدولية", "العالمية"})

_NAMES = (("برنامج", "الأغذية", "العالمي"), ("برنامج", "الغذاء", "العالمي"))

_HEAD_FORMS = clitic_forms(_IFTA_HEADS | _SEE_HEADS | _SEE_CONSTRUCT_HEADS | {_CARITAS, "برنامج"})


def faith_and_relief_bodies(text: str, toks: Sequence[Token]) -> list[Mention]:
    """Fatwa offices, church sees, Caritas' branches and the UN's food agency (ORG)."""
    words = [t.text for t in toks]
    out: list[Mention] = []
    i = 0
    for start in trigger_indices(words, _HEAD_FORMS):
        if start < i:
            continue  # inside the name read last
        i = start
        lead, head = head_behind_clitic(words[i], _IFTA_HEADS | _SEE_HEADS | _SEE_CONSTRUCT_HEADS | {_CARITAS})
        end = None
        if head in _IFTA_HEADS:
            end = _ifta_end(words, i + 1)
        elif head in _SEE_HEADS:
            end = _rite_end(words, i + 1, _RITES)
        elif head in _SEE_CONSTRUCT_HEADS:
            end = _rite_end(words, i + 1, _RITE_PEOPLE | _RITES) or place_end(words, i + 1)
        elif head == _CARITAS:
            end = _caritas_end(words, i + 1)
        else:
            lead, head = head_behind_clitic(words[i], {"برنامج"})
            end = next((i + len(n) for n in _NAMES if tuple([head, *words[i + 1 : i + len(n)]]) == n), None)
        if end is not None:
            out.append(rule_span(text, toks, i, end, "ORG", lead))
            i = end
    return out


def _ifta_end(words: list[str], j: int) -> int | None:
    """The end of "الإفتاء" and its standing or country's adjective opening at `j`, or None."""
    if j >= len(words) or words[j] != _IFTA:
        return None
    k = j + 1
    if k < len(words) and (words[k] in _IFTA_STANDING or place_adjective(words[k])):
        k += 1  # "دائرة الإفتاء العام", "دار الإفتاء المصرية"
    return k


def _rite_end(words: list[str], j: int, rites: frozenset[str]) -> int | None:
    """The end of one or two rite words opening at `j` ("اللاتينية", "الروم الأرثوذكس"), or None."""
    k = j
    while k < len(words) and k - j < _MAX_RITE_WORDS and words[k] in rites:
        k += 1
    return k if k > j else None


def _caritas_end(words: list[str], j: int) -> int:
    """The end of Caritas' name: its country or town ("كاريتاس الأردن") or its scope; `j`
    when it stands alone."""
    if j < len(words) and words[j] in _CARITAS_SCOPES:
        return j + 1
    end = place_end(words, j)
    return end if end is not None else j
