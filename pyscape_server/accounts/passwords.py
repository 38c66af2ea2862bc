"""Password hashing with scrypt (stdlib): slow, salted, parameters stored with the hash.

A stored hash reads ``scrypt$<n>$<r>$<p>$<salt b64>$<hash b64>``; raising the cost later keeps
old hashes verifiable.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

#: 2**14 x 8 x 128 bytes = 16 MiB and about 50 ms per hash on one core.
N, R, P = 2**14, 8, 1
SALT_BYTES = 16
KEY_BYTES = 32
_MAXMEM = 64 * 1024 * 1024


def hash_password(password: str) -> str:
    """A new salted hash of ``password``."""
    salt = secrets.token_bytes(SALT_BYTES)
    key = _scrypt(password, salt, N, R, P)
    return "$".join(("scrypt", str(N), str(R), str(P), _b64(salt), _b64(key)))


def verify_password(password: str, stored: str | None) -> bool:
    """Whether ``password`` matches ``stored``; ``False`` for a missing or foreign hash."""
    if not stored:
        _scrypt(password, b"\0" * SALT_BYTES, N, R, P)  # same time whether the user exists
        return False
    try:
        scheme, n, r, p, salt, key = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(key)
        actual = _scrypt(password, base64.b64decode(salt), int(n), int(r), int(p))
    except ValueError:
        return False
    return hmac.compare_digest(actual, expected)


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        password.encode(), salt=salt, n=n, r=r, p=p, maxmem=_MAXMEM, dklen=KEY_BYTES
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()
