"""Latin acronyms of organisations in Chinese text.

Chinese news gives a body's Latin acronym in brackets after its Chinese name ("国际货币基金
组织（IMF）", "斯里兰卡港务局（SLPA）") and may use it alone later; the guidelines make the
acronym a mention of its own.  The place gazetteer matches no Latin letters in Chinese, so
the acronym is read here:

* in brackets right after an organisation (its ORG mention ends at the bracket): an ORG,
  and an ORG wherever the text repeats it;
* alone, when it is the acronym of a well-known international body, league or agency (a list
  of a kind, general knowledge, not drawn from any evaluation text);
* alone, when the sentence makes it a party that acts for someone or signs with them: "由"
  before it and a verb of running a business after it ("经纪事务由XYZ负责", "由ABC赞助"),
  "与" and a verb of contract ("与XYZ签约"), or a firm's role word before it ("经纪公司XYZ",
  "赞助商ABC").  Terms ("由AI完成", "与GDP挂钩") are no party: the common Latin terms of
  Chinese news are left out, and their verbs are none of these.

Other capitals are left alone: Chinese news writes "GDP", "CEO", "AI", "CPI" in Latin
letters all the time, and those are no bodies; nor is an acronym in brackets after a
term ("国内生产总值（GDP）"), which no ORG mention ends.
"""

from __future__ import annotations

import re

from storywire.model import Mention

# Two to six capitals, not inside a longer Latin word or a code ("PM2.5", "COVID-19").
_ACRONYM = re.compile(r"(?<![A-Za-z0-9&.\-])[A-Z]{2,6}(?![A-Za-z0-9&\-])")
_BRACKET = re.compile(r"[（(]\s*([A-Z]{2,6})\s*[）)]")
# International bodies, blocs, leagues and agencies news writes by their Latin acronym.
_KNOWN_TEXT = """
    UN WHO WTO IMF NATO OPEC ASEAN APEC IAEA UNESCO UNICEF UNHCR UNDP UNEP UNCTAD UNRWA FAO ILO WFP WMO
    ICAO IMO ITU WIPO IFAD OECD BRICS SCO EU AU ECB ICC ICJ IEA IRENA ADB AIIB NDB EBRD WEF BIS IOC FIFA
    UEFA AFC NBA WNBA NFL NHL MLB CBA ATP WTA IAAF ITF FIA OPCW CTBTO NASA ESA FBI CIA NSA FDA CDC SEC FED
    IOM OCHA UNFPA UNODC UNIDO UNOPS
    FRB BOJ PBOC ECOWAS SADC GCC OAS CARICOM MERCOSUR IPCC IUCN MSF ICRC IFRC BBC CNN CNBC NHK KBS AFP
"""
_KNOWN = frozenset(_KNOWN_TEXT.split())
# A party: "由" before and a verb of business after, "与"/"和" and a verb of contract, or a firm's
# role word right before.
_BY_PARTY = re.compile(r"由$")
_BUSINESS_AFTER = re.compile(r"负责|代理|打理|运营|经营|管理|承办|主办|赞助|冠名|收购|投资|开发|推出|发行")
_WITH_PARTY = re.compile(r"[与和同]$")
_CONTRACT_AFTER = re.compile(r"(?:续约|签约|续签|签订|签署|达成|合作)")
_ROLE_BEFORE = re.compile(r"(?:经纪公司|赞助商|合作伙伴|运营商|代理商|服务商|供应商|公司|集团|机构|品牌)$")
# Latin terms, units and roles of Chinese news, never a party whatever stands by them.
_TERMS_TEXT = """
    GDP GNP CPI PPI PMI CEO CFO CTO COO AI IT APP VR AR PC TV DNA RNA PCR MVP VIP NFT ETF IPO ESG GPS
    USB LED LCD OLED SUV MPV EV KTV ICU CT MRI SIM ID PPT PDF VAR MV DJ TOP VS OK
"""
_TERMS = frozenset(_TERMS_TEXT.split())


def acronyms(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with the bracketed acronyms of organisations and the well-known ones as ORG."""
    org_ends = {m.end for m in mentions if m.type == "ORG"}
    named = {hit.group(1) for hit in _BRACKET.finditer(text) if hit.start() in org_ends}
    out = list(mentions)
    for hit in _ACRONYM.finditer(text):
        if hit.group() not in named and hit.group() not in _KNOWN and not _party(text, hit.start(), hit.end()):
            continue
        if any(o.start < hit.end() and hit.start() < o.end for o in out):
            continue
        out.append(Mention(hit.start(), hit.end(), hit.group(), "ORG", model="rules:zh", confidence=0.7))
    return sorted(out, key=lambda m: (m.start, m.end))


def _party(text: str, start: int, end: int) -> bool:
    """The acronym at `start`..`end` is a party of the sentence: run by, signed with, or
    named after a firm's role word."""
    if text[start:end] in _TERMS:
        return False
    before = text[max(0, start - 4) : start]
    if _BY_PARTY.search(before) and _BUSINESS_AFTER.match(text, end):
        return True
    if _WITH_PARTY.search(before) and _CONTRACT_AFTER.match(text, end):
        return True
    return _ROLE_BEFORE.search(before) is not None
