"""A second factor of sign-in: a code from an authenticator app (TOTP, RFC 6238).

The rules (``gateway.auth.second_factor``, ``gateway.auth.service``): an account sets one
up with a secret shown once and confirms it with a code; from then on it signs in with a
code beside its password, each code taken once; a platform administrator must set one up
first where the settings require it (in production by default), and until then their
session may do nothing else. The secret is stored sealed, for its own account only.

A lost phone: confirming gives ten recovery codes (shown once, kept as keyed digests), each
signing in once in place of the app's code; the user renews them with a code from the app.
Without them, a member of the account's organisation whose role may approve it resets the
second factor (never their own), or the operator does (``python -m gateway
reset-second-factor``); every session of the account ends.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx2

from gateway.auth.roles import Role
from gateway.auth.second_factor import RECOVERY_CODES, TotpCodes, code_now
from gateway.cli import reset_second_factor
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
        json={"code": code_now(secret, at=w.clock.now()), "password": PASSWORD},
        headers=headers,
    )
    assert confirmed.status_code == 200, confirmed.text
    assert confirmed.headers["cache-control"] == "no-store"
    assert w.client.get("/v1/me", headers=headers).status_code == 401, "sessions end"
    w.clock.advance(30)  # the confirming code is spent: the next one is a new step's
    return secret


def _set_up_with_recovery(w: World, role: Role) -> tuple[str, list[str]]:
    """As ``_set_up``, with the recovery codes the confirmation gave."""
    return _enrol(w, _bearer(_sign_in(w, role)))


def _enrol(w: World, headers: dict[str, str]) -> tuple[str, list[str]]:
    """The signed-in account of ``headers`` with a confirmed second factor: its secret and
    recovery codes (the confirming code's step spent)."""
    secret = str(w.client.post("/v1/auth/second-factor", headers=headers).json()["secret"])
    confirmed = w.client.post(
        "/v1/auth/second-factor/confirmation",
        json={"code": code_now(secret, at=w.clock.now()), "password": PASSWORD},
        headers=headers,
    )
    assert confirmed.status_code == 200, confirmed.text
    w.clock.advance(30)
    return secret, list(confirmed.json()["recovery_codes"])


def test_once_set_up_sign_in_takes_a_code_and_each_code_once() -> None:
    with world() as w:
        secret = _set_up(w, OFFICER)
        user_id = w.users[(OFFICER, "own")].id

        without = _sign_in(w, OFFICER)
        assert without.status_code == 403
        assert without.json()["type"] == "/problems/second-factor-required"
        assert all(s.user_id != user_id or s.revoked_at for s in w.stores.sessions.items.values())

        refused = _sign_in(w, OFFICER, code="000000")
        assert refused.status_code == 400
        assert refused.json()["type"] == "/problems/second-factor-refused"
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
            "/v1/auth/second-factor/confirmation",
            json={"code": "123456", "password": PASSWORD},
            headers=headers,
        )
        assert wrong.status_code == 422
        assert [tuple(e["loc"]) for e in wrong.json()["errors"]] == [("body", "code")]
        assert w.client.get("/v1/me", headers=headers).status_code == 200
        assert _sign_in(w, OFFICER).status_code == 200, "not confirmed: no code asked"


def test_a_session_alone_cannot_set_a_second_factor_and_lock_the_owner_out() -> None:
    """Session 34's probe: with a stolen token alone, a thief set up a second factor only
    they held; the owner's right password then met "second-factor-required". Confirming
    takes the account's current password, and a wrong one counts as a failed sign-in."""
    with world() as w:
        headers = _bearer(_sign_in(w, OFFICER))
        secret = str(w.client.post("/v1/auth/second-factor", headers=headers).json()["secret"])
        user_id = w.users[(OFFICER, "own")].id

        for body in (
            {"code": code_now(secret, at=w.clock.now())},
            {"code": code_now(secret, at=w.clock.now()), "password": "a guess of theirs 12345"},
        ):
            answer = w.client.post(
                "/v1/auth/second-factor/confirmation", json=body, headers=headers
            )
            assert answer.status_code == 422, body
            assert {tuple(e["loc"]) for e in answer.json()["errors"]} == {("body", "password")}

        stored = w.stores.users.get(user_id)
        assert stored is not None
        assert stored.failed_logins == 1, "the wrong password counts towards the lock-out"
        assert w.client.get("/v1/me", headers=headers).status_code == 200
        assert _sign_in(w, OFFICER).status_code == 200, "the owner signs in as before"


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


FACILITATOR = Role.FACILITATOR


def test_confirming_gives_recovery_codes_each_of_which_signs_in_once() -> None:
    with world() as w:
        _, codes = _set_up_with_recovery(w, OFFICER)
        assert len(codes) == len(set(codes)) == RECOVERY_CODES
        assert all(len(code) == 11 and code[5] == "-" for code in codes)

        assert _sign_in(w, OFFICER, code=codes[0]).status_code == 200
        again = _sign_in(w, OFFICER, code=codes[0])
        assert again.json()["type"] == "/problems/second-factor-refused", "each is taken once"
        # Typed in capitals, with a space for the dash.
        typed = codes[1].upper().replace("-", " ")
        assert _sign_in(w, OFFICER, code=typed).status_code == 200
        # Not one of this account's, though of the right shape.
        assert _sign_in(w, OFFICER, code="22222-22222").status_code == 400


def test_recovery_codes_are_kept_only_as_digests() -> None:
    with world() as w:
        _, codes = _set_up_with_recovery(w, OFFICER)
        factor = w.stores.users.items[w.users[(OFFICER, "own")].id].second_factor
        assert factor is not None
        assert len(factor.recovery) == RECOVERY_CODES
        kept = " ".join(factor.recovery)
        assert not any(code.replace("-", "") in kept for code in codes)


def test_another_accounts_recovery_code_does_not_sign_in() -> None:
    with world() as w:
        _, officers = _set_up_with_recovery(w, OFFICER)
        _set_up_with_recovery(w, FACILITATOR)
        assert _sign_in(w, FACILITATOR, code=officers[0]).status_code == 400
        assert _sign_in(w, OFFICER, code=officers[0]).status_code == 200


def test_new_recovery_codes_replace_the_old_for_a_code_from_the_app() -> None:
    with world() as w:
        secret, old = _set_up_with_recovery(w, OFFICER)
        headers = _bearer(_sign_in(w, OFFICER, code=code_now(secret, at=w.clock.now())))
        w.clock.advance(30)
        wrong = w.client.post(
            "/v1/auth/second-factor/recovery-codes", json={"code": "123456"}, headers=headers
        )
        assert wrong.status_code == 422
        assert [tuple(e["loc"]) for e in wrong.json()["errors"]] == [("body", "code")]
        renewed = w.client.post(
            "/v1/auth/second-factor/recovery-codes",
            json={"code": code_now(secret, at=w.clock.now())},
            headers=headers,
        )
        assert renewed.status_code == 200, renewed.text
        assert renewed.headers["cache-control"] == "no-store"
        new = renewed.json()["recovery_codes"]
        assert len(new) == RECOVERY_CODES
        assert not set(new) & set(old)
        assert _sign_in(w, OFFICER, code=old[0]).status_code == 400
        assert _sign_in(w, OFFICER, code=new[0]).status_code == 200


def test_recovery_codes_need_a_second_factor() -> None:
    with world() as w:
        headers = _bearer(_sign_in(w, OFFICER))
        answer = w.client.post(
            "/v1/auth/second-factor/recovery-codes", json={"code": "123456"}, headers=headers
        )
        assert answer.status_code == 409


def _colleague(w: World, role: Role, *, of: Role | None = None) -> tuple[str, str]:
    """Another account of ``role`` in the own organisation of ``of`` (else of ``role``),
    with a second factor; its id and secret."""
    username = f"colleague.{role.value}"
    user = w.gateway.directory.create_user(
        organisation_id=w.organisation_of(of or role).id,
        username=username,
        role=role,
        password=PASSWORD,
    )
    headers = _bearer(
        w.client.post("/v1/auth/token", data={"username": username, "password": PASSWORD})
    )
    secret, _ = _enrol(w, headers)
    return user.id, secret


def test_a_colleague_resets_a_lost_second_factor_and_the_accounts_sessions_end() -> None:
    with world() as w:
        colleague_id, secret = _colleague(w, OFFICER)
        username = w.stores.users.items[colleague_id].username
        held = _bearer(
            w.client.post(
                "/v1/auth/token",
                data={
                    "username": username,
                    "password": PASSWORD,
                    "code": code_now(secret, at=w.clock.now()),
                },
            )
        )
        reset = w.client.delete(
            f"/v1/users/{colleague_id}/second-factor", headers=w.headers(OFFICER)
        )
        assert reset.status_code == 204, reset.text
        assert w.client.get("/v1/me", headers=held).status_code == 401, "its sessions end"
        again = w.client.post("/v1/auth/token", data={"username": username, "password": PASSWORD})
        assert again.status_code == 200, "signs in with the password alone"
        listed = w.client.get(f"/v1/users/{colleague_id}", headers=w.headers(OFFICER))
        assert listed.json()["second_factor"] is False
        recorded = [r for r in w.stores.audit.records if r.action == "user.second_factor_reset"]
        assert [(r.user_id, r.target_id) for r in recorded] == [
            (w.users[(OFFICER, "own")].id, colleague_id)
        ]
        # A retry changes nothing and is answered the same.
        retried = w.client.delete(
            f"/v1/users/{colleague_id}/second-factor", headers=w.headers(OFFICER)
        )
        assert retried.status_code == 204


def test_nobody_resets_their_own_nor_one_their_role_may_not_approve() -> None:
    with world() as w:
        own = w.users[(OFFICER, "own")].id
        mine = w.client.delete(f"/v1/users/{own}/second-factor", headers=w.headers(OFFICER))
        assert mine.status_code == 403
        # In one NGO: its facilitator never resets an officer's codes; an officer may reset
        # the facilitator's (the approvers' rule).
        facilitator_id, facilitator_secret = _colleague(w, FACILITATOR, of=OFFICER)
        facilitator = _bearer(
            w.client.post(
                "/v1/auth/token",
                data={
                    "username": w.stores.users.items[facilitator_id].username,
                    "password": PASSWORD,
                    "code": code_now(facilitator_secret, at=w.clock.now()),
                },
            )
        )
        refused = w.client.delete(f"/v1/users/{own}/second-factor", headers=facilitator)
        assert refused.status_code == 403
        # Another organisation's account is not found.
        other = w.users[(OFFICER, "other")].id
        elsewhere = w.client.delete(f"/v1/users/{other}/second-factor", headers=w.headers(OFFICER))
        assert elsewhere.status_code == 404
        assert w.stores.users.items[facilitator_id].second_factor is not None
        allowed = w.client.delete(
            f"/v1/users/{facilitator_id}/second-factor", headers=w.headers(OFFICER)
        )
        assert allowed.status_code == 204
        assert w.stores.users.items[facilitator_id].second_factor is None


def test_an_administrator_whose_codes_another_reset_must_set_them_up_again() -> None:
    with world(admin_second_factor="required") as w:
        admin_secret = _set_up(w, ADMIN)
        admin = _bearer(_sign_in(w, ADMIN, code=code_now(admin_secret, at=w.clock.now())))
        colleague_id, _ = _colleague(w, ADMIN)
        assert (
            w.client.delete(f"/v1/users/{colleague_id}/second-factor", headers=admin)
        ).status_code == 204
        username = w.stores.users.items[colleague_id].username
        signed_in = _bearer(
            w.client.post("/v1/auth/token", data={"username": username, "password": PASSWORD})
        )
        me = w.client.get("/v1/me", headers=signed_in).json()
        assert me["second_factor_setup_required"] is True


def test_the_operator_resets_a_second_factor_by_username() -> None:
    with world() as w:
        _set_up(w, ADMIN)
        user = w.users[(ADMIN, "own")]
        assert reset_second_factor(stores=w.stores, username=user.username, now=w.clock.now()) == (
            user.id
        )
        assert w.stores.users.items[user.id].second_factor is None
        assert _sign_in(w, ADMIN).status_code == 200
