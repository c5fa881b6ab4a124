"""The inspector's review pages: upload many, see findings in the text, decide, export (issue 8 web)."""

import io
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from docx import Document
from openpyxl import load_workbook

from fazhi.review.models import ReviewBatch, ReviewedDocument, ReviewFinding

SEEDS = Path(__file__).resolve().parents[3] / "tests" / "fixtures" / "seeds"
pytestmark = pytest.mark.django_db


def _upload(client, names, extra=()):
    files = [SimpleUploadedFile(n, (SEEDS / n).read_bytes()) for n in names] + list(extra)
    return client.post("/review/", {"title": "2020年度乡镇报告", "files": files})


def test_inspector_uploads_a_batch_and_sees_highlighted_findings(tree, client_for):
    client = client_for(tree.jia_inspector)
    names = sorted(p.name for p in SEEDS.glob("*.txt"))[:2]
    broken = SimpleUploadedFile("坏文件.docx", b"PK\x03\x04 not really a docx")
    r = _upload(client, names, [broken])
    assert r.status_code == 302
    batch = ReviewBatch.objects.get()
    assert batch.document_count == 3 and batch.unit == tree.district
    docs = {d.filename: d for d in batch.documents.all()}
    # the broken file is reported, the others are reviewed
    assert docs["坏文件.docx"].error and not docs["坏文件.docx"].text
    seed0 = docs[names[0]]
    assert seed0.text and seed0.year == 2020
    assert seed0.findings.filter(type="wrong_level").exists()  # 区长/区政府党组 in a township report
    page = client.get(f"/review/documents/{seed0.pk}/").content.decode()
    assert '<mark class="' in page and "层级用语错误" in page
    batch_page = client.get(f"/review/batches/{batch.pk}/").content.decode()
    assert "坏文件.docx" in batch_page


def test_deciding_a_finding_needs_a_reason_to_dismiss_and_leaves_history(tree, client_for):
    client = client_for(tree.jia_inspector)
    _upload(client, [sorted(p.name for p in SEEDS.glob("*.txt"))[0]])
    f = ReviewFinding.objects.filter(severity="error").first()
    r = client.post(f"/review/findings/{f.pk}/decide/", {"status": "dismissed", "note": ""})
    assert r.status_code == 422 and "理由" in r.content.decode()
    r = client.post(f"/review/findings/{f.pk}/decide/", {"status": "dismissed", "note": "系引用上级原文"}, HTTP_HX_REQUEST="true")
    assert r.status_code == 200 and "不是问题" in r.content.decode()
    f.refresh_from_db()
    assert f.status == "dismissed" and f.history.first().history_user == tree.jia_inspector


def test_exports_docx_and_xlsx(tree, client_for):
    client = client_for(tree.jia_inspector)
    _upload(client, [sorted(p.name for p in SEEDS.glob("*.txt"))[0]])
    doc = ReviewedDocument.objects.get()
    r = client.get(f"/review/documents/{doc.pk}/?export=docx")
    text = "\n".join(p.text for p in Document(io.BytesIO(r.content)).paragraphs)
    assert "审阅意见" in text and "原文" in text
    r = client.get(f"/review/batches/{doc.batch_id}/?export=xlsx")
    ws = load_workbook(io.BytesIO(r.content))["审阅发现"]
    assert ws.max_row == 1 + doc.findings.count()


def test_township_users_cannot_run_or_see_reviews(tree, client_for):
    client = client_for(tree.jia_inspector)
    _upload(client, [sorted(p.name for p in SEEDS.glob("*.txt"))[0]])
    doc = ReviewedDocument.objects.get()
    other = client_for(tree.yi_operator)
    assert other.get(f"/review/documents/{doc.pk}/").status_code == 404
    r = other.post("/review/", {"files": [SimpleUploadedFile("a.txt", "报告".encode())]})
    assert r.status_code == 403 and ReviewBatch.objects.count() == 1


def test_cli_review_is_wired_into_fazhi(capsys):
    from fazhi.cli import main

    seed = sorted(SEEDS.glob("*.txt"))[0]
    assert main(["review", str(seed), "--format", "json", "--quiet"]) == 0
    import json

    out = json.loads(capsys.readouterr().out)
    assert out["documents"][0]["year"] == 2020


def test_inspector_picks_a_report_submitted_inside_fazhi(tree, client_for):
    # given a township report taken through the workflow up to 报送 (reports app test helpers)
    from fazhi.indicators.tests.helpers import only_indicators, test_indicators
    from fazhi.reports.models import AnnualReport
    from fazhi.reports.services import annual_report_create
    from fazhi.reports.tests.test_workflow import TODAY, complete, go

    with only_indicators(test_indicators()):
        def make(user, year=2024, unit=None, **data):
            return annual_report_create(ledger=AnnualReport.ledger(), user=user, unit=unit, data={"year": year, **data})

        report = complete(tree, make)
        go(report, tree.yi_reviewer, "review", {"opinion": "同意"})
        go(report, tree.yi_leader, "approve")
        go(report, tree.yi_leader, "clear_secrecy", {"conclusion": "public"})
        go(report, tree.yi_operator, "submit", {"submitted_on": TODAY()})
        draft = make(tree.er_operator)  # a sibling's draft is not offered
    client = client_for(tree.jia_inspector)
    page = client.get("/review/").content.decode()
    assert f'value="{report.pk}"' in page and f'value="{draft.pk}"' not in page
    # when the inspector picks it
    r = client.post("/review/", {"title": "平台内报送", "report_ids": [str(report.pk)]})
    assert r.status_code == 302
    doc = ReviewedDocument.objects.get()
    # then it is reviewed from its submitted text
    assert doc.filename.endswith(".txt") and "2024" in doc.text and doc.year == 2024
    # a township user is not offered anything
    assert "report_ids" not in client_for(tree.yi_operator).get("/review/").content.decode()
