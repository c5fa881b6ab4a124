"""``fazhi indicators`` (figures of one unit × year) and ``fazhi claims check`` (seed claims vs. ledgers)."""

from __future__ import annotations

import datetime as dt
import json

from fazhi.cli import EXTRA_COMMANDS, CliError


def _unit(text: str):
    from .selectors import unit_resolve

    unit = unit_resolve(text)
    if unit is None:
        raise CliError(f"单位“{text}”不存在（可用简称、全称或行政区划代码，例如 大湾镇）。")
    return unit


def _date(text: str | None):
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise CliError(f"日期“{text}”无效：应为 YYYY-MM-DD。") from None


def _fmt(x) -> str:
    return "—" if x is None else str(x)


def configure_indicators(p) -> None:
    p.add_argument("--unit", required=True, help="单位简称、全称或行政区划代码")
    p.add_argument("--year", type=int, help="年度，例如 2020")
    p.add_argument("--from", dest="start", help="起始日期 YYYY-MM-DD（与 --to 一起按日期区间计算）")
    p.add_argument("--to", dest="end", help="截止日期 YYYY-MM-DD")
    p.add_argument("--rollup", action="store_true", help="汇总全部下级单位（区县 = 本级 + 部门 + 乡镇街道）")
    p.add_argument("--key", action="append", help="只输出这些指标（可重复）")
    p.add_argument("--format", choices=["text", "json"], default="text")


def cmd_indicators(args) -> int:
    from .registry import INDICATORS
    from .selectors import indicator_values

    unit = _unit(args.unit)
    start, end = _date(args.start), _date(args.end)
    if args.year is None and start is None and end is None:
        raise CliError("请用 --year 指定年度，或用 --from/--to 指定日期区间。")
    unknown = [k for k in args.key or [] if k not in INDICATORS]
    if unknown:
        raise CliError(f"没有这些指标：{'、'.join(unknown)}。可用指标：{'、'.join(sorted(INDICATORS))}")
    values = indicator_values(unit, year=args.year, start=start, end=end, rollup=args.rollup,
                              keys=set(args.key) if args.key else None)
    if args.format == "json":
        print(json.dumps({
            "unit": unit.display_name, "year": args.year,
            "indicators": {k: {"name": ind.name, **v.as_dict()} for k, (ind, v) in values.items()},
        }, ensure_ascii=False, indent=2))
        return 0
    scope = "（汇总下级单位）" if args.rollup else "（本级及所属村/社区）"
    period = f"{args.year}年" if args.year else f"{start or '……'} 至 {end or '……'}"
    print(f"{unit.name} {period}{scope}")
    for key, (ind, v) in values.items():
        parts = f"  ({_fmt(v.numerator)}/{_fmt(v.denominator)})" if ind.is_rate else ""
        print(f"  {key:<44} {ind.name}：{_fmt(v.value)}{ind.unit if v.value is not None else ''}{parts}  记录 {len(v.record_ids)} 条")
    return 0


def configure_claims(p) -> None:
    sub = p.add_subparsers(dest="claims_command", metavar="子命令")
    c = sub.add_parser("check", help="用演示数据库计算样本报告中的数字并与原文比对")
    c.add_argument("--format", choices=["text", "json"], default="text")
    c.add_argument("--id", action="append", help="只检查这些编号（可重复）")
    c.add_argument("--verbose", action="store_true", help="JSON 中另附单位、年度、原因和原文")
    c.add_argument("--strict", action="store_true", help="有不符（false）时以状态 1 退出")


def cmd_claims(args) -> int:
    from .claims import claims_check, coverage, mapping_load

    if getattr(args, "claims_command", None) != "check":
        raise CliError("用法：fazhi claims check [--format json]")
    mapping = mapping_load()
    rows = claims_check(ids=set(args.id) if args.id else None, mapping=mapping)
    failed = [r for r in rows if r.match is False]
    if args.format == "json":
        print(json.dumps([r.as_dict(verbose=args.verbose) for r in rows], ensure_ascii=False, indent=2))
        return 1 if (args.strict and failed) else 0
    labels = {True: "符合", False: "不符", "seed_inconsistent": "样本自身不一致"}
    for r in rows:
        scope = f"{r.unit or '?'}{'（汇总）' if r.rollup else ''} {r.year or ''}"
        line = f"{r.id}  {scope:<14} {r.indicator:<40} 原文 {_fmt(r.stated):>10}  计算 {_fmt(r.computed):>10}  {labels[r.match]}"
        print(line + (f"（{r.reason}）" if r.reason else ""))
    cov = coverage(mapping)
    matched = sum(1 for r in rows if r.match is True)
    inconsistent = sum(1 for r in rows if r.match == "seed_inconsistent")
    print(f"\n共 {len(rows)} 项比对：符合 {matched}，不符 {len(failed)}，样本自身不一致 {inconsistent}。")
    print(f"说法共 {cov['claims']} 条：已映射 {cov['mapped']}，注明无法计算 {cov['unmapped']}，尚未处理 {len(cov['open'])}。")
    for problem in mapping.problems:
        print(f"映射文件问题：{problem}")
    return 1 if (args.strict and failed) else 0


EXTRA_COMMANDS.append(("indicators", "计算某单位某年度的全部指标：fazhi indicators --unit 大湾镇 --year 2020 [--rollup] [--format json]",
                       configure_indicators, cmd_indicators))
EXTRA_COMMANDS.append(("claims", "样本报告数字核对：fazhi claims check [--format json]", configure_claims, cmd_claims))
