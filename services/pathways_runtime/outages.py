"""A lost database or broker reaches gRPC callers as UNAVAILABLE, promptly and clearly.

Entrypoints map domain errors to statuses and anything unexpected to INTERNAL. An outage is
neither: the request was fine and the same call may succeed in a moment, which is what
UNAVAILABLE tells a client (and what its retry policy for idempotent methods acts on).

Wiring, no entrypoint changes: :func:`translate_outages` wraps an adapter (a repository) so
that a transient infrastructure failure (:func:`~pathways_runtime.dead_letters.is_transient`)
leaves it as :class:`DependencyUnavailable`; :func:`unavailable_on_outage` wraps a servicer so
that this exception becomes ``UNAVAILABLE``. ``DependencyUnavailable`` is a ``grpc.RpcError``
so that entrypoints, which let gRPC's own errors through untouched, do not turn it into
INTERNAL on the way. The message names no data, only that a dependency is unavailable.
"""

from __future__ import annotations

import functools
from typing import Any, TypeVar, cast

import grpc

from pathways_runtime.dead_letters import is_transient

__all__ = ["DependencyUnavailable", "translate_outages", "unavailable_on_outage"]

T = TypeVar("T")

UNAVAILABLE_MESSAGE = "a dependency of the service is unavailable; retry later"


class DependencyUnavailable(grpc.RpcError):
    """The database or the broker did not answer in time (the cause is chained)."""


class _Translating:
    def __init__(self, target: Any) -> None:
        self._target = target

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._target, name)
        if not callable(attribute):
            return attribute

        @functools.wraps(attribute)
        def call(*args: Any, **kwargs: Any) -> Any:
            try:
                return attribute(*args, **kwargs)
            except Exception as error:
                if is_transient(error):
                    raise DependencyUnavailable(type(error).__name__) from error
                raise

        return call

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "_target":
            object.__setattr__(self, name, value)
        else:
            setattr(self._target, name, value)


def translate_outages(target: T) -> T:
    """``target`` whose methods raise DependencyUnavailable on transient failures."""
    return cast(T, _Translating(target))


class _Servicer:
    def __init__(self, servicer: Any) -> None:
        self._servicer = servicer

    def __getattr__(self, name: str) -> Any:
        method = getattr(self._servicer, name)
        if not callable(method) or name.startswith("_"):
            return method

        @functools.wraps(method)
        def call(request: Any, context: grpc.ServicerContext) -> Any:
            try:
                return method(request, context)
            except DependencyUnavailable:
                context.abort(grpc.StatusCode.UNAVAILABLE, UNAVAILABLE_MESSAGE)

        return call


def unavailable_on_outage(servicer: T) -> T:
    """``servicer`` whose methods answer UNAVAILABLE when a dependency is lost."""
    return cast(T, _Servicer(servicer))
