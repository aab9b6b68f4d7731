"""Chinese names of newspapers, agencies and broadcasters written in title marks.

Chinese writes the title of every publication in 《》, a newspaper's as a book's or a
film's: "接受《星洲日报》专访" names a newspaper (an ORG by the guidelines, without its
marks), "电影《流浪地球》" a film (no entity).  A title is a newspaper's where it says so (it
ends with the word for one: "...日报", "...时报", "...邮报", "...新闻") or where the text
cites it as a source ("《...》报道", "接受《...》专访"); "据《史记》记载" cites a book, so
what stands before a title says nothing.

A journal is a newspaper of science by the guidelines (ORG, without its marks): a title that
ends with the word for one ("《中华医学杂志》", "《物理学报》"), or one the text calls a
journal ("期刊《自然·医学》", "《细胞》杂志"), or where a paper is published ("发表在《...》上",
"刊登于《...》"): a book is published as well, but not "in" or "on" it.
"""

from __future__ import annotations

import re

from storywire.model import Mention

_TITLE = re.compile(r"《([^《》\n]{2,16})》")
# The words that end a newspaper's or a news outlet's name.
_PRESS_ENDS = ("日报", "时报", "晚报", "早报", "邮报", "商报", "快报", "导报", "电讯报", "新闻", "周刊", "报")
# What is said of a news source right after its title.
_CITED_AFTER = re.compile(r"报道|报导|专访|采访|社论|评论员|记者|援引|引述|刊登|刊文|网站")
# Journals: the words that end a journal's name, that call a title one, and the verbs of a
# paper published in it ("发表在《...》上").
_JOURNAL_ENDS = ("杂志", "学报", "期刊", "月刊", "季刊")
_JOURNAL_BEFORE = re.compile(r"(?:期刊|杂志|学刊|学报|子刊)$|(?:发表|刊登|刊发|刊载|刊出|登载)(?:在|于)$|刊于$")
_JOURNAL_AFTER = re.compile(r"杂志|期刊|学报|子刊|上发表|在线发表|刊发|刊登")
# A title with a clause in it is a book's or an article's, whatever it ends with.
_CLAUSE = re.compile(r"[，,：:？?！!的]")
# Titles that end like a newspaper but are a report or a book ("《政府工作报告》", "《海报》").
_NOT_PRESS_ENDS = ("报告", "情报", "海报", "画报", "简报", "公报", "通报", "预报", "汇报", "警报", "电报")


def newspapers(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with the newspapers named in 《》 as ORG (the name inside the marks)."""
    out = list(mentions)
    for hit in _TITLE.finditer(text):
        name = hit.group(1)
        if name.endswith(_NOT_PRESS_ENDS):
            continue
        if _CLAUSE.search(name) or not (_press(text, hit, name) or _journal(text, hit, name)):
            continue
        start, end = hit.start(1), hit.end(1)
        if any(o.start < hit.end() and hit.start() < o.end and (o.start < start or o.end > end) for o in out):
            continue  # a mention across the marks
        out = [o for o in out if o.end <= start or o.start >= end]
        out.append(Mention(start, end, name, "ORG", model="rules:zh", confidence=0.7))
    return sorted(out, key=lambda m: (m.start, m.end))


def _press(text: str, hit: re.Match[str], name: str) -> bool:
    return name.endswith(_PRESS_ENDS) or _CITED_AFTER.match(text, hit.end()) is not None


def _journal(text: str, hit: re.Match[str], name: str) -> bool:
    before = text[max(0, hit.start() - 4) : hit.start()]
    return name.endswith(_JOURNAL_ENDS) or bool(_JOURNAL_BEFORE.search(before) or _JOURNAL_AFTER.match(text, hit.end()))


# News outlets that news cites bare, with no title marks ("据央视新闻报道", "澎湃新闻记者"):
# general knowledge of China's national and best-read outlets, not drawn from any text.
_OUTLETS = (
    "央视新闻", "央视财经", "央视网", "新华社", "新华网", "中新社", "中新网", "中国新闻网", "人民网", "人民日报",
    "央广网", "中央广播电视总台", "环球时报", "环球网", "澎湃新闻", "新京报", "红星新闻", "极目新闻",
    "封面新闻", "上游新闻", "潮新闻", "九派新闻", "界面新闻", "财新网", "第一财经", "南方都市报", "北京青年报",
)  # fmt: skip
_OUTLET = re.compile("|".join(sorted(_OUTLETS, key=len, reverse=True)))
# An outlet the list lacks, cited as a source: "据" and a name that ends like an outlet's,
# then "报道" or "消息" ("据江门日报报道", "据南方网消息").
_CITED = re.compile(r"据([\u4e00-\u9fff]{2,8}?)(?:报道|报导|消息|援引)")
_OUTLET_ENDS = (
    "新闻",
    "日报",
    "晚报",
    "早报",
    "时报",
    "商报",
    "都市报",
    "网",
    "电视台",
    "广播电台",
    "通讯社",
    "新闻社",
)
_NOT_IN_OUTLET = frozenset("的了在和与及是对将已也并向从被把为以该这那其每此某")


def outlets(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with the outlets cited bare added as ORG: listed ones wherever they stand, and
    a name ending like an outlet's after "据" and before "报道"; one replaces the shorter names
    it holds ("央视" of "央视新闻") and yields to a mention crossing its edges."""
    found = [(hit.start(), hit.end()) for hit in _OUTLET.finditer(text)]
    found += _named_papers(text)
    for hit in _CITED.finditer(text):
        name = hit.group(1)
        if name.endswith(_OUTLET_ENDS) and not any(ch in _NOT_IN_OUTLET for ch in name):
            found.append(hit.span(1))
    out = list(mentions)
    for start, end in found:
        overlaps = [o for o in out if o.start < end and start < o.end]
        if any(o.start < start or o.end > end or o.type == "PER" for o in overlaps):
            continue
        out = [o for o in out if o not in overlaps]
        out.append(Mention(start, end, text[start:end], "ORG", model="rules:zh", confidence=0.7))
    return sorted(out, key=lambda m: (m.start, m.end))


# A newspaper the list lacks, named bare where news names the press: before "记者" or in a
# list of media ("邀请XX商报等媒体", "XX晚报记者获悉"); the word ends the name, and a clause's
# edge, a particle or a verb of inviting or joining bounds it on the left.
_PAPER_CUE = re.compile(r"(?:日报|晚报|早报|晨报|商报|时报|都市报|快报|导报)(?=等(?:多家)?(?:新闻)?媒体|记者)")
_PAPER_EDGE = frozenset("，。；：！？、“”「」（）《》\n 的了在于到和与及对向据由经")
_PAPER_VERBS = ("邀请", "接受", "联合", "包括", "通过", "携手")
_PAPER_HEAD = (2, 3, 4)  # the name before the word for a paper, shortest first


def _named_papers(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for hit in _PAPER_CUE.finditer(text):
        for size in _PAPER_HEAD:
            start = hit.start() - size
            name = text[start : hit.start()]
            if start < 0 or not all("\u4e00" <= ch <= "\u9fff" and ch not in _NOT_IN_OUTLET for ch in name):
                break
            if start == 0 or text[start - 1] in _PAPER_EDGE or text[:start].endswith(_PAPER_VERBS):
                spans.append((start, hit.end()))
                break
    return spans
