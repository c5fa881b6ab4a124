"""The skeleton of a 法治政府建设年度报告: the five statutory parts and part A's sub-headings.

Parts (厅字〔2019〕28号, as quoted in statutes.md §1): (一)上一年度推进法治政府建设的主要举措和成效；
(二)存在的不足和原因；(三)党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设的有关情况；
(四)下一年度推进法治政府建设的主要安排；(五)其他需要报告的情况.

Part A's sub-headings follow the order the seeds use (000 and 003, after the 法治政府建设实施纲要's areas).
An indicator's ``section`` ("A.disputes", "A.lists_services", "B.leader_duties", "C.deadlines"…) names a
part and a domain; ``subsection_for`` files it under one of these sub-headings.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Part:
    code: str
    number: str
    title: str          # with {year} / {next_year}


@dataclass(frozen=True)
class Subsection:
    key: str
    part: str
    title: str
    domains: tuple[str, ...] = ()


PARTS = [
    Part("A", "一", "{year}年度推进法治政府建设的主要举措和成效"),
    Part("C", "二", "{year}年度推进法治政府建设存在的不足和原因"),
    Part("B", "三", "{year}年度党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设的有关情况"),
    Part("D", "四", "{next_year}年度推进法治政府建设的主要安排"),
    Part("E", "五", "其他需要报告的情况"),
]
PART_BY_CODE = {p.code: p for p in PARTS}

SUBSECTIONS = [
    Subsection("A.1", "A", "依法全面履行政府职能", ("lists", "lists_services", "functions")),
    Subsection("A.2", "A", "完善依法行政制度体系", ("normative", "normative_docs", "institutions")),
    Subsection("A.3", "A", "推进行政决策科学化、民主化、法治化", ("decisions", "major_decisions", "advisers", "legal_advisers")),
    Subsection("A.4", "A", "坚持严格规范公正文明执法", ("enforcement",)),
    Subsection("A.5", "A", "强化对行政权力的制约和监督",
               ("oversight", "supervision", "supervision_accountability", "disclosure", "litigation")),
    Subsection("A.6", "A", "依法有效化解社会矛盾纠纷",
               ("disputes", "petitions", "reconsideration", "reconsideration_litigation", "legal_services",
                "public_legal_services", "legal_aid")),
    Subsection("A.7", "A", "全面提高政府工作人员法治思维和依法行政能力", ("publicity", "study_training", "study", "training")),
    Subsection("A.8", "A", "强化组织保障和落实机制", ("leadership",)),
    Subsection("A.9", "A", "其他工作", ()),
    Subsection("B", "B", "", ()),
    Subsection("C", "C", "", ()),
    Subsection("D", "D", "", ()),
    Subsection("E", "E", "", ()),
]
SUBSECTION_BY_KEY = {s.key: s for s in SUBSECTIONS}
PREAMBLE = "preamble"
_DOMAIN_TO_KEY = {d: s.key for s in SUBSECTIONS for d in s.domains}


def subsection_for(section: str) -> str | None:
    """Which sub-section an indicator's or a paragraph's ``section`` belongs to (None: not in the report)."""
    if not section:
        return None
    if section in SUBSECTION_BY_KEY or section == PREAMBLE:
        return section
    part, _, domain = section.partition(".")
    if part in ("B", "C", "D", "E"):
        return part
    if part == "A":
        return _DOMAIN_TO_KEY.get(domain, "A.9")
    return None


def part_title(code: str, year: int) -> str:
    return PART_BY_CODE[code].title.format(year=year, next_year=year + 1)


CN_NUMBERS = "一二三四五六七八九十"


def cn_number(n: int) -> str:
    """1 → 一 … 10 → 十, 11 → 十一, 20 → 二十 (sub-heading numbers)."""
    if n <= 10:
        return CN_NUMBERS[n - 1]
    tens, ones = divmod(n, 10)
    return f"{'' if tens == 1 else CN_NUMBERS[tens - 1]}十{CN_NUMBERS[ones - 1] if ones else ''}"
