"""An administrator's partnerships pages: which organisations' peer groups an NGO shares
its survivors with, listed by name, added by picking, stopped after a confirmation."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from console.partnerships import PARTNER_KINDS, partner_choices
from tests.unit.console.conftest import Clock, csrf_of, make_client
from tests.unit.console.fake_gateway import PASSWORD, FakeGateway

NGO = "org_ngo_mekong"
OTHER_NGO = "org_ngo_riverside"
PEER = "org_peer_circle"
SECOND_PEER = "org_peer_anchor"
EMPLOYER = "org_emp_garments"
LATE_PEER = "org_peer_late"  # on the second page of the organisations list

ORGANISATIONS = [
    {"id": NGO, "name": "Mekong Freedom NGO", "type": "ngo"},
    {"id": PEER, "name": "Survivors' Circle", "type": "peer_support"},
    {"id": EMPLOYER, "name": "Garments Co.", "type": "employer"},
    {"id": OTHER_NGO, "name": "Riverside Shelter", "type": "ngo"},
    {"id": SECOND_PEER, "name": "anchor group", "type": "peer_support"},
    {"id": LATE_PEER, "name": "Late Bloom Circle", "type": "peer_support"},
]
#: The gateway's rule (``check_partnership``): kinds whose facilitators run peer groups.
RUNS_GROUPS = {"ngo", "peer_support"}
PARTNERS = re.compile(r"^/v1/organisations/([^/]+)/partners(?:/([^/]+))?(/acceptance)?$")


class PartnershipGateway(FakeGateway):
    """The fake gateway, plus organisations (two pages) and partnerships, refusing as the
    real one does: 404 for an unknown organisation or partnership, 422 for kinds that do
    not fit or an NGO with itself."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.organisations = {o["id"]: {**o, "country": "KH"} for o in ORGANISATIONS}
        self.partnerships: dict[tuple[str, str], str] = {}
        #: (NGO, partner) -> when an officer of the NGO accepted it.
        self.accepted: dict[tuple[str, str], str] = {}
        #: When set, every PUT answers this problem (a rule the console cannot know).
        self.refuse_with: tuple[int, str] | None = None

    def _public(self, ngo: str, partner: str) -> dict[str, Any]:
        return {
            "organisation_id": ngo,
            "organisation_name": self.organisations[ngo]["name"],
            "partner_id": partner,
            "partner_name": self.organisations[partner]["name"],
            "created_at": self.partnerships[(ngo, partner)],
            "accepted_at": self.accepted.get((ngo, partner)),
        }

    def handle(self, request: httpx.Request) -> httpx.Response:
        bearer = request.headers.get("authorization", "").removeprefix("Bearer ")
        path = request.url.path
        if bearer not in self.valid_access or not path.startswith("/v1/organisations"):
            return super().handle(request)
        self.requests.append(request)
        if path == "/v1/organisations" and request.method == "GET":
            every = list(self.organisations.values())
            if request.url.params.get("cursor") == "page-2":
                return httpx.Response(200, json={"items": every[5:], "next_cursor": None})
            return httpx.Response(200, json={"items": every[:5], "next_cursor": "page-2"})
        found = PARTNERS.match(path)
        if found is None:
            organisation = self.organisations.get(path.rsplit("/", 1)[-1])
            if organisation is not None and request.method == "GET":
                return httpx.Response(200, json=organisation)
            return self._problem(404, "not-found")
        ngo, partner = found.group(1), found.group(2)
        if ngo not in self.organisations or (partner and partner not in self.organisations):
            return self._problem(404, "not-found", detail="no such organisation")
        if partner is None and request.method == "GET":
            return httpx.Response(
                200,
                json={
                    "organisation_id": ngo,
                    "shares_with": [self._public(n, p) for n, p in self.partnerships if n == ngo],
                    "draws_from": [self._public(n, p) for n, p in self.partnerships if p == ngo],
                },
                headers={"Cache-Control": "no-store"},
            )
        if partner is not None and request.method == "PUT":
            if self.refuse_with is not None:
                return self._problem(*self.refuse_with)
            if (
                ngo == partner
                or self.organisations[ngo]["type"] != "ngo"
                or self.organisations[partner]["type"] not in RUNS_GROUPS
            ):
                return self._problem(422, "invalid-request")
            self.partnerships.setdefault((ngo, partner), "2026-11-30T08:00:00Z")
            return httpx.Response(200, json=self._public(ngo, partner))
        if found.group(3) and request.method == "POST":
            if (ngo, partner) not in self.partnerships:
                return self._problem(404, "not-found", detail="no such partnership")
            self.accepted.setdefault((ngo, partner), "2026-12-01T09:00:00Z")
            return httpx.Response(200, json=self._public(ngo, partner))
        if partner is not None and request.method == "DELETE":
            if self.partnerships.pop((ngo, partner), None) is None:
                return self._problem(404, "not-found", detail="no such partnership")
            return httpx.Response(204)
        return self._problem(404, "not-found")

    def changes(self) -> list[tuple[str, str]]:
        return [
            (r.method, r.url.path) for r in self.requests if r.method in {"PUT", "DELETE", "POST"}
        ]


def _signed_in(role: str = "platform_admin") -> tuple[TestClient, PartnershipGateway]:
    gateway = PartnershipGateway(role=role)
    client = make_client(gateway, Clock())
    answer = client.post(
        "/sign-in",
        data={
            "csrf_token": csrf_of(client, "/sign-in"),
            "username": "officer",
            "password": PASSWORD,
        },
    )
    assert answer.status_code == 303
    return client, gateway


def _offered(page: str) -> list[str]:
    """The organisation ids the partner choice offers, in the order shown."""
    select = page.split('<select id="partner_id"', 1)[1].split("</select>", 1)[0]
    return [v for v in re.findall(r'<option value="([^"]*)"', select) if v]


PAGE = f"/admin/organisations/{NGO}/partners"


def test_each_ngo_on_the_organisations_page_leads_to_its_partnerships() -> None:
    client, _gateway = _signed_in()
    with client:
        page = client.get("/admin/organisations").text
    assert f'href="/admin/organisations/{NGO}/partners"' in page
    assert f'href="/admin/organisations/{OTHER_NGO}/partners"' in page
    # Only NGOs share survivors: an employer or a peer-support organisation has no link.
    assert f"/admin/organisations/{EMPLOYER}/partners" not in page
    assert f"/admin/organisations/{PEER}/partners" not in page


def test_an_administrator_sees_whom_an_ngo_shares_with_by_name_and_what_sharing_means() -> None:
    client, gateway = _signed_in()
    gateway.partnerships[(NGO, PEER)] = "2026-11-20T08:00:00Z"
    gateway.accepted[(NGO, PEER)] = "2026-11-30T08:00:00Z"
    gateway.partnerships[(NGO, SECOND_PEER)] = "2026-11-30T08:00:00Z"
    gateway.partnerships[(OTHER_NGO, NGO)] = "2026-11-29T08:00:00Z"
    with client:
        answer = client.get(PAGE)
    assert answer.status_code == 200
    assert answer.headers["cache-control"] == "no-store"
    page = answer.text
    shared = page.split('<table class="partners">', 1)[1].split("</table>", 1)[0]
    assert "Survivors&#39; Circle" in shared  # the partner's name, not only its id
    assert "Peer-support organisation" in shared  # its kind in words, not "peer_support"
    assert "Nov 30, 2026" in shared  # CLDR English (medium) date: shared since accepted
    assert "Nov 20, 2026" not in shared
    assert "Waiting for the NGO to accept" in shared  # proposed, not accepted: not shared
    assert "alias level" in page  # what sharing means, in one sentence
    # The NGOs sharing with this one (it runs groups too) are named as well.
    assert "Riverside Shelter" in page.split('class="draws-from"', 1)[1]
    title = re.search(r"<title>(.*)</title>", page)
    assert title is not None
    assert "Mekong" not in title.group(1)


def test_the_choice_offers_only_organisations_that_run_groups_and_not_yet_partners() -> None:
    client, gateway = _signed_in()
    gateway.partnerships[(NGO, PEER)] = "2026-11-30T08:00:00Z"
    with client:
        offered = _offered(client.get(PAGE).text)
    # Peer-support organisations first, then NGOs, each by name regardless of case; never
    # the NGO itself, an employer or a partner already set; the second page of the list
    # is read too.
    assert offered == [SECOND_PEER, LATE_PEER, OTHER_NGO]


def test_sharing_sets_the_partnership_and_lists_the_partner() -> None:
    client, gateway = _signed_in()
    with client:
        answer = client.post(PAGE, data={"csrf_token": csrf_of(client, PAGE), "partner_id": PEER})
        assert answer.status_code == 303
        assert answer.headers["location"] == f"{PAGE}?done=added"
        page = client.get(answer.headers["location"]).text
    assert ("PUT", f"/v1/organisations/{NGO}/partners/{PEER}") in gateway.changes()
    assert (NGO, PEER) in gateway.partnerships
    assert 'role="status"' in page
    assert "Survivors&#39; Circle" in page.split('<table class="partners">', 1)[1]
    assert PEER not in _offered(page)  # a partner is not offered twice


@pytest.mark.parametrize(
    ("refused", "beside"),
    [
        ((422, "invalid-request"), "Choose an organisation that runs peer groups"),
        ((404, "not-found"), "Pathways does not know this organisation"),
        ((409, "conflict"), "as many partnerships as Pathways allows"),
    ],
)
def test_a_refusal_is_shown_beside_the_choice(refused: tuple[int, str], beside: str) -> None:
    client, gateway = _signed_in()
    gateway.refuse_with = refused
    with client:
        answer = client.post(PAGE, data={"csrf_token": csrf_of(client, PAGE), "partner_id": PEER})
    assert answer.status_code == 422
    assert answer.headers["cache-control"] == "no-store"
    page = answer.text
    assert 'class="problem" role="alert"' in page
    assert 'aria-invalid="true" aria-describedby="partner_id-error"' in page
    error = re.search(r'<p class="field-error" id="partner_id-error">([^<]*)</p>', page)
    assert error is not None
    assert beside in error.group(1)
    assert gateway.partnerships == {}


def test_an_employer_forged_into_the_form_is_refused_by_the_gateways_rule() -> None:
    client, gateway = _signed_in()
    with client:
        answer = client.post(
            PAGE, data={"csrf_token": csrf_of(client, PAGE), "partner_id": EMPLOYER}
        )
    assert answer.status_code == 422
    assert "partner_id-error" in answer.text
    assert gateway.partnerships == {}


def test_nothing_chosen_is_refused_without_asking_the_gateway() -> None:
    client, gateway = _signed_in()
    with client:
        answer = client.post(PAGE, data={"csrf_token": csrf_of(client, PAGE), "partner_id": ""})
    assert answer.status_code == 422
    assert "partner_id-error" in answer.text
    assert gateway.changes() == [("POST", "/v1/auth/token")]


def test_stopping_asks_first_then_removes_the_partnership() -> None:
    client, gateway = _signed_in()
    gateway.partnerships[(NGO, PEER)] = "2026-11-30T08:00:00Z"
    removal = f"{PAGE}/{PEER}/removal"
    with client:
        listed = client.get(PAGE).text
        assert f'href="{removal}"' in listed  # the row's button leads to the confirmation
        confirm = client.get(removal)
        assert confirm.status_code == 200
        assert confirm.headers["cache-control"] == "no-store"
        # Nothing changed by looking at the confirmation.
        assert (NGO, PEER) in gateway.partnerships
        assert "Stop sharing with Survivors&#39; Circle?" in confirm.text
        assert "Mekong Freedom NGO" in confirm.text
        assert f'href="{PAGE}"' in confirm.text  # cancel goes back
        token = re.search(r'name="csrf_token" value="([^"]+)"', confirm.text)
        assert token is not None
        answer = client.post(removal, data={"csrf_token": token.group(1)})
        assert answer.status_code == 303
        assert answer.headers["location"] == f"{PAGE}?done=removed"
        page = client.get(answer.headers["location"]).text
    assert ("DELETE", f"/v1/organisations/{NGO}/partners/{PEER}") in gateway.changes()
    assert gateway.partnerships == {}
    assert '<table class="partners">' not in page
    assert PEER in _offered(page)  # it can be chosen again


def test_a_partnership_ended_meanwhile_says_so_and_shows_the_list() -> None:
    client, gateway = _signed_in()
    gateway.partnerships[(NGO, PEER)] = "2026-11-30T08:00:00Z"
    removal = f"{PAGE}/{PEER}/removal"
    with client:
        token = csrf_of(client, removal)
        gateway.partnerships.clear()  # someone else stopped it
        answer = client.post(removal, data={"csrf_token": token})
        assert answer.status_code == 404
        assert "had already ended" in answer.text
        assert client.get(removal).status_code == 404  # no confirmation for what is not


def test_partnership_forms_without_a_csrf_token_reach_no_gateway_route() -> None:
    client, gateway = _signed_in()
    gateway.partnerships[(NGO, PEER)] = "2026-11-30T08:00:00Z"
    with client:
        before = len(gateway.requests)
        assert client.post(PAGE, data={"partner_id": SECOND_PEER}).status_code == 403
        assert client.post(f"{PAGE}/{PEER}/removal", data={}).status_code == 403
        assert len(gateway.requests) == before
    assert gateway.partnerships == {(NGO, PEER): "2026-11-30T08:00:00Z"}


@pytest.mark.parametrize("role", ["reintegration_officer", "facilitator", "employer"])
def test_only_a_platform_administrator_reaches_partnerships(role: str) -> None:
    client, gateway = _signed_in(role)
    gateway.partnerships[(NGO, PEER)] = "2026-11-30T08:00:00Z"
    with client:
        token = csrf_of(client, "/sign-in")
        for path in (PAGE, f"{PAGE}/{PEER}/removal"):
            answer = client.get(path)
            assert answer.status_code == 403, path
            assert "Your role cannot do this." in answer.text
        assert (
            client.post(PAGE, data={"csrf_token": token, "partner_id": SECOND_PEER}).status_code
            == 403
        )
        assert client.post(f"{PAGE}/{PEER}/removal", data={"csrf_token": token}).status_code == 403
    assert not any("/partners" in path for _method, path in gateway.changes())
    assert not any(r.url.path.startswith("/v1/organisations") for r in gateway.requests)


@pytest.mark.parametrize("organisation_id", [PEER, EMPLOYER, "org_nobody", "not an id!"])
def test_only_an_ngo_has_a_partnerships_page(organisation_id: str) -> None:
    client, _gateway = _signed_in()
    with client:
        answer = client.get(f"/admin/organisations/{organisation_id}/partners")
    assert answer.status_code == 404
    assert "This page does not exist" in answer.text


def test_the_partnerships_page_reads_in_khmer() -> None:
    client, _gateway = _signed_in()
    with client:
        client.post(
            "/language", data={"csrf_token": csrf_of(client, PAGE), "language": "km", "next": PAGE}
        )
        page = client.get(PAGE).text
    assert '<html lang="km">' in page
    heading = re.search(r"<h1>(.*)</h1>", page)
    assert heading is not None
    assert "Partnerships" not in heading.group(1)  # translated, not English
    assert "Mekong Freedom NGO" in heading.group(1)  # the name as the organisation wrote it


def test_choices_are_grouped_by_kind_and_sorted_by_name() -> None:
    organisations = [
        {"id": "o3", "name": "zeta circle", "type": "peer_support"},
        {"id": "o1", "name": "Alpha Circle", "type": "peer_support"},
        {"id": "o2", "name": "Beta NGO", "type": "ngo"},
        {"id": "o4", "name": "Acme", "type": "employer"},
        {"id": "o5", "name": "Provider", "type": "training_provider"},
        {"id": "me", "name": "Myself", "type": "ngo"},
    ]
    found = partner_choices(organisations, ngo_id="me", partner_ids=["o2"])
    assert [(kind, [o["id"] for o in group]) for kind, group in found] == [
        ("peer_support", ["o1", "o3"]),
    ]


def test_the_console_offers_the_kinds_the_gateway_lets_run_groups() -> None:
    """The console's list of kinds (and this fake's rule) follow the gateway's table of who
    may work where: an organisation runs peer groups when facilitators may work for it."""
    from gateway.auth.roles import ROLES_BY_ORGANISATION_TYPE, Role

    runs_groups = {
        str(kind) for kind, roles in ROLES_BY_ORGANISATION_TYPE.items() if Role.FACILITATOR in roles
    }
    assert set(PARTNER_KINDS) == runs_groups == RUNS_GROUPS


def test_an_officer_accepts_or_stops_their_own_ngos_partnerships() -> None:
    client, gateway = _signed_in(role="reintegration_officer")
    own = "org_1"  # the fake gateway's officer's organisation
    gateway.organisations[own] = {"id": own, "name": "Own NGO", "type": "ngo", "country": "KH"}
    gateway.partnerships[(own, PEER)] = "2026-11-30T08:00:00Z"
    with client:
        page = client.get("/sharing")
        assert page.status_code == 200
        assert "Waiting for your acceptance" in page.text
        accepted = client.post(
            f"/sharing/{PEER}/acceptance", data={"csrf_token": csrf_of(client, "/sharing")}
        )
        assert accepted.status_code == 303
        assert accepted.headers["location"] == "/sharing?done=accepted"
        assert ("POST", f"/v1/organisations/{own}/partners/{PEER}/acceptance") in (
            gateway.changes()
        )
        shown = client.get("/sharing?done=accepted").text
        assert "Shared since" in shown
        assert "From now on, the partner" in shown
        # Stopping asks first; only the confirmation's button acts.
        asked = client.get(f"/sharing/{PEER}/removal")
        assert asked.status_code == 200
        assert ("DELETE", f"/v1/organisations/{own}/partners/{PEER}") not in gateway.changes()
        stopped = client.post(
            f"/sharing/{PEER}/removal",
            data={"csrf_token": csrf_of(client, f"/sharing/{PEER}/removal")},
        )
        assert stopped.status_code == 303
        assert ("DELETE", f"/v1/organisations/{own}/partners/{PEER}") in gateway.changes()
        # Another NGO's partnership is not on this page: not found.
        assert client.get(f"/sharing/{SECOND_PEER}/removal").status_code == 404


def test_only_officers_have_a_sharing_page() -> None:
    client, _gateway = _signed_in(role="facilitator")
    with client:
        assert client.get("/sharing").status_code == 403
