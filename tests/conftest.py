"""Test-wide settings: property tests must not fail because a shared CI machine is busy."""

import os

from hypothesis import HealthCheck, settings

# Presidio's stock e-mail/URL recognisers would try to download the public suffix list (afscherm no longer sets
# this on import: importing a library must not change the environment).
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

# Timing is for the benchmarks in bench/; a slow example on a loaded machine is not a failure.
settings.register_profile("afscherm", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("afscherm")

pytest_plugins = ["tests.services", "tests.prefect_harness"]
