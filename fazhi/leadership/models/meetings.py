"""Meetings of every body and their agenda items, tagged by topic.

The 第一责任人 figures of a report ("主持召开党委会33次…传达…11次，部署…16项…听取汇报9次", seed 002)
are counts of these rows: a meeting counts for the principal leaders when one of them chaired it,
and an agenda item counts as 法治 work when it is marked as a 法治 item (《党政主要负责人履行推进法治
建设第一责任人职责规定》 asks them to 听取汇报、部署、研究解决 法治建设 matters).
"""

from django.db import models

from fazhi.core.models import LedgerModel

from ..choices import PRINCIPAL_ROLES, AgendaTopic, LeaderRole, MeetingKind


class Meeting(LedgerModel):
    """One meeting: body, sequence number, date, chair, attendees (GLOSSARY ``Meeting``)."""

    kind = models.CharField("会议类别", max_length=30, choices=MeetingKind.choices)
    body = models.ForeignKey(
        "leadership.LeadingGroup", verbose_name="召开机构", null=True, blank=True, on_delete=models.PROTECT,
        related_name="meetings", help_text="委员会、领导小组、联席会议填所属机构",
    )
    title = models.CharField("会议名称", max_length=200, blank=True, help_text="如 十四届区委常委会第116次会议")
    term = models.CharField("届次", max_length=30, blank=True, help_text="如 十四届")
    seq_no = models.PositiveIntegerField("会议序号（第几次）", null=True, blank=True)
    held_on = models.DateField("会议日期")
    chair_role = models.CharField("主持人职务", max_length=30, choices=LeaderRole.choices)
    chair_name = models.CharField("主持人姓名", max_length=50, blank=True)
    attendees = models.TextField("出席人员", blank=True)
    place = models.CharField("地点", max_length=200, blank=True)
    minutes_no = models.CharField("会议纪要编号", max_length=100, blank=True)
    note = models.TextField("备注", blank=True)

    class Meta:
        verbose_name = "会议"
        verbose_name_plural = "会议"
        ordering = ["-held_on", "-pk"]

    def __str__(self) -> str:
        seq = f"（第{self.seq_no}次）" if self.seq_no else ""
        return f"{self.held_on:%Y-%m-%d} {self.title or self.get_kind_display()}{seq}"

    @property
    def chaired_by_principal(self) -> bool:
        return self.chair_role in PRINCIPAL_ROLES


class AgendaItem(LedgerModel):
    """One 议题 of a meeting, tagged by topic; a 法治 item is what the 第一责任人 figures count."""

    meeting = models.ForeignKey(Meeting, verbose_name="所属会议", on_delete=models.PROTECT, related_name="agenda_items")
    order = models.PositiveSmallIntegerField("议题序号", default=1)
    topic = models.CharField("议题类别", max_length=20, choices=AgendaTopic.choices)
    rule_of_law = models.BooleanField("法治建设议题", default=True, help_text="与法治建设、法治政府建设有关的议题才计入第一责任人履职统计")
    title = models.CharField("议题", max_length=300)
    presenter = models.CharField("汇报单位/汇报人", max_length=200, blank=True)
    documents = models.TextField("学习/审议的文件或法规", blank=True, help_text="一行一件")
    decision = models.TextField("议定事项", blank=True)

    class Meta:
        verbose_name = "会议议题"
        verbose_name_plural = "会议议题"
        ordering = ["meeting", "order", "pk"]

    def __str__(self) -> str:
        return f"{self.meeting} · {self.get_topic_display()}：{self.title}"

    def clean(self):
        from ..formkit import check_child_unit

        check_child_unit(self, "meeting")
