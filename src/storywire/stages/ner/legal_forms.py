"""A company's legal form belongs to its name, as the guidelines mark it: "Agrargenossenschaft
Boblitz eG", "Ebro Foods, S.A.", "Gaborit Marée SAS", "Ryby Wawrzyniak sp. z o.o.", and a
Cyrillic form before the quoted name with its quotes ("ПАО «РусГидро»", "ТОВ «Поділля Солар
Енерджі»").

The models stop before the form, tag it alone ("ТОВ" ORG, "Ltd" ORG) or type the name by its
founder ("Gaborit Marée" PER); the form says it is a firm.  Whole articles only.
"""

from __future__ import annotations

import re

from storywire.identity.given_names import given_names
from storywire.model import Mention
from storywire.stages.ner.claimed_spans import claimed_spans
from storywire.stages.ner.gazetteer import place_names
from storywire.stages.ner.span_words import starts_sentence
from storywire.stages.ner.word_frequency import zipf

MODEL = "legal-form"
# After the name, with or without a comma ("Ebro Foods, S.A.", "LONGi ... Co., Ltd.").
_AFTER = re.compile(
    r",? (?:GmbH & Co\. KG|GmbH|gGmbH|AG|SE|KG|KGaA|OHG|eG|e\.V\.|e\. V\.|PartG mbB|PartGmbB|mbB|S\.A\.U\.|"
    r"S\.A\.B\. de C\.V\.|"
    r"S\.A\.P\.I\. de C\.V\.|S\.A\. de C\.V\.|S\.A\.S\.|S\.A\.|S\.L\.|S\.L\.U\.|SASU|SAS|SARL|SCIC|SCOP|SA|"
    r"S\.p\.A\.|SpA|S\.r\.l\.|Srl|s\.n\.c\.|s\.r\.l\.|"
    r"srl|"  # Italian papers often write the form in lower case ("Ittica Adriese srl")
    r"sp\. z o\.o\.|S\.A\. de C\.V\.|Co\., Ltd\.|Co\. Ltd\.|"
    r"Pvt\. Ltd\.|Pvt Ltd\.?|"  # an Indian private firm ("X Active Ingredients Pvt. Ltd.")
    r"Ltd\.?|"
    r"Oyj|Oy|ApS|A/S|"  # Finnish and Danish forms ("the Helsinki publisher Taivas Games Oy")
    r"Sp\. z o\.o\.|sp\. k\.|sp\. j\.|"  # Polish forms capitalised ("Krak-Bud Sp. z o.o.")
    # partnerships as law firms write them, without a space ("Nowak i Wspólnicy sp.k.")
    r"sp\.k\.|sp\.j\.|sp\.p\.|Sp\.k\.|Sp\.j\.|Sp\. k\.|Sp\. j\.|sp\. p\.|S\.K\.A\.|"
    r"spol\. s r\.o\.|s\.r\.o\.|a\.s\.|"  # Czech and Slovak forms ("Vítkovice Turbo s.r.o.")
    r"d\.o\.o\.|EOOD|OOD|"  # Slovenian, Croatian and Bulgarian forms ("Rudnik Trade d.o.o.")
    r"Inc\.?|LLC|LLP|plc|PLC|N\.V\.|B\.V\.|S\. Coop\.(?: And\.)?|S\. de R\.L\. de C\.V\.)(?![\w])"
)
_ENDS_WITH_FORM = re.compile(_AFTER.pattern + "$")
# Before a quoted name: Russian and Ukrainian forms and state firms ("ПАО", "ТОВ", "НЕК").
_CYRILLIC_FORMS = (
    r"ПАО|ОАО|ООО|ЗАО|НАО|АО|ГК|ФГУП|МУП|ТОВ|ТзОВ|ПАТ|ПрАТ|АТ|НАК|НЕК|ДП|КП|ПП"
    # charities, public organisations, communal non-profits, autonomous non-profits
    r"|БФ|ГО|БО|КНП|АНО|НКО|ОСББ"
    # a town's communal firm, its town's or region's initial before "(М)КП" ("ЛКП", "МКП", "ОКП")
    r"|[А-ЯІЇЄҐ]М?КП"
    # federal, regional and municipal institutions and unitary firms ("ФБУ «Администрация ...»")
    r"|ФГБУ|ФГБОУ|ФГАОУ|ФГКУ|ФГАУ|ФБУ|ФКУ|ГБУ|ГКУ|ГАУ|ГУП|МБУ|МКУ|МАУ"
    r"|ДУ"  # a Ukrainian state institution ("ДУ «Центр пробації»")
    r"|ТВС|ОВС"  # a mutual insurer ("ТВС «X»", товариство / общество взаимного страхования)
)
_BEFORE = re.compile(rf"(?<![\w-])(?:{_CYRILLIC_FORMS}) «$")
# ... and with a quoted name no model found ("БФ «Теплий дім»": a lower-case word in it)
# ... and a form written out, capitalised as the register writes it before the quoted name
# ("Сільськогосподарський обслуговуючий кооператив «X»", the СОК; "Товариство з обмеженою
# відповідальністю «X»"); a lower-case kind word ("кооператив «X»") is no form and stays out
_SPELLED_FORMS = (
    r"Сільськогосподарськ\w+ (?:обслуговуюч|виробнич)\w+ кооператив\w*"
    r"|Сельскохозяйственн\w+ (?:потребительск|производственн)\w+ (?:\w+ )?кооператив\w*"
    r"|Товариств\w+ з обмеженою відповідальністю|Обществ\w+ с ограниченной ответственностью"
)
_FORM_AND_NAME = re.compile(rf"(?<![\w-])(?:{_CYRILLIC_FORMS}|{_SPELLED_FORMS}) «(?P<name>[^«»\n]{{1,60}})»")
_QUOTED = re.compile(r"«(?P<name>[^«»\n]{1,60})»")
_CLOSING = "»"
# ... with a family firm's "et Fils" ("Terrassements Delcourt et Fils SARL", "Brunet & Frères SA")
# ... and a Polish partnership's ("Nowak i Wspólnicy sp.k.", "Kowalski i Synowie")
_FAMILY = r"(?P<family> (?:(?:et|&) (?:Fils|Frères|Cie|Associés|Filles)|i (?:Wspólnicy|Partnerzy|Synowie)))"
# ... and without a form: "et Fils" alone makes a family firm ("les conserveries Le Floc'h et Fils")
_FAMILY_FIRM = re.compile(r"(?<![\w-])[A-ZÀ-ÖØ-Þ][\w'’-]*(?: [A-ZÀ-ÖØ-Þ][\w'’-]*){0,2}" + _FAMILY + r"(?![\w-])")
_UNTAGGED_FIRM = re.compile(
    r"(?<![\w-])(?P<name>[A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻ][\w&'’-]*(?: [A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻ&][\w&'’-]*){0,3}"
    rf"{_FAMILY}?)" + _AFTER.pattern
)

# A Romance firm named by a capitalised kind word and lower-case words before its form ("Société
# provençale de franchissements SA", "Compagnie des eaux du Var SAS", "Società agricola del Po
# S.r.l."): the models stop at the first lower-case word and tag the form alone.
_LOWER_CASE_FIRM = re.compile(
    r"(?<![\w-])(?P<name>(?:Société|Compagnie|Entreprise|Établissements|Società|Compagnia|Impresa|Sociedad|Compañía)"
    r"(?: (?:[a-zà-ÿ][\w’-]*|d['’][a-zà-ÿ][\w’-]*|l['’][a-zà-ÿ][\w’-]*)){1,5})" + _AFTER.pattern
)
# ... and two capitalised nouns joined by "et"/"e"/"y" before the form ("Structures et Ouvrages
# Ingénierie SAS"): the models read the first noun as a name of its own.  A common word only, so
# that two firms named by their founders ("Renault et Peugeot SA") stay two.
_JOINED_NOUN = re.compile(r"(?<![\w-])(?P<word>[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+) (?:et|e|y) $")
_JOINED_NOUN_ZIPF = 3.5

# Abbreviated forms a model tags without their stop, and a stop that ends no sentence.
_STOPPED = (" Ltd", " Inc", " Corp", " Co")
_MID_SENTENCE_STOP = re.compile(r"\.(?:,| +[a-zà-ÿа-яёіїєґ])")  # "Ltd. из Алматы" too
_SENTENCE_END = re.compile(r"(?:\s+[A-Z\"“‘]|\s*$)")
_LOWER_WORDS = re.compile(r"(?:[a-ząćęłńóśźż]+ )+")
_POLISH_FORM_REST = re.compile(r"\. (?:z o\.o\.|[kjp]\.)")
_CODES = frozenset({"SE", "SA", "AG", "KG"})
_WORDY = frozenset({"GmbH", "gGmbH", "SARL", "SAS", "SASU", "SCIC", "SCOP", "SpA", "Srl", "LLC", "plc", "PLC", "KGaA"})


def with_legal_forms(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with each firm's legal form joined to its name (and the name typed ORG)."""
    if language in ("zh", "ar"):
        return mentions
    out = sorted(mentions, key=lambda m: (m.start, m.end))
    grown: list[tuple[int, int]] = []
    for m in out:
        if m.type not in ("ORG", "PER", "LOC", "MISC"):
            continue
        if (
            language in ("en", "pl")
            and m.text.endswith(" Ltd.")
            and not m.text.endswith(("Co., Ltd.", "Co. Ltd.", "Pvt. Ltd."))
            and _SENTENCE_END.match(text, m.end)
        ):
            m.end -= 1  # "... Builders Ltd. The": British style writes "Ltd", the stop ends the sentence
            m.text = text[m.start : m.end]
        start, end = m.start, m.end
        before = _BEFORE.search(text, max(0, m.start - 8), m.start)
        if before is not None:
            start = before.start()
        if text.startswith(_CLOSING, end) and (before is not None or "«" in m.text):
            end += 1  # "ПАО «РусГидро" read without its closing quote
        if m.text.endswith(_STOPPED) and _MID_SENTENCE_STOP.match(text, end):
            end += 1  # "Vineyard Tours Ltd., con sede en Londres": the abbreviation's stop
        elif m.text.endswith((" Sp", " sp")) and _POLISH_FORM_REST.match(text, end):
            end -= 3  # "Silesia Gaming Sp" + ". z o.o.": the tagger stopped inside the form
        elif m.text.endswith(" Pvt") and text.startswith(". Ltd", end):
            end += 1  # "X Pvt" + "Ltd.": the model stopped before the Indian form's stop
        after = _AFTER.match(text, end)
        # a place before "AG" or "SA" may be a canton's or a region's code ("Bern AG")
        dotted = after is not None and ("." in after.group() or after.group().lstrip(", ") in _WORDY)
        if after is not None and (m.type != "LOC" or before is not None or dotted):
            end = after.end()
        if language in ("fr", "it", "es") and _ENDS_WITH_FORM.search(text, start, end):
            joined = _JOINED_NOUN.search(text, max(0, start - 30), start)
            if (
                joined is not None
                and zipf(joined["word"].lower(), language) >= _JOINED_NOUN_ZIPF
                and not starts_sentence(text, joined.start())
            ):
                start = joined.start()
        if (start, end) != (m.start, m.end):
            grown.append((start, end))
        elif m.type == "PER" and _ENDS_WITH_FORM.search(m.text):
            m.type, m.model = "ORG", MODEL  # "Gaborit Marée SAS" typed PER whole
        elif m.type in ("LOC", "MISC") and " " in m.text and m.text.rsplit(" ", 1)[1] in _WORDY:
            m.type, m.model = "ORG", MODEL  # "Loire-Atlantique Travaux SAS" typed a place whole
        elif m.type == "MISC" and (form := _ENDS_WITH_FORM.search(m.text)) and form.group().strip(", ") not in _CODES:
            # "Nordlys Spill Oy" typed a miscellany whole; "SE" or "SA" may end a product ("iPhone SE")
            m.type, m.model = "ORG", MODEL
    # a name no model found, right before its legal form: "operatora Baltnet sp. z o.o."
    for found in _UNTAGGED_FIRM.finditer(text):
        s, e = found.start("name"), found.end()
        inside = [m for m in out if m.start < found.end("name") and s < m.end]
        # ... or its owner's surname alone typed a person ("la Rossi Trasporti S.r.l.")
        owner = len(inside) == 1 and inside[0].type == "PER" and inside[0].start == s and " " not in inside[0].text
        # ... or its first word, a region or river, typed a place ("Rhône-Isère Autoroutes SAS")
        first_word = (s, s + len(found["name"].split()[0]))
        owner = owner or (
            len(inside) == 1 and inside[0].type == "LOC" and inside[0].start == s and inside[0].end == first_word[1]
        )
        # a family firm's parts, read as two names ("Terrassements Delcourt" + "Fils SARL")
        if found["family"] is not None:
            for m in inside:
                if m.start < s and _LOWER_WORDS.fullmatch(text, m.start, s):
                    m.start, m.text = s, text[s : m.end]  # "kancelarii Nowak" read as a place
        family = found["family"] is not None and all(s <= m.start and m.end <= e for m in inside)
        if (not inside or family or (owner and " " in found["name"])) and not starts_sentence(text, s):
            grown.append((s, e))
    if language in ("fr", "it", "es"):
        grown.extend((found.start("name"), found.end()) for found in _LOWER_CASE_FIRM.finditer(text))
    if any(word in text for word in (" Fils", " Frères", " Cie", " Wspólnicy", " Partnerzy", " Synowie")):
        grown.extend(_family_firm(text, found, language) for found in _FAMILY_FIRM.finditer(text))
        grown = [span for span in grown if not _inside_other(span, grown)]
    if "«" in text and language in ("ru", "uk"):
        firms = [found for found in _FORM_AND_NAME.finditer(text)]
        grown.extend(found.span() for found in firms)
        grown.extend(_quoted_again(text, [found["name"] for found in firms], {found.start("name") for found in firms}))
    return claimed_spans(text, out, grown, "ORG", MODEL, 0.8)


def _family_firm(text: str, found: re.Match[str], language: str) -> tuple[int, int]:
    """A family firm's span, without the common word a sentence opens with ("Chez Martin et Fils")."""
    first = found.group().split(" ", 1)[0]
    if first not in ("Le", "La") and zipf(first.lower(), language) >= _COMMON_WORD_ZIPF:
        return found.start() + len(first) + 1, found.end()
    return found.span()


_COMMON_WORD_ZIPF = 4.5


def _inside_other(span: tuple[int, int], grown: list[tuple[int, int]]) -> bool:
    return any(s <= span[0] and span[1] <= e and (s, e) != span for s, e in grown)


def _quoted_again(text: str, names: list[str], firms_at: set[int]) -> list[tuple[int, int]]:
    """The spans inside quotes elsewhere that name a firm of `names` in another case ("БФ «Теплий
    дім»" ... "висновки «Теплого дому»"): every word shares its first four letters (a short
    word its first: "дім", "дому", "шлях", "шляху")."""
    spans = []
    for found in _QUOTED.finditer(text):
        words = found["name"].split()
        if found.start("name") not in firms_at and any(_same_words(words, name.split()) for name in names):
            spans.append(found.span("name"))
    return spans


def _same_words(words: list[str], others: list[str]) -> bool:
    # a word's case too: "«река-море»" is no "ОАО «РЖД»" (one letter compared in short words)
    return len(words) == len(others) and all(
        a[:1].isupper() == b[:1].isupper() and _prefix(a, b) == _prefix(b, a)
        for a, b in zip(words, others, strict=True)
    )


def _prefix(a: str, b: str) -> str:
    return (a[:1] if min(len(a), len(b)) <= 4 else a[:4]).lower()


# A firm named in full once ("Helixion Bio Inc.", "Epiquant Diagnostics GmbH") is named by its
# first word afterwards ("Helixion will nun klagen"): that word, rare as a word and no place or
# given name, is the firm wherever the article repeats it.
_SHORT_NAME_ZIPF = 3.0


def firm_short_names(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """`mentions` with the first word of each firm named with its legal form typed ORG where it
    stands alone (added untagged, retyped where a model typed it a person or place)."""
    if language in ("zh", "ar"):
        return mentions
    shorts = {
        m.text.split()[0].rstrip(",")  # "Pagaflex, S.A.B. de C.V."
        for m in mentions
        if m.type == "ORG"
        and " " in m.text
        and _ENDS_WITH_FORM.search(m.text)
        and _short_name(m.text.split()[0].rstrip(","), language)
    }
    # ... and by its name without the form, where its first word is a common word ("Latido
    # Digital, S.L." ... "Latido Digital ha recurrido"): two or three capitalised words
    shorts.update(base for m in mentions if m.type == "ORG" and (base := _without_form(m.text, language)))
    # ... and by its name without the vehicles it runs, in English ("Moorland Coaches Ltd" ...
    # "Moorland said"; "Pennine Metro Buses Ltd" ... "Pennine Metro"): two words or more left
    if language == "en":
        shorts.update(
            base
            for m in mentions
            if m.type == "ORG" and (base := _VEHICLES.sub("", _without_form(m.text, language) or "")).count(" ") >= 1
        )
    # ... and, in French and Italian, by the initials of its capitalised words ("Navigazione
    # Laghi Occidentali S.r.l." ... "della Nlo", "NLO")
    if language in ("fr", "it"):
        shorts.update(
            acronym
            for m in mentions
            if m.type == "ORG"
            for acronym in _initials(m.text)
            if acronym in text and (acronym.isupper() or zipf(acronym.lower(), language) < _SHORT_NAME_ZIPF)
        )
    if not shorts:
        return mentions
    out = list(mentions)
    # the longer names first: "Pennine Dips" before its first word "Pennine"
    for short in sorted(shorts, key=len, reverse=True):
        forms = "|".join(re.escape(form) for form in sorted(_case_forms(short, language), key=len, reverse=True))
        for found in re.finditer(rf"(?<![\w-])(?:{forms})(?![\w-])", text):
            s, e = found.span()
            inside = [m for m in out if m.start < e and s < m.end]
            exact = len(inside) == 1 and (inside[0].start, inside[0].end) == (s, e)
            if (
                (not inside or exact)
                and language == "en"
                and " " not in short
                and _SITE_IN.search(text, max(0, s - 40), s)
            ):
                # a firm named after its village: the village where a named site stands ("the Old
                # Mill Museum in Ashby", beside "Ashby Pottery Ltd"), typed by its sentence alone
                out = [m for m in out if m not in inside]
                out.append(Mention(s, e, found.group(), "LOC", model=TOWN_OF_FIRM_MODEL, confidence=0.7))
            elif not inside:
                out.append(Mention(s, e, found.group(), "ORG", model=MODEL, confidence=0.7))
            elif len(inside) == 1 and (inside[0].start, inside[0].end) == (s, e) and inside[0].type != "ORG":
                inside[0].type, inside[0].model = "ORG", MODEL
            elif " " in short and all(s <= m.start and m.end <= e and m.type != "ORG" for m in inside):
                # a model's pieces of the name ("Pennine" + "Dips" typed a person): the name whole
                out = [m for m in out if m not in inside]
                out.append(Mention(s, e, found.group(), "ORG", model=MODEL, confidence=0.7))
    return sorted(out, key=lambda m: (m.start, m.end))


def _initials(name: str) -> tuple[str, ...]:
    """The initials of a firm named with its legal form, as an acronym and as a word ("NLO",
    "Nlo" of "Navigazione Laghi Occidentali S.r.l."); none unless three to five capitalised words,
    the small words between them aside ("di", "de la")."""
    form = _ENDS_WITH_FORM.search(name)
    if form is None:
        return ()
    words = [w for w in name[: form.start()].rstrip(", ").split() if w[:1].isupper()]
    if not 3 <= len(words) <= 5 or not all(w.isalpha() for w in words):
        return ()
    acronym = "".join(w[0] for w in words).upper()
    return (acronym, acronym[0] + acronym[1:].lower())


# An Italian or French elided article or preposition before a capitalised word ("dell'Alpe").
_ELIDED_WORD = re.compile(r"(?:dell|dall|nell|sull|all|d|l)['’][A-ZÀ-Þ][^\W\d_]+")
_VEHICLES = re.compile(r" (?:Buses|Coaches|Trams|Taxis|Cabs|Cars)$")


def _without_form(name: str, language: str) -> str:
    """The name without its legal form ("Latido Digital" of "Latido Digital, S.L."); "" unless two
    or three capitalised words."""
    form = _ENDS_WITH_FORM.search(name)
    base = name[: form.start()].rstrip(", ") if form else ""
    words = base.split()
    # a firm named with its region goes by its name without it ("Patrimoine & Résidences Normandie
    # SAS" ... "président de Patrimoine & Résidences")
    if len(words) >= 3 and words[-1] in place_names(language):
        words = words[:-1]
        base = " ".join(words)
    # a hyphenated word as one ("Rhône-Isère Autoroutes"), "&" joining two ("Durand & Fils"), an
    # elided article with its capitalised word ("Funivie dell'Alpe S.r.l." ... "la Funivie dell'Alpe")
    named = [w for w in words if w != "&"]
    return (
        base
        if 2 <= len(named) <= 3
        and words[0] != "&"
        and words[-1] != "&"
        and named[0][:1].isupper()
        and all(
            (w[:1].isupper() and w.replace("-", "").isalpha()) or _ELIDED_WORD.fullmatch(w) is not None for w in named
        )
        else ""
    )


# The Polish locative softens a firm's last consonant: "Baltnet" -> "w Baltnecie"
_POLISH_LOCATIVES = (("t", "cie"), ("d", "dzie"), ("r", "rze"), ("s", "sie"), ("n", "nie"), ("m", "mie"), ("l", "lu"))


def _case_forms(short: str, language: str) -> set[str]:
    """A firm's short name and the forms its language declines it to: the German genitive
    ("Alpentels"), the Polish cases ("Baltnetu", "Baltnetem", "Baltnecie")."""
    forms = {short}
    if language == "de" and not short.endswith("s"):
        forms.add(short + "s")
    if language == "pl" and short[-1:].isalpha() and short[-1] not in "aeiouyąę":
        forms.update(short + ending for ending in ("u", "a", "em", "owi"))
        forms.update(short[: -len(last)] + locative for last, locative in _POLISH_LOCATIVES if short.endswith(last))
        if short.endswith("x"):  # Polish spells a firm's "x" "ks" when it declines it: "Budimeksu", "Polimeksem"
            forms.update(short[:-1] + "ks" + ending for ending in ("u", "a", "em", "owi", "ie"))
    if language == "pl" and " " in short:
        # a firm named with its capitalised kind word declines that word alone: "Tartak Hoczew"
        # ... "Prezes Tartaku Hoczew", "Papiernia Wisłoka" ... "z Papierni Wisłoka"
        head, rest = short.split(" ", 1)
        if head[-1:] in ("k", "r", "t", "n", "l", "m", "d", "s", "w", "p", "ż"):
            forms.update(f"{head}{ending} {rest}" for ending in ("u", "a", "iem", "em", "owi"))
        elif head.endswith("ia"):
            forms.update(f"{head[:-1]}{ending} {rest}" for ending in ("", "ę", "ą"))
    return forms


TOWN_OF_FIRM_MODEL = "town-of-firm"  # listed in consistency.TYPED_BY_CONTEXT
_SITE_IN = re.compile(r"[A-Z][\w’'-]+ in $")


def _short_name(word: str, language: str) -> bool:
    return (
        len(word) >= 4
        and word[:1].isupper()
        and (word.isalpha() or _hyphenated_name(word, language))
        and word not in place_names(language)
        and word not in given_names(language)
        # (a coined hyphenated name is rare whatever its parts: the frequency reads its first)
        and (zipf(word.lower(), language) < _SHORT_NAME_ZIPF or not word.isalpha())
        # a Polish regional adjective opens a firm's name but is no name alone ("Bieszczadzka
        # Energia S.A." ... the headline's "Bieszczadzka jodła")
        and not (language == "pl" and word.endswith(_POLISH_ADJECTIVE_ENDINGS))
    )


def _hyphenated_name(word: str, language: str) -> bool:
    """A firm's hyphenated coined name ("Auto-Cher SAS" ... "Auto-Cher"), each part capitalised;
    a compound given name ("Jean-Pierre") opens a person's firm and is no firm alone."""
    parts = word.split("-")
    return (
        len(parts) == 2
        and all(part[:1].isupper() and part.isalpha() for part in parts)
        and not any(part in given_names(language) for part in parts)
    )


_POLISH_ADJECTIVE_ENDINGS = ("ska", "cka", "zka", "ski", "cki", "zki", "skie", "ckie", "zkie")
