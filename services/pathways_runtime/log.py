"""Structured JSON logging that never carries personal data.

Log events name what happened and carry ids (pseudonymous survivor ids, request ids), never
profile fields. As a second line of defence a processor drops any key that looks like
personal data and a service might pass by mistake.
"""

from __future__ import annotations

import hashlib
import logging
import sys
from collections.abc import MutableMapping
from typing import Any

import structlog

__all__ = [
    "REDACTED",
    "REFERENCED_KEYS",
    "SENSITIVE_KEYS",
    "configure_logging",
    "get_logger",
    "redact_personal_data",
]

REDACTED = "[redacted]"

#: Keys whose values are personal data and must never reach a log line.
SENSITIVE_KEYS = frozenset(
    {
        "name",
        "full_name",
        "alias",
        "phone",
        "email",
        "contact",
        "address",
        "district",
        "location",
        "latitude",
        "longitude",
        "dob",
        "date_of_birth",
        "birth_date",
        "interests",
        "aspirations",
        "notes",
        "history",
        "gender",
        "profile",
        "password",
        "token",
        "authorization",
        "do_not_group_with",
    }
)


#: Keys whose values are bearer secrets in part: a session id, with a signing key that
#: leaked, makes a valid access token. Logged as a reference that tells the lines of one
#: session apart from another's and cannot be turned back into the id.
REFERENCED_KEYS = frozenset({"session_id"})


def redact_personal_data(
    _logger: Any, _method: str, event_dict: MutableMapping[str, Any]
) -> MutableMapping[str, Any]:
    """structlog processor: replace the value of any sensitive key with a marker, and a
    session id by a reference to it (``session_ref``)."""
    for key in list(event_dict):
        if key.lower() in SENSITIVE_KEYS:
            event_dict[key] = REDACTED
        elif key.lower() in REFERENCED_KEYS:
            value = event_dict.pop(key)
            digest = hashlib.sha256(str(value).encode()).hexdigest()[:16]
            event_dict[key.lower().removesuffix("_id") + "_ref"] = digest
    return event_dict


def configure_logging(*, service: str, level: str = "INFO") -> None:
    """Send JSON lines to stderr, tagged with the service name: ours, and the libraries'
    (Kafka, pymongo, gRPC, uvicorn) through the same processors, so every line of a
    service's log is one JSON object and nothing bypasses the redaction. Safe to call
    twice."""
    shared: list[Any] = [
        structlog.contextvars.merge_contextvars,
        # Named on every line, from any thread: a library's (Kafka's network thread) has
        # none of the context bound below.
        _ServiceName(service),
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        redact_personal_data,
    ]
    handler = _StderrHandler()
    handler.setFormatter(
        structlog.stdlib.ProcessorFormatter(
            foreign_pre_chain=[
                structlog.stdlib.ExtraAdder(),
                _without_terminal_colours,
                *shared,
                structlog.stdlib.add_logger_name,
            ],
            processors=[
                structlog.stdlib.ProcessorFormatter.remove_processors_meta,
                structlog.processors.format_exc_info,
                structlog.processors.EventRenamer("message"),
                structlog.processors.JSONRenderer(ensure_ascii=False),
            ],
        )
    )
    logging.basicConfig(handlers=[handler], level=level.upper(), force=True)
    # Libraries log at INFO with hostnames and offsets; keep them to warnings.
    for noisy in ("kafka", "pymongo", "grpc", "uvicorn.access", "httpx"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    structlog.configure(
        processors=[
            *shared,
            structlog.processors.format_exc_info,
            structlog.processors.EventRenamer("message"),
            structlog.processors.JSONRenderer(ensure_ascii=False),
        ],
        wrapper_class=structlog.make_filtering_bound_logger(logging.getLevelName(level.upper())),
        # Looked up at each write, so a replaced sys.stderr (tests, daemons) is honoured.
        logger_factory=_stderr_logger,
        cache_logger_on_first_use=False,
    )
    structlog.contextvars.bind_contextvars(service=service)


def _without_terminal_colours(
    _logger: Any, _method: str, event_dict: MutableMapping[str, Any]
) -> MutableMapping[str, Any]:
    """uvicorn repeats its message with terminal colour codes for consoles; a JSON line
    has no use for them."""
    event_dict.pop("color_message", None)
    return event_dict


class _ServiceName:
    """structlog processor: the service's name on a line that has none."""

    def __init__(self, service: str) -> None:
        self._service = service

    def __call__(
        self, _logger: Any, _method: str, event_dict: MutableMapping[str, Any]
    ) -> MutableMapping[str, Any]:
        event_dict.setdefault("service", self._service)
        return event_dict


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """A stream handler writing to whatever ``sys.stderr`` is at each record (tests and
    daemons replace it), as our own logger does."""

    @property
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, _value: Any) -> None:
        pass


def _stderr_logger(*_args: Any) -> structlog.PrintLogger:
    return structlog.PrintLogger(file=sys.stderr)


def get_logger(name: str) -> structlog.stdlib.BoundLogger:
    logger: structlog.stdlib.BoundLogger = structlog.get_logger(name)
    return logger
