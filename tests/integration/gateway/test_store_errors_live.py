"""The gateway's store lost under a POST with an Idempotency-Key: 503 with Retry-After,
never 500, and the same key works once the store is back (a survivor
registration once answered 500 ``internal-error`` on a ``NetworkTimeout`` in the middleware).

The gateway reaches the shared FerretDB through a TCP relay of this test's own, which the
test cuts and restores; the services talk to FerretDB directly.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from pymongo.uri_parser import parse_uri

from tests.e2e.support import login, organisation, running_system, user
from tests.support.processes import free_port

PROFILE = {
    "languages": [{"language": "th", "level": "native"}],
    "residence": {"country": "TH", "district": "Bang Rak", "latitude": 13.73, "longitude": 100.5},
    "age_band": "25-34",
}


class Relay:
    """Forwards TCP connections from a local port to the store; ``cut`` drops every
    connection and refuses new ones, ``restore`` accepts again."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self.port = free_port()
        self._open = threading.Event()
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", self.port))
        self._open.set()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            if not self._open.is_set():
                client.close()
                continue
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            with self._lock:
                self._sockets += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for s in (source, sink):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)

    def cut(self) -> None:
        self._open.clear()
        with self._lock:
            for s in self._sockets:
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
                s.close()
            self._sockets.clear()

    def restore(self) -> None:
        self._open.set()

    def close(self) -> None:
        self.cut()
        self._listener.close()


@pytest.fixture(scope="module")
def system(
    tmp_path_factory: pytest.TempPathFactory, mongodb_uri: str, kafka_bootstrap: str
) -> Iterator[dict[str, Any]]:
    host, port = parse_uri(mongodb_uri)["nodelist"][0]
    relay = Relay((host, port))
    try:
        with running_system(
            tmp_path_factory.mktemp("store-errors"),
            mongodb_uri=mongodb_uri,
            kafka_bootstrap=kafka_bootstrap,
            gateway_env={
                # The same URI (credentials and all) with the relay's address.
                "PATHWAYS_MONGODB_URI": mongodb_uri.replace(
                    f"{host}:{port}", f"127.0.0.1:{relay.port}", 1
                ),
                "PATHWAYS_MONGODB_TIMEOUT_MS": "1500",
            },
        ) as running:
            admin = login(running.url, "root.admin")
            ngo = organisation(admin, "ngo")
            officer = login(running.url, user(admin, ngo, "reintegration_officer"))
            yield {"relay": relay, "officer": officer, "ngo": ngo}
    finally:
        relay.close()


def test_a_lost_store_under_an_idempotent_post_is_503_with_retry_after(
    system: dict[str, Any],
) -> None:
    officer, relay = system["officer"], system["relay"]
    key = uuid.uuid4().hex
    path = f"/v1/organisations/{system['ngo']}/survivors"
    relay.cut()
    try:
        lost = officer.call("POST", path, json={"profile": PROFILE}, **{"Idempotency-Key": key})
    finally:
        relay.restore()
    assert lost.status_code == 503, lost.text
    assert lost.headers["retry-after"].isdigit()
    assert lost.headers["content-type"] == "application/problem+json"
    assert lost.json()["status"] == 503
    # Back again: the same key registers the survivor once.
    again = officer.call("POST", path, json={"profile": PROFILE}, **{"Idempotency-Key": key})
    assert again.status_code == 201, again.text
    replayed = officer.call("POST", path, json={"profile": PROFILE}, **{"Idempotency-Key": key})
    assert replayed.status_code == 201
    assert replayed.json()["id"] == again.json()["id"]
