"""Password hashes: scrypt with its parameters stored in the hash, so that a change of cost keeps
old hashes verifiable (the test servers hash at a lower cost: tests/server/conftest.py)."""

from __future__ import annotations

import pytest

from pyscape_server.accounts import passwords
from tests.server.conftest import PRODUCTION_SCRYPT_N, TEST_SCRYPT_N


def test_production_cost_is_scrypt_2_14_and_a_hash_names_it(monkeypatch):
    assert (PRODUCTION_SCRYPT_N, passwords.R, passwords.P) == (2**14, 8, 1)
    assert passwords.N == TEST_SCRYPT_N  # the tests' cheaper cost, for their sign-ups only
    monkeypatch.setattr(passwords, "N", PRODUCTION_SCRYPT_N)
    assert passwords.hash_password("correct horse battery").startswith("scrypt$16384$8$1$")


def test_a_hash_carries_its_parameters_and_survives_a_change_of_cost(
    monkeypatch: pytest.MonkeyPatch,
):
    monkeypatch.setattr(passwords, "N", 2**10)
    cheap = passwords.hash_password("correct horse battery")
    scheme, n, r, p, salt, key = cheap.split("$")
    assert (scheme, n, r, p) == ("scrypt", "1024", "8", "1") and salt and key
    assert "correct horse" not in cheap
    monkeypatch.setattr(passwords, "N", 2**12)  # the cost is raised later
    assert passwords.verify_password("correct horse battery", cheap)
    assert not passwords.verify_password("correct horse batterY", cheap)
    dearer = passwords.hash_password("correct horse battery")
    assert dearer.split("$")[1] == "4096" and dearer != cheap
    assert passwords.verify_password("correct horse battery", dearer)


def test_missing_or_foreign_hashes_never_verify():
    assert not passwords.verify_password("anything", None)
    assert not passwords.verify_password("anything", "")
    assert not passwords.verify_password("anything", "bcrypt$2b$12$abc")
    assert not passwords.verify_password("anything", "scrypt$x$8$1$AA==$AA==")
