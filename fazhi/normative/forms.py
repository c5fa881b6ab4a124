"""Register forms of the 规范性文件 ledgers (declared once: web, API and Excel use them)."""

from __future__ import annotations

import re

from django import forms
from django.core.exceptions import ValidationError

from fazhi.org.models import Unit

from .choices import IN_FORCE, PRE_DELIBERATION, DocState
from .models import (
    CleanupItem, CleanupRound, CommentOpinion, Evaluation, IssuingBody, LegalityReview, NormativeDocument,
    ReviewDesignation,
)

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
DOC_NO_RE = re.compile(r"^(?P<word>.+?)〔(?P<year>\d{4})〕(?P<serial>\d+)号$")
MSG_REASON_NEEDED = "部分采纳或不采纳的，必须说明理由。"


class _UserForm(forms.ModelForm):
    """A form whose choices depend on the acting user's scope."""

    accepts_user = True

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def _limit(self, name, queryset):
        if name in self.fields and self.user is not None:
            self.fields[name].queryset = queryset


class IssuingBodyForm(forms.ModelForm):
    class Meta:
        model = IssuingBody
        fields = ["name", "issuer_word", "doc_kinds", "categories", "basis", "is_active"]


class ReviewDesignationForm(_UserForm):
    class Meta:
        model = ReviewDesignation
        fields = ["reviewing_unit", "designated_by", "basis", "effective_from"]
        widgets = {"effective_from": DATE}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.user is not None and self.user.unit_id:
            # the unit itself, its governments above, and the departments of all of them
            ancestors = [u.pk for u in self.user.unit.ancestors()]
            qs = Unit.objects.filter(pk=self.user.unit_id) | Unit.objects.filter(pk__in=ancestors) | \
                Unit.objects.filter(parent_id__in=[*ancestors, self.user.unit_id], level="department")
            self._limit("reviewing_unit", qs.distinct().order_by("path"))


class NormativeDocumentForm(_UserForm):
    class Meta:
        model = NormativeDocument
        fields = ["issuing_body", "title", "doc_kind", "category", "drafting_office", "summary",
                  "market_related", "comment_required", "comment_exempt_reason"]
        widgets = {"summary": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.user is not None:
            self._limit("issuing_body", IssuingBody.objects.restrict(self.user, "change").live().filter(is_active=True))
        if self.instance.pk and self.instance.state not in PRE_DELIBERATION:
            # once deliberated the text and its maker are fixed: a change needs a new document (or 清理: 修改)
            for name in ("issuing_body", "title", "doc_kind", "summary", "market_related", "comment_required"):
                if name in self.fields:
                    self.fields[name].disabled = True

    def clean(self):
        data = super().clean()
        if not data.get("comment_required") and not (data.get("comment_exempt_reason") or "").strip():
            self.add_error("comment_exempt_reason", "不公开征求意见的，应当写明理由。")
        return data


class LegacyDocumentForm(NormativeDocumentForm):
    """存量文件登记 (Excel): documents issued before the platform, with their number and dates.

    The number is checked against the 制定主体's 代字; the 三统一 counter then continues above the
    highest number registered, so a new number never repeats an old one.
    """

    STATUS_CHOICES = [(DocState.FILED, "现行有效"), (DocState.REPEALED, "已废止"), (DocState.EXPIRED, "已失效")]

    doc_no_text = forms.CharField(label="文号", help_text="如：武隆府发〔2018〕12号")
    issued_on = forms.DateField(label="印发日期", widget=DATE)
    published_on = forms.DateField(label="公布日期", widget=DATE)
    effective_on = forms.DateField(label="施行日期", required=False, widget=DATE)
    expires_on = forms.DateField(label="有效期届满日", required=False, widget=DATE)
    filed_on = forms.DateField(label="报备日期", required=False, widget=DATE)
    filed_with = forms.CharField(label="备案机关", required=False)
    reviewed = forms.BooleanField(label="经合法性审核", required=False)
    deliberated = forms.BooleanField(label="经集体审议", required=False)
    status = forms.ChoiceField(label="文件状态", choices=STATUS_CHOICES)
    ended_on = forms.DateField(label="废止/失效日期", required=False, widget=DATE)

    class Meta(NormativeDocumentForm.Meta):
        fields = ["issuing_body", "title", "doc_kind", "category", "drafting_office"]

    def clean(self):
        data = forms.ModelForm.clean(self)
        body, text = data.get("issuing_body"), (data.get("doc_no_text") or "").strip()
        m = DOC_NO_RE.match(text)
        if not m:
            self.add_error("doc_no_text", "文号格式应为“代字〔年份〕序号号”，如 武隆府发〔2018〕12号（注意使用六角括号〔〕）。")
        elif body is not None and m["word"] != body.issuer_word:
            self.add_error("doc_no_text", f"文号代字“{m['word']}”与制定主体的代字“{body.issuer_word}”不一致。")
        elif body is not None and NormativeDocument.objects.filter(
                unit_id=body.unit_id, issuer_word=m["word"], doc_year=int(m["year"]), doc_serial=int(m["serial"])).exists():
            self.add_error("doc_no_text", f"文号“{text}”已经登记过，同一文号不能重复使用。")
        if self.errors:
            return data
        inst = self.instance
        inst.comment_required = False
        inst.comment_exempt_reason = "存量文件登记"
        inst.legacy = True
        inst.state = data["status"]
        inst.issuer_word, inst.doc_year, inst.doc_serial = m["word"], int(m["year"]), int(m["serial"])
        inst.doc_no = text
        inst.registered_on = inst.issued_on = data["issued_on"]
        inst.published_on = data["published_on"]
        inst.effective_on = data.get("effective_on") or data["published_on"]
        inst.expires_on = data.get("expires_on")
        inst.filed_on, inst.filed_with = data.get("filed_on"), data.get("filed_with") or ""
        inst.review_passed_on = data["issued_on"] if data.get("reviewed") else None
        inst.deliberated_on = data["issued_on"] if data.get("deliberated") else None
        inst.ended_on = data.get("ended_on")
        if data["status"] != DocState.FILED and not inst.ended_on:
            self.add_error("ended_on", "已废止或已失效的文件，请填写废止/失效日期。")
        if data["status"] == DocState.FILED and not inst.filed_on:
            inst.state = DocState.PUBLISHED
        return data


class CommentOpinionForm(_UserForm):
    class Meta:
        model = CommentOpinion
        fields = ["document", "received_on", "submitter", "content", "adoption", "reason"]
        widgets = {"received_on": DATE, "content": forms.Textarea(attrs={"rows": 3}), "reason": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.user is not None:
            self._limit("document", NormativeDocument.objects.restrict(self.user, "change").live()
                        .filter(state__in=[DocState.COMMENTING, DocState.COMMENTED]))

    def clean(self):
        data = super().clean()
        if data.get("adoption") in ("partly", "rejected") and not (data.get("reason") or "").strip():
            self.add_error("reason", MSG_REASON_NEEDED)
        return data


class LegalityReviewForm(forms.ModelForm):
    """Shown on the review record; the opinion itself is given through the step 出具审核意见."""

    class Meta:
        model = LegalityReview
        fields = ["materials"]


class CleanupRoundForm(forms.ModelForm):
    class Meta:
        model = CleanupRound
        fields = ["title", "kind", "scope_note", "started_on"]
        widgets = {"started_on": DATE}


class CleanupItemForm(_UserForm):
    class Meta:
        model = CleanupItem
        fields = ["round", "document", "title", "maker", "result", "reason"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.user is not None:
            self._limit("round", CleanupRound.objects.restrict(self.user, "change").live().filter(state="open"))
            self._limit("document", NormativeDocument.objects.restrict(self.user, "change").live().filter(state__in=IN_FORCE))

    def clean(self):
        data = super().clean()
        doc, title = data.get("document"), (data.get("title") or "").strip()
        if bool(doc) == bool(title):
            raise ValidationError("请选择本单位的规范性文件，或者填写其他文件名称（二者选一）。")
        return data


class EvaluationForm(_UserForm):
    class Meta:
        model = Evaluation
        fields = ["document", "evaluated_on", "evaluator", "method", "findings", "conclusion"]
        widgets = {"evaluated_on": DATE, "findings": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.user is not None:
            self._limit("document", NormativeDocument.objects.restrict(self.user, "change").live().filter(state__in=IN_FORCE))
