"""Platform administrators suspend an employer, training provider or peer-support
organisation (a safeguarding concern, vetting withdrawn), and lift that.

Rules: only administrators; an NGO (it holds its survivors' cases) or the platform itself
cannot be suspended; a suspended organisation's users are signed out at once and cannot
sign in again; matching is told, so that its opportunities are offered to no one; a stale
`If-Match` changes nothing; asking again is safe; every act is audited.
"""

from __future__ import annotations

import httpx2
import pytest

from gateway.audit.records import AuditFilter
from gateway.auth.roles import OrganisationType, Role
from tests.unit.gateway.harness import World, new_key, world

ADMIN = Role.PLATFORM_ADMIN
PROBLEM = "application/problem+json"


def _organisation(w: World, kind: OrganisationType) -> tuple[str, str]:
    """The own organisation of ``kind``: its id and its current `ETag`."""
    organisation_id = w.organisations[(kind, "own")].id
    read = w.client.get(f"/v1/organisations/{organisation_id}", headers=w.headers(ADMIN))
    assert read.status_code == 200, read.text
    return organisation_id, read.headers["etag"]


def _suspend(w: World, organisation_id: str, etag: str, role: Role = ADMIN) -> httpx2.Response:
    return w.client.post(
        f"/v1/organisations/{organisation_id}/suspension",
        headers=w.headers(role, **{"If-Match": etag, "Idempotency-Key": new_key()}),
    )


def _lift(w: World, organisation_id: str, etag: str) -> httpx2.Response:
    return w.client.delete(
        f"/v1/organisations/{organisation_id}/suspension",
        headers=w.headers(ADMIN, **{"If-Match": etag}),
    )


def _audited(w: World, action: str) -> list[str | None]:
    found = w.stores.audit.query(AuditFilter(action=action), before=None, limit=100)
    return [r.target_id for r in found]


def test_a_suspended_employer_is_signed_out_and_cannot_sign_in_until_lifted() -> None:
    with world() as w:
        employer_id, etag = _organisation(w, OrganisationType.EMPLOYER)
        signed_in = w.headers(Role.EMPLOYER)
        assert w.client.get("/v1/me", headers=signed_in).status_code == 200

        suspended = _suspend(w, employer_id, etag)
        assert suspended.status_code == 200, suspended.text
        body = suspended.json()
        assert body["suspendable"] is True
        assert body["suspended"] is True
        assert body["suspended_at"] is not None
        assert suspended.headers["etag"] != etag
        # Matching was told, by an administrator's identity.
        assert w.matching.suspension_calls == [(employer_id, True)]
        assert w.matching.callers[-1].role == ADMIN.value
        # The session open before is over; the right password is refused, saying why.
        assert w.client.get("/v1/me", headers=signed_in).status_code == 401
        refused = w.login(w.users[(Role.EMPLOYER, "own")].username)
        assert refused.status_code == 403
        assert refused.headers["content-type"] == PROBLEM
        assert refused.json()["type"].endswith("/organisation-suspended")
        # The other employer is untouched.
        assert w.login(w.users[(Role.EMPLOYER, "other")].username).status_code == 200

        lifted = _lift(w, employer_id, suspended.headers["etag"])
        assert lifted.status_code == 200, lifted.text
        assert lifted.json()["suspended"] is False
        assert lifted.json()["suspended_at"] is None
        assert w.matching.suspension_calls == [(employer_id, True), (employer_id, False)]
        assert w.login(w.users[(Role.EMPLOYER, "own")].username).status_code == 200
        assert _audited(w, "organisation.suspend") == [employer_id]
        assert _audited(w, "organisation.reinstate") == [employer_id]


@pytest.mark.parametrize(
    "kind", [OrganisationType.TRAINING_PROVIDER, OrganisationType.PEER_SUPPORT]
)
def test_providers_and_peer_support_organisations_can_be_suspended(
    kind: OrganisationType,
) -> None:
    with world() as w:
        organisation_id, etag = _organisation(w, kind)
        assert _suspend(w, organisation_id, etag).status_code == 200


@pytest.mark.parametrize("kind", [OrganisationType.NGO, OrganisationType.PLATFORM])
def test_an_ngo_or_the_platform_cannot_be_suspended_and_nothing_changes(
    kind: OrganisationType,
) -> None:
    with world() as w:
        organisation_id, etag = _organisation(w, kind)
        read = w.client.get(f"/v1/organisations/{organisation_id}", headers=w.headers(ADMIN))
        assert read.json()["suspendable"] is False
        refused = _suspend(w, organisation_id, etag)
        assert refused.status_code == 409
        assert refused.headers["content-type"] == PROBLEM
        assert w.matching.suspension_calls == []
        assert _organisation(w, kind)[1] == etag
        assert _audited(w, "organisation.suspend") == []


def test_only_an_administrator_suspends() -> None:
    with world() as w:
        employer_id, etag = _organisation(w, OrganisationType.EMPLOYER)
        for role in (Role.REINTEGRATION_OFFICER, Role.EMPLOYER, Role.FACILITATOR):
            assert _suspend(w, employer_id, etag, role).status_code in (403, 404), role
        assert w.matching.suspension_calls == []
        assert w.login(w.users[(Role.EMPLOYER, "own")].username).status_code == 200


def test_a_stale_or_missing_if_match_changes_nothing() -> None:
    with world() as w:
        employer_id, etag = _organisation(w, OrganisationType.EMPLOYER)
        stale = _suspend(w, employer_id, '"99"')
        assert stale.status_code == 412
        missing = w.client.post(
            f"/v1/organisations/{employer_id}/suspension",
            headers=w.headers(ADMIN, **{"Idempotency-Key": new_key()}),
        )
        assert missing.status_code == 428
        assert w.matching.suspension_calls == []
        assert _organisation(w, OrganisationType.EMPLOYER)[1] == etag


def test_after_matching_was_unreachable_asking_again_finishes_it() -> None:
    """Matching first: while it cannot be told, nothing is recorded, and the same
    `If-Match` works again once it can."""
    with world() as w:
        employer_id, etag = _organisation(w, OrganisationType.EMPLOYER)
        w.matching.down = True
        assert _suspend(w, employer_id, etag).status_code == 503
        assert w.login(w.users[(Role.EMPLOYER, "own")].username).status_code == 200
        w.matching.down = False
        again = _suspend(w, employer_id, etag)
        assert again.status_code == 200, again.text
        assert w.matching.suspended == {employer_id}
        # Suspending what is suspended changes nothing, and still answers it.
        same = _suspend(w, employer_id, again.headers["etag"])
        assert same.status_code == 200
        assert same.headers["etag"] == again.headers["etag"]
