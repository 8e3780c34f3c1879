"""Amounts of money (an income goal, a job's pay, a hired wage) are in a currency in use.

A pay or a goal in no currency could never be compared with another: every comparison would
read "not comparable" without a word (the session 35 probe set an income goal in "ZZZ").
Expected by ISO 4217 as CLDR keeps it: THB, KHR, MMK, VND, PHP, HKD, USD are in use; ZZZ is
no code, DEM went out of use in 2002, XAU is gold and XXX the code for no currency."""

from __future__ import annotations

from typing import Any

import pytest

from gateway.api.types import Money
from gateway.auth.roles import Role
from pathways.v1 import common_pb2
from tests.unit.gateway.harness import new_key, world
from tests.unit.gateway.test_survivor_age_and_borders import ADULT

OFFICER = Role.REINTEGRATION_OFFICER


@pytest.mark.parametrize("currency", ["THB", "KHR", "MMK", "VND", "PHP", "HKD", "USD"])
def test_a_currency_in_use_is_taken(currency: str) -> None:
    assert Money(amount=9000, currency=currency).currency == currency


@pytest.mark.parametrize("currency", ["ZZZ", "DEM", "XAU", "XXX"])
def test_an_income_goal_in_no_currency_in_use_is_refused_where_it_is_and_nothing_is_stored(
    currency: str,
) -> None:
    with world() as w:
        ngo = w.organisation_of(OFFICER).id
        profile: dict[str, Any] = ADULT | {"income_goal": {"amount": 9000, "currency": currency}}
        answer = w.client.post(
            f"/v1/organisations/{ngo}/survivors",
            json={"profile": profile},
            headers=w.headers(OFFICER, **{"Idempotency-Key": new_key()}),
        )
        assert answer.status_code == 422, answer.text
        assert answer.headers["content-type"] == "application/problem+json"
        [error] = answer.json()["errors"]
        assert error["loc"] == ["body", "profile", "income_goal", "currency"]
        assert currency not in error["msg"]  # input is never echoed
        assert w.matching.survivors == {}


def test_an_amount_stored_before_the_check_is_still_shown() -> None:
    stored = common_pb2.MonthlyAmount(amount=100, currency="ZZZ")
    shown = Money.of_optional(stored, present=True)
    assert shown is not None
    assert (shown.amount, shown.currency) == (100, "ZZZ")
