"""A helper of a trade is that trade's work, not domestic work (found in session 25: "Rice
mill helper" and "shop helper" were read as domestic work through the Tagalog term
"helper", which in the Philippines and Hong Kong names a domestic helper). A bare "helper"
and a domestic helper still are domestic work, and the trade a helper works in keeps its
own rules: a construction helper's job stays closed to minors.

Expected values come from what each phrase means in an English job advert."""

from __future__ import annotations

import pytest

from tests.unit.matching.shipped import shipped
from tests.unit.matching.strategies import ready_survivor
from tests.unit.matching.test_minors_never_offered_hazardous_work import minor, offered, posted


@pytest.mark.parametrize(
    ("title", "trade"),
    [
        ("Construction helper", "construction"),
        ("Shop helper", "retail_sales"),
        ("Mechanic's helper", "automotive_repair"),
        ("Electrician helper", "electrical_work"),
        ("Farm helper", "agriculture"),
        ("Factory helper, day shift", "manufacturing"),
        ("Warehouse helper", "logistics_warehouse"),
        ("Canteen helper", "food_service"),
        ("Salon helper", "beauty_wellness"),
        ("Truck helper", "transport_delivery"),
        ("Rice mill helper", "food_processing"),
        ("Mason helper", "bricklaying"),
    ],
)
def test_a_helper_of_a_trade_works_in_that_trade_not_in_a_home(title: str, trade: str) -> None:
    read = shipped().concepts_in(title)
    assert trade in read
    assert "domestic_care_work" not in read


@pytest.mark.parametrize(
    "title", ["Helper", "Domestic helper", "Helper needed for a family of four in Sha Tin"]
)
def test_a_helper_alone_is_still_domestic_work(title: str) -> None:
    assert "domestic_care_work" in shipped().concepts_in(title)


def test_who_avoids_domestic_work_is_offered_a_shop_helper_job() -> None:
    job = posted("opp_shop_helper", title="Shop helper", sector="retail_sales")
    avoids_domestic = ready_survivor(sectors_to_avoid=frozenset({"domestic_care_work"}))
    assert offered(avoids_domestic, job) == {"opp_shop_helper"}


def test_a_construction_helper_job_stays_closed_to_minors() -> None:
    job = posted("opp_site_helper", title="Construction helper", sector="retail_sales")
    assert offered(minor(17), job) == set()
    assert offered(ready_survivor(), job) == {"opp_site_helper"}
