"""Running a review batch and deciding on its findings; the engine itself is pure (``engine/``)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from django.db import transaction
from django.http import Http404

from fazhi.audit.services import event_record
from fazhi.core import permissions
from fazhi.core.errors import InvalidInput
from fazhi.org.choices import Role

from .engine import SUPPORTED_SUFFIXES, corpus_document, review_paths
from .models import FindingStatus, ReviewBatch, ReviewedDocument, ReviewFinding

permissions.declare("review.run", "报告审阅·上传并审阅", [Role.INSPECTOR], group="报告审阅")
permissions.declare("review.decide", "报告审阅·确认或排除发现", [Role.INSPECTOR], group="报告审阅")

MAX_FILES = 200


def review_batch_run(*, user, files: list[tuple[str, bytes]], title: str = "", year: int | None = None,
                     use_history: bool = True, progress=None) -> ReviewBatch:
    """Review uploaded reports together; earlier stored reports of this unit serve as the reference corpus.

    A file that cannot be read becomes a document entry with its Chinese error; the rest of the
    batch is still reviewed (issue 8).
    """
    permissions.require(user, "review.run")
    if not files:
        raise InvalidInput("请选择至少一份报告文件（.txt、.docx、.pdf、.html）。")
    if len(files) > MAX_FILES:
        raise InvalidInput(f"一次最多审阅 {MAX_FILES} 份报告。")
    with tempfile.TemporaryDirectory(prefix="fazhi-review-") as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        paths = []
        for i, (name, content) in enumerate(files):
            safe = Path(name).name or f"报告{i + 1}.txt"
            path = folder / f"{i:03d}-{safe}"
            path.write_bytes(content)
            paths.append(path)
        corpus = []
        if use_history:
            earlier = ReviewedDocument.objects.restrict(user).live().exclude(text="")[:500]
            corpus = [corpus_document(d.text, name=f"{d.filename}（{d.created_at:%Y-%m-%d} 审阅）", unit=d.issuer or None, year=d.year)
                      for d in earlier]
        result = review_paths(paths, corpus=corpus or None, year=year, with_text=True, progress=progress)
        # uploaded names, not temp paths, are what the inspector reads in the evidence
        for entry, (name, _) in zip(result["documents"], files):
            entry["path"] = name
    with transaction.atomic():
        batch = ReviewBatch(unit=user.unit, created_by=user, title=title or f"{len(files)} 份报告", report_year=year,
                            corpus_note=f"同批 {len(files)} 份 + 历史 {len(corpus)} 份", document_count=len(files))
        batch._history_user = user
        batch.save()
        for (name, _), entry in zip(files, result["documents"]):
            doc = ReviewedDocument(
                unit=user.unit, created_by=user, batch=batch, filename=Path(name).name,
                issuer=entry.get("unit") or "", level=entry.get("level") or "", year=entry.get("year"),
                text=entry.pop("text", ""), error=entry.get("error", "") or "", result=entry,
            )
            doc._history_user = user
            doc.save()
            ReviewFinding.objects.bulk_create([
                ReviewFinding(unit=user.unit, created_by=user, document=doc, type=f["type"], severity=f["severity"],
                              line=f.get("line"), quote=f.get("quote", ""), message=f["message"], evidence=f.get("evidence", {}))
                for f in entry.get("findings", [])
            ])
        event_record(obj=batch, verb="review", label="上传并审阅", actor=user, data={"files": [n for n, _ in files]})
    return batch


@transaction.atomic
def review_finding_decide(*, user, finding_id: int, status: str, note: str = "") -> ReviewFinding:
    # scope first: out of scope is 404 exactly like missing, whatever the role
    finding = ReviewFinding.objects.restrict(user, "change").filter(pk=finding_id).first()
    if finding is None:
        raise Http404("未找到该发现。")
    permissions.require(user, "review.decide")
    if status not in FindingStatus.values:
        raise InvalidInput("处理结果只能是“确认问题”“不是问题”或“待确认”。")
    if status == FindingStatus.DISMISSED and not note.strip():
        raise InvalidInput("排除一项发现时请写明理由，便于日后复核。")
    before = finding.status
    finding.status, finding.note, finding.decided_by = status, note.strip(), user
    finding._history_user = user
    finding.save()
    event_record(obj=finding, verb="decide", label=FindingStatus(status).label, actor=user,
                 from_state=before, to_state=status, data={"note": note})
    return finding


def supported(name: str) -> bool:
    return Path(name).suffix.lower() in SUPPORTED_SUFFIXES
