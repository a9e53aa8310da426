#!/usr/bin/env python3
"""Writes eval-pairs.tsv, the labelled evaluation set of the name matcher (docs/parties.md).

Each line: label (1 same entity, 0 different), kind, query, target. For label 1 the target is
the listed entry's name (in lists/csl-sample.csv or eval-list.csv); for label 0 it is the listed
name the query is close to (or "-"). Positives are variants of listed names and aliases made by
rules a reviewer can check (abbreviations, reordered tokens, missing or changed legal forms,
typos, transliterations) plus hand-written Chinese- and Cyrillic-script names; negatives are real
or plausible different companies whose names share words or look alike. Deterministic (seeded):
run it from this folder and review the diff."""
import csv
import random
import re

rng = random.Random(12)

def read(path):
    with open(path, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    global RUSSIAN_NAMES
    RUSSIAN_NAMES |= {r["name"] for r in rows if "RU" in r["addresses"]}
    return [(r["name"], [a.strip() for a in r["alt_names"].split(";") if a.strip()]) for r in rows]

RUSSIAN_NAMES = set()

ENTRIES = read("../../../lists/csl-sample.csv") + read("eval-list.csv")
NAMES = {n for n, _ in ENTRIES}

LEGAL = re.compile(r",?\s*(Co\.,?\s*Ltd\.?|Co\.?\s*Ltd\.?|Corporation Limited|Limited|Ltd\.?|Inc\.|Pte\. Ltd\.|JSC|PJSC|OAO|Corporation)$", re.I)
ABBREV = [("Technologies", "Techs"), ("Technology", "Tech"), ("International", "Intl"), ("Information", "Info"),
          ("Electronics", "Elec"), ("Electronic", "Elec."), ("Manufacturing", "Mfg"), ("Corporation", "Corp."),
          ("Integrated Circuit", "IC"), ("Development", "Dev."), ("Institute", "Inst."), ("University", "Univ."),
          ("Company", "Co."), ("National", "Natl")]
NEW_FORMS = ["Co., Ltd.", "Company Limited", "Co Ltd", "Limited", "LLC", "Inc.", "Corp.", "Co.,Ltd", "Ltd"]

def strip_legal(name):
    return LEGAL.sub("", name).strip(" ,")

def typo(name):
    words = name.split()
    i = max(range(len(words)), key=lambda k: len(words[k]))
    w = words[i]
    if len(w) < 5:
        return None
    j = rng.randrange(1, len(w) - 2)
    op = rng.choice(["swap", "drop", "double", "sub"])
    if op == "swap":
        w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    elif op == "drop":
        w = w[:j] + w[j + 1:]
    elif op == "double":
        w = w[:j] + w[j] + w[j:]
    else:
        w = w[:j] + rng.choice("aeiou") + w[j + 1:]
    words[i] = w
    return " ".join(words)

def abbreviate(name):
    for full, short in ABBREV:
        if full in name:
            return name.replace(full, short, 1)
    return None

def reorder(name):
    base = strip_legal(name)
    words = base.split()
    if len(words) < 2:
        return None
    words = words[1:] + words[:1]
    return " ".join(words)

# Romanisation variants: pinyin words written syllable by syllable (as Chinese documents often
# do), and the spelling variants of Russian transliteration systems.
PINYIN = {"Beijing": "Bei Jing", "Shanghai": "Shang Hai", "Shenzhen": "Shen Zhen", "Tianjin": "Tian Jin",
          "Chengdu": "Cheng Du", "Hangzhou": "Hang Zhou", "Guangzhou": "Guang Zhou", "Zhuhai": "Zhu Hai",
          "Haiguang": "Hai Guang", "Zhipu": "Zhi Pu", "Huazhang": "Hua Zhang", "Shuguang": "Shu Guang",
          "Zhongke": "Zhong Ke", "Xianchen": "Xian Chen", "Jiangnan": "Jiang Nan", "Huawei": "Hua Wei",
          "Xinkailai": "Xin Kai Lai", "Pengxin": "Peng Xin", "Suanneng": "Suan Neng", "Zhiyuan": "Zhi Yuan",
          "Feiteng": "Fei Teng", "Shenwei": "Shen Wei", "Qingdao": "Qing Dao", "Xiamen": "Xia Men",
          "Wuhan": "Wu Han", "Changjiang": "Chang Jiang", "Cunchu": "Cun Chu", "Huachuang": "Hua Chuang",
          "Beifang": "Bei Fang", "Ningchang": "Ning Chang", "Kuangshi": "Kuang Shi", "Shangtang": "Shang Tang",
          "Yuncong": "Yun Cong", "Tuojing": "Tuo Jing", "Shuangxu": "Shuang Xu", "Huanyu": "Huan Yu",
          "Yuntian": "Yun Tian", "Haikang": "Hai Kang", "Weishi": "Wei Shi", "Xunfei": "Xun Fei",
          "Kunlun": "Kun Lun", "Mo’er": "Moer", "Wuxi": "Wu Xi", "Jinan": "Ji Nan", "Changsha": "Chang Sha"}
RUSSIAN = [("x", "ks"), ("ks", "x"), ("ey", "ei"), ("ei", "ey"), ("kh", "h"), ("shch", "sch"), ("iy", "y"),
           ("oy", "oi"), ("ai", "ay")]

def transliterate(name, entry):
    words, changed = name.split(), False
    for i, w in enumerate(words):
        bare = w.strip(",()")
        if bare in PINYIN:
            words[i] = w.replace(bare, PINYIN[bare])
            changed = True
    if changed:
        return " ".join(words)
    for a, b in RUSSIAN if entry in RUSSIAN_NAMES else []:
        if a in name.lower():
            i = name.lower().index(a)
            return name[:i] + b + name[i + len(a):]
    return None

pairs = []
def add(label, kind, query, target):
    if query and query.strip() and (label, query, target) not in {(p[0], p[2], p[3]) for p in pairs}:
        pairs.append((label, kind, query.strip(), target))

for name, aliases in ENTRIES:
    add(1, "case", name.upper(), name)
    base = strip_legal(name)
    if base != name:
        add(1, "legal_form_missing", base, name)
        add(1, "legal_form_changed", base + " " + rng.choice(NEW_FORMS), name)
    add(1, "abbreviation", abbreviate(name), name)
    add(1, "reordered", reorder(name), name)
    add(1, "typo", typo(name), name)
    add(1, "transliteration", transliterate(name, name), name)
    for alias in aliases[:1]:
        add(1, "transliteration", transliterate(alias, name), name)
    for alias in aliases[:2]:
        add(1, "alias", alias, name)
    if aliases:
        add(1, "alias_typo", typo(aliases[0]), name)

SCRIPT = [
    ("北京智谱华章科技有限公司", "Beijing Zhipu Huazhang Technology Co., Ltd."),
    ("智谱华章", "Beijing Zhipu Huazhang Technology Co., Ltd."),
    ("摩尔线程智能科技（北京）有限责任公司", "Moore Thread Intelligent Technology (Beijing) Co., Ltd."),
    ("摩尔线程智能科技(成都)有限责任公司", "Moore Thread Intelligent Technology (Chengdu) Co., Ltd."),
    ("曙光信息产业股份有限公司", "Sugon"),
    ("中科曙光", "Sugon"),
    ("成都海光集成电路设计有限公司", "Chengdu Haiguang Integrated Circuit"),
    ("成都海光微电子技术有限公司", "Chengdu Haiguang Microelectronics Technology"),
    ("天津飞腾信息技术有限公司", "Tianjin Phytium Information Technology"),
    ("浪潮集团有限公司", "Inspur Group Co., Ltd."),
    ("浪潮电子信息产业股份有限公司", "Inspur Electronic Information Industry Co., Ltd."),
    ("浪潮软件股份有限公司", "Inspur Software Co., Ltd."),
    ("北京壁仞科技开发有限公司", "Beijing Biren Technology Development Co., Ltd."),
    ("上海壁仞智能科技有限公司", "Shanghai Biren Intelligent Technology Co., Ltd."),
    ("杭州壁仞科技开发有限公司", "Hangzhou Biren Technology Development Co., Ltd."),
    ("北方华创科技集团股份有限公司", "Naura Technology Group Co., Ltd."),
    ("深圳市新凯来技术有限公司", "Shenzhen SiCarrier Technologies Co., Ltd."),
    ("长江存储科技有限责任公司", "Yangtze Memory Technologies Co., Ltd."),
    ("中科寒武纪科技股份有限公司", "Cambricon Technologies Corporation Limited"),
    ("国防科技大学", "National University of Defense Technology (NUDT)"),
    ("国家超级计算无锡中心", "National Supercomputing Center Wuxi"),
    ("北京智源人工智能研究院", "Beijing Academy of Artificial Intelligence"),
    ("华为技术有限公司", "Huawei Technologies Co., Ltd. (Huawei)"),
    ("海思半导体有限公司", "HiSilicon Technologies Co., Ltd (HiSilicon)"),
    ("中芯国际集成电路制造有限公司", "Semiconductor Manufacturing International Corporation (SMIC)"),
    ("算能科技有限公司", "Sophgo Technologies Ltd."),
    ("宁畅信息产业（北京）有限公司", "Nettrix Information Industry Co., Ltd."),
    ("中科可控信息产业有限公司", "Suma Techology Co., Ltd."),
    ("龙芯中科技术股份有限公司", "Loongson Technology"),
    ("杭州海康威视数字技术股份有限公司", "Hangzhou Hikvision Digital Technology Co., Ltd."),
    ("科大讯飞股份有限公司", "IFLYTEK"),
    ("北京旷视科技有限公司", "Megvii Technology"),
    ("北京市商汤科技开发有限公司", "Beijing Sensetime Technology Development Co., Ltd."),
    ("依图科技", "Yitu Technologies"),
    ("云从科技", "CloudWalk Technology"),
    ("云天励飞", "Intellifusion"),
    ("第四范式", "4Paradigm Technology Co., Ltd"),
    ("拓荆科技股份有限公司", "Piotech Inc."),
    ("鹏新旭技术有限公司", "PXW Semiconductor Manufactory Co., Ltd."),
    ("昆仑银行股份有限公司", "Bank of Kunlun Co., Ltd."),
    ("Рособоронэкспорт", "Rosoboronexport"),
    ("Концерн Калашников", "Kalashnikov Concern"),
    ("Сбербанк России", "Sberbank of Russia"),
    ("Банк ВТБ", "VTB Bank PJSC"),
    ("АО «Ангстрем»", "Angstrem OAO"),
    ("Байкал Электроникс", "Baikal Electronics JSC"),
    ("АО «Микрон»", "Mikron JSC"),
    ("Т-Платформы", "T-Platforms"),
    ("Щукин Александр Иванович", "Shchukin Aleksandr Ivanovich"),
    ("Корпорация Тактическое ракетное вооружение", "Tactical Missiles Corporation JSC"),
]
for query, target in SCRIPT:
    assert target in NAMES, target
    add(1, "script", query, target)

NEGATIVES = [
    ("Sophos Technologies", "Sophgo Technologies Ltd."), ("Sophos Ltd", "Sophgo Technologies Ltd."),
    ("Zhihu Technology", "Beijing Zhipu Huazhang Technology Co., Ltd."), ("Beijing Zhihu Technology Co., Ltd.", "Beijing Zhipu Huazhang Technology Co., Ltd."),
    ("Nautilus Technology Group", "Naura Technology Group Co., Ltd."), ("Nauta Technology", "Naura Technology Group Co., Ltd."),
    ("Beijing Baidu Technology Development Co., Ltd.", "Beijing Biren Technology Development Co., Ltd."),
    ("Beijing Baidu Netcom Science and Technology", "Beijing Biren Technology Development Co., Ltd."),
    ("Cambridge Technologies Corporation", "Cambricon Technologies Corporation Limited"),
    ("Cambrian Biotech Corporation", "Cambricon Technologies Corporation Limited"),
    ("Sugar Land Technologies", "Sugon"), ("Sungrow Power Supply", "Sugon"), ("Sunwoda Electronic", "Sunway Microelectronics"),
    ("Hilton Worldwide", "Higon"), ("Hyundai Information Technology", "Higon"), ("Hygea Precision", "Chengdu Haiguang Integrated Circuit"),
    ("Longsys Electronics", "Loongson Technology"), ("Shenzhen Longsys Electronics Co., Ltd.", "Loongson Technology"),
    ("Phison Electronics", "Tianjin Phytium Information Technology"), ("Tianjin University", "Tianjin Phytium Information Technology"),
    ("Netac Technology", "Nettrix Information Industry Co., Ltd."), ("Netflix Inc.", "Nettrix Information Industry Co., Ltd."),
    ("Huaqin Technology", "Huawei Technologies Co., Ltd. (Huawei)"), ("Huayi Brothers Media", "Huawei Technologies Co., Ltd. (Huawei)"),
    ("Silicon Motion Technology", "HiSilicon Technologies Co., Ltd (HiSilicon)"), ("HiSense Electric", "HiSilicon Technologies Co., Ltd (HiSilicon)"),
    ("Yangtze Optical Fibre and Cable", "Yangtze Memory Technologies Co., Ltd."), ("Yangtze River Port and Logistics", "Yangtze Memory Technologies Co., Ltd."),
    ("Megachips Corporation", "Megvii Technology"), ("Sensata Technologies", "Beijing Sensetime Technology Development Co., Ltd."),
    ("Moore Stephens International", "Moore Thread Intelligent Technology (Beijing) Co., Ltd."), ("Moore Threading Tools Inc.", "Moore Thread Intelligent Technology (Beijing) Co., Ltd."),
    ("Intellicheck Inc.", "Intellifusion"), ("Intellia Therapeutics", "Intellifusion"), ("CloudMinds Technology", "CloudWalk Technology"),
    ("Inspire Technology Group", "Inspur Group Co., Ltd."), ("Inspirage Software", "Inspur Software Co., Ltd."),
    ("National University of Singapore", "National University of Defense Technology (NUDT)"),
    ("National Taiwan University", "National University of Defense Technology (NUDT)"),
    ("National Supercomputer Centre Linkoping", "National Supercomputing Center Wuxi"),
    ("National Computational Infrastructure", "National Supercomputing Center Wuxi"),
    ("Jiangnan University", "Wuxi Jiangnan Institute of Computing Technology"),
    ("Wuxi AppTec", "Wuxi Jiangnan Institute of Computing Technology"), ("Wuxi Biologics", "Wuxi Institute of Advanced Technology"),
    ("Shanghai Jiao Tong University", "Shanghai High-Performance Integrated Circuit Design Center"),
    ("Shanghai Integrated Circuit Industry Investment Fund", "Shanghai High-Performance Integrated Circuit Design Center"),
    ("Zhuhai Gree Electric Appliances", "Zhuhai Biren Integrated Circuit Co., Ltd."),
    ("Guangzhou Automobile Group", "Guangzhou Biren Integrated Circuit Co., Ltd."),
    ("Hangzhou Hikrobot Intelligent", "Hangzhou Hikvision Digital Technology Co., Ltd."),
    ("Hangzhou Hik-Micro Sensing", "Hangzhou Hikvision Digital Technology Co., Ltd."),
    ("Sberbank Europe Holdings", "Sberbank of Russia"), ("Swedbank AB", "Sberbank of Russia"),
    ("VTech Holdings", "VTB Bank PJSC"), ("Mahindra Airlines", "Mahan Air"), ("Mahan Group", "Mahan Air"),
    ("Korea Development Bank", "Korea Mining Development Trading Corporation"),
    ("Kunlun Tech Co., Ltd.", "Bank of Kunlun Co., Ltd."), ("Kunlunxin Technology", "Bank of Kunlun Co., Ltd."),
    ("Angstrom Technologies", "Angstrem OAO"), ("Micron Technology", "Mikron JSC"), ("Mikros Systems", "Mikron JSC"),
    ("Baikal Logistics", "Baikal Electronics JSC"), ("T-Systems International", "T-Platforms"),
    ("Almaviva SpA", "Almaz-Antey Air and Space Defence Corporation"), ("Kalashnikova Irina", "Kalashnikov Concern"),
    ("Rosneft Trading", "Rosoboronexport"), ("Rosatom Healthcare", "Rosoboronexport"),
    ("Islamic Development Bank", "Islamic Revolutionary Guard Corps"), ("Shahid Beheshti University", "Shahid Hemmat Industrial Group"),
    ("Arrow Electronics Inc.", "Arrow Electronics (Hong Kong) Co., Ltd."), ("Arrow Electronics (Singapore) Pte. Ltd.", "Arrow Electronics (Hong Kong) Co., Ltd."),
    ("Piotek Medical", "Piotech Inc."), ("Pioneer Technology", "Piotech Inc."), ("SwayLink Technology", "SwaySure Technology Co., Ltd."),
    ("Sumitomo Corporation", "Suma Techology Co., Ltd."), ("Suma Holdings", "Suma Techology Co., Ltd."),
    ("PowerChip Semiconductor", "PowerAir Pte. Ltd."), ("PowerAir Conditioning LLC", "PowerAir Pte. Ltd."),
    ("Qingdao Haier", "Qingdao Sophgo Technology Co., Ltd."), ("Xiamen Airlines", "Xiamen Sophgo Technologies Limited"),
    ("Wuhan University", "Wuhan Suanneng Technology Co., Ltd."), ("Government Finance Service", "Government Flying Service"),
    ("Aero Engine Technologies", "Aero Engine Corporation of China"), ("China Aviation Oil", "China Aviation Industry General Aircraft"),
    ("SMIC Pharmaceuticals", "Semiconductor Manufacturing International Corporation (SMIC)"),
    ("Semiconductor Manufacturing Technology Inc.", "Semiconductor Manufacturing International Corporation (SMIC)"),
    ("United Microelectronics Corporation", "Semiconductor Manufacturing International Corporation (SMIC)"),
    ("Taiwan Semiconductor Manufacturing Company", "Semiconductor Manufacturing International Corporation (SMIC)"),
    ("Hua Hong Semiconductor", "Semiconductor Manufacturing South China Corporation"),
    ("ChangXin Memory Technologies", "-"), ("CXMT", "-"), ("Enflame Technology", "-"), ("Iluvatar CoreX", "-"),
    ("MetaX Integrated Circuits", "-"), ("Bitmain Technologies", "-"), ("DeepSeek", "-"), ("xFusion Digital Technologies", "-"),
    ("Alibaba Cloud", "-"), ("Tencent Holdings", "-"), ("ByteDance Ltd.", "-"), ("Lenovo Group", "-"),
    ("Xiaomi Corporation", "-"), ("Unisoc Technologies", "-"), ("GigaDevice Semiconductor", "-"), ("Montage Technology", "-"),
    ("Empyrean Technology", "-"), ("Goodix Technology", "-"), ("Luxshare Precision", "-"), ("Goertek Inc.", "-"),
    ("BYD Company Limited", "-"), ("Contemporary Amperex Technology", "-"), ("Meituan", "-"), ("Pinduoduo", "-"),
    ("Kingsoft Cloud", "-"), ("Horizon Robotics", "-"), ("Black Sesame Technologies", "-"), ("Unigroup Guoxin", "-"),
    ("Beijing Technology Development Co., Ltd.", "-"), ("Shanghai Technology Co., Ltd.", "-"),
    ("Shenzhen Information Technology Co., Ltd.", "-"), ("Chengdu Integrated Circuit Design Co., Ltd.", "-"),
    ("International Trading Company", "-"), ("Electronic Information Industry Co., Ltd.", "-"),
    ("Intelligent Technology Co., Ltd.", "-"), ("Beijing Academy of Sciences", "Beijing Academy of Artificial Intelligence"),
    ("Beijing Institute of Technology", "Beijing Academy of Artificial Intelligence"),
    ("Artificial Intelligence Research Institute", "Beijing Academy of Artificial Intelligence"),
    ("Sun Life Financial", "Sun Yat-Sen University"), ("Sun Pharmaceutical", "Sun Yat-Sen University"),
    ("Pirelli Trading Company", "Piricas Trading Company"), ("Pirates Trading", "Piricas Trading Company"),
    ("Kal Kan Foods", "KAL TEK LABS"), ("Tek Labs International", "KAL TEK LABS"),
    ("AVIC International Holdings", "AVIC Aircraft Co. Ltd."), ("Skyrizon Travel", "Beijing Skyrizon Aviation Industry Investment Co., Ltd."),
    ("Beijing Aviation Industry Museum", "Beijing Skyrizon Aviation Industry Investment Co., Ltd."),
    ("Shenzhen Xinkai Electronics", "Shenzhen SiCarrier Technologies Co., Ltd."), ("SiTime Corporation", "Shenzhen SiCarrier Technologies Co., Ltd."),
    ("Pengxin International Mining", "PXW Semiconductor Manufactory Co., Ltd."), ("PXI Systems Alliance", "PXW Semiconductor Manufactory Co., Ltd."),
    ("Zhipu Capital", "Beijing Zhipu Huazhang Technology Co., Ltd."), ("Huazhang Education", "Beijing Zhipu Huazhang Technology Co., Ltd."),
    ("Dawning Bridge Consulting", "Sugon"), ("Shuguang Hospital", "Sugon"),
    ("Loongsun Trading", "Loongson Technology"), ("Godson Trading", "Loongson Technology"),
    ("NUDT Alumni Association", "National University of Defense Technology (NUDT)"),
    ("Naura Beauty", "Naura Technology Group Co., Ltd."), ("Biren Consulting", "Shanghai Biren Intelligent Technology Co., Ltd."),
    ("Phytium Botanicals", "Tianjin Phytium Information Technology"), ("Hygon Dhyana Fans Club", "Chengdu Haiguang Integrated Circuit"),
    ("4Paradise Travel", "4Paradigm Technology Co., Ltd"), ("Fifth Paradigm Technology", "4Paradigm Technology Co., Ltd"),
    ("Yitu Logistics", "Yitu Technologies"), ("iFly Airlines", "IFLYTEK"), ("Megvista Solutions", "Megvii Technology"),
    ("Sensetalk Software", "Beijing Sensetime Technology Development Co., Ltd."),
    ("Intellinet Fusion", "Intellifusion"), ("CloudWave Technology", "CloudWalk Technology"),
    ("Government Flying Club", "Government Flying Service"), ("Tactical Air Support Inc.", "Tactical Missiles Corporation JSC"),
    ("Korea Mining Corporation", "Korea Mining Development Trading Corporation"), ("Mahan Industries", "Mahan Air"),
    ("Revolutionary Road Films", "Islamic Revolutionary Guard Corps"), ("Hemmat Trading", "Shahid Hemmat Industrial Group"),
    ("Kunlun Energy", "Bank of Kunlun Co., Ltd."), ("Bank of Kunming", "Bank of Kunlun Co., Ltd."),
    ("Moscow Center of Contemporary Art", "Moscow Center of SPARC Technologies"), ("SPARC International", "Moscow Center of SPARC Technologies"),
    ("Shchukin Theatre Institute", "Shchukin Aleksandr Ivanovich"), ("Aleksandr Ivanov", "Shchukin Aleksandr Ivanovich"),
    ("Almaz Jewellery", "Almaz-Antey Air and Space Defence Corporation"), ("Antey Engineering", "Almaz-Antey Air and Space Defence Corporation"),
    ("Suanneng Capital", "Wuhan Suanneng Technology Co., Ltd."), ("Huanyu Technology", "Shanghai Zhipu Huanyu Technology Co., Ltd."),
    ("Zhipu Future Education", "Beijing Zhipu Future Technology Co., Ltd."),
    ("Inspur Taiwan Fans", "-"),
]
for query, near in NEGATIVES:
    if query == "Inspur Taiwan Fans":
        continue
    add(0, "negative", query, near)

# Generated hard negatives: a listed name with its distinctive word replaced by a real
# unlisted company's coined name (a different company, sharing every generic word).
COINED = ["Baidu", "Xiaomi", "Meituan", "Kingsoft", "Haier", "Midea", "Goertek", "Luxshare", "Unisoc", "Goodix",
          "Montage", "Empyrean", "Wingtech", "Huaqin", "Sunwoda", "Zhaoxin", "Cowin", "Tianma", "Boe", "Tuya"]
GENERIC = {"technology", "technologies", "beijing", "shanghai", "shenzhen", "chengdu", "hangzhou", "tianjin", "wuxi",
           "information", "industry", "co.,", "ltd.", "co.", "ltd", "group", "integrated", "circuit", "development",
           "intelligent", "electronic", "national", "center", "institute", "of", "the", "(beijing)", "limited",
           "corporation", "inc.", "pte.", "academy", "artificial", "intelligence", "and", "company", "international"}
for name, aliases in ENTRIES:
    words = name.split()
    idx = [i for i, w in enumerate(words) if w.lower().strip(",()") not in GENERIC]
    if len(idx) != 1 or len(words) < 3:
        continue
    words[idx[0]] = rng.choice(COINED)
    add(0, "negative_generated", " ".join(words), name)

with open("eval-pairs.tsv", "w", encoding="utf-8", newline="") as f:
    f.write("# label\tkind\tquery\ttarget  (generated by make_eval_pairs.py; see docs/parties.md)\n")
    for label, kind, query, target in pairs:
        f.write(f"{label}\t{kind}\t{query}\t{target}\n")
pos = sum(1 for p in pairs if p[0] == 1)
print(f"{len(pairs)} pairs: {pos} positive, {len(pairs) - pos} negative")
