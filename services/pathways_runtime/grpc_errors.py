"""One way for a gRPC servicer to turn what a method raised into a status.

Every servicer method is wrapped by :func:`rpc_method`: it learns the caller (from the
assertion the gateway signed, verified by the server before the method runs), calls the
method with it, and maps what escapes:

- a caller without a verified identity: ``UNAUTHENTICATED``;
- an error the service raises on purpose: the status its class (or nearest base class)
  has in the service's status map, with its message (ids and rule codes only, never
  personal data: the domains write them so), plus any trailing metadata the service
  attaches to it (e.g. the locations of refused fields);
- a ``grpc.RpcError`` (an abort already made): as it is;
- anything else: ``INTERNAL`` with no detail, and a log line that says *where* it failed
  (file, line, function) and the exception's type, never its message, which may quote
  personal data.
"""

from __future__ import annotations

import functools
import traceback
from collections.abc import Callable, Mapping, Sequence
from typing import Any, NoReturn, Protocol, TypeVar

import grpc

from pathways_runtime.identity import MissingIdentityError
from pathways_runtime.log import get_logger

__all__ = ["RpcContext", "RpcDecorator", "StatusMap", "Trailers", "rpc_method", "status_of"]

S = TypeVar("S")
C = TypeVar("C")
C_co = TypeVar("C_co", covariant=True)
R = TypeVar("R")

#: The status of each error class a service raises on purpose.
StatusMap = Mapping[type[BaseException], grpc.StatusCode]
#: Trailing metadata to send with a refusal (empty when none).
Trailers = Callable[[BaseException], Sequence[tuple[str, bytes]]]

_log = get_logger(__name__)


class RpcContext(Protocol):
    """What :func:`rpc_method` uses of the context of the call being served: to refuse it
    with a status, with trailing metadata first when the service attaches some.

    ``grpc.ServicerContext`` is one; so is a unit test's fake, without the rest of grpc's
    interface. Positional-only, as ``rpc_method`` calls them, so an implementation may name
    its parameters as it likes.
    """

    def abort(self, code: grpc.StatusCode, details: str, /) -> NoReturn:
        """End the call with ``code`` and ``details``; raises, never returns."""
        ...

    def set_trailing_metadata(self, trailing_metadata: tuple[tuple[str, bytes], ...], /) -> None:
        """Metadata to send with the status when the call ends."""
        ...


X = TypeVar("X", bound=RpcContext)


class RpcDecorator(Protocol[C_co]):
    """What :func:`rpc_method` returns: a decorator that keeps the method's own types (its
    request, its context, a ``grpc.ServicerContext`` or a test's fake, and its answer)."""

    def __call__(self, method: Callable[[S, Any, X, C_co], R], /) -> Callable[[S, Any, X], R]: ...


def status_of(error: BaseException, statuses: StatusMap) -> grpc.StatusCode | None:
    """The status of the nearest class of ``error`` in ``statuses``; None if none has one."""
    for cls in type(error).__mro__:
        if cls in statuses:
            return statuses[cls]
    return None


def _where(error: BaseException) -> list[str]:
    return [
        f"{frame.filename.rsplit('/', 1)[-1]}:{frame.lineno} {frame.name}"
        for frame in traceback.extract_tb(error.__traceback__)
    ]


def _no_trailers(_error: BaseException) -> Sequence[tuple[str, bytes]]:
    return ()


def rpc_method(
    *,
    caller: Callable[[], C],
    statuses: StatusMap,
    trailers: Trailers = _no_trailers,
) -> RpcDecorator[C]:
    """Decorator of a servicer method ``(self, request, context, caller) -> response``.

    ``caller`` reads the verified caller of the call being served (it may raise one of the
    mapped errors, e.g. for an unknown role)."""

    def decorate(method: Callable[[S, Any, X, C], R], /) -> Callable[[S, Any, X], R]:
        @functools.wraps(method)
        def wrapper(self: S, request: Any, context: X) -> R:
            try:
                return method(self, request, context, caller())
            except MissingIdentityError:
                context.abort(grpc.StatusCode.UNAUTHENTICATED, "caller not authenticated")
            except grpc.RpcError:
                raise
            except Exception as error:
                status = status_of(error, statuses)
                if status is not None:
                    found = tuple(trailers(error))
                    if found:
                        context.set_trailing_metadata(found)
                    context.abort(status, str(error))
                _log.error(
                    "unexpected error",
                    rpc=getattr(method, "__qualname__", "?"),
                    error_type=type(error).__name__,
                    frames=_where(error),
                )
                context.abort(grpc.StatusCode.INTERNAL, "internal error")
            raise AssertionError("unreachable")  # context.abort raises

        return wrapper

    return decorate
