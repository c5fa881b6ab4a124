"""``fazhi report build --unit 大湾镇 --year 2020 --format docx --output 大湾镇2020.docx``."""

from __future__ import annotations

from pathlib import Path

from fazhi.cli import EXTRA_COMMANDS, CliError

from .render import FORMATS


def configure(p) -> None:
    sub = p.add_subparsers(dest="report_command", metavar="子命令")
    b = sub.add_parser("build", help="生成年度报告文件（已有报告用其正文；没有则按台账即时起草，不保存）")
    b.add_argument("--unit", required=True, help="单位简称、全称或行政区划代码")
    b.add_argument("--year", type=int, required=True, help="报告年度")
    b.add_argument("--format", choices=list(FORMATS), default="docx")
    b.add_argument("--output", "-o", help="输出文件（默认：单位+年度+扩展名）")
    b.add_argument("--rollup", action=argparse_bool(), default=None,
                   help="即时起草时是否汇总下级单位（默认：区县汇总，乡镇不汇总）")


def argparse_bool():
    import argparse

    return argparse.BooleanOptionalAction


def document_for(unit, year: int, rollup: bool | None = None) -> dict:
    """The saved report's document, or a draft built on the fly (nothing is written to the database)."""
    from fazhi.indicators.selectors import default_rollup

    from .document import build, report_document
    from .drafting import draft
    from .models import AnnualReport

    report = AnnualReport.objects.live().filter(unit=unit, year=year).first()
    if report is not None:
        return report_document(report)
    rollup = default_rollup(unit) if rollup is None else rollup
    d = draft(unit, year, rollup)
    from fazhi.deadlines.services import today

    return build(unit=unit, year=year, rollup=rollup, sections=d.sections, meta={"signed_on": today()},
                 values=d.values, table=default_rollup(unit))


def cmd_report(args) -> int:
    from fazhi.indicators.selectors import unit_resolve

    from .render import render

    if getattr(args, "report_command", None) != "build":
        raise CliError("用法：fazhi report build --unit 单位 --year 年度 --format docx|pdf|html|md|json --output 文件")
    unit = unit_resolve(args.unit)
    if unit is None:
        raise CliError(f"单位“{args.unit}”不存在（可用简称、全称或行政区划代码，例如 大湾镇）。")
    doc = document_for(unit, args.year, args.rollup)
    out = Path(args.output or f"{unit.display_name}{args.year}年度法治政府建设情况报告.{FORMATS[args.format][1]}")
    out.write_bytes(render(doc, args.format))
    print(f"已生成 {out}（{doc['title']}；状态：{doc.get('state')}）")
    return 0


EXTRA_COMMANDS.append(("report", "年度报告：fazhi report build --unit 大湾镇 --year 2020 --format docx --output 报告.docx",
                       configure, cmd_report))
