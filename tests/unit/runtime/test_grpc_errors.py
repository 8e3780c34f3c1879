"""What a wrapped servicer method answers for each kind of failure (``rpc_method``)."""

from __future__ import annotations

from typing import Any, NoReturn

import grpc
import pytest

from pathways_runtime.grpc_errors import RpcContext, rpc_method
from pathways_runtime.identity import MissingIdentityError


class Aborted(Exception):
    """What ``ServicerContext.abort`` raises (grpc raises an exception of its own there)."""


class Context(RpcContext):
    """The part of ``grpc.ServicerContext`` a wrapped method uses, recording what it was told."""

    def __init__(self) -> None:
        self.code: grpc.StatusCode | None = None
        self.details = ""
        self.trailing: tuple[tuple[str, bytes], ...] = ()

    def abort(self, code: grpc.StatusCode, details: str) -> NoReturn:
        self.code, self.details = code, details
        raise Aborted

    def set_trailing_metadata(self, metadata: tuple[tuple[str, bytes], ...]) -> None:
        self.trailing = metadata


def _grpc_serves_an_rpc_context(context: grpc.ServicerContext) -> RpcContext:
    """Never called: mypy holds grpc's own context to the Protocol the wrapper asks for."""
    return context


class DomainError(Exception):
    pass


class NotFound(DomainError):
    pass


class GoneForGood(NotFound):
    """Not in the map itself: its nearest mapped base decides."""


class Located(DomainError):
    pass


class Unmapped(DomainError):
    pass


STATUSES: dict[type[BaseException], grpc.StatusCode] = {
    NotFound: grpc.StatusCode.NOT_FOUND,
    Located: grpc.StatusCode.INVALID_ARGUMENT,
}


def _trailers(error: BaseException) -> list[tuple[str, bytes]]:
    return [("where-bin", b"profile.skills")] if isinstance(error, Located) else []


class Servicer:
    def __init__(self, raises: BaseException | None = None) -> None:
        self.raises = raises
        self.seen: list[Any] = []

    @rpc_method(caller=lambda: "usr_1", statuses=STATUSES, trailers=_trailers)
    def Call(self, request: Any, context: RpcContext, caller: str) -> str:
        self.seen.append(caller)
        if self.raises is not None:
            raise self.raises
        return f"answer to {request}"


def _call(servicer: Servicer) -> Context:
    context = Context()
    with pytest.raises(Aborted):
        servicer.Call("q", context)
    return context


def test_the_method_gets_the_caller_and_its_answer_goes_back() -> None:
    servicer = Servicer()
    assert servicer.Call("q", Context()) == "answer to q"
    assert servicer.seen == ["usr_1"]


def test_a_mapped_error_and_its_subclasses_answer_their_status_with_the_message() -> None:
    assert (_call(Servicer(NotFound("no such match"))).code, "no such match") == (
        grpc.StatusCode.NOT_FOUND,
        "no such match",
    )
    assert _call(Servicer(GoneForGood("erased"))).code == grpc.StatusCode.NOT_FOUND


def test_a_refusal_carries_the_trailing_metadata_the_service_attaches() -> None:
    context = _call(Servicer(Located("unknown concept")))
    assert context.code == grpc.StatusCode.INVALID_ARGUMENT
    assert context.trailing == (("where-bin", b"profile.skills"),)


def test_a_missing_identity_is_unauthenticated() -> None:
    class NoIdentity(Servicer):
        @rpc_method(caller=_no_identity, statuses=STATUSES)
        def Call(self, request: Any, context: RpcContext, caller: str) -> str:
            raise AssertionError("must not run without a caller")

    assert _call(NoIdentity()).code == grpc.StatusCode.UNAUTHENTICATED


def _no_identity() -> str:
    raise MissingIdentityError("no assertion")


def test_anything_else_is_internal_and_its_message_is_never_sent_nor_logged(
    capsys: pytest.CaptureFixture[str],
) -> None:
    secret = "Dara, born 2009, lives in Sen Sok"
    for error in (Unmapped(secret), KeyError(secret)):
        context = _call(Servicer(error))
        assert (context.code, context.details) == (grpc.StatusCode.INTERNAL, "internal error")
    logged = capsys.readouterr()
    text = logged.out + logged.err
    assert "unexpected error" in text
    assert "KeyError" in text  # the type and where, so an operator can find it
    assert "test_grpc_errors.py" in text
    assert "Sen Sok" not in text
