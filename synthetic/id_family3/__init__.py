"""Tuning family 3 of synthetic ID-copy uploads (issue 13), written blind to the other two families.

`python -m synthetic.id_family3 --out DIR --count N --seed S` writes images, truth files and a manifest.
"""

from .identity import DOCUMENT_KINDS
from .plan import CAPTURE_KINDS, make_plan, write_set

__all__ = ["CAPTURE_KINDS", "DOCUMENT_KINDS", "make_plan", "write_set"]
