"""权责清单 · 政务服务 ledgers (GLOSSARY.md lists)."""

from .government_services import EnterpriseSupport, ServiceCenter, ServiceItem, ServiceVolume, ServiceWindow
from .powers import (ApprovalReformAction, CertificationItem, FairCompetitionReview, FeeItem, NegativeListEntry, PowerItem,
                     PowerItemChange)

__all__ = ["ApprovalReformAction", "CertificationItem", "EnterpriseSupport", "FairCompetitionReview", "FeeItem",
           "NegativeListEntry", "PowerItem", "PowerItemChange", "ServiceCenter", "ServiceItem", "ServiceVolume",
           "ServiceWindow"]
