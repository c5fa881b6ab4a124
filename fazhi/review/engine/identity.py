"""Who issued a report and for which year: read from the title, the header and the signature.

The issuer's administrative chain (municipality/province › city › county › township) decides
which words are "another level" or "another place" for the wrong_level and foreign_place checks.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from . import data
from .document import Document

_NAME_SUFFIX = re.compile(r"(人民政府|委员会|党委|党工委|办事处|政府)$")
_UNIT_LINE = re.compile(
    r"^(?:中共)?[\u4e00-\u9fff]{2,30}?(人民政府|委员会|党委|党工委|街道办事处|局|办公室)(文件)?$"
)
_TITLE = re.compile(r"(?:关于)?(\d{4})年度?.{0,30}?(法治政府建设|依法行政).{0,20}?报告")
_REPORT_INTRO = re.compile(r"(?:现将|现就).{0,12}?(\d{4})年度?.{0,30}?(报告|汇报)如下")
_DATE = re.compile(r"(\d{4})\s*(?:年|-|\.|/)\s*(\d{1,2})\s*(?:月|-|\.|/)\s*(\d{1,2})\s*日?")
_DOC_NUMBER = re.compile(r"([\u4e00-\u9fff]{1,10})〔(\d{4})〕(\d{1,4})号")
_SOURCE = re.compile(r"(?:来源|来文单位|发布机构)：([\u4e00-\u9fff]{2,30})")
_TOWNSHIP = re.compile(r"([\u4e00-\u9fff]{1,6}?(?:镇|乡|街道))$")
_COUNTY_GENERIC = re.compile(r"([\u4e00-\u9fff]{1,8}?(?:自治县|区|县|旗))")
_CITY_GENERIC = re.compile(r"([\u4e00-\u9fff]{1,6}?(?:市|州|盟|地区))")
_PROVINCE_GENERIC = re.compile(r"([\u4e00-\u9fff]{1,8}?(?:省|自治区))")

KIND_NAMES = {
    "town": "镇",
    "xiang": "乡",
    "street": "街道",
    "district": "区",
    "county": "县",
    "county_city": "县级市",
    "city": "市",
    "province": "省",
    "municipality": "直辖市",
    "department": "部门",
}


@dataclass
class Identity:
    """The issuer and year of a report, as inferred or as overridden by the inspector."""

    unit: str | None = None
    kind: str | None = None
    level: str | None = None
    year: int | None = None
    province: str | None = None
    city: str | None = None
    county: str | None = None
    township: str | None = None
    municipality: bool = False
    signed: dt.date | None = None
    title_line: int | None = None
    doc_number: tuple[int, str, int] | None = None  # (line, text, year)
    sources: dict[str, str] = field(default_factory=dict)

    @property
    def chain(self) -> list[str]:
        return [p for p in (self.province, self.city, self.county, self.township) if p]

    def own_names(self) -> set[str]:
        """Every name under which the issuer or one of its parents may legitimately appear."""
        names: set[str] = set()
        for place in self.chain:
            names.add(place)
            stem = re.sub(r"(土家族|苗族|自治县|自治区|省|市|区|县|镇|乡|街道)+$", "", place)
            if len(stem) >= 2:
                names.add(stem)
        aliases = data.load("places").get("aliases", {})
        for short, full in aliases.items():
            if full in names:
                names.add(short)
        return names


def parse_unit(name: str) -> Identity:
    """Split a unit name such as 重庆市渝北区大湾镇人民政府 into its administrative chain."""
    places = data.load("places")
    ident = Identity(unit=name)
    core = re.sub(r"^中共", "", name)
    core = re.sub(r"文件$", "", core)
    for short, full in places.get("aliases", {}).items():
        if core.startswith(short) and not core.startswith(full):
            core = full + core[len(short):]
    bare = _NAME_SUFFIX.sub("", core)

    for muni in places["municipalities"]:
        if bare.startswith(muni) or bare.startswith(muni[:-1]):
            ident.province = muni
            ident.municipality = True
    for prov in places["provinces"]:
        if prov in bare:
            ident.province = prov
    for city, info in places.get("cities", {}).items():
        if city in bare:
            ident.city = city
            ident.province = ident.province or info.get("province")
    rest = bare
    county_kind = None
    for county, info in places["counties"].items():
        if county in bare:
            ident.county = county
            county_kind = info.get("kind")
            parent = info["parent"]
            if parent in places["municipalities"]:
                ident.province, ident.municipality = parent, True
            else:
                ident.city = parent
                ident.province = places["cities"].get(parent, {}).get("province", ident.province)
            rest = bare[bare.index(county) + len(county):]
            break
    if ident.county is None:
        # Unknown county: take the first 区/县 after any province or city prefix.
        tail = bare
        for prefix in (ident.province, ident.city):
            if prefix and tail.startswith(prefix):
                tail = tail[len(prefix):]
        m = _COUNTY_GENERIC.match(tail)
        if m:
            ident.county = m.group(1)
            rest = tail[m.end():]
        else:
            rest = tail
    m = _TOWNSHIP.search(rest)
    if m:
        ident.township = m.group(1)

    ident.kind = _kind_from_name(core)
    if ident.kind in ("district", "county") and county_kind == "county_city":
        ident.kind = "county_city"
    if ident.kind == "city" and ident.province in places["municipalities"] and ident.county is None:
        ident.kind = "municipality"
    ident.level = data.load("levels")["kind_level"].get(ident.kind) if ident.kind else None
    return ident


def _kind_from_name(name: str) -> str | None:
    for rule in data.load("levels")["kind_from_name"]:
        if data.rx(rule["pattern"]).search(name):
            return rule["kind"]
    return None


def infer(doc: Document, *, unit: str | None = None, level: str | None = None, year: int | None = None) -> Identity:
    """Infer issuer, level and year; the keyword arguments override what the text says."""
    candidates = _unit_candidates(doc)
    chosen = unit or _best_unit(candidates)
    ident = parse_unit(chosen) if chosen else Identity()
    ident.sources["unit"] = "override" if unit else ("text" if chosen else "none")

    title_line, title_year = _title(doc)
    ident.title_line = title_line
    ident.signed = _signature_date(doc)
    ident.doc_number = _header_doc_number(doc)
    inferred_year = title_year or _intro_year(doc) or _heading_year(doc)
    if inferred_year is None and ident.signed:
        inferred_year = ident.signed.year - 1
    ident.year = year if year is not None else inferred_year
    ident.sources["year"] = "override" if year is not None else ("text" if inferred_year else "none")
    ident.sources["text_year"] = str(inferred_year) if inferred_year else ""

    if level:
        ident.level = level
        levels = data.load("levels")
        if levels["kind_level"].get(ident.kind or "") != level:
            ident.kind = levels["level_default_kind"].get(level, ident.kind)
        ident.sources["level"] = "override"
    return ident


def _header_lines(doc: Document) -> list[tuple[int, str]]:
    """Lines before the body: up to the first level-1 heading or the first long paragraph."""
    out = []
    for number, text in doc.numbered(1, 12):
        if re.match(r"^[一二三四五六七八九十]{1,3}、", text) or len(text) > 120:
            break
        out.append((number, text))
    return out


def _signature_lines(doc: Document) -> list[tuple[int, str]]:
    start = max(1, len(doc.lines) - 7)
    return list(doc.numbered(start))


def _unit_candidates(doc: Document) -> list[str]:
    found: list[str] = []
    for _, text in _header_lines(doc) + _signature_lines(doc):
        src = _SOURCE.search(text)
        if src:
            found.append(src.group(1))
        head = re.split(r"关于", text, maxsplit=1)[0] if "关于" in text and "报告" in text else text
        head = re.sub(r"\d{4}年.*$", "", head) if "报告" in text else head
        head = re.sub(r"[（(].*?[）)]|\s", "", head)
        head = re.sub(r"\d{4}年\d{1,2}月\d{1,2}日.*$", "", head)
        if _UNIT_LINE.match(head):
            found.append(re.sub(r"文件$", "", head))
        elif "报告" in text and re.match(r"^[\u4e00-\u9fff]{2,20}(镇|乡|街道|区|县|市)$", head):
            found.append(head)
    return found


def _best_unit(candidates: list[str]) -> str | None:
    if not candidates:
        return None
    # The government's own name, spelled out in full, is the best evidence; an office that only
    # printed the document (…办公室) is the worst.
    def score(name: str) -> tuple[int, int]:
        if name.endswith("办公室"):
            return (0, len(name))
        if name.endswith("人民政府"):
            return (3, len(name))
        if name.endswith(("委员会", "党委")):
            return (2, len(name))
        return (1, len(name))

    return max(candidates, key=score)


def _title(doc: Document) -> tuple[int | None, int | None]:
    for number, text in doc.numbered(1, 12):
        if "报告" in text and len(text) <= 80:
            m = _TITLE.search(text)
            if m:
                return number, int(m.group(1))
            return number, None
    return None, None


def _intro_year(doc: Document) -> int | None:
    for _, text in doc.numbered(1, 15):
        m = _REPORT_INTRO.search(text)
        if m:
            return int(m.group(1))
    return None


def _heading_year(doc: Document) -> int | None:
    for h in doc.headings:
        if h.level == 1:
            m = re.search(r"(\d{4})年", h.title)
            if m and re.search(r"成效|举措|措施", h.title):
                return int(m.group(1))
    return None


def _signature_date(doc: Document) -> dt.date | None:
    for _, text in reversed(_signature_lines(doc)):
        m = _DATE.search(text)
        if m and len(text) <= 40:
            try:
                return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                continue
    # A web copy carries only its publication date in the header ("日期：2025-03-10").
    for _, text in _header_lines(doc):
        if text.startswith("日期") or "发布时间" in text:
            m = _DATE.search(text)
            if m:
                try:
                    return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
                except ValueError:
                    return None
    return None


def _header_doc_number(doc: Document) -> tuple[int, str, int] | None:
    for number, text in _header_lines(doc):
        if "报告" in text:
            break
        m = _DOC_NUMBER.search(text)
        if m:
            return number, m.group(0), int(m.group(2))
    return None


def describe_kind(kind: str | None) -> str:
    return KIND_NAMES.get(kind or "", "未知")
