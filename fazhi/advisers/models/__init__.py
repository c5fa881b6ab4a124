"""法律顾问 · 公共法律服务 models. Each area lives in its own module and is imported here."""

from .advisers import Adviser, AdviserService, AdviserYearLog, Engagement

__all__ = ["Adviser", "AdviserService", "AdviserYearLog", "Engagement"]
