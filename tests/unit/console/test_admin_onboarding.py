"""A platform administrator onboards from the console what only the API could before: a
new organisation, a new user for it, and a retrained outcome model."""

from __future__ import annotations

import html
import json
import re
import uuid
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from console import messages
from console.i18n import LANGUAGES, Catalogs
from console.sessions import Session
from gateway.auth.password_policy import PasswordPolicy
from gateway.auth.roles import ROLES_BY_ORGANISATION_TYPE, OrganisationType, Role
from tests.unit.console.conftest import Clock, make_client
from tests.unit.console.fake_gateway import PASSWORD, FakeGateway

EMPLOYER = "org_emp_garments"
NGO = "org_ngo_mekong"
#: A password the gateway's policy accepts (four unrelated words).
GOOD_PASSWORD = "violet kettle marathon oyster"


class OnboardingGateway(FakeGateway):
    """The fake gateway, plus organisations, users and the outcome model, answering as the
    real one does: organisation names unique regardless of case (409), employers and
    training providers ``pending``, roles fitting the organisation's type (422
    ``invalid-request``), usernames unique (409), passwords checked by the gateway's own
    policy (422 at ``body.password``, one error per reason), a training refused with 409
    while there are too few outcomes, and a POST replayed for an Idempotency-Key it saw."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.organisations: dict[str, dict[str, Any]] = {
            NGO: {"id": NGO, "name": "Mekong Freedom NGO", "type": "ngo", "country": "KH"},
            EMPLOYER: {
                "id": EMPLOYER,
                "name": "Garments Co.",
                "type": "employer",
                "country": "KH",
            },
        }
        self.users: dict[str, dict[str, Any]] = {}
        self.passwords: dict[str, str] = {}
        self.enough_outcomes = True
        self.trainings = 0
        self._replies: dict[str, httpx.Response] = {}

    def handle(self, request: httpx.Request) -> httpx.Response:
        bearer = request.headers.get("authorization", "").removeprefix("Bearer ")
        path = request.url.path
        ours = path in {"/v1/organisations", "/v1/users"} or path.startswith("/v1/outcome-model")
        if bearer not in self.valid_access or not ours:
            return super().handle(request)
        self.requests.append(request)
        if request.method == "GET":
            return self._read(path)
        key = request.headers.get("idempotency-key")
        if key is None:
            return self._problem(400, "idempotency-key-required")
        if key in self._replies:
            return self._replies[key]
        body = json.loads(request.content or b"{}")
        answer = {
            "/v1/organisations": self._create_organisation,
            "/v1/users": self._create_user,
            "/v1/outcome-model/trainings": self._train,
        }[path](body)
        if answer.status_code < 300:
            self._replies[key] = answer
        return answer

    def _read(self, path: str) -> httpx.Response:
        if path == "/v1/organisations":
            items = list(self.organisations.values())
        elif path == "/v1/users":
            items = list(self.users.values())
        else:
            return httpx.Response(200, json=self._report())
        return httpx.Response(200, json={"items": items, "next_cursor": None})

    def _report(self) -> dict[str, Any]:
        trained = self.trainings > 0
        return {
            "version": f"v{self.trainings}" if trained else None,
            "roc_auc": 0.71 if trained else 0.0,
            "brier": 0.2,
            "expected_calibration_error": 0.05,
            "n_train": 160 if trained else 0,
            "n_test": 40 if trained else 0,
            "positive_rate": 0.4,
            "reliability": [],
            "features": [],
        }

    def _create_organisation(self, body: dict[str, Any]) -> httpx.Response:
        names = {o["name"].casefold() for o in self.organisations.values()}
        if body["name"].casefold() in names:
            return self._problem(409, "conflict")
        organisation_id = f"org_{uuid.uuid4().hex}"
        vetted_kinds = {"employer", "training_provider"}
        created = {
            **body,
            "id": organisation_id,
            "vetting": "pending" if body["type"] in vetted_kinds else "not_required",
            "version": 1,
        }
        self.organisations[organisation_id] = created
        return httpx.Response(201, json=created)

    def _create_user(self, body: dict[str, Any]) -> httpx.Response:
        policy = PasswordPolicy(min_length=12)
        weaknesses = policy.weaknesses(body["password"], username=body["username"])
        if weaknesses:
            errors = [
                {"loc": ["body", "password"], "msg": text} for text in policy.explain(weaknesses)
            ]
            return self._problem(422, "validation-error", errors=errors)
        organisation = self.organisations.get(body["organisation_id"])
        if organisation is None:
            return self._problem(422, "invalid-request")
        fits = ROLES_BY_ORGANISATION_TYPE[OrganisationType(organisation["type"])]
        if Role(body["role"]) not in fits:
            return self._problem(422, "invalid-request")
        if body["username"].casefold() in {u["username"].casefold() for u in self.users.values()}:
            return self._problem(409, "conflict")
        user_id = f"usr_{uuid.uuid4().hex}"
        public = {k: v for k, v in body.items() if k != "password"}
        self.users[user_id] = {**public, "id": user_id, "disabled": False, "version": 1}
        self.passwords[user_id] = body["password"]
        return httpx.Response(201, json=self.users[user_id])

    def _train(self, body: dict[str, Any]) -> httpx.Response:
        del body
        if not self.enough_outcomes:
            return self._problem(409, "conflict")
        self.trainings += 1
        return httpx.Response(200, json=self._report())

    def posts(self, path: str) -> list[httpx.Request]:
        return [r for r in self.requests if r.method == "POST" and r.url.path == path]


def _hidden(page: str, name: str) -> str:
    found = re.search(rf'name="{name}" value="([^"]+)"', page)
    assert found, name
    return found.group(1)


def _signed_in(
    role: str = "platform_admin", **headers: str
) -> tuple[TestClient, OnboardingGateway]:
    gateway = OnboardingGateway(role=role)
    client = make_client(gateway, Clock())
    client.headers.update(headers)
    answer = client.post(
        "/sign-in",
        data={
            "csrf_token": _hidden(client.get("/sign-in").text, "csrf_token"),
            "username": "officer",
            "password": PASSWORD,
        },
    )
    assert answer.status_code == 303
    return client, gateway


def _form(client: TestClient, path: str) -> dict[str, str]:
    page = client.get(path)
    assert page.status_code == 200
    return {"csrf_token": _hidden(page.text, "csrf_token"), "idem": _hidden(page.text, "idem")}


def _field_error(page: str, name: str) -> str:
    found = re.search(rf'<p class="field-error" id="{name}-error">([^<]*)</p>', page)
    assert found, f"no message under {name}"
    return html.unescape(found.group(1))


# --- a new organisation --------------------------------------------------------------------


def test_the_organisations_page_leads_to_the_new_organisation_form() -> None:
    client, _gateway = _signed_in()
    with client:
        page = client.get("/admin/organisations").text
    assert 'href="/admin/organisations/new"' in page
    assert f'href="/admin/users/new?organisation={EMPLOYER}"' in page


def test_an_employer_is_created_once_with_the_forms_key_and_must_be_vetted() -> None:
    client, gateway = _signed_in()
    with client:
        sent = {**_form(client, "/admin/organisations/new"), "name": "Lotus Bakery"}
        sent |= {"type": "employer", "country": "TH"}
        first = client.post("/admin/organisations/new", data=sent)
        again = client.post("/admin/organisations/new", data=sent)  # a double submit
    assert first.status_code == again.status_code == 303
    assert first.headers["location"] == "/admin/organisations?done=organisation-created-vetting"
    posts = gateway.posts("/v1/organisations")
    assert [json.loads(p.content) for p in posts] == [
        {"name": "Lotus Bakery", "type": "employer", "country": "TH"}
    ] * 2
    assert {p.headers["idempotency-key"] for p in posts} == {sent["idem"]}
    assert [o["name"] for o in gateway.organisations.values()].count("Lotus Bakery") == 1


def test_an_ngo_needs_no_vetting_and_its_notice_says_only_that_it_was_created() -> None:
    client, _gateway = _signed_in()
    with client:
        sent = {**_form(client, "/admin/organisations/new"), "name": "Hope Shelter"}
        answer = client.post(
            "/admin/organisations/new", data={**sent, "type": "ngo", "country": "KH"}
        )
    assert answer.headers["location"] == "/admin/organisations?done=organisation-created"


def test_the_organisations_template_shows_the_notice_once_given_and_never_a_name() -> None:
    client, _gateway = _signed_in()
    t = Catalogs().for_language("en")
    with client:
        templates = client.app.state.console.templates  # type: ignore[attr-defined]
        page = templates.get_template("organisations.html").render(
            _=t.gettext,
            t=t,
            lang=t.language,
            languages=LANGUAGES,
            session=Session(id="s", csrf_token="t", last_used=0.0, role="platform_admin"),
            msg=messages,
            csrf_token="t",
            path="/admin/organisations",
            items=[],
            kind_names=messages.ORGANISATION_KINDS,
            done=t.gettext(messages.DONE["organisation-created-vetting"]),
        )
    assert (
        '<p class="notice" role="status">The organisation was created. An employer or training '
        "provider must be approved before its users can act"
    ) in page


def test_the_organisations_page_says_the_new_employer_must_be_vetted() -> None:
    client, _gateway = _signed_in()
    with client:
        page = client.get("/admin/organisations?done=organisation-created-vetting").text
    assert "must be approved before its users can act" in page


def test_a_taken_name_is_said_under_the_name_and_what_was_typed_stays() -> None:
    client, gateway = _signed_in()
    with client:
        sent = {**_form(client, "/admin/organisations/new"), "name": "garments co."}
        answer = client.post(
            "/admin/organisations/new", data={**sent, "type": "employer", "country": "VN"}
        )
    assert answer.status_code == 409
    assert _field_error(answer.text, "name") == (
        "An organisation with this name already exists. Choose another name."
    )
    assert 'id="name" name="name" maxlength="200" autocomplete="off" value="garments co."' in (
        answer.text
    )
    assert '<option value="employer" selected>' in answer.text
    assert '<option value="VN" selected>' in answer.text
    assert len(gateway.organisations) == 2


def test_a_missing_name_and_kind_are_said_beside_their_fields_before_the_gateway_is_asked() -> None:
    client, gateway = _signed_in()
    with client:
        sent = _form(client, "/admin/organisations/new")
        answer = client.post(
            "/admin/organisations/new", data={**sent, "name": " ", "type": "", "country": "KH"}
        )
    assert answer.status_code == 422
    assert _field_error(answer.text, "name") == "This is required."
    assert _field_error(answer.text, "type") == "Choose one from the list."
    assert gateway.posts("/v1/organisations") == []


def test_the_country_list_is_every_iso_country_named_in_thai_where_pathways_works_first() -> None:
    client, _gateway = _signed_in(**{"accept-language": "th"})
    with client:
        page = client.get("/admin/organisations/new").text
    select = page.split('<select id="country"', 1)[1].split("</select>", 1)[0]
    first, others = select.split("</optgroup>", 1)
    assert sorted(re.findall(r'<option value="([A-Z]{2})"', first)) == [
        "HK", "KH", "MM", "PH", "TH", "VN",
    ]  # fmt: skip
    assert '<option value="KH">กัมพูชา</option>' in first  # CLDR's Thai name of Cambodia
    assert '<option value="DE">เยอรมนี</option>' in others  # and of Germany
    # ISO 3166-1 assigns 249 alpha-2 codes; each is offered once.
    codes = re.findall(r'<option value="([A-Z]{2})"', select)
    assert len(codes) == len(set(codes)) == 249
    assert "EU" not in codes
    assert "XK" not in codes


# --- a new user ----------------------------------------------------------------------------


def test_a_user_is_created_with_the_forms_key_and_the_users_page_says_so() -> None:
    client, gateway = _signed_in()
    with client:
        form = _form(client, f"/admin/users/new?organisation={EMPLOYER}")
        page = client.get(f"/admin/users/new?organisation={EMPLOYER}").text
        assert f'<option value="{EMPLOYER}" selected>Garments Co. (Employer)</option>' in page
        sent = {
            **form,
            "organisation_id": EMPLOYER,
            "username": "dara.hr",
            "role": "employer",
            "password": GOOD_PASSWORD,
        }
        answer = client.post("/admin/users/new", data=sent)
        landed = client.get(answer.headers["location"]).text
    assert answer.status_code == 303
    assert answer.headers["location"] == "/admin/users?done=user-created"
    (post,) = gateway.posts("/v1/users")
    assert post.headers["idempotency-key"] == form["idem"]
    assert json.loads(post.content) == {
        "organisation_id": EMPLOYER,
        "username": "dara.hr",
        "role": "employer",
        "password": GOOD_PASSWORD,
    }
    assert (
        '<p class="notice" role="status">The user was created. Give them their password in '
        "person: it is not shown again.</p>"
    ) in landed
    assert GOOD_PASSWORD not in landed


def test_a_refused_password_says_each_reason_under_it_and_is_never_drawn_back() -> None:
    password = "sokha.test123"  # the username and a sequence, by the gateway's policy
    client, gateway = _signed_in()
    with client:
        sent = {
            **_form(client, "/admin/users/new"),
            "organisation_id": EMPLOYER,
            "username": "sokha.test",
            "role": "employer",
            "password": password,
        }
        answer = client.post("/admin/users/new", data=sent)
    assert answer.status_code == 422
    assert _field_error(answer.text, "password") == (
        "This password contains the username, a part of it, or the name Pathways. "
        "This password is built from a sequence (abc, 123) or a keyboard pattern (qwerty)."
    )
    assert password not in answer.text
    assert re.search(r'<input type="password"[^>]*value=', answer.text) is None
    assert 'value="sokha.test"' in answer.text  # the username stays
    assert gateway.users == {}


def test_a_short_password_is_told_the_gateways_minimum_length() -> None:
    client, _gateway = _signed_in()
    with client:
        sent = {
            **_form(client, "/admin/users/new"),
            "organisation_id": EMPLOYER,
            "username": "dara.hr",
            "role": "employer",
            "password": "short",
        }
        answer = client.post("/admin/users/new", data=sent)
    assert _field_error(answer.text, "password") == "Use at least 12 characters."


def test_a_role_that_does_not_fit_the_organisation_is_said_under_the_role() -> None:
    client, gateway = _signed_in()
    with client:
        sent = {
            **_form(client, "/admin/users/new"),
            "organisation_id": EMPLOYER,
            "username": "dara.hr",
            "role": "facilitator",  # facilitators work for NGOs and peer-support organisations
            "password": GOOD_PASSWORD,
        }
        answer = client.post("/admin/users/new", data=sent)
    assert answer.status_code == 422
    assert _field_error(answer.text, "role").startswith(
        "Roles go with the kind of organisation: an NGO has reintegration officers"
    )
    assert '<option value="facilitator" selected>' in answer.text
    assert GOOD_PASSWORD not in answer.text
    assert gateway.users == {}


def test_a_taken_username_is_said_under_the_username() -> None:
    client, gateway = _signed_in()
    with client:
        for idem in (uuid.uuid4().hex, uuid.uuid4().hex):
            sent = {
                "csrf_token": _form(client, "/admin/users/new")["csrf_token"],
                "idem": idem,
                "organisation_id": NGO,
                "username": "Sokha.Officer" if gateway.users else "sokha.officer",
                "role": "reintegration_officer",
                "password": GOOD_PASSWORD,
            }
            answer = client.post("/admin/users/new", data=sent)
    assert answer.status_code == 409
    assert _field_error(answer.text, "username") == "This username is taken. Choose another one."
    assert len(gateway.users) == 1


# --- retraining the outcome model ----------------------------------------------------------


def test_retraining_lands_on_the_model_page_with_a_notice() -> None:
    client, gateway = _signed_in()
    with client:
        sent = _form(client, "/admin/outcome-model")
        answer = client.post("/admin/outcome-model/trainings", data=sent)
        landed = client.get(answer.headers["location"]).text
    assert answer.status_code == 303
    (post,) = gateway.posts("/v1/outcome-model/trainings")
    assert post.headers["idempotency-key"] == sent["idem"]
    assert json.loads(post.content) == {}
    assert (
        '<p class="notice" role="status">The outcome model was retrained and is in use. '
        "Its report is below.</p>"
    ) in landed
    assert "<code>v1</code>" in landed


def test_too_few_outcomes_is_a_sentence_on_the_model_page_not_an_error_page() -> None:
    client, gateway = _signed_in()
    gateway.enough_outcomes = False
    with client:
        answer = client.post(
            "/admin/outcome-model/trainings", data=_form(client, "/admin/outcome-model")
        )
    assert answer.status_code == 409
    assert (
        "The model was not retrained: too few outcomes have been recorded to learn from. "
        "The model in use stays as it is."
    ) in answer.text
    assert "<h1>Outcome model</h1>" in answer.text
    assert 'action="/admin/outcome-model/trainings"' in answer.text


# --- who may ------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/admin/organisations/new", "/admin/users/new"])
def test_only_a_platform_administrator_reaches_the_forms(path: str) -> None:
    client, _gateway = _signed_in(role="employer")
    with client:
        assert client.get(path).status_code == 403


@pytest.mark.parametrize(
    "path", ["/admin/organisations/new", "/admin/users/new", "/admin/outcome-model/trainings"]
)
def test_a_post_from_another_role_or_without_the_csrf_token_reaches_no_gateway(path: str) -> None:
    for role, with_token in (("reintegration_officer", True), ("platform_admin", False)):
        client, gateway = _signed_in(role=role)
        with client:
            token = _hidden(client.get("/dashboard").text, "csrf_token") if with_token else ""
            sent = {
                "csrf_token": token,
                "idem": uuid.uuid4().hex,
                "name": "Lotus Bakery",
                "type": "employer",
                "country": "TH",
                "organisation_id": EMPLOYER,
                "username": "dara.hr",
                "role": "employer",
                "password": GOOD_PASSWORD,
            }
            answer = client.post(path, data=sent)
        assert answer.status_code == 403, (role, with_token)
        assert [
            r for r in gateway.requests if r.method == "POST" and "/auth/" not in r.url.path
        ] == []
