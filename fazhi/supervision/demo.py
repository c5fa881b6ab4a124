"""Demo records of 督察与考核: 武隆区 2020 as in seed 003 (claims s003-011/012/013; see claims_map.yaml).

Seed 003: “7月，区政府办公室印发了《2020年全区法治政府建设工作要点》，安排部署了21项工作任务。8月，区委全面依法治区
委员会办公室对26个街道办事处和乡镇人民政府，以及50余个区政府部门和相关单位开展了法治政府建设工作督导督查，65项督查
任务基本得到落实；9月，又对40余个部门和单位，开展了法治政府建设自查评估工作，108项指标得到全面落实。”

The demo unit tree has 8 of 武隆区's 26 乡镇街道 and one department, so the missing 18 townships and 51
departments are added as placeholders named “武隆区示例乡镇N（演示）”/“武隆区示例部门N（演示）” (like the
villages “<镇>示例村N（演示）”). Task and checklist texts are not in the seed: they are written from the
report's own headings and marked （演示）. The 108 indicators: the shipped system (18 items) plus 90
placeholder items, imported through the Excel import as 武隆区's own version. “基本得到落实”/“全面落实”
give no counts, so the demo leaves some problems open and some self-reports unreviewed — the figures
reproduced are the counts (21, 26, 50余, 65, 40余, 108), not those qualitative words.
"""

from __future__ import annotations

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import load_workbook

from fazhi.core.services import record_create
from fazhi.core.workflow import perform
from fazhi.org.services import unit_get_or_create

from .models import Assessment, Finding, Inspection, InspectionItem, SelfReport, Task, TaskReport, WorkPlan
from .services.assessments import self_report_create
from .services.inspections import finding_create
from .services.plans import task_report_create
from .services.systems import system_import, system_load_builtin, system_workbook

TOWNSHIPS = ["凤山街道", "芙蓉街道", "仙女山街道", "白马镇", "江口镇", "火炉镇", "羊角镇", "双河镇"]
EXTRA_TOWNSHIPS = 18   # 26 in the seed, 8 in the demo tree
EXTRA_DEPARTMENTS = 51  # “50余”: 武隆区司法局 + 51 = 52
SELF_EVALUATED = 41    # “40余”: 武隆区司法局 + 41 = 42
CHECKLIST_ITEMS = 65
PLACEHOLDER_INDICATORS = 90  # 18 shipped + 90 = 108

TASKS = [  # (task, basis, lead) — written from the headings of seed 003, marked 演示
    ("党政主要负责人履行推进法治建设第一责任人职责，年终述法", "党政主要负责人履行推进法治建设第一责任人职责规定", "武隆区"),
    ("调整充实区委全面依法治区委员会及协调小组", "区委全面依法治区委员会工作规则", "武隆区"),
    ("深化行政审批制度改革，公布行政审批目录清单", "法治政府建设实施纲要", "武隆区示例部门1（演示）"),
    ("动态管理权责清单、负面清单", "权责清单管理办法", "武隆区示例部门2（演示）"),
    ("完善乡镇（街道）“三定”规定，明确部门与乡镇职责划分", "机构编制管理规定", "武隆区示例部门3（演示）"),
    ("推行部门联合“双随机、一公开”监管", "国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见", "武隆区示例部门4（演示）"),
    ("清理涉企规范性文件和政策措施，优化法治化营商环境", "优化营商环境条例", "武隆区司法局"),
    ("加强行政规范性文件合法性审核，按时报送备案", "国办发〔2018〕115号、37号", "武隆区司法局"),
    ("开展行政规范性文件清理", "国办发〔2018〕37号", "武隆区司法局"),
    ("严格执行重大行政决策程序，公开年度决策事项目录", "重大行政决策程序暂行条例", "武隆区示例部门5（演示）"),
    ("重大项目和重大决策开展社会稳定风险评估", "重大行政决策程序暂行条例第二十二条", "武隆区示例部门6（演示）"),
    ("推进综合行政执法改革，乡镇组建综合行政执法机构", "深化综合行政执法改革的指导意见", "武隆区示例部门7（演示）"),
    ("全面推行行政执法三项制度", "国办发〔2018〕118号", "武隆区司法局"),
    ("开展行政执法人员通用法律知识培训和执法证件管理", "行政执法证件管理办法", "武隆区司法局"),
    ("自觉接受人大、政协、司法监督，办好建议提案", "法治政府建设实施纲要", "武隆区示例部门8（演示）"),
    ("行政机关负责人出庭应诉，履行生效判决", "行政诉讼法第三条第三款", "武隆区司法局"),
    ("加强审计监督，落实审计整改", "审计法", "武隆区示例部门9（演示）"),
    ("健全矛盾纠纷多元化解机制", "人民调解法", "白马镇"),
    ("依法办理行政复议案件", "行政复议法", "武隆区司法局"),
    ("落实“谁执法谁普法”，开展宪法宣传周等普法活动", "“八五”普法规划", "武隆区司法局"),
    ("将法治教育纳入干部教育培训必修课", "法治政府建设实施纲要", "武隆区示例部门10（演示）"),
]
CHECK_TOPICS = ["第一责任人职责落实", "法治建设议事协调机构运行", "权责清单公布与调整", "规范性文件合法性审核",
                "规范性文件备案", "重大行政决策程序", "行政执法公示", "执法全过程记录", "重大执法决定法制审核",
                "执法人员持证上岗", "政务公开与依申请公开", "矛盾纠纷排查化解", "普法责任制落实"]
CHECK_ASPECTS = ["制度建立", "台账资料", "工作落实", "公开公示", "问题整改"]


def _file(name: str, text: str):
    return SimpleUploadedFile(name, text.encode("utf-8"), content_type="text/plain")


def _clerk(ctx, short):
    """The unit's demo clerk (白马镇 and 武隆区 have one); other units' records are kept by the administrator."""
    return ctx.user({"白马镇": "baima_operator", "武隆区": "wulong_operator"}.get(short, "admin"))


def _units(ctx):
    district = ctx.unit("武隆区")
    towns = [ctx.unit(s) for s in TOWNSHIPS]
    for i in range(1, EXTRA_TOWNSHIPS + 1):
        name = f"武隆区示例乡镇{i}（演示）"
        towns.append(unit_get_or_create(name=name, short_name=name, level="township", parent=district))
    depts = [ctx.unit("武隆区司法局")]
    for i in range(1, EXTRA_DEPARTMENTS + 1):
        name = f"武隆区示例部门{i}（演示）"
        depts.append(unit_get_or_create(name=name, short_name=name, level="department", parent=district))
    ctx.units.update({u.short_name: u for u in towns + depts})
    return towns, depts


def _plan(ctx):
    op = ctx.user("wulong_operator")
    plan = record_create(ledger=WorkPlan.ledger(), user=op, data={
        "year": 2020, "title": "2020年全区法治政府建设工作要点", "issued_on": "2020-07-10",
        "note": "区政府办公室印发，安排部署21项工作任务（seed 003）。任务文本据报告各部分整理（演示）。"})
    tasks = []
    for n, (content, basis, lead) in enumerate(TASKS, start=1):
        tasks.append(record_create(ledger=Task.ledger(), user=op, data={
            "plan": plan.pk, "number": n, "content": f"{content}（演示）", "basis": basis, "lead_unit": ctx.unit(lead).pk,
            "co_units": [ctx.unit("武隆区司法局").pk] if lead != "武隆区司法局" else [],
            "due_on": "2020-11-30" if n % 7 else "2020-12-31", "expected_output": "工作总结及相关制度文件"}))
    for task, (_, _, lead) in zip(tasks, TASKS):
        if task.number in (11, 17):  # two tasks left without a 已完成 report: they show as overdue on both sides
            status, text = "ongoing", "正在推进，部分项目评估报告尚未备案（演示）"
        else:
            status, text = "done", "已按工作要点完成（演示）"
        task_report_create(ledger=TaskReport.ledger(), user=_clerk(ctx, lead), unit=ctx.unit(lead), data={
            "task": task.pk, "reported_on": "2020-11-20", "status": status, "progress": text},
            files={"evidence_file": _file(f"任务{task.number}进展材料（演示）.txt", text)})
    return plan


def _inspection(ctx, plan, towns, depts):
    inspector = ctx.user("wulong_inspector")
    insp = record_create(ledger=Inspection.ledger(), user=inspector, data={
        "source": "own", "title": "2020年法治政府建设工作督导督查", "year": 2020, "start_on": "2020-08-03",
        "end_on": "2020-08-28", "inspectors": "区委全面依法治区委员会办公室督查组（演示）", "plan": plan.pk,
        "topics": "对照《2020年全区法治政府建设工作要点》逐项督查（seed 003）",
        "scope_units": [u.pk for u in towns + depts]})
    for n in range(1, CHECKLIST_ITEMS + 1):
        topic = CHECK_TOPICS[(n - 1) // len(CHECK_ASPECTS) % len(CHECK_TOPICS)]
        aspect = CHECK_ASPECTS[(n - 1) % len(CHECK_ASPECTS)]
        record_create(ledger=InspectionItem.ledger(), user=inspector, data={
            "inspection": insp.pk, "number": n, "content": f"{topic}：{aspect}（演示）"})
    return insp


def _finding(ctx, insp, unit_short, description, due="2020-09-30", category="records"):
    return finding_create(ledger=Finding.ledger(), user=ctx.user("wulong_inspector"), data={
        "inspection": insp.pk, "responsible_unit": ctx.unit(unit_short).pk, "category": category,
        "description": f"{description}（演示）", "requirement": "立行立改，按期报送整改情况及佐证材料",
        "found_on": "2020-08-20", "due_on": due})


def _rectify(ctx, f, unit_short, on, text):
    perform(obj=f, name="submit", user=_clerk(ctx, unit_short), data={"measures": f"{text}（演示）", "completed_on": on},
            files={"evidence_file": _file("整改佐证（演示）.txt", text)})


def _recheck(ctx, f, name, on, comment=""):
    perform(obj=f, name=name, user=ctx.user("wulong_inspector"), data={"reviewed_on": on, "comment": comment})


def _findings(ctx, insp):
    f = _finding(ctx, insp, "白马镇", "矛盾纠纷排查台账未按月登记")
    _rectify(ctx, f, "白马镇", "2020-09-10", "补登7、8月排查台账")
    _recheck(ctx, f, "send_back", "2020-09-15", "台账仍缺调解回访记录")
    _rectify(ctx, f, "白马镇", "2020-09-25", "补齐调解回访记录，建立月排查制度")
    _recheck(ctx, f, "accept", "2020-09-28", "整改到位，同意销号")
    f = _finding(ctx, insp, "凤山街道", "行政执法公示信息更新不及时", category="enforcement")
    _rectify(ctx, f, "凤山街道", "2020-09-20", "更新执法公示栏目，明确专人维护")
    f = _finding(ctx, insp, "武隆区司法局", "规范性文件合法性审核台账要素不全", category="procedure")
    _rectify(ctx, f, "武隆区司法局", "2020-09-05", "按国办发〔2018〕115号完善审核台账")
    _recheck(ctx, f, "accept", "2020-09-08", "同意销号")
    f = _finding(ctx, insp, "武隆区示例部门1（演示）", "权责清单调整后未及时公布")
    _rectify(ctx, f, "武隆区示例部门1（演示）", "2020-10-12", "已在政府网站公布调整后的清单")
    _recheck(ctx, f, "accept", "2020-10-15", "逾期完成，同意销号")
    _finding(ctx, insp, "江口镇", "第一责任人述法未列入年终述职", category="duty")
    _finding(ctx, insp, "火炉镇", "普法责任清单未公布", due="2020-10-31")


def _from_above(ctx):
    """One problem raised from above (市委依法治市办 督察反馈, demo text), rectified by 武隆区 itself."""
    inspector = ctx.user("wulong_inspector")
    insp = record_create(ledger=Inspection.ledger(), user=inspector, data={
        "source": "city", "title": "市委依法治市办2020年法治政府建设督察反馈", "year": 2020, "start_on": "2020-10-15",
        "doc_no": "（演示）", "scope_units": [ctx.unit("武隆区").pk],
        "topics": "督察反馈问题由区委依法治区办登记、区政府办公室整改，上级验收意见由区委依法治区办录入（演示）"})
    f = finding_create(ledger=Finding.ledger(), user=inspector, data={
        "inspection": insp.pk, "responsible_unit": ctx.unit("武隆区").pk, "category": "procedure",
        "description": "部分行政规范性文件未在规定时限内报送备案（演示）", "requirement": "全面自查报备情况，建立报备时限提醒",
        "found_on": "2020-10-15", "due_on": "2020-12-15"})
    _rectify(ctx, f, "武隆区", "2020-12-01", "逐件自查报备情况，补报并建立报备时限提醒")
    _recheck(ctx, f, "accept", "2020-12-10", "市委依法治市办复核同意销号（演示）")


def _local_system(ctx):
    """武隆区's 108-item version: the shipped 19 items plus 89 placeholders, through the Excel import."""
    inspector = ctx.user("wulong_inspector")
    builtin = system_load_builtin(user=inspector)
    wb = load_workbook(io.BytesIO(system_workbook(builtin)))
    ws = wb["指标体系"]
    ws.append([1, "九", None, "武隆区自查评估补充指标（演示占位：原108项指标清单未公开）", None, None, None, None, None, None,
               None, "是"])
    ws.append([2, "9.1", "九", "补充指标（演示占位）", None, None, None, None, None, None, None, "是"])
    for i in range(1, PLACEHOLDER_INDICATORS + 1):
        ws.append([3, f"W{i}", "9.1", f"武隆区自查评估指标第{18 + i}项（演示占位）", 1, None, "自评+督察员评分", None,
                   "督察员评分", None, None, "是"])
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    result = system_import(user=inspector, fileobj=buf, name="武隆区2020年法治政府建设自查评估指标（演示）", version="2020年",
                           year=2020, source="在内置示范指标体系上补充占位指标至108项（seed 003），指标原文未公开。",
                           previous=builtin)
    if not result.ok:
        raise RuntimeError(result.summary() + "；".join(str(e) for e in result.errors))
    return builtin, result.system


def _self_evaluation(ctx, system, depts):
    inspector = ctx.user("wulong_inspector")
    scope = depts[: SELF_EVALUATED + 1]
    a = record_create(ledger=Assessment.ledger(), user=inspector, data={
        "title": "2020年法治政府建设自查评估", "kind": "self_evaluation", "year": 2020, "system": system.pk,
        "start_on": "2020-09-01", "report_due": "2020-09-30", "scope_units": [u.pk for u in scope]})
    perform(obj=a, name="launch", user=inspector, data={})
    manual = list(system.nodes.filter(level=3, method="manual", is_placeholder=False).order_by("order"))
    for k, unit in enumerate(scope[:6]):
        for j, node in enumerate(manual):
            report = self_report_create(ledger=SelfReport.ledger(), user=ctx.user("admin"), unit=unit,
                                        files={"evidence_file": _file("自查材料（演示）.txt", node.title)}, data={
                "assessment": a.pk, "node": node.pk, "statement": "已落实（演示）", "self_score": str(node.points)})
            if (k + j) % 4 == 0:
                continue  # left unreviewed: shown as 自评未审核, never ranked
            if (k + j) % 7 == 0:
                perform(obj=report, name="send_back", user=inspector, data={"comment": "佐证材料不能证明落实情况（演示）"})
                continue
            perform(obj=report, name="grade", user=inspector, data={
                "score": str(node.points - (1 if (k + j) % 3 == 0 else 0)), "comment": "据佐证材料评定（演示）"})
    return a


def _township_assessment(ctx, builtin, towns):
    """A 考核评价 of the 8 real townships on the shipped system: the computed items rank them from the records."""
    inspector = ctx.user("wulong_inspector")
    a = record_create(ledger=Assessment.ledger(), user=inspector, data={
        "title": "2020年度乡镇（街道）法治政府建设考核（演示）", "kind": "assessment", "year": 2020, "system": builtin.pk,
        "start_on": "2020-12-01", "report_due": "2020-12-25", "scope_units": [u.pk for u in towns[:8]]})
    perform(obj=a, name="launch", user=inspector, data={})
    node = builtin.nodes.get(level=3, code="P11")
    report = self_report_create(ledger=SelfReport.ledger(), user=ctx.user("baima_operator"), unit=ctx.unit("白马镇"),
                                files={"evidence_file": _file("述职述法材料（演示）.txt", "镇长年终述职述法")}, data={
        "assessment": a.pk, "node": node.pk, "statement": "镇党委书记、镇长在年终述职中报告履行法治建设第一责任人职责情况（演示）",
        "self_score": "5"})
    perform(obj=report, name="grade", user=inspector, data={"score": "4", "comment": "述法内容较简略（演示）"})
    return a


def load(ctx):
    if ctx.once("supervision.wulong_2020"):
        towns, depts = _units(ctx)
        plan = _plan(ctx)
        insp = _inspection(ctx, plan, towns, depts)
        _findings(ctx, insp)
        _from_above(ctx)
        builtin, local = _local_system(ctx)
        _self_evaluation(ctx, local, depts)
        _township_assessment(ctx, builtin, towns)

