"""Learning from outcomes: features at proposal time, retraining, blending into scores.

The model only ever sees the features built by ``matching.domain.outcome_model``: the score
breakdown and facts about the opportunity, never who the survivor is.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime

from matching.domain.match import Match, MatchState
from matching.domain.opportunity import Opportunity
from matching.domain.outcome_model import (
    IncompatibleOutcomeModel,
    MatchFeatures,
    OutcomeModel,
    blend,
    features_of,
    fit_outcome_model,
    pay_ratio_of,
    success_label,
)
from matching.domain.scoring import ScoredMatch
from matching.domain.survivor import Survivor

__all__ = ["blend_suggestions", "features_for", "train"]


def features_for(
    survivor: Survivor, opportunity: Opportunity, scored: ScoredMatch, *, interests: frozenset[str]
) -> MatchFeatures:
    details = opportunity.details
    return features_of(
        components=scored.components,
        kind=details.kind,
        readiness=survivor.stage,
        same_sector_as_interests=bool(opportunity.sectors & interests),
        pay_ratio=pay_ratio_of(pay=details.pay, goal=survivor.profile.income_goal),
        missing_skills=len(scored.missing_skills),
        remote=details.remote,
    )


def train(
    matches: Iterable[Match],
    *,
    min_examples: int,
    seed: int,
    target: MatchState,
    now: datetime,
) -> OutcomeModel | None:
    """Fit a model of success on every match with features and a known outcome."""
    examples: list[tuple[MatchFeatures, bool]] = []
    for match in matches:
        if match.features is None:
            continue
        label = success_label((step.state for step in match.history), target=target)
        if label is None:
            continue
        try:
            examples.append((MatchFeatures.from_dict(match.features), label))
        except (ValueError, TypeError, IncompatibleOutcomeModel):
            continue  # features from an older schema: skip rather than guess
    version = f"{target.value}-{now:%Y%m%dT%H%M%SZ}-n{len(examples)}"
    return fit_outcome_model(examples, min_examples=min_examples, seed=seed, version=version)


def blend_suggestions(
    scored: list[tuple[ScoredMatch, MatchFeatures]],
    *,
    model: OutcomeModel | None,
    weight: float,
) -> list[tuple[ScoredMatch, float | None]]:
    """Each match's total blended with its predicted success, best first."""
    if model is None or not scored:
        return [(s, None) for s, _ in scored]
    predictions = model.predict_many([features for _, features in scored])
    blended: list[tuple[ScoredMatch, float | None]] = [
        (replace(s, total=blend(s.total, p, weight=weight)), p)
        for (s, _), p in zip(scored, predictions, strict=True)
    ]
    blended.sort(key=lambda item: (-item[0].total, item[0].opportunity_id))
    return blended
