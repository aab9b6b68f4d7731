"""Arabic local news: municipalities, oases, salt lakes, state offices, associations, research
centres with their field and seat, a byline's reporter and a compound given name.

* A municipality that acts or is headed is one ORG with its town ("رئيس بلدية X", "أعلنت
  بلدية X"), its town a known place or a word no dictionary holds; "في بلدية X" / "ببلدية X"
  is the place (`arabic_communes`).
* An oasis gives its name, the kind word out ("واحة X" -> "X", "واحات X وY" -> both), while a
  salt lake keeps its kind word ("شط X"), as the guidelines settle for Arabic.
* A state office named "ديوان" + its field ("ديوان X الY", an office of the Maghreb's states)
  is an ORG; a poet's collection ("ديوان المتنبي", "ديوان الشعر") is not.
* An association named by what it does and its town ("جمعية X Y TOWN") is one ORG, جمعية
  inside, as the guidelines settle; one closed by a definite field is `arabic_sites`'; one of a
  trade keeps a known town behind "ب" ("جمعية الصيادين بـTOWN").
* An association named by its region or a rare name and what it is for after "لل", with up
  to two more fields behind "و" ("جمعية X للثقافة والفنون"): one ORG, جمعية inside.
* A research or training centre's name runs on over "في" + its field ("... للبحوث في الX
  الY"), and a regional body ("الجهوي") keeps its seat behind "ب" ("... بX").
* A byline's reporter after "كتب:" or "بقلم:" on a short line of its own (PER), and a person
  "X الY" whose second part is a definite given name ("محمد الهادي") runs on over a family
  name in "-ي" after it; one read as the first word of a compound given name "X الدين" runs
  on over "الدين" and the family name.  A dateline's line "PLACE – X Y" gives its reporter.

Each rule looks only where its cue word stands; a span found here replaces the mentions it
holds and is dropped where it cuts one.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from storywire.model import Mention
from storywire.stages.ner.arabic_communes import PREFIXES, town_end
from storywire.stages.ner.arabic_cooperatives import TRIGGERS, cooperative_mentions
from storywire.stages.ner.arabic_lexicon import (
    DEFINITE_GIVEN_NAMES,
    GIVEN_NAMES,
    OFFICE_ADJECTIVES,
    STOP_WORDS,
    conjoined,
    definite_family_name,
    name_word,
    present_verb,
    rule_span,
    verbal_noun,
)
from storywire.stages.ner.arabic_places import place_adjective, place_end
from storywire.stages.ner.arabic_triggers import clitic_forms, head_behind_clitic, trigger_indices
from storywire.stages.ner.claimed_spans import added_over_shorter
from storywire.stages.ner.tokens import Token
from storywire.stages.ner.word_frequency import zipf

_COMMUNE = "بلدية"
_GREATER = "الكبرى"  # "بلدية X الكبرى": Greater X Municipality, a body wherever it stands
_OASES = frozenset({"واحة", "واحات"})
_SALT_LAKE = "شط"
_OFFICE = "ديوان"
_ASSOCIATION = "جمعية"
_HEADS = frozenset({_COMMUNE, _SALT_LAKE, _OFFICE, _ASSOCIATION}) | _OASES
_TRIGGERS = clitic_forms(_HEADS)
_IN, _AT = "في", "ب"
_MAX_OASES = 4
# A word no dictionary holds is a town's or a salt lake's name ("X" 0-like); the cue says so.
_RARE_ZIPF = 3.0
# A collection of poems is a "ديوان" too: its poet (a definite name in "-ي") or these.
_HEAD_OFFICE = "عام"  # "ديوان عام X": X's head office (its seat), no body's name
_NOT_OFFICES = frozenset({"الشعر", "العرب", "الحماسة", "الأدب", "القصائد"})
_MAX_OFFICE_NOUNS = 2
_MAX_ADJECTIVES = 2
_MAX_ASSOCIATION_WORDS = 3
# An association's own name before its field is a place or rarer than this ("سوس" 3.7).
_ASSOCIATION_NAME_ZIPF = 4.0
# A field behind "و" is commoner than none of these would be ("والسينما" 4.6, "الحكومة" 5.6).
_FIELD_ZIPF = 5.4
# Fields of research or training: the name runs on over "في" + the field ("للبحوث في الX").
_RESEARCH = frozenset({"للبحوث", "للبحث", "للدراسات", "للتكوين", "للتدريب"})
_REGIONAL = frozenset({"الجهوي", "الجهوية", "الإقليمي", "الإقليمية"})
_MAX_FIELD_WORDS = 4
_NOT_FIELDS = frozenset({"المنطقة", "البلاد", "المدينة", "العاصمة", "العالم", "الخارج", "الداخل", "الجهة", "الولاية"})
# A byline's cue ("كتب:" wrote, "بقلم:" by the pen of) and the words of a short line.
_BYLINE_CUES = frozenset({"كتب", "كتبت", "بقلم"})
_MAX_BYLINE_LINE = 12
_MAX_BYLINE_NAME = 3
# A dateline's dash: "باجة – X Y" on a line of its own is the place and its reporter.
_DATELINE_DASHES = frozenset({"–", "—", "-"})
# Second given names written with the article in the Maghreb ("محمد المنصف"), besides the lexicon's.
# A given name compounded with "الدين" ("نور الدين", "عز الدين") is one given name: a person
# read as its first word alone runs on over "الدين" and the family name after it.
_FAITH = "الدين"
_SECOND_NAMES = DEFINITE_GIVEN_NAMES | {"المنصف", "الحبيب", "المولدي", "الناصر", "الأزهر"}


def community_mentions(text: str, toks: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """`mentions` with this module's names added, each replacing the mentions it holds."""
    words = [t.text for t in toks]
    found: list[Mention] = []
    for i in trigger_indices(words, _TRIGGERS):
        found += _cued(text, toks, words, i)
    if not _BYLINE_CUES.isdisjoint(words):
        found += _bylines(text, toks, words)
    if not _DATELINE_DASHES.isdisjoint(words):
        found += _dateline_bylines(text, toks, words)
    if not TRIGGERS.isdisjoint(words):
        found += cooperative_mentions(text, toks, words)  # "تعاضدية X للY", "مطاحن الشمال"
    found += _grown(text, toks, words, mentions)
    return added_over_shorter(mentions, found)


def _cued(text: str, toks: Sequence[Token], words: list[str], i: int) -> list[Mention]:
    lead, head = head_behind_clitic(words[i], _HEADS)
    if head == _COMMUNE:
        # "ببلدية X", "في بلدية X": the place (`arabic_communes`); "لبلدية" is "for" the body
        end = _town_end(words, i + 1)
        if greater_municipality(words, end):
            # "في بلدية X الكبرى": a Greater municipality is the body even where it is "in"
            return [rule_span(text, toks, i, end + 1, "ORG", lead)] if end is not None else []
        if words[i][:lead] == _AT or (i > 0 and words[i - 1] == _IN):
            return []
        return [rule_span(text, toks, i, end, "ORG", lead)] if end is not None else []
    if head in _OASES:
        items = conjoined(words, i + 1, lambda k, ld: _oasis_end(words, k, ld), _MAX_OASES)
        return [rule_span(text, toks, a, b, "LOC", ld) for a, b, ld in items]
    if head == _SALT_LAKE:
        end = _town_end(words, i + 1)
        return [rule_span(text, toks, i, end, "LOC", lead)] if end is not None else []
    if head == _OFFICE:
        end = _office_end(words, i + 1)
        return [rule_span(text, toks, i, end, "ORG", lead)] if end is not None else []
    if head == _ASSOCIATION:
        end = _association_end(words, i + 1) or _association_field_end(words, i + 1)
        return [rule_span(text, toks, i, end, "ORG", lead)] if end is not None else []
    return []


def greater_municipality(words: list[str], end: int | None) -> bool:
    """The town's name ending at `end` is followed by "الكبرى": "بلدية X الكبرى" (Greater X
    Municipality) is a municipal corporation's name, never the commune as a place."""
    return end is not None and words[end : end + 1] == [_GREATER]


def _town_end(words: list[str], k: int, lead: int = 0) -> int | None:
    """A town's end after a cue: a known place, a prefix and a name, or a word no dictionary
    holds (definite or not: "شط الX")."""
    if k >= len(words):
        return None
    end = town_end(words, k, lead)
    if end is not None:
        return end
    w = words[k][lead:]
    rare = w.isalpha() and len(w) > 3 and zipf(w, "ar") < _RARE_ZIPF and not place_adjective(w)
    return k + 1 if rare and w not in STOP_WORDS and not present_verb(w) else None


def _oasis_end(words: list[str], k: int, lead: int) -> int | None:
    """An oasis's name: a town's, or a prefix and any definite word ("رأس الX", "عين الX")."""
    end = _town_end(words, k, lead)
    if end is not None:
        return end
    w = words[k][lead:] if k < len(words) else ""
    nxt = words[k + 1] if k + 1 < len(words) else ""
    if w in PREFIXES and nxt.startswith("ال") and nxt.isalpha() and len(nxt) > 3:
        return k + 2
    return None


def _definite(word: str) -> bool:
    return word.startswith("ال") and word.isalpha() and len(word) > 3


def _adjectives_end(words: list[str], k: int) -> int:
    n = 0
    while k < len(words) and n < _MAX_ADJECTIVES and _definite(words[k]) and words[k].endswith(("ي", "ية")):
        k, n = k + 1, n + 1
    return k


def _office_end(words: list[str], k: int) -> int | None:
    """ "ديوان" + up to two nouns + a definite word + its adjectives and one "والX" conjunct."""
    if k < len(words) and words[k] == _HEAD_OFFICE:
        return None  # "ديوان عام المحافظة": the governorate's head office, a building of no name
    j = k
    while j < len(words) and j - k < _MAX_OFFICE_NOUNS and _noun(words[j]):
        j += 1
    if j >= len(words) or not _definite(words[j]) or words[j] in _NOT_OFFICES:
        return None
    if j == k and words[j].endswith("ي"):
        return None  # "ديوان المتنبي": a poet's collection
    end = _adjectives_end(words, j + 1)
    if end < len(words) and words[end].startswith("وال") and _definite(words[end][1:]):
        end = _adjectives_end(words, end + 1)
    return end


def _noun(word: str) -> bool:
    """An indefinite noun of a body's name: "تنمية" (development) reads as a verb in the present
    too, a verbal noun says which."""
    return name_word(word) and (verbal_noun(word) or not present_verb(word))


def _association_end(words: list[str], k: int) -> int | None:
    """ "جمعية" + what it does (indefinite nouns) + its town: the end after the town."""
    for j in range(k + 1, min(k + 1 + _MAX_ASSOCIATION_WORDS, len(words))):
        if not _noun(words[j - 1]):
            return None
        end = place_end(words, j)
        if end is None and zipf(words[j], "ar") < _RARE_ZIPF and name_word(words[j]) and len(words[j]) > 3:
            end = j + 1
        if end is not None:
            return end
    return None


def _association_field_end(words: list[str], k: int) -> int | None:
    """ "جمعية" + its region's or town's name + what it is for after "لل", and up to two
    more fields behind "و" ("جمعية X للثقافة والفنون"): the end after the last field.  The
    name is a known place or a word rare as a word; "جمعية خيرية للX" names no one."""
    if k >= len(words):
        return None
    end = place_end(words, k)
    w = words[k]
    if end is None and name_word(w) and len(w) > 2 and zipf(w, "ar") < _ASSOCIATION_NAME_ZIPF:
        end = k + 1
    if end is None or end >= len(words) or place_adjective(w) or w in STOP_WORDS:
        return None
    field = words[end]
    if not (field.startswith("لل") and field.isalpha() and len(field) > 4):
        return None
    end += 1
    for _ in range(2):
        nxt = words[end] if end < len(words) else ""
        if not (nxt.startswith("وال") and nxt.isalpha() and len(nxt) > 4) or nxt[1:] in _NOT_FIELDS:
            break
        if nxt.endswith(("ون", "ين")) or zipf(nxt[1:], "ar") >= _FIELD_ZIPF:
            break  # people ("والمواطنين") or a word too common for a field
        end += 1
    return end


def _grown(text: str, toks: Sequence[Token], words: list[str], mentions: list[Mention]) -> list[Mention]:
    """A research body over "في" + its field and a regional one over its seat; a person over
    the family name after a definite second given name."""
    starts = [t.start for t in toks]
    out: list[Mention] = []
    for m in mentions:
        k = bisect.bisect_left(starts, m.end)  # the token after the mention
        a = bisect.bisect_right(starts, m.start) - 1
        if k >= len(words) or a < 0:
            continue
        names = m.text.split()
        if m.type == "ORG":
            end = k
            if names[-1] in _RESEARCH and words[k] == _IN:
                end = _field_end(words, k + 1) or k
            if not _REGIONAL.isdisjoint(names) and end < len(words) and words[end][:1] == _AT:
                end = _town_end(words, end, 1) or end
            elif names[0] == _ASSOCIATION and end < len(words) and words[end][:1] == _AT:
                # "جمعية الصيادين بـX": an association of a trade keeps the known town it is of
                seat = place_end([words[end][1:], *words[end + 1 :]], 0)
                end = end + seat if seat is not None else end
            if end > k:
                out.append(rule_span(text, toks, a, end, "ORG", m.start - toks[a].start))
        elif m.type == "PER" and len(names) == 2 and names[1] in _SECOND_NAMES and _family(words[k]):
            out.append(rule_span(text, toks, a, k + 1, "PER", m.start - toks[a].start))
        elif m.type == "PER" and len(names) == 1 and words[k] == _FAITH and _faith_family(words, k + 1):
            out.append(rule_span(text, toks, a, k + 2, "PER", m.start - toks[a].start))  # "نور الدين X"
    return out


def _faith_family(words: list[str], k: int) -> bool:
    """A family name in "-ي" at `k` after "X الدين", common ones too ("المرزوقي"): the compound
    given name before it already says a person; no adjective of a place or an office."""
    if k >= len(words) or not (_definite(words[k]) and words[k].endswith("ي")):
        return False
    w = words[k]
    return definite_family_name(w, after_a_title=False) and not place_adjective(w) and w not in OFFICE_ADJECTIVES


def _field_end(words: list[str], k: int) -> int | None:
    """The end of a field "الX (الY) (والZ)" opening at `k`, or None."""
    if k >= len(words) or not _definite(words[k]) or words[k] in _NOT_FIELDS or place_end(words, k) is not None:
        return None  # "... للدراسات في الدوحة", "في المنطقة": where it works, not its field
    end = _adjectives_end(words, k + 1)
    while end < len(words) and end - k < _MAX_FIELD_WORDS and words[end].startswith("وال"):
        end = _adjectives_end(words, end + 1)
    return end


def _family(word: str) -> bool:
    """A family name in "-ي" no dictionary holds ("الX-ي"), no place's adjective."""
    rare = zipf(word, "ar") < _RARE_ZIPF and not place_adjective(word)
    return _definite(word) and word.endswith("ي") and rare and definite_family_name(word, after_a_title=False)


def _bylines(text: str, toks: Sequence[Token], words: list[str]) -> list[Mention]:
    """ "كتب: X Y" on a short line of its own: the words after the colon to the line's end."""
    out: list[Mention] = []
    for i in trigger_indices(words, _BYLINE_CUES):
        if i + 1 >= len(words) or words[i + 1] != ":":
            continue
        line_start = text.rfind("\n", 0, toks[i].start) + 1
        line_end = text.find("\n", toks[i].end)
        line_end = len(text) if line_end < 0 else line_end
        line = [n for n in range(len(toks)) if line_start <= toks[n].start < line_end]
        after = [n for n in line if n > i + 1]
        if len(line) > _MAX_BYLINE_LINE or not 2 <= len(after) <= _MAX_BYLINE_NAME:
            continue
        if all(_name_part(words[n]) for n in after):
            out.append(rule_span(text, toks, after[0], after[-1] + 1, "PER"))
    return out


def _name_part(word: str) -> bool:
    plain = name_word(word) and not present_verb(word)
    return plain or definite_family_name(word, after_a_title=False)


def _dateline_bylines(text: str, toks: Sequence[Token], words: list[str]) -> list[Mention]:
    """ "PLACE – X Y" on a short line of its own: a known place opens the line, a dash, and
    two or three name parts close it (the reporter, PER); a dash inside a sentence or
    before common words gives nothing."""
    out: list[Mention] = []
    for i in trigger_indices(words, _DATELINE_DASHES):
        line_start = text.rfind("\n", 0, toks[i].start) + 1
        line_end = text.find("\n", toks[i].end)
        line_end = len(text) if line_end < 0 else line_end
        line = [n for n in range(len(toks)) if line_start <= toks[n].start < line_end]
        if not line or line[0] >= i or place_end(words, line[0]) != i:
            continue  # the line opens with a known place that ends at the dash
        after = [n for n in line if n > i]
        if after and words[after[-1]] == ":":
            after = after[:-1]  # "PLACE – X Y:": the colon closing the byline is no name part
        if after and words[after[0]] in _BYLINE_CUES:
            after = after[1:]  # "PLACE – كتب X Y": the verb (wrote) stays out of the name
        inner = [n for n in after[1:-1] if words[n] != "بن"]  # "X بن Y": the father's name
        if 2 <= len(after) <= _MAX_BYLINE_NAME and all(
            _name_part(words[n]) or words[n] in GIVEN_NAMES for n in (after[0], *inner, after[-1])
        ):
            out.append(rule_span(text, toks, after[0], after[-1] + 1, "PER"))
    return out
