"""Send a synthetic population to a running matching service, as its organisations would.

Each call carries an assertion, signed as the gateway signs them, of a user of the owning
organisation (the development key unless a signer is given: services in development and
test believe it, production ones never do): a reintegration officer of the survivor's NGO
registers the survivor (with the request id the generator derived from the seed), records
the readiness assessment and sets each consent; an employer posts its jobs and a training
provider its courses. Every call has a deadline.

Seeding is idempotent. A retried or repeated registration or post returns what the first
one created, and the readiness and consents are only recorded where the survivor returned
does not have them yet, so running the same seed twice creates and changes nothing.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Final

import grpc
from google.protobuf.timestamp_pb2 import Timestamp

from pathways.v1 import matching_pb2, matching_pb2_grpc
from pathways_demo.generator import Population, SyntheticOpportunity, SyntheticSurvivor
from pathways_runtime.caller_assertion import CallerAssertionSigner, development_private_key
from pathways_runtime.identity import CallerIdentity

__all__ = [
    "SeedReport",
    "SignedStub",
    "call",
    "caller_for",
    "describe",
    "seed_population",
    "signed_stub",
]

OFFICER: Final = "reintegration_officer"
EMPLOYER: Final = "employer"
TRAINING_PROVIDER: Final = "training_provider"

#: Failures worth another try: the request did not reach the service, or it was too busy.
_TRANSIENT: Final = frozenset({grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.RESOURCE_EXHAUSTED})
_ATTEMPTS: Final = 4
_REVIEW_AFTER: Final = timedelta(days=90)
_FAILURES_KEPT: Final = 20
#: The audience of the assertions: the matching service.
_MATCHING: Final = "matching"


@dataclass(frozen=True, slots=True)
class SeedReport:
    survivors: int  # registered, or found registered already
    assessments: int  # readiness assessments recorded now
    consents: int  # consents set or changed now
    opportunities: int  # posted, or found posted already
    failed: int
    failures: tuple[str, ...]  # the first few, as "request id: status: message"
    seconds: float

    def summary(self) -> str:
        line = (
            f"seeded {self.survivors} survivors ({self.assessments} readiness assessments and "
            f"{self.consents} consents recorded) and {self.opportunities} opportunities in "
            f"{self.seconds:.1f} s"
        )
        return line + (f"; {self.failed} failed" if self.failed else "")


@dataclass(frozen=True, slots=True)
class _Done:
    """What seeding one survivor or opportunity did."""

    survivor: bool
    assessments: int = 0
    consents: int = 0


def caller_for(organisation_id: str, role: str) -> CallerIdentity:
    """The demo user of `role` in an organisation (one user per organisation and role)."""
    return CallerIdentity(
        user_id=f"{organisation_id}-{role.replace('_', '-')}",
        organisation_id=organisation_id,
        role=role,
    )


def seed_population(
    population: Population,
    *,
    channel: grpc.Channel,
    workers: int = 8,
    timeout_s: float = 10.0,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
    signer: CallerAssertionSigner | None = None,
) -> SeedReport:
    """Register every survivor and post every opportunity of `population` through `channel`,
    `workers` calls at a time, each with a deadline of `timeout_s` seconds and a caller
    assertion signed by `signer` (the development key by default)."""
    stub = signed_stub(channel, signer)
    started = time.monotonic()
    survivors = assessments = consents = opportunities = failed = 0
    failures: list[str] = []
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="seed") as pool:
        futures = {
            pool.submit(_post, stub, item, timeout_s): item.request_id
            for item in population.opportunities
        }
        futures.update(
            {
                pool.submit(_register, stub, item, timeout_s, now): item.request_id
                for item in population.survivors
            }
        )
        for future in as_completed(futures):
            try:
                outcome = future.result()
            except grpc.RpcError as error:
                failed += 1
                if len(failures) < _FAILURES_KEPT:
                    failures.append(f"{futures[future]}: {describe(error)}")
                continue
            if outcome.survivor:
                survivors += 1
                assessments += outcome.assessments
                consents += outcome.consents
            else:
                opportunities += 1
    return SeedReport(
        survivors=survivors,
        assessments=assessments,
        consents=consents,
        opportunities=opportunities,
        failed=failed,
        failures=tuple(failures),
        seconds=time.monotonic() - started,
    )


def signed_stub(channel: grpc.Channel, signer: CallerAssertionSigner | None = None) -> SignedStub:
    """Matching's stub on `channel`, its calls signed by `signer` (the development key by
    default)."""
    return SignedStub(
        matching_pb2_grpc.MatchingServiceStub(channel),
        signer or CallerAssertionSigner(private_key=development_private_key()),
    )


@dataclass(frozen=True, slots=True)
class SignedStub:
    """The matching stub, and the signer of the assertion each call carries."""

    stub: Any
    signer: CallerAssertionSigner

    def method(self, name: str) -> Any:
        return getattr(self.stub, name)


def _register(
    stub: SignedStub, item: SyntheticSurvivor, timeout_s: float, now: Callable[[], datetime]
) -> _Done:
    """Register one survivor, then record the readiness and consents it does not have yet."""
    officer = caller_for(item.organisation_id, OFFICER)
    registration = matching_pb2.RegisterSurvivorRequest(
        profile=item.profile, request_id=item.request_id
    )
    survivor = call(stub, "RegisterSurvivor", registration, officer, timeout_s, idempotent=True)
    assessed = 0
    if not survivor.HasField("readiness") or survivor.readiness.stage != item.readiness:
        review_due = Timestamp()
        review_due.FromDatetime(now() + _REVIEW_AFTER)
        assessment = matching_pb2.AssessReadinessRequest(
            survivor_id=survivor.survivor_id, stage=item.readiness, review_due=review_due
        )
        survivor = call(stub, "AssessReadiness", assessment, officer, timeout_s, idempotent=False)
        assessed = 1
    recorded = {consent.purpose: consent.granted for consent in survivor.consents}
    changed = 0
    for purpose, granted in sorted(item.consents.items()):
        if recorded.get(purpose) == granted:
            continue
        consent = matching_pb2.SetConsentRequest(
            survivor_id=survivor.survivor_id, purpose=purpose, granted=granted
        )
        call(stub, "SetConsent", consent, officer, timeout_s, idempotent=False)
        changed += 1
    return _Done(survivor=True, assessments=assessed, consents=changed)


def _post(stub: SignedStub, item: SyntheticOpportunity, timeout_s: float) -> _Done:
    role = EMPLOYER if item.is_job else TRAINING_PROVIDER
    poster = caller_for(item.organisation_id, role)
    request = matching_pb2.PostOpportunityRequest(
        opportunity=item.opportunity, request_id=item.request_id
    )
    call(stub, "PostOpportunity", request, poster, timeout_s, idempotent=True)
    return _Done(survivor=False)


def call(
    stub: SignedStub,
    method: str,
    request: Any,
    caller: CallerIdentity,
    timeout_s: float,
    *,
    idempotent: bool,
) -> Any:
    """One call with a deadline, tried again after transient failures. A deadline that passed
    is retried only for idempotent calls: the first attempt may have been applied. Each
    attempt carries a fresh assertion (they live a minute)."""
    for attempt in range(_ATTEMPTS):
        metadata = stub.signer.metadata(caller, audience=_MATCHING)
        try:
            return stub.method(method)(request, metadata=metadata, timeout=timeout_s)
        except grpc.RpcError as error:
            code = _status(error)
            again = code in _TRANSIENT or (idempotent and code == grpc.StatusCode.DEADLINE_EXCEEDED)
            if not again or attempt == _ATTEMPTS - 1:
                raise
            time.sleep(0.25 * 2**attempt)
    raise AssertionError("unreachable")


def _status(error: grpc.RpcError) -> grpc.StatusCode | None:
    # The errors grpc raises are also `grpc.Call`s, which the type stubs cannot express.
    code = getattr(error, "code", None)
    status: grpc.StatusCode | None = code() if callable(code) else None
    return status


def describe(error: grpc.RpcError) -> str:
    status = _status(error)
    if status is None:
        return type(error).__name__
    details = getattr(error, "details", None)
    return f"{status.name}: {details() if callable(details) else ''}"
