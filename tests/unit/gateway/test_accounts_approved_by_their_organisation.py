"""Accounts an administrator makes are let in by the organisation, and their passwords become
their owners' own.

The rules (``gateway.directory.service``, ``gateway.auth.service``), as a security probe
asked: an administrator must not be able to make themselves an officer of an NGO, with a
password of their choosing, and read its caseload.

- The password an administrator types is temporary: sign-in answers
  ``password-change-required`` (no session) until the user sends a password of their own;
  from then on only theirs works.
- The first account of an organisation is approved at once; every later one an
  administrator creates, or gives a new role, waits until a member of the organisation
  approves it (never the account itself, nor the administrator who asked for it; an NGO's
  facilitator never approves an officer). Pending and refused accounts open no session.
- Approving a new account sets a first password the approving member chose and gives the
  person themselves: the administrator's stops working, so the administrator who asked can
  never sign in first and hold the account the organisation vouched for (session 34's
  probe). An account with a password of its own (a member given a new role) keeps it.
- Members list their own organisation's accounts; another organisation's are not theirs.
- Anyone changes their own password with the current one; every session of theirs ends.
"""

from __future__ import annotations

from typing import Any

import httpx2
import pytest

from gateway.auth.roles import Role
from tests.unit.gateway.harness import PASSWORD, World, new_key, world

ADMIN = Role.PLATFORM_ADMIN
OFFICER = Role.REINTEGRATION_OFFICER
FACILITATOR = Role.FACILITATOR
GIVEN = "a passphrase the admin typed 41"
OWN = "only sokha knows this one 93"
FIRST = "a first passphrase the officer chose 27"


def _create(w: World, role: Role, *, organisation_id: str, username: str) -> httpx2.Response:
    return w.client.post(
        "/v1/users",
        json={
            "organisation_id": organisation_id,
            "username": username,
            "role": role.value,
            "password": GIVEN,
        },
        headers=w.headers(ADMIN, **{"Idempotency-Key": new_key()}),
    )


def _sign_in(w: World, username: str, password: str, **extra: str) -> httpx2.Response:
    return w.client.post(
        "/v1/auth/token", data={"username": username, "password": password, **extra}
    )


def _decide(
    w: World,
    headers: dict[str, str],
    user: dict[str, Any],
    decision: str,
    password: str | None = None,
) -> Any:
    """The decision, with a first password when approving an account that still holds the
    administrator's (the default for an approval), unless `password` is given."""
    body: dict[str, str] = {"decision": decision}
    if password is None and decision == "approve" and user.get("password_change_required"):
        password = FIRST
    if password:
        body["password"] = password
    return w.client.post(
        f"/v1/users/{user['id']}/approval",
        json=body,
        headers={**headers, "Idempotency-Key": new_key(), "If-Match": f'"{user["version"]}"'},
    )


def _bearer(response: httpx2.Response) -> dict[str, str]:
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


def _problem(response: httpx2.Response) -> str:
    assert response.headers["content-type"] == "application/problem+json", response.text
    return str(response.json()["type"])


def test_the_first_account_of_a_new_organisation_is_let_in_and_chooses_its_own_password() -> None:
    with world() as w:
        ngo = w.client.post(
            "/v1/organisations",
            json={"name": f"New NGO {new_key()}", "type": "ngo", "country": "KH"},
            headers=w.headers(ADMIN, **{"Idempotency-Key": new_key()}),
        ).json()
        created = _create(w, OFFICER, organisation_id=ngo["id"], username="sokha.first")
        assert created.status_code == 201, created.text
        assert created.json()["approval"] == "approved"
        assert created.json()["password_change_required"] is True

        first = _sign_in(w, "sokha.first", GIVEN)
        assert first.status_code == 403
        assert _problem(first) == "/problems/password-change-required"
        user_id = created.json()["id"]
        assert all(s.user_id != user_id for s in w.stores.sessions.items.values()), (
            "no session opens on the administrator's password"
        )

        weak = _sign_in(w, "sokha.first", GIVEN, new_password="aaaaaaaaaaaa")
        assert weak.status_code == 422
        assert {tuple(e["loc"]) for e in weak.json()["errors"]} == {("body", "new_password")}
        same = _sign_in(w, "sokha.first", GIVEN, new_password=GIVEN)
        assert same.status_code == 422
        assert [tuple(e["loc"]) for e in same.json()["errors"]] == [("body", "new_password")]
        wrong = _sign_in(w, "sokha.first", "not the password at all 55", new_password=OWN)
        assert wrong.status_code == 400

        assert _sign_in(w, "sokha.first", GIVEN, new_password=OWN).status_code == 200
        assert _sign_in(w, "sokha.first", GIVEN).status_code == 400, "the given one is spent"
        assert _sign_in(w, "sokha.first", OWN).status_code == 200


def test_a_later_account_waits_for_a_member_and_opens_no_session_until_approved() -> None:
    with world() as w:
        ngo = w.organisation_of(OFFICER)
        created = _create(w, OFFICER, organisation_id=ngo.id, username="admin.made.officer")
        assert created.status_code == 201, created.text
        pending = created.json()
        assert pending["approval"] == "pending"

        right = _sign_in(w, "admin.made.officer", GIVEN, new_password=OWN)
        assert right.status_code == 403
        assert _problem(right) == "/problems/account-awaiting-approval"
        wrong = _sign_in(w, "admin.made.officer", "a wrong guess of a password 1")
        assert wrong.status_code == 400, "the state is told only to the right password"
        assert all(s.user_id != pending["id"] for s in w.stores.sessions.items.values())

        listed = w.client.get("/v1/users", headers=w.headers(OFFICER)).json()["items"]
        assert {u["username"]: u["approval"] for u in listed} == {
            w.users[(OFFICER, "own")].username: "approved",
            "admin.made.officer": "pending",
        }
        approved = _decide(w, w.headers(OFFICER), pending, "approve")
        assert approved.status_code == 200, approved.text
        assert approved.json()["approval"] == "approved"
        assert _sign_in(w, "admin.made.officer", FIRST, new_password=OWN).status_code == 200


def test_approving_sets_the_members_first_password_and_the_administrators_stops_working() -> None:
    with world() as w:
        ngo = w.organisation_of(OFFICER)
        pending = _create(w, OFFICER, organisation_id=ngo.id, username="raced.officer").json()

        approved = _decide(w, w.headers(OFFICER), pending, "approve")
        assert approved.status_code == 200, approved.text
        assert approved.json()["password_change_required"] is True

        # The administrator who typed the first password races the person to sign in.
        raced = _sign_in(w, "raced.officer", GIVEN, new_password="the admin would pick this 77")
        assert raced.status_code == 400
        assert _problem(raced) == "/problems/invalid-grant"
        assert all(s.user_id != pending["id"] for s in w.stores.sessions.items.values())
        # The person, with the password their colleague gave them, chooses their own.
        first = _sign_in(w, "raced.officer", FIRST)
        assert _problem(first) == "/problems/password-change-required"
        assert _sign_in(w, "raced.officer", FIRST, new_password=OWN).status_code == 200


@pytest.mark.parametrize(
    ("decision", "password", "why"),
    [
        ("approve", "", "an approval of a new account needs a first password"),
        ("approve", "aaaaaaaaaaaa", "a weak one is refused as at creation"),
        ("refuse", FIRST, "a refusal sends none"),
    ],
)
def test_a_first_password_missing_weak_or_out_of_place_is_refused_where_it_lies(
    decision: str, password: str, why: str
) -> None:
    with world() as w:
        ngo = w.organisation_of(OFFICER)
        pending = _create(w, OFFICER, organisation_id=ngo.id, username="new.officer").json()

        answer = w.client.post(
            f"/v1/users/{pending['id']}/approval",
            json={"decision": decision, **({"password": password} if password else {})},
            headers=w.headers(
                OFFICER, **{"Idempotency-Key": new_key(), "If-Match": f'"{pending["version"]}"'}
            ),
        )

        assert answer.status_code == 422, why
        assert {tuple(e["loc"]) for e in answer.json()["errors"]} == {("body", "password")}
        stored = w.stores.users.get(pending["id"])
        assert stored is not None
        assert stored.approval.value == "pending"
        assert _problem(_sign_in(w, "new.officer", GIVEN)) == "/problems/account-awaiting-approval"


def test_a_refused_account_never_signs_in_and_cannot_be_decided_again() -> None:
    with world() as w:
        created = _create(
            w, OFFICER, organisation_id=w.organisation_of(OFFICER).id, username="unknown.one"
        ).json()
        refused = _decide(w, w.headers(OFFICER), created, "refuse")
        assert refused.status_code == 200, refused.text
        assert refused.json()["approval"] == "refused"
        answer = _sign_in(w, "unknown.one", GIVEN, new_password=OWN)
        assert answer.status_code == 400
        assert _problem(answer) == "/problems/invalid-grant"
        again = _decide(w, w.headers(OFFICER), refused.json(), "approve")
        assert again.status_code == 409


def test_only_another_member_of_a_role_that_may_approves() -> None:
    with world() as w:
        ngo = w.organisation_of(OFFICER)
        officer = _create(w, OFFICER, organisation_id=ngo.id, username="officer.two").json()
        # An NGO facilitator, let in by the officer.
        facilitator = _create(w, FACILITATOR, organisation_id=ngo.id, username="ngo.facil")
        assert _decide(w, w.headers(OFFICER), facilitator.json(), "approve").status_code == 200
        facilitator_headers = _bearer(_sign_in(w, "ngo.facil", FIRST, new_password=OWN))

        by_facilitator = _decide(w, facilitator_headers, officer, "approve")
        assert by_facilitator.status_code == 403, "a facilitator never approves an officer"
        assert _decide(w, w.headers(OFFICER, "other"), officer, "approve").status_code == 404
        # The administrators' own organisation: the admin who asked never approves.
        admin_made = _create(
            w, ADMIN, organisation_id=w.organisation_of(ADMIN).id, username="second.admin"
        ).json()
        assert admin_made["approval"] == "pending"
        assert _decide(w, w.headers(ADMIN), admin_made, "approve").status_code == 403
        # Nor does an administrator reach another organisation's accounts.
        assert _decide(w, w.headers(ADMIN), officer, "approve").status_code == 404
        stored = w.stores.users.get(officer["id"])
        assert stored is not None
        assert stored.approval.value == "pending"


def test_a_new_role_waits_for_approval_again_and_ends_the_sessions() -> None:
    with world() as w:
        ngo = w.organisation_of(OFFICER)
        made = _create(w, FACILITATOR, organisation_id=ngo.id, username="helper.then.officer")
        assert _decide(w, w.headers(OFFICER), made.json(), "approve").status_code == 200
        headers = _bearer(_sign_in(w, "helper.then.officer", FIRST, new_password=OWN))
        current = w.client.get(f"/v1/users/{made.json()['id']}", headers=w.headers(ADMIN))
        promoted = w.client.patch(
            f"/v1/users/{made.json()['id']}",
            json={"role": OFFICER.value},
            headers=w.headers(ADMIN, **{"If-Match": current.headers["etag"]}),
        )
        assert promoted.status_code == 200, promoted.text
        assert promoted.json()["approval"] == "pending"
        assert w.client.get("/v1/me", headers=headers).status_code == 401
        again = _sign_in(w, "helper.then.officer", OWN)
        assert _problem(again) == "/problems/account-awaiting-approval"

        # Their password is their own: approving the new role sends none, and keeps it.
        pending = promoted.json()
        given = _decide(w, w.headers(OFFICER), pending, "approve", password=FIRST)
        assert given.status_code == 422
        assert _decide(w, w.headers(OFFICER), pending, "approve").status_code == 200
        assert _sign_in(w, "helper.then.officer", OWN).status_code == 200


def test_members_see_their_own_organisations_accounts_only() -> None:
    with world() as w:
        other = w.organisation_of(OFFICER, "other")
        assert w.client.get(
            f"/v1/users?organisation_id={other.id}", headers=w.headers(OFFICER)
        ).json() == {"items": [], "next_cursor": None}
        someone = w.users[(OFFICER, "other")]
        assert w.client.get(f"/v1/users/{someone.id}", headers=w.headers(OFFICER)).status_code == (
            404
        )
        own = w.client.get("/v1/users", headers=w.headers(Role.EMPLOYER)).json()["items"]
        assert {u["organisation_id"] for u in own} == {w.organisation_of(Role.EMPLOYER).id}


def test_anyone_changes_their_own_password_and_every_session_ends() -> None:
    with world() as w:
        username = w.users[(Role.EMPLOYER, "own")].username
        first = _bearer(_sign_in(w, username, PASSWORD))
        second = _bearer(_sign_in(w, username, PASSWORD))
        wrong = w.client.post(
            "/v1/auth/password",
            json={"current_password": "not my password at all 12", "new_password": OWN},
            headers=first,
        )
        assert wrong.status_code == 422
        assert [tuple(e["loc"]) for e in wrong.json()["errors"]] == [("body", "current_password")]
        changed = w.client.post(
            "/v1/auth/password",
            json={"current_password": PASSWORD, "new_password": OWN},
            headers=first,
        )
        assert changed.status_code == 204, changed.text
        assert w.client.get("/v1/me", headers=first).status_code == 401
        assert w.client.get("/v1/me", headers=second).status_code == 401
        assert _sign_in(w, username, PASSWORD).status_code == 400
        assert _sign_in(w, username, OWN).status_code == 200


def test_a_vetting_written_from_an_older_read_keeps_the_organisation_s_members() -> None:
    with world() as w:
        employer = w.gateway.directory.create_organisation(
            name=f"Employer {new_key()}", type=w.organisation_of(Role.EMPLOYER).type, country="TH"
        )
        assert not employer.has_members
        w.gateway.directory.create_user(
            organisation_id=employer.id,
            username="first.employer",
            role=Role.EMPLOYER,
            password=PASSWORD,
            requested_by="usr_an_administrator",
        )
        vetted = w.gateway.directory.vet_organisation(
            organisation_id=employer.id, expected_version=employer.version, by="usr_admin"
        )
        assert vetted.vetted_at is not None
        stored = w.stores.organisations.get(employer.id)
        assert stored is not None
        assert stored.has_members
        later = w.gateway.directory.create_user(
            organisation_id=employer.id,
            username="second.employer",
            role=Role.EMPLOYER,
            password=PASSWORD,
            requested_by="usr_an_administrator",
        )
        assert later.approval.value == "pending"
