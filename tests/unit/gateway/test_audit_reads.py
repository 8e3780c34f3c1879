"""Reading the audit trail is itself recorded in it: who read, what kind of question, why.

The rule (``gateway.api.audit.routes``): every page read appends ``audit.read`` for
``audit_review``, naming the reader and, in ``target_id``, ``audit-query:`` with the kinds
of filter used (sorted; ``*`` for none), never their values; a question about a survivor
names that survivor when the organisation holding them is known. The chain stays whole.
"""

from __future__ import annotations

from gateway.audit.integrity import verify_audit
from gateway.audit.records import AuditOutcome, AuditRecord, Purpose
from gateway.audit.service import record_access
from gateway.auth.principal import Principal
from gateway.auth.roles import Role
from tests.unit.gateway.fakes import FakeAudit
from tests.unit.gateway.harness import World, world

ADMIN = Role.PLATFORM_ADMIN
OFFICER = Role.REINTEGRATION_OFFICER


def _audit_reads(w: World) -> list[AuditRecord]:
    audit = w.stores.audit
    assert isinstance(audit, FakeAudit)
    return [r for r in audit.records if r.action == "audit.read"]


def _chain_is_whole(w: World) -> bool:
    audit = w.stores.audit
    assert isinstance(audit, FakeAudit)
    return verify_audit(store=audit, key=audit.key).intact


def _survivor_read_by_officer(w: World, survivor_id: str) -> None:
    officer = w.users[(OFFICER, "own")]
    record_access(
        store=w.stores.audit,
        clock=w.clock,
        principal=Principal(
            user_id=officer.id,
            organisation_id=officer.organisation_id,
            role=OFFICER,
            session_id="s",
        ),
        action="survivor.read",
        purpose=Purpose.CASE_MANAGEMENT,
        request_id="r",
        survivor_id=survivor_id,
        survivor_organisation_id=officer.organisation_id,
    )


def test_an_admins_read_of_the_trail_is_recorded_with_the_kinds_of_filter_not_their_values() -> (
    None
):
    with world() as w:
        assert _audit_reads(w) == []
        answer = w.client.get(
            "/v1/audit",
            params={"action": "user.update", "since": "2020-01-01T00:00:00Z"},
            headers=w.headers(ADMIN),
        )
        assert answer.status_code == 200, answer.text
        [read] = _audit_reads(w)
        admin = w.users[(ADMIN, "own")]
        assert (read.user_id, read.organisation_id, read.role) == (
            admin.id,
            admin.organisation_id,
            "platform_admin",
        )
        assert (read.purpose, read.outcome) == (Purpose.AUDIT_REVIEW, AuditOutcome.SUCCEEDED)
        assert read.target_id == "audit-query:action,since"
        assert read.survivor_id is None
        assert read.request_id == answer.headers["x-request-id"]
        assert _chain_is_whole(w)


def test_a_read_without_filters_is_recorded_as_such_and_every_page_is_a_read() -> None:
    with world() as w:
        _survivor_read_by_officer(w, "srv-reads-0")
        _survivor_read_by_officer(w, "srv-reads-0")
        first = w.client.get("/v1/audit", params={"limit": 1}, headers=w.headers(ADMIN))
        assert first.status_code == 200
        cursor = first.json()["next_cursor"]
        assert cursor
        second = w.client.get(
            "/v1/audit", params={"limit": 1, "cursor": cursor}, headers=w.headers(ADMIN)
        )
        assert second.status_code == 200
        reads = _audit_reads(w)
        assert [r.target_id for r in reads] == ["audit-query:*", "audit-query:*"]
        assert [r.request_id for r in reads] == [
            first.headers["x-request-id"],
            second.headers["x-request-id"],
        ]
        assert _chain_is_whole(w)


def test_an_officers_read_of_a_survivors_trail_joins_that_survivors_trail() -> None:
    with world() as w:
        _survivor_read_by_officer(w, "srv-reads-1")
        answer = w.client.get(
            "/v1/audit", params={"survivor_id": "srv-reads-1"}, headers=w.headers(OFFICER)
        )
        assert answer.status_code == 200
        assert [r["action"] for r in answer.json()["items"]] == ["survivor.read"]
        [read] = _audit_reads(w)
        officer = w.users[(OFFICER, "own")]
        assert read.user_id == officer.id
        assert read.survivor_id == "srv-reads-1"
        assert read.survivor_organisation_id == officer.organisation_id
        assert read.target_id == "audit-query:survivor_id"
        # The next look at the survivor's trail shows the earlier look.
        again = w.client.get(
            "/v1/audit", params={"survivor_id": "srv-reads-1"}, headers=w.headers(OFFICER)
        )
        assert [r["action"] for r in again.json()["items"]] == ["audit.read", "survivor.read"]
        assert _chain_is_whole(w)

        # Refused reads (another organisation's officer: 404; no survivor named: 422)
        # answered nothing and are not recorded as reads.
        def succeeded() -> int:
            return sum(r.outcome is AuditOutcome.SUCCEEDED for r in _audit_reads(w))

        reads = succeeded()
        foreign = w.client.get(
            "/v1/audit", params={"survivor_id": "srv-reads-1"}, headers=w.headers(OFFICER, "other")
        )
        assert foreign.status_code == 404
        assert w.client.get("/v1/audit", headers=w.headers(OFFICER)).status_code == 422
        assert succeeded() == reads


def test_an_admins_read_about_a_survivor_is_filed_under_the_organisation_holding_them() -> None:
    with world() as w:
        _survivor_read_by_officer(w, "srv-reads-2")
        answer = w.client.get(
            "/v1/audit",
            params={"survivor_id": "srv-reads-2", "outcome": "succeeded"},
            headers=w.headers(ADMIN),
        )
        assert answer.status_code == 200
        [read] = _audit_reads(w)
        assert read.survivor_id == "srv-reads-2"
        assert read.survivor_organisation_id == w.organisation_of(OFFICER).id
        assert read.target_id == "audit-query:outcome,survivor_id"
        # So the survivor's own officer sees that an administrator looked.
        mine = w.client.get(
            "/v1/audit", params={"survivor_id": "srv-reads-2"}, headers=w.headers(OFFICER)
        ).json()["items"]
        assert ("audit.read", "platform_admin") in {(r["action"], r["role"]) for r in mine}


def test_an_employers_reads_of_a_candidate_join_that_survivors_trail_for_their_officers() -> None:
    # The NGO asks who looked at its survivor: an employer's reads of the shortlist card,
    # the match and its step are about that survivor, though the employer never sees the id.
    with world() as w:
        ngo = w.organisation_of(OFFICER).id
        survivor = w.matching.add_survivor(ngo)
        job = w.matching.add_opportunity(w.organisation_of(Role.EMPLOYER).id)
        match = w.matching.add_match(survivor, job)
        employer = w.headers(Role.EMPLOYER)
        shortlist = w.client.get(
            f"/v1/opportunities/{job.opportunity_id}/shortlist", headers=employer
        )
        seen = w.client.get(f"/v1/matches/{match.match_id}", headers=employer)
        assert shortlist.status_code == seen.status_code == 200
        for answer in (shortlist, seen):
            assert survivor.survivor_id not in answer.text
            assert ngo not in answer.text

        trail = w.client.get(
            "/v1/audit", params={"survivor_id": survivor.survivor_id}, headers=w.headers(OFFICER)
        )
        assert trail.status_code == 200
        employer_id = w.users[(Role.EMPLOYER, "own")].id
        by_employer = {
            (r["action"], r["target_id"])
            for r in trail.json()["items"]
            if r["user_id"] == employer_id
        }
        assert by_employer == {
            ("shortlist.read", match.match_id),
            ("match.read", match.match_id),
        }
