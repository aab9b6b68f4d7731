"""One identity for a state institution named in any language: "Conseil de sécurité russe",
"Russian Security Council", "russischen Sicherheitsrats", "Совет безопасности России".

Institution names translate rather than transliterate, so no spelling key joins them. But
news names a few kinds of body over and over (security councils, foreign and defence
ministries, communist parties, central banks), always as the same head phrase with at most
a country as modifier. A name reads as an institution when it holds one of these heads and
every other word is a country marker (an adjective or a name, in any of its inflections) or
a function word; the identity is then the pair (kind, country), spelled in English for
display.  Anything else in the name ("National Security Council", "Рада національної
безпеки і оборони": other bodies) leaves it to the ordinary spelling key.

A head without a country is its own identity ("Security Council" = "Conseil de sécurité" =
"Рада безпеки"): the same ambiguity each language already has on its own.

Words are matched on their folded form (lower case, no diacritics); a pattern word of four
letters or more matches as a prefix, which absorbs inflection ("Sicherheitsrats"; a head word
takes at most two more letters), a shorter one only whole.  Cyrillic names arrive in the
nominative (`names.clean_surface`).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from storywire.identity.chinese_bodies import chinese_institution
from storywire.store.text_search import fold

# kind -> (English name, head phrases in every language, one per line)
HEADS: dict[str, tuple[str, str]] = {
    "security-council": ("Security Council", """
        security council | conseil de securite | sicherheitsrat | consejo de seguridad | consiglio di sicurezza
        rada bezpieczenstwa | рада безпеки | радбез | совет безопасности | совбез"""),
    "foreign-ministry": ("Foreign Ministry", """
        foreign ministry | ministry of foreign affairs | foreign affairs ministry
        ministere des affaires etrangeres | aussenministerium | auswartiges amt | auswartigen amt
        ministerio de asuntos exteriores | ministerio de relaciones exteriores | ministero degli esteri
        ministero degli affari esteri | ministerstwo spraw zagranicznych | msz | міністерство закордонних справ
        мзс | министерство иностранных дел | мид"""),
    "defence-ministry": ("Defence Ministry", """
        defence ministry | defense ministry | ministry of defence | ministry of defense | ministere de la defense
        ministere des armees | verteidigungsministerium | ministerio de defensa | ministero della difesa
        ministerstwo obrony narodowej | ministerstwo obrony | міністерство оборони | міноборони
        министерство обороны | минобороны"""),
    "communist-party": ("Communist Party", """
        communist party | parti communiste | kommunistische partei | partido comunista | partito comunista
        partia komunistyczna | комуністична партія | коммунистическая партия"""),
    "central-bank": ("Central Bank", """
        central bank | banque centrale | zentralbank | banco central | banca centrale | bank centralny
        центральний банк | центральный банк | центробанк | нацбанк"""),
    "parliament": ("Parliament", "parliament | parlement | parlament | parlamento | парламент"),
}  # fmt: skip

# ISO code -> (English adjective, markers: adjectives and names, stems where long enough)
COUNTRIES: dict[str, tuple[str, str]] = {
    "RU": ("Russian", "russ rusa ruso rusos rusas rusia rosyjsk rosji rosja россии росси российск русск рф росі "
                      "россия російськ росії"),
    "CN": ("Chinese", "chin cinese cines cina chinsk chrl кита кнр"),
    "UA": ("Ukrainian", "ukrain ucrain украин україн"),
    "US": ("US", "us usa american americain amerikan estadounidens statunitens amerykan американ сша "
                 "united+states etats+unis vereinigten+staaten estados+unidos stati+uniti stany+zjednoczon"),
    "KP": ("North Korean", "kndr кндр north+korea nordcoreen nordkorea norcorean nordcorean polnocnokorean "
                           "северокорейск північнокорейськ"),
    "KR": ("South Korean", "south+korea sudcoreen sudkorea surcorean sudcorean poludniowokorean "
                           "южнокорейск південнокорейськ"),
    "FR": ("French", "french francais franzosisch frances francese francusk французск французьк франци"),
    "DE": ("German", "german allemand deutsch aleman tedesc niemieck немецк німецьк германи німеччин"),
    "GB": ("British", "british britannique britisch britanic britannic brytyjsk британск британськ"),
    "IR": ("Iranian", "iran irani иран іран"),
    "IL": ("Israeli", "israel izrael израил ізраїл израильск ізраїльськ"),
    "TR": ("Turkish", "turkish turc turkisch turkei tureck turcj турецк турецьк турци туреччин"),
    "IT": ("Italian", "itali wlosk итальянск італійськ итали італі"),
    "PL": ("Polish", "polish polonais polnisch polac polacc polsk польск польськ"),
    "BY": ("Belarusian", "belarus bielorusse belarussisch bielorrus bielorus białorusk белорусск білоруськ"),
    "JP": ("Japanese", "japan japon giappon японск японськ япони"),
    "IN": ("Indian", "indian indien indisch indio indiano indyjsk индийск індійськ"),
    # not a country, but it has such bodies: the UN Security Council in any language
    "UN": ("UN", "un onu оон uno onz united+nations nations+unies vereinten+nationen naciones+unidas nazioni+unite "
                 "narodow+zjednoczon организаци+объедин організаці+об"),
}  # fmt: skip

# Names that stand for one of these bodies of one country by themselves (metonyms and the
# US's own names): kind, country, phrases matched like heads ("Пентагона", "госдепа").
IMPLIED: tuple[tuple[str, str, str], ...] = (
    ("defence-ministry", "US", """pentagon | pentagone | pentagono | pentágono | пентагон | 五角大楼
        البنتاغون | البنتاجون"""),
    ("foreign-ministry", "US", """state department | department of state | departement d etat
        departamento de estado | dipartimento di stato | departament stanu | госдепартамент | госдеп
        держдепартамент | держдеп | 美国国务院"""),
    ("foreign-ministry", "IT", "farnesina"),
    ("foreign-ministry", "FR", "quai d orsay"),
    ("foreign-ministry", "GB", "foreign office | foreign commonwealth and development office"),
    # parliaments every language calls by their own name
    ("parliament", "DE", "bundestag | бундестаг"),
    ("parliament", "PL", "sejm | сейм"),
    ("parliament", "RU", """state duma | госдума | государственная дума | государственной думы | государственной думе
        державна дума | держдума | держдуми | duma panstwowa | staatsduma"""),
    ("parliament", "UA", """verkhovna rada | werchowna rada | верховна рада | верховну раду | верховная рада
        rada najwyzsza"""),
    ("parliament", "IL", "knesset | кнессет | кнесет | الكنيست"),
    ("parliament", "CN", "national people's congress | 全国人民代表大会 | 全国人大"),
)  # fmt: skip
_NOT_IMPLIED = ("sejmik",)  # a regional assembly, not the Sejm inflected
# ... and as news writes them, for the gazetteers that find names in text
IMPLIED_SURFACES = (
    "Pentagon", "Pentagone", "Pentagono", "Pentágono", "Пентагон", "Пентагона", "Пентагоне", "五角大楼", "البنتاغون",
    "البنتاجون", "State Department", "Госдепартамент", "Госдепартамента", "Госдеп", "Держдепартамент",
    "Держдепартаменту", "Держдеп", "美国国务院", "Farnesina", "Quai d'Orsay", "Quai d’Orsay", "Foreign Office",
    "Bundestag", "Bundestags", "Bundestages", "Бундестаг", "Sejm", "Sejmu", "Sejmie", "Госдума", "Госдумы",
    "Госдуме", "Верховна Рада", "Верховної Ради", "Верховній Раді", "Верховная рада", "Верховной рады",
    "Knesset", "Кнессет", "Кнесет", "الكنيست", "全国人大", "全国人民代表大会",
    # declined forms news writes often
    "Sejmem", "Бундестага", "Бундестагу", "Верховну Раду", "Verkhovna Rada", "Werchowna Rada", "Rada Najwyższa",
    "Государственная дума", "Государственной думы", "Государственной думе", "Держдума", "Держдуми", "Staatsduma",
)  # fmt: skip

# acronyms that stand for one of these bodies of one country (case as written)
ACRONYMS: dict[str, tuple[str, str]] = {
    **dict.fromkeys(("CPC", "CCP", "KPCh", "KPCh.", "КПК", "КПК."), ("communist-party", "CN")),
}

# words a name may hold beside its head and its country
_FUNCTION_WORDS = """the of de la le les du des d l der die das den dem del di della dell degli dei delle
    y e i и і та федерации федерація федерації федерация federation federacji federacion
    federazione föderation foderation federale"""
FUNCTION_WORDS = frozenset(_FUNCTION_WORDS.split())

_WORD = re.compile(r"\w+")
HEAD_SLACK = 2  # letters of inflection after a head word: "Sicherheitsrates", not "Councillor"
MARKER_SLACK = 99  # country markers are stems: "russ" -> "russischen"


def _word_matches(pattern: str, word: str, slack: int) -> bool:
    if len(pattern) < 4:
        return word == pattern
    return word.startswith(pattern) and len(word) - len(pattern) <= slack


def _phrases(lines: str) -> list[tuple[str, ...]]:
    return [tuple(_WORD.findall(fold(phrase))) for phrase in lines.replace("\n", "|").split("|") if phrase.strip()]


@functools.cache
def _heads() -> list[tuple[str, tuple[str, ...]]]:
    found = [(kind, phrase) for kind, (_, lines) in HEADS.items() for phrase in _phrases(lines)]
    return sorted(found, key=lambda item: -len(item[1]))  # the longest head first


def head_phrases() -> list[tuple[str, ...]]:
    """Every head phrase of every kind (folded words), the longest first."""
    return [phrase for _, phrase in _heads()]


def head_word_matches(pattern: str, word: str) -> bool:
    """Whether a folded word is a pattern word of a head, inflected ("sicherheitsrats")."""
    return _word_matches(pattern, word, HEAD_SLACK)


def _key(word: str) -> str:
    # a pattern word of four letters or more matches as a prefix, a shorter one whole
    return word[:4] if len(word) >= 4 else word


@functools.cache
def _head_keys() -> frozenset[str]:
    """The keys of the first words of every phrase `institution` tries."""
    return frozenset(_key(phrase[0]) for _, _, phrase in _all_phrases() if phrase)


@functools.cache
def _all_phrases() -> list[tuple[str, str | None, tuple[str, ...]]]:
    """(kind, the country it implies or None, phrase): the implied names first, then the
    heads, each the longest first."""
    implied = [(kind, country, phrase) for kind, country, lines in IMPLIED for phrase in _phrases(lines)]
    implied.sort(key=lambda item: -len(item[2]))
    return [*implied, *((kind, None, phrase) for kind, phrase in _heads())]


@functools.cache
def _markers() -> list[tuple[str, tuple[str, ...]]]:
    found = [(code, tuple(fold(m).split("+"))) for code, (_, words) in COUNTRIES.items() for m in words.split()]
    return sorted(found, key=lambda item: -len(item[1]))


@dataclass(frozen=True)
class Institution:
    kind: str
    country: str | None

    @property
    def key(self) -> str:
        return f"institution:{self.kind}:{self.country or '-'}"

    @property
    def display(self) -> str:
        name = HEADS[self.kind][0]
        return f"{COUNTRIES[self.country][0]} {name}" if self.country else name


def _find(words: list[str], phrase: tuple[str, ...], slack: int) -> int | None:
    for start in range(len(words) - len(phrase) + 1):
        if all(_word_matches(p, w, slack) for p, w in zip(phrase, words[start : start + len(phrase)], strict=False)):
            return start
    return None


def _country(words: list[str]) -> tuple[bool, str | None]:
    """Whether the words are only function words and markers of at most one country, and which."""
    countries: set[str] = set()
    at = 0
    while at < len(words):
        if words[at] in FUNCTION_WORDS:
            at += 1
            continue
        for code, marker in _markers():
            if _find(words[at : at + len(marker)], marker, MARKER_SLACK) == 0:
                countries.add(code)
                at += len(marker)
                break
        else:
            return False, None
    if len(countries) > 1:
        return False, None
    return True, countries.pop() if countries else None


@functools.cache
def institution(name: str) -> Institution | None:
    """The institution a (cleaned, nominative) organisation name stands for, if it reads as one."""
    if name.strip() in ACRONYMS:
        return Institution(*ACRONYMS[name.strip()])
    chinese = chinese_institution(name) if "\u4e00" <= name.strip()[:1] <= "\u9fff" else None
    if chinese is not None:
        return Institution(*chinese)
    words = _WORD.findall(fold(name))
    if not any(_key(w) in _head_keys() for w in words):
        return None  # most names hold no head word: no phrase need be tried
    not_implied = any(w.startswith(_NOT_IMPLIED) for w in words)
    for kind, implied, phrase in _all_phrases():
        if implied is not None and not_implied:
            continue
        start = _find(words, phrase, HEAD_SLACK)
        if start is None:
            continue
        only_country, country = _country(words[:start] + words[start + len(phrase) :])
        if not only_country or (implied is not None and country not in (None, implied)):
            return None
        return Institution(kind, implied or country)
    return None
