"""Who may do what, written down a second time, by role, from the mission's table of users.

The gateway's policy table (``gateway.auth.policy``) is written by action; this is written
by role, as ``docs/gateway.md`` and ``MISSION.md`` describe each user's work, so that a grant
added to or dropped from the policy by mistake is caught by a test rather than copied into
its expectations. A change of who may do what is made in both places, on purpose.

Each entry is ``action: reach``, where the reach is

- ``any``: platform-wide;
- ``own``: objects of the caller's organisation (another organisation's answer 404);
- ``own, anonymised`` / ``own, alias``: the same reach, seeing an anonymised card or an
  alias-level entry only;
- ``self``: the caller's own session.

An action not listed for a role is refused (403); the public actions need no token.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from gateway.auth.roles import Role

__all__ = ["EXPECTED_ACCESS", "PUBLIC", "expected_reach"]

#: Called without a token (each rate-limited): signing in and refreshing a session.
PUBLIC = frozenset({"auth.token", "auth.refresh"})

_EVERYONE = {
    "session.read": "self",
    "session.end": "self",
    # Their own password and second factor, and only theirs.
    "auth.password_change": "self",
    "auth.second_factor": "self",
    "organisation.read": "own",
    "vocabulary.read": "any",
    # Who acts in their organisation's name; approving (or refusing) the accounts an
    # administrator created or re-roled there.
    "user.list": "own",
    "user.read": "own",
    "user.approve": "own",
    # A lost phone: a colleague's sign-in codes reset (which roles whose: the approvers').
    "user.second_factor_reset": "own",
}

_ACCESS: dict[Role, dict[str, str]] = {
    # Onboards and vets organisations and users, assigns roles, reads the whole audit trail
    # and the outcome model; never sees a survivor's data.
    Role.PLATFORM_ADMIN: {
        "session.read": "self",
        "session.end": "self",
        "auth.password_change": "self",
        "auth.second_factor": "self",
        "organisation.create": "any",
        "organisation.list": "any",
        "organisation.read": "any",
        # Counts only, small ones withheld (no survivor's data).
        "organisation.dashboard_read": "any",
        "organisation.vet": "any",
        "organisation.suspend": "any",
        "organisation.reinstate": "any",
        # Sets and removes which NGOs share their survivors with which organisations'
        # peer groups (no survivor data: organisation ids).
        "organisation.partnership_set": "any",
        "organisation.partnership_remove": "any",
        "organisation.partnership_read": "any",
        "user.create": "any",
        "user.list": "any",
        "user.read": "any",
        "user.update": "any",
        # Another administrator's new account, in the platform's own organisation.
        "user.approve": "own",
        # Another administrator's lost sign-in codes.
        "user.second_factor_reset": "own",
        "audit.read": "any",
        # Whether the audit trail is intact (sequence numbers and times only).
        "audit.chain_read": "any",
        "outcome_model.train": "any",
        "outcome_model.read": "any",
        "vocabulary.read": "any",
    },
    # Works the cases of their own NGO's survivors end to end; browses every opportunity
    # on their behalf; records the survivor's answers to peer-group invitations.
    Role.REINTEGRATION_OFFICER: {
        **_EVERYONE,
        "audit.read": "own",
        # Their NGO's counts: readiness, placements, pay against income goals.
        "organisation.dashboard_read": "own",
        # Whom their NGO's survivors may be proposed to (to tell the survivor); accepting
        # the partnerships administrators propose, and ending them: the NGO decides.
        "organisation.partnership_read": "own",
        "organisation.partnership_accept": "own",
        "organisation.partnership_remove": "own",
        "survivor.create": "own",
        "survivor.read": "own",
        "survivor.update": "own",
        "survivor.erase": "own",
        "readiness.assess": "own",
        "readiness.read": "own",
        "consent.update": "own",
        "consent.read": "own",
        "opportunity.read": "any",
        "opportunity.list": "any",
        "match.request": "own",
        "match.propose": "own",
        "match.read": "own",
        "match.decide": "own",
        "round.run": "own",
        "outcome.record": "own",
        "peer_group.answer": "own, alias",
        "peer_group.leave": "own, alias",
        "peer_group.invitations_read": "own, alias",
    },
    # Posts roles; sees anonymised shortlists of consenting candidates; expresses interest;
    # records hiring outcomes.
    Role.EMPLOYER: {
        **_EVERYONE,
        "opportunity.create": "own",
        "opportunity.read": "own",
        "opportunity.list": "own",
        "opportunity.update": "own",
        "opportunity.close": "own",
        # The outcomes of their own jobs.
        "organisation.dashboard_read": "own",
        "match.read": "own, anonymised",
        "match.express_interest": "own, anonymised",
        "shortlist.read": "own, anonymised",
        "outcome.record": "own, anonymised",
    },
    # Posts training programmes with seats; sees who was matched to them, anonymised; records
    # completions. Expressing interest is an employer's step.
    Role.TRAINING_PROVIDER: {
        **_EVERYONE,
        "opportunity.create": "own",
        "opportunity.read": "own",
        "opportunity.list": "own",
        "opportunity.update": "own",
        "opportunity.close": "own",
        # The outcomes of their own courses.
        "organisation.dashboard_read": "own",
        "match.read": "own, anonymised",
        "shortlist.read": "own, anonymised",
        "outcome.record": "own, anonymised",
    },
    # Defines peer groups, asks for proposed members from the pool, adjusts, invites,
    # closes; sees people at alias level only, and no organisation's counts (readiness and
    # income are no group's business).
    Role.FACILITATOR: {
        **_EVERYONE,
        "peer_group.create": "own, alias",
        "peer_group.read": "own, alias",
        "peer_group.list": "own, alias",
        "peer_group.update": "own, alias",
        "peer_group.propose_members": "own, alias",
        "peer_group.adjust_members": "own, alias",
        "peer_group.invite": "own, alias",
        "peer_group.close": "own, alias",
        "peer_pool.read": "own, alias",
        # Whose survivors their organisation's groups may be proposed.
        "organisation.partnership_read": "own",
    },
}

#: ``EXPECTED_ACCESS[role][action]``: the reach, absent when refused.
EXPECTED_ACCESS: Mapping[Role, Mapping[str, str]] = MappingProxyType(
    {role: MappingProxyType(actions) for role, actions in _ACCESS.items()}
)


def expected_reach(role: Role, action: str) -> str | None:
    """The reach ``role`` is meant to have for ``action``, or None when it is refused."""
    return EXPECTED_ACCESS[role].get(action)
