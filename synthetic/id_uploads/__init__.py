"""A second, independent generator of synthetic ID-document uploads (held-out test family for afscherm).

See README.md in this folder. Never tune the redactor on its output.
"""

from .documents import DOCUMENT_KINDS
from .generator import CAPTURE_KINDS, PlanItem, generate, make_upload, plan

__all__ = ["CAPTURE_KINDS", "DOCUMENT_KINDS", "PlanItem", "generate", "make_upload", "plan"]
