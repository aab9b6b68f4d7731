"""Script conversion: Cyrillic to Latin, and the Palladius system for Chinese names.

Russian and Ukrainian media write Chinese names in the Palladius system (Си Цзиньпин,
Ван И), which no generic transliterator maps back to pinyin; we generate the full
pinyin <-> Palladius syllable table from the system's initial/final rules so that a
Cyrillic Chinese name gets the same key as its pinyin spelling.
"""

from __future__ import annotations

import functools
import re

from anyascii import anyascii

# Pinyin initials -> Palladius.  j/z share цз and q/c share ц: Palladius does not
# distinguish them; the final (i-row vs not) disambiguates in practice.
_INITIALS: dict[str, str] = {
    "b": "б", "p": "п", "m": "м", "f": "ф", "d": "д", "t": "т", "n": "н", "l": "л",
    "g": "г", "k": "к", "h": "х", "j": "цз", "q": "ц", "x": "с", "zh": "чж", "ch": "ч",
    "sh": "ш", "r": "ж", "z": "цз", "c": "ц", "s": "с", "": "",
}  # fmt: skip

# Finals after an ordinary consonant.
_FINALS: dict[str, str] = {
    "a": "а", "o": "о", "e": "э", "ai": "ай", "ei": "эй", "ao": "ао", "ou": "оу",
    "an": "ань", "en": "энь", "ang": "ан", "eng": "эн", "ong": "ун", "er": "эр",
    "i": "и", "ia": "я", "iao": "яо", "ie": "е", "iu": "ю", "ian": "янь", "in": "инь",
    "iang": "ян", "ing": "ин", "iong": "юн", "u": "у", "ua": "уа", "uo": "о",
    "uai": "уай", "ui": "уй", "uan": "уань", "un": "унь", "uang": "уан",
    "v": "юй", "ve": "юэ", "van": "юань", "vn": "юнь",
}  # fmt: skip

# Whole syllables with no initial (y-, w- spellings) and irregular ones.
_ZERO: dict[str, str] = {
    "a": "а", "ai": "ай", "an": "ань", "ang": "ан", "ao": "ао", "e": "э", "ei": "эй",
    "en": "энь", "eng": "эн", "er": "эр", "o": "о", "ou": "оу",
    "yi": "и", "ya": "я", "yao": "яо", "ye": "е", "you": "ю", "yan": "янь", "yin": "инь",
    "yang": "ян", "ying": "ин", "yong": "юн", "yu": "юй", "yue": "юэ", "yuan": "юань",
    "yun": "юнь", "wu": "у", "wa": "ва", "wo": "во", "wai": "вай", "wei": "вэй",
    "wan": "вань", "wen": "вэнь", "wang": "ван", "weng": "вэн",
    "zhi": "чжи", "chi": "чи", "shi": "ши", "ri": "жи", "zi": "цзы", "ci": "цы", "si": "сы",
    "hui": "хуэй", "lve": "люэ", "nve": "нюэ", "lv": "люй", "nv": "нюй",
}  # fmt: skip

# Which finals each initial takes (pinyin phonotactics, simplified but complete enough).
_I_ROW = ("i", "ia", "iao", "ie", "iu", "ian", "in", "iang", "ing", "iong")
_U_ROW = ("u", "ua", "uo", "uai", "ui", "uan", "un", "uang")
_OPEN = ("a", "o", "e", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong")


def _finals_for(initial: str) -> tuple[str, ...]:
    if initial in ("j", "q", "x"):
        return (*_I_ROW, "u", "ue", "uan", "un")  # u here is ü
    if initial in ("zh", "ch", "sh", "r", "z", "c", "s"):
        return (*_OPEN, *_U_ROW)
    if initial in ("b", "p", "m", "f"):
        return (*_OPEN, "i", "ie", "iao", "ian", "in", "ing", "u", "iu")
    return (*_OPEN, *_I_ROW, *_U_ROW)


@functools.cache
def pinyin_to_palladius() -> dict[str, str]:
    """Every pinyin syllable (without tones, ü written v) -> its Palladius spelling."""
    table: dict[str, str] = {}
    for initial, cyr in _INITIALS.items():
        if not initial:
            continue
        for final in _finals_for(initial):
            fin = final
            if initial in ("j", "q", "x") and final.startswith("u"):
                fin = "v" + final[1:]  # ju = jü
            if fin not in _FINALS:
                continue
            table[initial + final] = cyr + _FINALS[fin]
    table.update(_ZERO)
    return table


@functools.cache
def palladius_to_pinyin() -> dict[str, str]:
    """Palladius syllable (Russian or Ukrainian spelling) -> pinyin; first pinyin wins."""
    rev: dict[str, str] = {}
    # Prefer the more common reading when two pinyin syllables share a spelling
    # (цзи = ji rather than zi-row, ци = qi): iterate zero-initial and j/q/x first.
    order = sorted(pinyin_to_palladius().items(), key=lambda kv: (kv[0][0] not in "jqxyw", kv[0]))
    for py, cyr in order:
        for variant in _cyr_variants(cyr):
            rev.setdefault(variant, py)
    return rev


def _cyr_variants(cyr: str) -> list[str]:
    # Ukrainian texts write Palladius names with і for и and е for э (Сі Цзіньпін).
    out = [cyr]
    uk = cyr.replace("и", "і").replace("э", "е")
    if uk != cyr:
        out.append(uk)
    return out


_CHINESE_SURNAMES_WORDS = """
    wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng
    liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du
    ye cheng wei su lv ding ren lu yao shen zhong cui tan fan jin shi liao jia xia fu fang
    zou xiong bai meng qin qiu hou yin xue yan duan lei long mao wen xi qian kong
"""
_CHINESE_SURNAMES = frozenset(_CHINESE_SURNAMES_WORDS.split())

_SYLLABLE_MAX = 6


def _segment(word: str, table: dict[str, str]) -> list[str] | None:
    """Split `word` into a sequence of table syllables (longest-first with backtracking)."""
    n = len(word)
    best: list[list[str] | None] = [None] * (n + 1)
    best[n] = []
    for i in range(n - 1, -1, -1):
        for j in range(min(n, i + _SYLLABLE_MAX), i, -1):
            rest = best[j]
            piece = word[i:j]
            if rest is not None and piece in table:
                best[i] = [table[piece], *rest]
                break
    return best[0]


@functools.cache
def palladius_segments(name: str) -> tuple[tuple[str, ...], ...] | None:
    """'Си Цзиньпин' -> (('xi',), ('jin', 'ping')); None when it does not read as Palladius.

    A Russian name such as Путин also segments (пу+тин), so we require a Chinese
    surname as the first token, or a syllable that only Palladius produces (цз, чж).
    """
    low = name.lower()
    tokens = [t for t in re.split(r"[\s\-]+", low) if t]
    if not tokens or len(tokens) > 3:
        return None
    table = palladius_to_pinyin()
    segmented: list[tuple[str, ...]] = []
    for tok in tokens:
        segs = _segment(tok, table)
        if segs is None:
            return None
        segmented.append(tuple(segs))
    if not any(m in low for m in ("цз", "чж")):
        first = segmented[0]
        if len(first) != 1 or first[0] not in _CHINESE_SURNAMES:
            return None
        if len(tokens) == 1 and len(tokens[0]) > 3:
            return None  # a lone token that merely segments is too weak
    return tuple(segmented)


def cyrillic_chinese_to_pinyin(name: str) -> str | None:
    """'Си Цзиньпин' / 'Сі Цзіньпін' -> 'Xi Jinping'; None for non-Chinese names."""
    segments = palladius_segments(name)
    if segments is None:
        return None
    return " ".join("".join(t).replace("v", "ü").capitalize() for t in segments)


@functools.cache
def is_pinyin_word(word: str) -> bool:
    """True when a lower-case ASCII word is a sequence of pinyin syllables (Jinping, Xi)."""
    w = word.replace("ü", "v").replace("'", "")
    return _segment(w, {k: k for k in pinyin_to_palladius()}) is not None


# Cyrillic -> Latin for keys.  One scheme for Russian and Ukrainian: the key folding
# afterwards absorbs the differences (и = i/y, г = g/h).
_CYR = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "e",
    "є": "ye", "ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "yi", "й": "y", "к": "k",
    "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "'": "", "’": "", "ʼ": "",
}  # fmt: skip
_VOWELS_CYR = set("аеёєиіїоуыэюя")


def cyrillic_to_latin(text: str) -> str:
    """Lower-case Latin rendering; word-initial and post-vowel е is 'ye' (Ельцин = Yeltsin)."""
    out: list[str] = []
    prev = ""
    for ch in text.lower():
        if ch in ("е", "ё") and (not prev or not prev.isalpha() or prev in _VOWELS_CYR):
            out.append("ye")
        elif ch == "є" and prev and prev.isalpha() and prev not in _VOWELS_CYR:
            out.append("e")  # Медведєв: є after a consonant is just softening
        else:
            out.append(_CYR.get(ch, ch))
        prev = ch
    return "".join(out)


# English-press spellings of the commonest endings: Зеленський = Zelensky, Сергей = Sergei.
_DISPLAY_ENDINGS = ((re.compile(r"(?:ий|ый)$"), "y"), (re.compile(r"ій$"), "iy"), (re.compile(r"(?<=[аеоуэяю])й"), "i"))


def cyrillic_display(word: str) -> str:
    """One Cyrillic name word as English news writes it: 'Медведєв' -> 'Medvedev'."""
    low = word.lower()
    for pattern, repl in _DISPLAY_ENDINGS:
        low = pattern.sub(repl, low)
    latin = cyrillic_to_latin(low)
    return "-".join(part[:1].upper() + part[1:] for part in latin.split("-"))


_CYRILLIC_RE = re.compile(r"[\u0400-\u04FF]")


def has_cyrillic(text: str) -> bool:
    return _CYRILLIC_RE.search(text) is not None


def to_latin(text: str) -> str:
    """Any script -> lower-case ASCII: our Cyrillic scheme, then anyascii for the rest."""
    if has_cyrillic(text):
        text = cyrillic_to_latin(text)
    return anyascii(text).lower()
