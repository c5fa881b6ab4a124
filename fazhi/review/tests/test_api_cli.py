"""The public API (review_paths / review_text) and the ``fazhi review`` command line."""

from __future__ import annotations

import json
import subprocess
import sys

from fazhi.review import cli
from fazhi.review.engine import review_paths, review_text

from .helpers import REPO, report, seed, seed_paths

DOC_KEYS = {"path", "unit", "level", "year", "parts", "figures", "findings"}
PART_KEYS = {"achievements", "shortcomings", "leader_duties", "next_year", "other"}


def test_result_has_exactly_the_issue_shape(tmp_path):
    # given two reports and an unreadable file
    (tmp_path / "bad.txt").write_bytes(b"")
    paths = [seed("001"), seed("003"), tmp_path / "bad.txt"]
    # when reviewed
    result = review_paths(paths)
    # then the JSON has the documented keys and nothing else, and is serialisable
    assert set(result) == {"documents"}
    good, other, bad = result["documents"]
    for doc in (good, other):
        assert set(doc) == DOC_KEYS
        assert set(doc["parts"]) == PART_KEYS
        assert all(set(p) == {"present", "line", "heading"} for p in doc["parts"].values())
        assert all(set(f) == {"line", "text", "value", "unit", "label"} for f in doc["figures"])
        assert all(set(f) == {"type", "severity", "line", "quote", "message", "evidence"} for f in doc["findings"])
    assert set(bad) == DOC_KEYS | {"error"} and bad["findings"] == []
    json.loads(json.dumps(result, ensure_ascii=False))


def test_overrides_take_precedence_over_the_text():
    # given a township report reviewed as if it were a 2021 district report
    doc = review_text(report(), name="x.txt", unit="重庆市渝北区人民政府", level="county", year=2021)
    # then the overrides are used, and the title's year is reported as wrong
    assert (doc["unit"], doc["level"], doc["year"]) == ("重庆市渝北区人民政府", "county", 2021)
    assert any(f["type"] == "wrong_year" and f["line"] == 1 for f in doc["findings"])


def test_progress_is_reported_for_every_step(tmp_path):
    calls = []
    review_paths(seed_paths()[:2], corpus=[seed_paths()[4]], progress=lambda d, t, p: calls.append((d, t)))
    assert calls == [(i, 5) for i in range(1, 6)]


def test_review_text_accepts_prepared_corpus_documents():
    from fazhi.review.engine import load_corpus

    corpus = load_corpus([seed("000")])
    doc = review_text(seed("001").read_text(encoding="utf-8"), name="001.txt", corpus_docs=corpus)
    assert doc["unit"] == "丰都县龙河镇人民政府"
    assert any(f["type"] == "duplicate_passage" for f in doc["findings"])


def test_corpus_documents_from_text_need_no_files():
    from fazhi.review.engine import corpus_document

    # given last year's report of the same unit, held as text (as the web keeps it)
    old = corpus_document(seed("001").read_text(encoding="utf-8").replace("2020", "2019"), name="库中报告#12")
    # when this year's report is reviewed against it
    doc = review_paths([seed("001")], corpus=[old])["documents"][0]
    # then the copies point at the stored report by its name, as copies across years
    dups = [f for f in doc["findings"] if f["type"] == "duplicate_passage" and f["evidence"]["kind"] == "跨时抄"]
    assert dups and all(f["evidence"]["other_document"] == "库中报告#12" for f in dups)


# -- command line ------------------------------------------------------------------------------------

def test_cli_json_on_the_seeds(tmp_path, capsys):
    # given the seed folder
    out = tmp_path / "result.json"
    # when reviewed as JSON into a file
    status = cli.main([str(seed_paths()[0].parent), "--format", "json", "--output", str(out), "--quiet"])
    # then it succeeds and writes the issue's JSON for the five seeds
    assert status == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data["documents"]) == 5 and all(d["findings"] for d in data["documents"])


def test_cli_text_and_html(capsys):
    assert cli.main([str(seed("003")), "--format", "text"]) == 0
    text = capsys.readouterr().out
    assert "单位：重庆市武隆区人民政府" in text and "［错误·数字矛盾］" in text
    assert cli.main([str(seed("003")), "--format", "html"]) == 0
    page = capsys.readouterr().out
    assert page.startswith("<!DOCTYPE html>") and '<mark class="error"' in page


def test_cli_print_text_numbers_the_normalised_lines(capsys):
    assert cli.main([str(seed("001")), "--print-text"]) == 0
    out = capsys.readouterr().out.split("\n")
    assert out[1].strip() == "1  丰都县龙河镇委员会"
    assert any(line.strip().startswith("9  （一）狠抓疫情防控") for line in out)


def test_cli_unreadable_input_still_reviews_the_rest(tmp_path, capsys):
    # given a good report, a binary file and a missing file
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01binary")
    status = cli.main([str(seed("004")), str(tmp_path / "bin.txt"), str(tmp_path / "nope.txt"), "--format", "json", "-q"])
    captured = capsys.readouterr()
    # then the exit status is 1, the messages are Chinese, there is no traceback, and the good
    # report is in the output
    assert status == 1
    assert "不是文本文件" in captured.err and "文件不存在" in captured.err and "Traceback" not in captured.err
    docs = json.loads(captured.out)["documents"]
    assert docs[0]["unit"] == "遂溪县遂城镇人民政府" and docs[0]["findings"]


def test_cli_usage_errors_are_chinese(capsys):
    assert cli.main([]) == 2
    assert "缺少必需的参数" in capsys.readouterr().err
    assert cli.main([str(seed("001")), "--level", "village"]) == 2
    assert "取值“village”无效" in capsys.readouterr().err
    assert cli.main(["--help"]) == 0
    assert "用法：" in capsys.readouterr().out


def test_cli_runs_as_a_module():
    # given the module entry point, as the lead wires it until the fazhi console script exists
    proc = subprocess.run(
        [sys.executable, "-m", "fazhi.review.cli", str(seed("002")), "--format", "json"],
        capture_output=True, text=True, cwd=REPO, timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["documents"][0]["year"] == 2024


def test_a_corpus_folder_holding_the_reviewed_file_does_not_make_it_a_copy_of_itself():
    # given a seed reviewed with its own folder as the corpus
    from fazhi.review.engine import review_paths
    from fazhi.review.tests.helpers import seed_paths

    seed = seed_paths()[1]
    doc = review_paths([seed], corpus=[seed.parent])["documents"][0]
    # then no passage is reported as copied from the same file
    same = [f for f in doc["findings"] if f["type"] == "duplicate_passage" and seed.name in str(f["evidence"])]
    assert same == []
