"""第一责任人职责清单, 述法 records, and the typed register of 制度与机制.

The register holds the plain yes/no facts of a report ("建立了X制度", "印发了Y方案", "纳入考核") that
no procedural ledger naturally holds, so that such a fact is a dated, numbered record rather than a
sentence typed into the report (issue 6).
"""

from django.db import models

from fazhi.core.models import LedgerModel

from ..choices import AppliesTo, Domain, InstitutionKind, InstitutionStatus, LeaderRole, ReportOccasion


class DutyList(LedgerModel):
    """A principal leader's 第一责任人职责清单 (《党政主要负责人履行推进法治建设第一责任人职责规定》)."""

    title = models.CharField("清单名称", max_length=200)
    holder_role = models.CharField("责任人职务", max_length=30, choices=LeaderRole.choices)
    holder_name = models.CharField("责任人姓名", max_length=50, blank=True)
    adopted_on = models.DateField("制定日期")
    doc_no = models.CharField("文号", max_length=100, blank=True)
    items = models.TextField("职责事项", help_text="一行一项")
    published = models.BooleanField("已公开", default=False)

    class Meta:
        verbose_name = "第一责任人职责清单"
        verbose_name_plural = "第一责任人职责清单"
        ordering = ["-adopted_on", "-pk"]

    def __str__(self) -> str:
        return self.title


class DutyReport(LedgerModel):
    """A 述法 (述职述廉述法) by a leader, and whether it fed the annual assessment.

    《党政主要负责人履行推进法治建设第一责任人职责规定》 asks that the duty be reported in the year-end
    述职 and be part of the assessment of the leaders; both facts are recorded here.
    """

    person_name = models.CharField("述法人", max_length=50)
    position = models.CharField("职务", max_length=100)
    role = models.CharField("职务类别", max_length=30, choices=LeaderRole.choices)
    year = models.PositiveSmallIntegerField("述法年度")
    reported_on = models.DateField("述法日期")
    occasion = models.CharField("述法形式", max_length=20, choices=ReportOccasion.choices)
    covers_first_duty = models.BooleanField("述职含履行第一责任人职责情况", default=True)
    in_assessment = models.BooleanField("纳入年度考核", default=False)
    assessment_scheme = models.CharField("考核名称", max_length=200, blank=True, help_text="如 年度综合考核、目标责任考核")
    evaluation = models.CharField("评议结果", max_length=100, blank=True)
    note = models.TextField("备注", blank=True)

    class Meta:
        verbose_name = "述法记录"
        verbose_name_plural = "述法（述职述廉述法）"
        ordering = ["-reported_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.year}年 {self.person_name}（{self.position}）述法"

    def clean(self):
        from django.core.exceptions import ValidationError

        if self.reported_on and self.year and self.reported_on.year not in (self.year, self.year + 1):
            raise ValidationError({"reported_on": ["述法日期应在述法年度内或次年。"]})


class Institution(LedgerModel):
    """One 制度/机制/方案/清单 established: name, kind, date, document number, work area."""

    name = models.CharField("名称", max_length=300)
    kind = models.CharField("类别", max_length=20, choices=InstitutionKind.choices)
    domain = models.CharField("工作领域", max_length=40, choices=Domain.choices)
    established_on = models.DateField("建立/印发日期", null=True, blank=True, help_text="报告或文件未载明时留空，审阅时会提示缺少日期")
    doc_no = models.CharField("文号", max_length=100, blank=True)
    issuer = models.CharField("制定/印发机关", max_length=200, blank=True)
    applies_to = models.CharField("适用对象", max_length=20, choices=AppliesTo.choices, default=AppliesTo.ALL)
    summary = models.TextField("主要内容", blank=True)
    status = models.CharField("状态", max_length=20, choices=InstitutionStatus.choices, default=InstitutionStatus.IN_FORCE)
    repealed_on = models.DateField("废止日期", null=True, blank=True)
    evidence = models.TextField("佐证（链接或存档位置）", blank=True, help_text="一行一条")

    class Meta:
        verbose_name = "制度与机制"
        verbose_name_plural = "制度与机制"
        ordering = ["-established_on", "-pk"]

    def __str__(self) -> str:
        return self.name
