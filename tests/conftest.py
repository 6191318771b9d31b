"""Test-wide settings: property tests must not fail because a shared CI machine is busy."""

from hypothesis import HealthCheck, settings

# Timing is for the benchmarks in bench/; a slow example on a loaded machine is not a failure.
settings.register_profile("afscherm", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("afscherm")

pytest_plugins = ["tests.services", "tests.prefect_harness"]
