import json

from fazhi.publicity.models import Activity

URL = "/api/publicity/activities/"
BODY = {"held_on": "2025-12-04", "title": "宪法日宣传", "venue_type": "campaign_day", "audience": "public", "attendance": 80}


def _post(client, url, body):
    return client.post(url, data=json.dumps(body), content_type="application/json")


def test_token_auth_create_read_update_and_openapi(tree, api_for):
    api = api_for(tree.yi_operator)
    # when a record is created through the API
    r = _post(api, URL, BODY)
    assert r.status_code == 201, r.content
    rid = r.json()["id"]
    assert r.json()["unit"]["name"] == "一镇人民政府" and r.json()["venue_type_label"] == "宣传日集中宣传"
    # then it can be read, listed with filters, and patched field by field
    assert api.get(f"{URL}{rid}").json()["attendance"] == 80
    assert api.get(URL, {"year": 2025}).json()["count"] == 1
    assert api.get(URL, {"year": 2024}).json()["count"] == 0
    r = api.patch(f"{URL}{rid}", data=json.dumps({"attendance": 95}), content_type="application/json")
    assert r.status_code == 200 and r.json()["attendance"] == 95 and r.json()["title"] == "宪法日宣传"
    hist = api.get(f"{URL}{rid}/timeline").json()
    assert [e["verb"] for e in hist["events"]] == ["create", "update"]
    assert hist["history"][0]["user"] == "yi_operator"


def test_invalid_input_is_422_with_chinese_field_messages(tree, api_for):
    r = _post(api_for(tree.yi_operator), URL, {**BODY, "held_on": "2025-02-30", "venue_type": "nope"})
    assert r.status_code == 422
    body = r.json()
    assert body["code"] == "invalid" and "held_on" in body["errors"] and "venue_type" in body["errors"]
    assert Activity.objects.count() == 0


def test_void_twice_is_a_409_gate_and_void_needs_a_reason(tree, api_for):
    api = api_for(tree.yi_operator)
    rid = _post(api, URL, BODY).json()["id"]
    r = _post(api, f"{URL}{rid}/void", {"reason": ""})
    assert r.status_code == 422 and "原因" in r.json()["detail"]
    assert _post(api, f"{URL}{rid}/void", {"reason": "重复登记"}).status_code == 200
    r = _post(api, f"{URL}{rid}/void", {"reason": "再来一次"})
    assert r.status_code == 409 and r.json() == {"code": "already_void", "detail": "该记录已经作废。"}
    # a voided record stays readable but cannot be edited
    r = api.patch(f"{URL}{rid}", data=json.dumps({"attendance": 1}), content_type="application/json")
    assert r.status_code == 409


def test_unauthenticated_and_unknown_transition_and_garbage(tree, api_for, client):
    assert client.get(URL).status_code == 401
    assert "登录" in client.get(URL).json()["detail"]
    api = api_for(tree.yi_operator)
    rid = _post(api, URL, BODY).json()["id"]
    r = _post(api, f"{URL}{rid}/transitions/fly", {})
    assert r.status_code == 404
    assert api.get(f"{URL}999999").status_code == 404
    assert api.get(f"{URL}abc").status_code == 422
    r = api.post(URL, data="{not json", content_type="application/json")
    assert r.status_code in (400, 422)


def test_role_without_write_grant_gets_403(tree, api_for):
    r = _post(api_for(tree.yi_reviewer), URL, BODY)
    assert r.status_code == 403 and "无权" in r.json()["detail"]


def test_openapi_lists_the_conventional_paths(tree, client):
    client.force_login(tree.yi_operator)
    paths = client.get("/api/openapi.json").json()["paths"]
    assert {URL, URL + "{id}", URL + "{id}/transitions/{name}", URL + "{id}/void"} <= set(paths)
