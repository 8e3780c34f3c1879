"""The console's one back end: the gateway's public REST API over HTTP (httpx).

Tokens live in the server-side :class:`~console.sessions.Session`; this module is the only
place that reads them. An access token close to expiry, or answered 401, is refreshed
quietly with the session's rotating refresh token, once; if that fails the user is signed
out (:class:`SignedOut`). Every POST carries an ``Idempotency-Key`` (the gateway requires
it): forms carry one made when the form was drawn, so a double submit is replayed, not
repeated.

Every call names the browser's address in ``X-Forwarded-For``: the gateway limits sign-ins
and writes per client address, and without it every person using the console would share
the console's one address (and its limits). The gateway believes the header only from the
proxies it trusts (``PATHWAYS_TRUSTED_PROXIES``); it must list the console's address, and
no address other clients share (``PATHWAYS_CONSOLE_GATEWAY_SOURCE_ADDRESS`` gives the
console one of its own on a shared host), and where other programs may still send from
that address, the key the gateway asks for (``PATHWAYS_GATEWAY_PROXY_KEY``).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from console.sessions import Session, Tokens

__all__ = ["GatewayClient", "GatewayProblem", "SessionCaller", "SignedOut", "TokenGrant"]

#: The header the gateway's trusted proxies show its key in (``gateway.trusted_proxies``).
PROXY_KEY_HEADER = "X-Pathways-Proxy-Key"
#: Refresh this many seconds before the access token expires (clock skew, slow calls).
_REFRESH_MARGIN_S = 60


class SignedOut(Exception):
    """The gateway no longer accepts this session: sign in again."""


class GatewayProblem(Exception):
    """An RFC 9457 problem answered by the gateway (only its fixed, data-free members)."""

    def __init__(
        self, *, status: int, type: str, errors: list[dict[str, Any]] | None = None
    ) -> None:
        super().__init__(status, type)
        self.status = status
        self.type = type
        self.errors = errors or []

    @property
    def slug(self) -> str:
        return self.type.rsplit("/", 1)[-1]

    def field_errors(self) -> dict[str, str]:
        """``{"profile.age_band": "msg"}`` from a validation problem's ``errors``."""
        found: dict[str, str] = {}
        for error in self.errors:
            loc = [str(part) for part in error.get("loc", []) if part != "body"]
            if loc:
                found.setdefault(".".join(loc), str(error.get("msg", "")))
        return found


@dataclass(frozen=True)
class TokenGrant:
    access_token: str
    refresh_token: str
    expires_in: int


def _problem(response: httpx.Response) -> GatewayProblem:
    try:
        body = response.json()
    except ValueError:
        body = {}
    if not isinstance(body, dict):
        body = {}
    found = body.get("errors")
    errors: list[Any] = found if isinstance(found, list) else []
    return GatewayProblem(
        status=response.status_code,
        type=str(body.get("type", f"/problems/http-{response.status_code}")),
        errors=[e for e in errors if isinstance(e, dict)],
    )


def _grant(response: httpx.Response) -> TokenGrant:
    if response.status_code != 200:
        raise _problem(response)
    body = response.json()
    return TokenGrant(
        access_token=str(body["access_token"]),
        refresh_token=str(body["refresh_token"]),
        expires_in=int(body.get("expires_in", 900)),
    )


class GatewayClient:
    """One pooled HTTP client for the whole process (``transport`` only for tests)."""

    def __init__(
        self,
        base_url: str,
        *,
        timeout_s: float,
        clock: Callable[[], float],
        transport: httpx.BaseTransport | None = None,
        source_address: str = "",
        proxy_key: str | None = None,
    ) -> None:
        if transport is None and source_address:
            transport = httpx.HTTPTransport(local_address=source_address)
        # Shown on every call: the gateway believes X-Forwarded-For only with it, when set.
        headers = {PROXY_KEY_HEADER: proxy_key} if proxy_key else {}
        self._http = httpx.Client(
            base_url=base_url, timeout=timeout_s, transport=transport, headers=headers
        )
        self._clock = clock

    def close(self) -> None:
        self._http.close()

    def tokens_of(self, grant: TokenGrant) -> Tokens:
        return Tokens(
            access_token=grant.access_token,
            refresh_token=grant.refresh_token,
            refresh_after=self._clock() + max(grant.expires_in - _REFRESH_MARGIN_S, 0),
        )

    def login(
        self,
        username: str,
        password: str,
        *,
        client_address: str,
        new_password: str | None = None,
        code: str | None = None,
    ) -> TokenGrant:
        """``new_password``: the user's own, replacing ``password`` from this sign-in on (the
        gateway asks for it while the account holds an administrator's password); ``code``:
        from their authenticator app, once they set up a second factor."""
        data = {"grant_type": "password", "username": username, "password": password}
        if new_password is not None:
            data["new_password"] = new_password
        if code is not None:
            data["code"] = code
        return _grant(
            self._http.post("/v1/auth/token", data=data, headers=_forwarded(client_address))
        )

    def refresh(self, refresh_token: str, *, client_address: str) -> TokenGrant:
        return _grant(
            self._http.post(
                "/v1/auth/refresh",
                json={"refresh_token": refresh_token},
                headers=_forwarded(client_address),
            )
        )

    def end_session(self, refresh_token: str) -> None:
        """Ends the gateway session a refresh token belongs to, when the access token may
        have expired (a console session that timed out): one refresh, then logout.
        Failures are nobody's problem: a session already over needs no ending."""
        try:
            grant = self.refresh(refresh_token, client_address="")
        except (GatewayProblem, httpx.HTTPError):
            return
        self.logout(grant.access_token)

    def logout(self, access_token: str) -> None:
        """Ends the gateway session (every token of it); failures are not the user's problem."""
        try:
            self._http.post("/v1/auth/logout", headers={"Authorization": f"Bearer {access_token}"})
        except httpx.HTTPError:
            return

    def send(
        self,
        method: str,
        path: str,
        *,
        access_token: str,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        client_address: str,
    ) -> httpx.Response:
        return self._http.request(
            method,
            path,
            json=json,
            params=params,
            headers={
                "Authorization": f"Bearer {access_token}",
                **_forwarded(client_address),
                **(headers or {}),
            },
        )

    def for_session(self, session: Session, *, client_address: str) -> SessionCaller:
        """Calls for ``session``, on behalf of the browser at ``client_address``."""
        return SessionCaller(self, session, self._clock, client_address=client_address)


def _forwarded(client_address: str) -> dict[str, str]:
    return {"X-Forwarded-For": client_address} if client_address else {}


class SessionCaller:
    """Calls on behalf of one signed-in session, refreshing its tokens when needed."""

    def __init__(
        self,
        client: GatewayClient,
        session: Session,
        clock: Callable[[], float],
        *,
        client_address: str,
    ) -> None:
        self._client = client
        self._session = session
        self._clock = clock
        self._client_address = client_address

    def _tokens(self, *, force_refresh: bool = False) -> Tokens:
        session = self._session
        with session.lock:
            tokens = session.tokens
            if tokens is None:
                raise SignedOut
            if force_refresh or self._clock() >= tokens.refresh_after:
                try:
                    grant = self._client.refresh(
                        tokens.refresh_token, client_address=self._client_address
                    )
                except GatewayProblem as problem:
                    session.tokens = None
                    raise SignedOut from problem
                session.tokens = self._client.tokens_of(grant)
            assert session.tokens is not None
            return session.tokens

    def call(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        idempotency_key: str | None = None,
    ) -> Any:
        """The decoded JSON body of a 2xx answer (None for 204); a problem raises."""
        extra = dict(headers or {})
        if method == "POST":
            extra["Idempotency-Key"] = idempotency_key or uuid.uuid4().hex
        response = self._client.send(
            method,
            path,
            access_token=self._tokens().access_token,
            json=json,
            params=params,
            headers=extra,
            client_address=self._client_address,
        )
        if response.status_code == 401:
            response = self._client.send(
                method,
                path,
                access_token=self._tokens(force_refresh=True).access_token,
                json=json,
                params=params,
                headers=extra,
                client_address=self._client_address,
            )
            if response.status_code == 401:
                self._session.tokens = None
                raise SignedOut
        if not 200 <= response.status_code < 300:
            raise _problem(response)
        if response.status_code == 204 or not response.content:
            return None
        return response.json()
