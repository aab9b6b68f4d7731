"""Chinese place readings the gazetteer match gets wrong or leaves short.

* A conjunction before a city ("工匠和泉州的石头"): the gazetteer holds "和泉" (Izumi, in
  Japan) and the match, longest first, takes "和" with it; where a great city starts right
  after "和"/"与"/"及" and runs past the match, the city is meant.
* A country before "人" is a people, not the country ("日本人交出报告": the Japanese), which
  the guidelines leave unlabelled as a demonym; "人民", "人口", "人权" after it make a word.
* A town right after its country, after a word of where ("出生于意大利佩鲁贾，"): a name of two
  or three characters that is no word, then punctuation or a particle, is a place in it.
"""

from __future__ import annotations

from storywire.model import Mention
from storywire.stages.ner.word_frequency import zipf

_CONJUNCTIONS = frozenset("和与及")
_MAX_CITY = 4
# "人" and the character after it as common as this make a word ("人民", "人口", "人士").
_PEOPLE_WORD_ZIPF = 3.0
_WHERE = frozenset("在于到至往赴自从")
_AFTER_TOWN = frozenset("，。；：！？、）的和与及")
_FUNCTION = frozenset("的了在于和与及是对将已也并向从被把为以这那其每此某个一")


def conjunction_splits(text: str, found: list[Mention], major: frozenset[str]) -> list[Mention]:
    """`found` with a place opening with a conjunction, where a great city follows it, made
    that city."""
    out: list[Mention] = []
    for m in found:
        if m.type == "LOC" and m.text[0] in _CONJUNCTIONS:
            city = next(
                (n for n in range(_MAX_CITY, 1, -1) if text[m.start + 1 : m.start + 1 + n] in major),
                None,
            )
            if city is not None and m.start + 1 + city > m.end:
                end = m.start + 1 + city
                m = Mention(m.start + 1, end, text[m.start + 1 : end], "LOC", model=m.model, confidence=m.confidence)
        out.append(m)
    return out


def without_demonyms(text: str, found: list[Mention], countries: frozenset[str]) -> list[Mention]:
    """`found` without the countries that "人" makes a people ("荷兰人", "日本人")."""
    return [
        m
        for m in found
        if not (
            m.type == "LOC"
            and m.text in countries
            and text[m.end : m.end + 1] == "人"
            and zipf(text[m.end : m.end + 2], "zh") < _PEOPLE_WORD_ZIPF
        )
    ]


def towns_in_countries(text: str, mentions: list[Mention], countries: frozenset[str]) -> list[Mention]:
    """`mentions` with the town named right after its country added ("于日本平户，")."""
    taken = [(m.start, m.end) for m in mentions]
    out = list(mentions)
    for m in mentions:
        if m.type != "LOC" or m.text not in countries or text[m.start - 1 : m.start] not in _WHERE or m.start == 0:
            continue
        for n in (2, 3):
            town = text[m.end : m.end + n]
            if (
                len(town) == n
                and all("\u4e00" <= ch <= "\u9fff" and ch not in _FUNCTION for ch in town)
                and text[m.end + n : m.end + n + 1] in _AFTER_TOWN
                and zipf(town, "zh") == 0
                and not any(s < m.end + n and m.end < e for s, e in taken)
            ):
                out.append(Mention(m.end, m.end + n, town, "LOC", model="rules:zh", confidence=0.6))
                break
    return sorted(out, key=lambda m: (m.start, m.end))
