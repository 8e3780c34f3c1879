import json
import logging
import threading

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


def test_a_session_id_is_logged_as_a_reference_that_tells_sessions_apart(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """With a leaked signing key, a session id from a log line made a valid access token
    (security probe, session 26): no log line holds one."""
    configure_logging(service="gateway", level="INFO")
    log = get_logger("t")
    log.info("login_succeeded", user_id="usr_1", session_id="ses_0123456789abcdef")
    log.info("logout", user_id="usr_1", session_id="ses_0123456789abcdef")
    log.info("login_succeeded", user_id="usr_2", session_id="ses_fedcba9876543210")

    output = capsys.readouterr().err
    lines = [json.loads(line) for line in output.strip().splitlines()[-3:]]

    assert "ses_0123456789abcdef" not in output
    assert "ses_fedcba9876543210" not in output
    assert all("session_id" not in line for line in lines)
    assert lines[0]["session_ref"] == lines[1]["session_ref"] != lines[2]["session_ref"]


def test_a_librarys_warning_is_a_json_line_of_the_service_redacted_alike(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """kafka-python, pymongo and uvicorn log through the standard library: their lines
    are JSON as ours are, tagged with the service, and pass the same redaction."""
    configure_logging(service="peer_groups", level="INFO")
    # From a library's own thread, as Kafka's network thread logs: no context bound there.
    library = threading.Thread(
        target=lambda: logging.getLogger("kafka.net.sasl.scram").warning(
            "Exchanging credentials in the clear"
        )
    )
    library.start()
    library.join()
    logging.getLogger("some.library").warning("oops", extra={"district": "Battambang"})

    lines = [json.loads(line) for line in capsys.readouterr().err.strip().splitlines()[-2:]]

    assert lines[0]["message"] == "Exchanging credentials in the clear"
    assert lines[0]["service"] == "peer_groups"
    assert lines[0]["level"] == "warning"
    assert lines[0]["logger"] == "kafka.net.sasl.scram"
    assert lines[1]["district"] == REDACTED
    assert "Battambang" not in json.dumps(lines[1])
