"""Users: created, re-roled and disabled by platform administrators; listed by them and by
each organisation's members (their own organisation's accounts), and approved or refused by
members when an administrator created or re-roled one in their organisation."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Response, status

from gateway.api.authorization import authorize
from gateway.api.concurrency import etag
from gateway.api.deps import AuditTrailDep, GatewayDep, IfMatch, PageDep
from gateway.api.pagination import Page
from gateway.api.password_checks import refuse_weak_password, refused
from gateway.api.problems import problem_responses
from gateway.api.users.schemas import ApprovalDecision, UserCreate, UserPublic, UserUpdate
from gateway.audit.records import Purpose
from gateway.auth.password_policy import PasswordPolicy
from gateway.auth.policy import Action, Scope
from gateway.auth.principal import Authorized
from gateway.directory.service import first_password_rule

__all__ = ["router"]

router = APIRouter(prefix="/v1/users", tags=["users"])

UserId = Annotated[str, Path(min_length=1, max_length=64, examples=["usr_0192a6b3…"])]


@router.post(
    "",
    summary="Create a user",
    status_code=status.HTTP_201_CREATED,
    response_model=UserPublic,
    responses=problem_responses(400, 401, 403, 409, 413, 422, 429, 503),
)
def create_user(
    body: UserCreate,
    response: Response,
    gateway: GatewayDep,
    trail: AuditTrailDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.USER_CREATE))],
) -> UserPublic:
    """Create a login for a member of an organisation. The role must fit the
    organisation's type (officers in NGOs, employers in employers, providers in training
    providers, facilitators in peer-support organisations or NGOs, admins in the platform);
    otherwise 422. Usernames are unique, compared case-insensitively after NFKC.

    The password is temporary: at their first sign-in the user replaces it with one of their
    own (`POST /v1/auth/token` with `new_password`), so no administrator keeps a working
    login of anyone. The first account of an organisation is approved at once; any later
    one is `pending` (it cannot sign in) until a member of the organisation approves it
    (`POST /v1/users/{user_id}/approval`): the organisation decides who acts in its name.

    The password follows NIST SP 800-63B: at least the configured length (12 by default),
    up to 1,024 characters, no composition rules, and refused (422, located at
    `body.password`, one error per reason) when it is a common or leaked password or built
    from one, contains the username or the service's name, repeats or runs in sequence
    (`aaaaaaaaaaaa`, `123456789012`, `qwerty…`), or is otherwise easy to guess."""
    refuse_weak_password(
        PasswordPolicy(min_length=gateway.settings.password_min_length),
        password=body.password,
        username=body.username,
        location=("body", "password"),
    )
    user = gateway.directory.create_user(
        organisation_id=body.organisation_id,
        username=body.username,
        role=body.role,
        password=body.password,
        requested_by=authorized.principal.user_id,
    )
    trail.record(
        authorized,
        action=Action.USER_CREATE.value,
        purpose=Purpose.ADMINISTRATION,
        target_id=user.id,
    )
    response.headers["Location"] = f"/v1/users/{user.id}"
    response.headers["ETag"] = etag(user.version)
    return UserPublic.of(user)


@router.get(
    "",
    summary="List users",
    response_model=Page[UserPublic],
    responses=problem_responses(401, 403, 422, 503),
)
def list_users(
    gateway: GatewayDep,
    page: PageDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.USER_LIST))],
    organisation_id: Annotated[
        str | None, Query(max_length=64, description="Only users of this organisation.")
    ] = None,
) -> Page[UserPublic]:
    """Users in creation order, optionally of one organisation, a page at a time.
    Administrators list anyone's; every other role lists its own organisation's accounts
    (the filter, if given, must name it: any other answers an empty list), to see who acts
    in the organisation's name and which accounts await approval."""
    if authorized.grant.scope is not Scope.ANY:
        own = authorized.principal.organisation_id
        if organisation_id not in (None, own):
            return Page[UserPublic](items=[], next_cursor=None)
        organisation_id = own
    scope = f"users:{organisation_id or '*'}"
    after = gateway.cursors.decode(page.cursor, scope=scope) if page.cursor is not None else None
    found = gateway.directory.list_users(
        organisation_id=organisation_id, after=after, limit=page.limit + 1
    )
    items, cursor = gateway.cursors.next_page(
        found, limit=page.limit, position=lambda u: u.id, scope=scope
    )
    return Page[UserPublic](items=[UserPublic.of(u) for u in items], next_cursor=cursor)


@router.get(
    "/{user_id}",
    summary="Get a user",
    response_model=UserPublic,
    responses=problem_responses(401, 403, 404, 503),
)
def get_user(
    user_id: UserId,
    response: Response,
    gateway: GatewayDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.USER_READ))],
) -> UserPublic:
    """One user, with its `ETag` for a later `PATCH`."""
    user = gateway.directory.get_user(user_id)
    authorized.require_object_of(user.organisation_id, what="user")
    response.headers["ETag"] = etag(user.version)
    return UserPublic.of(user)


@router.patch(
    "/{user_id}",
    summary="Change a user's role, or disable or enable them",
    response_model=UserPublic,
    responses=problem_responses(400, 401, 403, 404, 409, 412, 422, 428, 429, 503),
)
def update_user(
    user_id: UserId,
    body: UserUpdate,
    expected_version: IfMatch,
    response: Response,
    gateway: GatewayDep,
    trail: AuditTrailDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.USER_UPDATE))],
) -> UserPublic:
    """Send the user's `ETag` in `If-Match` (428 without, 412 when someone changed the user
    since). A new role must fit the organisation's type. Either change ends the user's
    open sessions at once: their tokens stop working and they log in again. Nobody
    disables their own account or changes their own role (409): another administrator
    can."""
    authorized.require_object_of(gateway.directory.get_user(user_id).organisation_id, what="user")
    user = gateway.directory.update_user(
        user_id=user_id,
        expected_version=expected_version,
        role=body.role,
        disabled=body.disabled,
        changed_by=authorized.principal.user_id,
    )
    trail.record(
        authorized,
        action=Action.USER_UPDATE.value,
        purpose=Purpose.ADMINISTRATION,
        target_id=user.id,
    )
    response.headers["ETag"] = etag(user.version)
    return UserPublic.of(user)


@router.post(
    "/{user_id}/approval",
    summary="Approve or refuse an account awaiting approval",
    response_model=UserPublic,
    responses=problem_responses(400, 401, 403, 404, 409, 412, 422, 428, 429, 503),
)
def decide_approval(
    user_id: UserId,
    body: ApprovalDecision,
    expected_version: IfMatch,
    response: Response,
    gateway: GatewayDep,
    trail: AuditTrailDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.USER_APPROVE))],
) -> UserPublic:
    """A member of the account's organisation lets it in, or refuses it for good (a refused
    account never signs in; an administrator creates a new one if it was a mistake). Send
    the account's `ETag` in `If-Match`. 409 when it is not awaiting approval; 403 for the
    account itself, for the administrator who asked for it, and for a role that may not
    approve the account's role (an NGO's facilitator never approves an officer); an account
    of another organisation is not found (404).

    Approving a new account (`password_change_required`) sets a first `password` you choose
    and give to the person yourself: the one the administrator typed stops working, so the
    administrator who asked for the account can never sign in as the person you vouched
    for. 422 located at `body.password` when it is missing then, sent otherwise, or weak."""
    target = gateway.directory.get_user(user_id)
    authorized.require_object_of(target.organisation_id, what="user")
    approve = body.decision == "approve"
    if (body.password is not None) != (approve and target.password_change_required):
        raise refused(("body", "password"), first_password_rule(approve=approve, current=target))
    if body.password is not None:
        refuse_weak_password(
            PasswordPolicy(min_length=gateway.settings.password_min_length),
            password=body.password,
            username=target.username,
            location=("body", "password"),
        )
    user = gateway.directory.decide_approval(
        user_id=user_id,
        expected_version=expected_version,
        approve=approve,
        approver_id=authorized.principal.user_id,
        approver_role=authorized.principal.role,
        password=body.password,
    )
    trail.record(
        authorized,
        action=Action.USER_APPROVE.value,
        purpose=Purpose.ADMINISTRATION,
        target_id=user.id,
    )
    response.headers["ETag"] = etag(user.version)
    return UserPublic.of(user)


@router.delete(
    "/{user_id}/second-factor",
    summary="Reset a colleague's sign-in codes (a lost phone)",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses=problem_responses(401, 403, 404, 429, 503),
)
def reset_second_factor(
    user_id: UserId,
    gateway: GatewayDep,
    trail: AuditTrailDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.SECOND_FACTOR_RESET))],
) -> Response:
    """For a colleague who lost their phone and their recovery codes: their second factor
    is taken off, and every session of theirs ends; they sign in with their password alone
    and set up codes again (an administrator, where codes are required, before anything
    else). Only a member of the account's own organisation whose role may approve it does
    this (another administrator for an administrator; an officer for their NGO's
    facilitator); never for one's own account (403). An account of another organisation is
    not found (404). An account without one answers 204 too, so a retry is safe."""
    target = gateway.directory.get_user(user_id)
    authorized.require_object_of(target.organisation_id, what="user")
    gateway.directory.reset_second_factor(
        user_id=user_id,
        actor_id=authorized.principal.user_id,
        actor_role=authorized.principal.role,
    )
    trail.record(
        authorized,
        action=Action.SECOND_FACTOR_RESET.value,
        purpose=Purpose.ADMINISTRATION,
        target_id=user_id,
    )
    return Response(status_code=status.HTTP_204_NO_CONTENT)
