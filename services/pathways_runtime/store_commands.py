"""The one way a service's operator command runs against its store.

``python -m <service> <command>`` (``migrate``, ``retention``) connects to the service's
database, does its work, prints what it did as one JSON line of counts (never ids, never
personal data) and exits:

- 0 when done;
- 75 (``EX_TEMPFAIL``) when the database, the key vault or the broker did not answer: run
  it again later, nothing was lost (every command is safe to run again);
- any other failure is a bug: its traceback goes to standard error and the exit status is 1.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

from pymongo import MongoClient

from pathways_runtime.dead_letters import is_transient
from pathways_runtime.log import configure_logging
from pathways_runtime.mongo import create_mongo_client
from pathways_runtime.settings import ServiceSettings

__all__ = ["EX_TEMPFAIL", "run_store_command"]

#: sysexits.h: a temporary failure; the caller is invited to retry.
EX_TEMPFAIL = 75


def run_store_command(
    settings: ServiceSettings,
    *,
    name: str,
    work: Callable[[MongoClient[Any]], Mapping[str, Any]],
) -> int:
    """Run ``work`` with a client of the service's server; print its counts; the exit status.

    ``name`` (e.g. ``matching-retention``) names the process in logs and in the server's
    connection list."""
    configure_logging(service=name, level=settings.log_level)
    client: MongoClient[Any] = create_mongo_client(
        uri=settings.mongodb_uri.get_secret_value(),
        app_name=name,
        timeout_ms=settings.mongodb_timeout_ms,
    )
    try:
        counts = dict(work(client))
    except Exception as error:
        if not is_transient(error):  # its cause counts too
            raise
        print(json.dumps({"error": type(error).__name__, "retry": True}))
        return EX_TEMPFAIL
    finally:
        client.close()
    print(json.dumps(counts, sort_keys=True, default=str))
    return 0
