"""The redaction policy (``configs/policy.yaml``): one operator per entity type, column rules, key sources.

Validated on load; every error names the file and the key. The ``id_copies`` section belongs to the
image redactor, which validates it itself.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    field_validator,
    model_validator,
)

from afscherm.detectors.config import ConfigError, config_dir, read_yaml
from afscherm.detectors.findings import ENTITY_TYPES

# Dutch-readable tags for `replace`, and pseudonym prefixes, unless the policy names others.
DEFAULT_TAGS: dict[str, str] = {
    "PERSON": "<NAAM>",
    "EMAIL_ADDRESS": "<E-MAIL>",
    "PHONE_NUMBER": "<TELEFOONNUMMER>",
    "NL_BSN": "<BSN>",
    "IBAN_CODE": "<IBAN>",
    "MRZ": "<MRZ>",
    "IMEI": "<IMEI>",
    "NL_ID_DOCUMENT": "<DOCUMENTNUMMER>",
    "IP_ADDRESS": "<IP-ADRES>",
    "CREDIT_CARD": "<CREDITCARD>",
    "LOCATION": "<ADRES>",
    "DATE_OF_BIRTH": "<GEBOORTEDATUM>",
}
DEFAULT_PREFIXES: dict[str, str] = {
    "PERSON": "PERSOON",
    "EMAIL_ADDRESS": "EMAIL",
    "PHONE_NUMBER": "TELEFOON",
    "NL_BSN": "BSN",
    "IBAN_CODE": "IBAN",
    "MRZ": "MRZ",
    "IMEI": "IMEI",
    "NL_ID_DOCUMENT": "DOCUMENT",
    "IP_ADDRESS": "IP",
    "CREDIT_CARD": "KAART",
    "LOCATION": "ADRES",
    "DATE_OF_BIRTH": "GEBOORTEDATUM",
}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Replace(_Strict):
    operator: Literal["replace"]
    tag: str | None = None  # default: DEFAULT_TAGS, or <TYPE> for other types


class Mask(_Strict):
    operator: Literal["mask"]
    keep_last: int = Field(default=0, ge=0)  # letters/digits left readable at the end
    char: str = Field(default="*", min_length=1, max_length=1)


MIN_PSEUDONYM_HEX = 12


class Pseudonymise(_Strict):
    operator: Literal["pseudonymise"]
    prefix: str | None = Field(default=None, pattern=r"^[A-Za-z0-9_]+$")
    # Two people with one token are merged in access and erasure requests. Among n distinct values about
    # n²/2^(4·hex_chars+1) pairs collide: for 500,000 values 8 hex characters give ≈ 29 colliding pairs,
    # 12 give ≈ 0.0004 and the default 16 give ≈ 7·10⁻⁹.
    hex_chars: int = Field(default=16, le=64)

    @field_validator("hex_chars")
    @classmethod
    def _long_enough(cls, value: int) -> int:
        if value < MIN_PSEUDONYM_HEX:
            raise ValueError(
                f"must be at least {MIN_PSEUDONYM_HEX}: shorter pseudonyms collide "
                "(8 hex characters give ≈ 29 colliding pairs among 500,000 values)"
            )
        return value


class Encrypt(_Strict):
    operator: Literal["encrypt"]


class Remove(_Strict):
    operator: Literal["remove"]


class Keep(_Strict):
    operator: Literal["keep"]


def _shorthand(value: Any) -> Any:
    """``NL_BSN: replace`` means ``NL_BSN: {operator: replace}``."""
    return {"operator": value} if isinstance(value, str) else value


OperatorSpec = Annotated[
    Replace | Mask | Pseudonymise | Encrypt | Remove | Keep,
    Field(discriminator="operator"),
    BeforeValidator(_shorthand),
]


class ColumnRule(_Strict):
    """How one column (CSV/Parquet) or key (JSON) is treated instead of running detection.

    ``scan: false`` keeps the value as is; ``entity_type`` treats every value as that type and applies
    ``operator`` (default: the policy's operator for the type).
    """

    scan: bool = True
    entity_type: str | None = None
    operator: OperatorSpec | None = None

    @model_validator(mode="after")
    def _one_meaning(self) -> ColumnRule:
        if not self.scan and (self.entity_type or self.operator):
            raise ValueError("scan: false keeps the column as is; it takes no entity_type or operator")
        if self.scan and not self.entity_type:
            raise ValueError("give entity_type (whole value is that type) or scan: false")
        if self.entity_type and self.entity_type not in ENTITY_TYPES:
            raise ValueError(f"unknown entity type {self.entity_type!r}")
        return self


# A value that reads as key material (long hex) is refused as a name. Names are only ever printed once
# they passed these checks, so a key pasted where its variable's name belongs is never echoed.
_ENV_NAME = re.compile(r"[A-Z_][A-Z0-9_]{0,127}")
_BLOCK_NAME = re.compile(r"[a-z0-9][a-z0-9-]{0,127}")
_KEY_LIKE = re.compile(r"[0-9A-Fa-f]{16,}")
_NOT_SHOWN = "the value is not shown, in case it is the key itself"


class KeySource(_Strict):
    env: str  # the NAME of the environment variable that holds the key
    prefect_secret: str | None = None  # a Prefect Secret block, read only when the env variable is unset

    @field_validator("env")
    @classmethod
    def _a_variable_name(cls, value: str) -> str:
        if not _ENV_NAME.fullmatch(value) or _KEY_LIKE.fullmatch(value):
            raise ValueError(
                f"must be the name of an environment variable (A-Z, 0-9, _), not the key itself; {_NOT_SHOWN}"
            )
        return value

    @field_validator("prefect_secret")
    @classmethod
    def _a_block_name(cls, value: str | None) -> str | None:
        if value is not None and (not _BLOCK_NAME.fullmatch(value) or _KEY_LIKE.fullmatch(value)):
            raise ValueError(
                f"must be the name of a Prefect Secret block (a-z, 0-9, -), not the key itself; {_NOT_SHOWN}"
            )
        return value


class Keys(_Strict):
    pseudonym: KeySource = KeySource(env="AFSCHERM_PSEUDONYM_KEY")
    encryption: KeySource = KeySource(env="AFSCHERM_ENCRYPTION_KEY")


class Policy(_Strict):
    default: OperatorSpec = Replace(operator="replace")
    entities: dict[str, OperatorSpec] = Field(default_factory=dict)
    columns: dict[str, ColumnRule] = Field(default_factory=dict)
    keys: Keys = Keys()
    id_copies: dict[str, Any] | None = None  # validated by the image redactor
    _source: str = PrivateAttr(default="<policy>")

    @field_validator("entities")
    @classmethod
    def _known_types(cls, entities: dict[str, Any]) -> dict[str, Any]:
        for name in entities:
            if name not in ENTITY_TYPES:
                raise ValueError(f"unknown entity type {name!r} (known: {', '.join(ENTITY_TYPES)})")
        return entities

    @property
    def source(self) -> str:
        """The file the policy came from, for error messages."""
        return self._source

    def operator_for(self, entity_type: str) -> OperatorSpec:
        return self.entities.get(entity_type, self.default)

    def column_rule(self, column: str) -> ColumnRule | None:
        """Rules match column names and JSON keys case-insensitively."""
        return self._columns_folded().get(column.casefold())

    def _columns_folded(self) -> dict[str, ColumnRule]:
        return {k.casefold(): v for k, v in self.columns.items()}

    def all_operators(self) -> list[OperatorSpec]:
        specs = [self.default, *self.entities.values()]
        specs += [r.operator or self.operator_for(r.entity_type) for r in self.columns.values() if r.entity_type]
        return specs

    def needs(self, operator: str) -> bool:
        return any(spec.operator == operator for spec in self.all_operators())


def parse_policy(data: dict[str, Any], source: str = "<policy>") -> Policy:
    try:
        policy = Policy.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = [str(p) for p in err["loc"] if not str(p).startswith(("function-after", "tagged-union"))]
        key = ".".join(loc) or "(top level)"
        msg = err["msg"].removeprefix("Value error, ")
        raise ConfigError(f"{source}: key '{key}': {msg}") from exc
    policy._source = source
    return policy


def load_policy(path: Path | None = None) -> Policy:
    path = Path(path) if path else config_dir() / "policy.yaml"
    return parse_policy(read_yaml(path), str(path))
