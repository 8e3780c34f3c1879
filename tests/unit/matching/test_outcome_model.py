"""Learning from outcomes: labels, a model that learns what matters, storage, blending, and
no sensitive attribute anywhere near it."""

from __future__ import annotations

import inspect
import json
import math
import random
from dataclasses import fields
from functools import cache
from typing import Any, cast

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from matching.domain.match import MatchState
from matching.domain.outcome_model import (
    ALLOWED_FEATURES,
    FORBIDDEN_FEATURES,
    MAX_MISSING_SKILLS,
    PAY_RATIO_CAP,
    IncompatibleOutcomeModel,
    MatchFeatures,
    OutcomeModel,
    blend,
    features_of,
    fit_outcome_model,
    pay_ratio_of,
    success_label,
)
from matching.domain.scoring import ComponentScores
from matching.domain.survivor import SurvivorProfile
from matching.domain.values import MonthlyAmount, OpportunityKind, ReadinessStage

S = MatchState

#: What a survivor profile holds that no model may learn from, directly or by proxy.
SENSITIVE_PROFILE_FIELDS = frozenset(
    {
        "gender",
        "residence",
        "age_band",
        "minor",
        "do_not_group_with",
        "languages",
        "conditions",
        "sectors_to_avoid",
        "interests",
        "aspirations",
        "education",
    }
)


# Builders


def some_features(
    *,
    skill_fit: float = 0.5,
    income_parity: float = 0.5,
    kind: OpportunityKind = OpportunityKind.JOB,
    pay_ratio: float | None = 1.0,
    missing_skills: int = 0,
) -> MatchFeatures:
    return features_of(
        components=ComponentScores(
            interest_fit=0.4,
            concept_fit=0.3,
            skill_fit=skill_fit,
            income_parity=income_parity,
            distance=0.8,
            accommodations=1.0,
        ),
        kind=kind,
        readiness=ReadinessStage.EMPLOYMENT_READY,
        same_sector_as_interests=True,
        pay_ratio=pay_ratio,
        missing_skills=missing_skills,
        remote=False,
    )


def synthetic_outcomes(n: int, *, seed: int) -> list[tuple[MatchFeatures, bool]]:
    """Matches whose success depends on skills held and pay against the goal, and on
    nothing else: every other feature is noise the model should learn to ignore."""
    rng = random.Random(seed)
    examples = []
    for _ in range(n):
        skill, income = rng.random(), rng.random()
        features = features_of(
            components=ComponentScores(
                interest_fit=rng.random(),
                concept_fit=rng.random(),
                skill_fit=skill,
                income_parity=income,
                distance=rng.random(),
                accommodations=rng.random(),
            ),
            kind=rng.choice(list(OpportunityKind)),
            readiness=rng.choice([ReadinessStage.TRAINING_READY, ReadinessStage.EMPLOYMENT_READY]),
            same_sector_as_interests=rng.random() < 0.5,
            pay_ratio=None if rng.random() < 0.2 else rng.uniform(0.3, 2.0),
            missing_skills=rng.randint(0, 4),
            remote=rng.random() < 0.2,
        )
        chance = 1.0 / (1.0 + math.exp(-(-4.5 + 6.0 * skill + 3.0 * income)))
        examples.append((features, rng.random() < chance))
    return examples


@cache
def real_outcomes() -> tuple[tuple[MatchFeatures, bool], ...]:
    return tuple(synthetic_outcomes(300, seed=8))


@cache
def fitted_model() -> OutcomeModel:
    model = fit_outcome_model(
        synthetic_outcomes(1200, seed=7), min_examples=200, seed=11, version="outcome-v1"
    )
    assert model is not None
    return model


unit = st.floats(0.0, 1.0)
component_scores = st.builds(
    ComponentScores,
    interest_fit=unit,
    concept_fit=unit,
    skill_fit=unit,
    income_parity=unit,
    distance=unit,
    accommodations=unit,
)
match_features = st.builds(
    features_of,
    components=component_scores,
    kind=st.sampled_from(list(OpportunityKind)),
    readiness=st.sampled_from(list(ReadinessStage)),
    same_sector_as_interests=st.booleans(),
    pay_ratio=st.none() | st.floats(0.0, 1e6),
    missing_skills=st.integers(0, 100),
    remote=st.booleans(),
)


# What the model may see


def test_sensitive_attributes_are_never_features() -> None:
    model = fitted_model()
    names = set(model.feature_names)
    profile_fields = {f.name for f in fields(SurvivorProfile)}
    builder_parameters = set(inspect.signature(features_of).parameters)

    assert model.feature_names == ALLOWED_FEATURES
    assert tuple(f.name for f in fields(MatchFeatures)) == ALLOWED_FEATURES
    # the six scored components (``unjudged`` only names which of them were left out)
    assert ALLOWED_FEATURES[:6] == tuple(
        f.name for f in fields(ComponentScores) if f.name != "unjudged"
    )
    assert names.isdisjoint(FORBIDDEN_FEATURES)
    assert SENSITIVE_PROFILE_FIELDS.issubset(profile_fields)
    assert names.isdisjoint(SENSITIVE_PROFILE_FIELDS)
    # Stronger still: no feature is a raw profile field at all, only scores and job facts.
    assert names.isdisjoint(profile_fields)
    # And the builder takes no survivor and nothing sensitive, so nothing else can be passed.
    assert builder_parameters.isdisjoint(FORBIDDEN_FEATURES)
    assert builder_parameters.isdisjoint(profile_fields)
    assert "survivor" not in builder_parameters


def test_no_feature_name_so_much_as_mentions_a_forbidden_attribute() -> None:
    forbidden_words = {word for name in FORBIDDEN_FEATURES for word in name.split("_")}
    # Connecting words, and "sector": the opportunity's sector is a job fact, while the
    # sector a survivor was exploited in is only ever a hard rule (sectors to avoid).
    forbidden_words -= {"type", "case", "id", "to", "with", "group", "first", "status", "sector"}

    for name in ALLOWED_FEATURES:
        assert forbidden_words.isdisjoint(name.split("_")), name


def test_legal_proceedings_trafficking_type_nationality_and_gender_are_denied_by_name() -> None:
    for attribute in (
        "gender",
        "nationality",
        "origin_country",
        "trafficking_type",
        "legal_proceedings",
        "age",
        "minor",
    ):
        assert attribute in FORBIDDEN_FEATURES


@pytest.mark.parametrize(
    "attribute", ["gender", "nationality", "trafficking_type", "legal_proceedings", "age_band"]
)
def test_a_sensitive_attribute_cannot_even_be_passed_to_the_feature_builder(
    attribute: str,
) -> None:
    build = cast(Any, features_of)
    with pytest.raises(TypeError):
        build(
            components=ComponentScores(0.5, 0.5, 0.5, 0.5, 0.5, 0.5),
            kind=OpportunityKind.JOB,
            readiness=ReadinessStage.EMPLOYMENT_READY,
            same_sector_as_interests=False,
            pay_ratio=None,
            missing_skills=0,
            remote=False,
            **{attribute: "anything"},
        )


def test_stored_features_with_an_extra_attribute_are_refused() -> None:
    stored = some_features().as_dict()

    assert MatchFeatures.from_dict(stored) == some_features()
    with pytest.raises(ValueError, match="allowed features"):
        MatchFeatures.from_dict({**stored, "gender": "female"})


def test_a_stored_model_that_uses_a_forbidden_feature_is_refused() -> None:
    payload = json.loads(fitted_model().to_bytes())
    payload["feature_names"] = [*payload["feature_names"][:-1], "nationality"]

    with pytest.raises(IncompatibleOutcomeModel, match="allowed features"):
        OutcomeModel.from_bytes(json.dumps(payload).encode())


# Features


def test_pay_against_the_goal_is_capped_and_unknown_pay_is_flagged() -> None:
    thb = MonthlyAmount(12_000, "THB")

    assert pay_ratio_of(pay=MonthlyAmount(9_000, "THB"), goal=thb) == pytest.approx(0.75)
    assert pay_ratio_of(pay=MonthlyAmount(90_000, "THB"), goal=thb) == PAY_RATIO_CAP
    assert pay_ratio_of(pay=MonthlyAmount(9_000, "KHR"), goal=thb) is None
    assert pay_ratio_of(pay=None, goal=thb) is None
    assert some_features(pay_ratio=10.0).pay_ratio == PAY_RATIO_CAP
    unknown = some_features(pay_ratio=None)
    assert (unknown.pay_known, unknown.pay_ratio) == (False, 1.0)
    assert some_features(missing_skills=40).missing_skills == MAX_MISSING_SKILLS


def test_a_component_outside_zero_to_one_is_a_bug_and_is_refused() -> None:
    with pytest.raises(ValueError, match="between 0 and 1"):
        some_features(skill_fit=1.5)
    with pytest.raises(ValueError, match="between 0 and 1"):
        some_features(income_parity=math.nan)


# Labels


@pytest.mark.parametrize(
    ("states", "expected"),
    [
        # Jobs: success is reaching the target, or beyond it.
        ([S.PROPOSED, S.ACCEPTED, S.EMPLOYER_INTEREST, S.INTRODUCED, S.HIRED, S.RETAINED_30,
          S.RETAINED_90], True),
        ([S.PROPOSED, S.ACCEPTED, S.EMPLOYER_INTEREST, S.INTRODUCED, S.HIRED, S.RETAINED_30,
          S.RETAINED_90, S.RETAINED_180, S.ENDED], True),
        # Hired ten days ago, or still being introduced: not known yet.
        ([S.PROPOSED, S.ACCEPTED, S.EMPLOYER_INTEREST, S.INTRODUCED, S.HIRED], None),
        ([S.PROPOSED, S.ACCEPTED, S.EMPLOYER_INTEREST], None),
        ([S.PROPOSED, S.ACCEPTED], None),
        # Ended before the target after being accepted: a failure.
        ([S.PROPOSED, S.ACCEPTED, S.EMPLOYER_INTEREST, S.INTRODUCED, S.HIRED, S.RETAINED_30,
          S.ENDED], False),
        ([S.PROPOSED, S.ACCEPTED, S.ENDED], False),
        ([S.PROPOSED, S.ACCEPTED, S.EMPLOYER_INTEREST, S.INTRODUCED, S.DECLINED], False),
        # Never accepted: the survivor's choice, or a lapse, is not an outcome of the match.
        ([S.PROPOSED, S.DECLINED], None),
        ([S.PROPOSED, S.ENDED], None),
        ([S.PROPOSED], None),
        ([], None),
        # Training: completed is success, whatever the job target.
        ([S.PROPOSED, S.ACCEPTED, S.ENROLLED, S.COMPLETED], True),
        ([S.PROPOSED, S.ACCEPTED, S.ENROLLED, S.COMPLETED, S.ENDED], True),
        ([S.PROPOSED, S.ACCEPTED, S.ENROLLED], None),
        ([S.PROPOSED, S.ACCEPTED, S.ENROLLED, S.ENDED], False),
        ([S.PROPOSED, S.ACCEPTED, S.DECLINED], False),
    ],
)  # fmt: skip
def test_success_is_retention_or_completion_after_the_survivor_said_yes(
    states: list[MatchState], expected: bool | None
) -> None:
    assert success_label(states) is expected
    assert success_label(reversed(states)) is expected


def test_the_target_can_be_a_shorter_or_longer_retention() -> None:
    kept_a_month = [S.PROPOSED, S.ACCEPTED, S.HIRED, S.RETAINED_30, S.ENDED]

    assert success_label(kept_a_month, target=S.RETAINED_30) is True
    assert success_label(kept_a_month, target=S.RETAINED_90) is False
    assert success_label([S.ACCEPTED, S.HIRED], target=S.HIRED) is True
    assert success_label([S.ACCEPTED, S.HIRED, S.RETAINED_90], target=S.RETAINED_180) is None


@pytest.mark.parametrize("target", [S.ACCEPTED, S.DECLINED, S.ENDED, S.COMPLETED, S.ENROLLED])
def test_the_target_is_a_job_outcome(target: MatchState) -> None:
    with pytest.raises(ValueError, match="job outcome"):
        success_label([S.ACCEPTED, S.HIRED], target=target)


def test_a_history_with_job_and_training_states_is_a_bug_and_is_refused() -> None:
    with pytest.raises(ValueError, match="both job and training"):
        success_label([S.ACCEPTED, S.HIRED, S.ENROLLED])


# Fitting and measuring


def test_the_model_learns_that_skills_and_pay_drive_success() -> None:
    model = fitted_model()
    weights = model.standardised_coefficients()

    assert model.metrics.roc_auc > 0.75
    strongest = sorted(weights, key=lambda name: abs(weights[name]), reverse=True)[:2]
    assert set(strongest) == {"skill_fit", "income_parity"}
    assert weights["skill_fit"] > 0
    assert weights["income_parity"] > 0
    assert model.predict(some_features(skill_fit=1.0, income_parity=1.0)) > model.predict(
        some_features(skill_fit=0.1, income_parity=0.2)
    )


def test_the_model_is_calibrated_on_held_out_outcomes() -> None:
    metrics = fitted_model().metrics

    assert metrics.n_train + metrics.n_test == 1200
    assert metrics.n_test == pytest.approx(300, abs=1)
    assert 0.3 < metrics.positive_rate < 0.7
    assert metrics.converged
    assert metrics.brier < metrics.baseline_brier
    assert metrics.brier_skill > 0.1
    assert metrics.expected_calibration_error < 0.08
    assert sum(b.count for b in metrics.reliability) == metrics.n_test
    lowest, highest = metrics.reliability[0], metrics.reliability[-1]
    assert highest.observed_rate - lowest.observed_rate > 0.5
    for b in metrics.reliability:
        assert b.lower <= b.mean_predicted <= b.upper


def test_no_model_below_the_threshold_of_outcomes() -> None:
    examples = synthetic_outcomes(199, seed=3)

    assert fit_outcome_model(examples, min_examples=200, seed=1, version="v") is None
    assert fit_outcome_model(examples, min_examples=199, seed=1, version="v") is not None


def test_no_model_when_outcomes_are_all_alike_or_one_kind_is_too_rare() -> None:
    all_successes = [(features, True) for features, _ in synthetic_outcomes(300, seed=4)]
    four_failures = [*all_successes[:-4], *((f, False) for f, _ in all_successes[-4:])]

    assert fit_outcome_model(all_successes, min_examples=10, seed=1, version="v") is None
    assert fit_outcome_model(four_failures, min_examples=10, seed=1, version="v") is None
    assert (
        fit_outcome_model(four_failures, min_examples=10, min_per_class=4, seed=1, version="v")
        is not None
    )


def test_the_same_outcomes_and_seed_give_the_same_model() -> None:
    examples = synthetic_outcomes(400, seed=5)

    first = fit_outcome_model(examples, min_examples=100, seed=2, version="v2")
    again = fit_outcome_model(examples, min_examples=100, seed=2, version="v2")

    assert first is not None
    assert again is not None
    assert first.to_bytes() == again.to_bytes()


# Storage


def test_a_stored_model_gives_identical_predictions() -> None:
    model = fitted_model()
    stored = model.to_bytes()
    loaded = OutcomeModel.from_bytes(stored)
    probes = [features for features, _ in synthetic_outcomes(200, seed=99)]

    assert loaded == model
    assert loaded.version == "outcome-v1"
    assert loaded.metrics == model.metrics
    assert loaded.predict_many(probes) == model.predict_many(probes)
    assert loaded.to_bytes() == stored


def test_a_model_is_stored_as_plain_json_numbers() -> None:
    payload = json.loads(fitted_model().to_bytes())

    assert payload["feature_names"] == list(ALLOWED_FEATURES)
    assert payload["format_version"] == 1
    assert len(payload["coefficients"]) == len(ALLOWED_FEATURES)


@pytest.mark.parametrize(
    "damage",
    [
        lambda p: p.update(format_version=2),
        lambda p: p.update(format="something.else"),
        lambda p: p.update(coefficients=p["coefficients"][:-1]),
        lambda p: p.update(scales=[0.0] * len(p["scales"])),
        lambda p: p.pop("intercept"),
        lambda p: p.update(metrics="good"),
    ],
)
def test_a_damaged_or_foreign_stored_model_is_refused(damage: Any) -> None:
    payload = json.loads(fitted_model().to_bytes())
    damage(payload)

    with pytest.raises(IncompatibleOutcomeModel):
        OutcomeModel.from_bytes(json.dumps(payload).encode())


def test_bytes_that_are_not_json_are_refused() -> None:
    with pytest.raises(IncompatibleOutcomeModel):
        OutcomeModel.from_bytes(b"\x80\x04\x95 not json")


# Blending


def test_without_a_model_the_content_score_stands_alone() -> None:
    assert blend(0.62, None, weight=0.3) == 0.62


def test_blend_weighs_the_learned_probability() -> None:
    assert blend(0.6, 0.2, weight=0.0) == pytest.approx(0.6)
    assert blend(0.6, 0.2, weight=1.0) == pytest.approx(0.2)
    assert blend(0.6, 0.2, weight=0.25) == pytest.approx(0.5)


@pytest.mark.parametrize("weight", [-0.1, 1.1, math.nan])
def test_a_blend_weight_outside_zero_to_one_is_refused(weight: float) -> None:
    with pytest.raises(ValueError, match="blend weight"):
        blend(0.5, 0.5, weight=weight)


def test_a_probability_outside_zero_to_one_is_refused() -> None:
    with pytest.raises(ValueError, match="probability"):
        blend(0.5, 1.5, weight=0.5)


# Properties


@given(content=unit, probability=st.none() | unit, weight=unit)
def test_a_blend_lies_between_what_it_blends(
    content: float, probability: float | None, weight: float
) -> None:
    blended = blend(content, probability, weight=weight)

    low = min(content, content if probability is None else probability)
    high = max(content, content if probability is None else probability)
    assert low - 1e-12 <= blended <= high + 1e-12


@given(features=match_features)
def test_a_prediction_is_always_a_probability(features: MatchFeatures) -> None:
    probability = fitted_model().predict(features)

    assert 0.0 <= probability <= 1.0


@settings(max_examples=40, deadline=None)
@given(
    noise=st.lists(st.tuples(match_features, st.booleans()), min_size=10, max_size=60),
    min_examples=st.integers(0, 12),
    min_per_class=st.integers(2, 5),
    seed=st.integers(0, 2**32 - 1),
)
def test_fitting_noise_never_crashes_and_reports_sane_metrics(
    noise: list[tuple[MatchFeatures, bool]], min_examples: int, min_per_class: int, seed: int
) -> None:
    model = fit_outcome_model(
        noise, min_examples=min_examples, min_per_class=min_per_class, seed=seed, version="noise"
    )

    event("fitted" if model is not None else "too little to learn from")
    if model is None:
        return
    metrics = model.metrics
    assert metrics.n_train + metrics.n_test == len(noise)
    assert 0.0 <= metrics.roc_auc <= 1.0
    assert 0.0 <= metrics.brier <= 1.0
    assert all(0.0 <= p <= 1.0 for p in model.predict_many([f for f, _ in noise]))
    assert OutcomeModel.from_bytes(model.to_bytes()) == model


@settings(max_examples=15, deadline=None)
@given(noise=st.lists(st.tuples(match_features, st.booleans()), max_size=40))
def test_adding_noise_to_real_outcomes_still_gives_a_model(
    noise: list[tuple[MatchFeatures, bool]],
) -> None:
    model = fit_outcome_model([*real_outcomes(), *noise], min_examples=200, seed=3, version="v")

    assert model is not None
    assert model.metrics.roc_auc > 0.6
