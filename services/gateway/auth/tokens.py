"""Access tokens (signed JWT, PyJWT) and refresh tokens (random, stored only as a hash).

An access token lives minutes and names its session (``sid``); the server takes who is
calling (user, organisation, role, whether the account still works) from that session's
document, never from the token. So closing the session (logout, reuse of a rotated refresh
token, a disabled user, a new role) stops the token at once, and a token re-signed with
other claims by someone who holds the signing secret gains no role or organisation it did
not have: the claims it could forge are not read.

What a token carries: ``sid``, ``sub`` (the user it was issued to: the server only refuses
a token whose ``sub`` is not its session's user, which no token the gateway issued can be),
and the registered ``iss``, ``aud``, ``iat``, ``exp``, ``jti``. No role and no
organisation: clients learn those from the login answer and ``GET /v1/me``. Tokens issued
before this release also carry ``org`` and ``role``; they are accepted until they expire
(minutes), and those two claims are ignored.

A refresh token is ``<session id>.<secret>``: the session id finds its one document, the
secret is compared by its SHA-256 (the secret has 256 random bits, so a fast hash is
enough: there is nothing to guess, unlike a password).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

import jwt

from gateway.auth.principal import Principal
from gateway.errors import InvalidGrant, Unauthenticated

__all__ = [
    "AccessTokens",
    "IssuedAccessToken",
    "RefreshSecret",
    "VerifiedAccessToken",
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


@dataclass(frozen=True, slots=True)
class VerifiedAccessToken:
    """A token with a valid signature, issuer, audience and expiry: not yet a caller.

    ``session_id`` is what to look up; ``user_id`` is the user the token names, to be
    compared with the session's. Neither says what the caller may do: only the open
    session does (``Authenticator.authenticate``).
    """

    session_id: str
    user_id: str


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
            "sid": principal.session_id,
            "iat": int(now.timestamp()),
            "exp": int((now + timedelta(seconds=self._ttl_s)).timestamp()),
            "jti": jti,
        }
        token = jwt.encode(claims, self._secret, algorithm=_ALGORITHM)
        return IssuedAccessToken(token=token, expires_in_s=self._ttl_s, jti=jti)

    def verify(self, token: str, *, now: datetime) -> VerifiedAccessToken:
        """The session and user a valid token names; anything wrong is one and the same 401.

        Any other claim (``org``, ``role`` of older tokens, or whatever a forger adds) is
        not read.
        """
        try:
            claims = jwt.decode(
                token,
                self._secret,
                algorithms=[_ALGORITHM],  # fixed: never trust the token's own "alg"
                audience=_AUDIENCE,
                issuer=self._issuer,
                # Expiry is checked below against the injected clock (tests move time).
                options={
                    "require": ["exp", "iat", "sub", "jti", "sid"],
                    "verify_exp": False,
                    "verify_iat": False,
                },
            )
            if int(claims["exp"]) + _LEEWAY_S < int(now.timestamp()):
                raise jwt.ExpiredSignatureError
            session_id, user_id = claims["sid"], claims["sub"]
            if not isinstance(session_id, str) or not isinstance(user_id, str):
                raise jwt.InvalidTokenError("sid and sub must be strings")
            return VerifiedAccessToken(session_id=session_id, user_id=user_id)
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
