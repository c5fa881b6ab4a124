"""案卷评查: reproducible random samples, scoring from the template, rectification and re-check."""

import pytest

from fazhi.core.errors import InvalidInput
from fazhi.core.services import record_create
from fazhi.core.workflow import perform
from fazhi.enforcement import samples
from fazhi.enforcement.models import ReviewItem
from fazhi.enforcement.services import draw as algo


def _batch_with_cases(t, n_cases=4, size=2, seed="评查-1"):
    for i in range(n_cases):
        samples.case_on_spot(t.yi, t.yi_operator)
    batch = samples.review_batch(t.yi, t.yi_operator, sample_size=size)
    return perform(obj=batch, name="sample", user=t.yi_operator, data={"sampled_on": "2025-11-01", "seed": seed})


def test_random_sample_is_reproducible_from_seed_and_snapshot(tree, holidays):
    # given four decided cases and a batch sampling two of them
    batch = _batch_with_cases(tree)
    # then the seed and the pool snapshot are stored, and ranking the snapshot again gives the same two cases
    assert len(batch.pool) == 4 and batch.pool_sha256 == algo.sha256_hex(batch.pool)
    again = algo.rank(batch.seed, "case", batch.pool_sha256, [c["id"] for c in batch.pool])[:2]
    assert sorted(again) == sorted(batch.reviewed_cases.values_list("case_id", flat=True))


def test_district_inspector_samples_the_townships_below(tree, holidays):
    # given decided cases in both townships and a batch kept by the district inspector
    samples.case_on_spot(tree.yi, tree.yi_operator)
    samples.case_on_spot(tree.er, tree.er_operator)
    template = samples.template(tree.district, tree.jia_inspector)
    batch = samples.review_batch(tree.district, tree.jia_inspector, template=template, sample_size=5)
    batch = perform(obj=batch, name="sample", user=tree.jia_inspector, data={"sampled_on": "2025-11-01"})
    # then both townships' files are in the sample, and the inspector, who handled neither, may score them
    assert {rc.case.unit for rc in batch.reviewed_cases.all()} == {tree.yi, tree.er}
    rc = batch.reviewed_cases.first()
    items = {f"item_{i.pk}": i.points for i in template.items.all()}
    rc = perform(obj=rc, name="score", user=tree.jia_inspector, data={"reviewed_on": "2025-11-03", **items})
    assert rc.state == "closed" and rc.total_score == 100


def test_scoring_with_problems_then_rectification_and_recheck(tree, holidays):
    batch = _batch_with_cases(tree, n_cases=1, size=1)
    rc = batch.reviewed_cases.get()
    a, b = rc.batch.template.items.order_by("code")
    # a reviewer who did not handle the case (the legal reviewer) scores it with a problem
    rc = perform(obj=rc, name="score", user=tree.yi_reviewer, data={
        "reviewed_on": "2025-11-03", f"item_{a.pk}": "35", f"item_{b.pk}": "50", "problems": "告知书未载明听证权利"})
    assert (rc.state, rc.total_score, rc.reviewer) == ("rectifying", 85, tree.yi_reviewer)
    rc = perform(obj=rc, name="rectify", user=tree.yi_operator, data={"rectified_on": "2025-11-20", "note": "已补正"})
    # a failed re-check sends it back, a passed one closes it
    rc = perform(obj=rc, name="recheck", user=tree.yi_reviewer, data={"rechecked_on": "2025-11-25", "result": "failed"})
    assert rc.state == "rectifying"
    rc = perform(obj=rc, name="rectify", user=tree.yi_operator, data={"rectified_on": "2025-11-28", "note": "再次补正"})
    rc = perform(obj=rc, name="recheck", user=tree.yi_reviewer, data={"rechecked_on": "2025-11-30", "result": "passed"})
    assert rc.state == "closed"


@pytest.mark.parametrize("scores, words", [
    ({"A1": "40"}, "还没有打分"),
    ({"A1": "41", "B1": "60"}, "0 至 40 分"),
])
def test_scores_must_cover_every_item_within_its_points(tree, holidays, scores, words):
    batch = _batch_with_cases(tree, n_cases=1, size=1)
    rc = batch.reviewed_cases.get()
    by_code = {i.code: i.pk for i in rc.batch.template.items.all()}
    data = {"reviewed_on": "2025-11-03", **{f"item_{by_code[c]}": v for c, v in scores.items()}}
    with pytest.raises(InvalidInput) as exc:
        perform(obj=rc, name="score", user=tree.yi_reviewer, data=data)
    assert words in exc.value.detail
    assert rc.scores.count() == 0


def test_published_template_is_locked(tree, holidays):
    template = samples.template(tree.yi, tree.yi_operator)
    with pytest.raises(InvalidInput) as exc:
        record_create(ledger=ReviewItem.ledger(), user=tree.yi_operator, unit=tree.yi, data={
            "template": template.pk, "code": "C1", "category": "文书", "description": "文书规范", "points": 10})
    assert "已发布并锁定" in exc.value.detail


def test_scoring_page_posts_item_scores(tree, holidays, client_for):
    batch = _batch_with_cases(tree, n_cases=1, size=1)
    rc = batch.reviewed_cases.get()
    client = client_for(tree.yi_reviewer)
    page = client.get(f"/l/enforcement/reviewed_cases/{rc.pk}/").content.decode()
    assert 'id="score-form"' in page
    a, b = rc.batch.template.items.order_by("code")
    resp = client.post(f"/l/enforcement/reviewed_cases/{rc.pk}/step/score/",
                       {"reviewed_on": "2025-11-03", f"item_{a.pk}": "40", f"item_{b.pk}": "55"})
    assert resp.status_code == 302
    rc.refresh_from_db()
    assert rc.total_score == 95
