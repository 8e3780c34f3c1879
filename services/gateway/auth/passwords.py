"""Password hashing with argon2id (argon2-cffi), and rehashing when parameters change."""

from __future__ import annotations

from dataclasses import dataclass

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

__all__ = ["PasswordCheck", "Passwords"]


@dataclass(frozen=True, slots=True)
class PasswordCheck:
    ok: bool
    #: A new hash to store: the stored one was made with other parameters.
    new_hash: str | None = None


class Passwords:
    """argon2id with parameters from settings; never stores or logs the password itself."""

    def __init__(self, *, time_cost: int, memory_cost_kib: int, parallelism: int) -> None:
        self._hasher = PasswordHasher(
            time_cost=time_cost,
            memory_cost=memory_cost_kib,
            parallelism=parallelism,
            type=Type.ID,
        )
        # Verified against when the user does not exist, so an unknown name costs as much
        # time as a wrong password and timing does not tell them apart.
        self._dummy_hash = self._hasher.hash("pathways-no-such-user")

    def hash(self, password: str) -> str:
        return self._hasher.hash(password)

    def check(self, *, password: str, stored_hash: str | None) -> PasswordCheck:
        """Verify ``password``; with no stored hash, burn the same time and say no."""
        target = stored_hash if stored_hash is not None else self._dummy_hash
        try:
            self._hasher.verify(target, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return PasswordCheck(ok=False)
        if stored_hash is None:
            return PasswordCheck(ok=False)
        if self._hasher.check_needs_rehash(stored_hash):
            return PasswordCheck(ok=True, new_hash=self._hasher.hash(password))
        return PasswordCheck(ok=True)
