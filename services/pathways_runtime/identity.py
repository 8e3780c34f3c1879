"""Who is calling: the gateway authenticates and passes this on in gRPC metadata.

Services read it back and check the caller's rights again (least privilege at every layer).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = ["CallerIdentity", "MissingIdentityError", "identity_from_metadata"]

_USER = "x-pathways-user-id"
_ORGANISATION = "x-pathways-organisation-id"
_ROLE = "x-pathways-role"
_REQUEST = "x-request-id"


class MissingIdentityError(ValueError):
    """A call arrived without the caller's identity."""


@dataclass(frozen=True, slots=True)
class CallerIdentity:
    user_id: str
    organisation_id: str
    role: str
    request_id: str = ""

    def to_metadata(self) -> Sequence[tuple[str, str]]:
        metadata = [
            (_USER, self.user_id),
            (_ORGANISATION, self.organisation_id),
            (_ROLE, self.role),
        ]
        if self.request_id:
            metadata.append((_REQUEST, self.request_id))
        return tuple(metadata)


def identity_from_metadata(metadata: Iterable[tuple[str, str | bytes]]) -> CallerIdentity:
    values = {key: value for key, value in metadata if isinstance(value, str)}
    missing = [key for key in (_USER, _ORGANISATION, _ROLE) if not values.get(key)]
    if missing:
        raise MissingIdentityError("caller identity missing from metadata: " + ", ".join(missing))
    return CallerIdentity(
        user_id=values[_USER],
        organisation_id=values[_ORGANISATION],
        role=values[_ROLE],
        request_id=values.get(_REQUEST, ""),
    )
