"""监督与问责 ledgers (GLOSSARY.md oversight)."""

from .bodies import NPCReport, OversightVisit, Proposal
from .control import Accountability, Audit, BudgetUnit, Complaint, ComplaintChannel

__all__ = ["Accountability", "Audit", "BudgetUnit", "Complaint", "ComplaintChannel", "NPCReport", "OversightVisit",
           "Proposal"]
