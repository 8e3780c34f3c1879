"""Access tokens (signed JWT, PyJWT) and refresh tokens (random, stored only as a hash).

An access token lives minutes and names its session (``sid``), so closing the session
(logout, reuse of a rotated refresh token, a disabled user) stops it at once. A refresh
token is ``<session id>.<secret>``: the session id finds its one document, the secret is
compared by its SHA-256 (the secret has 256 random bits, so a fast hash is enough: there is
nothing to guess, unlike a password).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

import jwt

from gateway.auth.principal import Principal
from gateway.auth.roles import Role
from gateway.errors import InvalidGrant, Unauthenticated

__all__ = [
    "AccessTokens",
    "IssuedAccessToken",
    "RefreshSecret",
    "digests_equal",
    "hash_refresh_secret",
    "new_refresh_secret",
    "parse_refresh_token",
]

_ALGORITHM = "HS256"
_AUDIENCE = "pathways-api"
#: Clock skew tolerated between gateway instances.
_LEEWAY_S = 5


@dataclass(frozen=True, slots=True)
class IssuedAccessToken:
    token: str
    expires_in_s: int
    jti: str


class AccessTokens:
    def __init__(self, *, secret: str, issuer: str, ttl_s: int) -> None:
        # A fixed-length HS256 key derived from the configured secret (whose length the
        # settings check in production), so every secret yields a full 256-bit key.
        self._secret = hashlib.sha256(b"pathways-access-token:" + secret.encode()).digest()
        self._issuer = issuer
        self._ttl_s = ttl_s

    def issue(self, principal: Principal, *, now: datetime) -> IssuedAccessToken:
        jti = secrets.token_hex(16)
        claims = {
            "iss": self._issuer,
            "aud": _AUDIENCE,
            "sub": principal.user_id,
            "org": principal.organisation_id,
            "role": principal.role.value,
            "sid": principal.session_id,
            "iat": int(now.timestamp()),
            "exp": int((now + timedelta(seconds=self._ttl_s)).timestamp()),
            "jti": jti,
        }
        token = jwt.encode(claims, self._secret, algorithm=_ALGORITHM)
        return IssuedAccessToken(token=token, expires_in_s=self._ttl_s, jti=jti)

    def verify(self, token: str, *, now: datetime) -> Principal:
        """The principal a valid token names; anything wrong is one and the same 401."""
        try:
            claims = jwt.decode(
                token,
                self._secret,
                algorithms=[_ALGORITHM],  # fixed: never trust the token's own "alg"
                audience=_AUDIENCE,
                issuer=self._issuer,
                # Expiry is checked below against the injected clock (tests move time).
                options={
                    "require": ["exp", "iat", "sub", "jti", "sid", "org", "role"],
                    "verify_exp": False,
                    "verify_iat": False,
                },
            )
            if int(claims["exp"]) + _LEEWAY_S < int(now.timestamp()):
                raise jwt.ExpiredSignatureError
            return Principal(
                user_id=str(claims["sub"]),
                organisation_id=str(claims["org"]),
                role=Role(claims["role"]),
                session_id=str(claims["sid"]),
            )
        except (jwt.PyJWTError, KeyError, ValueError) as error:
            raise Unauthenticated("the access token is not valid") from error


@dataclass(frozen=True, slots=True)
class RefreshSecret:
    session_id: str
    secret: str

    @property
    def token(self) -> str:
        return f"{self.session_id}.{self.secret}"

    @property
    def digest(self) -> str:
        return hash_refresh_secret(self.secret)


def new_refresh_secret(session_id: str) -> RefreshSecret:
    return RefreshSecret(session_id=session_id, secret=secrets.token_urlsafe(32))


def hash_refresh_secret(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def parse_refresh_token(token: str) -> RefreshSecret:
    session_id, _, secret = token.partition(".")
    if not session_id or not secret or len(token) > 200:
        raise InvalidGrant("the refresh token is not valid")
    return RefreshSecret(session_id=session_id, secret=secret)


def digests_equal(left: str, right: str) -> bool:
    return hmac.compare_digest(left.encode(), right.encode())
