"""How a process's Kafka clients prove who they are (``pathways_runtime.kafka_security``),
from its settings: the options every client gets, what is refused as incomplete, and
production's refusal of a broker that authenticates no one."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from pathways_runtime.kafka_bus import producer_config
from pathways_runtime.kafka_security import (
    KafkaSecurity,
    SaslMechanism,
    SecurityProtocol,
)
from pathways_runtime.settings import Environment, InsecureSettingsError, ServiceSettings


def test_by_default_clients_send_no_credentials() -> None:
    assert ServiceSettings().kafka_security.options() == {"security_protocol": "PLAINTEXT"}


def test_sasl_over_tls_sends_the_services_own_user_and_checks_the_broker(
    tmp_path: Path,
) -> None:
    password = tmp_path / "password"
    password.write_text("s3cret-from-a-mounted-secret\n")
    settings = ServiceSettings(
        kafka_security_protocol=SecurityProtocol.SASL_SSL,
        kafka_username="matching",
        kafka_password_file=password,
        kafka_ssl_ca_file=tmp_path / "ca.pem",
    )
    assert settings.kafka_security.options() == {
        "security_protocol": "SASL_SSL",
        "sasl_mechanism": "SCRAM-SHA-512",
        "sasl_plain_username": "matching",
        "sasl_plain_password": "s3cret-from-a-mounted-secret",
        "ssl_check_hostname": True,
        "ssl_cafile": str(tmp_path / "ca.pem"),
    }


def test_every_producer_gets_the_credentials_beside_its_durability_settings() -> None:
    security = KafkaSecurity(
        protocol=SecurityProtocol.SASL_PLAINTEXT,
        mechanism=SaslMechanism.PLAIN,
        username="gateway",
        password="pw-of-the-gateway-user",
    )
    config = producer_config(bootstrap_servers=["k:9092"], client_id="g", security=security)
    assert config["sasl_plain_username"] == "gateway"
    assert config["security_protocol"] == "SASL_PLAINTEXT"
    assert config["acks"] == "all"


@pytest.mark.parametrize(
    "fields",
    [
        {"kafka_security_protocol": "SASL_SSL", "kafka_password": "pw-without-a-user"},
        {"kafka_username": "matching", "kafka_password": "sent-in-clear-to-no-one"},
        {"kafka_password": "a-password-plaintext-never-sends"},
        {"kafka_ssl_ca_file": "/ca.pem"},
        {
            "kafka_security_protocol": "SSL",
            "kafka_ssl_cert_file": "/client.pem",
        },
        {
            "kafka_security_protocol": "SASL_SSL",
            "kafka_username": "matching",
            "kafka_password": "one",
            "kafka_password_file": "/two",
        },
        {"kafka_security_protocol": "SASL_SSL", "kafka_sasl_mechanism": "GSSAPI"},
    ],
)
def test_incomplete_or_contradictory_kafka_settings_fail_at_start(
    fields: dict[str, str],
) -> None:
    with pytest.raises(ValidationError):
        ServiceSettings(**fields)  # type: ignore[arg-type]


def test_a_user_without_a_password_is_refused_when_a_client_is_built() -> None:
    settings = ServiceSettings(  # create-admin, retention: no Kafka client, no password
        kafka_security_protocol=SecurityProtocol.SASL_SSL, kafka_username="matching"
    )
    with pytest.raises(ValueError, match="needs a username and a password"):
        _ = settings.kafka_security


def test_production_refuses_a_broker_that_authenticates_no_one_when_a_client_is_built() -> None:
    settings = ServiceSettings(environment=Environment.PRODUCTION)  # commands without Kafka
    with pytest.raises(InsecureSettingsError, match="PATHWAYS_KAFKA_SECURITY_PROTOCOL"):
        _ = settings.kafka_security


def test_production_takes_plaintext_only_where_told_the_network_authenticates() -> None:
    settings = ServiceSettings(
        environment=Environment.PRODUCTION, kafka_plaintext_in_production=True
    )
    assert settings.kafka_security.protocol is SecurityProtocol.PLAINTEXT


def test_the_password_never_shows_in_the_value_printed() -> None:
    security = KafkaSecurity(
        protocol=SecurityProtocol.SASL_SSL, username="peer_groups", password="do-not-log-me"
    )
    assert "do-not-log-me" not in repr(security)
    assert "do-not-log-me" not in repr(
        ServiceSettings(
            kafka_security_protocol=SecurityProtocol.SASL_SSL,
            kafka_username="peer_groups",
            kafka_password="do-not-log-me",
        )
    )
