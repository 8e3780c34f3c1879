"""A JSON body that gives a key twice in one object is refused where the key is.

``{"interests": "a", "interests": "b"}`` was read as its last value, silently: whoever
checked or logged the body may have read the first. Now it is 422 ``validation-error``,
located like any other (``loc`` from ``body`` down to the key), with no value quoted, and
nothing is stored: no survivor, no idempotency claim, no write counted.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import httpx2
import pytest

from gateway.api.problems import MOST_ERRORS_LISTED
from gateway.api.repeated_keys import REPEATED_KEY, UNREADABLE
from gateway.auth.roles import Role
from tests.unit.gateway.harness import World, new_key, world

OFFICER = Role.REINTEGRATION_OFFICER
#: Values a refusal must never quote back.
FIRST_WORDS = "อยากทำงานในร้านกาแฟ"
SECOND_WORDS = "I want to sew school uniforms"
JSON = "application/json"

#: A registration, written out as its bytes: each case repeats one key somewhere in it.
REPEATED_AT = {
    "top level": (
        '{"profile": {"languages": [{"language": "th", "level": "native"}],'
        f' "age_band": "25-34", "interests": "{FIRST_WORDS}"}},'
        ' "profile": {"languages": [{"language": "th", "level": "native"}],'
        f' "age_band": "25-34", "interests": "{SECOND_WORDS}"}}}}',
        ["body", "profile"],
    ),
    "in the profile": (
        '{"profile": {"languages": [{"language": "th", "level": "native"}],'
        f' "age_band": "25-34", "interests": "{FIRST_WORDS}", "interests": "{SECOND_WORDS}"}}}}',
        ["body", "profile", "interests"],
    ),
    "in the second language of a list": (
        '{"profile": {"languages": [{"language": "th", "level": "native"},'
        ' {"language": "en", "level": "basic", "level": "native"}],'
        f' "age_band": "25-34", "interests": "{FIRST_WORDS}"}}}}',
        ["body", "profile", "languages", "1", "level"],
    ),
}
#: The same registration without any repeat.
REGISTRATION = {
    "profile": {
        "languages": [{"language": "th", "level": "native"}],
        "age_band": "25-34",
        "interests": FIRST_WORDS,
    }
}


def _post_raw(
    w: World, url: str, body: str, *, content_type: str = JSON, key: str | None = None
) -> httpx2.Response:
    return w.client.post(
        url,
        content=body.encode(),
        headers=w.headers(
            OFFICER, **{"Idempotency-Key": key or new_key(), "Content-Type": content_type}
        ),
    )


def _stores(w: World) -> dict[str, Any]:
    """What the refused request could have changed: survivors, idempotency claims, write
    counts, the audit trail."""
    return copy.deepcopy(
        {
            "survivors": dict(w.matching.survivors),
            "claims": dict(w.stores.idempotency.items),
            "counts": dict(w.stores.rate_counter.counts),
            "audit": list(w.stores.audit.records),
        }
    )


@pytest.mark.parametrize("case", REPEATED_AT, ids=str)
def test_a_registration_giving_a_key_twice_is_refused_at_that_key_and_nothing_is_stored(
    case: str,
) -> None:
    body, location = REPEATED_AT[case]
    with world() as w:
        url = f"/v1/organisations/{w.organisation_of(OFFICER).id}/survivors"
        w.token(OFFICER)  # signed in before the stores are looked at
        before = _stores(w)
        refused = _post_raw(w, url, body)
        assert refused.status_code == 422
        assert refused.headers["content-type"] == "application/problem+json"
        problem = refused.json()
        assert problem["type"] == "/problems/validation-error"
        assert problem["errors"] == [{"loc": location, "msg": REPEATED_KEY}]
        assert FIRST_WORDS not in refused.text
        assert SECOND_WORDS not in refused.text
        assert _stores(w) == before
        assert w.matching.survivors == {}


def test_the_same_registration_without_a_repeat_is_accepted_with_the_same_key() -> None:
    with world() as w:
        url = f"/v1/organisations/{w.organisation_of(OFFICER).id}/survivors"
        key = new_key()
        body, _location = REPEATED_AT["in the profile"]
        assert _post_raw(w, url, body, key=key).status_code == 422
        # The refusal claimed no key: the corrected body is a first request, not a replay
        # and not "this key was used for another request".
        created = _post_raw(w, url, json.dumps(REGISTRATION), key=key)
        assert created.status_code == 201, created.text
        assert "idempotent-replayed" not in created.headers
        [survivor] = w.matching.survivors.values()
        assert survivor.profile.interests == FIRST_WORDS


@pytest.mark.parametrize(
    "content_type", ["application/json; charset=utf-8", "application/merge-patch+json"]
)
def test_every_json_content_type_is_checked(content_type: str) -> None:
    body, location = REPEATED_AT["in the profile"]
    with world() as w:
        url = f"/v1/organisations/{w.organisation_of(OFFICER).id}/survivors"
        refused = _post_raw(w, url, body, content_type=content_type)
        assert refused.status_code == 422
        assert [e["loc"] for e in refused.json()["errors"]] == [location]
        assert w.matching.survivors == {}


def test_a_profile_update_giving_a_key_twice_changes_nothing() -> None:
    with world() as w:
        url = f"/v1/organisations/{w.organisation_of(OFFICER).id}/survivors"
        created = _post_raw(w, url, json.dumps(REGISTRATION)).json()
        profile_url = f"/v1/survivors/{created['id']}/profile"
        stored = copy.deepcopy(w.matching.survivors[created["id"]])
        body = (
            '{"languages": [{"language": "th", "level": "native"}], "age_band": "25-34",'
            f' "interests": "{SECOND_WORDS}", "age_band": "35-44"}}'
        )
        refused = w.client.put(
            profile_url,
            content=body.encode(),
            headers=w.headers(
                OFFICER, **{"If-Match": f'"{created["version"]}"', "Content-Type": JSON}
            ),
        )
        assert refused.status_code == 422
        assert refused.json()["errors"] == [{"loc": ["body", "age_band"], "msg": REPEATED_KEY}]
        assert w.matching.survivors[created["id"]] == stored


def test_a_refresh_giving_its_token_twice_is_refused_and_the_token_still_works_once() -> None:
    with world() as w:
        pair = w.login(w.users[(OFFICER, "own")].username).json()
        token = pair["refresh_token"]
        body = f'{{"refresh_token": "{token}", "refresh_token": "{token}"}}'
        refused = w.client.post(
            "/v1/auth/refresh", content=body.encode(), headers={"Content-Type": JSON}
        )
        assert refused.status_code == 422
        assert refused.json()["errors"] == [{"loc": ["body", "refresh_token"], "msg": REPEATED_KEY}]
        assert token not in refused.text
        assert w.client.post("/v1/auth/refresh", json={"refresh_token": token}).status_code == 200


def test_many_repeated_keys_are_listed_up_to_the_cap_and_counted_past_it() -> None:
    repeats = MOST_ERRORS_LISTED + 10
    body = "{" + ", ".join(f'"k{i}": 1, "k{i}": 2' for i in range(repeats)) + "}"
    with world() as w:
        url = f"/v1/organisations/{w.organisation_of(OFFICER).id}/survivors"
        problem = _post_raw(w, url, body).json()
        assert [e["loc"] for e in problem["errors"]] == [
            ["body", f"k{i}"] for i in range(MOST_ERRORS_LISTED)
        ]
        assert problem["errors_not_listed"] == 10


def test_a_body_that_is_not_json_is_answered_as_before() -> None:
    with world() as w:
        url = f"/v1/organisations/{w.organisation_of(OFFICER).id}/survivors"
        broken = _post_raw(w, url, '{"profile": {"interests": "a", "interests": ')
        assert broken.status_code == 422
        [error] = broken.json()["errors"]
        assert error["msg"] == "JSON decode error"  # FastAPI's own answer, not this check's
        assert w.matching.survivors == {}


@pytest.mark.parametrize(
    ("body", "cause"),
    [
        ('{"profile": {"interests": "café"}}'.encode("latin-1"), UnicodeDecodeError),
        (b'{"profile": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", RecursionError),
    ],
    ids=["not utf-8", "nested too deeply"],
)
def test_a_body_that_cannot_be_read_as_json_is_located_and_changes_nothing(
    body: bytes, cause: type[Exception]
) -> None:
    """FastAPI answers these with an unlocated 400 ("There was an error parsing the body")."""
    with world() as w:
        url = f"/v1/organisations/{w.organisation_of(OFFICER).id}/survivors"
        w.token(OFFICER)
        before = _stores(w)
        refused = w.client.post(
            url,
            content=body,
            headers=w.headers(
                OFFICER,
                **{
                    "Idempotency-Key": new_key(),
                    "Content-Type": "application/json; charset=latin-1",
                },
            ),
        )
        assert refused.status_code == 422
        assert refused.json()["errors"] == [{"loc": ["body"], "msg": UNREADABLE[cause]}]
        assert "café" not in refused.text
        assert _stores(w) == before
