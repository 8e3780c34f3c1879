import json

import grpc
import pytest

from pathways_runtime.grpc_client import (
    IDEMPOTENT_METHODS,
    create_channel,
    retry_service_config,
)


def test_only_unavailable_is_retried_for_the_listed_methods() -> None:
    config = retry_service_config({"pathways.v1.PeerGroupService": ["GetGroup", "CreateGroup"]})
    (method_config,) = config["methodConfig"]
    assert method_config["name"] == [
        {"service": "pathways.v1.PeerGroupService", "method": "GetGroup"},
        {"service": "pathways.v1.PeerGroupService", "method": "CreateGroup"},
    ]
    policy = method_config["retryPolicy"]
    assert policy["retryableStatusCodes"] == ["UNAVAILABLE"]
    assert policy["maxAttempts"] == 4
    assert policy["initialBackoff"] == "0.1s"
    assert policy["maxBackoff"] == "2s"
    json.dumps(config)


def test_the_default_list_holds_no_unguarded_write() -> None:
    methods = {m for names in IDEMPOTENT_METHODS.values() for m in names}
    for unguarded in ("ProposeMatch", "RunMatchingRound", "RecordAnswer", "LeaveGroup"):
        assert unguarded not in methods
    assert {"GetGroup", "CreateGroup", "RegisterSurvivor", "GetMatches"} <= methods


def test_bounds_are_checked() -> None:
    with pytest.raises(ValueError, match="2 to 5 attempts"):
        retry_service_config(max_attempts=6)
    with pytest.raises(ValueError, match="no method"):
        retry_service_config({})


def test_a_channel_takes_the_config() -> None:
    channel = create_channel(
        "127.0.0.1:1", default_timeout_s=1.0, service_config=retry_service_config()
    )
    try:
        assert isinstance(channel, grpc.Channel)
    finally:
        channel.close()


def test_round_robin_spreads_calls_over_every_resolved_address() -> None:
    config = retry_service_config(round_robin=True)
    assert config["loadBalancingConfig"] == [{"round_robin": {}}]
    assert "loadBalancingConfig" not in retry_service_config()


def test_writes_whose_version_check_may_be_left_out_are_never_retried() -> None:
    config = retry_service_config()
    (method_config,) = config["methodConfig"]
    names = {(n["service"], n["method"]) for n in method_config["name"]}
    for method in ("AssessReadiness", "TransitionMatch", "EraseSurvivor", "ProposeMatch"):
        assert ("pathways.v1.MatchingService", method) not in names
    assert ("pathways.v1.MatchingService", "RegisterSurvivor") in names
