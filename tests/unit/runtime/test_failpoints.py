import pytest

from pathways_runtime import failpoints
from pathways_runtime.failpoints import CRASH_STATUS, active_failpoint, failpoint


def test_off_by_default() -> None:
    assert active_failpoint({}) is None
    assert active_failpoint({"PATHWAYS_FAILPOINT": "  "}) is None


def test_armed_only_in_the_test_environment() -> None:
    armed = {"PATHWAYS_FAILPOINT": "outbox.after_publish", "PATHWAYS_ENVIRONMENT": "test"}
    assert active_failpoint(armed) == "outbox.after_publish"
    for environment in ("production", "development"):
        assert active_failpoint({**armed, "PATHWAYS_ENVIRONMENT": environment}) is None


def test_an_unknown_name_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown failpoint"):
        active_failpoint({"PATHWAYS_FAILPOINT": "outbox.typo", "PATHWAYS_ENVIRONMENT": "test"})


def test_the_armed_point_crashes_like_sigkill_and_others_do_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PATHWAYS_FAILPOINT", "consumer.after_effect")
    monkeypatch.setenv("PATHWAYS_ENVIRONMENT", "test")
    failpoints._armed.cache_clear()
    crashes: list[int] = []
    try:
        failpoint("consumer.after_record", crash=crashes.append)
        assert crashes == []
        failpoint("consumer.after_effect", crash=crashes.append)
        assert crashes == [CRASH_STATUS] == [137]
    finally:
        failpoints._armed.cache_clear()


def test_the_variable_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PATHWAYS_FAILPOINT", raising=False)
    failpoints._armed.cache_clear()
    try:
        crashes: list[int] = []
        failpoint("outbox.after_publish", crash=crashes.append)
        monkeypatch.setenv("PATHWAYS_FAILPOINT", "outbox.after_publish")
        monkeypatch.setenv("PATHWAYS_ENVIRONMENT", "test")
        failpoint("outbox.after_publish", crash=crashes.append)
        assert crashes == []
    finally:
        failpoints._armed.cache_clear()
