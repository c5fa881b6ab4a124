"""普法 · 学法 · 培训 ledgers, and 公共法律服务 / 法律明白人 until the advisers app takes them (GLOSSARY.md)."""

from .activities import Activity, CultureSite, MediaCoverage, PublicityDuty
from .legal_services import LegalLiterate, LegalService, LegalServicePoint
from .study import PARTICIPANT_FIELDS, Exam, Study, Training

__all__ = ["PARTICIPANT_FIELDS", "Activity", "CultureSite", "Exam", "LegalLiterate", "LegalService", "LegalServicePoint",
           "MediaCoverage", "PublicityDuty", "Study", "Training"]
