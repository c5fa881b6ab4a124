"""Seed claims: precision-aware matching, the seed-inconsistency rule, the mapping loader, the check itself."""

import json

import pytest

from fazhi.cli import main
from fazhi.indicators import claims
from fazhi.indicators.claims import MapEntry, Mapping, check_entry, claim_get, figures_match, mapping_load, seed_inconsistency

from .helpers import add_activity


@pytest.mark.parametrize("stated,computed,raw,expected", [
    (95, 94.9, 204 * 100 / 215, True),       # seed 000: 204/215 = 94.88% written as 95%
    (94.9, 94.9, 204 * 100 / 215, True),
    (95.2, 95.4, 185 * 100 / 194, False),
    (90.1, 90.1, 619 * 100 / 687, True),
    (17.39, 17.4, 4 * 100 / 23, True),       # seed 003 writes two decimals: compare at two
])
def test_rates_compare_at_the_precision_the_seed_wrote(stated, computed, raw, expected):
    assert figures_match(stated, computed, is_rate=True, raw=raw) is expected


@pytest.mark.parametrize("stated,computed,qualifier,expected", [
    (215, 215, "", True), (215, 214, "", False),
    (130000, 131234, "余", True), (130000, 140000, "余", False), (130000, 129999, "余", False),
    (6000, 6400, "以上", True), (280000, 279000, "近", True), (280000, 281000, "近", False),
    (45396600, 45396600.0, "", True),
])
def test_counts_exact_unless_the_words_widen_them(stated, computed, qualifier, expected):
    assert figures_match(stated, computed, qualifier=qualifier) is expected


def test_seed_inconsistency_needs_the_catalogue_flag_and_a_recomputation():
    # s003-033: 194 organisations, 95.2% — no integer k gives k/194 = 95.2%
    assert "194" in seed_inconsistency(claim_get("s003-033"))
    # s003-068: 690+84+242+633 = 1649 ≠ 1838
    assert "1649" in seed_inconsistency(claim_get("s003-068"))
    # s000-055: 204/215 rounds to 95% — consistent
    assert seed_inconsistency(claim_get("s000-055")) is None
    # a flag the recomputation does not bear out is not enough
    forged = {**claim_get("s000-055"), "check": "ARITHMETIC: reviewer thinks so"}
    assert seed_inconsistency(forged) is None


def test_mapping_takes_the_merged_file_first_then_fragments(tmp_path):
    # given: the merged file maps s000-055; a fragment maps s000-055 differently and s000-043, and declares s000-058 unmapped
    merged = tmp_path / "claims_map.yaml"
    merged.write_text("claims:\n  - {id: s000-055, indicator: a.rate, stated: 95}\nunmapped: []\n", encoding="utf-8")
    frag_dir = tmp_path / "disputes"
    frag_dir.mkdir()
    frag = frag_dir / "claims_map.yaml"
    frag.write_text(
        "- {id: s000-055, indicator: other.rate, stated: 95}\n"
        "- {id: s000-043, indicator: advisers.services, unit: 大湾镇, year: 2020, rollup: false, stated: 236}\n"
        "- unmapped:\n    - {id: s000-058, reason: 无满意度调查记录}\n", encoding="utf-8")
    # when
    m = mapping_load(merged, [frag])
    # then
    by_id = {e.id: e for e in m.entries}
    assert by_id["s000-055"].indicator == "a.rate"
    assert by_id["s000-043"].stated == 236 and by_id["s000-043"].source == "disputes/claims_map.yaml"
    assert m.unmapped == {"s000-058": "无满意度调查记录"}
    assert not m.problems


def test_mapping_accepts_a_mapping_with_claims_and_unmapped(tmp_path):
    frag = tmp_path / "x" / "claims_map.yaml"
    frag.parent.mkdir()
    frag.write_text("claims:\n  - {id: s001-022, indicator: petitions.on_time_rate, stated: 100}\n"
                    "unmapped:\n  s000-058: 无记录\n", encoding="utf-8")
    m = mapping_load(tmp_path / "missing.yaml", [frag])
    assert [e.id for e in m.entries] == ["s001-022"] and m.unmapped == {"s000-058": "无记录"}


def test_check_matches_false_and_seed_inconsistent(tree, inds):
    # given: 一镇 has 3 activities in 2024
    for _ in range(3):
        add_activity(tree.yi_operator)
    # when / then: a consistent claim stated 3 matches; stated 4 does not
    ok = check_entry(MapEntry(id="s000-055", indicator="tst.activities", unit="一镇", year=2024, rollup=False, stated=3))
    assert (ok.match, ok.computed) == (True, 3)
    bad = check_entry(MapEntry(id="s000-055", indicator="tst.activities", unit="一镇", year=2024, rollup=False, stated=4))
    assert bad.match is False
    # a claim whose own arithmetic is wrong reports both numbers instead of a plain mismatch
    inc = check_entry(MapEntry(id="s003-033", indicator="tst.activities", unit="一镇", year=2024, rollup=False, stated=194))
    assert inc.match == "seed_inconsistent" and (inc.stated, inc.computed) == (194, 3)
    # unknown unit or undeclared indicator: false with a reason
    assert "找不到单位" in check_entry(MapEntry(id="s000-055", indicator="tst.activities", unit="无此镇", year=2024, stated=3)).reason
    assert "尚未声明" in check_entry(MapEntry(id="s000-055", indicator="nope.x", unit="一镇", year=2024, stated=3)).reason


def test_check_defaults_to_the_seed_unit_and_year_and_parts(tree, inds):
    # given: a rate's numerator compared (part: numerator); unit/year from the entry
    add_activity(tree.yi_operator, campaign=True)
    add_activity(tree.yi_operator)
    row = check_entry(MapEntry(id="s000-055", indicator="tst.campaign_rate", unit="一镇", year=2024, stated=1, part="numerator"))
    assert (row.match, row.computed) == (True, 1)
    assert claims.catalogue()["seeds"]["003_c8307f480827a513.txt"] == {"unit": "武隆区", "year": 2020, "level": "区", "rollup": True}


def test_cli_claims_check_json(tree, inds, monkeypatch, capsys):
    # given: a mapping of two claims
    add_activity(tree.yi_operator)
    mapping = Mapping(entries=[MapEntry(id="s000-055", indicator="tst.activities", unit="一镇", year=2024, stated=1),
                               MapEntry(id="s003-033", indicator="tst.activities", unit="一镇", year=2024, stated=194)])
    monkeypatch.setattr(claims, "mapping_load", lambda *a, **k: mapping)
    # when
    rc = main(["claims", "check", "--format", "json"])
    # then
    rows = json.loads(capsys.readouterr().out)
    assert rc == 0
    assert rows == [
        {"id": "s000-055", "indicator": "tst.activities", "stated": 1, "computed": 1, "match": True},
        {"id": "s003-033", "indicator": "tst.activities", "stated": 194, "computed": 1, "match": "seed_inconsistent"},
    ]


def test_cli_indicators_json_shape(tree, inds, capsys):
    # given
    add_activity(tree.yi_operator, attendance=40, campaign=True)
    add_activity(tree.er_operator, attendance=60)
    # when
    rc = main(["indicators", "--unit", "甲区", "--year", "2024", "--rollup", "--format", "json"])
    # then
    out = json.loads(capsys.readouterr().out)
    assert rc == 0 and out["unit"] == "甲区" and out["year"] == 2024
    assert out["indicators"]["tst.activities"] == {"name": "开展测试活动", "value": 2, "numerator": None, "denominator": None, "records": 2}
    assert out["indicators"]["tst.campaign_rate"]["value"] == 50.0
    assert out["indicators"]["tst.attendance"]["value"] == 100


def test_cli_unknown_unit_is_a_chinese_error(tree, inds, capsys):
    assert main(["indicators", "--unit", "没有的镇", "--year", "2024"]) == 2
    assert "不存在" in capsys.readouterr().err


def test_packaged_catalogue_holds_every_quantitative_claim():
    data = claims.catalogue()["claims"]
    assert len(data) == 166
    assert {c["kind"] for c in data.values()} == set(claims.QUANTITATIVE)
    assert data["s000-055"]["figures"][0]["value"] == 215


def test_a_qualified_rate_compares_as_the_words_say():
    # s003-015: “平均缩减70%以上” — 73% bears it out, 68.4% does not
    assert figures_match(70, 73.0, is_rate=True, qualifier="以上")
    assert not figures_match(70, 68.4, is_rate=True, qualifier="以上")


def test_the_fragment_shape_list_then_unmapped_block_is_accepted(tmp_path):
    # a list of entries followed by an ``unmapped:`` key is not valid YAML on its own; the loader reads it anyway
    frag = tmp_path / "leadership" / "claims_map.yaml"
    frag.parent.mkdir()
    frag.write_text("# comment\n- {id: s000-070, indicator: leadership.agenda_research, stated: 3}\n"
                    "- {id: s003-002, ledger: leadership.meetings, match: {held_on: 2020-02-14}, unit: 武隆区, year: 2020, stated: '2020-02-14'}\n"
                    "unmapped:\n  - {id: s000-058, reason: 无调查}\n", encoding="utf-8")
    m = mapping_load(tmp_path / "none.yaml", [frag])
    assert [e.id for e in m.entries] == ["s000-070", "s003-002"] and not m.problems
    assert m.entries[1].ledger == "leadership.meetings" and m.entries[1].match == {"held_on": __import__("datetime").date(2020, 2, 14)}
    assert m.unmapped == {"s000-058": "无调查"}


def test_a_dated_event_is_found_by_its_record(tree, inds):
    # given: an activity on 2024-12-04 in 一镇
    import datetime as dt

    add_activity(tree.yi_operator, on=dt.date(2024, 12, 4), title="宪法日集中宣传")
    entry = MapEntry(id="s000-011", indicator="", ledger="publicity.activities", match={"held_on": dt.date(2024, 12, 4)},
                     unit="一镇", year=2024, rollup=False, stated="2024-12-04")
    # when / then
    row = check_entry(entry)
    assert (row.match, row.computed) == (True, "2024-12-04") and "宪法日集中宣传" in row.reason
    entry.match = {"held_on": dt.date(2024, 12, 5)}
    assert check_entry(entry).match is False
    entry.stated, entry.match = True, {"title__contains": "宪法日"}
    assert check_entry(entry).match is True
