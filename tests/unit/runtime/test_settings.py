import pytest
from pydantic import SecretStr, ValidationError

from pathways_runtime.settings import (
    DEVELOPMENT_SECRET,
    Environment,
    InsecureSettingsError,
    ServiceSettings,
)


class WithSecret(ServiceSettings):
    signing_key: SecretStr = SecretStr(DEVELOPMENT_SECRET)


def test_settings_come_from_pathways_prefixed_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATHWAYS_KAFKA_BOOTSTRAP", "a:1, b:2")
    monkeypatch.setenv("PATHWAYS_MONGODB_TIMEOUT_MS", "1500")
    monkeypatch.setenv("KAFKA_BOOTSTRAP", "ignored:9")

    settings = ServiceSettings()

    assert settings.kafka_bootstrap_servers == ["a:1", "b:2"]
    assert settings.mongodb_timeout_ms == 1500


def test_bad_values_fail_fast(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATHWAYS_MONGODB_TIMEOUT_MS", "-1")
    with pytest.raises(ValidationError):
        ServiceSettings()


def test_default_secret_is_accepted_in_development() -> None:
    assert WithSecret(environment=Environment.DEVELOPMENT).signing_key.get_secret_value()


def test_default_secret_is_refused_in_production() -> None:
    with pytest.raises(ValidationError) as error:
        WithSecret(environment=Environment.PRODUCTION)
    assert "PATHWAYS_SIGNING_KEY" in str(error.value)
    assert isinstance(error.value.errors()[0]["ctx"]["error"], InsecureSettingsError)


def test_a_real_secret_is_accepted_in_production() -> None:
    settings = WithSecret(environment=Environment.PRODUCTION, signing_key=SecretStr("x" * 40))
    assert settings.environment is Environment.PRODUCTION


def test_secrets_never_show_in_the_settings_repr() -> None:
    settings = WithSecret(mongodb_uri=SecretStr("mongodb://user:hunter2@db"))
    assert "hunter2" not in repr(settings)
    assert DEVELOPMENT_SECRET not in repr(settings)
