"""The 年度报告 table layout — UNCONFIRMED (statutes.md §5: rows as reproduced by a third party;
verify against 国办公开办函〔2021〕30号 before freezing). A setting, so an administrator can fix
a row without a code change; the report page says the layout is unconfirmed."""

from fazhi.core.settings_registry import declare_setting

TABLE3_RESULTS = [
    ["（一）予以公开", ["public", "already_public"]],
    ["（二）部分公开（区分处理的，只计这一情形，不计其他情形）", ["partial"]],
    ["（三）不予公开 1.属于国家秘密", ["withheld_secret"]],
    ["（三）不予公开 2.其他法律行政法规禁止公开", ["withheld_law"]],
    ["（三）不予公开 3.危及“三安全一稳定”", ["withheld_security"]],
    ["（三）不予公开 4.保护第三方合法权益", ["withheld_third_party"]],
    ["（三）不予公开 5.属于三类内部事务信息", ["withheld_internal"]],
    ["（三）不予公开 6.属于四类过程性信息", ["withheld_process"]],
    ["（三）不予公开 7.属于行政执法案卷", ["withheld_enforcement"]],
    ["（三）不予公开 8.属于行政查询事项", ["withheld_inquiry"]],
    ["（四）无法提供 1.本机关不掌握相关政府信息", ["unavailable_not_held"]],
    ["（四）无法提供 2.没有现成信息需要另行制作", ["unavailable_create"]],
    ["（四）无法提供 3.补正后申请内容仍不明确", ["unavailable_unclear"]],
    ["（五）不予处理 1.信访举报投诉类申请", ["not_handled_petition"]],
    ["（五）不予处理 2.重复申请", ["not_handled_repeat"]],
    ["（五）不予处理 3.要求提供公开出版物", ["not_handled_publication"]],
    ["（五）不予处理 4.无正当理由大量反复申请", ["not_handled_excessive"]],
    ["（五）不予处理 5.要求行政机关确认或重新出具已获取信息", ["not_handled_confirm"]],
    ["（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", ["other_no_correction"]],
    ["（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", ["other_no_fee"]],
    ["（六）其他处理 3.其他", ["other", "special_channel"]],
]

declare_setting(
    "disclosure.annual_table_layout", "政府信息公开工作年度报告表三“本年度办理结果”的行及其对应的答复类型", TABLE3_RESULTS,
    unconfirmed=True,
    note=("表格格式依国办公开办函〔2021〕30号，statutes.md §5 所据为第三方转载，行的划分（尤其“已主动公开告知获取途径”计入予以公开、"
          "“按特别规定办理”计入其他处理）未经官方原件核对。"),
    source="statutes.md §5",
)
