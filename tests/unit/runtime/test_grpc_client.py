from dataclasses import dataclass

import grpc
import pytest

from pathways_runtime.grpc_client import DefaultDeadlineInterceptor


@dataclass
class Details(grpc.ClientCallDetails):
    method: str = "/pathways.v1.MatchingService/GetMatches"
    timeout: float | None = None
    metadata: tuple[tuple[str, str | bytes], ...] | None = None
    credentials: grpc.CallCredentials | None = None
    wait_for_ready: bool | None = None
    compression: grpc.Compression | None = None


def _seen_timeout(interceptor: DefaultDeadlineInterceptor, details: Details) -> float | None:
    seen: list[float | None] = []
    interceptor.intercept_unary_unary(lambda d, _r: seen.append(d.timeout), details, object())
    return seen[0]


def test_a_call_without_deadline_gets_the_default() -> None:
    assert _seen_timeout(DefaultDeadlineInterceptor(default_timeout_s=2.5), Details()) == 2.5


def test_an_explicit_deadline_is_kept() -> None:
    interceptor = DefaultDeadlineInterceptor(default_timeout_s=2.5)
    assert _seen_timeout(interceptor, Details(timeout=0.3)) == 0.3


def test_a_deadline_must_be_positive() -> None:
    with pytest.raises(ValueError, match="positive"):
        DefaultDeadlineInterceptor(default_timeout_s=0)
