"""Call the services as the gateway would: with a caller assertion signed by the
development key, which services started by tests (``PATHWAYS_ENVIRONMENT=test``) trust."""

from __future__ import annotations

from pathways_runtime.caller_assertion import CallerAssertionSigner, development_private_key
from pathways_runtime.identity import CallerIdentity

__all__ = ["MATCHING", "PEER_GROUPS", "signed_metadata"]

#: The audience of each service (its own name).
MATCHING = "matching"
PEER_GROUPS = "peer_groups"

_SIGNER = CallerAssertionSigner(private_key=development_private_key())


def signed_metadata(
    user_id: str,
    organisation_id: str,
    role: str,
    *,
    audience: str,
    request_id: str = "",
) -> tuple[tuple[str, str], ...]:
    """Metadata with a fresh assertion (valid 60 s) of this caller for ``audience``."""
    caller = CallerIdentity(
        user_id=user_id, organisation_id=organisation_id, role=role, request_id=request_id
    )
    return _SIGNER.metadata(caller, audience=audience)
