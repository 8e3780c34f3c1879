import pytest

from pathways_runtime.kafka_bus import KafkaEventPublisher, producer_config


def test_producer_is_configured_for_no_loss_and_no_duplicates() -> None:
    config = producer_config(bootstrap_servers=["k:9092"], client_id="matching")
    assert config["acks"] == "all"
    assert config["enable_idempotence"] is True
    assert config["max_in_flight_requests_per_connection"] <= 5


class _Producer:
    def __init__(self, **config: object) -> None:
        self.config = {**config, "enable_idempotence": False}


def test_publisher_refuses_to_start_when_idempotence_did_not_take() -> None:
    with pytest.raises(RuntimeError, match="idempotence"):
        KafkaEventPublisher(bootstrap_servers=["k:9092"], client_id="x", producer_factory=_Producer)
