"""`fazhi review …` is the engine's own command line (fazhi/review/cli.py), passed through as is."""

from fazhi.cli import PASSTHROUGH_COMMANDS


def _review(argv):
    from .cli import main

    return main(argv)


PASSTHROUGH_COMMANDS["review"] = ("审阅法治政府建设年度报告：fazhi review 文件或目录… [--corpus 目录] [--format json|text|html]", _review)
