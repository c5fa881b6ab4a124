"""行政规范性文件 ledgers (statutes.md §3): the documents, their legality reviews, cleanup and evaluation."""

from .cleanup import CleanupItem, CleanupRound, Evaluation
from .documents import CommentOpinion, DocNumberCounter, IssuingBody, NormativeDocument, ReviewDesignation
from .reviews import LegalityReview

__all__ = [
    "CleanupItem", "CleanupRound", "CommentOpinion", "DocNumberCounter", "Evaluation", "IssuingBody",
    "LegalityReview", "NormativeDocument", "ReviewDesignation",
]
