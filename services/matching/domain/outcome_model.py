"""Learning from outcomes: the chance that a proposed match works out, from past matches.

Once enough outcomes are recorded, a small model estimates, for a proposed match, the
probability that it succeeds (a job kept 90 days, a training completed). The service blends
that probability with the content score (``blend``); without a model the content score
stands alone.

What the model may look at
--------------------------
Only ``ALLOWED_FEATURES``: the six components of the content score and a few facts about the
job and the match (kind, pay against the goal, remote, skills still missing, the readiness
stage). ``MatchFeatures`` has exactly those fields and ``features_of`` has no parameter
for anything else, so gender, origin or nationality, the kind of trafficking, age, residence
or taking part in legal proceedings cannot reach the model, even by mistake. A stored model
whose features differ from the allow-list is refused when loaded. ``FORBIDDEN_FEATURES``
names what must never be added; the tests check both lists against each other and against
the survivor profile.

Labels
------
``success_label`` turns the states a match reached into success, failure or "not known
yet". Only matches the survivor accepted count: declining a proposal is the survivor's own
choice, not an outcome of the match, and the model must not learn to predict who says no.

Why logistic regression
-----------------------
Outcomes arrive slowly (a 90-day retention takes 90 days), so the data stay small for a long
time: hundreds of matches, not millions. A regularised logistic regression on standardised
features is stable on small data, gives probabilities that are well calibrated without an
extra calibration step, and has one weight per feature that a reviewer can read. It is also
a handful of numbers, so it is stored as JSON (no pickle, nothing executable in the
database, readable by any later version of the code) and predicted with numpy alone.

The model is fitted on a seeded, stratified training split and measured on the held-out rest
(ROC AUC, Brier score against the base-rate baseline, a reliability table); the stored
model is the one that was measured.
"""

from __future__ import annotations

import json
import math
import warnings
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import brier_score_loss, roc_auc_score
from sklearn.preprocessing import StandardScaler

from matching.domain.match import MatchState
from matching.domain.scoring import ComponentScores
from matching.domain.values import MonthlyAmount, OpportunityKind, ReadinessStage

__all__ = [
    "ALLOWED_FEATURES",
    "FORBIDDEN_FEATURES",
    "JOB_TARGETS",
    "MAX_MISSING_SKILLS",
    "PAY_RATIO_CAP",
    "RELIABILITY_BINS",
    "TRAINING_TARGET",
    "IncompatibleOutcomeModel",
    "MatchFeatures",
    "OutcomeMetrics",
    "OutcomeModel",
    "ReliabilityBin",
    "blend",
    "features_of",
    "fit_outcome_model",
    "pay_ratio_of",
    "success_label",
]

FORMAT = "pathways.matching.outcome_model"
FORMAT_VERSION = 1
ESTIMATOR = "standardised_logistic_regression"

#: The only inputs of the model, in the order of its coefficients.
ALLOWED_FEATURES: tuple[str, ...] = (
    "interest_fit",
    "concept_fit",
    "skill_fit",
    "income_parity",
    "distance",
    "accommodations",
    "is_job",
    "readiness_stage",
    "same_sector_as_interests",
    "pay_ratio",
    "pay_known",
    "missing_skills",
    "remote",
)

#: Never features, under these names or any other: who a survivor is, where they come from,
#: what was done to them, and whether they take part in legal proceedings (support must not
#: depend on it). Identifiers and the raw profile are here too: they would let the model
#: learn a person, an organisation or a place instead of a fit.
FORBIDDEN_FEATURES: tuple[str, ...] = (
    "gender",
    "sex",
    "origin_country",
    "nationality",
    "ethnicity",
    "religion",
    "language",
    "languages",
    "first_language",
    "trafficking_type",
    "exploitation_type",
    "exploitation_sector",
    "legal_proceedings",
    "legal_case",
    "court_case",
    "trial_participation",
    "testimony",
    "age",
    "age_band",
    "minimum_age",
    "minor",
    "residence",
    "country",
    "district",
    "latitude",
    "longitude",
    "disability",
    "health",
    "pregnancy",
    "marital_status",
    "conditions",
    "do_not_group_with",
    "sectors_to_avoid",
    "survivor_id",
    "alias",
    "organisation_id",
)

#: Pay above three times the goal adds nothing the model should chase.
PAY_RATIO_CAP = 3.0
#: Beyond ten missing skills, more is not a different situation.
MAX_MISSING_SKILLS = 10
RELIABILITY_BINS = 5

S = MatchState
_JOB_LADDER = (S.HIRED, S.RETAINED_30, S.RETAINED_90, S.RETAINED_180)
#: The job outcomes that may be the target of success.
JOB_TARGETS = frozenset(_JOB_LADDER)
#: A training succeeds when it is completed, whatever the job target.
TRAINING_TARGET = S.COMPLETED
_JOB_STEPS = frozenset({S.EMPLOYER_INTEREST, S.INTRODUCED, *_JOB_LADDER})
_TRAINING_STEPS = frozenset({S.ENROLLED, S.COMPLETED})
_AFTER_ACCEPTANCE = _JOB_STEPS | _TRAINING_STEPS
_STOPPED = frozenset({S.ENDED, S.DECLINED})


class IncompatibleOutcomeModel(ValueError):
    """A stored model that this code must not use: another format, other features, bad data.

    The service should treat it as "no model" and retrain.
    """


# -- features ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MatchFeatures:
    """What the model sees of one match, as it was when the match was proposed."""

    interest_fit: float
    concept_fit: float
    skill_fit: float
    income_parity: float
    distance: float
    accommodations: float
    is_job: bool
    readiness_stage: int
    same_sector_as_interests: bool
    pay_ratio: float
    pay_known: bool
    missing_skills: int
    remote: bool

    def __post_init__(self) -> None:
        for name in ALLOWED_FEATURES[:6]:  # the six components of the content score
            _check_unit(name, getattr(self, name))
        if self.readiness_stage not in {stage.value for stage in ReadinessStage}:
            raise ValueError("readiness_stage is the number of a readiness stage")
        if not (math.isfinite(self.pay_ratio) and 0.0 <= self.pay_ratio <= PAY_RATIO_CAP):
            raise ValueError(f"pay_ratio is between 0 and {PAY_RATIO_CAP}")
        if not 0 <= self.missing_skills <= MAX_MISSING_SKILLS:
            raise ValueError(f"missing_skills is between 0 and {MAX_MISSING_SKILLS}")

    def vector(self) -> tuple[float, ...]:
        return tuple(float(getattr(self, name)) for name in ALLOWED_FEATURES)

    def as_dict(self) -> dict[str, float | int | bool]:
        """For storing beside the match when it is proposed: what it was trained on later."""
        return {name: getattr(self, name) for name in ALLOWED_FEATURES}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MatchFeatures:
        """The inverse of ``as_dict``; refuses any key that is not an allowed feature."""
        if set(data) != set(ALLOWED_FEATURES):
            raise ValueError("stored features must be exactly the allowed features")
        return cls(
            interest_fit=float(data["interest_fit"]),
            concept_fit=float(data["concept_fit"]),
            skill_fit=float(data["skill_fit"]),
            income_parity=float(data["income_parity"]),
            distance=float(data["distance"]),
            accommodations=float(data["accommodations"]),
            is_job=bool(data["is_job"]),
            readiness_stage=int(data["readiness_stage"]),
            same_sector_as_interests=bool(data["same_sector_as_interests"]),
            pay_ratio=float(data["pay_ratio"]),
            pay_known=bool(data["pay_known"]),
            missing_skills=int(data["missing_skills"]),
            remote=bool(data["remote"]),
        )


def _check_unit(name: str, value: float) -> None:
    if not (math.isfinite(value) and 0.0 <= value <= 1.0):
        raise ValueError(f"{name} is a score between 0 and 1")


def features_of(
    *,
    components: ComponentScores,
    kind: OpportunityKind,
    readiness: ReadinessStage,
    same_sector_as_interests: bool,
    pay_ratio: float | None,
    missing_skills: int,
    remote: bool,
) -> MatchFeatures:
    """The features of a match, from its score breakdown and facts about the opportunity.

    Deliberately takes no survivor: nothing about who a survivor is can be passed in.
    ``pay_ratio`` is pay over the survivor's income goal (``pay_ratio_of``), None when either
    is unknown; it is capped at ``PAY_RATIO_CAP`` and ``missing_skills`` at
    ``MAX_MISSING_SKILLS``.
    """
    if pay_ratio is not None and not (math.isfinite(pay_ratio) and pay_ratio >= 0):
        raise ValueError("a pay ratio is a non-negative number")
    if missing_skills < 0:
        raise ValueError("missing skills cannot be negative")
    return MatchFeatures(
        interest_fit=components.interest_fit,
        concept_fit=components.concept_fit,
        skill_fit=components.skill_fit,
        income_parity=components.income_parity,
        distance=components.distance,
        accommodations=components.accommodations,
        is_job=kind is OpportunityKind.JOB,
        readiness_stage=readiness.value,
        same_sector_as_interests=same_sector_as_interests,
        # Unknown pay sits at "as much as the goal"; ``pay_known`` tells the model it was a guess.
        pay_ratio=1.0 if pay_ratio is None else min(pay_ratio, PAY_RATIO_CAP),
        pay_known=pay_ratio is not None,
        missing_skills=min(missing_skills, MAX_MISSING_SKILLS),
        remote=remote,
    )


def pay_ratio_of(*, pay: MonthlyAmount | None, goal: MonthlyAmount | None) -> float | None:
    """Pay over the income goal; None when either is missing or they are in other currencies."""
    if pay is None or goal is None or pay.currency != goal.currency:
        return None
    if goal.amount == 0:
        return PAY_RATIO_CAP
    return min(pay.amount / goal.amount, PAY_RATIO_CAP)


# -- labels -----------------------------------------------------------------------------


def success_label(
    states_reached: Iterable[MatchState], *, target: MatchState = S.RETAINED_90
) -> bool | None:
    """Whether a match succeeded: True, False, or None when it is not an outcome (yet).

    - A job succeeds when it reaches ``target`` (or a later retention); a training when it
      is completed (``TRAINING_TARGET``), whatever ``target`` says.
    - A match never accepted is not an outcome (None): declining is the survivor's choice,
      and a proposal that lapsed was never tried.
    - An accepted match that ended or was declined before success is a failure, including a
      hire that ended before the target.
    - Anything else is still in progress (None): hired ten days ago, enrolled, introduced.

    Success once reached stays a success, even if the match ended later.
    """
    if target not in JOB_TARGETS:
        raise ValueError("the target is a job outcome: hired or retained 30, 90 or 180 days")
    reached = frozenset(states_reached)
    if reached & _JOB_STEPS and reached & _TRAINING_STEPS:
        raise ValueError("a match reached both job and training states")
    if TRAINING_TARGET in reached or reached & set(_JOB_LADDER[_JOB_LADDER.index(target) :]):
        return True
    accepted = S.ACCEPTED in reached or bool(reached & _AFTER_ACCEPTANCE)
    if not accepted:
        return None
    if reached & _STOPPED:
        return False
    return None


# -- metrics ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReliabilityBin:
    """Held-out matches whose predicted probability fell in [lower, upper)."""

    lower: float
    upper: float
    count: int
    mean_predicted: float
    observed_rate: float


@dataclass(frozen=True, slots=True)
class OutcomeMetrics:
    """How the model did on held-out outcomes it was not fitted on."""

    roc_auc: float
    brier: float
    #: The Brier score of always predicting the training success rate: what to beat.
    baseline_brier: float
    #: Mean gap between predicted and observed rates over the reliability bins, by count.
    expected_calibration_error: float
    #: Non-empty bins only, of ``RELIABILITY_BINS`` equal bins over [0, 1].
    reliability: tuple[ReliabilityBin, ...]
    n_train: int
    n_test: int
    #: Share of successes among all examples.
    positive_rate: float
    converged: bool

    @property
    def brier_skill(self) -> float:
        """1 is perfect, 0 no better than the base rate, below 0 worse."""
        return 1.0 - self.brier / self.baseline_brier if self.baseline_brier > 0 else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "roc_auc": self.roc_auc,
            "brier": self.brier,
            "baseline_brier": self.baseline_brier,
            "expected_calibration_error": self.expected_calibration_error,
            "reliability": [
                {
                    "lower": b.lower,
                    "upper": b.upper,
                    "count": b.count,
                    "mean_predicted": b.mean_predicted,
                    "observed_rate": b.observed_rate,
                }
                for b in self.reliability
            ],
            "n_train": self.n_train,
            "n_test": self.n_test,
            "positive_rate": self.positive_rate,
            "converged": self.converged,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> OutcomeMetrics:
        return cls(
            roc_auc=float(data["roc_auc"]),
            brier=float(data["brier"]),
            baseline_brier=float(data["baseline_brier"]),
            expected_calibration_error=float(data["expected_calibration_error"]),
            reliability=tuple(
                ReliabilityBin(
                    lower=float(b["lower"]),
                    upper=float(b["upper"]),
                    count=int(b["count"]),
                    mean_predicted=float(b["mean_predicted"]),
                    observed_rate=float(b["observed_rate"]),
                )
                for b in data["reliability"]
            ),
            n_train=int(data["n_train"]),
            n_test=int(data["n_test"]),
            positive_rate=float(data["positive_rate"]),
            converged=bool(data["converged"]),
        )


def _reliability(
    predicted: npt.NDArray[np.float64], observed: npt.NDArray[np.float64]
) -> tuple[tuple[ReliabilityBin, ...], float]:
    bins = np.minimum((predicted * RELIABILITY_BINS).astype(int), RELIABILITY_BINS - 1)
    table: list[ReliabilityBin] = []
    gap = 0.0
    for index in range(RELIABILITY_BINS):
        inside = bins == index
        count = int(inside.sum())
        if count == 0:
            continue
        mean_predicted = float(predicted[inside].mean())
        observed_rate = float(observed[inside].mean())
        table.append(
            ReliabilityBin(
                lower=index / RELIABILITY_BINS,
                upper=(index + 1) / RELIABILITY_BINS,
                count=count,
                mean_predicted=mean_predicted,
                observed_rate=observed_rate,
            )
        )
        gap += count * abs(mean_predicted - observed_rate)
    return tuple(table), gap / len(predicted)


# -- the model ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OutcomeModel:
    """A fitted model: standardise each feature, weigh, add, squash to a probability."""

    version: str
    feature_names: tuple[str, ...]
    means: tuple[float, ...]
    scales: tuple[float, ...]
    coefficients: tuple[float, ...]
    intercept: float
    metrics: OutcomeMetrics
    _mean: npt.NDArray[np.float64] = field(init=False, repr=False, compare=False)
    _scale: npt.NDArray[np.float64] = field(init=False, repr=False, compare=False)
    _coef: npt.NDArray[np.float64] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.version.strip():
            raise IncompatibleOutcomeModel("a model has a version")
        if self.feature_names != ALLOWED_FEATURES:
            raise IncompatibleOutcomeModel("the model's features are not the allowed features")
        width = len(ALLOWED_FEATURES)
        if not len(self.means) == len(self.scales) == len(self.coefficients) == width:
            raise IncompatibleOutcomeModel("one mean, scale and coefficient per feature")
        numbers = (*self.means, *self.scales, *self.coefficients, self.intercept)
        if not all(math.isfinite(n) for n in numbers) or min(self.scales) <= 0:
            raise IncompatibleOutcomeModel("parameters must be finite and scales positive")
        object.__setattr__(self, "_mean", np.asarray(self.means, dtype=np.float64))
        object.__setattr__(self, "_scale", np.asarray(self.scales, dtype=np.float64))
        object.__setattr__(self, "_coef", np.asarray(self.coefficients, dtype=np.float64))

    def predict(self, features: MatchFeatures) -> float:
        """The probability that this match succeeds, in [0, 1]."""
        return self.predict_many([features])[0]

    def predict_many(self, features: Sequence[MatchFeatures]) -> list[float]:
        if not features:
            return []
        rows = np.asarray([f.vector() for f in features], dtype=np.float64)
        return [float(p) for p in self._probabilities(rows)]

    def _probabilities(self, rows: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        return _logistic(
            rows,
            means=self._mean,
            scales=self._scale,
            coefficients=self._coef,
            intercept=self.intercept,
        )

    def standardised_coefficients(self) -> dict[str, float]:
        """The change in log-odds per standard deviation of each feature: what a review reads."""
        return dict(zip(self.feature_names, self.coefficients, strict=True))

    # -- storage ---------------------------------------------------------------------------

    def to_bytes(self) -> bytes:
        """Canonical JSON: numbers only, nothing that executes when loaded."""
        payload = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "estimator": ESTIMATOR,
            "version": self.version,
            "feature_names": list(self.feature_names),
            "means": list(self.means),
            "scales": list(self.scales),
            "coefficients": list(self.coefficients),
            "intercept": self.intercept,
            "metrics": self.metrics.as_dict(),
        }
        return json.dumps(payload, sort_keys=True, separators=(",", ":"), allow_nan=False).encode()

    @classmethod
    def from_bytes(cls, data: bytes) -> OutcomeModel:
        try:
            payload = json.loads(data)
            if not isinstance(payload, dict):
                raise IncompatibleOutcomeModel("a stored model is a JSON object")
            if payload.get("format") != FORMAT or payload.get("estimator") != ESTIMATOR:
                raise IncompatibleOutcomeModel("not a stored outcome model")
            if payload.get("format_version") != FORMAT_VERSION:
                raise IncompatibleOutcomeModel("a stored model of another format version")
            return cls(
                version=str(payload["version"]),
                feature_names=tuple(str(name) for name in payload["feature_names"]),
                means=_floats(payload["means"]),
                scales=_floats(payload["scales"]),
                coefficients=_floats(payload["coefficients"]),
                intercept=float(payload["intercept"]),
                metrics=OutcomeMetrics.from_dict(payload["metrics"]),
            )
        except IncompatibleOutcomeModel:
            raise
        except (ValueError, TypeError, KeyError) as error:
            raise IncompatibleOutcomeModel("a stored model that cannot be read") from error


def _logistic(
    rows: npt.NDArray[np.float64],
    *,
    means: npt.NDArray[np.float64],
    scales: npt.NDArray[np.float64],
    coefficients: npt.NDArray[np.float64],
    intercept: float,
) -> npt.NDArray[np.float64]:
    """The one place predictions are computed, for serving and for the held-out metrics."""
    logits = ((rows - means) / scales) @ coefficients + intercept
    # 1 / (1 + exp(-z)), written so that no logit overflows.
    result: npt.NDArray[np.float64] = np.exp(-np.logaddexp(0.0, -logits))
    return result


def _floats(values: Any) -> tuple[float, ...]:
    if not isinstance(values, list):
        raise TypeError("expected a list of numbers")
    return tuple(float(v) for v in values)


def _stratified_split(
    labels: npt.NDArray[np.int_], *, test_fraction: float, seed: int
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    """Train and test indices with each class on both sides (needs two of each class)."""
    rng = np.random.default_rng(seed)
    train: list[npt.NDArray[np.intp]] = []
    test: list[npt.NDArray[np.intp]] = []
    for label in (0, 1):
        members = rng.permutation(np.flatnonzero(labels == label))
        n_test = min(max(round(len(members) * test_fraction), 1), len(members) - 1)
        test.append(members[:n_test])
        train.append(members[n_test:])
    return np.sort(np.concatenate(train)), np.sort(np.concatenate(test))


def fit_outcome_model(
    examples: Sequence[tuple[MatchFeatures, bool]],
    *,
    min_examples: int,
    seed: int,
    version: str,
    min_per_class: int = 5,
    test_fraction: float = 0.25,
    regularisation: float = 1.0,
) -> OutcomeModel | None:
    """Fit and measure a model of success; None while there is too little to learn from.

    None when there are fewer than ``min_examples`` examples or fewer than
    ``min_per_class`` successes or failures (a model needs both, and so does its test).
    ``regularisation`` is scikit-learn's ``C``: smaller is more cautious.
    """
    if min_examples < 0 or min_per_class < 2:
        raise ValueError("min_examples is at least 0 and min_per_class at least 2")
    if not 0.0 < test_fraction < 1.0 or regularisation <= 0:
        raise ValueError("test_fraction is in (0, 1) and regularisation positive")
    if len(examples) < min_examples:
        return None
    labels = np.asarray([int(success) for _, success in examples], dtype=np.int_)
    successes = int(labels.sum())
    if min(successes, len(labels) - successes) < min_per_class:
        return None
    rows = np.asarray([features.vector() for features, _ in examples], dtype=np.float64)
    train, test = _stratified_split(labels, test_fraction=test_fraction, seed=seed)

    scaler = StandardScaler().fit(rows[train])
    estimator = LogisticRegression(C=regularisation, max_iter=1000)
    with warnings.catch_warnings():
        # Recorded in the metrics instead: a model that did not converge is still usable,
        # and the retraining job must not fail on it.
        warnings.simplefilter("ignore", ConvergenceWarning)
        estimator.fit(scaler.transform(rows[train]), labels[train])

    means = np.asarray(scaler.mean_, dtype=np.float64)
    scales = np.asarray(scaler.scale_, dtype=np.float64)
    coefficients = np.asarray(estimator.coef_[0], dtype=np.float64)
    intercept = float(estimator.intercept_[0])
    # Measured through the same arithmetic that serves predictions, on examples it never saw.
    predicted = _logistic(
        rows[test], means=means, scales=scales, coefficients=coefficients, intercept=intercept
    )
    observed = labels[test].astype(np.float64)
    train_rate = float(labels[train].mean())
    reliability, calibration_error = _reliability(predicted, observed)
    metrics = OutcomeMetrics(
        roc_auc=float(roc_auc_score(observed, predicted)),
        brier=float(brier_score_loss(observed, predicted)),
        baseline_brier=float(np.mean((observed - train_rate) ** 2)),
        expected_calibration_error=calibration_error,
        reliability=reliability,
        n_train=len(train),
        n_test=len(test),
        positive_rate=successes / len(labels),
        converged=int(np.max(estimator.n_iter_)) < estimator.max_iter,
    )
    return OutcomeModel(
        version=version,
        feature_names=ALLOWED_FEATURES,
        means=tuple(float(v) for v in means),
        scales=tuple(float(v) for v in scales),
        coefficients=tuple(float(v) for v in coefficients),
        intercept=intercept,
        metrics=metrics,
    )


# -- blending -----------------------------------------------------------------------------


def blend(content_score: float, success_probability: float | None, *, weight: float) -> float:
    """``(1 - weight) * content + weight * probability``; the content score alone without a model.

    ``weight`` is how much the learned probability counts, from 0 (not at all) to 1.
    """
    if not (math.isfinite(weight) and 0.0 <= weight <= 1.0):
        raise ValueError("the blend weight is between 0 and 1")
    if not math.isfinite(content_score):
        raise ValueError("the content score is a finite number")
    if success_probability is None:
        return content_score
    if not (math.isfinite(success_probability) and 0.0 <= success_probability <= 1.0):
        raise ValueError("a success probability is between 0 and 1")
    return (1.0 - weight) * content_score + weight * success_probability
