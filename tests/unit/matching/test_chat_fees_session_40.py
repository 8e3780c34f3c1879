"""Costs left to the worker and papers handed over, said as chat posts say them (the probe
of ``make run`` in session 39 left these; written for these changes, not a blind set).

- "pay 2k b4 start", "Pay RM 3000 before departure": a sum paid before the work starts is a
  fee charged; the employer paying something before a date is none.
- "visa and medical at your own expense": recruitment costs at the worker's own expense
  are a fee charged; the company's own expense, or a worker's own trip home on leave, is
  none.
- "Give ur pp to boss …, he keep": "ur pp" (your passport) is the worker's papers.
"""

from __future__ import annotations

import functools

import pytest

from matching.adapters.vocabulary_files import load_vocabulary
from matching.domain.vocabulary import Vocabulary


@functools.cache
def vocabulary() -> Vocabulary:
    return load_vocabulary()


@pytest.mark.parametrize(
    "text",
    [
        "Factory job Malaysia, pay 2k b4 start, salary RM1800",
        "Pay RM 3000 before departure for processing",
        "Visa and medical at your own expense",
        "All costs at your own expense before departure",
    ],
)
def test_a_sum_paid_before_the_start_or_costs_at_the_workers_expense_are_charged(
    text: str,
) -> None:
    assert vocabulary().fees_charged_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "The company covers the visa and ticket at its own expense",
        "Workers may travel home at own expense during leave",
        "Salary RM1800, we pay before start of each month",
        "Company pays salary before start of Ramadan",
    ],
)
def test_the_employer_paying_or_a_workers_own_trip_home_is_no_fee(text: str) -> None:
    assert not vocabulary().fees_charged_in(text)


def test_your_pp_handed_to_the_boss_to_keep_is_papers_kept() -> None:
    assert vocabulary().papers_kept_in("Give ur pp to boss when u arrive, he keep for safety")


def test_pp_for_per_person_is_no_papers() -> None:
    assert not vocabulary().papers_kept_in("Hostel RM50 pp per night, keep room clean")
