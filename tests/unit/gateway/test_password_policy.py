"""Passwords as NIST SP 800-63B asks: length, a blocklist, context words, no patterns.

The expectations come from the rule, not from the estimator's figures: a password on the
shipped list of leaked passwords is refused; one containing the username or the service's
name is refused; twelve identical characters or a run of digits are refused; a long
passphrase is accepted, and composition (digits, symbols, capitals) is never demanded.
"""

from __future__ import annotations

import secrets
import string
import threading

import pytest
from zxcvbn.frequency_lists import FREQUENCY_LISTS  # type: ignore[import-untyped]

from gateway.auth.password_policy import PasswordPolicy, Weakness
from tests.unit.gateway.harness import PASSWORD

POLICY = PasswordPolicy(min_length=12)
USERNAME = "sokha.officer"

#: Each weak password with the rule it breaks.
WEAK = [
    pytest.param("password1234", Weakness.COMMON, id="on-the-leaked-list"),
    pytest.param("Password2024!", Weakness.COMMON, id="listed-word-with-year-and-symbol"),
    pytest.param("aaaaaaaaaaaa", Weakness.REPEATED, id="twelve-identical-characters"),
    pytest.param("abcabcabcabc", Weakness.REPEATED, id="a-short-pattern-repeated"),
    pytest.param("123456789012", Weakness.SEQUENTIAL, id="a-run-of-digits"),
    pytest.param("abcdefghijklmn", Weakness.SEQUENTIAL, id="a-run-of-letters"),
    pytest.param("sokha.officer2025", Weakness.CONTEXT, id="the-username-and-a-year"),
    pytest.param("Xq9#Lm2vT!sokha.officer", Weakness.CONTEXT, id="the-username-inside"),
    pytest.param("MyPathwaysLogin!", Weakness.CONTEXT, id="the-service-name-inside"),
]

STRONG = [
    pytest.param(PASSWORD, id="four-word-passphrase"),
    pytest.param("Sokha loves green mangoes", id="sentence"),
    pytest.param("ប្រាសាទអង្គរវត្តនៅសៀមរាប", id="khmer-passphrase"),
    pytest.param("kd8wq2mz7rtp", id="twelve-random-lowercase-and-digits-no-symbol"),
]


@pytest.mark.parametrize(("password", "broken_rule"), WEAK)
def test_a_weak_password_is_refused_naming_the_rule_it_breaks(
    password: str, broken_rule: Weakness
) -> None:
    assert broken_rule in POLICY.weaknesses(password, username=USERNAME)


def test_the_leaked_password_list_ships_with_the_package_and_is_enforced_exactly() -> None:
    leaked = FREQUENCY_LISTS["passwords"]
    assert len(leaked) >= 10_000
    # Every listed password of the minimum length is refused as common, whatever its rank.
    long_enough = [p for p in leaked if len(p) >= POLICY.min_length]
    assert len(long_enough) > 100
    sample = long_enough[:: max(1, len(long_enough) // 60)]
    refused = [p for p in sample if Weakness.COMMON in POLICY.weaknesses(p, username="dara")]
    assert refused == sample


@pytest.mark.parametrize("password", STRONG)
def test_a_strong_password_is_accepted_without_composition_rules(password: str) -> None:
    assert POLICY.weaknesses(password, username=USERNAME) == ()


def test_too_short_is_refused_with_the_configured_minimum_and_only_that() -> None:
    policy = PasswordPolicy(min_length=14)
    weaknesses = policy.weaknesses("kd8wq2mz7rtp", username="dara")  # 12 characters
    assert weaknesses == (Weakness.TOO_SHORT,)
    assert policy.explain(weaknesses) == ["the password must have at least 14 characters"]


def test_long_passwords_are_allowed_up_to_the_api_bound() -> None:
    alphabet = string.ascii_letters + string.digits + string.punctuation + " "
    for length in (64, 200, 1024):
        password = "".join(secrets.choice(alphabet) for _ in range(length))
        assert POLICY.weaknesses(password, username=USERNAME) == (), length


def test_a_long_run_of_one_character_is_refused_however_long() -> None:
    assert Weakness.REPEATED in POLICY.weaknesses("z" * 1024, username=USERNAME)


def test_the_explanations_never_quote_the_password_or_the_username() -> None:
    for password in ("password1234", "sokha.officer2025", "zzzzzzzzzzzz", "123456789012"):
        for message in POLICY.explain(POLICY.weaknesses(password, username=USERNAME)):
            assert password not in message
            assert USERNAME not in message
            assert "sokha" not in message


def test_one_users_name_never_weighs_on_another_users_password() -> None:
    """zxcvbn's own entry point keeps the context words in module state shared by threads;
    the policy must not: a name is weak only for the user who bears it."""
    password = "Chanthy-Vannak-Sreymom-7"
    errors: list[str] = []

    def check(username: str, expect_context: bool) -> None:
        for _ in range(20):
            found = Weakness.CONTEXT in POLICY.weaknesses(password, username=username)
            if found != expect_context:
                errors.append(username)

    threads = [
        threading.Thread(target=check, args=("chanthy.vannak.sreymom", True)),
        threading.Thread(target=check, args=("dara", False)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
