"""State bodies named in Chinese: a country's name, then the body ("中国外交部", "联合国安理会").

Chinese writes the two as one word with no "of" between them, so the word matching of
`institutions` cannot see the head; this reads the head from the end of the name and the
country from what stands before it, giving the same kinds and countries.
"""

from __future__ import annotations

# body -> kind of `institutions.HEADS`
_HEADS = {
    "外交部": "foreign-ministry", "国防部": "defence-ministry", "安理会": "security-council",
    "安全理事会": "security-council", "安全会议": "security-council", "联邦安全会议": "security-council",
    "中央银行": "central-bank", "央行": "central-bank", "议会": "parliament", "国会": "parliament",
    "共产党": "communist-party",
}  # fmt: skip
# country as written before a body -> code of `institutions.COUNTRIES`
_COUNTRIES = {
    "中国": "CN", "中华人民共和国": "CN", "俄罗斯": "RU", "俄罗斯联邦": "RU", "俄": "RU", "美国": "US",
    "乌克兰": "UA", "朝鲜": "KP", "韩国": "KR", "法国": "FR", "德国": "DE", "英国": "GB", "伊朗": "IR",
    "以色列": "IL", "土耳其": "TR", "意大利": "IT", "波兰": "PL", "白俄罗斯": "BY", "日本": "JP", "印度": "IN",
    "联合国": "UN",
}  # fmt: skip
_LONGEST_FIRST = sorted(_HEADS, key=len, reverse=True)


def chinese_institution(name: str) -> tuple[str, str | None] | None:
    """(kind, country code or None) when `name` is a body, alone or after its country."""
    name = name.strip()
    for head in _LONGEST_FIRST:
        if name.endswith(head):
            before = name[: -len(head)]
            if not before:
                return _HEADS[head], None
            if before in _COUNTRIES:
                return _HEADS[head], _COUNTRIES[before]
            return None
    return None
