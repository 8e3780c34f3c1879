"""Who is calling: the gateway authenticates, the services check the caller's rights again.

The caller reaches a service only inside an assertion the gateway signed
(``pathways_runtime.caller_assertion``). The server verifies it before any handler runs
(``pathways_runtime.grpc_server``) and puts the verified caller in scope for that call;
entrypoints read it with :func:`verified_caller` and nowhere else. Nothing reads a caller
from plain metadata any more, so headers naming a user, an organisation or a role are
ignored, whoever sends them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

__all__ = ["CallerIdentity", "MissingIdentityError", "verified_caller", "verified_caller_scope"]


class MissingIdentityError(ValueError):
    """A call is being served without a verified caller (answered UNAUTHENTICATED)."""


@dataclass(frozen=True, slots=True)
class CallerIdentity:
    user_id: str
    organisation_id: str
    role: str
    request_id: str = ""


_VERIFIED: ContextVar[CallerIdentity | None] = ContextVar("verified_caller", default=None)


@contextmanager
def verified_caller_scope(identity: CallerIdentity) -> Iterator[CallerIdentity]:
    """Serve one call as ``identity``: only for whoever has verified the caller's assertion
    (the server's interceptor; unit tests of entrypoints)."""
    token = _VERIFIED.set(identity)
    try:
        yield identity
    finally:
        _VERIFIED.reset(token)


def verified_caller() -> CallerIdentity:
    """The verified caller of the call being served, or :class:`MissingIdentityError`."""
    identity = _VERIFIED.get()
    if identity is None:
        raise MissingIdentityError("no verified caller")
    return identity
