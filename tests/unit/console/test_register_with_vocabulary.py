"""The officer's registration form with the vocabulary's lists (needs console.app to hand
them over: ``vocabulary.registration_choices`` and ``forms.MULTI_FIELDS``)."""

from __future__ import annotations

import json
import re

from tests.unit.console.conftest import Clock, csrf_of, make_client
from tests.unit.console.fake_gateway import PASSWORD, FakeGateway


def test_an_officer_ticks_concepts_and_a_refused_one_is_named_beside_its_list() -> None:
    gateway = FakeGateway()
    with make_client(gateway, Clock()) as client:
        client.post(
            "/sign-in",
            data={
                "csrf_token": csrf_of(client, "/sign-in"),
                "username": "officer",
                "password": PASSWORD,
            },
        )
        page = client.get("/survivors/new").text
        assert "<legend>Sectors never to offer</legend>" in page
        assert '<label for="skills-customer_service">Customer service</label>' in page
        answer = client.post(
            "/survivors/new",
            data={
                "csrf_token": csrf_of(client, "/survivors/new"),
                "idem": "0" * 32,
                "language": "th",
                "level": "native",
                "age_band": "25-34",
                "skills": ["customer_service", "cooking"],
                "interest_tags": ["cooking"],
                "sectors_to_avoid": ["fishing_aquaculture"],
            },
        )
    sent = json.loads(
        next(
            r for r in gateway.requests if r.method == "POST" and r.url.path.endswith("/survivors")
        ).content
    )["profile"]
    assert sent["skills"] == ["customer_service", "cooking"]
    assert sent["interest_tags"] == ["cooking"]
    assert sent["sectors_to_avoid"] == ["fishing_aquaculture"]
    # The fake refuses the country; the ticked boxes are still ticked on the page shown again.
    assert answer.status_code == 422
    assert re.search(r'value="fishing_aquaculture" checked>', answer.text)
    assert re.search(r'value="customer_service" checked>', answer.text)
