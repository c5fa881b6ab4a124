"""Demo records of 行政规范性文件, made through the services as the clerks would (seed figures):

* 武隆区 2020 (s003-038/039/040/041/027): 12 documents published on the district website, 73 documents
  reviewed by 区司法局, 11 filed in 2020 (the twelfth, published 2020-12-20, was filed late in January
  2021 — the seed's 12 vs 11); two cleanups of the 118 区政府/区府办 documents in force (94 继续有效,
  24 拟修改或废止) and a 营商环境 special cleanup of 124 department documents and measures.
* 大湾镇 (s000-016/017/019): 三统一 register, documents reviewed by 渝北区司法局 (designated), no
  规范性文件 issued in 2020, a 2020 cleanup of its two older documents; one 2021 document walked to 备案.
* 古楼镇 2024 (s002-022/025/066): 3 documents filed, one of them late (备案不够及时).
* 遂城镇 2020 (s004-021): one document filed with the 镇人大主席团.
"""

from __future__ import annotations

import datetime as dt

from fazhi.core.services import record_create
from fazhi.core.workflow import perform

from .forms import LegacyDocumentForm
from .models import CleanupItem, CleanupRound, CommentOpinion, IssuingBody, NormativeDocument, ReviewDesignation
from .models.reviews import CONTENT_CHECKS
from .services import document_create

D = dt.date
CHECKS = {name: "on" for name, _ in CONTENT_CHECKS}

# reviewers of the county-designated 审核机构 that the seed tree has no user for
EXTRA_REVIEWERS = [
    ("hechuan_legal_reviewer", "合川区司法局", "合川区司法局法制审核员（为乡镇审核）"),
    ("suixi_legal_reviewer", "遂溪县司法局", "遂溪县司法局法制审核员（为乡镇审核）"),
    ("fengdu_legal_reviewer", "丰都县司法局", "丰都县司法局法制审核员（为乡镇审核）"),
]


def reviewer(ctx, username: str):
    """The demo reviewer ``username``, created once in its 司法局 if the tree does not have it."""
    from fazhi.demo.loader import PASSWORD
    from fazhi.org.models import User
    from fazhi.org.services import user_create

    if username in ctx.users:
        return ctx.users[username]
    user = User.objects.filter(username=username).first()
    if user is None:
        _, short, desc = next(r for r in EXTRA_REVIEWERS if r[0] == username)
        user = user_create(username=username, password=PASSWORD, unit=ctx.unit(short), roles=["legal_reviewer"], full_name=desc)
    ctx.users[username] = user
    return user


def _body(ctx, short, user, name, word):
    return IssuingBody.objects.filter(unit=ctx.unit(short), issuer_word=word).first() or record_create(
        ledger=IssuingBody.ledger(), user=user, unit=ctx.unit(short), data={
            "name": name, "issuer_word": word, "doc_kinds": "通知、办法、意见、规定", "is_active": "on",
            "basis": "地方各级人民代表大会和地方各级人民政府组织法"})


def _designate(ctx, short, user, reviewing, by, since):
    if not ReviewDesignation.objects.filter(unit=ctx.unit(short)).exists():
        record_create(ledger=ReviewDesignation.ledger(), user=user, unit=ctx.unit(short), data={
            "reviewing_unit": ctx.unit(reviewing).pk, "designated_by": by, "basis": f"{by}关于明确乡镇（街道）规范性文件合法性审核机构的通知（演示）",
            "effective_from": since})


def _draft(user, body, title, **extra):
    return document_create(ledger=NormativeDocument.ledger(), user=user, unit=body.unit, data={
        "issuing_body": body.pk, "title": title, "doc_kind": extra.pop("doc_kind", "measures"), "category": extra.pop("category", ""),
        "drafting_office": extra.pop("office", "党政办公室"), "summary": extra.pop("summary", "（演示）"),
        "comment_required": "", "comment_exempt_reason": "不直接涉及群众切身利益，经研究不公开征求意见（演示）", **extra})


def _review(doc, user, reviewer_user, submitted, opinion_on, *, opinion="lawful", is_normative=True):
    perform(obj=doc, name="submit_review", user=user, data={
        "submitted_on": submitted, "materials": "送审稿及起草说明、制定依据", "drafter_opinion": "经起草单位审查，未发现合法性问题"})
    data = {"opinion_on": opinion_on, "opinion_text": "经审核，提出如下意见（演示）。", **CHECKS}
    if is_normative:
        data.update({"is_normative": "on", "opinion": opinion})
    perform(obj=doc.reviews.get(state="pending"), name="give_opinion", user=reviewer_user, data=data)
    doc.refresh_from_db()
    return doc


def _through(doc, user, leader, *, deliberated, issued, published, filed=None, filed_with="", where="政府网站"):
    doc = perform(obj=doc, name="deliberate", user=leader, data={"deliberated_on": deliberated, "meeting": "政府常务会议（演示）", "outcome": "passed"})
    doc = perform(obj=doc, name="issue", user=user, data={"issued_on": issued})
    doc = perform(obj=doc, name="publish", user=user, data={"published_on": published, "published_where": where})
    if filed:
        doc = perform(obj=doc, name="file", user=user, data={"filed_on": filed, "filed_with": filed_with})
    return doc


def _legacy(user, body, title, serial, year, *, filed_with):
    issued = D(year, 1 + serial % 11, 1 + serial % 27)
    return record_create(ledger=NormativeDocument.ledger(), user=user, unit=body.unit, form_cls=LegacyDocumentForm, data={
        "issuing_body": body.pk, "title": title, "doc_kind": "measures", "doc_no_text": f"{body.issuer_word}〔{year}〕{serial}号",
        "issued_on": issued, "published_on": issued + dt.timedelta(days=3), "filed_on": issued + dt.timedelta(days=20),
        "filed_with": filed_with, "reviewed": "on", "deliberated": "on", "status": "filed"}, verb="import", label="存量文件登记")


def _round(user, unit, title, kind, started, items, published, scope=""):
    rnd = record_create(ledger=CleanupRound.ledger(), user=user, unit=unit, data={
        "title": title, "kind": kind, "scope_note": scope, "started_on": started})
    for item in items:
        record_create(ledger=CleanupItem.ledger(), user=user, unit=unit, data={"round": rnd.pk, **item})
    return perform(obj=rnd, name="publish", user=user, data={"published_on": published, "published_where": "政府网站"})


# ---------------------------------------------------------------- 武隆区 2020
def _wulong(ctx):
    user, leader, rev = ctx.user("wulong_operator"), ctx.user("wulong_leader"), ctx.user("wulong_legal_reviewer")
    fu = _body(ctx, "武隆区", user, "重庆市武隆区人民政府", "武隆府发")
    ban = _body(ctx, "武隆区", user, "重庆市武隆区人民政府办公室", "武隆府办发")
    _designate(ctx, "武隆区", user, "武隆区司法局", "武隆区人民政府", "2019-01-01")
    filed_with = "重庆市人民政府"

    # 118 documents in force before 2020 (registered from the old register), for the two cleanups
    legacy = []
    for i in range(118):
        body, year = (fu, 2015 + i % 5) if i < 80 else (ban, 2015 + i % 5)
        legacy.append(_legacy(user, body, f"武隆区存量规范性文件（演示）{i + 1}", i // 5 + 1, year, filed_with=filed_with))
    verdict = ["repeal", "amend"]
    first = [{"document": d.pk, "result": "valid" if k < 31 else verdict[k % 2], "reason": "" if k < 31 else "与民法典不一致（演示）"}
             for k, d in enumerate(legacy[:40])]
    second = [{"document": d.pk, "result": "valid" if k < 63 else verdict[k % 2], "reason": "" if k < 63 else "上位法已修改（演示）"}
              for k, d in enumerate(legacy[40:])]
    _round(user, fu.unit, "涉及民法典的规范性文件专项清理（2020年）", "special", "2020-06-01", first, "2020-07-15",
           "以区政府、区政府办公室名义下发的涉及民法典的规范性文件")
    _round(user, fu.unit, "2020年度规范性文件定期清理", "regular", "2020-10-12", second, "2020-12-10",
           "以区政府、区政府办公室名义下发的其余现行规范性文件")
    depts = [{"title": f"区级部门现行文件或政策措施（演示）{k + 1}", "maker": "武隆区级部门（演示）", "result": "valid"} for k in range(124)]
    _round(user, fu.unit, "优化营商环境涉企文件专项清理（2020年）", "special", "2020-08-03", depts, "2020-09-10",
           "区级各部门现行有效的规章、规范性文件和其他政策措施")

    # 73 documents sent to 区司法局 for review in 2020
    months = [3, 4, 5, 6, 7, 8, 9, 11]
    for k in range(73):
        submitted = D(2020, months[k % 8], 2 + (k // 8) * 2)
        opinion_on = submitted + dt.timedelta(days=14)
        if k < 12:  # published in 2020
            body = fu if k < 8 else ban
            doc = _draft(user, body, f"武隆区2020年规范性文件（演示）{k + 1}")
            submitted = D(2020, 3 + (k * 8) // 12, 2 + k) if k < 11 else D(2020, 11, 10)
            doc = _review(doc, user, rev, submitted, submitted + dt.timedelta(days=14))
            base = submitted + dt.timedelta(days=21)
            published = base + dt.timedelta(days=7) if k < 11 else D(2020, 12, 20)
            filed = published + dt.timedelta(days=12) if k < 11 else D(2021, 1, 25)
            _through(doc, user, leader, deliberated=base, issued=base + dt.timedelta(days=3), published=published,
                     filed=filed, filed_with=filed_with, where="重庆市武隆区人民政府官网")
        elif k < 64:  # judged not to be 规范性文件 (工作方案、会议纪要类)
            _review(_draft(user, fu, f"武隆区送审文件（演示）{k + 1}", doc_kind="notice"), user, rev, submitted, opinion_on, is_normative=False)
        elif k < 70:  # 不合法, then the drafters gave up
            doc = _review(_draft(user, ban, f"武隆区送审文件（演示）{k + 1}"), user, rev, submitted, opinion_on, opinion="unlawful")
            perform(obj=doc, name="withdraw", user=user, data={"withdrawn_on": opinion_on + dt.timedelta(days=7), "reason": "经审核不合法，起草单位终止制定"})
        else:  # reviewed in December, issued in 2021
            doc = _review(_draft(user, fu, f"武隆区跨年度文件（演示）{k + 1}"), user, rev, D(2020, 12, 1 + k - 70), D(2020, 12, 15))
            _through(doc, user, leader, deliberated=D(2021, 1, 12), issued=D(2021, 1, 15), published=D(2021, 1, 18),
                     filed=D(2021, 2, 5), filed_with=filed_with, where="重庆市武隆区人民政府官网")


# ---------------------------------------------------------------- 大湾镇
def _dawan(ctx):
    user, leader = ctx.user("dawan_operator"), ctx.user("dawan_leader")
    body = _body(ctx, "大湾镇", user, "重庆市渝北区大湾镇人民政府", "渝北大湾府发")
    _designate(ctx, "大湾镇", user, "渝北区司法局", "渝北区人民政府", "2019-01-01")
    old = [_legacy(user, body, t, n, 2018, filed_with="渝北区人民政府")
           for n, t in ((1, "大湾镇农村人居环境整治考核办法（演示）"), (2, "大湾镇集镇摊区管理办法（演示）"))]
    _round(user, body.unit, "2020年度规范性文件定期清理", "regular", "2020-11-02",
           [{"document": d.pk, "result": "valid"} for d in old], "2020-11-30", "本镇现行有效的规范性文件")
    # 2021: one document through every step; 渝北区司法局 reviews it for the town
    doc = _draft(user, body, "大湾镇农村集体经济组织收益分配指导办法（演示）", comment_required="on", comment_exempt_reason="",
                 summary="规范村集体经济组织收益分配程序和比例。")
    doc = perform(obj=doc, name="open_comment", user=user, data={"comment_start": "2021-03-01", "comment_end": "2021-03-15", "comment_channel": "镇政府网站、村务公开栏"})
    for who, text, adoption, reason in (("村民（演示）", "建议明确公积金提取比例上限。", "adopted", ""),
                                        ("村干部（演示）", "建议删除分红须经乡镇审批的规定。", "rejected", "该规定系落实上级文件要求，予以保留。")):
        record_create(ledger=CommentOpinion.ledger(), user=user, unit=body.unit, data={
            "document": doc.pk, "received_on": "2021-03-05", "submitter": who, "content": text, "adoption": adoption, "reason": reason})
    perform(obj=doc, name="close_comment", user=user, data={"comment_closed_on": "2021-03-15", "adoption_summary": "收到意见2条，采纳1条，不采纳1条并说明理由。",
                                                            "summary_published_on": "2021-03-18", "summary_published_where": "镇政府网站"})
    doc = _review(doc, user, ctx.user("yubei_legal_reviewer"), "2021-03-22", "2021-04-02")
    _through(doc, user, leader, deliberated="2021-04-09", issued="2021-04-12", published="2021-04-14",
             filed="2021-04-28", filed_with="渝北区人民政府")


# ---------------------------------------------------------------- 古楼镇 2024, 遂城镇 2020
def _gulou(ctx):
    user, leader = ctx.user("gulou_operator"), ctx.user("gulou_leader")
    body = _body(ctx, "古楼镇", user, "重庆市合川区古楼镇人民政府", "合川古楼府发")
    _designate(ctx, "古楼镇", user, "合川区司法局", "合川区人民政府", "2021-01-01")
    rev = reviewer(ctx, "hechuan_legal_reviewer")
    plan = [("古楼镇农村建房管理办法（演示）", "2024-03-04", "2024-04-26"),
            ("古楼镇集镇环境卫生管理规定（演示）", "2024-06-03", "2024-07-30"),
            ("古楼镇防汛应急物资管理办法（演示）", "2024-09-02", "2024-11-25")]  # the third filed after the 30-day limit
    for title, submitted, filed in plan:
        s = dt.date.fromisoformat(submitted)
        doc = _review(_draft(user, body, title), user, rev, s, s + dt.timedelta(days=14))
        _through(doc, user, leader, deliberated=s + dt.timedelta(days=21), issued=s + dt.timedelta(days=24),
                 published=s + dt.timedelta(days=28), filed=filed, filed_with="合川区人民政府")


def _suicheng(ctx):
    user, leader = ctx.user("suicheng_operator"), ctx.user("suicheng_leader")
    body = _body(ctx, "遂城镇", user, "遂溪县遂城镇人民政府", "遂城府")
    _designate(ctx, "遂城镇", user, "遂溪县司法局", "遂溪县人民政府", "2019-01-01")
    doc = _review(_draft(user, body, "遂城镇村（居）规民约备案审查办法（演示）"), user, reviewer(ctx, "suixi_legal_reviewer"),
                  D(2020, 5, 11), D(2020, 5, 25))
    _through(doc, user, leader, deliberated=D(2020, 6, 1), issued=D(2020, 6, 3), published=D(2020, 6, 5),
             filed=D(2020, 6, 15), filed_with="遂城镇人大主席团")


def load(ctx):
    if ctx.once("normative.wulong_2020"):
        _wulong(ctx)
    if ctx.once("normative.dawan"):
        _dawan(ctx)
    if ctx.once("normative.gulou_2024"):
        _gulou(ctx)
    if ctx.once("normative.suicheng_2020"):
        _suicheng(ctx)
