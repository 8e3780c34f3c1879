"""Whose address the gateway limits: a trusted proxy's ``X-Forwarded-For``, nobody else's.

The console (and any reverse proxy) calls the gateway for many people from one address;
it names each person's address in ``X-Forwarded-For`` and the gateway believes it only
from the addresses in ``PATHWAYS_TRUSTED_PROXIES``. Here the trusted proxy is 127.0.0.2
(Linux answers the whole 127/8 on loopback, so a client can connect from it) and the
untrusted caller 127.0.0.1: a real ``python -m gateway`` over a socket.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import httpx2 as httpx
import pytest

from tests.e2e.support import start_gateway
from tests.support.processes import free_port

LIMIT = 3
TRUSTED_PROXY = "127.0.0.2"


def _env(mongodb_uri: str, kafka_bootstrap: str) -> dict[str, str]:
    """A gateway of its own, with a small sign-in limit per address and no backends."""
    return {
        "PATHWAYS_MONGODB_URI": mongodb_uri,
        "PATHWAYS_MONGODB_DATABASE": f"gw_{uuid.uuid4().hex[:10]}",
        "PATHWAYS_KAFKA_BOOTSTRAP": kafka_bootstrap,
        "PATHWAYS_LOGIN_LIMIT_PER_IP": str(LIMIT),
        "PATHWAYS_MATCHING_ADDRESS": f"127.0.0.1:{free_port()}",
        "PATHWAYS_PEER_GROUPS_ADDRESS": f"127.0.0.1:{free_port()}",
    }


@pytest.fixture(scope="module")
def gateway_url(
    tmp_path_factory: pytest.TempPathFactory, mongodb_uri: str, kafka_bootstrap: str
) -> Iterator[str]:
    process, url = start_gateway(
        env=_env(mongodb_uri, kafka_bootstrap) | {"PATHWAYS_TRUSTED_PROXIES": TRUSTED_PROXY},
        log_path=tmp_path_factory.mktemp("gateway") / "gateway.log",
    )
    try:
        yield url
    finally:
        process.stop()


def _attempts(url: str, *, source: str, forwarded_for: str, count: int) -> list[int]:
    """Sign-in attempts, each under a new unknown username (so only the address limit acts)."""
    transport = httpx.HTTPTransport(local_address=source)
    with httpx.Client(transport=transport, timeout=15) as client:
        return [
            client.post(
                f"{url}/v1/auth/token",
                data={"username": f"nobody.{uuid.uuid4().hex[:8]}", "password": "wrong"},
                headers={"X-Forwarded-For": forwarded_for},
            ).status_code
            for _ in range(count)
        ]


def test_a_trusted_proxy_gets_a_limit_per_person_it_names(gateway_url: str) -> None:
    first = _attempts(gateway_url, source=TRUSTED_PROXY, forwarded_for="198.51.100.7", count=4)
    second = _attempts(gateway_url, source=TRUSTED_PROXY, forwarded_for="198.51.100.8", count=1)
    # A fixed window may roll over during the burst: then the fourth is the new window's
    # first. Either way the other person is not held back by the first one's attempts.
    assert first[:LIMIT] == [400] * LIMIT
    assert first[LIMIT] in {429, 400}
    assert second == [400]


def test_an_untrusted_caller_cannot_escape_its_limit_by_naming_others(gateway_url: str) -> None:
    statuses = [
        _attempts(gateway_url, source="127.0.0.1", forwarded_for=f"203.0.113.{n}", count=1)[0]
        for n in range(2 * LIMIT + 1)
    ]
    # Every attempt counts against 127.0.0.1 itself, whatever address it names: with at
    # most one window boundary inside the burst, 2 x LIMIT + 1 attempts must meet a 429.
    assert 429 in statuses
    assert set(statuses) <= {400, 429}


def test_by_default_no_caller_is_believed(
    tmp_path_factory: pytest.TempPathFactory, mongodb_uri: str, kafka_bootstrap: str
) -> None:
    """Without ``PATHWAYS_TRUSTED_PROXIES`` even a caller on 127.0.0.1 is its own address:
    on a shared host any program (or an SSH tunnel) arrives from there."""
    process, url = start_gateway(
        env=_env(mongodb_uri, kafka_bootstrap),
        log_path=tmp_path_factory.mktemp("gateway-default") / "gateway.log",
    )
    try:
        statuses = [
            _attempts(url, source="127.0.0.1", forwarded_for=f"203.0.113.{n}", count=1)[0]
            for n in range(2 * LIMIT + 1)
        ]
    finally:
        process.stop()
    assert 429 in statuses
    assert set(statuses) <= {400, 429}
