"""``fazhi review``: review annual reports from the command line.

    fazhi review PATH... [--corpus DIR] [--unit U --level L --year Y]
                 [--format json|text|html] [--print-text] [--output FILE]

Exit status: 0 when every file was reviewed (whatever was found), 1 when some file could not be
read (the others are still reviewed and reported), 2 for a usage error, 3 for an internal error.
Messages are Chinese and never a traceback.
"""

from __future__ import annotations

import argparse
import logging
import re
import sys
from pathlib import Path

from .engine import ReadError, prepare_text, read_path, review_paths
from .engine.readers import expand
from .render import render_html, render_json, render_text

EXIT_OK, EXIT_UNREADABLE, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3
LEVELS = ("province", "city", "county", "township", "department", "street")

_ARGPARSE_MESSAGES = [
    (r"the following arguments are required: (.*)", "缺少必需的参数：{0}"),
    (r"argument (\S+): invalid int value: '(.*)'", "参数 {0} 需要整数，收到的是“{1}”"),
    (r"argument (\S+): invalid choice: '(.*)' \(choose from (.*)\)", "参数 {0} 的取值“{1}”无效，可选：{2}"),
    (r"argument (\S+): expected one argument", "参数 {0} 后面需要一个值"),
    (r"unrecognized arguments: (.*)", "无法识别的参数：{0}"),
]


class _ChineseFormatter(argparse.RawDescriptionHelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        super().add_usage(usage, actions, groups, prefix="用法：")


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # argparse's own messages are English; the inspector reads Chinese
        for pattern, chinese in _ARGPARSE_MESSAGES:
            m = re.fullmatch(pattern, message)
            if m:
                message = chinese.format(*m.groups())
                break
        else:
            message = f"参数错误：{message}"
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}：{message}\n")
        raise SystemExit(EXIT_USAGE)


def build_parser(prog: str = "fazhi review") -> argparse.ArgumentParser:
    parser = _Parser(
        prog=prog,
        add_help=False,
        formatter_class=_ChineseFormatter,
        description="审阅法治政府建设年度报告：法定部分、层级与地名用语、年份、过时引用、偏题段落、数字、雷同段落和前后矛盾。",
        epilog=(
            "示例：\n"
            "  fazhi review 报告/大湾镇2020.docx\n"
            "  fazhi review 收到的报告/ --corpus 往年报告/ --format html --output 审阅结果.html\n"
            "  fazhi review 报告.txt --level township --year 2020 --format json\n"
            "退出码：0 全部审阅完成；1 有文件无法读取（其余文件照常审阅）；2 参数错误；3 内部错误。"
        ),
    )
    parser._positionals.title = "位置参数"
    parser._optionals.title = "选项"
    parser.add_argument("-h", "--help", action="help", help="显示本帮助并退出")
    parser.add_argument("paths", nargs="+", metavar="路径", help="要审阅的报告文件或文件夹（.txt、.docx、.pdf、.html）")
    parser.add_argument("--corpus", action="append", default=[], metavar="目录",
                        help="参考语料（其他单位或往年的报告）所在的文件夹或文件，用于查找雷同段落；可多次指定")
    parser.add_argument("--unit", metavar="单位", help="报告单位名称，覆盖从报告中识别的结果")
    parser.add_argument("--level", choices=LEVELS, metavar="层级",
                        help="报告单位层级：province 省、city 市、county 区县、township 乡镇、department 部门、street 街道")
    parser.add_argument("--year", type=int, metavar="年度", help="报告年度，覆盖从报告中识别的结果")
    parser.add_argument("--format", choices=("json", "text", "html"), default="text", metavar="格式",
                        help="输出格式：text（默认）、json 或 html")
    parser.add_argument("--print-text", action="store_true",
                        help="只输出规范化后的正文（带行号，审阅结果中的行号即指这份正文），不做审阅")
    parser.add_argument("--output", "-o", metavar="文件", help="把结果写入文件，而不是标准输出")
    parser.add_argument("--quiet", "-q", action="store_true", help="不显示进度条")
    return parser


def main(argv: list[str] | None = None, *, prog: str = "fazhi review") -> int:
    """Run ``fazhi review`` with ``argv`` (without the program and subcommand names)."""
    try:
        args = build_parser(prog).parse_args(sys.argv[1:] if argv is None else argv)
    except SystemExit as exc:  # --help, or a usage error already explained on stderr
        return int(exc.code or 0)
    logging.basicConfig(level=logging.WARNING, format="%(message)s", stream=sys.stderr)
    try:
        if args.print_text:
            return _print_text(args)
        return _review(args)
    except KeyboardInterrupt:
        sys.stderr.write("已中断。\n")
        return EXIT_INTERNAL
    except OSError as exc:
        sys.stderr.write(f"无法写出结果：{exc.strerror or exc}\n")
        return EXIT_INTERNAL
    except Exception as exc:  # the inspector gets a message, never a traceback
        logging.getLogger(__name__).debug("internal error", exc_info=True)
        sys.stderr.write(f"内部错误：{type(exc).__name__}：{exc}。请把这条信息和出错的文件交给系统管理员。\n")
        return EXIT_INTERNAL


def _emit(text: str, output: str | None) -> None:
    if output:
        Path(output).write_text(text + ("" if text.endswith("\n") else "\n"), encoding="utf-8")
    else:
        sys.stdout.write(text + ("" if text.endswith("\n") else "\n"))


def _print_text(args) -> int:
    status = EXIT_OK
    chunks = []
    for path in expand(args.paths):
        try:
            source = read_path(path)
        except ReadError as exc:
            sys.stderr.write(f"{path}：{exc}\n")
            status = EXIT_UNREADABLE
            continue
        doc = prepare_text(source.text, name=str(path))
        width = len(str(len(doc.lines)))
        chunks.append(f"== {path} ==\n" + "\n".join(f"{i:>{width}}  {line}" for i, line in enumerate(doc.lines, 1)))
    _emit("\n\n".join(chunks), args.output)
    return status


def _review(args) -> int:
    files = expand(args.paths)
    if not files:
        sys.stderr.write("没有找到可以审阅的文件（支持 .txt、.docx、.pdf、.html）。\n")
        return EXIT_UNREADABLE
    show_progress = not args.quiet and len(files) > 1
    if show_progress:
        result = _with_progress(args, files)
    else:
        result = _run(args, files, None)
    status = EXIT_OK
    for doc in result["documents"]:
        if doc.get("error"):
            sys.stderr.write(f"{doc['path']}：{doc['error']}\n")
            status = EXIT_UNREADABLE
    if args.format == "json":
        _emit(render_json(result), args.output)
    elif args.format == "html":
        _emit(render_html(result), args.output)
    else:
        _emit(render_text(result), args.output)
    reviewed = sum(1 for d in result["documents"] if not d.get("error"))
    if status != EXIT_OK:
        sys.stderr.write(f"已审阅 {reviewed} 个文件，{len(result['documents']) - reviewed} 个无法读取。\n")
    return status


def _run(args, files, progress):
    return review_paths(
        files,
        corpus=args.corpus,
        unit=args.unit,
        level=args.level,
        year=args.year,
        progress=progress,
        with_text=args.format == "html",
    )


def _with_progress(args, files):
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    with Progress(
        TextColumn("[bold]审阅报告"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        TextColumn("{task.fields[name]}"), console=console, transient=True,
    ) as bar:
        task = bar.add_task("review", total=None, name="")

        def progress(done: int, total: int, path: str) -> None:
            bar.update(task, completed=done, total=total, name=Path(path).name)

        return _run(args, files, progress)


if __name__ == "__main__":
    sys.exit(main())
