"""The one mapping between the API's enums and the contract's protobuf enums.

The API speaks lower-case names (``employment_ready``); the contract speaks protobuf enums
(``READINESS_STAGE_EMPLOYMENT_READY``). Each API enum names its protobuf enum and prefix
once, where it is defined::

    @maps_to(common_pb2.ReadinessStage, "READINESS_STAGE_")
    class ReadinessStage(StrEnum): ...

and :func:`to_proto` / :func:`from_proto` convert by name, so a value added to the contract
and not yet to the API fails loudly instead of being mapped to something else.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar

__all__ = ["from_proto", "mapped_enums", "maps_to", "to_proto"]

E = TypeVar("E", bound=StrEnum)


@dataclass(frozen=True, slots=True)
class _Contract:
    #: The generated enum wrapper (``common_pb2.ReadinessStage``): ``Value``, ``Name``.
    wrapper: Any
    prefix: str
    #: The API value the contract's UNSPECIFIED (0) stands for, if any (``Hours.ANY``).
    unspecified: str | None


_CONTRACTS: dict[type[StrEnum], _Contract] = {}


def maps_to(
    wrapper: Any, prefix: str, *, unspecified: str | None = None
) -> Callable[[type[E]], type[E]]:
    """Registers an API enum with the protobuf enum whose names are ``prefix`` + its names.

    ``unspecified`` names the API value that the contract writes as 0 (its UNSPECIFIED);
    otherwise 0 reads as None.
    """

    def register(enum: type[E]) -> type[E]:
        if unspecified is not None:
            enum(unspecified)  # a typo here fails at import, not on a request
        _CONTRACTS[enum] = _Contract(wrapper=wrapper, prefix=prefix, unspecified=unspecified)
        return enum

    return register


def mapped_enums() -> tuple[type[StrEnum], ...]:
    """Every API enum registered so far (those of the modules imported)."""
    return tuple(_CONTRACTS)


def to_proto(value: StrEnum) -> Any:
    """The protobuf number of an API enum value (``Hours.ANY`` is the contract's 0).

    Typed ``Any`` because each protobuf enum has its own ``ValueType`` in the stubs.
    """
    contract = _CONTRACTS[type(value)]
    if value == contract.unspecified:
        return 0
    return contract.wrapper.Value(contract.prefix + value.name)


def from_proto(enum: type[E], number: int) -> E | None:
    """The API value of a protobuf number; None for UNSPECIFIED (unless the enum names a
    value for it, like ``Hours.ANY``). A name the API does not know fails (KeyError)."""
    contract = _CONTRACTS[enum]
    if number == 0 and contract.unspecified is not None:
        return enum(contract.unspecified)
    name: str = contract.wrapper.Name(number)
    suffix = name.removeprefix(contract.prefix)
    if suffix == "UNSPECIFIED":
        return None
    return enum[suffix]
