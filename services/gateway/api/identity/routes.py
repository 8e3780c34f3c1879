"""Log in, refresh, log out, and who am I."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request, Response, status
from fastapi.security import OAuth2PasswordRequestForm

from gateway.api.authorization import authorize, public
from gateway.api.deps import GatewayDep, client_ip
from gateway.api.identity.schemas import (
    MePublic,
    PasswordChange,
    RecoveryCodes,
    RefreshRequest,
    SecondFactorCode,
    SecondFactorConfirmation,
    SecondFactorEnrolment,
    TokenResponse,
)
from gateway.api.password_checks import refuse_weak_password, refused
from gateway.api.problems import problem_responses
from gateway.auth.password_policy import PasswordPolicy
from gateway.auth.policy import Action
from gateway.auth.principal import Authorized
from gateway.auth.service import TokenPair
from gateway.bootstrap import Gateway
from gateway.directory.models import username_key
from gateway.errors import InvalidGrant, SamePassword, WrongCode, WrongPassword

__all__ = ["router"]

router = APIRouter(prefix="/v1", tags=["authentication"])

_MAX_USERNAME = 128
_MAX_PASSWORD = 1024
_NEW_PASSWORD = ("body", "new_password")


def _token_response(pair: TokenPair, response: Response) -> TokenResponse:
    # Tokens must not sit in shared caches (RFC 6749 §5.1).
    response.headers["Cache-Control"] = "no-store"
    return TokenResponse(
        access_token=pair.access_token,
        expires_in=pair.expires_in_s,
        refresh_token=pair.refresh_token,
    )


@router.post(
    "/auth/token",
    summary="Log in (OAuth2 password flow)",
    response_model=TokenResponse,
    dependencies=[Depends(public(Action.AUTH_TOKEN))],
    responses=problem_responses(400, 403, 422, 429, 503),
)
def issue_token(
    request: Request,
    response: Response,
    gateway: GatewayDep,
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    new_password: Annotated[
        str | None,
        Form(
            max_length=_MAX_PASSWORD,
            description="A password of the user's own, replacing `password` from this sign-in"
            " on. Required while the account holds the password an administrator gave it.",
        ),
    ] = None,
    code: Annotated[
        str | None,
        Form(
            max_length=16,
            description="The code the user's authenticator app shows, once they set up a"
            " second factor; or one of their recovery codes.",
        ),
    ] = None,
) -> TokenResponse:
    """Exchange a username and password for a short-lived access token and a refresh token.

    Send `application/x-www-form-urlencoded` with `grant_type=password`, `username` and
    `password`. Every refusal is the same `400 invalid-grant`, whether the user exists or
    not. After repeated failures from one address, that address is locked out of the
    account for a while (still answered with `invalid-grant`); other addresses are not,
    unless failures come from very many. A correct password for an organisation that has
    not been vetted yet answers `403 organisation-not-vetted`, for one a platform
    administrator has suspended `403 organisation-suspended`; for an account no member of
    its organisation has approved yet, `403 account-awaiting-approval`. While the account
    holds the password an administrator gave it, a correct one answers `403
    password-change-required`: send it again with `new_password`, a password of the user's
    own (422 at `body.new_password` when the policy refuses it or it equals the old one).
    An account with a second factor answers `403 second-factor-required` without `code`;
    a wrong code, or one already used, `400 second-factor-refused` (it counts towards the
    lock-outs like a wrong password). One of the
    account's recovery codes (`xxxxx-xxxxx`) signs in once in place of the app's code.
    Changing the password ends every other session of the user. Attempts are rate-limited
    per client address, per username and address, and per username (429 with `Retry-After`).
    """
    settings = gateway.settings
    source = gateway.pseudonym(client_ip(request))
    account = gateway.pseudonym(username_key(form.username))
    gateway.rate_limiter.check(bucket="login-ip:" + source, limit=settings.login_limit_per_ip)
    gateway.rate_limiter.check(
        bucket=f"login-user:{account}:{source}", limit=settings.login_limit_per_username
    )
    gateway.rate_limiter.check(
        bucket="login-account:" + account, limit=settings.login_limit_per_account
    )
    if len(form.username) > _MAX_USERNAME or len(form.password) > _MAX_PASSWORD:
        raise InvalidGrant("the username or password is not valid")
    if new_password is not None:
        refuse_weak_password(
            PasswordPolicy(min_length=settings.password_min_length),
            password=new_password,
            username=form.username,
            location=_NEW_PASSWORD,
        )
    try:
        pair = gateway.authenticator.login(
            username=form.username,
            password=form.password,
            source=source,
            new_password=new_password,
            code=code,
        )
    except SamePassword as error:
        raise refused(_NEW_PASSWORD, error.message) from error
    return _token_response(pair, response)


@router.post(
    "/auth/password",
    summary="Change your own password",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses=problem_responses(400, 401, 403, 422, 429, 503),
)
def change_password(
    body: PasswordChange,
    gateway: GatewayDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.PASSWORD_CHANGE))],
) -> Response:
    """Replace the caller's password: `current_password` must be right (422 at
    `body.current_password` otherwise, and it counts towards the account's lock-out), and
    `new_password` pass the password policy and differ from it (422 at
    `body.new_password`). Every session of the user ends, this one too: sign in again with
    the new password. Rate-limited per user."""
    principal = authorized.principal
    gateway.rate_limiter.check(
        bucket="password-change:" + gateway.pseudonym(principal.user_id),
        limit=gateway.settings.login_limit_per_username,
    )
    user = gateway.directory.get_user(principal.user_id)
    refuse_weak_password(
        PasswordPolicy(min_length=gateway.settings.password_min_length),
        password=body.new_password,
        username=user.username,
        location=_NEW_PASSWORD,
    )
    try:
        gateway.authenticator.change_password(
            principal=principal, current=body.current_password, new=body.new_password
        )
    except SamePassword as error:
        raise refused(_NEW_PASSWORD, error.message) from error
    except WrongPassword as error:
        raise refused(("body", "current_password"), error.message) from error
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post(
    "/auth/second-factor",
    summary="Start setting up a second factor (a code from an app)",
    response_model=SecondFactorEnrolment,
    responses=problem_responses(401, 403, 409, 429, 503),
)
def start_second_factor(
    response: Response,
    gateway: GatewayDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.SECOND_FACTOR_ENROL))],
) -> SecondFactorEnrolment:
    """A new secret for the caller's authenticator app (TOTP, RFC 6238: 6 digits every 30
    seconds), as a key to type and an `otpauth://` URI to scan. Shown this once and never
    cached (`Cache-Control: no-store`); it counts only once confirmed (`POST
    /v1/auth/second-factor/confirmation`). Starting again replaces an unconfirmed one; an
    account with a confirmed one answers 409. Platform administrators must set one up
    where the gateway requires it: until then, their session may do nothing else."""
    enrolment = gateway.authenticator.start_second_factor(principal=authorized.principal)
    response.headers["Cache-Control"] = "no-store"
    return SecondFactorEnrolment(secret=enrolment.secret, otpauth_uri=enrolment.uri)


@router.post(
    "/auth/second-factor/confirmation",
    summary="Confirm a second factor with a code from the app",
    response_model=RecoveryCodes,
    responses=problem_responses(400, 401, 403, 409, 422, 429, 503),
)
def confirm_second_factor(
    body: SecondFactorConfirmation,
    response: Response,
    gateway: GatewayDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.SECOND_FACTOR_ENROL))],
) -> RecoveryCodes:
    """From now on the account signs in with a code beside its password. Send a code from
    the app and the account's current `password` (a session alone, a stolen token, must not
    set a second factor only its holder has and lock the owner out). Answers ten recovery
    codes, shown this once and never cached (`Cache-Control: no-store`): each signs in once
    in place of the app's code, for a lost phone. Every session of the user ends, this one
    too: sign in again, with a code. A wrong password answers 422 at `body.password` (and
    counts towards the account's lock-out), a wrong code 422 at `body.code`; nothing
    started, 409."""
    try:
        return _recovery_codes(
            gateway,
            authorized,
            response,
            functools.partial(gateway.authenticator.confirm_second_factor, password=body.password),
            body.code,
        )
    except WrongPassword as error:
        raise refused(("body", "password"), error.message) from error


@router.post(
    "/auth/second-factor/recovery-codes",
    summary="New recovery codes, replacing the old ones",
    response_model=RecoveryCodes,
    responses=problem_responses(400, 401, 403, 409, 422, 429, 503),
)
def renew_recovery_codes(
    body: SecondFactorCode,
    response: Response,
    gateway: GatewayDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.SECOND_FACTOR_ENROL))],
) -> RecoveryCodes:
    """Ten new recovery codes for the caller's second factor, for a code from the app
    (taken once, like a sign-in's); every earlier recovery code stops working. Shown this
    once, never cached. A wrong code answers 422 at `body.code`; no second factor, 409.
    Rate-limited per user."""
    return _recovery_codes(
        gateway, authorized, response, gateway.authenticator.renew_recovery_codes, body.code
    )


def _recovery_codes(
    gateway: Gateway,
    authorized: Authorized,
    response: Response,
    take: Callable[..., tuple[str, ...]],
    code: str,
) -> RecoveryCodes:
    """What confirming a second factor and renewing its recovery codes share: the per-user
    limit, the app's ``code`` given to ``take`` (422 at `body.code` when wrong), and the
    recovery codes it returns, never cached."""
    gateway.rate_limiter.check(
        bucket="second-factor:" + gateway.pseudonym(authorized.principal.user_id),
        limit=gateway.settings.login_limit_per_username,
    )
    try:
        codes = take(principal=authorized.principal, code=code)
    except WrongCode as error:
        raise refused(("body", "code"), error.message) from error
    response.headers["Cache-Control"] = "no-store"
    return RecoveryCodes(recovery_codes=list(codes))


@router.post(
    "/auth/refresh",
    summary="Exchange a refresh token for new tokens",
    response_model=TokenResponse,
    dependencies=[Depends(public(Action.AUTH_REFRESH))],
    responses=problem_responses(400, 403, 422, 429, 503),
)
def refresh_token(
    body: RefreshRequest, request: Request, response: Response, gateway: GatewayDep
) -> TokenResponse:
    """Rotate: returns a new access token and a new refresh token; the old one is spent.

    Presenting a spent refresh token again means it was copied: the whole session ends
    (every token of it stops working) and the user must log in again.
    """
    gateway.rate_limiter.check(
        bucket="refresh-ip:" + gateway.pseudonym(client_ip(request)),
        limit=gateway.settings.login_limit_per_ip,
    )
    pair = gateway.authenticator.refresh(refresh_token=body.refresh_token)
    return _token_response(pair, response)


@router.post(
    "/auth/logout",
    summary="Log out: end this session",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses=problem_responses(401, 429, 503),
)
def logout(
    gateway: GatewayDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.SESSION_END))],
) -> Response:
    """Ends the session of the access token: it and the session's refresh token stop working
    at once (not only when they expire)."""
    gateway.authenticator.logout(principal=authorized.principal)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get(
    "/me",
    summary="Who am I",
    response_model=MePublic,
    responses=problem_responses(401, 503),
)
def me(authorized: Annotated[Authorized, Depends(authorize(Action.SESSION_READ))]) -> MePublic:
    """The user, organisation and role the access token stands for."""
    principal = authorized.principal
    return MePublic(
        user_id=principal.user_id,
        organisation_id=principal.organisation_id,
        role=principal.role,
        second_factor_setup_required=principal.enrolment_only,
    )
