"""Shared fixtures and the --update-golden option."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# The suite's profile is derandomised, so the test command gives the same verdict on every run;
# the long profiles (HYPOTHESIS_PROFILE=fuzz or fuzz-render) explore new cases each time.
settings.register_profile(
    "ci", max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("fuzz", max_examples=20_000, deadline=None, suppress_health_check=list(HealthCheck))
settings.register_profile("fuzz-render", max_examples=2_000, deadline=None, suppress_health_check=list(HealthCheck))
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
GOLDEN = ROOT / "tests" / "golden"
PROCESSES = sorted((ROOT / "processes").glob("*.yaml"))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="Rewrite golden files from current output.")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


def check_golden(name: str, actual: str, update: bool) -> None:
    """Compare text with tests/golden/<name>; on mismatch show a diff and the update command."""
    path = GOLDEN / name
    if update or not path.exists():
        if not update:
            pytest.fail(f"golden file {path} is missing; create it with: pytest --update-golden")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
        return
    expected = path.read_text(encoding="utf-8")
    if actual != expected:
        import difflib

        diff = "".join(
            list(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True), str(path), "actual"))[:80]
        )
        pytest.fail(f"output differs from {path}:\n{diff}\nif the change is intended: pytest --update-golden")
