"""Chinese cue rules: people, places and bodies that the substring gazetteer match misses.

Chinese writes no capitals and no spaces, so a foreign name is found by what stands next to
it: a title before it ("总统埃尔多安") or a place word ("城市马拉蒂亚", "耶希尔尤尔特区"), and the
name is then recognised wherever else the text repeats it.  Transliterations are written
with a small, standard set of characters, which bounds the name.  Organisations are read
from the word that ends them (`chinese_suffixes`, `chinese_companies`, `chinese_names`).
"""

from __future__ import annotations

import functools
import re

from storywire.identity.xinhua import foreign_reading, transliteration_characters
from storywire.model import EntityType, Mention
from storywire.stages.ner import (
    chinese_acronyms,
    chinese_astronomy,
    chinese_athletes,
    chinese_aviation,
    chinese_borders,
    chinese_care,
    chinese_clubs,
    chinese_coast,
    chinese_companies,
    chinese_departments,
    chinese_fairs,
    chinese_finance,
    chinese_firm_names,
    chinese_foreign,
    chinese_forestry,
    chinese_greenways,
    chinese_heritage,
    chinese_hong_kong,
    chinese_labour,
    chinese_localities,
    chinese_mountains,
    chinese_names,
    chinese_people,
    chinese_politics,
    chinese_ports,
    chinese_press,
    chinese_regions,
    chinese_research,
    chinese_science,
    chinese_security,
    chinese_short_names,
    chinese_sites,
    chinese_societies,
    chinese_sport,
    chinese_state_bodies,
    chinese_suffixes,
    chinese_tourism,
    chinese_transport,
    chinese_units,
    chinese_venues,
    chinese_villages,
    chinese_waters,
    chinese_wine,
    chinese_youth,
    chinese_zones,
)
from storywire.stages.ner.gazetteer import country_names, major_place_names, place_names
from storywire.stages.ner.word_frequency import zipf

# Characters of the Xinhua transliteration tables for foreign names (the common ones).
_TRANSLIT = (
    "阿埃艾安奥巴拜班邦鲍贝本比彼宾波伯布查达戴丹德迪蒂丁东杜多厄恩尔法凡菲费芬丰弗福"
    "富盖甘冈戈格古哈海汉豪赫黑亨胡华怀霍基吉加贾杰捷金卡凯坎康科克肯库奎拉莱赖兰朗劳"
    "勒雷蕾里理利莉列林琳卢鲁伦罗洛吕马迈麦曼梅门蒙米敏明莫姆穆纳奈南内尼涅努诺帕佩彭"
    "皮普奇乔切钦琴丘萨塞桑森沙绍舍申什施斯松苏索塔泰坦汤特提图托瓦万旺威韦维温沃乌"
    "西希谢辛休修雅亚扬耶伊因英尤约泽扎詹朔兹佐茨龙蒂顿夫娃娜妮丽莎汗"
)
_NAME = f"[{_TRANSLIT}]{{2,7}}"
_ZH_TITLES = (
    "总统|总理|首相|主席|秘书长|外长|部长|国务卿|大使|发言人|总书记|国王|议长|将军|总理府|副总统|市长|"
    "创始人|首席执行官|董事长|总裁|CEO|主教练|教练|球员|"
    # Malaysian offices and roles, before Malay and Indian names ("首席部长哈芝芝")
    "首席部长|州务大臣|候选人|议员|学者"
)
_ZH_PERSON = re.compile(rf"(?:{_ZH_TITLES})({_NAME})")
_ZH_PERSON_AFTER = re.compile(rf"({_NAME})(?:总统|总理|首相|主席|秘书长)")
# A foreign full name: transliteration characters joined by an interpunct (弗拉基米尔·普京).
_ZH_SOUND = f"[{transliteration_characters()}]"
_ZH_FOREIGN_FULL = re.compile(rf"({_ZH_SOUND}{{1,8}}(?:[·•・]{_ZH_SOUND}{{2,8}})+)")
_ZH_INTERPUNCTS = frozenset("·•・")
# A port's name before "港" is read in `chinese_ports`, which bounds it on the left ("瓜达尔港",
# not "达尔") and keeps "港口", "港务局" out.
_ZH_PLACE = re.compile(rf"(?:城市|首都|省会|港口|小镇|村庄)({_NAME})|({_NAME})(?:区|省|州|市|县)")

# "全州最受瞩目", "全省各地": "全" and a unit is the whole state or province, not the town the
# gazetteer holds (Quanzhou, Jeonju); a word of degree or scope follows it then.
_WHOLE_UNIT = re.compile(r"全[州省市县区国镇乡村]")
_SCOPE = re.compile(r"最|各|范围|上下|共有|人民|性的|唯一")


def chinese_cues(text: str, found: list[Mention]) -> list[Mention]:
    """`found` (gazetteer matches) plus people and places by their cues (a title, or a foreign
    full name's interpunct), names repeated elsewhere in the text, and organisations that end
    a place; a "部" just before "长" is a title (外交部长), not the ministry."""
    found = [m for m in found if not (m.type == "ORG" and m.text.endswith("部") and text[m.end : m.end + 1] == "长")]
    # a listed Hong Kong bureau's head opening a word with the next character ("发展局面",
    # "消防处理"): the name is read across a word, no body
    found = [m for m in found if not (m.text in chinese_hong_kong.NAMES and _opens_word(text, m.end))]
    found = [m for m in found if not (m.type == "LOC" and _WHOLE_UNIT.fullmatch(m.text) and _SCOPE.match(text, m.end))]
    found = chinese_sites.without_demonyms(text, found, country_names("zh"))  # "日本人": the Japanese
    found = chinese_sites.conjunction_splits(text, found, major_place_names("zh"))  # "和泉州": "and Quanzhou"
    found = chinese_sites.without_town_words(text, found)  # "入海口": an estuary, not Haikou
    cued: dict[str, EntityType] = {}
    cues: tuple[tuple[re.Pattern[str], EntityType], ...] = (
        (_ZH_PERSON, "PER"),
        (_ZH_PERSON_AFTER, "PER"),
        (_ZH_PLACE, "LOC"),
    )
    word_cued: set[str] = set()  # places named right after a word for a place
    # a title's native name read longer than its sounds ("秘书长彭丽X说": 彭丽 are sounds too)
    # (a surname and two given characters; a longer run of sounds is the foreign reading's)
    native_ends = {p.start: p.end for p in chinese_names.titled_people(text) if p.end - p.start <= 3}
    for pattern, etype in cues:
        for hit in pattern.finditer(text):
            name = next(g for g in hit.groups() if g)
            end = next(hit.end(i) for i, g in enumerate(hit.groups(), 1) if g)
            if pattern is _ZH_PERSON and native_ends.get(hit.start(1), 0) > end:
                continue
            if text[end : end + 1] not in _ZH_INTERPUNCTS:  # a given name only: the full name follows
                cued.setdefault(name, etype)
                if pattern is _ZH_PLACE and hit.group(1):
                    word_cued.add(name)
    for person in chinese_names.titled_people(text):
        cued.setdefault(person.text, "PER")
    dotted, dotted_firms = chinese_foreign.dotted_names(text)  # the names of characters xinhua cannot read
    for hit in _ZH_FOREIGN_FULL.finditer(text):
        if any((hit.group(1) in name or hit.group(1).startswith(name)) and hit.group(1) != name for name in dotted):
            # "玛丽亚·卡莉" of "玛丽亚·卡莉娜": the wider reading holds the whole name; "朱利安·
            # 勒布朗加入": the wider reading stopped where the last sound opens a verb
            continue
        if foreign_reading(hit.group(1)) is not None:
            cued[hit.group(1)] = "PER"
            cued.setdefault(re.split(r"[·•・]", hit.group(1))[-1], "PER")  # the surname, named alone later
    for name, etype in dotted.items():
        cued.setdefault(name, etype)
    for name, etype in chinese_labour.byline_people(text).items():  # "（记者 王小红）"
        cued.setdefault(name, etype)
    for name, etype in chinese_borders.dateline_places(text).items():  # "本报凭祥10月15日电"
        cued.setdefault(name, etype)
        word_cued.add(name)
    for person in chinese_names.speaking_people(text):  # after the full names: "鲁哈尼指出" is 哈桑·鲁哈尼
        cued.setdefault(person.text, "PER")
    for name, etype in chinese_people.cued_people(text).items():  # "父亲张三是", "李四故居", "马可·波罗"
        cued.setdefault(name, etype)
    for name, etype in chinese_athletes.athletes(text).items():  # "，王五入选", "王五与李宁续约"
        cued.setdefault(name, etype)
    for name, etype in chinese_ports.cued_places(text, found).items():  # "科伦坡港" ... "科伦坡"
        cued.setdefault(name, etype)
        word_cued.add(name)
    extra: list[Mention] = []
    for name, etype in cued.items():
        extra += [
            Mention(hit.start(), hit.end(), name, etype, model="rules:zh", confidence=0.7)
            for hit in re.finditer(re.escape(name), text)
        ]
    # A title's name holds a place's characters at times ("国务卿布林肯": Blinken, not 林肯
    # Lincoln): the cued person wins over a gazetteer match inside it; so does a town after
    # a word for one ("城市汗尤尼斯": Khan Younis, not 尼斯 Nice).
    people = [m for m in extra if m.type == "PER" or m.text in word_cued] + dotted_firms
    found = [
        m
        for m in found
        if not any(p.start <= m.start and m.end <= p.end and (p.end - p.start) > (m.end - m.start) for p in people)
    ]
    # a minor town read across a title's end and its name's start ("议员林志强": 员林, a
    # Taiwanese town) gives way to the name the title cues; a major place holds ("水利部长江
    # 水利委员会": the ministry, then the Yangtze's commission, no "部长")
    titled = chinese_names.titled_people(text)
    major = major_place_names("zh")
    found = [m for m in found if m.text in major or not any(m.start < p.start < m.end <= p.end for p in titled)]
    # the longer of two firm readings wins: "劳斯莱斯公司" over the transliteration "斯莱斯公司"
    firms = chinese_names.companies(text) + chinese_names.native_companies(text, _zh_place_set()) + dotted_firms
    out = _merge(_merge(found, extra), sorted(firms, key=lambda m: (m.start - m.end, m.start)))
    out = _merge(out, chinese_suffixes.townships(text, out))
    out = chinese_sites.towns_in_countries(text, out, country_names("zh"))  # "于日本平户，"
    out = chinese_sites.directional_countries(text, out, country_names("zh"))  # "来自南印度"
    out = chinese_sites.other_names(text, out)  # "这座城市称为“刺桐”"
    out = chinese_localities.local_places(text, out)  # before the bodies: "安吉县人民政府" holds the county
    out = chinese_villages.chained_districts(text, out)  # "XX市仁和区": the district after its city
    out = chinese_villages.district_areas(text, out)  # "XX区YY举行": an area of the district
    out = chinese_units.unit_places(text, out)  # "向遂昌县", "抵达大东坝镇": a name and its unit
    out = chinese_greenways.greenways(text, out)  # "瓯江绿道": a greenway named by its river
    out = chinese_labour.units(text, out)  # "XX街道", "XX区总工会" holds the district
    out = chinese_zones.zones(text, out, country_names("zh"))  # "新疆维吾尔自治区", "怀柔科学城"
    out = chinese_borders.borders(text, out, country_names("zh"))  # "越南驻南宁总领事馆", "友谊关口岸"
    out = chinese_security.security(text, out)  # "广东海警局", "邓某某", "珠江口", "万山群岛"
    out = chinese_sites.sea_areas(text, out)  # "平潭海域": the place, without the area's word
    out = chinese_ports.place_heads(text, out, country_names("zh"))  # "科伦坡港", "印度洋", "若开邦"
    out = chinese_coast.coast(text, out)  # "XX渔港", "XX灯塔", "XX水产品交易市场", "XX区政府"
    out = chinese_suffixes.parties(text, out, country_names("zh"))
    out = chinese_suffixes.place_bodies(text, out, country_names("zh"))
    out = chinese_suffixes.branches(text, out)  # "湖州市公安局南浔分局": one body
    out = chinese_labour.bodies(text, out, country_names("zh"))  # "XX市人力资源和社会保障局", "人社部"
    out = chinese_research.regional_universities(text, out)  # "西北工业大学", before its department
    out = chinese_research.foreign_universities(text, out)  # "阿布-巴克尔国立大学"
    out = chinese_venues.landmarks(text, out)  # after the bodies of a place: "南京博物院" is one
    out = chinese_waters.waters(text, out)  # "星子站", "赣江南昌段", "...国家级自然保护区"
    out = chinese_transport.transport_places(text, out, country_names("zh"))  # "肇庆西江大桥", "广州南站"
    out = chinese_hong_kong.hong_kong_places(text, out)  # "X邨", "X道往", "X隧道", "港铁X站"
    out = chinese_people.memorials(text, out)  # "李四纪念馆": the person's name opens a body
    out = chinese_tourism.tourism(text, out)  # "XX市XX镇XX村", "XX寺三塔", "XX航空", "XX卫视"
    out = chinese_heritage.heritage(text, out)  # "XX寺" + "XX塔", "X山南麓", "藏于XX博物馆"
    out = chinese_sport.sport_bodies(text, out)  # "湖北省网球队", "北京时间"
    out = chinese_aviation.aviation(text, out)  # "T2航站楼", "民航江西空管分局", "赣南地区", "据XX机场统计"
    # a body's whole name wins over the shorter name the gazetteer read in it ("全国人大常委会")
    out = _merge_longer(out, chinese_state_bodies.state_bodies(text))
    out = _merge_longer(out, chinese_suffixes.national_bodies(text))
    out = chinese_companies.registered_names(text, out)
    out = chinese_companies.apposed_firms(text, out)  # "棕油企业婆罗洲绿野集团", "子公司绿野精炼"
    out = chinese_firm_names.bare_firms(text, out)  # "，云脉生物宣布": a trade name and a field
    out = chinese_foreign.transliterated_firms(text, out)  # "阿达尼集团" ... "阿达尼港口与经济特区有限公司"
    out = chinese_companies.club_names(text, out, country_names("zh"))
    out = chinese_regions.regional_bodies(text, out, country_names("zh"))
    out = chinese_science.hospital_clinics(text, out, country_names("zh"))  # "华西医院心内科"
    out = chinese_societies.society_committees(text, out)  # "XX省药学会XX专业委员会": one body
    out = chinese_state_bodies.join_bodies(text, out, country_names("zh"))
    # after the joins: "XX二中" + "XX机器人战队" are the school and its team, two bodies
    out = chinese_youth.youth_bodies(text, out)  # "共青团XX市委员会", "XX二中", "XX机器人战队"
    out = chinese_clubs.clubs(text, out)  # "XX电竞俱乐部", "XX县XX有限公司": the county inside
    # after the joins: "水利部长江水利委员会" is two bodies, the ministry and its commission
    out = chinese_departments.ministries(text, out, country_names("zh"))  # "水利部", "中国水利部"
    out = chinese_departments.international_bodies(text, out)  # "国际鹤类基金会"
    out = chinese_finance.finance_bodies(text, out)  # "香港证监会", not "各国央行"; "中环"
    out = chinese_finance.funds(text, out)  # "，翠柏资本", "投资方XX创投"
    out = chinese_politics.committees(text, chinese_politics.parties(text, out))  # "希望联盟", "选举委员会"
    out = chinese_politics.civic_bodies(text, out)  # "，沙巴种植业职工会"
    out = chinese_press.outlets(text, chinese_press.newspapers(text, out))  # "据央视新闻报道"
    out = chinese_clubs.title_places(text, out)  # "《西湖XX》": a game's title, no place
    out = chinese_politics.short_names(text, out)  # "希盟", "选委会"
    out = chinese_departments.offices(text, out)  # "长江委水旱灾害防御局": the body's office
    out = chinese_short_names.joined_people(text, out)  # "郑和与马可·波罗": beside a named person
    out = chinese_short_names.titled_surnames(text, out)  # "林静秋 ... 林馆长": the surname alone
    out = chinese_people.staff(text, out)  # "...律师事务所的周某表示"
    out = chinese_finance.abbreviated_places(text, out)  # "赴港上市": Hong Kong
    out = chinese_research.craft_names(text, out)  # "“泰山二号”": a craft named after a place
    out = chinese_fairs.fairs(text, out, country_names("zh"))  # "第五届广西国际林业博览会", "来自XX市的"
    out = chinese_wine.listed_areas(text, chinese_wine.wineries(text, out))  # "在XX酒庄和YY一带"
    out = chinese_mountains.mountains(text, out)  # "XX县" + "YY滑雪场", "XX县山地救援队"
    out = chinese_foreign.foreign_firm_countries(text, out, country_names("zh"))  # "奥地利" + "XX公司"
    out = chinese_forestry.forestry(text, out)  # "XX国有林场", "XX监测中心站", "排入富X溪"
    out = chinese_astronomy.astronomy(text, out)  # "XX山天文台", "在XX天文馆", "XX中学天文社"
    out = chinese_care.care_homes(text, out)  # "“XX苑”嵌入式养老服务中心": the quoted name
    return chinese_acronyms.acronyms(text, out)  # after the bodies: "...组织（IMF）"


_HEAD_WORD_ZIPF = 3.5


def _opens_word(text: str, end: int) -> bool:
    """The character before `end` and the one after it make a common word ("局面", "处理"),
    other than a title ("局长", "处长")."""
    if end >= len(text) or text[end] == "长":
        return False
    if text[end - 1] == "会":  # "立法会议" (a session) is a word, "立法会议员" a member of the body
        return text[end] == "议" and text[end + 1 : end + 2] not in ("员", "长")
    if text[end - 1] not in "局处署":
        return False
    return zipf(text[end - 1 : end + 1], "zh") >= _HEAD_WORD_ZIPF


@functools.cache
def _zh_place_set() -> frozenset[str]:
    return frozenset(name for name, etype in place_names("zh").items() if etype == "LOC")


def _merge(first: list[Mention], extra: list[Mention]) -> list[Mention]:
    out = list(first)
    for m in extra:
        if all(m.end <= f.start or m.start >= f.end for f in out):
            out.append(m)
    return sorted(out, key=lambda m: (m.start, m.end))


def _merge_longer(first: list[Mention], extra: list[Mention]) -> list[Mention]:
    """`first` with `extra` added, each replacing the places and bodies it holds; one crossing
    a mention's edge, held in one, or holding a person is left out."""
    out = list(first)
    for m in extra:
        overlaps = [o for o in out if o.start < m.end and m.start < o.end]
        if any(o.type == "PER" or o.start < m.start or o.end > m.end for o in overlaps):
            continue  # an overlap that `m` does not hold whole, or a person's name
        out = [o for o in out if o.end <= m.start or o.start >= m.end] + [m]
    return sorted(out, key=lambda m: (m.start, m.end))


# A few frequent news names in Chinese that the place gazetteer lacks.
EXTRA_NAMES: dict[str, EntityType] = {
    "习近平": "PER", "普京": "PER", "王毅": "PER", "绍伊古": "PER", "金正恩": "PER", "泽连斯基": "PER",
    "特朗普": "PER", "拜登": "PER", "联合国": "ORG", "北约": "ORG", "欧盟": "ORG", "外交部": "ORG",
    "国防部": "ORG", "安理会": "ORG",
    # the national academies and science bodies science news names by their short names
    "中科院": "ORG", "中国社科院": "ORG", "中国农科院": "ORG", "中国医科院": "ORG", "中国疾控中心": "ORG",
    "国家自然科学基金委": "ORG", "自然科学基金委": "ORG", "自然科学基金委员会": "ORG",
    # Hong Kong's departments, districts and places ("屋宇署", "黄大仙区")
    **chinese_hong_kong.NAMES,
}  # fmt: skip
