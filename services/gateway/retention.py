"""``python -m gateway retention``: delete what the gateway no longer needs to keep.

- idempotency records, login sessions and rate-limit counters past their ``expires_at``
  (MongoDB's TTL indexes do this by themselves; FerretDB v1 has none, and the stores'
  expiry buckets are swept only while requests come in, and may miss an id two instances
  filed at the same moment). A scan by ``expires_at``: this job is operator-started, never
  on a request's path; then the buckets of minutes past are swept, so they go too;
- audit entries older than ``PATHWAYS_AUDIT_RETENTION_DAYS`` (0: kept), from the start of
  the hash chain and behind a signed checkpoint, so ``verify-audit`` still passes.

Every step deletes only what has expired at the time it runs, so running it twice, or
again after a crash, deletes nothing more.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from pymongo.database import Database

from gateway.adapters.expiry import ExpiryBuckets, delete_expired
from gateway.adapters.mongo_audit import MongoAuditStore
from gateway.audit.integrity import AuditPruning, prune_audit

__all__ = ["EXPIRING_COLLECTIONS", "GatewayRetention", "run_retention"]

#: Collections whose documents carry their own ``expires_at``.
EXPIRING_COLLECTIONS = (
    "idempotency_keys",
    "idempotency_survivors",
    "sessions",
    "rate_counters",
    "login_failures",
)


@dataclass(frozen=True, slots=True)
class GatewayRetention:
    expired: dict[str, int]
    audit: AuditPruning

    def as_dict(self) -> dict[str, Any]:
        return {"expired": self.expired, "audit": asdict(self.audit)}


def run_retention(
    *,
    db: Database[dict[str, Any]],
    now: datetime,
    audit_chain_key: bytes,
    audit_retention_days: int,
) -> GatewayRetention:
    expired = {name: delete_expired(db[name], now=now) for name in EXPIRING_COLLECTIONS}
    for name in EXPIRING_COLLECTIONS:
        ExpiryBuckets(db, collection=name).sweep(now=now)
    audit = prune_audit(
        store=MongoAuditStore(db, chain_key=audit_chain_key),
        key=audit_chain_key,
        now=now,
        retention_days=audit_retention_days,
    )
    return GatewayRetention(expired=expired, audit=audit)
