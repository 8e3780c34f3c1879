"""Who may do what: the one policy table of the gateway (role × action → scope and view).

Every ``/v1`` route declares one :class:`Action` (``api/authorization.py``); nothing else
decides whether a role may call it. The table covers the whole API, including
routes that do not exist yet: a row without a route costs nothing, a route without a row
refuses to start.

- **scope** says which objects the grant reaches: ``any`` (platform-wide), ``own_organisation``
  (objects of the caller's organisation; anything else answers 404, never 403, so ids cannot
  be probed across organisations), ``self`` (the caller's own session) or ``public``.
- **view** says what the backend may show: the full record (officers, for their own
  survivors), an anonymised card (employers, providers) or an alias-level entry
  (facilitators). The services shape their answers by role as well; this says it once for
  readers of the table and the docs.

Administrators run the platform and see no survivor data at all.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from gateway.auth.roles import Role

__all__ = [
    "ENROLMENT_ACTIONS",
    "POLICY",
    "PUBLIC_ACTIONS",
    "Action",
    "Grant",
    "Scope",
    "View",
    "describe",
    "grant_for",
]


class Scope(StrEnum):
    PUBLIC = "public"
    SELF = "self"
    OWN_ORGANISATION = "own_organisation"
    ANY = "any"


class View(StrEnum):
    FULL = "full"
    ANONYMISED = "anonymised"
    ALIAS = "alias"


class Action(StrEnum):
    # authentication and the caller's own session
    AUTH_TOKEN = "auth.token"  # noqa: S105 - an action name
    AUTH_REFRESH = "auth.refresh"
    SESSION_READ = "session.read"
    SESSION_END = "session.end"
    # platform administration
    ORGANISATION_CREATE = "organisation.create"
    ORGANISATION_LIST = "organisation.list"
    ORGANISATION_READ = "organisation.read"
    ORGANISATION_DASHBOARD_READ = "organisation.dashboard_read"
    ORGANISATION_VET = "organisation.vet"
    ORGANISATION_SUSPEND = "organisation.suspend"
    ORGANISATION_REINSTATE = "organisation.reinstate"
    PARTNERSHIP_SET = "organisation.partnership_set"
    PARTNERSHIP_REMOVE = "organisation.partnership_remove"
    PARTNERSHIP_ACCEPT = "organisation.partnership_accept"
    PARTNERSHIP_READ = "organisation.partnership_read"
    USER_CREATE = "user.create"
    USER_LIST = "user.list"
    USER_READ = "user.read"
    USER_UPDATE = "user.update"
    USER_APPROVE = "user.approve"
    PASSWORD_CHANGE = "auth.password_change"  # noqa: S105 - an action name
    SECOND_FACTOR_ENROL = "auth.second_factor"
    SECOND_FACTOR_RESET = "user.second_factor_reset"
    AUDIT_READ = "audit.read"
    AUDIT_CHAIN_READ = "audit.chain_read"
    # survivors (matching service)
    SURVIVOR_CREATE = "survivor.create"
    SURVIVOR_READ = "survivor.read"
    SURVIVOR_UPDATE = "survivor.update"
    SURVIVOR_ERASE = "survivor.erase"
    READINESS_ASSESS = "readiness.assess"
    READINESS_READ = "readiness.read"
    CONSENT_UPDATE = "consent.update"
    CONSENT_READ = "consent.read"
    # opportunities
    OPPORTUNITY_CREATE = "opportunity.create"
    OPPORTUNITY_READ = "opportunity.read"
    OPPORTUNITY_LIST = "opportunity.list"
    OPPORTUNITY_UPDATE = "opportunity.update"
    OPPORTUNITY_CLOSE = "opportunity.close"
    # matches, shortlists, rounds, outcomes
    MATCH_REQUEST = "match.request"
    MATCH_PROPOSE = "match.propose"
    MATCH_READ = "match.read"
    MATCH_DECIDE = "match.decide"
    MATCH_EXPRESS_INTEREST = "match.express_interest"
    SHORTLIST_READ = "shortlist.read"
    ROUND_RUN = "round.run"
    OUTCOME_RECORD = "outcome.record"
    OUTCOME_MODEL_TRAIN = "outcome_model.train"
    OUTCOME_MODEL_READ = "outcome_model.read"
    # peer groups
    PEER_GROUP_CREATE = "peer_group.create"
    PEER_GROUP_READ = "peer_group.read"
    PEER_GROUP_LIST = "peer_group.list"
    PEER_GROUP_UPDATE = "peer_group.update"
    PEER_GROUP_PROPOSE_MEMBERS = "peer_group.propose_members"
    PEER_GROUP_ADJUST_MEMBERS = "peer_group.adjust_members"
    PEER_GROUP_INVITE = "peer_group.invite"
    PEER_GROUP_CLOSE = "peer_group.close"
    PEER_GROUP_ANSWER = "peer_group.answer"
    PEER_GROUP_LEAVE = "peer_group.leave"
    PEER_GROUP_INVITATIONS_READ = "peer_group.invitations_read"
    PEER_POOL_READ = "peer_pool.read"
    # reference data (no personal data)
    VOCABULARY_READ = "vocabulary.read"


@dataclass(frozen=True, slots=True)
class Grant:
    scope: Scope
    view: View = View.FULL


_ADMIN = Role.PLATFORM_ADMIN
_OFFICER = Role.REINTEGRATION_OFFICER
_EMPLOYER = Role.EMPLOYER
_PROVIDER = Role.TRAINING_PROVIDER
_FACILITATOR = Role.FACILITATOR

_ANY = Grant(Scope.ANY)
_OWN = Grant(Scope.OWN_ORGANISATION)
_OWN_ANONYMISED = Grant(Scope.OWN_ORGANISATION, View.ANONYMISED)
_OWN_ALIAS = Grant(Scope.OWN_ORGANISATION, View.ALIAS)
_SELF = Grant(Scope.SELF)
_EVERY_ROLE_SELF = dict.fromkeys(Role, _SELF)

#: Actions anyone may call without a token (each has its own rate limits).
PUBLIC_ACTIONS = frozenset({Action.AUTH_TOKEN, Action.AUTH_REFRESH})

#: What a session that must enrol a second factor first may do (``Principal.enrolment_only``).
ENROLMENT_ACTIONS = frozenset(
    {
        Action.SESSION_READ,
        Action.SESSION_END,
        Action.PASSWORD_CHANGE,
        Action.SECOND_FACTOR_ENROL,
    }
)

_TABLE: dict[Action, dict[Role, Grant]] = {
    Action.AUTH_TOKEN: {},
    Action.AUTH_REFRESH: {},
    Action.SESSION_READ: _EVERY_ROLE_SELF,
    Action.SESSION_END: _EVERY_ROLE_SELF,
    Action.ORGANISATION_CREATE: {_ADMIN: _ANY},
    Action.ORGANISATION_LIST: {_ADMIN: _ANY},
    # Everyone may read their own organisation (name, type, vetting state).
    Action.ORGANISATION_READ: {
        _ADMIN: _ANY,
        _OFFICER: _OWN,
        _EMPLOYER: _OWN,
        _PROVIDER: _OWN,
        _FACILITATOR: _OWN,
    },
    # An organisation's counts: those who work its caseload or its jobs and courses. Not a
    # facilitator: readiness and income counts are no group's business, and two readings a
    # moment apart would tell why a member left (security probe, session 32).
    Action.ORGANISATION_DASHBOARD_READ: {
        _ADMIN: _ANY,
        _OFFICER: _OWN,
        _EMPLOYER: _OWN,
        _PROVIDER: _OWN,
    },
    Action.ORGANISATION_VET: {_ADMIN: _ANY},
    # Suspending cuts an organisation off survivors at once; lifting it lets it back.
    Action.ORGANISATION_SUSPEND: {_ADMIN: _ANY},
    Action.ORGANISATION_REINSTATE: {_ADMIN: _ANY},
    # Which NGOs share their survivors with which organisations' peer groups: set and
    # removed by administrators only (audited). An NGO's officers and facilitators, and a
    # peer-support organisation's facilitators, read their own organisation's list: whom
    # their survivors go to, whose survivors their groups draw from. Ids and names only.
    # Administrators propose; an NGO's officers accept (nothing is shared before) and may
    # end their own NGO's partnerships.
    Action.PARTNERSHIP_SET: {_ADMIN: _ANY},
    Action.PARTNERSHIP_ACCEPT: {_OFFICER: _OWN},
    Action.PARTNERSHIP_REMOVE: {_ADMIN: _ANY, _OFFICER: _OWN},
    Action.PARTNERSHIP_READ: {_ADMIN: _ANY, _OFFICER: _OWN, _FACILITATOR: _OWN},
    Action.USER_CREATE: {_ADMIN: _ANY},
    # Members see their own organisation's accounts (who acts in its name, which await
    # approval) and approve the ones an administrator created or re-roled there: an
    # administrator alone never makes someone an officer of an NGO.
    Action.USER_LIST: {
        _ADMIN: _ANY,
        _OFFICER: _OWN,
        _EMPLOYER: _OWN,
        _PROVIDER: _OWN,
        _FACILITATOR: _OWN,
    },
    Action.USER_READ: {
        _ADMIN: _ANY,
        _OFFICER: _OWN,
        _EMPLOYER: _OWN,
        _PROVIDER: _OWN,
        _FACILITATOR: _OWN,
    },
    Action.USER_UPDATE: {_ADMIN: _ANY},
    Action.USER_APPROVE: {
        _ADMIN: _OWN,
        _OFFICER: _OWN,
        _EMPLOYER: _OWN,
        _PROVIDER: _OWN,
        _FACILITATOR: _OWN,
    },
    # A lost phone: a member of the account's own organisation resets its second factor
    # (which roles may reset which is the approvers' rule, ``may_approve``).
    Action.SECOND_FACTOR_RESET: {
        _ADMIN: _OWN,
        _OFFICER: _OWN,
        _EMPLOYER: _OWN,
        _PROVIDER: _OWN,
        _FACILITATOR: _OWN,
    },
    # Everyone changes their own password (and only their own), and sets up their own
    # second factor.
    Action.PASSWORD_CHANGE: _EVERY_ROLE_SELF,
    Action.SECOND_FACTOR_ENROL: _EVERY_ROLE_SELF,
    # Admins see every access record; an officer sees those about their organisation's
    # survivors, one survivor at a time.
    Action.AUDIT_READ: {_ADMIN: _ANY, _OFFICER: _OWN},
    Action.AUDIT_CHAIN_READ: {_ADMIN: _ANY},
    Action.SURVIVOR_CREATE: {_OFFICER: _OWN},
    Action.SURVIVOR_READ: {_OFFICER: _OWN},
    Action.SURVIVOR_UPDATE: {_OFFICER: _OWN},
    Action.SURVIVOR_ERASE: {_OFFICER: _OWN},
    Action.READINESS_ASSESS: {_OFFICER: _OWN},
    Action.READINESS_READ: {_OFFICER: _OWN},
    Action.CONSENT_UPDATE: {_OFFICER: _OWN},
    Action.CONSENT_READ: {_OFFICER: _OWN},
    Action.OPPORTUNITY_CREATE: {_EMPLOYER: _OWN, _PROVIDER: _OWN},
    # Officers browse every open opportunity on behalf of their survivors.
    Action.OPPORTUNITY_READ: {_OFFICER: _ANY, _EMPLOYER: _OWN, _PROVIDER: _OWN},
    Action.OPPORTUNITY_LIST: {_OFFICER: _ANY, _EMPLOYER: _OWN, _PROVIDER: _OWN},
    Action.OPPORTUNITY_UPDATE: {_EMPLOYER: _OWN, _PROVIDER: _OWN},
    Action.OPPORTUNITY_CLOSE: {_EMPLOYER: _OWN, _PROVIDER: _OWN},
    Action.MATCH_REQUEST: {_OFFICER: _OWN},
    Action.MATCH_PROPOSE: {_OFFICER: _OWN},
    # Employers and providers see a match (anonymised) once the survivor accepted it, and
    # only for their own opportunities; the matching service enforces the acceptance.
    Action.MATCH_READ: {_OFFICER: _OWN, _EMPLOYER: _OWN_ANONYMISED, _PROVIDER: _OWN_ANONYMISED},
    Action.MATCH_DECIDE: {_OFFICER: _OWN},
    Action.MATCH_EXPRESS_INTEREST: {_EMPLOYER: _OWN_ANONYMISED},
    Action.SHORTLIST_READ: {_EMPLOYER: _OWN_ANONYMISED, _PROVIDER: _OWN_ANONYMISED},
    Action.ROUND_RUN: {_OFFICER: _OWN},
    Action.OUTCOME_RECORD: {
        _OFFICER: _OWN,
        _EMPLOYER: _OWN_ANONYMISED,
        _PROVIDER: _OWN_ANONYMISED,
    },
    # The model holds coefficients and quality figures, no survivor.
    Action.OUTCOME_MODEL_TRAIN: {_ADMIN: _ANY},
    Action.OUTCOME_MODEL_READ: {_ADMIN: _ANY},
    Action.PEER_GROUP_CREATE: {_FACILITATOR: _OWN_ALIAS},
    Action.PEER_GROUP_READ: {_FACILITATOR: _OWN_ALIAS},
    Action.PEER_GROUP_LIST: {_FACILITATOR: _OWN_ALIAS},
    Action.PEER_GROUP_UPDATE: {_FACILITATOR: _OWN_ALIAS},
    Action.PEER_GROUP_PROPOSE_MEMBERS: {_FACILITATOR: _OWN_ALIAS},
    # Locking a proposed member in or taking one out: the facilitator's own adjustments.
    Action.PEER_GROUP_ADJUST_MEMBERS: {_FACILITATOR: _OWN_ALIAS},
    Action.PEER_GROUP_INVITE: {_FACILITATOR: _OWN_ALIAS},
    Action.PEER_GROUP_CLOSE: {_FACILITATOR: _OWN_ALIAS},
    # A survivor's own answer to an invitation, and their leaving, are recorded by their
    # officer (scope: the survivor is of the officer's organisation; the group may belong
    # to any peer-support organisation). The group comes back alias-level, as to anyone.
    Action.PEER_GROUP_ANSWER: {_OFFICER: _OWN_ALIAS},
    Action.PEER_GROUP_LEAVE: {_OFFICER: _OWN_ALIAS},
    # Which groups a survivor of the officer's organisation is invited to or in, each with
    # that survivor's own place only: what the officer needs to record their answer.
    Action.PEER_GROUP_INVITATIONS_READ: {_OFFICER: _OWN_ALIAS},
    Action.PEER_POOL_READ: {_FACILITATOR: _OWN_ALIAS},
    # The concepts, their labels and hierarchy: what every form that takes tags offers.
    Action.VOCABULARY_READ: dict.fromkeys(Role, _ANY),
}

#: Read-only view of the table: ``POLICY[action][role]`` is the grant, absent means refused.
POLICY: Mapping[Action, Mapping[Role, Grant]] = MappingProxyType(
    {action: MappingProxyType(dict(grants)) for action, grants in _TABLE.items()}
)


def grant_for(role: Role, action: Action) -> Grant | None:
    """The grant of ``role`` for ``action``, or None when the role may not do it."""
    return POLICY[action].get(role)


def describe(action: Action) -> str:
    """One line for the API docs: who may call an action, and how far it reaches."""
    if action in PUBLIC_ACTIONS:
        return f"Policy `{action}`: public (no token), rate-limited."
    grants = POLICY[action]
    parts = [
        f"`{role}` ({grant.scope}"
        + (f", {grant.view} view" if grant.view != View.FULL else "")
        + ")"
        for role, grant in grants.items()
    ]
    return f"Policy `{action}`: " + ", ".join(parts) + "."
