"""重大行政决策 ledgers (statutes.md §2): the annual 决策事项目录, decisions and their procedures."""

from .catalogue import CatalogueItem, DecisionCatalogue
from .decision import MajorDecision
from .procedures import Consultation, DecisionParticipant, DecisionReview, ExpertOpinion, Hearing, PublicOpinion, RiskAssessment

__all__ = [
    "CatalogueItem", "Consultation", "DecisionCatalogue", "DecisionParticipant", "DecisionReview", "ExpertOpinion",
    "Hearing", "MajorDecision", "PublicOpinion", "RiskAssessment",
]
