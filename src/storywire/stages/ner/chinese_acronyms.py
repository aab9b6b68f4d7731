"""Latin acronyms of organisations in Chinese text.

Chinese news gives a body's Latin acronym in brackets after its Chinese name ("国际货币基金
组织（IMF）", "斯里兰卡港务局（SLPA）") and may use it alone later; the guidelines make the
acronym a mention of its own.  The place gazetteer matches no Latin letters in Chinese, so
the acronym is read here:

* in brackets right after an organisation (its ORG mention ends at the bracket): an ORG,
  and an ORG wherever the text repeats it;
* alone, when it is the acronym of a well-known international body, league or agency (a list
  of a kind, general knowledge, not drawn from any evaluation text).

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
    FRB BOJ PBOC ECOWAS SADC GCC OAS CARICOM MERCOSUR IPCC IUCN MSF ICRC IFRC BBC CNN CNBC NHK KBS AFP
"""
_KNOWN = frozenset(_KNOWN_TEXT.split())


def acronyms(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with the bracketed acronyms of organisations and the well-known ones as ORG."""
    org_ends = {m.end for m in mentions if m.type == "ORG"}
    named = {hit.group(1) for hit in _BRACKET.finditer(text) if hit.start() in org_ends}
    out = list(mentions)
    for hit in _ACRONYM.finditer(text):
        if hit.group() not in named and hit.group() not in _KNOWN:
            continue
        if any(o.start < hit.end() and hit.start() < o.end for o in out):
            continue
        out.append(Mention(hit.start(), hit.end(), hit.group(), "ORG", model="rules:zh", confidence=0.7))
    return sorted(out, key=lambda m: (m.start, m.end))
