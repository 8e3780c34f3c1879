"""A platform administrator suspends an employer, training provider or peer-support
organisation, after a confirmation that says what it does (its users are signed out and
cannot sign in; its jobs and courses are offered to no one), and lifts the suspension; a
user of a suspended organisation is told so at sign-in, in their language, and nothing
more. The gateway's contract: ``POST``/``DELETE /v1/organisations/{id}/suspension`` with
the organisation's version in ``If-Match`` (412 when stale, 409 for an NGO or the
platform), and ``403 organisation-suspended`` for a right password."""

from __future__ import annotations

import html
import re

import httpx
import httpx2
import pytest
from fastapi.testclient import TestClient

from tests.unit.console.conftest import Clock, csrf_in, make_client, notice_of, officer_client
from tests.unit.console.fake_gateway import PASSWORD, FakeGateway, organisation

EMPLOYER = "org_emp_garments"
PROVIDER = "org_trn_skills"
PEERS = "org_peer_circle"
NGO = "org_ngo_mekong"
PLATFORM = "org_platform"
MEMBER = "dara.hr"  # an employer's user, of Garments Co.

SUSPENDED_NOTICE = (
    "Suspended: its users are signed out and its opportunities are offered to no one."
)
SUSPENDED_AT_SIGN_IN = (
    "Your organisation's access has been suspended. Contact the platform administrators."
)


def _gateway(*, role: str = "platform_admin", suspended: bool = False) -> FakeGateway:
    gateway = FakeGateway(role=role)
    gateway.organisations = {
        o["id"]: o
        for o in (
            organisation(EMPLOYER, "Garments Co.", "employer", version=3, suspended=suspended),
            organisation(PROVIDER, "Skills Centre", "training_provider"),
            organisation(PEERS, "Sunrise Circle", "peer_support"),
            organisation(NGO, "Mekong Freedom NGO", "ngo"),
            organisation(PLATFORM, "Pathways", "platform"),
        )
    }
    gateway.members = {MEMBER: (EMPLOYER, "employer")}
    return gateway


def _row(page: str, name: str) -> str:
    found = re.search(rf"<tr>\s*<td>{re.escape(name)}</td>(.*?)</tr>", page, re.DOTALL)
    assert found, name
    return found.group(1)


def _suspension_calls(gateway: FakeGateway) -> list[httpx.Request]:
    return [r for r in gateway.requests if r.url.path.endswith("/suspension")]


def _confirm_form(page: str) -> tuple[str, dict[str, str]]:
    """The confirmation's form: where "Yes" posts and what it sends."""
    form = page.split('<form method="post"', 1)[1].split("</form>", 1)[0]
    action = re.search(r'action="([^"]+)"', form)
    assert action
    return action.group(1), dict(re.findall(r'name="([^"]+)" value="([^"]*)"', form))


def _lift_form(page: str, name: str) -> tuple[str, dict[str, str]]:
    row = _row(page, name)
    form = row.split('<form method="post"', 1)[1].split("</form>", 1)[0]
    action = re.search(r'action="([^"]+)"', form)
    assert action
    return action.group(1), dict(re.findall(r'name="([^"]+)" value="([^"]*)"', form))


def _sign_in(client: TestClient, username: str, password: str = PASSWORD) -> httpx2.Response:
    token = csrf_in(client.get("/sign-in").text)
    return client.post(
        "/sign-in", data={"csrf_token": token, "username": username, "password": password}
    )


def _sign_in_error(page: str) -> str:
    found = re.search(r'<p class="problem" role="alert" id="sign-in-error">([^<]*)</p>', page)
    assert found, "no sign-in error"
    return html.unescape(found.group(1))


# --- the organisations page -----------------------------------------------------------------


def test_suspend_is_offered_for_those_who_reach_survivors_and_never_for_an_ngo() -> None:
    gateway = _gateway()
    with officer_client(gateway) as client:
        page = client.get("/admin/organisations").text
    assert '<th scope="col">Access</th>' in page
    for organisation_id, name in (
        (EMPLOYER, "Garments Co."),
        (PROVIDER, "Skills Centre"),
        (PEERS, "Sunrise Circle"),
    ):
        row = _row(page, name)
        assert f'href="/admin/organisations/{organisation_id}/suspension"' in row
        assert f'aria-label="Suspend {name}"' in row
        assert ">Suspend</a>" in row
        assert "Lift the suspension" not in row
    for name in ("Mekong Freedom NGO", "Pathways"):
        row = _row(page, name)
        assert "Suspend" not in row
        assert "suspension" not in row
    # The list only leads to the question: nothing that suspends posts from it.
    assert 'method="post" action="/admin/organisations/org_emp_garments/suspension"' not in page
    assert _suspension_calls(gateway) == []


def test_suspending_asks_first_then_suspends_with_the_version_and_says_so() -> None:
    gateway = _gateway()
    with officer_client(gateway) as client:
        confirm = client.get(f"/admin/organisations/{EMPLOYER}/suspension")
        assert confirm.status_code == 200
        assert _suspension_calls(gateway) == []  # looking at the question changes nothing
        assert "<h1>Suspend Garments Co.?</h1>" in confirm.text
        consequence = re.search(r'<p class="consequence">([^<]*)</p>', confirm.text)
        assert consequence
        said = html.unescape(consequence.group(1))
        assert "Garments Co." in said
        assert "signed out at once and cannot sign in" in said
        assert "offered to no one" in said
        assert "Yes, suspend Garments Co." in confirm.text
        assert 'href="/admin/organisations"' in confirm.text  # Cancel
        title = re.search(r"<title>(.*)</title>", confirm.text)
        assert title
        assert "Garments" not in title.group(1)
        action, fields = _confirm_form(confirm.text)
        assert action == f"/admin/organisations/{EMPLOYER}/suspension"
        answer = client.post(action, data=fields)
        assert answer.status_code == 303
        assert answer.headers["location"] == "/admin/organisations?done=organisation-suspended"
        landed = client.get(answer.headers["location"]).text
    (call,) = _suspension_calls(gateway)
    assert call.method == "POST"
    assert call.url.path == f"/v1/organisations/{EMPLOYER}/suspension"
    assert call.headers["if-match"] == '"3"'
    assert call.headers["idempotency-key"] == fields["idem"]
    assert call.content == b""  # no body
    assert gateway.organisations[EMPLOYER]["suspended"] is True
    assert notice_of(landed) == SUSPENDED_NOTICE
    row = _row(landed, "Garments Co.")
    assert "<span>Suspended</span>" in row
    assert 'aria-label="Lift the suspension of Garments Co."' in row
    assert ">Suspend</a>" not in row


def test_a_suspended_organisation_shows_lift_and_lifting_it_says_so() -> None:
    gateway = _gateway(suspended=True)
    with officer_client(gateway) as client:
        page = client.get("/admin/organisations").text
        row = _row(page, "Garments Co.")
        assert "<span>Suspended</span>" in row
        assert 'aria-label="Lift the suspension of Garments Co."' in row
        assert ">Lift the suspension</button>" in row
        assert f'href="/admin/organisations/{EMPLOYER}/suspension"' not in row
        action, fields = _lift_form(page, "Garments Co.")
        assert action == f"/admin/organisations/{EMPLOYER}/suspension-lifting"
        assert fields["version"] == "3"
        assert fields["csrf_token"] == csrf_in(page)
        answer = client.post(action, data=fields)
        assert answer.status_code == 303
        assert answer.headers["location"] == "/admin/organisations?done=suspension-lifted"
        landed = client.get(answer.headers["location"]).text
    (call,) = _suspension_calls(gateway)
    assert call.method == "DELETE"
    assert call.url.path == f"/v1/organisations/{EMPLOYER}/suspension"
    assert call.headers["if-match"] == '"3"'
    assert gateway.organisations[EMPLOYER]["suspended"] is False
    assert gateway.organisations[EMPLOYER]["suspended_at"] is None
    assert notice_of(landed) == "The suspension is lifted."
    row = _row(landed, "Garments Co.")
    assert 'aria-label="Suspend Garments Co."' in row
    assert "Suspended" not in row


def test_an_organisation_already_suspended_is_not_asked_about_again() -> None:
    gateway = _gateway(suspended=True)
    with officer_client(gateway) as client:
        answer = client.get(f"/admin/organisations/{EMPLOYER}/suspension")
    assert answer.status_code == 303
    assert answer.headers["location"] == "/admin/organisations"
    assert _suspension_calls(gateway) == []


# --- refusals ----------------------------------------------------------------------------


def test_a_change_made_meanwhile_is_the_usual_conflict_page_and_nothing_is_suspended() -> None:
    gateway = _gateway()
    with officer_client(gateway) as client:
        action, fields = _confirm_form(
            client.get(f"/admin/organisations/{EMPLOYER}/suspension").text
        )
        gateway.organisations[EMPLOYER]["version"] = 4  # another administrator, meanwhile
        answer = client.post(action, data=fields)
    assert answer.status_code == 412
    assert "<title>Changed meanwhile · Pathways</title>" in answer.text
    assert "Someone changed this record meanwhile. Reload and try again." in answer.text
    assert [r.headers["if-match"] for r in _suspension_calls(gateway)] == ['"3"']
    assert gateway.organisations[EMPLOYER]["suspended"] is False


def test_lifting_with_a_stale_version_is_the_usual_conflict_page() -> None:
    gateway = _gateway(suspended=True)
    with officer_client(gateway) as client:
        action, fields = _lift_form(client.get("/admin/organisations").text, "Garments Co.")
        gateway.organisations[EMPLOYER]["version"] = 5
        answer = client.post(action, data=fields)
    assert answer.status_code == 412
    assert "Someone changed this record meanwhile. Reload and try again." in answer.text
    assert gateway.organisations[EMPLOYER]["suspended"] is True


def test_an_ngo_cannot_be_suspended_even_by_a_crafted_request() -> None:
    gateway = _gateway()
    with officer_client(gateway) as client:
        asked = client.get(f"/admin/organisations/{NGO}/suspension")
        token = csrf_in(client.get("/admin/organisations").text)
        posted = client.post(
            f"/admin/organisations/{NGO}/suspension",
            data={"csrf_token": token, "version": "1", "idem": "a" * 32},
        )
    rule = "This cannot be done now: a rule of Pathways does not allow it."
    for answer in (asked, posted):
        assert answer.status_code == 409
        assert rule in answer.text
    assert [r.method for r in _suspension_calls(gateway)] == ["POST"]  # the crafted one
    assert gateway.organisations[NGO]["suspended"] is False


@pytest.mark.parametrize(
    ("path", "form"),
    [
        (f"/admin/organisations/{EMPLOYER}/suspension", {"version": "3", "idem": "b" * 32}),
        (f"/admin/organisations/{EMPLOYER}/suspension-lifting", {"version": "3"}),
    ],
)
def test_only_an_administrator_with_the_forms_token_reaches_the_gateway(
    path: str, form: dict[str, str]
) -> None:
    for role, with_token in (("employer", True), ("platform_admin", False)):
        gateway = _gateway(role=role)
        with officer_client(gateway) as client:
            token = csrf_in(client.get("/account/password").text) if with_token else ""
            answer = client.post(path, data={"csrf_token": token, **form})
            asked = client.get(f"/admin/organisations/{EMPLOYER}/suspension")
        assert answer.status_code == 403, (role, with_token)
        if role != "platform_admin":
            assert asked.status_code == 403
        assert _suspension_calls(gateway) == []


# --- signing in ----------------------------------------------------------------------------


def test_a_user_of_a_suspended_organisation_is_told_at_sign_in_and_nothing_more() -> None:
    gateway = _gateway(suspended=True)
    client = make_client(gateway, Clock())
    with client:
        answer = _sign_in(client, MEMBER)
        assert answer.status_code == 400
        assert _sign_in_error(answer.text) == SUSPENDED_AT_SIGN_IN
        for hidden in ("Garments Co.", EMPLOYER, "2026-12-01"):
            assert hidden not in answer.text
        assert client.get("/").headers["location"] == "/sign-in"  # not signed in
        # The gateway says "suspended" only to the right password.
        wrong = _sign_in(client, MEMBER, "not the password")
        assert _sign_in_error(wrong.text) == "The username or password is not correct."


def test_the_suspension_is_said_at_sign_in_in_the_users_language() -> None:
    gateway = _gateway(suspended=True)
    client = make_client(gateway, Clock())
    with client:
        page = client.get("/sign-in?lang=th").text
        assert '<html lang="th">' in page
        answer = client.post(
            "/sign-in",
            data={"csrf_token": csrf_in(page), "username": MEMBER, "password": PASSWORD},
        )
    assert '<html lang="th">' in answer.text
    assert _sign_in_error(answer.text) == "องค์กรของคุณถูกพักการใช้งาน โปรดติดต่อผู้ดูแลแพลตฟอร์ม"


def test_a_signed_in_user_is_signed_out_when_their_organisation_is_suspended() -> None:
    gateway = _gateway()
    member = make_client(gateway, Clock())
    with member, officer_client(gateway) as admin:
        assert _sign_in(member, MEMBER).status_code == 303
        action, fields = _confirm_form(
            admin.get(f"/admin/organisations/{EMPLOYER}/suspension").text
        )
        assert admin.post(action, data=fields).status_code == 303
        # The member's next page: the gateway ended the session, the console signs out.
        next_page = member.get("/opportunities")
        assert next_page.status_code == 303
        assert next_page.headers["location"] == "/sign-in"
        again = _sign_in(member, MEMBER)
    assert _sign_in_error(again.text) == SUSPENDED_AT_SIGN_IN
