"""Trust-boundary cases in java: programs that attack what the harness writes (records, clocks,
inputs, error text); each must get its verdict and leave the host's figures its own."""

from __future__ import annotations

from tests.hostile.cases import _case  # noqa: F401

CASES: list = []
