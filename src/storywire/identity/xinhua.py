"""Foreign names written in Chinese characters, read back towards their source sounds.

Chinese media write a foreign name with characters chosen for their sound by the Xinhua
transliteration tables: 泽连斯基 is Ze-lian-si-ji for Zelensky, 马克龙 Ma-ke-long for Macron.
Their pinyin shares little with the Latin spelling, so the identity key of the pinyin never
meets Zelensky's.  Read back through the table the other way, each character gives the
sound it stands for: a consonant alone for the characters that write a bare consonant
(斯 s, 克 k, 特 t, 尔 r), a syllable for the rest.  Two sounds Chinese cannot tell apart are
written as classes that `phonetic` matches against either: ``L`` for l or r (Chinese has
no r: 马克龙 is Macron, 拉夫罗夫 Lavrov) and ``N`` for a final n, m or ng (特朗普 is Trump).

The reading is a candidate for `phonetic.sounds_alike`, which still needs three consonants
and the same sounds one for one, and the linker still needs the type and the context to
agree.  A name that reads as a Chinese one (a common surname, then characters a
transliteration does not use: 王毅, 习近平, 李克强) is left to its pinyin.
"""

from __future__ import annotations

import functools
import re

# character -> the sound it writes in foreign names (lower case; L = l or r, N = n, m or ng)
_SOUNDS: dict[str, str] = {
    # bare consonants: the characters Xinhua uses for a consonant without its own vowel
    "斯": "s", "思": "s", "克": "k", "特": "t", "德": "d", "尔": "L", "勒": "L", "夫": "f",
    "弗": "f", "姆": "m", "普": "p", "布": "b", "格": "g", "兹": "z", "茨": "ts", "赫": "h",
    "什": "sh", "契": "ch", "默": "m",
    # vowels and glides
    "阿": "a", "埃": "e", "艾": "e", "爱": "e", "安": "aN", "昂": "aN", "奥": "o", "欧": "o",
    "伊": "i", "因": "iN", "英": "iN", "尤": "yu", "乌": "u", "亚": "ya", "雅": "ya", "耶": "ye",
    "叶": "ye", "约": "yo", "延": "yeN", "扬": "yaN", "恩": "eN",
    # b p m f v
    "巴": "ba", "贝": "be", "比": "bi", "波": "bo", "班": "baN", "本": "beN", "宾": "biN",
    "邦": "baN", "鲍": "bo", "拜": "ba", "博": "bo", "伯": "bo", "帕": "pa", "佩": "pe",
    "皮": "pi", "坡": "po", "潘": "paN", "彭": "peN", "平": "piN", "马": "ma", "玛": "ma",
    "梅": "me", "米": "mi", "莫": "mo", "穆": "mu", "曼": "maN", "门": "meN", "明": "miN",
    "蒙": "moN", "麦": "ma", "迈": "ma", "毛": "mo", "法": "fa", "费": "fe", "菲": "fi",
    "福": "fo", "凡": "vaN", "芬": "feN", "丰": "foN", "瓦": "va", "娃": "va", "韦": "ve",
    "维": "vi", "威": "vi", "沃": "vo", "武": "vu", "万": "vaN", "文": "veN", "旺": "vaN",
    # d t n l
    "达": "da", "迪": "di", "蒂": "ti", "多": "do", "杜": "du", "丹": "daN", "登": "deN",
    "丁": "diN", "东": "doN", "戴": "da", "代": "da", "塔": "ta", "泰": "ta", "提": "ti",
    "托": "to", "图": "tu", "坦": "taN", "滕": "teN", "廷": "tiN", "汤": "taN", "纳": "na",
    "内": "ne", "尼": "ni", "诺": "no", "努": "nu", "南": "naN", "宁": "niN", "农": "noN",
    "拉": "La", "莱": "Le", "雷": "Le", "利": "Li", "里": "Li", "莉": "Li", "丽": "Li",
    "洛": "Lo", "罗": "Lo", "卢": "Lu", "鲁": "Lu", "兰": "LaN", "伦": "LeN", "林": "LiN",
    "琳": "LiN", "隆": "LoN", "龙": "LoN", "朗": "LaN", "列": "Le", "连": "LeN", "柳": "Lu",
    # g k h
    "加": "ga", "盖": "ge", "吉": "gi", "戈": "go", "古": "gu", "甘": "gaN", "根": "geN",
    "贡": "goN", "冈": "gaN", "高": "go", "卡": "ka", "凯": "ke", "基": "ki", "科": "ko",
    "柯": "ko", "库": "ku", "坎": "kaN", "肯": "keN", "孔": "koN", "康": "kaN", "哈": "ha",
    "黑": "he", "希": "hi", "霍": "ho", "胡": "hu", "汉": "haN", "亨": "heN", "洪": "hoN",
    "休": "hu",
    # j ch s sh z ts
    "唐": "doN", "贾": "ja", "杰": "je", "乔": "jo", "朱": "ju", "詹": "jaN", "琼": "joN", "查": "cha",
    "切": "che", "奇": "chi", "丘": "chu", "琴": "chiN", "萨": "sa", "塞": "se", "赛": "se",
    "西": "si", "锡": "si", "索": "so", "苏": "su", "桑": "saN", "森": "seN", "辛": "siN",
    "松": "soN", "沙": "sha", "谢": "se", "肖": "sho", "舒": "shu", "尚": "shaN", "申": "sheN",
    "绍": "sho", "朔": "sho", "舍": "she", "施": "shi", "扎": "za", "泽": "ze", "齐": "zi", "佐": "zo",
    "祖": "zu", "赞": "zaN", "曾": "zeN", "津": "ziN", "宗": "zoN", "采": "tse", "策": "tse",
}  # fmt: skip

# Renderings that follow no table, fixed by use: 普京 writes Putin's "tin" with 京 jing, and
# 埃尔多安 drops Erdoğan's soft ğ, which Turkish does not sound either.
_ESTABLISHED: dict[str, str] = {"普京": "putiN", "埃尔多安": "eLdogaN"}

# Characters a transliteration uses all the time and Chinese given names hardly ever.
_FOREIGN_MARKERS = frozenset("斯克特德尔勒夫弗姆普布格兹茨赫什契娃诺耶埃奥伊亚")

# Common Chinese surnames (one character each): a name that opens with one of them and goes
# on with characters outside the table is Chinese (王毅, 李克强, 习近平).
_CHINESE_SURNAME_CHARS = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐韩冯邓曹彭曾肖田董潘袁蔡蒋"
    "余于杜叶程魏苏吕丁任卢姚沈钟崔谭范金石廖贾夏傅方邹熊白孟秦邱侯尹薛闫段雷龙毛文习钱孔"
)

_HAN_NAME = re.compile(r"^[\u4e00-\u9fff]{2,8}$")
_HAN_CHAR = re.compile(r"^[\u4e00-\u9fff]$")


def _transliterated(name: str, given: bool = False) -> bool:
    """`given`: a given name before a "·", which may be one character (乔·拜登, Joe Biden)."""
    if name in _ESTABLISHED:
        return True
    if not (_HAN_NAME.match(name) or (given and _HAN_CHAR.match(name))) or any(ch not in _SOUNDS for ch in name):
        return False
    if given:
        return True
    if name[0] in _CHINESE_SURNAME_CHARS and len(name) <= 3:
        # 马克龙 (Macron) and a Chinese 马丽 both open with the surname 马: foreign only
        # with a character Chinese given names do not use
        return any(ch in _FOREIGN_MARKERS for ch in name[1:])
    return True


@functools.lru_cache(maxsize=4096)
def foreign_reading(name: str) -> list[str] | None:
    """The source sounds of a person's name written in Chinese characters, one item per
    name part (given names first, as 弗拉基米尔·普京 writes them), lower case but for the L
    and N classes: 泽连斯基 -> ['zeLeNski'], 马克龙 -> ['makLoN']; None for a name that is not
    such a transliteration (a Chinese name, or a character the table lacks)."""
    parts = [p for p in re.split(r"[·•・\s]+", name.strip()) if p]
    if not parts or not _transliterated(parts[-1]) or not all(_transliterated(p, given=True) for p in parts[:-1]):
        return None
    return [_ESTABLISHED.get(p) or "".join(_SOUNDS[ch] for ch in p) for p in parts]


def transliteration_characters() -> str:
    """Every character the table reads (for a pattern's character class)."""
    return "".join(sorted(set(_SOUNDS) | {ch for name in _ESTABLISHED for ch in name}))


def display_reading(reading: str) -> str:
    """A reading as a Latin display name (the classes written as l and n): 'Zelenski'."""
    plain = reading.replace("L", "l").replace("N", "n")
    return plain[:1].upper() + plain[1:]
