"""Login, lock-out, rotating refresh tokens and logout, on the services with fakes."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import timedelta
from typing import Any

import jwt
import pytest

from gateway.auth.passwords import Passwords
from gateway.auth.roles import OrganisationType, Role
from gateway.bootstrap import Gateway, build_gateway
from gateway.errors import InvalidGrant, OrganisationNotVetted, Unauthenticated
from gateway.ports import Session
from tests.unit.gateway.fakes import FakeClock, FakeSessions, fake_stores
from tests.unit.gateway.harness import PASSWORD, test_settings


def _gateway(**overrides: Any) -> tuple[Gateway, FakeClock]:
    clock = FakeClock()
    gateway = build_gateway(test_settings(**overrides), stores=fake_stores(), clock=clock)
    ngo = gateway.directory.create_organisation(
        name="Hope", type=OrganisationType.NGO, country="KH"
    )
    gateway.directory.create_user(
        organisation_id=ngo.id, username="Dara", role=Role.REINTEGRATION_OFFICER, password=PASSWORD
    )
    return gateway, clock


def test_login_opens_a_session_that_says_who_the_caller_is() -> None:
    gateway, _clock = _gateway()
    pair = gateway.authenticator.login(username="dara", password=PASSWORD)
    principal = gateway.authenticator.authenticate(access_token=pair.access_token)
    user = gateway.directory.find_user("Dara")
    assert user is not None
    assert (principal.user_id, principal.organisation_id, principal.role) == (
        user.id,
        user.organisation_id,
        Role.REINTEGRATION_OFFICER,
    )
    session = gateway.stores.sessions.get(principal.session_id)
    assert session is not None
    assert (session.user_id, session.organisation_id, session.role) == (
        user.id,
        user.organisation_id,
        Role.REINTEGRATION_OFFICER,
    )
    claims = jwt.decode(pair.access_token, options={"verify_signature": False})
    # The token names its session (and user); role and organisation are not in it.
    assert {"sub", "sid", "exp", "iat", "jti", "iss", "aud"} == set(claims)
    assert claims["sid"] == principal.session_id
    assert claims["exp"] - claims["iat"] == 900


def test_unknown_user_and_wrong_password_are_refused_alike() -> None:
    gateway, _clock = _gateway()
    with pytest.raises(InvalidGrant) as unknown:
        gateway.authenticator.login(username="nobody", password=PASSWORD)
    with pytest.raises(InvalidGrant) as wrong:
        gateway.authenticator.login(username="dara", password="not the password")
    assert unknown.value.message == wrong.value.message


def test_lock_out_after_repeated_failures_refuses_even_the_right_password() -> None:
    gateway, clock = _gateway(lockout_threshold=3, lockout_period_s=600)
    for _ in range(3):
        with pytest.raises(InvalidGrant):
            gateway.authenticator.login(username="dara", password="wrong password!")
    with pytest.raises(InvalidGrant):
        gateway.authenticator.login(username="dara", password=PASSWORD)
    clock.advance(601)
    assert gateway.authenticator.login(username="dara", password=PASSWORD).access_token


def test_a_success_resets_the_failure_count() -> None:
    gateway, _clock = _gateway(lockout_threshold=3)
    for _ in range(2):
        with pytest.raises(InvalidGrant):
            gateway.authenticator.login(username="dara", password="wrong password!")
    gateway.authenticator.login(username="dara", password=PASSWORD)
    for _ in range(2):
        with pytest.raises(InvalidGrant):
            gateway.authenticator.login(username="dara", password="wrong password!")
    assert gateway.authenticator.login(username="dara", password=PASSWORD).access_token


def test_failures_from_one_address_lock_out_that_address_not_the_account() -> None:
    # Whoever can guess a username must not be able to keep its owner out.
    gateway, clock = _gateway(lockout_threshold=3, lockout_period_s=600)
    for _ in range(3):
        with pytest.raises(InvalidGrant):
            gateway.authenticator.login(username="dara", password="a guess!", source="attacker")
    with pytest.raises(InvalidGrant):
        gateway.authenticator.login(username="dara", password=PASSWORD, source="attacker")
    assert gateway.authenticator.login(username="dara", password=PASSWORD, source="office")
    # The attacker's address stays locked out for the period, whatever the owner does.
    with pytest.raises(InvalidGrant):
        gateway.authenticator.login(username="dara", password=PASSWORD, source="attacker")
    clock.advance(601)
    assert gateway.authenticator.login(username="dara", password=PASSWORD, source="attacker")


def test_failures_from_many_addresses_lock_the_account_itself() -> None:
    gateway, clock = _gateway(
        lockout_threshold=3, account_lockout_threshold=4, lockout_period_s=600
    )
    for source in ("a", "a", "b", "b"):  # no address reaches its own threshold
        with pytest.raises(InvalidGrant):
            gateway.authenticator.login(username="dara", password="a guess!", source=source)
    with pytest.raises(InvalidGrant):
        gateway.authenticator.login(username="dara", password=PASSWORD, source="office")
    clock.advance(601)
    assert gateway.authenticator.login(username="dara", password=PASSWORD, source="office")


def test_a_success_from_an_address_starts_its_count_again() -> None:
    gateway, _clock = _gateway(lockout_threshold=3)
    for _ in range(2):
        with pytest.raises(InvalidGrant):
            gateway.authenticator.login(username="dara", password="a typo!", source="office")
    gateway.authenticator.login(username="dara", password=PASSWORD, source="office")
    for _ in range(2):
        with pytest.raises(InvalidGrant):
            gateway.authenticator.login(username="dara", password="a typo!", source="office")
    assert gateway.authenticator.login(username="dara", password=PASSWORD, source="office")


def test_password_is_rehashed_when_parameters_change() -> None:
    gateway, _clock = _gateway()
    user = gateway.directory.find_user("dara")
    assert user is not None
    old_hash = user.password_hash
    gateway.authenticator.passwords = Passwords(time_cost=2, memory_cost_kib=16, parallelism=1)
    gateway.authenticator.login(username="dara", password=PASSWORD)
    rehashed = gateway.directory.find_user("dara")
    assert rehashed is not None
    assert rehashed.password_hash != old_hash
    assert "m=16,t=2" in rehashed.password_hash
    assert rehashed.password_hash.startswith("$argon2id$")


def test_passwords_are_stored_as_argon2id_never_in_clear() -> None:
    gateway, _clock = _gateway()
    user = gateway.directory.find_user("dara")
    assert user is not None
    assert user.password_hash.startswith("$argon2id$")
    assert PASSWORD not in user.password_hash


def test_refresh_rotates_and_the_old_token_stops_working() -> None:
    gateway, _clock = _gateway()
    first = gateway.authenticator.login(username="dara", password=PASSWORD)
    second = gateway.authenticator.refresh(refresh_token=first.refresh_token)
    assert second.refresh_token != first.refresh_token
    third = gateway.authenticator.refresh(refresh_token=second.refresh_token)
    assert gateway.authenticator.authenticate(access_token=third.access_token)


def test_reusing_a_rotated_refresh_token_ends_the_whole_session() -> None:
    gateway, _clock = _gateway()
    first = gateway.authenticator.login(username="dara", password=PASSWORD)
    second = gateway.authenticator.refresh(refresh_token=first.refresh_token)
    with pytest.raises(InvalidGrant):
        gateway.authenticator.refresh(refresh_token=first.refresh_token)
    # The legitimate holder's newer tokens die with the session.
    with pytest.raises(InvalidGrant):
        gateway.authenticator.refresh(refresh_token=second.refresh_token)
    with pytest.raises(Unauthenticated):
        gateway.authenticator.authenticate(access_token=second.access_token)


def test_a_forged_refresh_secret_is_refused_without_ending_the_session() -> None:
    gateway, _clock = _gateway()
    pair = gateway.authenticator.login(username="dara", password=PASSWORD)
    session_id = pair.refresh_token.split(".")[0]
    with pytest.raises(InvalidGrant):
        gateway.authenticator.refresh(refresh_token=f"{session_id}.guessed-secret")
    assert gateway.authenticator.refresh(refresh_token=pair.refresh_token)


def test_refresh_tokens_expire() -> None:
    gateway, clock = _gateway(refresh_token_ttl_s=3600)
    pair = gateway.authenticator.login(username="dara", password=PASSWORD)
    clock.advance(3601)
    with pytest.raises(InvalidGrant):
        gateway.authenticator.refresh(refresh_token=pair.refresh_token)


def test_logout_revokes_access_and_refresh_tokens_at_once() -> None:
    gateway, _clock = _gateway()
    pair = gateway.authenticator.login(username="dara", password=PASSWORD)
    gateway.authenticator.logout(principal=pair.principal)
    with pytest.raises(Unauthenticated):
        gateway.authenticator.authenticate(access_token=pair.access_token)
    with pytest.raises(InvalidGrant):
        gateway.authenticator.refresh(refresh_token=pair.refresh_token)


def test_access_tokens_expire_and_forgeries_are_refused() -> None:
    gateway, clock = _gateway()
    pair = gateway.authenticator.login(username="dara", password=PASSWORD)
    claims = jwt.decode(pair.access_token, options={"verify_signature": False})
    forged = jwt.encode(claims | {"role": "platform_admin"}, "another key" * 4, algorithm="HS256")
    # PyJWT takes no key for "none" but annotates the key as required.
    unsigned = jwt.encode(claims, None, algorithm="none")  # type: ignore[arg-type]
    for token in (forged, unsigned, pair.access_token + "x"):
        with pytest.raises(Unauthenticated):
            gateway.authenticator.authenticate(access_token=token)
    clock.advance(timedelta(minutes=16).total_seconds())
    with pytest.raises(Unauthenticated):
        gateway.authenticator.authenticate(access_token=pair.access_token)


def test_employer_of_an_unvetted_organisation_cannot_log_in_until_vetted() -> None:
    gateway, _clock = _gateway()
    employer = gateway.directory.create_organisation(
        name="Garments", type=OrganisationType.EMPLOYER, country="KH"
    )
    gateway.directory.create_user(
        organisation_id=employer.id, username="hr.lead", role=Role.EMPLOYER, password=PASSWORD
    )
    with pytest.raises(OrganisationNotVetted):
        gateway.authenticator.login(username="hr.lead", password=PASSWORD)
    # Without the right password, not even the vetting state is revealed.
    with pytest.raises(InvalidGrant):
        gateway.authenticator.login(username="hr.lead", password="wrong password!")
    gateway.directory.vet_organisation(organisation_id=employer.id, expected_version=1, by="adm")
    assert gateway.authenticator.login(username="hr.lead", password=PASSWORD)


def test_disabling_a_user_ends_their_sessions() -> None:
    gateway, _clock = _gateway()
    pair = gateway.authenticator.login(username="dara", password=PASSWORD)
    user = gateway.directory.find_user("dara")
    assert user is not None
    gateway.directory.update_user(user_id=user.id, expected_version=1, disabled=True)
    with pytest.raises(Unauthenticated):
        gateway.authenticator.authenticate(access_token=pair.access_token)
    with pytest.raises(InvalidGrant):
        gateway.authenticator.login(username="dara", password=PASSWORD)


# --- the session, not the token, says who is calling -----------------------------------


def _resigned(gateway: Gateway, token: str, **claims: object) -> str:
    """``token`` with other claims, signed with the gateway's real key (a forger who holds
    the configured secret derives it the same way)."""
    secret = gateway.settings.jwt_secret.get_secret_value()
    key = hashlib.sha256(b"pathways-access-token:" + secret.encode()).digest()
    original = jwt.decode(token, options={"verify_signature": False})
    return jwt.encode(original | claims, key, algorithm="HS256")


def _admin_organisation(gateway: Gateway) -> str:
    return gateway.directory.create_organisation(
        name="Platform", type=OrganisationType.PLATFORM, country="KH"
    ).id


def test_role_and_organisation_claims_signed_with_the_real_key_are_ignored() -> None:
    gateway, _clock = _gateway()
    pair = gateway.authenticator.login(username="dara", password=PASSWORD)
    # The re-signing is right: the same claims, re-signed, are accepted.
    assert gateway.authenticator.authenticate(access_token=_resigned(gateway, pair.access_token))

    forged = _resigned(
        gateway, pair.access_token, role="platform_admin", org=_admin_organisation(gateway)
    )

    principal = gateway.authenticator.authenticate(access_token=forged)
    assert (principal.role, principal.organisation_id) == (
        Role.REINTEGRATION_OFFICER,
        pair.principal.organisation_id,
    )


def test_a_token_naming_another_user_than_its_session_is_refused() -> None:
    gateway, _clock = _gateway()
    pair = gateway.authenticator.login(username="dara", password=PASSWORD)
    platform = _admin_organisation(gateway)
    admin = gateway.directory.create_user(
        organisation_id=platform, username="root", role=Role.PLATFORM_ADMIN, password=PASSWORD
    )

    forged = _resigned(gateway, pair.access_token, sub=admin.id, role="platform_admin")

    with pytest.raises(Unauthenticated):
        gateway.authenticator.authenticate(access_token=forged)


def test_a_token_without_a_session_id_is_refused() -> None:
    gateway, _clock = _gateway()
    pair = gateway.authenticator.login(username="dara", password=PASSWORD)
    claims = jwt.decode(pair.access_token, options={"verify_signature": False})
    del claims["sid"]
    secret = gateway.settings.jwt_secret.get_secret_value()
    key = hashlib.sha256(b"pathways-access-token:" + secret.encode()).digest()
    with pytest.raises(Unauthenticated):
        gateway.authenticator.authenticate(access_token=jwt.encode(claims, key, algorithm="HS256"))


def test_a_token_outliving_its_session_is_refused() -> None:
    gateway, clock = _gateway(session_max_age_s=3600, refresh_token_ttl_s=3600)
    pair = gateway.authenticator.login(username="dara", password=PASSWORD)
    clock.advance(3000)
    late = gateway.authenticator.refresh(refresh_token=pair.refresh_token)
    clock.advance(601)  # the access token (15 minutes) is valid, the session is over
    with pytest.raises(Unauthenticated):
        gateway.authenticator.authenticate(access_token=late.access_token)


def test_a_session_older_code_opened_is_answered_from_the_user_record() -> None:
    gateway, _clock = _gateway()
    pair = gateway.authenticator.login(username="dara", password=PASSWORD)
    sessions = gateway.stores.sessions
    assert isinstance(sessions, FakeSessions)
    session = sessions.items[pair.principal.session_id]
    sessions.items[session.id] = replace(session, organisation_id=None, role=None)
    forged = _resigned(gateway, pair.access_token, role="platform_admin")

    principal = gateway.authenticator.authenticate(access_token=forged)

    assert (principal.role, principal.organisation_id) == (
        Role.REINTEGRATION_OFFICER,
        pair.principal.organisation_id,
    )
    # A disabled user's old-style session (one the change did not reach) is refused too.
    users = gateway.stores.users
    user = users.get(pair.principal.user_id)
    assert user is not None
    users.replace(replace(user, disabled=True, version=user.version + 1), expected_version=1)
    with pytest.raises(Unauthenticated):
        gateway.authenticator.authenticate(access_token=pair.access_token)


def test_a_new_role_ends_the_session_and_the_next_login_carries_it() -> None:
    gateway, _clock = _gateway()
    before = gateway.authenticator.login(username="dara", password=PASSWORD)
    gateway.directory.update_user(
        user_id=before.principal.user_id, expected_version=1, role=Role.FACILITATOR
    )
    with pytest.raises(Unauthenticated):
        gateway.authenticator.authenticate(access_token=before.access_token)
    after = gateway.authenticator.login(username="dara", password=PASSWORD)
    claiming_old_role = _resigned(gateway, after.access_token, role="reintegration_officer")
    assert gateway.authenticator.authenticate(access_token=claiming_old_role).role is (
        Role.FACILITATOR
    )


class _ChangedWhileOpening(FakeSessions):
    """Sessions where an administrator's change lands while a login opens its session: after
    the login read the user, and after the change ended the sessions it could see."""

    def __init__(self) -> None:
        super().__init__()
        self.change: object = None

    def add(self, session: Session) -> None:
        change, self.change = self.change, None
        if callable(change):
            change()
        super().add(session)


def test_a_role_changed_during_login_is_the_role_of_the_session_opened() -> None:
    clock = FakeClock()
    stores = fake_stores()
    sessions = _ChangedWhileOpening()
    stores.sessions = sessions
    gateway = build_gateway(test_settings(), stores=stores, clock=clock)
    ngo = gateway.directory.create_organisation(
        name="Hope", type=OrganisationType.NGO, country="KH"
    )
    dara = gateway.directory.create_user(
        organisation_id=ngo.id, username="Dara", role=Role.REINTEGRATION_OFFICER, password=PASSWORD
    )
    sessions.change = lambda: gateway.directory.update_user(
        user_id=dara.id, expected_version=1, role=Role.FACILITATOR
    )

    pair = gateway.authenticator.login(username="dara", password=PASSWORD)

    assert pair.principal.role is Role.FACILITATOR
    assert gateway.authenticator.authenticate(access_token=pair.access_token).role is (
        Role.FACILITATOR
    )
    stale = [s for s in sessions.items.values() if s.role is Role.REINTEGRATION_OFFICER]
    assert len(stale) == 1
    assert stale[0].revoked_at is not None


def test_a_user_disabled_during_login_gets_no_session() -> None:
    clock = FakeClock()
    stores = fake_stores()
    sessions = _ChangedWhileOpening()
    stores.sessions = sessions
    gateway = build_gateway(test_settings(), stores=stores, clock=clock)
    ngo = gateway.directory.create_organisation(
        name="Hope", type=OrganisationType.NGO, country="KH"
    )
    dara = gateway.directory.create_user(
        organisation_id=ngo.id, username="Dara", role=Role.REINTEGRATION_OFFICER, password=PASSWORD
    )
    sessions.change = lambda: gateway.directory.update_user(
        user_id=dara.id, expected_version=1, disabled=True
    )

    with pytest.raises(InvalidGrant):
        gateway.authenticator.login(username="dara", password=PASSWORD)

    assert [s.revoked_at is not None for s in sessions.items.values()] == [True]


def test_a_session_an_account_change_missed_ends_at_its_next_refresh() -> None:
    gateway, _clock = _gateway()
    pair = gateway.authenticator.login(username="dara", password=PASSWORD)
    # The role changed, but the process stopped before it ended the user's sessions.
    users = gateway.stores.users
    user = users.get(pair.principal.user_id)
    assert user is not None
    users.replace(replace(user, role=Role.FACILITATOR, version=2), expected_version=1)

    with pytest.raises(InvalidGrant):
        gateway.authenticator.refresh(refresh_token=pair.refresh_token)
    with pytest.raises(Unauthenticated):
        gateway.authenticator.authenticate(access_token=pair.access_token)
