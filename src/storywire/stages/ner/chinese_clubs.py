"""Chinese clubs of games and boards, game studios, local firms and titles' places.

Charity and hobby news names its bodies in shapes the suffix rules do not read:

* an esports, chess, bridge or astronomy club, or a game studio, by its own name before its genre and
  kind ("XX电竞俱乐部", "XX围棋俱乐部", "XX游戏工作室"): one ORG, the name opening after
  punctuation, a particle, another mention or the team word it stands in apposition to
  ("本地职业战队XX电竞俱乐部");
* a registered firm with its county or city before it ("XX县XX建设工程有限公司"): a firm's
  registered name opens with its place, so the place is inside the ORG, not a LOC beside it;
* an esports team named in full with its "战队" is named again by its name alone ("XX战队" ...
  "XX是很强的对手"), as a firm by its short name: where the name is no word and no other
  mention stands (`team_short_names`, an article pass);
* a place inside a game's, book's or film's title ("《西湖XX》") is no place (titles are not
  labelled); a newspaper's title is read as a whole ORG elsewhere and stays.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.word_frequency import zipf

# Genres and kinds of a club or a studio; the name stands before them.
_CLUB = re.compile(
    r"(?:电子竞技|电竞|国际象棋|象棋|围棋|五子棋|桥牌|棋牌"
    # amateur astronomers' clubs, named as game clubs are ("XX天文俱乐部", "XX观星俱乐部")
    r"|天文|观星|天文爱好者)俱乐部|游戏工作室"
)
# What stands before a name that no name opens: punctuation, a preposition, a particle.
_BEFORE = frozenset("，。；：！？、“”「」（）《》\n 在于到至从往赴自与和同及跟对向据由被把让给的了是为")
# A team word a club's name may stand in apposition after ("战队XX电竞俱乐部").
_APPOSED = ("战队", "队伍", "球队")
# Characters a name never holds: particles, determiners, measure words ("这家俱乐部").
_NOT_IN_NAME = frozenset(
    "的在和是了对将已也并向举召今昨一两几各该这那其每此某个位名些家所还又再就被把从给让为于说称与及支只"
)
# Words that make a kind of club, no name ("本地电竞俱乐部", "职业围棋俱乐部").
_KIND_WORDS = ("本地", "当地", "国内", "省内", "市内", "职业", "业余", "知名", "多家", "大型", "少儿", "青少年")
_NAME_SIZES = (2, 3, 4, 5, 6)
_NAME_ZIPF = 4.0  # a name this common as a word is a kind ("学校围棋俱乐部")


def _mention(text: str, start: int, end: int) -> Mention:
    return Mention(start, end, text[start:end], "ORG", model="rules:zh", confidence=0.6)


def clubs(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with named game and board clubs and game studios, and with places inside
    registered firms and titles settled.  Each pass runs only where its trigger occurs."""
    out = mentions
    if "俱乐部" in text or "工作室" in text:
        out = _clubs(text, out)
    if "有限" in text:
        out = registered_firm_places(text, out)
    return out


def _clubs(text: str, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    for hit in _CLUB.finditer(text):
        start = _name_start(text, hit.start(), out)
        if start is None:
            continue
        inside = [m for m in out if m.start < hit.end() and start < m.end]
        if any(m.start < start or m.end > hit.end() for m in inside):
            continue  # a mention running across the name's edge: read elsewhere
        out = sorted(
            [m for m in out if m not in inside] + [_mention(text, start, hit.end())], key=lambda m: (m.start, m.end)
        )
    return out


def _name_start(text: str, at: int, mentions: list[Mention]) -> int | None:
    """Where a club's name ending at `at` opens, shortest name first."""
    ends = {m.end for m in mentions}
    for size in _NAME_SIZES:
        start = at - size
        name = text[start:at]
        if start < 0 or not all("\u4e00" <= ch <= "\u9fff" and ch not in _NOT_IN_NAME for ch in name):
            return None
        if any(w in name for w in _KIND_WORDS) or zipf(name, "zh") >= _NAME_ZIPF:
            return None
        if start == 0 or text[start - 1] in _BEFORE or start in ends or text.endswith(_APPOSED, 0, start):
            return start
    return None


# A registered firm's legal form, and the administrative units its place may end with.
_LEGAL_FORMS = ("有限责任公司", "有限公司")
_UNITS = frozenset("省市县区镇")


def registered_firm_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """A county's or city's LOC right before a registered firm's ORG made one ORG with it."""
    out = list(mentions)
    for place in mentions:
        firm = next((m for m in out if m.start == place.end and m.type == "ORG"), None)
        if place.type != "LOC" or place.text[-1] not in _UNITS or firm is None or not firm.text.endswith(_LEGAL_FORMS):
            continue
        out = [m for m in out if m is not place and m is not firm] + [_mention(text, place.start, firm.end)]
    return sorted(out, key=lambda m: (m.start, m.end))


_TITLE = re.compile(r"《([^《》\n]{2,16})》")


def title_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` without the places read inside a title that is more than the place."""
    if "《" not in text:
        return mentions
    titles = [(hit.start(1), hit.end(1)) for hit in _TITLE.finditer(text)]
    return [
        m
        for m in mentions
        if not (m.type == "LOC" and any(s <= m.start and m.end <= e and (m.start, m.end) != (s, e) for s, e in titles))
    ]


# The words a team's full name ends with; the name before them, when no word, is the team alone.
_TEAM_WORDS = ("战队",)
_MIN_TEAM, _MAX_TEAM = 3, 6
_TEAM_ZIPF = 1.0


def team_short_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with the article's teams named without their team word."""
    names = {
        m.text[: -len(w)]
        for m in mentions
        for w in _TEAM_WORDS
        if m.type == "ORG" and m.text.endswith(w) and _MIN_TEAM <= len(m.text) - len(w) <= _MAX_TEAM
    }
    out = list(mentions)
    for name in sorted(names, key=len, reverse=True):
        if (
            not all("\u4e00" <= ch <= "\u9fff" and ch not in _NOT_IN_NAME for ch in name)
            or zipf(name, "zh") >= _TEAM_ZIPF
        ):
            continue
        for hit in re.finditer(re.escape(name), text):
            # the full name stands where the team word follows, read or not ("XX二中XX战队")
            if text.startswith(_TEAM_WORDS, hit.end()) or any(o.start < hit.end() and hit.start() < o.end for o in out):
                continue
            out = sorted([*out, _mention(text, hit.start(), hit.end())], key=lambda m: (m.start, m.end))
    return out
