"""Arabic organisations named after a word that says what they are.

"شركة سينرجي" (the company Synergy), "صحيفة نيويورك تايمز" (the newspaper New York Times):
the words after such a cue are the organisation's name, up to a function word, a verb or a
definite noun.  The name wins over a place inside it ("نيويورك").  The cue itself stays
outside the span, as a title does for a person, and so does the adjective of a country
after the name, which agrees with the cue ("شركة إيرباص الأوروبية": the European company
Airbus); a firm's own adjective stays in ("شركة إعمار العقارية"), and makes a definite word
before it a name ("شركة X العقارية"-like with X definite), unless that word is a line of
business ("شركة الكهرباء الوطنية").

A firm's name after "شركة" may be a common word ("شركة زين"): a masculine noun cannot be the
feminine cue's adjective, so one that names no line of business ("شركة نفط", an oil company)
and is no verb or function word is the name.

Two cues take a definite word too: a channel named by one ("قناة العربية": the channel
al-Arabiya), unless that word is a place, when "قناة" is a canal and the whole a place
("قناة السويس"); and an army with the adjectives of its country ("الجيش الإسرائيلي",
"الجيش الوطني الليبي"), one organisation with its head, as "البنك المركزي المصري" is.
"""

from __future__ import annotations

from collections.abc import Sequence

from storywire.model import Mention
from storywire.stages.ner.arabic_chambers import chambers
from storywire.stages.ner.arabic_companies import companies_and_clubs, company_end
from storywire.stages.ner.arabic_faith import faith_and_relief_bodies
from storywire.stages.ner.arabic_finance import finance_firms, regulators
from storywire.stages.ner.arabic_groups import group_names
from storywire.stages.ner.arabic_houses import house_firms
from storywire.stages.ner.arabic_institutions import institutions
from storywire.stages.ner.arabic_integrity import integrity_bodies
from storywire.stages.ner.arabic_labour import labour_bodies
from storywire.stages.ner.arabic_lexicon import CLITICS, STOP_WORDS, present_verb, rule_span, verbal_noun
from storywire.stages.ner.arabic_markets import market_names
from storywire.stages.ner.arabic_parties import party_names
from storywire.stages.ner.arabic_places import place_adjective, place_end
from storywire.stages.ner.arabic_venues import venues
from storywire.stages.ner.gazetteer import org_names, place_names
from storywire.stages.ner.tokens import Token
from storywire.stages.ner.word_frequency import zipf

_CUES = frozenset({"شركة", "صحيفة", "قناة", "مجلة", "لشركة", "بشركة", "وشركة", "لصحيفة", "وصحيفة"})
# Where a name after a cue ends: the shared stop words, and the verbs that cite a body.
_STOP = STOP_WORDS | {"أعلنت", "ذكرت", "نقلت"}
# A first word this common is a description ("شركة كبيرة", a big company), not a name.
_COMMON_ZIPF = 4.0
# ... and a later word this common is the verb or noun after the name ("قتل"); below it the
# loanwords names are made of ("تايمز", "بوست") stay in.
_LATER_COMMON_ZIPF = 4.6
_MAX_WORDS = 3
_FIRM_CUES = frozenset({"شركة", "لشركة", "بشركة", "وشركة"})
# Masculine nouns after "شركة" that say what the firm does ("شركة نفط", "شركة طيران"), or are
# too common to be a name ("شركة مثل ..."); feminine words and plurals are told by their ending.
_FIRM_KIND_WORDS = (
    "نفط بترول غاز طيران نقل شحن بناء أمن دواء تأمين استثمار كهرباء حديد صلب إسمنت اسمنت تبغ بريد "
    "إعلام إنتاج تعدين تصنيع تطوير توزيع تسويق عقار اتصال تمويل تأجير تكرير حفر طعام غذاء سكر قطن ذهب "
    "نحاس فحم ألمنيوم ألومنيوم بلاستيك ورق زجاج أثاث دفاع سلاح نسيج إنشاء بث وقود تداول تعليم إسكان "
    "قطاع مثل غير كل ضمن بحجم أخرى واحد ناشئ كبير صغير عملاق جديد"
)
_FIRM_KINDS = frozenset(_FIRM_KIND_WORDS.split())
_NOT_A_FIRM_ENDINGS = ("ة", "ات", "ى", "ا", "ية", "ت", "ون", "ها", "هم")
_FIRM_NAME_ZIPF = 5.0
# Lines of a public utility or service a firm is named by with the place it serves ("شركة
# كهرباء X", "شركة مياه X"), and the words for the district between them.
# (the table's words of size and comparison, "شركة مثل X", name no line)
_NOT_LINE_WORDS = "قطاع مثل غير كل ضمن بحجم أخرى واحد ناشئ كبير صغير عملاق جديد"
_NOT_LINES = frozenset(_NOT_LINE_WORDS.split())
_UTILITIES = (_FIRM_KINDS - _NOT_LINES) | frozenset({"مياه", "اتصالات", "خدمات", "توليد", "حافلات", "مصفاة"})
# A telecoms operator's brand is "اتصالات X" (Etisalat, Maroc Telecom, Tunisie Télécom): the
# name without the cue, unlike a utility's registered "شركة كهرباء X".
_TELECOM = "اتصالات"
_REGION_WORDS = frozenset({"محافظة", "مدينة", "منطقة", "لواء", "إقليم"})
_CHANNELS = frozenset({"قناة", "لقناة", "وقناة", "بقناة"})
# A broadcaster's genre after its name: no canal is cultural or sporting.
_CHANNEL_GENRES = frozenset({"الثقافية", "الإخبارية", "الرياضية", "الفضائية", "التعليمية", "الدرامية"})
# Definite words after "قناة" that make it a channel of something, not a channel's name.
_CHANNEL_KINDS = frozenset({"الاتصال", "التواصل", "الري", "الصرف", "المياه", "الحوار", "التفاوض"})
_ARMIES = frozenset({"الجيش", "والجيش", "بالجيش", "فالجيش"})
_MAX_ADJECTIVES = 3
# Bodies and people after "و" that are the sentence's next name, not a firm's second field.
_FIELD_ZIPF = 5.4  # "الطرق" (roads) 5.0; "الحكومة" 5.6
_NOT_FIELDS = frozenset({"الحكومة", "الوزارة", "الشركة", "الدولة", "الجيش", "الشرطة", "المواطنين", "السلطات"})
# A firm's form after its name, an adjective in "-ة" the nisba test misses: holding, limited.
_FIRM_FORMS = frozenset({"القابضة", "المحدودة"})


def named_bodies(text: str, toks: Sequence[Token]) -> list[Mention]:
    """Firms by their legal form or brand word (`arabic_finance`), then organisations after a
    cue word: "شركة سينرجي الأمريكية" -> "سينرجي"; then the table's
    companies and clubs, bodies, institutions and buildings by their pattern
    (`arabic_institutions`), and exchanges and paired firms (`arabic_markets`), where they
    overlap none of those."""
    words = [t.text for t in toks]
    # a firm by its legal form or brand word first: "شركة X كابيتال ش.م.م" holds the cue's name
    out: list[Mention] = finance_firms(text, toks)
    firms = [(m.start, m.end) for m in out]
    for i, w in enumerate(words[:-1]):
        if any(s <= toks[i + 1].start < e for s, e in firms):
            continue
        if w in _ARMIES or w in _CHANNELS:
            out += _army_or_channel(text, toks, i)
        if w in _FIRM_CUES:
            firm = (
                _firm_of_a_place(text, toks, i)
                or _firm_with_field(text, toks, i)
                or _firm_with_adjective(text, toks, i)
            )
            if firm is not None:
                out.append(firm)
                continue
        if w not in _CUES or not (_opens_name(words[i + 1]) or (w in _FIRM_CUES and _common_firm_name(words, i + 1))):
            continue
        if place_adjective("ال" + words[i + 1]):
            continue  # "شركة ليبية", "صحيفة يونانية": a firm or paper of a country, no name
        known = company_end(words, i + 1)
        k = known if known is not None else i + 2  # a firm of the table ends where its name does
        if known is None and k < len(words) and (words[k] in _FIRM_REGIONS or _definite_place(words[k])):
            k = known = k + 1  # "شركة زيوت X": a common noun and the region the firm is named by
        while known is None and k < len(words) and k - i <= _MAX_WORDS and _name_word(words[k]) and _goes_on(words[k]):
            k += 1
        while k < len(words) and k - i <= _MAX_WORDS + 1 and _own_adjective(words[k]):
            k += 1
        k = _field_conjuncts(words, _construct_field_end(words, k))
        if w in _FIRM_CUES and known is None and k == i + 2 and words[i + 1] in _FIRM_KINDS:
            continue  # "شركة تعدين" alone: a mining company, its line of business and no name
        s, e = toks[i + 1].start, toks[k - 1].end
        out.append(Mention(s, e, text[s:e], "ORG", model="rules:ar", confidence=0.6))
    # hospitals, museums and agencies before the institutions: "مستشفى قصر العيني" is no palace
    for extra in (
        integrity_bodies(text, toks),  # "دائرة الأراضي والمساحة", "هيئة X ومكافحة الفساد", "وكالة بترا"
        faith_and_relief_bodies(text, toks),  # "دار الإفتاء X", "البطريركية X", "كاريتاس X"
        house_firms(text, toks),  # "دار X للعقارات", "دار X للنشر والتوزيع": "دار" inside
        party_names(text, toks),  # a party's full name before the heads' shorter reading
        labour_bodies(text, toks),  # federations by their fields, a branch with its seat
        chambers(text, toks),  # committees, high courts and unions, longer than the heads' reading
        regulators(text, toks),  # "الهيئة X لسوق الرساميل": the field in the construct state
        venues(text, toks),  # "مستشفى الجامعة الأمريكية": the hospital holds the university
        group_names(text, toks),  # before the gazetteer: "مجلس كنائس الشرق الأوسط" holds a region
        companies_and_clubs(text, toks),
        institutions(text, toks),
        market_names(text, toks),
    ):
        out += [m for m in extra if all(m.end <= o.start or m.start >= o.end for o in out)]
    return sorted(out, key=lambda m: (m.start, m.end))


def _firm_of_a_place(text: str, toks: Sequence[Token], i: int) -> Mention | None:
    """ "شركة كهرباء محافظة X", "شركة مياه X": a firm named by its line and its place, the
    cue inside the span as the firm's registered name has it, or None."""
    words = [t.text for t in toks]
    k = i + 1
    if k >= len(words) or words[k] not in _UTILITIES or company_end(words, k) is not None:
        return None  # "شركة طيران X" of the table: the firm's own name, the cue outside
    k += 1
    if k < len(words) and words[k] in _REGION_WORDS:
        k += 1  # "محافظة X": the district the firm serves
    end = place_end(words, k)
    if end is None:
        return None
    if words[i + 1] == _TELECOM:
        return rule_span(text, toks, i + 1, end, "ORG")  # "اتصالات X": the operator's brand
    lead = len(words[i]) - len("شركة")
    return rule_span(text, toks, i, end, "ORG", lead)


def _firm_with_field(text: str, toks: Sequence[Token], i: int) -> Mention | None:
    """ "شركة X للمقاولات": a definite name and its field after "لل" ("for the ..."), the cue
    outside the span as for any firm after it; None when the word after the cue is no
    definite name or no field follows."""
    words = [t.text for t in toks]
    j = i + 1
    if j + 1 >= len(words) or not (words[j].startswith("ال") and words[j].isalpha() and len(words[j]) > 3):
        return None
    field = words[j + 1]
    construct = _construct_field_end(words, j + 1)
    if construct > j + 1:
        return rule_span(text, toks, j, construct, "ORG")  # "شركة X لبناء السفن": a verbal noun's object
    if not (field.startswith("لل") and field.isalpha() and len(field) > 4):
        return None
    k = j + 2
    while k < len(words) and k - j <= _MAX_WORDS and _own_adjective(words[k]):
        k += 1  # "للمقاولات الإنشائية"-like: the field's own adjective
    return rule_span(text, toks, j, _field_conjuncts(words, k), "ORG")


# A firm's field in the construct state behind "ل": "X لخدمات المياه", "X لصناعة الأسمنت".
_CONSTRUCT_FIELDS = frozenset({
    "لخدمات", "لصناعة", "لصناعات", "لتجارة", "لتحلية", "لمعالجة", "لتدوير",
    # what a firm makes or builds, a verbal noun before its object ("X لبناء السفن", "X لإنتاج الدواجن")
    "لبناء", "لإنتاج", "لتصنيع", "لإصلاح", "لصيانة", "لتوزيع",
})  # fmt: skip


def _construct_field_end(words: list[str], k: int) -> int:
    """The end of a field "لخدمات الX" after a firm's name ending at `k`, or `k`."""
    if k + 1 < len(words) and words[k] in _CONSTRUCT_FIELDS:
        obj = words[k + 1]
        if obj.startswith("ال") and obj.isalpha() and len(obj) > 3 and obj[2:] not in _STOP:
            return k + 2
    return k


def _field_conjuncts(words: list[str], k: int) -> int:
    """The end of the fields joined by "و" to a firm's field after "لل" that ends at `k`
    ("X للأشغال والطرق", "X للتجارة والصناعة"): a definite noun behind "و" (two at most);
    `k` when the name has no field, or "و" opens the next clause's noun."""
    if not any(w.startswith("لل") for w in words[max(0, k - 2) : k]):
        return k
    for _ in range(2):
        w = words[k] if k < len(words) else ""
        if not (w.startswith("وال") and w.isalpha() and len(w) > 4) or w[1:] in _NOT_FIELDS | _STOP:
            return k
        if w.endswith(("ون", "ين")) or zipf(w[1:], "ar") >= _FIELD_ZIPF:
            return k  # people ("والمواطنين"), or a word too common for a field ("والتي")
        k += 1
    return k


def _firm_with_adjective(text: str, toks: Sequence[Token], i: int) -> Mention | None:
    """ "شركة X العقارية": a definite name and the firm's own adjective (no country's), the cue
    outside; None for a line of business ("شركة الكهرباء الوطنية": the national electricity
    company) or a name that is itself an adjective."""
    words = [t.text for t in toks]
    j = i + 1
    if j + 1 >= len(words) or not (words[j].startswith("ال") and words[j].isalpha() and len(words[j]) > 3):
        return None
    name = words[j]
    if name[2:] in _FIRM_KINDS | _UTILITIES or _origin_adjective(name) or name.endswith("ات"):
        return None
    k = j + 1
    while k < len(words) and k - j <= _MAX_WORDS and (_own_adjective(words[k]) or words[k] in _FIRM_FORMS):
        k += 1
    return rule_span(text, toks, j, k, "ORG") if k > j + 1 else None


# Regions a firm is named by after a common noun ("شركة زيوت الأطلس", "شركة ألبان الشمال").
_FIRM_REGIONS = frozenset({
    "الأطلس", "الريف", "الخليج", "الشمال", "الجنوب", "الشرق", "الغرب", "الوسط", "الساحل", "الصحراء",
    "المتوسط",
})  # fmt: skip


def _definite_place(word: str) -> bool:
    return word.startswith("ال") and word in place_names("ar")


def _common_firm_name(words: list[str], j: int) -> bool:
    """A common word after "شركة" that is the firm's name ("شركة زين بدفع ..."): masculine,
    no line of business, verb or function word, and no noun governing a definite one after it
    ("شركة خدمات النفط")."""
    word = words[j]
    nxt = words[j + 1] if j + 1 < len(words) else ""
    if not _name_word(word) or word in _FIRM_KINDS or word.endswith(_NOT_A_FIRM_ENDINGS):
        return False
    if verbal_noun(word) or present_verb(word) or zipf(word, "ar") >= _FIRM_NAME_ZIPF:
        return False
    return not (nxt.startswith("ال") and nxt not in place_names("ar") and not _origin_adjective(nxt))


def _opens_name(word: str) -> bool:
    # a place opens many a name ("نيويورك تايمز", "واشنطن بوست") however common it is
    return _name_word(word) and (zipf(word, "ar") < _COMMON_ZIPF or word in place_names("ar"))


def _goes_on(word: str) -> bool:
    """A later word of a name: rare as a word, and no preposition or "and" glued to a word
    ("شركة سياحة بسوهاج": a tourism company in Sohag; "قتل": a verb), no verbal noun and no
    verb in the present ("شركة أرامكو توقيع اتفاق": Aramco announced signing a deal)."""
    if verbal_noun(word) or present_verb(word):
        return False
    rest = word[1:]
    if word.startswith(CLITICS) and (rest in place_names("ar") or zipf(rest, "ar") > max(3.0, zipf(word, "ar"))):
        return False  # a clitic on a word, unless the whole is the commoner reading ("بوست")
    return zipf(word, "ar") < _LATER_COMMON_ZIPF or word in place_names("ar")


def _name_word(word: str) -> bool:
    return word.isalpha() and len(word) >= 2 and word not in _STOP and not word.startswith("ال")


def _own_adjective(word: str) -> bool:
    # "العقارية", "الدولية": the firm's own adjective; "الأوروبية" is its country's
    return _origin_adjective(word) and not place_adjective(word)


def _origin_adjective(word: str) -> bool:
    return word.startswith("ال") and word.endswith(("ي", "ية")) and len(word) >= 5


def _army_or_channel(text: str, toks: Sequence[Token], i: int) -> list[Mention]:
    words = [t.text for t in toks]
    w, nxt = words[i], words[i + 1]
    s = toks[i].start + (len(w) - len(w.lstrip("وبفل")) if w not in _CHANNELS else w.index("قناة"))
    if w in _ARMIES:
        k = i + 1
        while k < len(words) and k - i <= _MAX_ADJECTIVES and _origin_adjective(words[k]):
            k += 1
        if k == i + 1:
            return []  # "الجيش" alone: whichever army the text is about
        return [Mention(s, toks[k - 1].end, text[s : toks[k - 1].end], "ORG", model="rules:ar", confidence=0.6)]
    if not (nxt.startswith("ال") and nxt.isalpha() and len(nxt) > 3) or nxt in _CHANNEL_KINDS:
        return []
    if f"قناة {nxt}" in org_names("ar"):
        return []  # "قناة الجزيرة": the organisation's own name, matched whole
    if i + 2 < len(words) and words[i + 2] in _CHANNEL_GENRES:
        # "قناة النيل الثقافية": a channel's genre after the place makes it one, named with it
        a, e = toks[i + 1].start, toks[i + 2].end
        return [Mention(a, e, text[a:e], "ORG", model="rules:ar", confidence=0.6)]
    if nxt in place_names("ar"):
        e = toks[i + 1].end  # "قناة السويس": the Suez canal
        return [Mention(s, e, text[s:e], "LOC", model="rules:ar", confidence=0.6)]
    return [Mention(toks[i + 1].start, toks[i + 1].end, nxt, "ORG", model="rules:ar", confidence=0.6)]
