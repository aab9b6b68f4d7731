"""Arabic political parties by their names and short names, and names in «» after a cue.

A party is named in full ("التجمع الوطني للأحرار", "حزب العدالة والتنمية") and then by a
short name that is a common word as well ("الاستقلال" independence, "الأحرار" the free,
"النهضة" the renaissance).  A modest table (general knowledge: the main parties of the Arab
countries, not drawn from any evaluation text) names them:

* a full name of several words, or a nickname that is no word ("البيجيدي"), is the party
  wherever it stands;
* a short name is the party alone in «» ("«الاستقلال» يتقدم", a headline's), or where the
  paragraph names that party otherwise too (in full, or after "حزب"/"حركة"/"جبهة") and the
  name stands alone: after punctuation, a function word or a word for a member ("مرشح
  الاستقلال", Istiqlal's candidate), with no definite adjective after it.  "عيد الاستقلال"
  (independence day) is a noun's complement, "الاستقلال الوطني" a phrase, no party;
* any party the paragraph names after "حزب" with a definite word ("حزب الأحرار") is named
  again by that word the same way, whether the table lists it or not.

Moroccan and Egyptian news put a short name in «» after a word that says what it names:
"موقع «X»" (a news site), "مجموعة «X»" (a group of firms), "الفرعين «X» و«Y»" (the two
subsidiaries).  The name between the marks is the organisation, and so is a second one in
«» that "و" joins to it in the sentence; a quotation in «» is a clause, with a function
word or a verb in it, and is taken by neither.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from storywire.model import Mention
from storywire.stages.ner.arabic_lexicon import CLITICS, STOP_WORDS, present_verb, rule_span, verbal_noun
from storywire.stages.ner.arabic_triggers import clitic_forms, trigger_indices
from storywire.stages.ner.tokens import Token
from storywire.stages.ner.word_frequency import zipf

# full name -> short names; a full name of one word is a nickname, no common word.
_PARTIES: dict[str, tuple[str, ...]] = {
    # Morocco
    "التجمع الوطني للأحرار": ("الأحرار",),
    "الاستقلال": ("الاستقلال",),
    "الأصالة والمعاصرة": ("البام",),
    "العدالة والتنمية": ("البيجيدي",),
    "الاتحاد الاشتراكي للقوات الشعبية": ("الاتحاد الاشتراكي",),
    "التقدم والاشتراكية": (),
    "الحركة الشعبية": (),
    "الاتحاد الدستوري": (),
    "فيدرالية اليسار الديمقراطي": (),
    # Algeria
    "جبهة التحرير الوطني": ("الأفلان",),
    "التجمع الوطني الديمقراطي": ("الأرندي",),
    "حركة مجتمع السلم": ("حمس",),
    "جبهة القوى الاشتراكية": ("الأفافاس",),
    # Tunisia
    "حركة النهضة": ("النهضة",),
    "نداء تونس": (),
    "الحزب الدستوري الحر": ("الدستوري الحر",),
    "قلب تونس": (),
    # Egypt
    "الوفد": ("الوفد",),
    "مستقبل وطن": (),
    "الحزب الوطني الديمقراطي": ("الوطني الديمقراطي",),
    "جماعة الإخوان المسلمين": ("الإخوان المسلمين", "الإخوان"),
    # Lebanon, Syria, Jordan, Iraq
    "التيار الوطني الحر": (),
    "حركة أمل": (),
    "تيار المستقبل": ("المستقبل",),
    "القوات اللبنانية": (),
    "الكتائب": ("الكتائب",),
    "الحزب التقدمي الاشتراكي": (),
    "البعث": ("البعث",),
    "جبهة العمل الإسلامي": (),
    "الحزب الديمقراطي الكردستاني": (),
    "الاتحاد الوطني الكردستاني": (),
    "التيار الصدري": (),
    # Palestine, Sudan, Yemen
    "حركة فتح": ("فتح",),
    "حركة حماس": ("حماس",),
    "حركة الجهاد الإسلامي": ("الجهاد الإسلامي",),
    "الجبهة الشعبية لتحرير فلسطين": ("الجبهة الشعبية",),
    "حزب الأمة القومي": ("حزب الأمة",),
    "المؤتمر الوطني": ("المؤتمر الوطني",),
    "قوى الحرية والتغيير": (),
    "التجمع اليمني للإصلاح": ("الإصلاح",),
    "المؤتمر الشعبي العام": (),
}
# One-word full names that are common words: short names, named only beside the party's cue.
_COMMON_FULL = frozenset({"الاستقلال", "الوفد", "الكتائب", "البعث", "المؤتمر الوطني"})
# Nicknames that are no word: the party wherever they stand.
_NICKNAMES = frozenset({"البيجيدي", "البام", "الأفلان", "الأرندي", "الأفافاس", "حمس"})
# Words that open a party's name and stay in it ("حزب الاستقلال"): after one, any name is the party's.
_PARTY_CUES = frozenset({"حزب", "حركة", "جبهة", "تيار", "جماعة"})
# Words before a short name that make it the party: a member or an organ of it ("مرشح
# الاستقلال", "نواب الأحرار", "زعيم النهضة").
_MEMBER_WORDS = (
    "مرشح مرشحة مرشحو مرشحي نائب نواب أمين زعيم زعيمة قيادي قياديو قياديي قيادة رئيس رئيسة أعضاء عضو "
    "فريق برلمانيو وزراء وزير وزيرة أنصار مناضلو مناضلي لائحة لوائح"
)
_MEMBERS = frozenset(_MEMBER_WORDS.split())
_OPEN, _CLOSE = "«", "»"
# Words before «» that say an organisation is named in it, with a clitic or the article.
_QUOTE_CUE_WORDS = (
    "موقع صحيفة جريدة مجلة قناة إذاعة وكالة منصة شركة مجموعة علامة مصرف بنك فرع فرعي فرعها فرعيها "
    "الفرعين شركتي الشركتين مجموعتي حزب حركة جمعية منظمة نقابة ائتلاف تحالف الغريم المنافس غريمتها "
    "منافستها الموقع الصحيفة الجريدة المجلة القناة الإذاعة الوكالة المنصة الشركة المجموعة العلامة"
)
_QUOTE_CUES = frozenset(_QUOTE_CUE_WORDS.split())
_MAX_QUOTED = 4
_MAX_CUE_ADJECTIVES = 2  # "الموقع الإخباري «X»", "الغريم المحلي «X»"
# Pronouns, negations and particles that open a quoted clause ("«نحن مستعدون»"), no name.
_CLAUSE_WORDS = frozenset({
    "نحن", "أنا", "أنت", "هو", "هي", "هم", "إننا", "إنني", "إنها", "إنهم", "لا", "ما", "لن", "لم", "ليس",
    "قد", "سوف", "كان", "كانت", "يجب", "كل", "هناك", "هنا", "نعم", "شكرا", "لقد", "لأنه", "لأنها",
})  # fmt: skip
# A second name in «» joined by "و" within this many words after the first ("«X» في طنجة و«Y»").
_MAX_GAP = 6
# A word after "حزب" this common is no party's own name ("حزب الله" is the gazetteer's; "الله"
# alone is God).
_CUED_ZIPF = 5.0


@functools.cache
def _names() -> tuple[dict[tuple[str, ...], str], dict[tuple[str, ...], str]]:
    """(names that are the party anywhere, short names that need the party named too), each
    as words -> the party's full name."""
    full: dict[tuple[str, ...], str] = {}
    short: dict[tuple[str, ...], str] = {}
    for name, shorts in _PARTIES.items():
        words = tuple(name.split())
        (short if name in _COMMON_FULL else full)[words] = name
        for alias in shorts:
            (full if alias in _NICKNAMES else short)[tuple(alias.split())] = name
    return full, short


def party_names(text: str, toks: Sequence[Token]) -> list[Mention]:
    """Parties by the table's full names anywhere, and by their short names (or the word
    after "حزب") where the text names the party otherwise too; then names in «» after a cue."""
    words = [t.text for t in toks]
    full, short = _names()
    found: list[tuple[int, int, int]] = []  # (start, end, clitic length)
    named: set[str] = set()  # parties the text names in full or after a cue
    cued: set[str] = set()  # definite words after "حزب": a party's name the table may lack
    i = 0
    for start in trigger_indices(words, _opening_forms()):
        if start < i:
            continue  # inside the name read last
        i = start
        hit = _match(full, words, i)
        if hit is not None:
            named.add(hit[2])
            found.append((i, hit[1], hit[0]))
            i = hit[1]
            continue
        cue = _party_cue(words[i])
        if cue and i + 1 < len(words):
            after = _match(short, words, i + 1) or _match(full, words, i + 1)
            if after is not None:
                named.add(after[2])
                i = after[1]  # the head rules read "حزب X" whole
                continue
            nxt = words[i + 1]
            if cue == "حزب" and nxt.startswith("ال") and nxt.isalpha() and zipf(nxt, "ar") < _CUED_ZIPF:
                cued.add(words[i + 1])
    taken = {k for a, b, _ in found for k in range(a, b)}
    # a short name, or a word read after "حزب", opens at its first word only
    for i in trigger_indices(words, _first_forms() | clitic_forms(cued) if cued else _first_forms()):
        if i in taken or (i > 0 and _party_cue(words[i - 1])):
            continue
        hit = _match(short, words, i)
        if hit is not None and hit[2] not in named and not _in_marks(words, i, hit[1]):
            hit = None  # a listed short name alone in «» is the party: "«الاستقلال» يتقدم"
        if hit is None:
            lead = 1 if words[i][:1] in CLITICS and words[i][1:] in cued else 0
            hit = (lead, i + 1, "") if words[i][lead:] in cued else None
        if hit is not None and _stands_alone(words, i, hit[1]) and not taken & set(range(i, hit[1])):
            found.append((i, hit[1], hit[0]))
            taken.update(range(i, hit[1]))
    out = [rule_span(text, toks, a, b, "ORG", lead) for a, b, lead in found]
    return out + _quoted(text, toks, taken)


@functools.cache
def _first_words() -> frozenset[str]:
    """The words any listed name opens with: most words open none, and are passed at once."""
    full, short = _names()
    return frozenset(words[0] for words in (*full, *short))


@functools.cache
def _first_forms() -> frozenset[str]:
    """The first words of the listed names, bare or behind a clitic."""
    return clitic_forms(_first_words())


@functools.cache
def _opening_forms() -> frozenset[str]:
    """The first words of the listed names and the party cues, bare or behind a clitic: a
    name of the first pass of `party_names` opens at one of them only."""
    return clitic_forms(_first_words() | _PARTY_CUES)


def _match(table: dict[tuple[str, ...], str], words: list[str], i: int) -> tuple[int, int, str] | None:
    """(clitic length, end, party) of a name of `table` opening at `i`, longest first."""
    first = words[i]
    firsts = _first_words()
    for lead in (0, 1) if first[:1] in CLITICS and len(first) > 3 else (0,):
        if first[lead:] not in firsts:
            continue
        for n in range(min(5, len(words) - i), 0, -1):
            party = table.get((first[lead:], *words[i + 1 : i + n]))
            if party is not None:
                return lead, i + n, party
    return None


def _in_marks(words: list[str], i: int, end: int) -> bool:
    return i > 0 and words[i - 1] == _OPEN and end < len(words) and words[end] == _CLOSE


def _party_cue(word: str) -> str:
    """The party cue `word` is, a clitic before it allowed ("لحزب"), or ""."""
    if word in _PARTY_CUES:
        return word
    return word[1:] if word[:1] in CLITICS and word[1:] in _PARTY_CUES else ""


def _stands_alone(words: list[str], i: int, end: int) -> bool:
    """A short name alone, not a noun's complement or a phrase's head: after punctuation, «,
    a function word or a word for a member, and no definite adjective after it ("الاستقلال
    الوطني", national independence)."""
    before = words[i - 1] if i > 0 else "."
    after = words[end] if end < len(words) else "."
    if after.startswith("ال"):
        return False
    return not before.isalpha() or before in STOP_WORDS or before in _MEMBERS


def _quoted(text: str, toks: Sequence[Token], taken: set[int]) -> list[Mention]:
    """Names in «» after a cue word ("موقع «X»"), and those "و" joins to one of them."""
    words = [t.text for t in toks]
    out: list[Mention] = []
    last = -_MAX_GAP - 1  # the closing mark of the last name found
    for i, w in enumerate(words):
        if w != _OPEN:
            continue
        end = quoted_name_end(words, i + 1, _CLOSE, _MAX_QUOTED)
        if end is None or taken & set(range(i + 1, end)):
            continue
        joined = i > 0 and words[i - 1] == "و" and i - last <= _MAX_GAP
        if joined or _cue_before(words, i):
            out.append(rule_span(text, toks, i + 1, end, "ORG"))
            last = end
    return out


def quoted_name_end(words: list[str], j: int, close: str, max_words: int) -> int | None:
    """The end of a short name between marks opening at `j` (the index of `close`): up to
    `max_words` words, no function word, clause word, verb or verbal noun first (a quotation is
    a clause)."""
    k = j
    while k < len(words) and words[k] != close:
        w = words[k]
        if k - j >= max_words or not w.isalpha() or w in STOP_WORDS or w in _CLAUSE_WORDS or present_verb(w):
            return None
        k += 1
    if k == j or k >= len(words) or verbal_noun(words[j]):
        return None
    return k


def _cue_before(words: list[str], i: int) -> bool:
    """A cue word right before «, or before one or two definite adjectives before it."""
    k = i - 1
    while k > 0 and i - k <= _MAX_CUE_ADJECTIVES and words[k].startswith("ال") and words[k].endswith(("ي", "ية")):
        if words[k] in _QUOTE_CUES:
            break
        k -= 1
    if k < 0:
        return False
    cue = words[k]
    bare = cue[1:] if cue[:1] in CLITICS and cue[1:] in _QUOTE_CUES else cue
    if cue.startswith("لل") and "ال" + cue[2:] in _QUOTE_CUES:
        bare = "ال" + cue[2:]
    return bare in _QUOTE_CUES
