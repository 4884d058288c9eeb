"""A test that needs a tool of the machine (Chromium, Java, redis-server…): skipped on a developer's machine
without it, failed in CI, where `.ci/run` installs every tool and sets CONG_E2E_REQUIRED=1."""

from __future__ import annotations

import os

import pytest

# `.ci/run` sets it: there a missing tool fails the suite instead of skipping it.
REQUIRED = os.environ.get("CONG_E2E_REQUIRED", "") not in ("", "0")


def skip_or_fail(reason: str):
    """Locally a missing tool skips the test with its reason; in CI (CONG_E2E_REQUIRED=1) it fails."""
    if REQUIRED:
        pytest.fail(f"CONG_E2E_REQUIRED is set but {reason}", pytrace=False)
    pytest.skip(reason)
