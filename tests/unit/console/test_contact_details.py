"""A phone number or an email address typed into a survivor's own words is asked about
before anything is sent (usability probe, session 36: a name and a phone number typed into
the interests were recorded without a word, on a survivor recorded under a pseudonym)."""

from __future__ import annotations

import json
import re

import httpx2
import pytest
from fastapi.testclient import TestClient

from console.contact_details import contact_details_in
from tests.unit.console.conftest import csrf_of, signed_in_officer
from tests.unit.console.fake_gateway import FakeGateway
from tests.unit.console.test_remote_choice_and_why_not_more import SURVIVOR_ID, CaseGateway

OFFERED = ("KH", "TH", "MM", "VN", "PH", "HK")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # Numbers as each country dials them within it (national plans: Thai mobiles are
        # 0 + 9 digits from 06, 08 or 09; Cambodian 0 + 8-9 digits; Myanmar mobiles 09 + 7-9
        # digits; Philippine mobiles 09 + 9 digits; Vietnamese mobiles 0 + 9 digits).
        ("call her on 081 234 5678", "TH"),
        ("โทร ๐๘๑๒๓๔๕๖๗๘ ได้เลย", "TH"),  # Thai digits
        ("ខ្ញុំចង់ធ្វើការ ០១២ ៣៤៥ ៦៧៨", "KH"),  # Khmer digits
        ("ဖုန်း ၀၉၄၅၆၇၈၉၀၁၂", "MM"),  # Burmese digits
        ("text me 0917 123 4567", "PH"),
        ("số của em 0912345678", "VN"),
        # International form, whatever the country.
        ("my number is +855 12 345 678", "TH"),
        ("wants to sew; somchai.k@gmail.com", "TH"),
    ],
)
def test_a_phone_number_or_an_email_address_is_found(text: str, country: str) -> None:
    assert contact_details_in(text, [country])


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("I earned 15000 baht a month and worked 12 hours", "TH"),
        ("worked 2015-2019 in a garment factory of 300 workers", "KH"),
        ("muốn lương 8000000 đồng một tháng", "VN"),  # 7 digits: no Vietnamese number
        ("wants 12.000.000đ a month", "VN"),
        ("born 1998, two children aged 5 and 7", "PH"),
        ("ID card 1234567890123", "TH"),  # 13 digits: no Thai number
        ("sold on Shopee for 10 years, bus 55", "MM"),
        ("", "TH"),
    ],
)
def test_amounts_years_and_counts_are_not_taken_for_numbers(text: str, country: str) -> None:
    assert not contact_details_in(text, [country])


def test_without_a_country_only_the_international_form_and_addresses_are_found() -> None:
    assert contact_details_in("+66 81 234 5678", [])
    assert contact_details_in("write to a@b.org", [])
    assert not contact_details_in("081 234 5678", [])


def _register(client: TestClient, **fields: str) -> httpx2.Response:
    data = {
        "csrf_token": csrf_of(client, "/survivors/new"),
        "idem": "0" * 32,
        "language": "th",
        "level": "native",
        "age_band": "25-34",
        "country": "TH",
        **fields,
    }
    return client.post("/survivors/new", data=data)


def _registrations(gateway: FakeGateway) -> list[dict[str, object]]:
    return [
        json.loads(r.content)["profile"]
        for r in gateway.requests
        if r.method == "POST" and r.url.path.endswith("/survivors")
    ]


def test_registration_with_a_number_in_their_words_asks_first_and_sends_nothing() -> None:
    gateway = FakeGateway()
    with signed_in_officer(gateway) as client:
        answer = _register(client, interests="cooking, her sister 081 234 5678")
    assert answer.status_code == 422
    page = answer.text
    assert _registrations(gateway) == []
    error = re.search(r'<p class="field-error" id="interests-error">([^<]*)</p>', page)
    assert error
    assert error.group(1) == (
        "This looks like a phone number or an email address. Pathways keeps no contact "
        "details for a survivor: take it out."
    )
    assert 'id="interests" name="interests" rows="3" aria-invalid="true"' in page
    assert "aspirations-error" not in page
    assert "cooking, her sister 081 234 5678</textarea>" in page  # kept, to be edited
    assert 'name="not_contact_details" value="true">' in page  # the box, unticked


def test_the_officer_may_record_words_confirmed_not_to_be_contact_details() -> None:
    gateway = FakeGateway()
    with signed_in_officer(gateway) as client:
        assert 'name="not_contact_details"' not in client.get("/survivors/new").text
        _register(
            client, aspirations="a salary of 98000000", country="", not_contact_details="true"
        )
    sent = _registrations(gateway)
    assert [profile["aspirations"] for profile in sent] == ["a salary of 98000000"]


def test_a_profile_edit_with_an_address_asks_first_and_sends_nothing() -> None:
    gateway = CaseGateway()
    path = f"/survivors/{SURVIVOR_ID}/profile"
    with signed_in_officer(gateway) as client:
        form = {
            "csrf_token": csrf_of(client, path),
            "version": "2",
            "language": "km",
            "level": "native",
            "age_band": "25-34",
            "aspirations": "own a shop; write to dara.k@example.org",
        }
        answer = client.post(path, data=form)
        puts = [r for r in gateway.requests if r.method == "PUT"]
        assert answer.status_code == 422
        assert puts == []
        assert 'id="aspirations-error"' in answer.text
        assert "Edit the profile" in answer.text
        client.post(path, data={**form, "not_contact_details": "true"})
    puts = [r for r in gateway.requests if r.method == "PUT"]
    assert [json.loads(r.content)["aspirations"] for r in puts] == [
        "own a shop; write to dara.k@example.org"
    ]
