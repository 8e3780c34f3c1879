"""Shared fixtures: where the real Kafka broker and MongoDB-protocol server are.

``make test`` starts both (``infra/kafka.sh``, ``infra/ferretdb.sh``) and passes their
addresses in ``PATHWAYS_TEST_KAFKA_BOOTSTRAP`` and ``PATHWAYS_TEST_MONGODB_URI``. Tests that
need them fail, never skip, when these are missing.
"""

from __future__ import annotations

import os
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from pymongo import MongoClient

from tests.support.examples import PROFILE, QUICK_PROFILE, examples
from tests.support.processes import REPO_ROOT

# Property tests count examples, not seconds: a loaded CI machine must not fail them.
settings.register_profile(
    "pathways",
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
# ``make test-unit``, the quick loop while working: a third of the examples
# (``tests.support.examples``). ``make test`` (and so CI) runs them all.
settings.register_profile(
    QUICK_PROFILE, parent=settings.get_profile("pathways"), max_examples=examples(100)
)
settings.load_profile(PROFILE)

KAFKA_ENV = "PATHWAYS_TEST_KAFKA_BOOTSTRAP"
MONGODB_ENV = "PATHWAYS_TEST_MONGODB_URI"


def _required_env(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        pytest.fail(
            f"{name} is not set: run the suite with `make test`, which starts Kafka and "
            "FerretDB and sets it",
            pytrace=False,
        )
    return value


def _version_of(script: str) -> str:
    try:
        out = subprocess.run(
            ["bash", str(REPO_ROOT / "infra" / script), "version"],
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
    except (OSError, subprocess.SubprocessError) as error:
        return f"unknown ({type(error).__name__})"
    return out.stdout.strip()


def _mongo_server_line(uri: str) -> str:
    client: MongoClient[Any] = MongoClient(uri, serverSelectionTimeoutMS=3000)
    try:
        info = client.admin.command("buildInfo")
    except Exception as error:
        return f"unreachable ({type(error).__name__})"
    finally:
        client.close()
    product = f"FerretDB {info['ferretdbVersion']}" if "ferretdbVersion" in info else "MongoDB"
    return f"{product}, MongoDB wire protocol {info.get('version')}"


def pytest_report_header(config: pytest.Config) -> list[str]:
    del config
    lines = []
    if os.environ.get(KAFKA_ENV):
        lines.append(f"kafka: {_version_of('kafka.sh')} at {os.environ[KAFKA_ENV]}")
    if os.environ.get(MONGODB_ENV):
        lines.append(f"mongodb-protocol server: {_mongo_server_line(os.environ[MONGODB_ENV])}")
    return lines


@pytest.fixture(scope="session")
def kafka_bootstrap() -> str:
    return _required_env(KAFKA_ENV)


@pytest.fixture(scope="session")
def mongodb_uri() -> str:
    return _required_env(MONGODB_ENV)


@pytest.fixture
def mongo_client(mongodb_uri: str) -> Iterator[MongoClient[Any]]:
    client: MongoClient[Any] = MongoClient(mongodb_uri, serverSelectionTimeoutMS=5000)
    yield client
    client.close()


@pytest.fixture
def unique_name() -> str:
    """A fresh name for a topic, database or consumer group, so tests never collide."""
    return f"t{uuid.uuid4().hex[:12]}"


@pytest.fixture
def repo_root() -> Path:
    return REPO_ROOT
