"""The policy table grants exactly what the role-by-role specification says, no more."""

from __future__ import annotations

from gateway.auth.policy import POLICY, PUBLIC_ACTIONS, Grant, Scope, View
from gateway.auth.roles import Role
from tests.unit.gateway.access_spec import EXPECTED_ACCESS, PUBLIC


def _reach(grant: Grant) -> str:
    base = {Scope.ANY: "any", Scope.OWN_ORGANISATION: "own", Scope.SELF: "self"}[grant.scope]
    return base if grant.view is View.FULL else f"{base}, {grant.view.value}"


def test_the_public_actions_are_signing_in_and_refreshing() -> None:
    assert {action.value for action in PUBLIC_ACTIONS} == PUBLIC


def test_every_role_has_exactly_the_grants_it_is_meant_to_have() -> None:
    granted = {
        role: {
            action.value: _reach(grants[role])
            for action, grants in POLICY.items()
            if role in grants
        }
        for role in Role
    }
    for role in Role:
        assert granted[role] == dict(EXPECTED_ACCESS[role]), role


def test_administrators_never_reach_survivor_data() -> None:
    survivor_data = ("survivor.", "readiness.", "consent.", "match.", "shortlist.", "peer_")
    assert not [a for a in EXPECTED_ACCESS[Role.PLATFORM_ADMIN] if a.startswith(survivor_data)]
