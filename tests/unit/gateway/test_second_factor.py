"""A second factor of sign-in: a code from an authenticator app (TOTP, RFC 6238).

The rules (``gateway.auth.second_factor``, ``gateway.auth.service``): an account sets one
up with a secret shown once and confirms it with a code; from then on it signs in with a
code beside its password, each code taken once; a platform administrator must set one up
first where the settings require it (in production by default), and until then their
session may do nothing else. The secret is stored sealed, for its own account only.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx2

from gateway.auth.roles import Role
from gateway.auth.second_factor import TotpCodes, code_now
from gateway.config import GatewaySettings
from pathways_runtime.settings import Environment
from tests.unit.gateway.harness import PASSWORD, World, world

ADMIN = Role.PLATFORM_ADMIN
OFFICER = Role.REINTEGRATION_OFFICER


def _sign_in(w: World, role: Role, **extra: str) -> httpx2.Response:
    username = w.users[(role, "own")].username
    return w.client.post(
        "/v1/auth/token", data={"username": username, "password": PASSWORD, **extra}
    )


def _bearer(response: httpx2.Response) -> dict[str, str]:
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


def _set_up(w: World, role: Role) -> str:
    """The role's own account with a confirmed second factor; its secret."""
    headers = _bearer(_sign_in(w, role))
    started = w.client.post("/v1/auth/second-factor", headers=headers)
    assert started.status_code == 200, started.text
    assert started.headers["cache-control"] == "no-store"
    secret = str(started.json()["secret"])
    assert started.json()["otpauth_uri"].startswith("otpauth://totp/")
    confirmed = w.client.post(
        "/v1/auth/second-factor/confirmation",
        json={"code": code_now(secret, at=w.clock.now())},
        headers=headers,
    )
    assert confirmed.status_code == 204, confirmed.text
    assert w.client.get("/v1/me", headers=headers).status_code == 401, "sessions end"
    w.clock.advance(30)  # the confirming code is spent: the next one is a new step's
    return secret


def test_once_set_up_sign_in_takes_a_code_and_each_code_once() -> None:
    with world() as w:
        secret = _set_up(w, OFFICER)
        user_id = w.users[(OFFICER, "own")].id

        without = _sign_in(w, OFFICER)
        assert without.status_code == 403
        assert without.json()["type"] == "/problems/second-factor-required"
        assert all(s.user_id != user_id or s.revoked_at for s in w.stores.sessions.items.values())

        assert _sign_in(w, OFFICER, code="000000").status_code == 400
        code = code_now(secret, at=w.clock.now())
        assert _sign_in(w, OFFICER, code=code).status_code == 200
        replayed = _sign_in(w, OFFICER, code=code)
        assert replayed.status_code == 400, "a code is taken once"
        w.clock.advance(30)
        assert _sign_in(w, OFFICER, code=code_now(secret, at=w.clock.now())).status_code == 200


def test_a_wrong_confirming_code_changes_nothing() -> None:
    with world() as w:
        headers = _bearer(_sign_in(w, OFFICER))
        assert w.client.post("/v1/auth/second-factor", headers=headers).status_code == 200
        wrong = w.client.post(
            "/v1/auth/second-factor/confirmation", json={"code": "123456"}, headers=headers
        )
        assert wrong.status_code == 422
        assert [tuple(e["loc"]) for e in wrong.json()["errors"]] == [("body", "code")]
        assert w.client.get("/v1/me", headers=headers).status_code == 200
        assert _sign_in(w, OFFICER).status_code == 200, "not confirmed: no code asked"


def test_a_confirmed_second_factor_is_not_replaced_by_another_start() -> None:
    with world() as w:
        secret = _set_up(w, OFFICER)
        headers = _bearer(_sign_in(w, OFFICER, code=code_now(secret, at=w.clock.now())))
        assert w.client.post("/v1/auth/second-factor", headers=headers).status_code == 409


def test_a_required_administrator_may_only_set_one_up_until_they_have() -> None:
    with world(admin_second_factor="required") as w:
        headers = _bearer(_sign_in(w, ADMIN))
        me = w.client.get("/v1/me", headers=headers)
        assert me.json()["second_factor_setup_required"] is True
        refused = w.client.get("/v1/organisations", headers=headers)
        assert refused.status_code == 403
        assert refused.json()["type"] == "/problems/second-factor-enrolment-required"
        # Other roles are not asked.
        officer = _bearer(_sign_in(w, OFFICER))
        assert w.client.get("/v1/me", headers=officer).json()["second_factor_setup_required"] is (
            False
        )

        secret = _set_up(w, ADMIN)
        full = _bearer(_sign_in(w, ADMIN, code=code_now(secret, at=w.clock.now())))
        assert w.client.get("/v1/organisations", headers=full).status_code == 200


def test_the_secret_is_stored_sealed_and_opens_for_its_own_account_only() -> None:
    codes = TotpCodes(key=bytes(range(32)))
    enrolment = codes.enrol(user_id="usr_a", username="sokha")
    assert enrolment.secret.encode() not in enrolment.factor.sealed
    now = datetime(2026, 12, 5, tzinfo=UTC)
    code = code_now(enrolment.secret, at=now)
    assert codes.step_of(enrolment.factor, user_id="usr_a", code=code, now=now) is not None
    assert codes.step_of(enrolment.factor, user_id="usr_b", code=code, now=now) is None
    other_key = TotpCodes(key=bytes(32))
    assert other_key.step_of(enrolment.factor, user_id="usr_a", code=code, now=now) is None
    # A code from a minute ago is too old; one from the step before is still taken.
    old = code_now(enrolment.secret, at=now - timedelta(seconds=90))
    assert codes.step_of(enrolment.factor, user_id="usr_a", code=old, now=now) is None


def test_administrators_need_one_in_production_unless_told_otherwise() -> None:
    def production(**values: str) -> GatewaySettings:
        return GatewaySettings.model_validate(
            {
                "environment": Environment.PRODUCTION,
                "jwt_secret": "j" * 40,
                "cursor_secret": "c" * 40,
                **values,
            }
        )

    assert production().admin_second_factor_required
    assert not production(admin_second_factor="optional").admin_second_factor_required
    assert not GatewaySettings(environment=Environment.DEVELOPMENT).admin_second_factor_required
    assert GatewaySettings(
        environment=Environment.DEVELOPMENT, admin_second_factor="required"
    ).admin_second_factor_required
