"""Helpers for the review-engine tests: the seed files and small crafted reports."""

from __future__ import annotations

from pathlib import Path

from fazhi.review.engine.checks import CHECKS
from fazhi.review.engine.context import ReviewContext
from fazhi.review.engine.figures import extract
from fazhi.review.engine.identity import infer
from fazhi.review.engine.review import prepare_text
from fazhi.review.engine.structure import find_parts

REPO = Path(__file__).resolve().parents[3]
SEEDS_DIR = REPO / "tests" / "fixtures" / "seeds"

UNIT = "重庆市渝北区青石镇人民政府"

ACHIEVEMENTS = (
    "（一）依法全面履行政府职能。我镇公布权责清单事项312项，全年办理行政许可事项1200件。",
    "（二）依法化解矛盾纠纷。全镇共排查矛盾纠纷215件，成功调处204件，成功率达95%。",
)
SHORTCOMINGS = (
    "一是执法人员数量不足，主要原因是机构改革后编制调整，现有执法人员仅12名。"
    "二是法治宣传形式单一，原因是缺乏专项经费。",
)
LEADER = ("镇党委书记主持召开党委会专题研究法治建设4次，镇长主持镇政府会议集体学法6次，年终述法2人。",)
NEXT_YEAR = ("一是完成行政执法案卷评查30卷。二是年内举办法治培训4期。",)


def seed_paths() -> list[Path]:
    return sorted(SEEDS_DIR.glob("*.txt"))


def seed(prefix: str) -> Path:
    return next(p for p in seed_paths() if p.name.startswith(prefix))


def report(
    *,
    achievements=ACHIEVEMENTS,
    shortcomings=SHORTCOMINGS,
    leader=LEADER,
    next_year=NEXT_YEAR,
    unit: str = UNIT,
    year: int = 2020,
    addressee: str = "区政府：",
    me: str = "我镇",
) -> str:
    """A small, clean annual report; pass other paragraphs to plant one problem in one part.
    A part given as None is left out."""
    lines = [f"{unit}关于{year}年度法治政府建设情况的报告", addressee,
             f"按照有关规定，现将{me}{year}年度法治政府建设情况报告如下："]
    if achievements is not None:
        lines += [f"一、{year}年推进法治政府建设的主要举措和成效", *achievements]
    if shortcomings is not None:
        lines += [f"二、{year}年推进法治政府建设存在的不足和原因", *shortcomings]
    if leader is not None:
        lines += [f"三、{year}年党政主要负责人履行推进法治建设第一责任人职责情况", *leader]
    if next_year is not None:
        lines += [f"四、{year + 1}年推进法治政府建设的主要安排", *next_year]
    lines += [unit, f"{year + 1}年1月20日"]
    return "\n".join(lines) + "\n"


def context_for(text: str, *, name: str = "crafted.txt", unit=None, level=None, year=None) -> ReviewContext:
    doc = prepare_text(text, name=name)
    who = infer(doc, unit=unit, level=level, year=year)
    return ReviewContext(doc, who, find_parts(doc, who.year), extract(doc))


def run_check(type_: str, text: str, **kw):
    """Findings of one check on a crafted text (no duplicate index)."""
    return CHECKS[type_](context_for(text, **kw))


def quotes(findings) -> list[str]:
    return [f.quote if hasattr(f, "quote") else f["quote"] for f in findings]
