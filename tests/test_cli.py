"""The `fazhi` command line: clear Chinese errors, non-zero exits, never a traceback."""

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook

from fazhi.cli import main

ROOT = Path(__file__).resolve().parents[1]


def _run(*args, env=None):
    """Run the real command in a subprocess (as a clerk would), with its own data directory."""
    # a fresh data directory means a fresh embedded database, whatever DATABASE_URL the suite runs on
    base = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    return subprocess.run([sys.executable, "-m", "fazhi.cli", *args], cwd=ROOT, capture_output=True, text=True,
                          env={**base, **(env or {})}, timeout=120)


def test_console_script_is_declared():
    text = (ROOT / "pyproject.toml").read_text()
    assert 'fazhi = "fazhi.cli:main"' in text


@pytest.mark.django_db
def test_deadline_prints_the_due_date_first_then_the_explanation(capsys):
    assert main(["deadline", "reconsideration.accept", "2025-01-24"]) == 0
    out = capsys.readouterr().out.splitlines()
    # 5 WD after Fri 2025-01-24: 01-26 (Sun, 春节 make-up) 1, 01-27 2, then 春节 01-28..02-04 off, 02-05 3, 02-06 4, 02-07 5
    assert out[0] == "2025-02-07"
    assert any("春节" in line for line in out[1:])


@pytest.mark.django_db
@pytest.mark.parametrize("args, needle", [
    (["deadline", "no.such.rule", "2025-01-01"], "未知的期限规则"),
    (["deadline", "disclosure.reply", "2025-02-30"], "日期“2025-02-30”无效"),
    (["deadline", "disclosure.reply", "昨天"], "无效"),
    (["import", "nope", "x.xlsx", "--user", "nobody"], "没有名为“nope”的台账"),
])
def test_bad_input_exits_non_zero_with_a_chinese_message(capsys, args, needle):
    code = main(args)
    err = capsys.readouterr().err
    assert code != 0 and needle in err and "Traceback" not in err


def test_subprocess_errors_have_no_traceback(tmp_path):
    env = {"FAZHI_DATA_DIR": str(tmp_path)}
    r = _run("deadline", "disclosure.reply", "2025-09-26", env=env)
    assert r.returncode == 2 and "fazhi migrate" in r.stderr and "Traceback" not in r.stderr
    assert _run("migrate", env=env).returncode == 0
    r = _run("deadline", "disclosure.reply", "2025-13-01", env=env)
    assert r.returncode != 0 and "无效" in r.stderr and "Traceback" not in r.stderr
    r = _run("deadline", "disclosure.reply", "2025-09-26", env=env)
    assert r.returncode == 0 and r.stdout.splitlines()[0] == "2025-10-30"


@pytest.mark.django_db
def test_createuser_import_and_export_round_trip(tree, tmp_path, capsys):
    # createuser
    assert main(["createuser", "yi_clerk2", "--unit", "一镇", "--roles", "operator", "--password", "pw-123456", "--token"]) == 0
    assert "API 令牌" in capsys.readouterr().out
    assert main(["createuser", "yi_clerk2", "--unit", "一镇", "--roles", "operator", "--password", "x"]) != 0
    assert main(["createuser", "bad", "--unit", "一镇", "--roles", "boss", "--password", "pw-123456"]) != 0
    assert "未知角色" in capsys.readouterr().err
    # import: a dry run writes nothing, a real run writes, an error row writes nothing
    wb = Workbook()
    ws = wb.active
    ws.title = "台账"
    ws.append(["活动日期", "活动名称", "活动形式", "受众", "参与人次"])
    ws.append(["2025-04-15", "国家安全教育日", "宣传日集中宣传", "群众", 300])
    ws.append(["2025-12-04", "宪法日", "进校园", "青少年", 120])
    path = tmp_path / "in.xlsx"
    wb.save(path)
    from fazhi.publicity.models import Activity

    assert main(["import", "publicity.activities", str(path), "--user", "yi_clerk2", "--dry-run"]) == 0
    assert Activity.objects.count() == 0
    assert main(["import", "普法活动", str(path), "--user", "yi_clerk2"]) == 0
    assert Activity.objects.filter(unit=tree.yi).count() == 2
    ws.append(["2025-12-32", "坏日期", "进校园", "青少年", 1])
    wb.save(path)
    assert main(["import", "activities", str(path), "--user", "yi_clerk2"]) == 1
    assert "第 4 行“活动日期”列" in capsys.readouterr().err
    assert Activity.objects.count() == 2
    # export
    out = tmp_path / "out.xlsx"
    assert main(["export", "publicity.activities", "--user", "yi_clerk2", "-o", str(out)]) == 0
    from openpyxl import load_workbook

    assert load_workbook(out)["台账"].max_row == 3
