"""Detection of personal data in Dutch text: Presidio recognisers on a Dutch spaCy pipeline."""

from detectors.analyzer import Analyzer, analyze, analyze_text, default_analyzer
from detectors.findings import ENTITY_TYPES, Finding

__all__ = ["ENTITY_TYPES", "Analyzer", "Finding", "analyze", "analyze_text", "default_analyzer"]
