"""The titles and roles Chinese writes right before a person's name ("发言人毛宁", "导演张艺谋",
"父亲郑芝龙"), shared by the readers of titled names (`chinese_names`, `chinese_people`)."""

from __future__ import annotations

TITLES = (
    "国家主席|国务院总理|国务委员|国务卿|行政长官|特首|副总理|副主席|副总统|总统|总理|首相|主席|总书记|"
    "委员长|秘书长|总干事|总参谋长|参谋长|总检察长|财长|防长|"
    "发言人|外长|外交部长|国防部长|部长|大使|特使|"
    # diplomacy names its officials by their post in a ministry or a mission ("副司长李明", "总领事阮文")
    "副司长|司长|总领事|领事|参赞|公使|首席代表|行长|省长|市长|州长|司令员|司令|将军|董事长|总裁|"
    "首席执行官|主任|局长|院长|校长|教授|主教练|教练|队长|法官|检察官|议长|记者|国王|王储|亲王|"
    "联合创始人|创始人|创办人|总经理|董事|CEO|首席财务官|球员|前锋|中场|后卫|门将|主帅|选手|运动员|"
    # Roles that are no office but stand before a name as a title does ("导演张艺谋", "国脚武磊"):
    # a trade of the arts or of sport; news names a writer or a player after it.
    "导演|作家|小说家|诗人|画家|歌手|歌星|演员|影星|影帝|影后|编剧|制片人|主持人|作曲家|钢琴家|指挥家|"
    "艺术家|科学家|院士|国脚|球星|名将|老将|小将|射手|棋手|车手|拳手|"
    # Ordinary people quoted in a report are named after what they are ("村民王芳", "游客李强"):
    # the role word stands where a title would.
    "村民|居民|市民|农民|牧民|渔民|游客|旅客|乘客|网友|患者|店主|摊主|司机|志愿者|工人|医生|护士|老师|教师|学生|"
    "茶农|果农|菜农|农户|"
    # a fellow of a pastime is named so in sport and leisure news ("骑友王敏", "跑友李强", "驴友张华")
    "骑友|跑友|驴友|车友|钓友|球友|骑手|"
    # farm and trade news names growers, breeders and stallholders by their household ("养殖户陈某")
    "种粮大户|养殖大户|种植大户|大户|养殖户|种植户|承包户|商户|"
    # Local offices, and the parties of a court case, which local news names the same way
    # ("县长王强", "被告人李某某", "负责人张华"); a craft's master ("传承人") and a temple's
    # abbot ("住持释永信") too.
    "县长|区长|镇长|乡长|村长|厂长|经理|书记|村支书|支书|犯罪嫌疑人|嫌疑人|被告人|被告|原告|被害人|受害人|"
    "当事人|负责人|传承人|继承人|住持|方丈|监院|"
    # wine news names a winery's or estate's owner and its winemaker so ("庄主王强", "酿酒师李华")
    "庄主|酿酒师|酒庄主|"
    # a firm's legal representative, whom accident and court news names so ("法定代表人王强")
    "法定代表人|法人代表|"
    # a deputy to a people's congress or a member of a political consultative conference, whom
    # local news quotes by the seat ("人大代表王强", "政协委员李华")
    "人大代表|政协委员|"
    # The heads of associations and cooperatives, and the ranks of research ("理事长黄春梅", "研究员
    # 刘思远"), which regional and science news names the same way.
    "副理事长|理事长|副会长|会长|社长|副研究员|研究员|"
    # A province's departments and the ranks of courts and police name their heads the same way
    # ("副厅长王明", "审判长李华", "支队长张强"), as court, police and science news does.
    "厅长|处长|科长|所长|站长|庭长|审判长|审判员|检察长|政委|支队长|大队长|中队长|警官|民警|总设计师|总指挥|"
    # Finance and business news names its analysts, partners and fund managers by their role
    # ("分析师王强", "合伙人李华", "基金经理张明").
    "首席经济学家|经济学家|首席分析师|分析师|合伙人|基金经理|投资经理|交易员|保荐代表人|董事总经理|"
    "副总裁|总监|"
    # Election news names its members and candidates by their seat ("州议员陈国梁", "候选人林伟健")
    "国会议员|州议员|议员|候选人|首席部长|州务大臣|学者|领袖|"
    # Features and travel writing name people by their kin and their trade ("父亲郑芝龙", "建筑师
    # 陈明", "老板王强"), and history by the office or the rank they held ("巡抚林则徐").
    "父亲|母亲|儿子|女儿|妻子|丈夫|长子|次子|长女|祖父|祖母|兄长|胞弟|遗孀|"
    "建筑师|设计师|工程师|律师|传教士|牧师|神父|商人|富商|企业家|实业家|慈善家|华侨|侨领|船长|老板娘|老板|"
    "店长|厨师|摄影师|策展人|馆长|历史学家|考古学家|思想家|政治家|军事家|探险家|航海家|旅行家|书法家|"
    "皇帝|君主|元帅|大将|将领|丞相|宰相|太守|知府|知县|巡抚|总督|提督|尚书|侍郎|大臣|郡王|民族英雄|高僧|法师"
)
