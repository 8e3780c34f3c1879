"""Signed caller assertions: how a service knows the gateway vouched for the caller.

The gateway authenticates a person (token, open session, current grants) and then calls a
service on their behalf. Plain metadata naming the caller would let anything that reaches a
service's port claim to be anyone (measured: a hand-written ``platform_admin`` was obeyed).
So the gateway signs, per call, a short-lived JWT naming the caller (user, organisation,
role, request id) and the one service it is for (``aud``), with an Ed25519 key only the
gateway holds (EdDSA, RFC 8037); the services hold only the public keys and believe nothing
else. A stolen assertion is good for one service for about a minute; a stolen service
holds no key that could mint one.

Why these choices:

* Asymmetric keys: with a shared HMAC key, every service (and everyone who can read its
  configuration) could mint assertions for every other service.
* ``kid`` names the key by a digest of its public half, so services can hold the old and
  the new public key during a rotation and pick the right one without trial and error.
* Times are checked here against an injected clock, not by PyJWT's own ``now``: tests move
  the clock instead of sleeping, and the leeway for clock skew between pods is one setting.
* Refusals say what was wrong in fixed words and never echo the assertion or its claims.

The development key pair is derived from a fixed, published seed: convenient locally and in
tests, worthless as a secret, and refused in production (``settings.py``).
"""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from pathways_runtime.identity import CallerIdentity
from pathways_runtime.settings import (
    MAX_CALLER_ASSERTION_TTL_S,
    Environment,
    GrpcClientSecuritySettings,
    GrpcServerSecuritySettings,
    InsecureSettingsError,
)

__all__ = [
    "ALGORITHM",
    "ASSERTION_METADATA_KEY",
    "ISSUER",
    "CallerAssertionSigner",
    "CallerAssertionVerifier",
    "KeyLoadingError",
    "UntrustedCallerError",
    "development_private_key",
    "is_development_key",
    "key_id",
    "load_private_key",
    "load_public_keys",
    "signer_from_settings",
    "verifier_from_settings",
]

#: The one metadata entry that carries the assertion.
ASSERTION_METADATA_KEY = "x-pathways-caller-assertion"
ALGORITHM = "EdDSA"
ISSUER = "pathways-gateway"
#: Longer than any real assertion (about 450 characters); refuse before parsing.
_MAX_LENGTH = 4096
_REQUIRED_CLAIMS = ("iss", "aud", "sub", "org", "role", "iat", "exp")
#: Public; it only makes the development key reproducible.
_DEVELOPMENT_SEED = b"pathways development caller-assertion key: never for production"
_PEM_PUBLIC_KEY = re.compile(rb"-----BEGIN PUBLIC KEY-----\s.*?-----END PUBLIC KEY-----", re.DOTALL)

Clock = Callable[[], float]


class UntrustedCallerError(Exception):
    """A call whose caller the gateway did not vouch for. ``str()`` is safe to return."""


class KeyLoadingError(ValueError):
    """A configured key could not be read as an Ed25519 key (the key is never quoted)."""


def development_private_key() -> Ed25519PrivateKey:
    """The fixed development key (from a published seed): for development and tests only."""
    return Ed25519PrivateKey.from_private_bytes(hashlib.sha256(_DEVELOPMENT_SEED).digest())


def _raw(public_key: Ed25519PublicKey) -> bytes:
    return public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def key_id(public_key: Ed25519PublicKey) -> str:
    """A short name of a public key (a digest of its raw bytes): the JWT ``kid``."""
    return hashlib.sha256(_raw(public_key)).hexdigest()[:16]


def is_development_key(public_key: Ed25519PublicKey) -> bool:
    return _raw(public_key) == _raw(development_private_key().public_key())


def load_private_key(pem: bytes, *, what: str = "caller-assertion") -> Ed25519PrivateKey:
    """An Ed25519 private key from PEM (PKCS#8, as ``openssl genpkey -algorithm ed25519``).
    ``what`` names the key in errors (the key itself never is)."""
    try:
        key = serialization.load_pem_private_key(pem, password=None)
    except (ValueError, TypeError) as error:
        raise KeyLoadingError(f"the {what} private key is not a PEM private key") from error
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyLoadingError(f"the {what} private key must be an Ed25519 key")
    return key


def load_public_keys(pem: bytes, *, what: str = "caller-assertion") -> list[Ed25519PublicKey]:
    """Every Ed25519 public key in a PEM bundle (several during a rotation)."""
    keys = []
    for block in _PEM_PUBLIC_KEY.findall(pem):
        try:
            key = serialization.load_pem_public_key(block)
        except (ValueError, TypeError) as error:
            raise KeyLoadingError(f"a {what} public key is not a PEM public key") from error
        if not isinstance(key, Ed25519PublicKey):
            raise KeyLoadingError(f"{what} public keys must be Ed25519 keys")
        keys.append(key)
    if not keys:
        raise KeyLoadingError("no PEM public key (-----BEGIN PUBLIC KEY-----) found")
    return keys


@dataclass(frozen=True)
class CallerAssertionSigner:
    """Signs, for one call to one service, who the gateway is calling for."""

    private_key: Ed25519PrivateKey
    ttl_s: int = 60
    clock: Clock = time.time
    _kid: str = field(init=False, repr=False)

    def __post_init__(self) -> None:
        if self.ttl_s <= 0:
            raise ValueError("an assertion must live a positive time")
        object.__setattr__(self, "_kid", key_id(self.private_key.public_key()))

    def sign(self, caller: CallerIdentity, *, audience: str) -> str:
        now = int(self.clock())
        claims: dict[str, Any] = {
            "iss": ISSUER,
            "aud": audience,
            "sub": caller.user_id,
            "org": caller.organisation_id,
            "role": caller.role,
            "iat": now,
            "nbf": now,
            "exp": now + self.ttl_s,
        }
        if caller.request_id:
            claims["rid"] = caller.request_id
        return jwt.encode(claims, self.private_key, algorithm=ALGORITHM, headers={"kid": self._kid})

    def metadata(self, caller: CallerIdentity, *, audience: str) -> tuple[tuple[str, str], ...]:
        """gRPC metadata carrying a fresh assertion (and nothing else)."""
        return ((ASSERTION_METADATA_KEY, self.sign(caller, audience=audience)),)


class CallerAssertionVerifier:
    """Checks the assertion of one incoming call for the service ``audience``.

    ``leeway_s`` absorbs clock skew between gateway and service hosts; ``max_lifetime_s``
    refuses assertions minted to live long, whoever minted them.
    """

    def __init__(
        self,
        *,
        public_keys: Sequence[Ed25519PublicKey],
        audience: str,
        leeway_s: float = 5.0,
        max_lifetime_s: float = MAX_CALLER_ASSERTION_TTL_S,
        clock: Clock = time.time,
    ) -> None:
        if not public_keys:
            raise ValueError("a verifier needs at least one public key")
        if not audience:
            raise ValueError("a verifier needs its service's name as audience")
        if leeway_s < 0 or max_lifetime_s <= 0:
            raise ValueError("leeway must not be negative and the lifetime must be positive")
        self._keys = {key_id(key): key for key in public_keys}
        self.audience = audience
        self._leeway_s = leeway_s
        self._max_lifetime_s = max_lifetime_s
        self._clock = clock

    def verify(self, metadata: Iterable[tuple[str, str | bytes]]) -> CallerIdentity:
        """The caller named by the call's one valid assertion, or :class:`UntrustedCallerError`."""
        token = self._the_assertion(metadata)
        try:
            kid = jwt.get_unverified_header(token).get("kid")
        except jwt.InvalidTokenError as error:
            raise UntrustedCallerError("caller assertion malformed") from error
        key = self._keys.get(kid) if isinstance(kid, str) else None
        if key is None:
            raise UntrustedCallerError("caller assertion not signed by a trusted key")
        try:
            claims = jwt.decode(
                token,
                key=key,
                algorithms=[ALGORITHM],
                audience=self.audience,
                issuer=ISSUER,
                # Times are checked below, against our clock and leeway.
                options={
                    "require": list(_REQUIRED_CLAIMS),
                    # ``aud`` must be this service's name itself, never a list holding it.
                    "strict_aud": True,
                    "verify_exp": False,
                    "verify_nbf": False,
                    "verify_iat": False,
                },
            )
        except jwt.InvalidAudienceError as error:
            raise UntrustedCallerError("caller assertion is for another service") from error
        except (jwt.InvalidSignatureError, jwt.InvalidAlgorithmError) as error:
            raise UntrustedCallerError("caller assertion not signed by a trusted key") from error
        except jwt.InvalidTokenError as error:
            raise UntrustedCallerError("caller assertion malformed") from error
        self._check_times(claims)
        return _identity(claims)

    @staticmethod
    def _the_assertion(metadata: Iterable[tuple[str, str | bytes]]) -> str:
        found = [value for key, value in metadata if key == ASSERTION_METADATA_KEY]
        if not found:
            raise UntrustedCallerError("no caller assertion")
        if len(found) > 1:
            raise UntrustedCallerError("more than one caller assertion")
        [token] = found
        if not isinstance(token, str) or not token or len(token) > _MAX_LENGTH:
            raise UntrustedCallerError("caller assertion malformed")
        return token

    def _check_times(self, claims: dict[str, Any]) -> None:
        times = [claims["iat"], claims["exp"], claims.get("nbf", claims["iat"])]
        if not all(isinstance(t, int | float) and not isinstance(t, bool) for t in times):
            raise UntrustedCallerError("caller assertion malformed")
        issued, expires, not_before = times
        now = self._clock()
        if max(issued, not_before) > now + self._leeway_s:
            raise UntrustedCallerError("caller assertion not yet valid")
        if expires <= now - self._leeway_s:
            raise UntrustedCallerError("caller assertion expired")
        if expires <= issued or expires - issued > self._max_lifetime_s:
            raise UntrustedCallerError("caller assertion lifetime out of bounds")


def _identity(claims: dict[str, Any]) -> CallerIdentity:
    values = [claims["sub"], claims["org"], claims["role"], claims.get("rid", "")]
    if not all(isinstance(v, str) for v in values) or not all(values[:3]):
        raise UntrustedCallerError("caller assertion malformed")
    user_id, organisation_id, role, request_id = values
    return CallerIdentity(
        user_id=user_id, organisation_id=organisation_id, role=role, request_id=request_id
    )


def signer_from_settings(
    settings: GrpcClientSecuritySettings, *, clock: Clock = time.time
) -> CallerAssertionSigner:
    """The gateway's signer: the configured key (file or variable), else the development
    key, which production refuses, also when configured explicitly."""
    production = settings.environment is Environment.PRODUCTION
    if settings.caller_assertion_private_key_file is not None:
        key = load_private_key(settings.caller_assertion_private_key_file.read_bytes())
    elif settings.caller_assertion_private_key is not None:
        key = load_private_key(settings.caller_assertion_private_key.get_secret_value().encode())
    elif production:
        raise InsecureSettingsError(
            "set these secrets for production: PATHWAYS_CALLER_ASSERTION_PRIVATE_KEY_FILE "
            "(or PATHWAYS_CALLER_ASSERTION_PRIVATE_KEY)"
        )
    else:
        key = development_private_key()
    if production and is_development_key(key.public_key()):
        raise InsecureSettingsError("the development caller-assertion key is refused in production")
    return CallerAssertionSigner(
        private_key=key, ttl_s=settings.caller_assertion_ttl_s, clock=clock
    )


def verifier_from_settings(
    settings: GrpcServerSecuritySettings, *, audience: str, clock: Clock = time.time
) -> CallerAssertionVerifier:
    """A service's verifier: the configured public keys (file or variable), else the
    development key's, which production refuses, also when configured explicitly."""
    production = settings.environment is Environment.PRODUCTION
    if settings.caller_assertion_public_keys_file is not None:
        keys = load_public_keys(settings.caller_assertion_public_keys_file.read_bytes())
    elif settings.caller_assertion_public_keys.strip():
        keys = load_public_keys(settings.caller_assertion_public_keys.encode())
    elif production:
        raise InsecureSettingsError(
            "set these secrets for production: PATHWAYS_CALLER_ASSERTION_PUBLIC_KEYS_FILE "
            "(or PATHWAYS_CALLER_ASSERTION_PUBLIC_KEYS)"
        )
    else:
        keys = [development_private_key().public_key()]
    if production and any(map(is_development_key, keys)):
        raise InsecureSettingsError("the development caller-assertion key is refused in production")
    return CallerAssertionVerifier(
        public_keys=keys,
        audience=audience,
        leeway_s=settings.caller_assertion_leeway_s,
        clock=clock,
    )
