"""Retry with exponential back-off and full jitter, for transient store errors only.

Permanent errors (StoreError that is not a TransientStoreError) and every other exception pass through at
once: retrying a missing key or a bug only delays the report.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from afscherm.flows.stores.base import TransientStoreError

T = TypeVar("T")
log = logging.getLogger(__name__)

OnRetry = Callable[[int, TransientStoreError, float], None]


def backoff_delay(attempt: int, base_delay: float, max_delay: float, rng: random.Random | None = None) -> float:
    """Full jitter: uniform in [0, min(max_delay, base_delay * 2**(attempt-1))] so parallel clients spread out."""
    cap = min(max_delay, base_delay * (2 ** (attempt - 1)))
    return (rng or random).uniform(0, cap)


def log_retry(attempt: int, exc: TransientStoreError, delay: float) -> None:
    log.warning("%s; retry %d in %.2f s", exc, attempt, delay)


def retrying(
    fn: Callable[[], T],
    *,
    attempts: int = 5,
    base_delay: float = 0.2,
    max_delay: float = 5,
    on_retry: OnRetry | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> T:
    """``fn()``, called again after a TransientStoreError up to ``attempts`` calls in all.

    ``on_retry(attempt, error, delay)`` runs before each wait (default: a warning in the log). After the last
    attempt a TransientStoreError naming the store, the key and the number of attempts is raised from the last
    error.
    """
    if attempts < 1:
        raise ValueError("attempts must be at least 1")
    notify = on_retry or log_retry
    for attempt in range(1, attempts + 1):
        try:
            return fn()
        except TransientStoreError as exc:
            if attempt == attempts:
                raise TransientStoreError(
                    f"{exc.reason} (gave up after {attempts} attempts)",
                    store=exc.store,
                    key=exc.key,
                    attempts=attempts,
                ) from exc
            delay = backoff_delay(attempt, base_delay, max_delay)
            notify(attempt, exc, delay)
            sleep(delay)
    raise AssertionError("unreachable")  # the loop returns or raises


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How a store retries its calls; from the store's ``retry:`` section in configs/stores.yaml."""

    attempts: int = 5
    base_delay: float = 0.2
    max_delay: float = 5.0
    on_retry: OnRetry | None = None

    def call(self, fn: Callable[[], T]) -> T:
        return retrying(
            fn, attempts=self.attempts, base_delay=self.base_delay, max_delay=self.max_delay, on_retry=self.on_retry
        )
