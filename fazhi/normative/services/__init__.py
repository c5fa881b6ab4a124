"""Writes of the 规范性文件 app; importing the package registers every procedural step."""

from .cleanup import create_in_parent_unit, round_publish
from .documents import (
    document_close_comment, document_create, document_deliberate, document_file, document_issue, document_open_comment,
    document_publish, document_record_revision, document_submit_review, document_withdraw, review_open,
)
from .numbering import doc_number_format, doc_number_take
from .reviews import review_give_opinion, review_record_supplement

__all__ = [
    "create_in_parent_unit", "doc_number_format", "doc_number_take", "document_close_comment", "document_create",
    "document_deliberate", "document_file", "document_issue", "document_open_comment", "document_publish",
    "document_record_revision", "document_submit_review", "document_withdraw", "review_give_opinion", "review_open",
    "review_record_supplement", "round_publish",
]
