"""Models of the 行政执法 app, one module per area."""

from .bodies import AnnualReview, Body, Certificate, Equipment, Officer, OfficerTraining
from .cases import Case, CaseExtension, CaseRecord
from .misc import JointOperation, ProblemAlert, StatisticsReport
from .random_checks import CheckItem, DrawRecord, RandomCheck, RandomPlan, Recusal, Target
from .reviews import CaseFileReview, ReviewedCase, ReviewItem, ReviewScore, ReviewTemplate

__all__ = [
    "AnnualReview", "Body", "Certificate", "Equipment", "Officer", "OfficerTraining",
    "Case", "CaseExtension", "CaseRecord",
    "JointOperation", "ProblemAlert", "StatisticsReport",
    "CheckItem", "DrawRecord", "RandomCheck", "RandomPlan", "Recusal", "Target",
    "CaseFileReview", "ReviewedCase", "ReviewItem", "ReviewScore", "ReviewTemplate",
]
