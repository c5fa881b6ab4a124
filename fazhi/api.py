"""The JSON API (django-ninja): same scoping, same services, same messages as the web pages.

Conventions every ledger follows (generated from the ledger registry):
  GET/POST   /api/<app>/<plural>/                      list (filters as query parameters) / create
  GET/PATCH  /api/<app>/<plural>/{id}                  read / update
  POST       /api/<app>/<plural>/{id}/transitions/{name}  a named procedural step
  POST       /api/<app>/<plural>/{id}/void             作废 with {"reason": "…"}
  GET        /api/<app>/<plural>/{id}/timeline         procedural timeline and field history
A statutory gate answers 409 {"code", "detail"}; invalid input 422; out of scope 404.
"""

from __future__ import annotations

import logging
from typing import Any

from django.http import Http404
from django.utils import timezone
from ninja import Body, NinjaAPI, Router
from ninja.errors import AuthenticationError, HttpError
from ninja.responses import Status
from ninja.errors import ValidationError as NinjaValidationError
from ninja.security import HttpBearer, django_auth

from fazhi.core.errors import FazhiError
from fazhi.core.ledgers import LEDGERS, Ledger
from fazhi.core.serialize import record_to_dict

log = logging.getLogger(__name__)


class TokenAuth(HttpBearer):
    def authenticate(self, request, token):
        from fazhi.core.models import ApiToken

        row = ApiToken.objects.select_related("user", "user__unit").filter(key=token, is_active=True).first()
        if row is None or not row.user.is_active:
            return None
        ApiToken.objects.filter(pk=row.pk).update(last_used_at=timezone.now())
        request.user = row.user
        return row.user


api = NinjaAPI(
    title="法治政府建设工作平台 API", version="1", urls_namespace="api",
    auth=[TokenAuth(), django_auth], openapi_url="/openapi.json", docs_url="/docs",
)


@api.exception_handler(FazhiError)
def _fazhi_error(request, exc: FazhiError):
    return api.create_response(request, exc.as_dict(), status=exc.status)


@api.exception_handler(Http404)
def _not_found(request, exc):
    return api.create_response(request, {"code": "not_found", "detail": "未找到该记录。"}, status=404)


@api.exception_handler(NinjaValidationError)
def _invalid(request, exc):
    return api.create_response(request, {"code": "invalid", "detail": "请求格式有误。", "errors": exc.errors}, status=422)


@api.exception_handler(AuthenticationError)
def _unauth(request, exc):
    return api.create_response(request, {"code": "unauthenticated", "detail": "请先登录，或在请求头中提供有效的 API 令牌。"}, status=401)


@api.exception_handler(HttpError)
def _http_error(request, exc):
    return api.create_response(request, {"code": "error", "detail": str(exc)}, status=exc.status_code)


@api.exception_handler(Exception)
def _unexpected(request, exc):
    log.exception("unexpected API error")
    return api.create_response(request, {"code": "server_error", "detail": "服务器内部错误，已记录，请联系系统管理员。"}, status=500)


def _ledger_router(ledger: Ledger) -> Router:
    from fazhi.audit.services import timeline_for
    from fazhi.core.history import history_rows
    from fazhi.core.selectors import record_get, record_list
    from fazhi.core.services import record_create, record_update, record_void
    from fazhi.core.workflow import available_steps, perform

    router = Router(tags=[ledger.label])
    op = f"{ledger.app}_{ledger.plural}"

    @router.get(f"/{ledger.plural}/", operation_id=f"{op}_list", summary=f"{ledger.label}列表")
    def list_(request, limit: int = 100, offset: int = 0) -> dict[str, Any]:
        fs = record_list(ledger=ledger, user=request.user, params=request.GET)
        qs = fs.qs
        limit = max(1, min(limit, 1000))
        return {"count": qs.count(), "results": [record_to_dict(o) for o in qs[offset:offset + limit]]}

    @router.post(f"/{ledger.plural}/", operation_id=f"{op}_create", summary=f"新增{ledger.item_label}", response={201: dict})
    def create(request, payload: dict[str, Any] = Body(...)):
        unit = None
        if payload.get("unit"):
            from fazhi.core.scoping import units_for

            unit = units_for(request.user, "change").filter(pk=payload["unit"]).first()
            if unit is None:
                raise Http404
        obj = (ledger.create or record_create)(ledger=ledger, user=request.user, data=payload, unit=unit)
        return Status(201, record_to_dict(obj))

    @router.get(f"/{ledger.plural}/{{id}}", operation_id=f"{op}_read", summary=f"{ledger.item_label}详情")
    def read(request, id: int) -> dict[str, Any]:
        obj = record_get(ledger=ledger, user=request.user, pk=id)
        data = record_to_dict(obj)
        data["available_transitions"] = [s.name for s in available_steps(obj, request.user)]
        return data

    @router.patch(f"/{ledger.plural}/{{id}}", operation_id=f"{op}_update", summary=f"修改{ledger.item_label}")
    def update(request, id: int, payload: dict[str, Any] = Body(...)) -> dict[str, Any]:
        obj = record_get(ledger=ledger, user=request.user, pk=id)
        # PATCH: unspecified fields keep their values — start from the current record
        from fazhi.core.serialize import form_initial

        data = {**form_initial(ledger, request.user, obj), **payload}
        return record_to_dict(record_update(ledger=ledger, user=request.user, obj=obj, data=data))

    @router.post(f"/{ledger.plural}/{{id}}/transitions/{{name}}", operation_id=f"{op}_transition", summary="办理程序步骤")
    def transition(request, id: int, name: str, payload: dict[str, Any] = Body(default={})) -> dict[str, Any]:
        obj = record_get(ledger=ledger, user=request.user, pk=id)
        return record_to_dict(perform(obj=obj, name=name, user=request.user, data=payload))

    @router.post(f"/{ledger.plural}/{{id}}/void", operation_id=f"{op}_void", summary="作废")
    def void(request, id: int, payload: dict[str, Any] = Body(...)) -> dict[str, Any]:
        obj = record_get(ledger=ledger, user=request.user, pk=id)
        return record_to_dict(record_void(user=request.user, obj=obj, reason=str(payload.get("reason", ""))))

    @router.get(f"/{ledger.plural}/{{id}}/timeline", operation_id=f"{op}_timeline", summary="程序时间线与修改历史")
    def timeline(request, id: int) -> dict[str, Any]:
        obj = record_get(ledger=ledger, user=request.user, pk=id)
        events = [{"at": e.created_at.isoformat(), "verb": e.verb, "label": e.label, "actor": str(e.actor or ""),
                   "from_state": e.from_state, "to_state": e.to_state, "data": e.data} for e in timeline_for(obj)]
        history = [{"at": h["date"].isoformat(), "user": str(h["user"] or ""), "type": h["type"], "reason": h["reason"],
                    "changes": [{k: str(v) for k, v in c.items()} for c in h["changes"]]} for h in history_rows(obj)]
        return {"events": events, "history": history}

    return router


def _mount() -> None:
    """Generated ledger routes per app, plus an app's own ``api_routes.router`` for what is not a ledger."""
    from importlib import import_module
    from importlib.util import find_spec

    from django.apps import apps as django_apps

    by_app: dict[str, Router] = {}
    for ledger in LEDGERS.values():
        parent = by_app.setdefault(ledger.app, Router())
        parent.add_router("", _ledger_router(ledger))
    for cfg in django_apps.get_app_configs():
        if cfg.name.startswith("fazhi.") and find_spec(f"{cfg.name}.api_routes"):
            by_app.setdefault(cfg.label, Router()).add_router("", import_module(f"{cfg.name}.api_routes").router)
    for app, router in by_app.items():
        api.add_router(f"/{app}", router)


@api.get("/me", summary="当前用户", tags=["系统"])
def me(request) -> dict[str, Any]:
    u = request.user
    return {"username": u.username, "name": str(u), "unit": u.unit.name if u.unit else None, "roles": u.roles}


@api.get("/deadlines/compute", summary="计算法定期限", tags=["系统"])
def deadline_compute(request, rule: str, start: str) -> dict[str, Any]:
    import datetime as dt

    from fazhi.core.errors import InvalidInput
    from fazhi.deadlines.services import deadline_compute as compute

    try:
        start_date = dt.date.fromisoformat(start)
    except ValueError:
        raise InvalidInput(f"日期“{start}”格式不对，应为 YYYY-MM-DD 且是日历上存在的日期。") from None
    return compute(rule, start_date).as_dict()


_mount()
