from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, TypedDict

import grpc
import pytest
from pymongo import MongoClient
from pymongo.database import Database

from matching.adapters.mongo_repositories import ensure_indexes
from pathways_runtime.field_crypto import InMemoryFieldCrypto
from tests.support.grpc_health import health_status
from tests.support.matching_client import As
from tests.support.processes import ServiceProcess, free_port, wait_until
from tests.support.store_commands import StoreCommandRecorder


class RunningMatching(TypedDict):
    """A matching process of the test's own, its channel and its database."""

    channel: grpc.Channel
    process: ServiceProcess
    database: str
    address: str


def start_matching(
    tmp_path: Path, *, kafka_bootstrap: str, mongodb_uri: str, database: str, name: str
) -> tuple[ServiceProcess, str]:
    port = free_port()
    process = ServiceProcess(
        module="matching",
        env={
            "PATHWAYS_GRPC_PORT": str(port),
            "PATHWAYS_KAFKA_BOOTSTRAP": kafka_bootstrap,
            "PATHWAYS_MONGODB_URI": mongodb_uri,
            "PATHWAYS_MONGODB_DATABASE": database,
            "PATHWAYS_HEALTH_CHECK_INTERVAL_S": "0.5",
        },
        log_path=tmp_path / f"{name}.log",
    ).start()
    address = f"127.0.0.1:{port}"
    ok = wait_until(lambda: health_status(address) == "SERVING", timeout_s=60)
    if not ok:
        process.stop()
        pytest.fail("matching did not become SERVING:\n" + process.log_text()[-4000:])
    return process, address


@pytest.fixture
def matching(
    tmp_path: Path, kafka_bootstrap: str, mongodb_uri: str, unique_name: str
) -> Iterator[RunningMatching]:
    process, address = start_matching(
        tmp_path,
        kafka_bootstrap=kafka_bootstrap,
        mongodb_uri=mongodb_uri,
        database=unique_name,
        name="matching",
    )
    channel = grpc.insecure_channel(address)
    try:
        yield {"channel": channel, "process": process, "database": unique_name, "address": address}
    finally:
        channel.close()
        process.stop()


@pytest.fixture
def officer(matching: RunningMatching) -> As:
    return As(matching["channel"], "u_officer", "org_ngo", "reintegration_officer")


@pytest.fixture
def other_officer(matching: RunningMatching) -> As:
    return As(matching["channel"], "u_officer2", "org_other_ngo", "reintegration_officer")


@pytest.fixture
def employer(matching: RunningMatching) -> As:
    return As(matching["channel"], "u_employer", "org_cafe", "employer")


@pytest.fixture
def provider(matching: RunningMatching) -> As:
    return As(matching["channel"], "u_provider", "org_school", "training_provider")


# -- a database of the test's own, every command to it recorded ------------------------------


@pytest.fixture
def recorder() -> StoreCommandRecorder:
    return StoreCommandRecorder()


@pytest.fixture
def db(
    mongodb_uri: str, unique_name: str, recorder: StoreCommandRecorder
) -> Iterator[Database[Any]]:
    client: MongoClient[Any] = MongoClient(
        mongodb_uri, serverSelectionTimeoutMS=5000, event_listeners=[recorder]
    )
    database = client[unique_name]
    ensure_indexes(database)
    try:
        yield database
    finally:
        client.drop_database(unique_name)
        client.close()


@pytest.fixture
def crypto() -> InMemoryFieldCrypto:
    return InMemoryFieldCrypto()
