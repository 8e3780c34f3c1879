"""A stand-in for the gateway's HTTP API at the transport edge (``httpx.MockTransport``).

It answers the few routes the unit tests use, like the real gateway would: OAuth2 tokens
that rotate on refresh, 401 for a stale access token, ``/v1/me``, logout, an RFC 9457
validation problem, the vocabulary (with its ``ETag``: 304 when ``If-None-Match`` names the
current version), and an owner's opportunities (created, read, replaced; a refusal of
unknown concepts with the nearest ones, as matching sends it, for a sector or skill that is
not a concept id), and organisations (listed, read with their ``ETag``, suspended and their
suspension lifted by a platform administrator against ``If-Match``). Users of
``members`` sign in with ``PASSWORD`` like ``officer``, and are refused with ``403
organisation-suspended`` while their organisation is suspended; suspending it ends their
sessions at once. What the console sent is kept in ``requests`` for assertions.
"""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs

import httpx

PASSWORD = "correct horse battery staple"
OPPORTUNITY_ID = "opp_" + "a" * 32
#: The kinds of organisation a platform administrator may suspend (the gateway's
#: ``SUSPENDABLE_TYPES``); suspending any other answers 409.
SUSPENDABLE = frozenset({"employer", "training_provider", "peer_support"})
#: When the fake's suspensions happen (``suspended_at``).
SUSPENDED_AT = "2026-12-01T09:30:00Z"
_SUSPENSION = re.compile(r"^/v1/organisations/([^/]+)/suspension$")
_ORGANISATION = re.compile(r"^/v1/organisations/([^/]+)$")


def _concept(
    concept_id: str, kind: str, en: str, km: str, broader: tuple[str, ...] = ()
) -> dict[str, Any]:
    return {
        "id": concept_id,
        "kind": kind,
        "labels": {"en": en, "km": km},
        "broader": list(broader),
        "narrower": [],
        "related": [],
    }


#: A small vocabulary as the gateway serves it (labels in English and Khmer only: the
#: other languages fall back to English, as the gateway documents).
VOCABULARY: dict[str, Any] = {
    "version": "v1",
    "languages": ["en", "km"],
    "concepts": [
        _concept("food_service", "sector", "Restaurants, cafés and food service", "ភោជនីយដ្ឋាន"),
        _concept("manufacturing", "sector", "Factories and manufacturing", "រោងចក្រ"),
        _concept(
            "garment_manufacturing",
            "sector",
            "Garment and textile factories",
            "រោងចក្រកាត់ដេរ",
            ("manufacturing",),
        ),
        _concept("fishing_aquaculture", "sector", "Fishing and fish farming", "នេសាទ"),
        _concept("customer_service", "skill", "Customer service", "សេវាអតិថិជន"),
        _concept("barista", "skill", "Barista", "បារីស្តា", ("coffee",)),
        _concept("cooking", "interest", "Cooking", "ការធ្វើម្ហូប"),
        _concept("fishing", "interest", "Fishing", "ការនេសាទ", ("fishing_aquaculture",)),
    ],
}


@dataclass
class FakeGateway:
    requests: list[httpx.Request] = field(default_factory=list)
    valid_access: set[str] = field(default_factory=set)
    valid_refresh: set[str] = field(default_factory=set)
    logged_out: list[str] = field(default_factory=list)
    role: str = "reintegration_officer"
    #: What ``GET /v1/organisations/org_1/survivors`` answers (the caseload page).
    caseload: dict[str, Any] = field(default_factory=lambda: {"items": [], "next_cursor": None})
    vocabulary: dict[str, Any] = field(default_factory=lambda: json.loads(json.dumps(VOCABULARY)))
    #: The vocabulary's backend is down: ``GET /v1/vocabulary`` answers 503.
    vocabulary_unavailable: bool = False
    #: Opportunities by id, as the gateway would answer ``GET /v1/opportunities/{id}``.
    opportunities: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: What ``GET /v1/opportunities/{id}/shortlist`` answers.
    shortlist: list[dict[str, Any]] = field(default_factory=list)
    #: Organisations by id, as ``GET /v1/organisations`` lists them (each with ``version``,
    #: ``suspended`` and ``suspended_at``; see :func:`organisation`).
    organisations: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: Users who sign in with ``PASSWORD`` besides ``officer``: username → (organisation
    #: id, role), what ``/v1/me`` then says of them.
    members: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: Who each live token was given to (a username), so a suspension can end their sessions.
    _holders: dict[str, str] = field(default_factory=dict)
    _counter: itertools.count[int] = field(default_factory=itertools.count)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    def _tokens(self, holder: str = "officer") -> dict[str, Any]:
        n = next(self._counter)
        access, refresh = f"access-token-{n}", f"ses_1.refresh-secret-{n}"
        self.valid_access.add(access)
        self.valid_refresh.add(refresh)
        self._holders[access] = self._holders[refresh] = holder
        return {
            "access_token": access,
            "token_type": "bearer",
            "expires_in": 900,
            "refresh_token": refresh,
        }

    def expire_access_tokens(self) -> None:
        self.valid_access.clear()

    def _problem(self, status: int, slug: str, **extra: Any) -> httpx.Response:
        body = {"type": f"/problems/{slug}", "title": slug, "status": status, **extra}
        return httpx.Response(
            status, json=body, headers={"content-type": "application/problem+json"}
        )

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        path = request.url.path
        if path == "/v1/auth/token":
            form = dict(x.split("=", 1) for x in request.content.decode().split("&"))
            if form.get("username") == "officer" and form.get("password") == PASSWORD.replace(
                " ", "+"
            ):
                return httpx.Response(200, json=self._tokens())
            return self._member_sign_in(request)
        if path == "/v1/auth/refresh":
            token = json.loads(request.content)["refresh_token"]
            if token not in self.valid_refresh:
                return self._problem(400, "invalid-grant")
            self.valid_refresh.discard(token)
            return httpx.Response(200, json=self._tokens(self._holders.get(token, "officer")))
        bearer = request.headers.get("authorization", "").removeprefix("Bearer ")
        if bearer not in self.valid_access:
            return self._problem(401, "unauthenticated")
        if path == "/v1/auth/logout":
            self.logged_out.append(bearer)
            self.valid_access.discard(bearer)
            return httpx.Response(204)
        if path == "/v1/me":
            holder = self._holders.get(bearer, "officer")
            organisation_id, role = self.members.get(holder, ("org_1", self.role))
            return httpx.Response(
                200,
                json={
                    "user_id": "usr_1" if holder == "officer" else f"usr_{holder}",
                    "organisation_id": organisation_id,
                    "role": role,
                },
            )
        if path == "/v1/organisations" and request.method == "GET":
            items = list(self.organisations.values())
            return httpx.Response(200, json={"items": items, "next_cursor": None})
        one = _ORGANISATION.match(path)
        if one and request.method == "GET" and one.group(1) in self.organisations:
            organisation = self.organisations[one.group(1)]
            return httpx.Response(
                200, json=organisation, headers={"ETag": f'"{organisation["version"]}"'}
            )
        suspension = _SUSPENSION.match(path)
        if suspension and request.method in {"POST", "DELETE"}:
            return self._suspension(request, suspension.group(1))
        if path == "/v1/vocabulary" and request.method == "GET":
            return self._vocabulary(request)
        if path == "/v1/organisations/org_1/opportunities" and request.method == "POST":
            return self._save_opportunity(request, OPPORTUNITY_ID, version=1)
        if path.startswith("/v1/opportunities/"):
            found = self._opportunity(request, path.split("/")[3])
            if found is not None:
                return found
        if path == "/v1/survivors/srv_broken":  # a gateway answering garbage
            return httpx.Response(200, content=b"<html>not json</html>")
        if path == "/v1/organisations/org_1/survivors" and request.method == "GET":
            return httpx.Response(200, json=self.caseload)
        if path == "/v1/organisations/org_1/survivors" and request.method == "POST":
            if "Idempotency-Key" not in request.headers:
                return self._problem(400, "idempotency-key-required")
            return self._problem(
                422,
                "validation-error",
                errors=[{"loc": ["body", "profile", "residence", "country"], "msg": "bad"}],
            )
        return self._problem(404, "not-found")

    def _vocabulary(self, request: httpx.Request) -> httpx.Response:
        if self.vocabulary_unavailable:
            return self._problem(503, "backend-unavailable")
        tag = f'"{self.vocabulary["version"]}"'
        headers = {"ETag": tag, "Cache-Control": "public, max-age=300"}
        if request.headers.get("if-none-match") == tag:
            return httpx.Response(304, headers=headers)
        return httpx.Response(200, json=self.vocabulary, headers=headers)

    def _unknown_concepts(self, body: dict[str, Any]) -> list[dict[str, Any]]:
        """Like matching: each tag that is not a concept id, located, with the nearest ids."""
        known = {c["id"] for c in self.vocabulary["concepts"]}
        located = [(["sector"], body.get("sector", ""))] + [
            ([name, str(i)], value)
            for name in ("skills_required", "skills_taught")
            for i, value in enumerate(body.get(name) or [])
        ]
        return [
            {
                "loc": ["body", *loc],
                "msg": "not a vocabulary concept; see GET /v1/vocabulary",
                "suggestions": sorted(k for k in known if k.split("_")[0] in value)[:5],
            }
            for loc, value in located
            if value and value not in known
        ]

    def _save_opportunity(
        self, request: httpx.Request, opportunity_id: str, *, version: int
    ) -> httpx.Response:
        if request.method == "POST" and "Idempotency-Key" not in request.headers:
            return self._problem(400, "idempotency-key-required")
        body = json.loads(request.content)
        refused = self._unknown_concepts(body)
        if (body.get("location") or {}).get("district") == "Nowhere":
            # As the gateway refuses a district its gazetteer does not know: the place as a
            # whole, asking for coordinates.
            refused.append({"loc": ["body", "location"], "msg": "send its coordinates"})
        if refused:
            return self._problem(422, "validation-error", errors=refused)
        saved = {
            **body,
            "id": opportunity_id,
            "organisation_id": "org_1",
            "status": "open",
            "version": version,
        }
        self.opportunities[opportunity_id] = saved
        return httpx.Response(201 if request.method == "POST" else 200, json=saved)

    def _opportunity(self, request: httpx.Request, opportunity_id: str) -> httpx.Response | None:
        current = self.opportunities.get(opportunity_id)
        if current is None:
            return None
        rest = request.url.path.removeprefix(f"/v1/opportunities/{opportunity_id}")
        if rest == "" and request.method == "GET":
            return httpx.Response(200, json=current)
        if rest == "" and request.method == "PUT":
            if request.headers.get("if-match") != f'"{current["version"]}"':
                return self._problem(412, "precondition-failed")
            return self._save_opportunity(request, opportunity_id, version=current["version"] + 1)
        if rest == "/shortlist" and request.method == "GET":
            return httpx.Response(200, json={"items": self.shortlist, "next_cursor": None})
        return None

    # --- organisations: suspension --------------------------------------------------------

    def _member_sign_in(self, request: httpx.Request) -> httpx.Response:
        """A member's right password: tokens, or 403 ``organisation-suspended`` while their
        organisation is suspended (the gateway says so only after the right password)."""
        form = {k: v[0] for k, v in parse_qs(request.content.decode()).items()}
        username = form.get("username", "")
        if username not in self.members or form.get("password") != PASSWORD:
            return self._problem(400, "invalid-grant")
        organisation = self.organisations.get(self.members[username][0], {})
        if organisation.get("suspended"):
            return self._problem(403, "organisation-suspended")
        return httpx.Response(200, json=self._tokens(username))

    def _suspension(self, request: httpx.Request, organisation_id: str) -> httpx.Response:
        """``POST`` suspends, ``DELETE`` lifts: platform administrators only, the current
        version in ``If-Match`` (412 otherwise, 428 without), an ``Idempotency-Key`` on the
        POST; a kind that cannot be suspended answers 409; asking for the state it is
        already in answers 200 and changes nothing."""
        if self.role != "platform_admin":
            return self._problem(403, "forbidden")
        if request.method == "POST" and "idempotency-key" not in request.headers:
            return self._problem(400, "idempotency-key-required")
        organisation = self.organisations.get(organisation_id)
        if organisation is None:
            return self._problem(404, "not-found")
        expected = request.headers.get("if-match")
        if expected is None:
            return self._problem(428, "precondition-required")
        if expected != f'"{organisation["version"]}"':
            return self._problem(412, "precondition-failed")
        if organisation["type"] not in SUSPENDABLE:
            return self._problem(409, "conflict", detail="this kind cannot be suspended")
        suspended = request.method == "POST"
        if organisation.get("suspended", False) is not suspended:
            organisation["suspended"] = suspended
            organisation["suspended_at"] = SUSPENDED_AT if suspended else None
            organisation["version"] += 1
            if suspended:
                self._end_sessions_of(organisation_id)
        return httpx.Response(
            200, json=organisation, headers={"ETag": f'"{organisation["version"]}"'}
        )

    def _end_sessions_of(self, organisation_id: str) -> None:
        members = {u for u, (o, _role) in self.members.items() if o == organisation_id}
        for token, holder in list(self._holders.items()):
            if holder in members:
                self.valid_access.discard(token)
                self.valid_refresh.discard(token)


def organisation(
    organisation_id: str, name: str, kind: str, *, version: int = 1, suspended: bool = False
) -> dict[str, Any]:
    """An organisation as the gateway reads it out (``OrganisationPublic``)."""
    vetted = kind in {"employer", "training_provider"}
    return {
        "id": organisation_id,
        "name": name,
        "type": kind,
        "country": "KH",
        "vetting": "vetted" if vetted else "not_required",
        "version": version,
        "suspendable": kind in SUSPENDABLE,
        "suspended": suspended,
        "suspended_at": SUSPENDED_AT if suspended else None,
        "created_at": datetime(2026, 1, 5, tzinfo=UTC).isoformat(),
    }
