"""Every place a password is set refuses a weak one: ``POST /v1/users`` answers a located
422 problem and creates nothing; ``create-admin`` refuses before writing anything.

The weak passwords each break one rule of NIST SP 800-63B as the gateway applies it: on
the shipped list of leaked passwords, twelve identical characters, a run of digits, the
username inside, the service's name inside.
"""

from __future__ import annotations

import httpx2
import pytest

from gateway.auth.roles import OrganisationType, Role
from gateway.cli import create_admin
from gateway.errors import InvalidRequest
from tests.unit.gateway.fakes import fake_stores
from tests.unit.gateway.harness import PASSWORD, World, new_key, test_settings, world


def _new_user(w: World, *, username: str, password: str) -> httpx2.Response:
    organisation = w.organisations[(OrganisationType.NGO, "own")]
    return w.client.post(
        "/v1/users",
        json={
            "organisation_id": organisation.id,
            "username": username,
            "role": "reintegration_officer",
            "password": password,
        },
        headers=w.headers(Role.PLATFORM_ADMIN, **{"Idempotency-Key": new_key()}),
    )


#: Each breaks one rule, for a user named ``new.officer``.
WEAK = [
    "password1234",  # on the list of leaked passwords
    "aaaaaaaaaaaa",  # twelve identical characters
    "123456789012",  # a run of digits
    "new.officer!Kx92",  # the username inside
    "Pathways-2025!",  # the service's name inside
]


@pytest.mark.parametrize("weak", WEAK)
def test_post_users_refuses_a_weak_password_as_a_located_422_and_takes_a_strong_one(
    weak: str,
) -> None:
    with world() as w:
        before = len(w.stores.users.list(organisation_id=None, after=None, limit=1000))
        answer = _new_user(w, username="new.officer", password=weak)
        assert answer.status_code == 422, answer.text
        problem = answer.json()
        assert answer.headers["content-type"] == "application/problem+json"
        assert problem["type"] == "/problems/validation-error"
        assert problem["errors"]
        assert all(error["loc"] == ["body", "password"] for error in problem["errors"])
        assert weak not in answer.text
        after = len(w.stores.users.list(organisation_id=None, after=None, limit=1000))
        assert after == before
        assert w.login("new.officer", weak).status_code == 400

        strong = _new_user(w, username="new.officer", password="Sokha loves green mangoes")
        assert strong.status_code == 201, strong.text
        # Taken (a wrong password answers 400); the account waits for the NGO's approval.
        first = w.login("new.officer", "Sokha loves green mangoes")
        assert first.status_code == 403, first.text
        assert first.json()["type"] == "/problems/account-awaiting-approval"


def test_create_admin_refuses_a_weak_password_and_creates_nothing() -> None:
    stores = fake_stores()
    settings = test_settings()
    for password in ("password1234", "aaaaaaaaaaaa", "root.admin.2025!"):
        with pytest.raises(InvalidRequest) as refused:
            create_admin(settings=settings, stores=stores, username="root.admin", password=password)
        assert "password" in refused.value.message
        assert password not in refused.value.message
    assert stores.users.list(organisation_id=None, after=None, limit=10) == []
    assert stores.organisations.list(after=None, limit=10) == []
    assert create_admin(settings=settings, stores=stores, username="root.admin", password=PASSWORD)
