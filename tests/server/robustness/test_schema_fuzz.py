"""schemathesis against the live server's /schema, with a real token: every operation gets
valid and invalid data (wrong types, missing fields, odd strings); no answer is a 500, every
answer conforms to the schema (body and documented headers), and every error is in its route
family's seed format."""

from __future__ import annotations

import httpx
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.server.conftest import PASSWORD
from tests.server.robustness.conftest import FuzzTarget, assert_error_format

#: Examples per operation and generation mode, the same ones every run (``derandomize``): with
#: the 26 operations in both modes, about 500 requests in a few seconds.
EXAMPLES = 10
#: Operations that typeset a PDF: a few examples are enough.
SLOW = {"POST /api/portfolio/export": 4}
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]


def test_no_500_and_errors_in_their_seed_format(fuzz_server: FuzzTarget) -> None:
    schema = schemathesis.openapi.from_url(f"{fuzz_server.url}/schema/openapi.json")
    schema.config.update(base_url=fuzz_server.url)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 20
    failures: dict[str, str] = {}
    for operation in operations:
        label = f"{operation.method.upper()} {operation.path}"
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            try:
                _fuzz(fuzz_server, operation, mode, SLOW.get(label, EXAMPLES))
            except Unsatisfiable:
                if mode is GenerationMode.POSITIVE:
                    raise
                # an operation without parameters or body has no invalid data
            except Exception as e:  # every operation is tried; all failures are reported
                failures[f"{label} ({mode.value})"] = f"{type(e).__name__}: {e}"[:2000]
    assert not failures, "\n\n".join(f"{k}:\n{v}" for k, v in failures.items())


def _fuzz(target: FuzzTarget, operation, mode: GenerationMode, examples: int) -> None:
    label = f"{operation.method.upper()} {operation.path}"

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=examples,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def check(case) -> None:
        is_logout = label == "POST /api/auth/logout"
        token = _fresh_token(target) if is_logout else target.token
        response = case.call(headers={"Authorization": f"Bearer {token}"}, timeout=120)
        case.validate_response(response, checks=CHECKS)
        if response.status_code >= 400:
            assert "Traceback" not in response.text
            assert_error_format(case.formatted_path, response.status_code, response.json())

    check()


def _fresh_token(target: FuzzTarget) -> str:
    """A token of its own for each logout: the fuzzer's token stays valid."""
    response = httpx.post(
        f"{target.url}/api/auth/login",
        json={"email": target.user.email, "password": PASSWORD},
        timeout=60,
    )
    assert response.status_code == 200, response.text
    return response.json()["session"]["access_token"]
