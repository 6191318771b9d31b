"""One Prefect test server for the whole session (see ENVIRONMENT.md: ≈ 11 s to start, so only once).

Flow runs in tests use a private PREFECT_HOME, no analytics, and no flow-run heartbeat thread (which
costs ≈ 1 s per run). Tests that run flows take the ``prefect_harness`` fixture.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest


@pytest.fixture(scope="session")
def prefect_harness(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    home = tmp_path_factory.mktemp("prefect-home")
    saved = {k: os.environ.get(k) for k in ("PREFECT_HOME", "PREFECT_SERVER_ANALYTICS_ENABLED")}
    os.environ["PREFECT_HOME"] = str(home)
    os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings
    from prefect.testing.utilities import prefect_test_harness

    try:
        # Prefect's default start-up limit (30 s) failed on a loaded 2-core machine; a slow start is not a failure.
        with (
            temporary_settings({PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}),
            prefect_test_harness(server_startup_timeout=120),
        ):
            yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
