"""FerretDB authenticates its clients, as ``infra/ferretdb.sh`` starts every instance (the
services' store and the key vault's, for ``make run`` and ``make test`` alike).

Expected by the rule in ``infra/ferretdb.sh``: without signing in, a client reaches nothing
but the handshake and ``ping``; a wrong password reaches nothing; the instance's own URI
reads and writes; the user outlives a restart; a store whose password file is gone is not
started."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pymongo import MongoClient
from pymongo.errors import OperationFailure
from pymongo.uri_parser import parse_uri

from pathways_runtime.mongo import create_mongo_client, is_reachable
from tests.support.processes import InfraInstance, free_port

UNAUTHORIZED = 13
AUTHENTICATION_FAILED = 18


def _anonymous(uri: str) -> MongoClient[Any]:
    """A client of the same server that does not sign in."""
    host, port = parse_uri(uri)["nodelist"][0]
    return MongoClient(f"mongodb://{host}:{port}", serverSelectionTimeoutMS=5000)


def _with_password(uri: str, password: str) -> MongoClient[Any]:
    username = parse_uri(uri)["username"]
    return MongoClient(
        uri.replace(f"{username}:{parse_uri(uri)['password']}@", f"{username}:{password}@", 1),
        serverSelectionTimeoutMS=5000,
    )


def _refuses_reads_and_writes(client: MongoClient[Any], database: str) -> None:
    for attempt in (
        lambda: client[database].survivors.find_one({"_id": "s-1"}),
        lambda: client[database].survivors.insert_one({"_id": "s-2"}),
        lambda: client.list_database_names(),
    ):
        with pytest.raises(OperationFailure) as refused:
            attempt()
        assert refused.value.code == UNAUTHORIZED


@pytest.fixture
def instance(tmp_path: Path) -> Iterator[InfraInstance]:
    server = InfraInstance(
        script="ferretdb.sh",
        run_dir=tmp_path / "run",
        env={"PATHWAYS_FERRETDB_PORT": str(free_port())},
    )
    server.start()
    try:
        yield server
    finally:
        server.stop()


def test_only_a_signed_in_client_reads_or_writes(instance: InfraInstance) -> None:
    uri = instance.uri()
    signed_in: MongoClient[Any] = MongoClient(uri, serverSelectionTimeoutMS=5000)
    anonymous = _anonymous(uri)
    try:
        signed_in.pathways_t.survivors.insert_one({"_id": "s-1", "district": "Battambang"})

        assert anonymous.admin.command("ping")["ok"] == 1  # the handshake only
        _refuses_reads_and_writes(anonymous, "pathways_t")
        assert signed_in.pathways_t.survivors.count_documents({}) == 1
        assert signed_in.pathways_t.survivors.find_one({"_id": "s-2"}) is None
    finally:
        signed_in.close()
        anonymous.close()


def test_a_wrong_password_reaches_nothing_and_the_store_counts_as_down(
    instance: InfraInstance,
) -> None:
    uri = instance.uri()
    wrong = _with_password(uri, "not-the-password")
    try:
        with pytest.raises(OperationFailure) as refused:
            wrong.pathways_t.survivors.insert_one({"_id": "s-1"})
        assert refused.value.code == AUTHENTICATION_FAILED
    finally:
        wrong.close()
    # What a service's readiness asks: a store it cannot sign in to is not reachable.
    probe = create_mongo_client(
        uri=uri.replace(parse_uri(uri)["password"], "not-the-password", 1),
        app_name="t",
        timeout_ms=2_000,
    )
    try:
        assert not is_reachable(probe)
    finally:
        probe.close()
    signed_in: MongoClient[Any] = MongoClient(uri, serverSelectionTimeoutMS=5000)
    try:
        assert "pathways_t" not in signed_in.list_database_names()
    finally:
        signed_in.close()


def test_the_user_outlives_a_restart_and_a_lost_password_file_stops_the_start(
    instance: InfraInstance,
) -> None:
    uri = instance.uri()
    client: MongoClient[Any] = MongoClient(uri, serverSelectionTimeoutMS=5000)
    client.pathways_t.survivors.insert_one({"_id": "s-1"})
    client.close()
    instance.stop()
    instance.start()
    assert instance.uri() == uri
    client = MongoClient(uri, serverSelectionTimeoutMS=5000)
    try:
        assert client.pathways_t.survivors.find_one({"_id": "s-1"}) == {"_id": "s-1"}
    finally:
        client.close()

    instance.stop()
    password_file = instance.run_dir / "ferretdb" / "password"
    assert password_file.stat().st_mode & 0o077 == 0  # the current user's only
    password_file.unlink()
    with pytest.raises(RuntimeError, match=r"password file .* is gone"):
        instance.start()
    assert not instance.running()


@pytest.mark.parametrize("setting", ["PATHWAYS_TEST_MONGODB_URI", "PATHWAYS_TEST_KEY_VAULT_URI"])
def test_the_test_stack_stores_sign_their_clients_in(setting: str) -> None:
    """``make test`` runs the suite against authenticating stores, as ``make run`` runs."""
    uri = os.environ[setting]
    assert parse_uri(uri)["username"]
    anonymous = _anonymous(uri)
    try:
        _refuses_reads_and_writes(anonymous, "pathways_keyvault")
    finally:
        anonymous.close()
