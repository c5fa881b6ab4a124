"""The ``fazhi`` command line. Every error ends in a clear Chinese message and a non-zero exit,
never a traceback (set FAZHI_DEBUG=1 to see one)."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path


class CliError(Exception):
    def __init__(self, message: str, code: int = 2):
        super().__init__(message)
        self.code = code


def _setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "fazhi.settings")
    import django

    django.setup()


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise CliError(f"日期“{text}”无效：应为 YYYY-MM-DD，且是日历上存在的日期（例如 2025-09-30）。") from None


def _user(username: str | None):
    from fazhi.org.models import User

    if not username:
        raise CliError("请用 --user 指定以哪个用户的身份操作（决定可见和可写的单位范围）。")
    user = User.objects.select_related("unit").filter(username=username, is_active=True).first()
    if user is None:
        raise CliError(f"用户“{username}”不存在或已停用。")
    return user


def _ledger(name: str):
    from fazhi.core.ledgers import LEDGERS, get_ledger_by_key

    ledger = get_ledger_by_key(name)
    if ledger is None:
        names = "、".join(f"{k}（{l.label}）" for k, l in sorted(LEDGERS.items()))
        raise CliError(f"没有名为“{name}”的台账。可用台账：{names}")
    return ledger


# ---------------------------------------------------------------- commands

def cmd_serve(args) -> int:
    from django.core.management import call_command
    from waitress import serve

    if not args.no_migrate:
        call_command("migrate", interactive=False, verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    # imported only now: WhiteNoise indexes STATIC_ROOT when the application is built
    from fazhi.wsgi import application
    print(f"fazhi 已启动：http://{args.host}:{args.port}/ （按 Ctrl+C 停止）", flush=True)
    serve(application, host=args.host, port=args.port, threads=args.threads, ident="fazhi")
    return 0


def cmd_migrate(args) -> int:
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=1 if args.verbose else 0)
    from fazhi.deadlines.services import holidays_seed

    years = holidays_seed()
    print(f"数据库已迁移。{'已导入节假日：' + '、'.join(map(str, years)) if years else ''}")
    return 0


def cmd_demo(args) -> int:
    from django.core.management import call_command

    from fazhi.demo.loader import demo_load, demo_logins

    call_command("migrate", interactive=False, verbosity=0)
    summary = demo_load(progress=not args.quiet)
    print(summary)
    print("\n演示账号（密码均为 fazhi-demo）：")
    for username, desc in demo_logins():
        print(f"  {username:<28} {desc}")
    return 0


def cmd_deadline(args) -> int:
    from fazhi.core.errors import FazhiError
    from fazhi.deadlines.services import deadline_compute, rules

    if args.list:
        for r in sorted(rules().values(), key=lambda r: r.id):
            print(f"{r.id:<40} {r.count} {r.unit_label}  {r.name}（{r.statute} {r.article}）")
        return 0
    if not args.rule or not args.start:
        raise CliError("用法：fazhi deadline 规则编号 起算日期，例如 fazhi deadline disclosure.reply 2025-09-26；fazhi deadline --list 列出全部规则。")
    start = _date(args.start)
    excluded = []
    for spec in args.exclude or []:
        parts = spec.split(":", 2)
        if len(parts) < 2:
            raise CliError(f"扣除期间“{spec}”格式应为 开始日:结束日[:原因]。")
        excluded.append((_date(parts[0]), _date(parts[1]), parts[2] if len(parts) > 2 else "扣除期间"))
    try:
        comp = deadline_compute(args.rule, start, excluded=excluded)
    except FazhiError as exc:
        raise CliError(exc.detail) from None
    print(comp.due.isoformat())
    for line in comp.lines:
        print(line)
    return 0


def cmd_createuser(args) -> int:
    from django.core.exceptions import ValidationError

    from fazhi.core.models import ApiToken
    from fazhi.org.models import Unit, User
    from fazhi.org.services import user_create

    unit = None
    if args.unit:
        unit = Unit.objects.filter(name=args.unit).first() or Unit.objects.filter(short_name=args.unit).first() or Unit.objects.filter(code=args.unit).first()
        if unit is None:
            raise CliError(f"单位“{args.unit}”不存在。")
    if User.objects.filter(username=args.username).exists():
        raise CliError(f"用户名“{args.username}”已存在。")
    password = args.password or os.environ.get("FAZHI_PASSWORD")
    if not password:
        import getpass

        password = getpass.getpass("密码：")
    roles = [r.strip() for r in (args.roles or "").split(",") if r.strip()]
    try:
        user = user_create(username=args.username, password=password, unit=unit, roles=roles,
                           full_name=args.name or "", is_superuser=args.superuser)
    except ValidationError as exc:
        raise CliError("；".join(exc.messages)) from None
    print(f"已创建用户 {user.username}（{unit or '全部单位'}；{'、'.join(user.role_labels) or '超级管理员'}）")
    if args.token:
        print(f"API 令牌：{ApiToken.objects.create(user=user, name='命令行创建').key}")
    return 0


def cmd_import(args) -> int:
    from rich.progress import Progress

    from fazhi.core.excel import import_workbook

    ledger = _ledger(args.ledger)
    user = _user(args.user)
    path = Path(args.file)
    if not path.is_file():
        raise CliError(f"找不到文件：{path}")
    with path.open("rb") as fh, Progress(transient=True, disable=not sys.stderr.isatty()) as progress:
        task = progress.add_task("校验中", total=None)
        result = import_workbook(ledger, user, fh, dry_run=args.dry_run,
                                 progress=lambda done, total: progress.update(task, completed=done, total=total))
    for e in result.errors[:200]:
        print(str(e), file=sys.stderr)
    if len(result.errors) > 200:
        print(f"……另有 {len(result.errors) - 200} 处错误未列出。", file=sys.stderr)
    print(result.summary())
    return 0 if result.ok else 1


def cmd_export(args) -> int:
    from fazhi.core.excel import export_workbook
    from fazhi.core.selectors import record_list

    ledger = _ledger(args.ledger)
    user = _user(args.user)
    params = {k: v for k, v in (("year", args.year), ("q", args.q)) if v}
    qs = record_list(ledger=ledger, user=user, params=params).qs
    out = Path(args.output or f"{ledger.label}.xlsx")
    out.write_bytes(export_workbook(ledger, user, qs))
    print(f"已导出 {qs.count()} 条记录到 {out}")
    return 0


def cmd_holidays(args) -> int:
    from fazhi.deadlines.services import holidays_seed

    years = holidays_seed()
    print(f"已从 chinesecalendar 导入：{'、'.join(map(str, years)) or '（无新增年份）'}")
    return 0


def cmd_reminders(args) -> int:
    from fazhi.deadlines.services import reminders_scan

    runs = reminders_scan(_date(args.on) if args.on else None)
    for r in runs:
        print(f"{r.unit}：逾期 {r.overdue}，即将到期 {r.due_soon}")
    print(f"共 {len(runs)} 个单位有到期或逾期事项。")
    return 0


def cmd_manage(args) -> int:
    from django.core.management import execute_from_command_line

    execute_from_command_line(["fazhi manage", *args.rest])
    return 0


# Further subcommands are contributed by apps: (name, help, configure(parser), handler(args)).
EXTRA_COMMANDS: list = []
# Subcommands with a parser of their own receive the raw remaining arguments: name -> (help, handler(argv)).
PASSTHROUGH_COMMANDS: dict = {}


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="fazhi", description="法治政府建设工作平台 命令行")
    sub = p.add_subparsers(dest="command", metavar="命令")

    s = sub.add_parser("serve", help="启动网页服务（waitress）")
    s.add_argument("--host", default=os.environ.get("FAZHI_HOST", "127.0.0.1"))
    s.add_argument("--port", type=int, default=int(os.environ.get("FAZHI_PORT", "8000")))
    s.add_argument("--threads", type=int, default=8)
    s.add_argument("--no-migrate", action="store_true", help="启动前不迁移数据库")
    s.set_defaults(func=cmd_serve)

    s = sub.add_parser("migrate", help="迁移数据库并导入节假日表")
    s.add_argument("--verbose", action="store_true")
    s.set_defaults(func=cmd_migrate)

    s = sub.add_parser("demo", help="载入演示数据（可重复执行）并列出演示账号")
    s.add_argument("--quiet", action="store_true")
    s.set_defaults(func=cmd_demo)

    s = sub.add_parser("deadline", help="计算法定期限：fazhi deadline 规则编号 起算日期")
    s.add_argument("rule", nargs="?")
    s.add_argument("start", nargs="?")
    s.add_argument("--exclude", action="append", metavar="开始:结束[:原因]", help="不计入期限的期间，可重复")
    s.add_argument("--list", action="store_true", help="列出全部期限规则")
    s.set_defaults(func=cmd_deadline)

    s = sub.add_parser("createuser", help="创建用户")
    s.add_argument("username")
    s.add_argument("--unit", help="单位名称、简称或行政区划代码")
    s.add_argument("--roles", help="角色，逗号分隔：operator,leader,legal_reviewer,inspector,admin")
    s.add_argument("--name", help="姓名")
    s.add_argument("--password", help="密码（也可用环境变量 FAZHI_PASSWORD）")
    s.add_argument("--superuser", action="store_true")
    s.add_argument("--token", action="store_true", help="同时生成 API 令牌")
    s.set_defaults(func=cmd_createuser)

    s = sub.add_parser("import", help="从 Excel 导入台账：fazhi import 台账 文件.xlsx --user 用户名 [--dry-run]")
    s.add_argument("ledger")
    s.add_argument("file")
    s.add_argument("--user", default=os.environ.get("FAZHI_USER"))
    s.add_argument("--dry-run", action="store_true", help="只校验，不写入")
    s.set_defaults(func=cmd_import)

    s = sub.add_parser("export", help="导出台账为 Excel：fazhi export 台账 --user 用户名")
    s.add_argument("ledger")
    s.add_argument("--user", default=os.environ.get("FAZHI_USER"))
    s.add_argument("--output", "-o")
    s.add_argument("--year", type=int)
    s.add_argument("--q", help="关键词")
    s.set_defaults(func=cmd_export)

    s = sub.add_parser("holidays", help="从 chinesecalendar 导入节假日表（已有年份不覆盖）")
    s.set_defaults(func=cmd_holidays)

    s = sub.add_parser("reminders", help="立即运行每日到期提醒")
    s.add_argument("--on", help="按哪一天计算（默认今天）")
    s.set_defaults(func=cmd_reminders)

    s = sub.add_parser("manage", help="Django 管理命令（高级）")
    s.add_argument("rest", nargs=argparse.REMAINDER)
    s.set_defaults(func=cmd_manage)

    for name, (help_text, _) in PASSTHROUGH_COMMANDS.items():
        sub.add_parser(name, help=help_text, add_help=False)
    for name, help_text, configure, handler in EXTRA_COMMANDS:
        s = sub.add_parser(name, help=help_text)
        configure(s)
        s.set_defaults(func=handler)
    return p


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        _setup()
        from django.utils.module_loading import autodiscover_modules

        autodiscover_modules("commands_cli")  # apps contribute subcommands in commands_cli.py
        if argv and argv[0] in PASSTHROUGH_COMMANDS:
            return PASSTHROUGH_COMMANDS[argv[0]][1](argv[1:]) or 0
        parser = build_parser()
        args = parser.parse_args(argv)
        if not getattr(args, "func", None):
            parser.print_help()
            return 2
        return args.func(args) or 0
    except CliError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        return 130
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 2
    except Exception as exc:  # the contract: never a traceback for a clerk
        from fazhi.core.errors import FazhiError

        if isinstance(exc, FazhiError):
            print(f"错误：{exc.detail}", file=sys.stderr)
            return 2
        from django.db import DatabaseError

        if isinstance(exc, DatabaseError) and ("no such table" in str(exc) or "does not exist" in str(exc)):
            print("错误：数据库尚未初始化或版本过旧，请先运行 `fazhi migrate`（或 `make run`）。", file=sys.stderr)
            return 2
        if os.environ.get("FAZHI_DEBUG") == "1":
            raise
        print(f"错误：{type(exc).__name__}: {exc}（设置 FAZHI_DEBUG=1 可查看详细信息）", file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(main())
