"""Chinese hospitals' departments, and the short names science news gives its institutes.

* A hospital's clinic is one body with it ("华西医院心内科", "中山医院胸外科", "协和医院神经外科
  主任"): the guidelines make the clinic and its hospital one ORG, as a department with its
  university.  The clinic is a field of up to six characters (an organ, an age, a method:
  "胸", "心血管", "呼吸与危重症") and a clinic's kind ("外科", "医学科", "影像科") or a centre
  ("肿瘤中心").  The hospital is a body the text names, or a town before "医院" ("中山医院",
  "瑞金医院"): alone a town's hospital may be any hospital of the town, its clinic makes it one.
* An institute of an academy is named in full once ("中国科学院物理研究所") and then by its field
  and "所" ("物理所", "作物所" for "作物科学研究所"); a university's hospital by its own name
  ("复旦大学附属华山医院" ... "华山医院").  Each paragraph is read alone, so the short names are
  spread over the article (`short_names`, from `chinese_ports.repeated_places`): only a short
  name that is no word ("医学院" is one), where no mention stands.
"""

from __future__ import annotations

import re

from storywire.model import Mention
from storywire.stages.ner.claimed_spans import replace_holding
from storywire.stages.ner.word_frequency import zipf

# Kinds of clinic ("科" after an organ or a field) and of a hospital's centre.
_CLINIC_KINDS = (
    "医学科", "内科", "外科", "儿科", "妇科", "产科", "眼科", "骨科", "影像科", "放射科", "检验科", "病理科",
    "麻醉科", "急诊科", "皮肤科", "口腔科", "精神科", "感染科", "肿瘤科", "康复科", "中医科", "耳鼻喉科",
    "泌尿科", "血液科", "风湿科", "免疫科", "内分泌科", "消化科", "呼吸科", "心理科", "超声科", "营养科",
    "药剂科", "神经科", "疼痛科", "男科", "病科", "急诊中心", "肿瘤中心", "心脏中心", "医学中心", "诊疗中心",
    # a hospital's departments of pharmacy, nursing and medical affairs ("XX医院药学部")
    "药学部", "药剂部", "护理部", "医务部",
)  # fmt: skip
_CLINIC = re.compile(
    rf"([\u4e00-\u9fff]{{0,6}}?)({'|'.join(sorted(_CLINIC_KINDS, key=len, reverse=True))})(?!学|技|研|普|室|门)"
)
# A clinic's field holds no particle or verb of a clause; "与" only inside ("呼吸与危重症").
_NOT_IN_FIELD = frozenset("的了在和是对将已也并向今昨一两几各该这那其每此某个位名些家都还又再就被把从给让为于说称及等")
# A field opening with a verb of founding or having is what the hospital does ("医院开设儿科").
_NOT_FIELD_OPENERS = ("开设", "设立", "设有", "成立", "新建", "增设", "拥有", "组建", "建设", "筹建", "扩建", "加强")


def _mention(text: str, start: int, end: int) -> Mention:
    return Mention(start, end, text[start:end], "ORG", model="rules:zh", confidence=0.6)


# A school's hospital after it ("浙江大学医学院附属第一医院"): one body, as a university's is
# (`chinese_regions`, which reads it after "大学" alone).
_AFFILIATED_AFTER = re.compile(r"附属([\u4e00-\u9fff]{0,6}?)医院")


def hospital_clinics(text: str, mentions: list[Mention], countries: frozenset[str]) -> list[Mention]:
    """`mentions` with each named hospital and the clinic after it made one ORG; a school's
    hospital named after it is one with it first."""
    out = list(mentions)
    for m in mentions:
        hit = _AFFILIATED_AFTER.match(text, m.end)
        if m.type == "ORG" and m.text.endswith(("学院", "大学")) and hit and _clinic_field(hit.group(1)):
            out = replace_holding(out, _mention(text, m.start, hit.end()))
    mentions = out
    bodies = {m.end: m for m in mentions if m.type == "ORG"}
    places = {m.end: m for m in mentions if m.type == "LOC" and m.text not in countries}
    for hit in re.finditer("医院", text):
        clinic = _CLINIC.match(text, hit.end())
        if clinic is None or not _clinic_field(clinic.group(1)):
            continue
        body = bodies.get(hit.end())
        place = places.get(hit.start())
        start = body.start if body is not None else place.start if place is not None else None
        if start is not None:
            out = replace_holding(out, _mention(text, start, clinic.end()))
    return out


_ORDINAL = re.compile(r"第[一二三四五六七八九十]{1,3}")


def _clinic_field(field: str) -> bool:
    if field.startswith(_NOT_FIELD_OPENERS) or field[:1] == "与" or field[-1:] == "与":
        return False
    # an ordinal is a hospital's name ("附属第一医院"), not a count
    return all(ch not in _NOT_IN_FIELD for ch in _ORDINAL.sub("", field))


# An institute's full name: its parent (an academy, a university, a group), its field, its kind.
_INSTITUTE = re.compile(r"(?:科学院|工程院|大学|学院|研究院|集团|公司)([\u4e00-\u9fff]{2,8})(研究所|研究院)$")
# Fields that the short name drops ("作物科学研究所": "作物所").
_FIELD_TAILS = ("科学", "技术", "研究")
# A university's hospital, named short by its own name.
_AFFILIATED = re.compile(r"(?:大学|学院)附属([\u4e00-\u9fff]{2,6}医院)$")
_SHORT_NAME_ZIPF = 1.0
# "所" and the next character make a word ("所有", "所以", "所在"): "物理所有" holds no institute;
# "所长" is its director ("物理所所长", "物理所长").
_WORD_AFTER_ZIPF = 4.0
_AFTER_OK = frozenset("长所")


def short_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with the short names of the article's institutes and university hospitals
    added where the text names them so and no mention stands."""
    shorts: set[str] = set()
    for m in mentions:
        if m.type != "ORG":
            continue
        institute = _INSTITUTE.search(m.text)
        if institute is not None:
            field, kind = institute.group(1), institute.group(2)
            fields = {field} | {field[:-2] for tail in _FIELD_TAILS if field.endswith(tail) and len(field) >= 4}
            shorts |= {f + kind[-1] for f in fields}
        hospital = _AFFILIATED.search(m.text)
        if hospital is not None:
            shorts.add(hospital.group(1))
    out = list(mentions)
    for short in sorted(shorts, key=len, reverse=True):
        if zipf(short, "zh") >= _SHORT_NAME_ZIPF:
            continue  # "医学院": a word, not this institute
        for hit in re.finditer(re.escape(short), text):
            start, end = hit.span()
            after = text[end : end + 1]
            if after and after not in _AFTER_OK and zipf(short[-1] + after, "zh") >= _WORD_AFTER_ZIPF:
                continue
            if any(o.type != "LOC" and o.start < end and start < o.end for o in out):
                continue  # a body or a person there; a town inside it is the name's ("中山医院")
            out = replace_holding(out, _mention(text, start, end))
    return out
