#!/usr/bin/env python3
"""Writes eval-list.csv: extra entries, in the CSL CSV format, that the evaluation set screens
against together with the bundled sample (lists/csl-sample.csv). Entity List names are those of
the reference's §4.3 (CSL snapshot 2026-07-31); the SDN-style and other rows are illustrative
names of the same shape, for evaluation only. Not a screening list. Run from this folder."""
import csv

EL = "Entity List (EL) - Bureau of Industry and Security"
SDN = "Specially Designated Nationals (SDN) - Treasury Department"
MEU = "Military End User (MEU) List - Bureau of Industry and Security"

ROWS = [
    (EL, "Hangzhou Hikvision Digital Technology Co., Ltd.", "CN", "Hikvision; Hangzhou Haikang Weishi"),
    (EL, "IFLYTEK", "CN", "iFlytek Co., Ltd.; Keda Xunfei; Anhui USTC iFlytek"),
    (EL, "Megvii Technology", "CN", "Megvii; Face++; Beijing Kuangshi Technology"),
    (EL, "Beijing Sensetime Technology Development Co., Ltd.", "CN", "SenseTime; Shangtang Technology"),
    (EL, "Yitu Technologies", "CN", "Yitu; Shanghai Yitu Network Technology"),
    (EL, "CloudWalk Technology", "CN", "Guangzhou Yuncong Information Technology"),
    (EL, "Intellifusion", "CN", "Shenzhen Intellifusion Technologies; Yuntian Lifei"),
    (EL, "National Supercomputing Center Changsha (NSCC-CS)", "CN", "NSCC-CS"),
    (EL, "National Supercomputing Center Tianjin (NSCC-TJ)", "CN", "NSCC-TJ"),
    (EL, "National Supercomputing Center Guangzhou (NSCC-GZ)", "CN", "NSCC-GZ"),
    (EL, "National Supercomputing Center Jinan", "CN", "NSCC-JN"),
    (EL, "National Supercomputing Center Shenzhen", "CN", "NSCC-SZ"),
    (EL, "Shanghai High-Performance Integrated Circuit Design Center", "CN", ""),
    (EL, "4Paradigm Technology Co., Ltd", "CN", "Fourth Paradigm; Beijing Fourth Paradigm Technology"),
    (EL, "National Research Center for Parallel Computer Engineering and Technology", "CN", "NRCPC"),
    (EL, "Wuxi Institute of Advanced Technology", "CN", ""),
    (EL, "Shanghai Supercomputing Technology Co., Ltd.", "CN", ""),
    (EL, "Guangzhou Biren Integrated Circuit Co., Ltd.", "CN", ""),
    (EL, "Hangzhou Biren Technology Development Co., Ltd.", "CN", ""),
    (EL, "Zhuhai Biren Integrated Circuit Co., Ltd.", "CN", ""),
    (EL, "Moore Thread Intelligent Technology (Chengdu) Co., Ltd.", "CN", ""),
    (EL, "Moore Thread Intelligent Technology (Shanghai) Co., Ltd.", "CN", ""),
    (EL, "Piotech Inc.", "CN", "Piotech; Tuojing Technology; Shenyang Tuojing"),
    (EL, "SwaySure Technology Co., Ltd.", "CN", "Shenzhen Shuangxu Technology"),
    (EL, "Naura Microelectronics Equipment Co., Ltd.", "CN", "Beijing Naura Microelectronics"),
    (EL, "Qingdao Sophgo Technology Co., Ltd.", "CN", ""),
    (EL, "Xiamen Sophgo Technologies Limited", "CN", ""),
    (EL, "PowerAir Pte. Ltd.", "SG", ""),
    (EL, "Wuhan Suanneng Technology Co., Ltd.", "CN", ""),
    (EL, "Beijing Zhipu Future Technology Co., Ltd.", "CN", ""),
    (EL, "Shanghai Zhipu Huanyu Technology Co., Ltd.", "CN", ""),
    (EL, "HiSilicon Optoelectronics Co., Ltd.", "CN", ""),
    (EL, "Cambricon Technologies (Hong Kong) Co., Ltd.", "HK", ""),
    (EL, "Yangtze Memory Technologies (Japan) Inc.", "JP", ""),
    (EL, "SMIC Holdings Limited", "CN", ""),
    (EL, "Arrow Electronics (Hong Kong) Co., Ltd.", "HK; CN", ""),
    (EL, "Inspur Software Co., Ltd.", "CN", ""),
    (EL, "Suma-USI Electronics Co., Ltd.", "CN", ""),
    (EL, "Chengdu Haiguang Microelectronics Technology", "CN", ""),
    (EL, "Tianjin Haiguang Advanced Technology Investment Co., Ltd.", "CN", ""),
    (MEU, "Government Flying Service", "HK", ""),
    (MEU, "Aero Engine Corporation of China", "CN", "AECC"),
    (MEU, "China Aviation Industry General Aircraft", "CN", "CAIGA"),
    (SDN, "Rosoboronexport", "RU", "Rosoboroneksport; Rosoboronexport OAO"),
    (SDN, "Tactical Missiles Corporation JSC", "RU", "KTRV; Korporatsiya Takticheskoe Raketnoe Vooruzhenie"),
    (SDN, "Kalashnikov Concern", "RU", "Kontsern Kalashnikov"),
    (SDN, "Almaz-Antey Air and Space Defence Corporation", "RU", "Almaz-Antey; Kontsern VKO Almaz-Antei"),
    (SDN, "Angstrem OAO", "RU", "Angstrem"),
    (SDN, "Baikal Electronics JSC", "RU", "Baikal Elektroniks"),
    (SDN, "Moscow Center of SPARC Technologies", "RU", "MCST"),
    (SDN, "Mikron JSC", "RU", "AO Mikron; Mikron Group"),
    (SDN, "T-Platforms", "RU", "T Platforms; Ti-Platforms"),
    (SDN, "Sberbank of Russia", "RU", "Sberbank"),
    (SDN, "VTB Bank PJSC", "RU", "Bank VTB"),
    (SDN, "Shchukin Aleksandr Ivanovich", "RU", ""),
    (SDN, "Islamic Revolutionary Guard Corps", "IR", "IRGC; Sepah-e Pasdaran"),
    (SDN, "Shahid Hemmat Industrial Group", "IR", "SHIG"),
    (SDN, "Mahan Air", "IR", "Mahan Airlines"),
    (SDN, "Korea Mining Development Trading Corporation", "KP", "KOMID"),
    (SDN, "Bank of Kunlun Co., Ltd.", "CN", "Kunlun Bank"),
]

with open("eval-list.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["_id", "source", "name", "addresses", "federal_register_notice", "start_date", "license_requirement",
                "license_policy", "alt_names"])
    for i, (source, name, cc, alts) in enumerate(ROWS, 1):
        req = "For all items subject to the EAR" if source == EL else ""
        pol = "Presumption of denial" if source == EL else ""
        w.writerow([f"eval-{i}", source, name, cc, "", "2020-01-01", req, pol, alts])
