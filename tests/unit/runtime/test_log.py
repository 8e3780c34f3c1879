import json

import pytest

from pathways_runtime.log import REDACTED, configure_logging, get_logger


def test_log_lines_are_json_with_service_level_and_message(
    capsys: pytest.CaptureFixture[str],
) -> None:
    configure_logging(service="matching", level="INFO")
    get_logger("t").info("matches computed", survivor_id="srv_1", count=3)

    line = json.loads(capsys.readouterr().err.strip().splitlines()[-1])

    assert line["message"] == "matches computed"
    assert line["service"] == "matching"
    assert line["level"] == "info"
    assert line["survivor_id"] == "srv_1"
    assert line["count"] == 3
    assert "timestamp" in line


def test_personal_data_passed_by_mistake_never_reaches_the_log(
    capsys: pytest.CaptureFixture[str],
) -> None:
    configure_logging(service="matching", level="INFO")
    get_logger("t").warning(
        "oops",
        name="Srey Mom",
        phone="+855 12 345 678",
        district="Battambang",
        interests="อยากทำงานในร้านกาแฟ",
        date_of_birth="2009-04-01",
    )

    output = capsys.readouterr().err
    line = json.loads(output.strip().splitlines()[-1])

    for secret in ("Srey Mom", "345 678", "Battambang", "ร้านกาแฟ", "2009-04-01"):
        assert secret not in output
    assert line["name"] == REDACTED
    assert line["district"] == REDACTED


def test_level_filters_debug_lines(capsys: pytest.CaptureFixture[str]) -> None:
    configure_logging(service="gateway", level="WARNING")
    get_logger("t").info("not shown")
    get_logger("t").warning("shown")
    output = capsys.readouterr().err
    assert "not shown" not in output
    assert "shown" in output
