"""Errors every entry point (web, API, CLI) turns into the same Chinese message.

A statutory gate refuses with ``GateRefused`` (HTTP 409); bad input is ``InvalidInput``
(HTTP 422); a role that may not act is ``NotPermitted`` (HTTP 403). Out-of-scope objects are
never an error of their own: they are ``Http404``, exactly like missing ones.
"""

from __future__ import annotations


class FazhiError(Exception):
    status = 400
    code = "error"

    def __init__(self, code: str | None = None, detail: str = "", **extra):
        self.code = code or self.code
        self.detail = detail
        self.extra = extra
        super().__init__(detail)

    def as_dict(self) -> dict:
        return {"code": self.code, "detail": self.detail, **self.extra}


class GateRefused(FazhiError):
    """A procedural step refused by a statutory gate or an illegal transition."""

    status = 409


class InvalidInput(FazhiError):
    """Input that fails validation; ``errors`` maps a field (or ``__all__``) to messages."""

    status = 422
    code = "invalid"

    def __init__(self, detail: str = "输入有误，请按提示修改。", errors: dict | None = None, code: str | None = None):
        super().__init__(code or "invalid", detail, errors=errors or {})

    @property
    def errors(self) -> dict:
        return self.extra["errors"]


class NotPermitted(FazhiError):
    status = 403
    code = "not_permitted"


def validation_error_to_invalid(exc) -> InvalidInput:
    """Turn a Django ValidationError into InvalidInput with per-field Chinese messages."""
    if hasattr(exc, "error_dict"):
        errors = {field: [str(m) for e in errs for m in e.messages] for field, errs in exc.error_dict.items()}
    else:
        errors = {"__all__": list(exc.messages)}
    flat = "；".join(m for msgs in errors.values() for m in msgs)
    return InvalidInput(flat or "输入有误。", errors)
