"""Whatever text comes in, the review runs to the end and every quote is where it says it is."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fazhi.review.engine import review_text

from .helpers import seed_paths

SEED_LINES = [line for p in seed_paths() for line in p.read_text(encoding="utf-8").split("\n") if line.strip()]
NOISE = st.text(alphabet="，。；：、（）《》“”0123456789%年月日区县镇乡市省党组第件人次万余一二三四、是 \n\t", max_size=30)


@st.composite
def mangled_reports(draw):
    lines = draw(st.lists(st.sampled_from(SEED_LINES), min_size=0, max_size=25))
    out = []
    for line in lines:
        cut = draw(st.integers(0, len(line)))
        out.append(draw(st.sampled_from([line, line[:cut], line[cut:] + draw(NOISE), draw(NOISE) + line])))
    return "\n".join(out)


def _check(doc: dict, text_lines: list[str]) -> None:
    for f in doc["findings"]:
        if not text_lines:  # an empty text misses every part, with nothing to point at
            assert f["type"] == "missing_part" and f["line"] is None and f["quote"] == ""
            continue
        assert f["line"] is not None and 1 <= f["line"] <= len(text_lines)
        assert f["quote"] in text_lines[f["line"] - 1]
        assert f["message"]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(text=mangled_reports(), year=st.one_of(st.none(), st.integers(2015, 2030)))
def test_mangled_reports_never_crash(text, year):
    # given seed lines cut, shuffled and mixed with punctuation noise
    from fazhi.review.engine.review import prepare_text

    lines = prepare_text(text, name="m.txt").lines
    # when reviewed, then the review completes and every finding points into the text
    doc = review_text(text, name="m.txt", year=year)
    _check(doc, lines)


def test_degenerate_texts():
    for text in ("", "一", "报告", "一、\n（一）\n1.", "2020年" * 500, "。" * 1000, "我区" * 300):
        doc = review_text(text, name="d.txt")
        assert set(doc["parts"]) == {"achievements", "shortcomings", "leader_duties", "next_year", "other"}
