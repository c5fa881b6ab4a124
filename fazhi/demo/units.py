"""The real unit tree of the five seed reports (issue 2 item 9).

行政区划代码 are given where they are well known (province, city and county level); township
codes are left blank rather than guessed. Villages are placeholders, named as such, because the
seeds do not name them.
"""

# (name, short_name, level, code, children)
TREE = [
    ("重庆市", "重庆市", "province", "500000", [
        ("重庆市渝北区", "渝北区", "county", "500112", [
            ("重庆市渝北区大湾镇人民政府", "大湾镇", "township", "", "villages:3"),
            ("重庆市渝北区司法局", "渝北区司法局", "department", "", []),
        ]),
        ("重庆市丰都县", "丰都县", "county", "500230", [
            ("丰都县龙河镇人民政府", "龙河镇", "township", "", "villages:3"),
            ("丰都县司法局", "丰都县司法局", "department", "", []),
        ]),
        ("重庆市合川区", "合川区", "county", "500117", [
            ("重庆市合川区古楼镇人民政府", "古楼镇", "township", "", "villages:3"),
            ("重庆市合川区司法局", "合川区司法局", "department", "", []),
        ]),
        ("重庆市武隆区", "武隆区", "county", "500156", [
            ("武隆区凤山街道办事处", "凤山街道", "township", "", "villages:2"),
            ("武隆区芙蓉街道办事处", "芙蓉街道", "township", "", "villages:2"),
            ("武隆区仙女山街道办事处", "仙女山街道", "township", "", "villages:2"),
            ("武隆区白马镇人民政府", "白马镇", "township", "", "villages:2"),
            ("武隆区江口镇人民政府", "江口镇", "township", "", "villages:2"),
            ("武隆区火炉镇人民政府", "火炉镇", "township", "", "villages:2"),
            ("武隆区羊角镇人民政府", "羊角镇", "township", "", "villages:2"),
            ("武隆区双河镇人民政府", "双河镇", "township", "", "villages:2"),
            ("武隆区司法局", "武隆区司法局", "department", "", []),
        ]),
    ]),
    ("广东省", "广东省", "province", "440000", [
        ("湛江市", "湛江市", "city", "440800", [
            ("遂溪县", "遂溪县", "county", "440823", [
                ("遂溪县遂城镇人民政府", "遂城镇", "township", "", "villages:3"),
                ("遂溪县司法局", "遂溪县司法局", "department", "", []),
            ]),
        ]),
    ]),
]

# Demo users: (username, unit short name, roles, description)
USERS = [
    ("dawan_operator", "大湾镇", ["operator"], "大湾镇经办人"),
    ("dawan_leader", "大湾镇", ["leader"], "大湾镇负责人"),
    ("dawan_legal_reviewer", "大湾镇", ["legal_reviewer"], "大湾镇法制审核员"),
    ("longhe_operator", "龙河镇", ["operator"], "龙河镇经办人"),
    ("longhe_leader", "龙河镇", ["leader"], "龙河镇负责人"),
    ("gulou_operator", "古楼镇", ["operator"], "古楼镇经办人"),
    ("gulou_leader", "古楼镇", ["leader"], "古楼镇负责人"),
    ("suicheng_operator", "遂城镇", ["operator"], "遂城镇经办人"),
    ("suicheng_leader", "遂城镇", ["leader"], "遂城镇负责人"),
    ("baima_operator", "白马镇", ["operator"], "白马镇经办人"),
    ("yubei_inspector", "渝北区", ["inspector"], "渝北区依法治区办督察员"),
    ("yubei_operator", "渝北区", ["operator"], "渝北区经办人"),
    ("yubei_legal_reviewer", "渝北区司法局", ["legal_reviewer"], "渝北区司法局法制审核员（为乡镇审核规范性文件）"),
    ("fengdu_inspector", "丰都县", ["inspector"], "丰都县依法治县办督察员"),
    ("hechuan_inspector", "合川区", ["inspector"], "合川区依法治区办督察员"),
    ("wulong_inspector", "武隆区", ["inspector"], "武隆区依法治区办督察员"),
    ("wulong_operator", "武隆区", ["operator"], "武隆区经办人"),
    ("wulong_leader", "武隆区", ["leader"], "武隆区负责人"),
    ("wulong_legal_reviewer", "武隆区司法局", ["legal_reviewer"], "武隆区司法局法制审核员"),
    ("hechuan_legal_reviewer", "合川区司法局", ["legal_reviewer"], "合川区司法局法制审核员（为乡镇审核）"),
    ("suixi_legal_reviewer", "遂溪县司法局", ["legal_reviewer"], "遂溪县司法局法制审核员（为乡镇审核）"),
    ("fengdu_legal_reviewer", "丰都县司法局", ["legal_reviewer"], "丰都县司法局法制审核员（为乡镇审核）"),
    ("suixi_inspector", "遂溪县", ["inspector"], "遂溪县依法治县办督察员"),
    ("chongqing_inspector", "重庆市", ["inspector"], "重庆市依法治市办督察员"),
    ("admin", None, ["admin"], "系统管理员（可进入系统管理）"),
]
