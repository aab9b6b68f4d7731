"""Arabic organisations by their head word, and places after a word for one.

"مجلس الأمن الدولي", "حلف شمال الأطلسي", "حزب مستقبل وطن": the head ("مجلس", "حلف", "حزب")
opens the name and stays in it; the name runs over a noun in the construct state and its
definite words, the first a noun, the later ones adjectives or nouns joined by "و" ("حزب
العدالة والتنمية"): a second definite noun is the object of the verb ("انتقد حزب النور
القرار", the party criticised the decision).  A party is also named by two indefinite nouns,
one governing the other ("حزب مستقبل وطن").  A word for a place ("ولاية", "مدينة", also
behind a clitic: "بمدينة") is followed by the place's name, unless a verb follows it
("العاصمة تعاني": the place word is the verb's subject).
"""

from __future__ import annotations

from collections.abc import Sequence

from storywire.model import Mention
from storywire.stages.ner.arabic_lexicon import CLITICS, OFFICES, STOP_WORDS, name_word, present_verb, verbal_noun
from storywire.stages.ner.arabic_places import places_with_extra
from storywire.stages.ner.tokens import Token
from storywire.stages.ner.word_frequency import zipf

# Heads of organisation names and words that introduce a place name; a cooperative's too
# ("تعاونية X الفلاحية"-like, the head inside).
# "جمعية" and "مؤسسة" (a society, a foundation): "جمعية X الخيرية", a charity and its kind.
# Schools and circles of artists and writers too: "أكاديمية/معهد/كلية" and their field ("معهد
# العالم العربي", "كلية الطب"), "جماعة" and its name (an art group, a movement); an
# indefinite word after "جماعة" ("جماعة مسلحة") names none, as the definite one is needed.
_ORG_WORDS = (
    "مجلس وزارة منظمة حلف إدارة وكالة هيئة بنك البنك جامعة حزب الاتحاد مفوضية البرلمان ائتلاف تحالف جمعية مؤسسة "
    "أكاديمية معهد كلية جماعة تعاونية"
)
_ORG_HEADS = frozenset(_ORG_WORDS.split())
_GROUP = "جماعة"
# "تعاونية" (a cooperative) is also the adjective "cooperative" ("علاقات تعاونية"): a head
# only behind a clitic, a function word or an office ("عضو في تعاونية X", "رئيس تعاونية X").
_COOPERATIVE = "تعاونية"
# Kinds of group, not names: a lobby, an interest group.
_GROUP_KINDS = frozenset({"الضغط", "المصالح"})
_PARTY = "حزب"
# "هيئة" before these is a trial's panel or team, not a body: "هيئة الحكم" (the bench),
# "هيئة الدفاع" (the defence team), "هيئة المحلفين" (the jury).
_PANEL = "هيئة"
_PANELS = frozenset({"الحكم", "المحكمة", "الدفاع", "التحكيم", "المحلفين", "القضاة"})
# A firm's or a university's board ("رئيس مجلس الإدارة", chairman of the board; "مجلس إدارة
# الشركة", the company's board): every firm has one, it names none.
_BOARDS = frozenset({"الإدارة", "إدارة", "الأمناء", "أمناء"})
# Adjectives of a body's name in neither "-ي" nor "-ية" (a word in "-ة" alone is as often a
# noun: "المقاطعة", the boycott).
_BODY_ADJECTIVE_WORDS = (
    "العليا الأعلى العام العامة الأحمر الشريف الأخضر الموحد الموحدة المتحدة المستقلة المستقل المشتركة "
    "المشترك الحرة الحر الخاصة الكبرى "
    "الصغرى "  # "المقاولة الصغرى", a ministry's field of small business
    "الجميلة"  # "الفنون الجميلة", the fine arts of an academy's or a faculty's name
)
_BODY_ADJECTIVES = frozenset(_BODY_ADJECTIVE_WORDS.split())
# Words after "حزب" that say what kind of party it is, not its name.
_PARTY_ADJECTIVE_WORDS = "جديد كبير صغير معارض حاكم آخر واحد أكبر أصغر قوي ناشئ فقط كل أي"
_PARTY_ADJECTIVES = frozenset(_PARTY_ADJECTIVE_WORDS.split())
# Not "منطقة": it is as often "a zone of" a common noun ("منطقة تعاون") as a region's name.
_PLACE_WORDS = "ولاية مدينة محافظة إقليم العاصمة بلدة"
_PLACE_CUES = frozenset(_PLACE_WORDS.split())
# An indefinite word after a place word this common, or a nisba this common, is its adjective.
_ADJECTIVE_ZIPF = 5.0
_NISBA_ZIPF = 3.0


def arabic_cued(text: str, toks: Sequence[Token]) -> list[Mention]:
    """Organisations by their head ("مجلس الأمن الدولي", "حلف شمال الأطلسي", "حزب مستقبل
    وطن") and places after a place word ("ولاية ملاطية", "بمدينة ملاطية")."""
    words = [t.text for t in toks]
    out: list[Mention] = []
    for i, w in enumerate(words):
        bare = w[1:] if w[:1] in CLITICS and w[1:] in _ORG_HEADS | _PLACE_CUES else w
        board = bare == "مجلس" and i + 1 < len(words) and words[i + 1] in _BOARDS
        if board or (bare in _BOARDS and i > 0 and words[i - 1] == "مجلس"):
            continue
        if bare == _PANEL and i + 1 < len(words) and words[i + 1] in _PANELS:
            continue  # a court's bench or a defence team, no body's name
        if bare == _COOPERATIVE and bare == w and i > 0 and words[i - 1] not in STOP_WORDS | OFFICES:
            continue  # the adjective of the noun before it
        if bare in _ORG_HEADS and not (bare == _GROUP and i + 1 < len(words) and words[i + 1] in _GROUP_KINDS):
            k = i + 1
            last = i + 3  # the last word a name may reach; one more after a regulator's sector
            if _sector_chain(words, k):
                k, last = k + 2, i + 4  # "هيئة تنظيم قطاع الاتصالات"
            elif k < len(words) and name_word(words[k]) and k + 1 < len(words) and words[k + 1].startswith("ال"):
                k += 1  # construct state: حلف شمال الأطلسي
            elif bare == _PARTY:
                k = _party_name_end(words, k)
            while k < len(words) and k <= last and _body_word(words[k], first=not _definite_before(words, i, k)):
                k += 1
            k = _more_fields(words, i, k)
            if bare == _MINISTRY and k > i + 1:
                k = _construct_fields(words, k)
            if bare in _BANKS and k > i + 1:
                k = bank_field_end(words, k)
            if k > i + 1:
                s = toks[i].start + (len(w) - len(bare))
                out.append(Mention(s, toks[k - 1].end, text[s : toks[k - 1].end], "ORG"))
        elif bare in _PLACE_CUES and i + 1 < len(words) and _place_name(words[i + 1]):
            out.append(Mention(toks[i + 1].start, toks[i + 1].end, words[i + 1], "LOC"))
    for m in out:
        m.model, m.confidence = "rules:ar", 0.6
    return out


# A bank's business after its name ("بنك X للتمويل العقاري", "بنك X للتجارة والتمويل"): "لل" +
# a verbal noun or a listed line, its adjectives and one more field behind "و"; not whom
# a food bank serves ("بنك الطعام للأسر المحتاجة").
_BANKS = frozenset({"بنك", "البنك", "مصرف"})
_BANK_LINES = frozenset({"عقارات", "إسكان", "استثمارات", "مقاولات", "تعمير"})
_MAX_BANK_ADJECTIVES = 2


def _bank_line(word: str, lead: str) -> bool:
    if not (word.startswith(lead) and word.isalpha()):
        return False
    noun = word[len(lead) :]
    return noun in _BANK_LINES or verbal_noun(noun)


def bank_field_end(words: list[str], k: int) -> int:
    """`k` carried over a bank's business after its name ending at `k`, or `k`."""
    if k >= len(words) or not _bank_line(words[k], "لل"):
        return k
    k += 1
    if k < len(words) and _bank_line(words[k], "وال"):
        k += 1  # "للتجارة والتمويل"
    stop = k + _MAX_BANK_ADJECTIVES
    while k < min(stop, len(words)) and words[k].startswith("ال") and words[k].endswith(("ي", "ية")):
        k += 1  # "للتمويل العقاري"
    return k


# A body's indefinite noun, then "a sector of" and the definite field: a regulator's name.
_SECTOR = "قطاع"


def _sector_chain(words: list[str], k: int) -> bool:
    """words[k:k + 3] is "X قطاع الY" ("تنظيم قطاع الكهرباء": the regulation of the power sector)."""
    if k + 2 >= len(words) or words[k + 1] != _SECTOR or not name_word(words[k]):
        return False
    return words[k + 2].startswith("ال") and words[k + 2].isalpha() and len(words[k + 2]) > 3


def _place_name(word: str) -> bool:
    """A place's name after a place word; not the verb whose subject the place is
    ("العاصمة تعاني", the capital suffers) nor what is done there ("المدينة تشهد")."""
    if not name_word(word) or present_verb(word) or verbal_noun(word):
        return False
    # the place word's adjective ("مدينة كبيرة", "ولاية أخرى", "مدينة ساحلية"): a common word or a
    # nisba, unless a known place ("مدينة طنجة")
    common = zipf(word, "ar") >= _ADJECTIVE_ZIPF or (word.endswith("ية") and zipf(word, "ar") >= _NISBA_ZIPF)
    return not common or word in places_with_extra()


# A second body's head behind "و" ("وزارة X والY والمركز السينمائي ..."): a partner listed
# after the body, not one more of its fields.
_PARTNER_HEADS = frozenset({
    "المركز", "المعهد", "المكتب", "الصندوق", "المرصد", "الديوان", "المجلس", "الهيئة", "الوكالة",
    "الشركة", "المؤسسة", "الجامعة", "الجمعية", "الاتحاد",
})  # fmt: skip


def _body_word(word: str, first: bool) -> bool:
    """A definite word of a body's name after its head: the first noun ("حزب النور"), then
    only adjectives ("مجلس الأمن الدولي", "الأمم المتحدة") and nouns joined by "و"
    ("العدالة والتنمية"); a second noun is the verb's object ("انتقد حزب النور القرار").
    A body's head behind "و" opens a second body ("وزارة الزراعة والمؤسسة العامة ..."), no field."""
    if not word.startswith(("ال", "وال")) or (word.startswith("وال") and word[3:] in _ORG_HEADS):
        return False
    if word.startswith("وال") and word[1:] in _PARTNER_HEADS:
        return False
    return first or word.startswith("وال") or word.endswith(("ي", "ية")) or word in _BODY_ADJECTIVES


# A ministry's fields joined by "و" beyond the first three words ("وزارة X والY المحلية والZ
# العمرانية"): a field, not a body or the people the ministry serves after "و".
_MAX_FIELDS_WORDS = 7
_NOT_FIELDS = frozenset({"الحكومة", "الوزارة", "الجيش", "الشرطة", "الولاة", "المواطنين", "الوزير"})
_NOT_FIELDS |= _PARTNER_HEADS


def _more_fields(words: list[str], i: int, k: int) -> int:
    """`k` carried over the further fields of a name already joined by "و" (a field in "وال"
    and its adjectives), at most to the seventh word after the head."""
    if k - i <= 3 or not any(w.startswith("وال") for w in words[i + 2 : k]):
        return k
    while k < len(words) and k - i <= _MAX_FIELDS_WORDS:
        w = words[k]
        field = w.startswith("وال") and w.isalpha() and len(w) > 4 and w[1:] not in _NOT_FIELDS
        if field and not w.endswith(("ون", "ين")) and w[1:] not in _ORG_HEADS and w[3:] not in _ORG_HEADS:
            k += 1
        elif words[k - 1].startswith("وال") and w.startswith("ال") and _field_adjective(w):
            k += 1  # the field's adjective ("والتهيئة العمرانية", "والمقاولة الصغرى")
        else:
            break
    return k


def _field_adjective(word: str) -> bool:
    return word.endswith(("ي", "ية")) or word in _BODY_ADJECTIVES


# A ministry's second field in the construct state after "و" ("وزارة الخارجية وشؤون
# المغتربين", "... وتنمية الموارد البشرية"): a noun of affairs or of work and a definite noun.
_MINISTRY = "وزارة"
_CONSTRUCT_FIELDS = frozenset({"وشؤون", "وتنمية", "وتطوير", "وتخطيط", "وحماية"})


def _construct_fields(words: list[str], k: int) -> int:
    """`k` carried over a ministry's field in the construct state ("وشؤون المغتربين") and the
    adjectives of its noun ("... الموارد البشرية"); `k` when none follows."""
    if k + 1 >= len(words) or words[k] not in _CONSTRUCT_FIELDS:
        return k
    noun = words[k + 1]
    if not (noun.startswith("ال") and noun.isalpha() and len(noun) > 3) or noun in _NOT_FIELDS:
        return k
    k += 2
    while k < len(words) and words[k].startswith("ال") and words[k].endswith(("ي", "ية")):
        k += 1  # "... الموارد البشرية", and the country's adjective as after any field
    return k


def _definite_before(words: list[str], i: int, k: int) -> bool:
    return any(w.startswith(("ال", "وال")) for w in words[i + 1 : k])


def _party_name_end(words: list[str], k: int) -> int:
    """The end of a party's name of two indefinite nouns, one governing the other ("حزب
    مستقبل وطن", the Nation's Future Party); `k` when the words after "حزب" describe it
    ("حزب معارض جديد", "حزب سياسي") or are a verb ("يدعو")."""
    pair = words[k : k + 2]
    if len(pair) < 2 or not all(name_word(w) or _whole_word(w) for w in pair):
        return k
    if any(w in _PARTY_ADJECTIVES or w.endswith(("ي", "ية")) or verbal_noun(w) or present_verb(w) for w in pair):
        return k
    return k + 2


def _whole_word(word: str) -> bool:
    """A word opening with a clitic's letter that is commoner whole than without it: "وطن"
    (a homeland) over "و" + "طن" (and a ton)."""
    return word.isalpha() and word[:1] in CLITICS and zipf(word, "ar") >= zipf(word[1:], "ar")
