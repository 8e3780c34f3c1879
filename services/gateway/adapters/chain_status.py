"""The audit chain's verification status in MongoDB, and the thread that keeps it current.

- :class:`MongoChainStatusStore`: two documents in ``audit_chain_status``, read and
  replaced by ``_id``: ``chain`` (the watches') and ``full_check`` (the operator's last
  full check). They hold sequence numbers, a hash, counts and times, never anything from
  the entries themselves.
- :class:`ChainWatchWorker`: runs :class:`~gateway.audit.watch.ChainWatch` in a daemon
  thread that the app starts and stops with its lifespan: a pass, then a pause unless the
  pass verified a full batch (more is waiting). While the store is away it retries with a
  growing pause. Several gateway instances each run one; they verify the same entries and
  write the same result, so whichever write lands last is right (a slower instance may
  set the head back a little; the next pass moves it on again).
"""

from __future__ import annotations

import threading
from typing import Any

from pymongo.database import Database
from pymongo.errors import DuplicateKeyError

from gateway.audit.chain import ChainBreak, ChainProblem
from gateway.audit.watch import ChainStatus, ChainWatch
from pathways_runtime.log import get_logger

__all__ = ["CHAIN_STATUS_COLLECTION", "ChainWatchWorker", "MongoChainStatusStore"]

Document = dict[str, Any]

CHAIN_STATUS_COLLECTION = "audit_chain_status"
_ID = "chain"
_FULL_CHECK_ID = "full_check"

_log = get_logger(__name__)


class MongoChainStatusStore:
    def __init__(self, db: Database[Document]) -> None:
        self._collection = db[CHAIN_STATUS_COLLECTION]

    def load(self) -> ChainStatus | None:
        return _status(self._collection.find_one({"_id": _ID}))

    def load_full_check(self) -> ChainStatus | None:
        return _status(self._collection.find_one({"_id": _FULL_CHECK_ID}))

    def save_full_check(self, status: ChainStatus) -> None:
        self._collection.replace_one({"_id": _FULL_CHECK_ID}, _document(status), upsert=True)

    def save_if_unchanged(self, status: ChainStatus, *, loaded: ChainStatus | None) -> bool:
        """By ``_id`` and the loaded status's ``checked_at``, ``through_seq`` and
        ``head_hash`` (every save writes a new ``checked_at``; the other two keep two saves
        made in the same millisecond, as the store keeps time, from passing for one)."""
        if loaded is None:
            try:
                self._collection.insert_one({"_id": _ID, **_document(status)})
            except DuplicateKeyError:
                return False
            return True
        found = self._collection.replace_one(
            {
                "_id": _ID,
                "checked_at": loaded.checked_at,
                "through_seq": loaded.through_seq,
                "head_hash": loaded.head_hash,
            },
            _document(status),
        )
        return found.matched_count == 1


def _status(document: Document | None) -> ChainStatus | None:
    if document is None:
        return None
    found = document.get("first_break")
    return ChainStatus(
        through_seq=int(document["through_seq"]),
        head_hash=str(document["head_hash"]),
        checked=int(document["checked"]),
        checked_at=document["checked_at"],
        first_break=(
            ChainBreak(int(found["seq"]), ChainProblem(found["problem"]))
            if isinstance(found, dict)
            else None
        ),
        full_check_at=document.get("full_check_at"),
    )


def _document(status: ChainStatus) -> Document:
    found = status.first_break
    return {
        "through_seq": status.through_seq,
        "head_hash": status.head_hash,
        "checked": status.checked,
        "checked_at": status.checked_at,
        "first_break": {"seq": found.seq, "problem": found.problem.value} if found else None,
        "full_check_at": status.full_check_at,
    }


class ChainWatchWorker:
    def __init__(
        self, watch: ChainWatch, *, interval_s: float, max_backoff_s: float = 60.0
    ) -> None:
        self._watch = watch
        self._interval_s = interval_s
        self._max_backoff_s = max(max_backoff_s, interval_s)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="audit-chain-watch", daemon=True)
        #: The status after the last pass (for tests and the log).
        self.last: ChainStatus | None = None
        self._break_logged = False

    def start(self) -> None:
        self._thread.start()

    def stop(self, *, timeout_s: float = 15.0) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=timeout_s)

    def _run(self) -> None:
        failures = 0
        while not self._stop.is_set():
            try:
                status, verified = self._watch.check_once()
            except Exception as error:
                # The store is away: nothing changed; try again later. The type only.
                failures += 1
                pause = min(self._interval_s * 2**failures, self._max_backoff_s)
                _log.warning(
                    "audit_chain_not_checked",
                    error_type=type(error).__name__,
                    retry_in_s=round(pause, 1),
                )
                self._stop.wait(pause)
                continue
            failures = 0
            self.last = status
            if status.first_break is not None and not self._break_logged:
                # Once per process: the status keeps saying it until a full check clears it.
                _log.error(
                    "audit_chain_broken",
                    seq=status.first_break.seq,
                    problem=status.first_break.problem.value,
                )
                self._break_logged = True
            if verified >= self._watch.batch:
                continue  # more is waiting
            self._stop.wait(self._interval_s)
