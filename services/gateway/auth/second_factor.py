"""A second factor of sign-in: time-based one-time codes (TOTP, RFC 6238) from an app.

An account enrols by asking for a secret (shown once, as a key and an ``otpauth://`` URI
that authenticator apps read) and confirming it with a code the app shows; from then on
its sign-in takes a code beside the password. Platform administrators must have one where
the settings require it (``admin_second_factor``, required in production): until they
enrol, their session may do nothing but enrol (``Principal.enrolment_only``).

**Recovery codes** for a lost phone: confirming the enrolment gives ten one-time codes
(``RECOVERY_CODES``, ten letters and digits each, shown once as ``xxxxx-xxxxx``), any of
which signs in in place of the app's code, once. Only keyed digests of them are kept
(HMAC-SHA256 under the same key, the user's id in the message), and a code is taken by one
conditional update, so two sign-ins cannot share one. The user asks for a new ten, which
replaces the old, with a code from the app. Someone who lost both goes to a colleague who
may reset the second factor (``Directory.reset_second_factor``) or to the operator
(``python -m gateway reset-second-factor``).

The secret is kept sealed (AES-256-GCM, the user's id as associated data, so a sealed
secret copied onto another account does not open), with a key derived from the gateway's
settings, never in the database. A code is taken once: the time step it belongs to is
recorded (``last_step``), and a code of that step or an earlier one is refused, so a code
seen over someone's shoulder cannot be used again. Codes of the step before and after the
current one are accepted, for clocks a little apart.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass
from datetime import datetime

import pyotp
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

__all__ = [
    "CODE_DIGITS",
    "RECOVERY_CODES",
    "Enrolment",
    "SecondFactor",
    "TotpCodes",
    "code_now",
]

#: Digits of a code: what every authenticator app shows by default.
CODE_DIGITS = 6
#: Seconds a code lasts (RFC 6238's default, every app's too).
_STEP_S = 30
_NONCE_BYTES = 12
#: How many recovery codes an account holds after confirming or renewing them.
RECOVERY_CODES = 10
#: A recovery code's letters: lower case and digits without 0, 1, l and o, which are read
#: one for another. Ten of them (about 50 bits) against a lock-out after five tries.
_RECOVERY_ALPHABET = "23456789abcdefghijkmnpqrstuvwxyz"
_RECOVERY_LENGTH = 10


@dataclass(frozen=True, slots=True)
class SecondFactor:
    """An account's TOTP secret, sealed; ``confirmed`` once a code from the app was given;
    ``last_step``: the time step of the last code taken (-1: none yet)."""

    sealed: bytes
    confirmed: bool = False
    last_step: int = -1
    #: Keyed digests of the recovery codes not used yet (``TotpCodes.recovery_digest``).
    recovery: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Enrolment:
    """What the user types into, or scans with, their app: shown once, never stored open."""

    factor: SecondFactor
    secret: str
    uri: str


@dataclass(frozen=True, slots=True)
class TotpCodes:
    key: bytes
    issuer: str = "Pathways"

    def enrol(self, *, user_id: str, username: str) -> Enrolment:
        secret = pyotp.random_base32()
        uri = pyotp.TOTP(secret, digits=CODE_DIGITS, interval=_STEP_S).provisioning_uri(
            name=username, issuer_name=self.issuer
        )
        return Enrolment(
            factor=SecondFactor(sealed=self._seal(user_id, secret)), secret=secret, uri=uri
        )

    def step_of(
        self, factor: SecondFactor, *, user_id: str, code: str, now: datetime
    ) -> int | None:
        """The time step ``code`` belongs to (the current one, or the one before or after),
        if it is right and later than the last code taken; else None."""
        code = code.strip().replace(" ", "")
        if len(code) != CODE_DIGITS or not code.isdigit():
            return None
        try:
            secret = self._open(user_id, factor.sealed)
        except InvalidTag:
            return None  # sealed for another account, or under another key
        totp = pyotp.TOTP(secret, digits=CODE_DIGITS, interval=_STEP_S)
        current = totp.timecode(now)
        for step in (current - 1, current, current + 1):
            if step > factor.last_step and hmac.compare_digest(totp.generate_otp(step), code):
                return step
        return None

    def recovery_codes(self, *, user_id: str) -> tuple[tuple[str, ...], frozenset[str]]:
        """``RECOVERY_CODES`` new recovery codes, as shown (``xxxxx-xxxxx``), and the digests
        to keep of them."""
        codes = tuple(
            "".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(_RECOVERY_LENGTH))
            for _ in range(RECOVERY_CODES)
        )
        digests = frozenset(self._digest(user_id, code) for code in codes)
        return tuple(f"{code[:5]}-{code[5:]}" for code in codes), digests

    def recovery_digest(self, *, user_id: str, code: str) -> str | None:
        """The digest of ``code`` read as a recovery code (spaces, dashes and case aside),
        or None when it cannot be one (an app's code, a typo of the wrong length)."""
        letters = code.strip().replace(" ", "").replace("-", "").lower()
        if len(letters) != _RECOVERY_LENGTH or not set(letters) <= set(_RECOVERY_ALPHABET):
            return None
        return self._digest(user_id, letters)

    def _digest(self, user_id: str, code: str) -> str:
        message = f"recovery:{user_id}:{code}".encode()
        return hmac.new(self.key, message, hashlib.sha256).hexdigest()

    def _seal(self, user_id: str, secret: str) -> bytes:
        nonce = os.urandom(_NONCE_BYTES)
        return nonce + AESGCM(self.key).encrypt(nonce, secret.encode(), user_id.encode())

    def _open(self, user_id: str, sealed: bytes) -> str:
        nonce, body = sealed[:_NONCE_BYTES], sealed[_NONCE_BYTES:]
        return AESGCM(self.key).decrypt(nonce, body, user_id.encode()).decode()


def code_now(secret: str, *, at: datetime) -> str:
    """The code an app with ``secret`` shows at ``at`` (for tests and the demo's tools)."""
    return pyotp.TOTP(secret, digits=CODE_DIGITS, interval=_STEP_S).at(at)
