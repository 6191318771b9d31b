"""Safe copies of uploaded ID documents: find and black out MRZ, BSN, document number and photo.

``redact_id_copy(path_or_bytes, policy)`` is the entry point (see ``api``).
"""

from afscherm.redactors.id_copies.api import IdCopyResult, redact_id_copy
from afscherm.redactors.id_copies.policy import IdCopyPolicy, load_policy

__all__ = ["IdCopyPolicy", "IdCopyResult", "load_policy", "redact_id_copy"]
