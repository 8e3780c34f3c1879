"""Log in, refresh, log out, and who am I."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response, status
from fastapi.security import OAuth2PasswordRequestForm

from gateway.api.authorization import authorize, public
from gateway.api.deps import GatewayDep, client_ip
from gateway.api.identity.schemas import MePublic, RefreshRequest, TokenResponse
from gateway.api.problems import problem_responses
from gateway.auth.policy import Action
from gateway.auth.principal import Authorized
from gateway.auth.service import TokenPair
from gateway.directory.models import username_key
from gateway.errors import InvalidGrant

__all__ = ["router"]

router = APIRouter(prefix="/v1", tags=["authentication"])

_MAX_USERNAME = 128
_MAX_PASSWORD = 1024


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
) -> TokenResponse:
    """Exchange a username and password for a short-lived access token and a refresh token.

    Send `application/x-www-form-urlencoded` with `grant_type=password`, `username` and
    `password`. Every refusal is the same `400 invalid-grant`, whether the user exists or
    not. After repeated failures from one address, that address is locked out of the
    account for a while (still answered with `invalid-grant`); other addresses are not,
    unless failures come from very many. A correct password for an organisation that has
    not been vetted yet answers `403 organisation-not-vetted`. Attempts are rate-limited per
    client address, per username and address, and per username (429 with `Retry-After`).
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
    pair = gateway.authenticator.login(
        username=form.username, password=form.password, source=source
    )
    return _token_response(pair, response)


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
    )
