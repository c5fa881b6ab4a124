"""Repeat detection: same person (normalised 身份证号/电话/姓名) or near-identical matter, across channels."""

import datetime as dt

import pytest

from fazhi.petitions.selectors import repeat_candidates

pytestmark = pytest.mark.django_db


def test_same_phone_on_another_channel_is_offered(register, tree):
    # given a visit from 王某 with phone 138-0000-1111
    first = register(channel="visit", petitioner_phone="138-0000-1111", received_on=dt.date(2025, 3, 3))
    # when a letter arrives with the phone written differently and a different matter
    found = repeat_candidates(user=tree.yi_operator, petitioner_name="王某某", phone="13800001111",
                              matter="反映邻居建房遮挡采光", on=dt.date(2025, 4, 1))
    # then the earlier visit is offered, for the phone
    assert [c.petition.pk for c in found] == [first.pk]
    assert "联系电话相同" in found[0].reasons


def test_near_identical_matter_from_a_different_name(register, tree):
    # given an online petition about the road works
    first = register(channel="online", petitioner_name="李某", matter="反映村道硬化施工占用承包地，请求给予补偿。")
    # when a phone call reports the same matter with slight differences
    found = repeat_candidates(user=tree.yi_operator, petitioner_name="赵某", matter="村道硬化施工占用了我的承包地,请求补偿",
                              on=dt.date(2025, 3, 10))
    # then it is offered as 事项相近
    assert found and found[0].petition.pk == first.pk
    assert any(r.startswith("事项相近") for r in found[0].reasons)


def test_outside_the_window_or_another_unit_is_not_offered(register, tree):
    # given a petition from two years ago in 一镇 and one in 二镇 with the same ID number
    register(petitioner_id_number="500101199001011234", received_on=dt.date(2023, 1, 5))
    register(user=tree.er_operator, petitioner_id_number="500101199001011234", received_on=dt.date(2025, 3, 1))
    # when 一镇 checks the ID in 2025
    found = repeat_candidates(user=tree.yi_operator, id_number="500101199001011234", on=dt.date(2025, 3, 10))
    # then nothing: one is outside the one-year window, the other belongs to a sibling township
    assert found == []


def test_registration_form_offers_repeats_via_htmx_and_json(register, tree, client_for, api_for):
    # given an earlier petition
    first = register(petitioner_id_number="500101199001011234")
    params = {"petitioner_name": "王某", "petitioner_id_number": "500101199001011234 ", "received_on": "2025-03-20"}
    # when the registration form asks (htmx) and an API client asks (JSON, bearer token)
    page = client_for(tree.yi_operator).get("/petitions/repeat-check/", params, HTTP_HX_REQUEST="true")
    api = api_for(tree.yi_operator).get("/petitions/repeat-check/", {**params, "format": "json"})
    # then both name the earlier petition and why
    assert first.reference_no in page.content.decode() and "身份证号相同" in page.content.decode()
    assert api.status_code == 200 and api.json()["candidates"][0]["reference_no"] == first.reference_no
    # and the registration form carries the htmx hooks and the hint panel
    form = client_for(tree.yi_operator).get("/l/petitions/petitions/new/").content.decode()
    assert 'id="repeat-hint"' in form and "hx-get=\"/petitions/repeat-check/\"" in form


def test_confirmed_repeat_is_linked_and_counted(register, tree):
    # given an earlier petition
    first = register(petitioner_phone="13800001111")
    # when the clerk registers the repeat with the original's number
    second = register(channel="phone", petitioner_phone="13800001111", repeat_of_reference=first.reference_no,
                      received_on=dt.date(2025, 3, 20))
    # then it is linked and flagged
    assert second.repeat_of == first and second.repeat_suspected
    # and an unconfirmed look-alike is only flagged
    third = register(channel="letter", petitioner_phone="13800001111", received_on=dt.date(2025, 3, 21))
    assert third.repeat_of is None and third.repeat_suspected
