"""``configs/analysis.yaml``: which stores may hold the special identifiers, validated on load.

Every error names the file and the key (``configs/analysis.yaml: key 'special_identifiers.NL_BSN.0': …``).
"""

from __future__ import annotations

import fnmatch
import re
from pathlib import Path
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, field_validator

from afscherm.detectors.config import ConfigError, config_dir, read_yaml
from afscherm.detectors.findings import ENTITY_TYPES

# Not an entity type: an object the scan handled as a copy of an identity document (an image, see
# ``id_copy_suffixes``). The image path records no findings for it, so it is recognised from the objects table.
ID_COPY = "ID_COPY"
SPECIAL_KINDS = (*ENTITY_TYPES, ID_COPY)
# Store names are letters, digits, '_', '.', '-' (discovery.index.check_store_name); patterns add * ? [ ].
_STORE_PATTERN = re.compile(r"[A-Za-z0-9_.*?\[\]-]{1,128}")


def _store_pattern(value: str) -> str:
    if not _STORE_PATTERN.fullmatch(value):
        raise ValueError(f"{value!r} is not a store name or pattern (letters, digits, '_', '.', '-', '*', '?')")
    return value


def _suffix(value: str) -> str:
    if not re.fullmatch(r"\.[A-Za-z0-9]{1,10}", value):
        raise ValueError(f"{value!r} is not a file suffix like '.png'")
    return value.lower()


StorePattern = Annotated[str, AfterValidator(_store_pattern)]
Suffix = Annotated[str, AfterValidator(_suffix)]


class AnalysisConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    # entity type (or ID_COPY) -> store-name patterns allowed to hold it; an empty list: allowed nowhere.
    special_identifiers: dict[str, list[StorePattern]] = Field(default_factory=dict)
    id_copy_suffixes: list[Suffix] = Field(default_factory=lambda: [".png", ".jpg", ".jpeg", ".tif", ".tiff", ".webp"])
    hot_spots: int = Field(default=20, ge=1, le=1000)
    # Rows of the "outside allowed stores" table in the report (the counts above it are always complete).
    max_listed_objects: int = Field(default=200, ge=1, le=100_000)

    @field_validator("special_identifiers")
    @classmethod
    def _known_kinds(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for kind in value:
            if kind not in SPECIAL_KINDS:
                raise ValueError(f"unknown type {kind!r} (one of {', '.join(SPECIAL_KINDS)})")
        return value

    def allowed(self, kind: str, store: str) -> bool:
        """May ``store`` hold ``kind``? Kinds not listed are not special: allowed everywhere."""
        patterns = self.special_identifiers.get(kind)
        return patterns is None or any(fnmatch.fnmatchcase(store, p) for p in patterns)


def load_analysis_config(path: Path | None = None) -> AnalysisConfig:
    path = path or config_dir() / "analysis.yaml"
    try:
        return AnalysisConfig.model_validate(read_yaml(path))
    except ValidationError as exc:
        err = exc.errors()[0]
        key = ".".join(str(p) for p in err["loc"]) or "(top level)"
        msg = str(err["msg"]).removeprefix("Value error, ")
        raise ConfigError(f"{path}: key '{key}': {msg}") from exc
