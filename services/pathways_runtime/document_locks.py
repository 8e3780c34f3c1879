"""Per-document locks shared by a process's writers of one aggregate document.

FerretDB v1 (our local MongoDB-protocol server) applies an update by reading the document,
changing it in memory and writing it back, without isolation: two updates of one document
at the same moment can lose one of them, version filter or not (measured: 300 version-
checked writes racing the outbox relay's removals ended at version 281). MongoDB applies
each single-document update atomically, so there this lock only costs a little waiting.

Within one process the repositories and the outbox relay take the lock of a document
before writing it, so their writes never interleave. Writers in other processes are not
covered; the outbox relay keeps away from other instances' fresh documents instead (see
:class:`~pathways_runtime.outbox_relay.OutboxRelay`), and two instances writing one document
at the same moment are safe on MongoDB only (``docs/delivery.md``).

The locks are striped (256 of them), so two documents can share one. They are re-entrant:
a thread that holds one document's lock and takes another's that happens to share its
stripe goes on instead of waiting on itself.
"""

from __future__ import annotations

import threading
from contextlib import AbstractContextManager
from typing import Any

__all__ = ["document_lock"]

_STRIPES = tuple(threading.RLock() for _ in range(256))


def document_lock(namespace: str, document_id: Any) -> AbstractContextManager[bool]:
    """The lock of one document (``namespace`` is ``database.collection``)."""
    return _STRIPES[hash((namespace, repr(document_id))) % len(_STRIPES)]
