"""``infra/compose.yaml`` is a valid Compose file, by the schema ``docker compose`` uses.

There is no Docker engine where the tests run, so ``docker compose config`` cannot check the
file; the Compose Specification's own JSON schema (from compose-go, the loader of
``docker compose``; ``compose_spec.py``) can: unknown or misspelled keys, wrong types and
wrong shapes fail. Needs Go and the Go module proxy on first use (then cached); fails,
never skips, without them.
"""

from __future__ import annotations

import copy
from typing import Any

import jsonschema_rs
import pytest

from tests.integration.deploy.compose_spec import (
    ProvisioningError,
    compose_spec_schema,
    interpolated,
)
from tests.unit.deploy.manifests import compose

pytestmark = pytest.mark.timeout(600)


@pytest.fixture(scope="module")
def validator() -> Any:
    try:
        schema = compose_spec_schema()
    except ProvisioningError as error:
        pytest.fail(f"could not fetch the Compose Specification schema: {error}", pytrace=False)
    return jsonschema_rs.validator_for(schema)


def _errors(validator: Any, document: dict[str, Any]) -> list[str]:
    return [
        f"{'/'.join(map(str, error.instance_path))}: {error.message}"
        for error in validator.iter_errors(interpolated(document))
    ]


def test_the_compose_file_is_valid_by_the_compose_specification(validator: Any) -> None:
    assert _errors(validator, compose()) == []


def test_a_misspelled_service_key_is_rejected(validator: Any) -> None:
    document = copy.deepcopy(compose())
    document["services"]["console"]["read_onyl"] = document["services"]["console"].pop("read_only")

    errors = _errors(validator, document)

    assert any(e.startswith("services/console:") and "read_onyl" in e for e in errors), errors


def test_a_misspelled_static_address_is_rejected(validator: Any) -> None:
    document = copy.deepcopy(compose())
    network = document["services"]["console"]["networks"]["default"]
    network["ipv4_adress"] = network.pop("ipv4_address")

    errors = _errors(validator, document)

    assert any(e.startswith("services/console/networks") for e in errors), errors


def test_a_value_of_the_wrong_type_is_rejected(validator: Any) -> None:
    document = copy.deepcopy(compose())
    document["networks"]["default"]["ipam"]["config"] = "10.217.31.0/24"

    errors = _errors(validator, document)

    assert any(e.startswith("networks/default/ipam/config") for e in errors), errors


def test_defaults_are_interpolated_as_compose_does() -> None:
    assert interpolated({"a": ["${X:-one}", "${Y-two}"], "b": 3}) == {"a": ["one", "two"], "b": 3}
