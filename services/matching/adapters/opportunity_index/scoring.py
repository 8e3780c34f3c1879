"""The score components and total of many rows at once: the formulas of
``matching.domain.scoring``, vectorised.

The index ranks with these; the reference code then explains the top k (breakdown, reason
codes, sentences). A property test holds the two totals equal.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from matching.adapters.opportunity_index.columns import ACCOMMODATION_BIT, KIND_CODE, FactColumns
from matching.adapters.opportunity_index.concepts import ConceptSpace
from matching.adapters.opportunity_index.features import FeatureRows, skill_query
from matching.domain.scoring import (
    DISLIKE_PENALTY,
    LEARNING_PREFERENCE,
    NAMED_WISH_SHARE,
    NEUTRAL,
    MatchReport,
    ScoreWeights,
    wanted_skills,
)
from matching.domain.survivor import Survivor
from matching.domain.values import OpportunityKind
from matching.domain.words_read import reading_of

__all__ = [
    "Components",
    "RelevantRows",
    "components",
    "named_wish_fit",
    "relevant",
    "relevant_scores",
    "total",
]


@dataclass(frozen=True, slots=True)
class RelevantRows:
    """What :func:`relevant_scores` answers: the rows kept with their totals, text and
    concept fits (aligned), and what was read from the survivor's words once for them."""

    rows: npt.NDArray[np.intp]
    totals: npt.NDArray[np.float64]
    text: npt.NDArray[np.float32]
    concept: npt.NDArray[np.float32]
    #: The concept fit before its cap at 1 (``Components.closeness``), aligned.
    closeness: npt.NDArray[np.float32]
    #: How many of the survivor's wishes each row names (``Components.named``), aligned.
    named: npt.NDArray[np.float32]
    #: The rows the survivor's wish to learn favours (training, when they want to learn):
    #: of equal totals these come first, as the preference cannot lift a total of 1.
    favoured: npt.NDArray[np.bool_]
    #: The survivor's direct concepts.
    direct: frozenset[str]
    #: The concepts the survivor says they do not want (``ConceptSpace.disliked_topics``).
    disliked: frozenset[str]
    wants_to_learn: bool


@dataclass(frozen=True, slots=True)
class Components:
    """The score components of some rows for one survivor (arrays aligned with the rows)."""

    text: npt.NDArray[np.float32]
    concept: npt.NDArray[np.float32]
    #: The concept fit before its cap at 1: two rows that both reach a full concept fit
    #: differ here when one names more of the survivor's wishes (makeup and beauty said:
    #: a make-up course beside a hairdressing one). It orders equal totals, nothing else.
    closeness: npt.NDArray[np.float32]
    #: How many of the survivor's wishes each row names itself, a wish or something within
    #: it (a baking course names a wish to cook; ``ConceptSpace.wish_columns``). It raises
    #: the concept fit (``named_wish_fit``), and of equal totals the row about more of what
    #: they said comes first, before the wish to learn is looked at
    #: ("I'll stay in construction, but I want to learn house painting": the painter's
    #: job names both, the masonry course one; both reach a total of 1).
    named: npt.NDArray[np.float32]
    #: The larger of text and concept fit, each clipped to [0, 1].
    relevance: npt.NDArray[np.float32]
    #: Whether the survivor's words or interests map to at least one concept (the
    #: relevance floor applies only then).
    said_something: bool
    #: Whether the survivor's words say they want to learn (favours training).
    wants_to_learn: bool
    is_training: npt.NDArray[np.bool_]
    skill: npt.NDArray[np.float64]
    skill_judged: npt.NDArray[np.bool_]
    income: npt.NDArray[np.float64]
    income_judged: npt.NDArray[np.bool_]
    distance: npt.NDArray[np.float64]
    accommodations: npt.NDArray[np.float64]
    direct: frozenset[str]
    #: The concepts the survivor says they do not want, and the rows about one of them.
    disliked: frozenset[str]
    refused: npt.NDArray[np.bool_]


def components(
    survivor: Survivor,
    rows: npt.NDArray[np.intp],
    *,
    size: int,
    features: FeatureRows,
    concepts: ConceptSpace,
    facts: FactColumns,
) -> Components:
    """Each component for ``rows``, with where the ones that may be unjudged are judged."""
    profile = survivor.profile
    col = facts.columns
    words = reading_of(survivor, concepts.mapper)
    text_query = features.text.query(words.liked)
    text = features.text_rows.dot_columns(*text_query, size=size)[rows]
    query = concepts.survivor_query(survivor, words=words)
    direct = query.direct
    disliked = concepts.disliked_topics(query)
    refused = np.zeros(rows.size, dtype=bool)
    for topic in disliked:
        column = facts.mentions.get(topic)
        if column is not None:
            refused |= column.padded(size)[rows]
    named = np.zeros(rows.size, dtype=np.float32)
    for wish in concepts.wish_columns(query.wished):
        named += (
            features.named_rows.dot_columns(
                wish, np.ones(wish.size, dtype=np.float32), size=size, rows=rows
            )
            > 0
        )
    closeness = named_wish_fit(
        features.concept_rows.dot_columns(query.columns, query.values, size=size, rows=rows),
        named,
        wished=len(query.wished),
    )
    concept = np.minimum(closeness, np.float32(1.0)).astype(np.float32, copy=False)
    kind = col["kind"].values[rows]
    is_job = kind == KIND_CODE[OpportunityKind.JOB]
    # Skills: a job by the share of its required skills held; training by how much of
    # what it teaches is wanted. Not judged (left out of the total): a job asking for no
    # skill or a survivor with none recorded, training teaching none listed, a survivor
    # wanting to learn nothing.
    held = features.required_rows.dot_columns(
        *skill_query(profile.skills, features.skill_width), size=size, rows=rows
    )
    n_required = col["n_required"].values[rows].astype(np.float64)
    job_fit = held / np.maximum(n_required, 1)
    wanted = wanted_skills(survivor)
    n_taught = col["n_taught"].values[rows].astype(np.float64)
    if wanted:
        taught = features.taught_rows.dot_columns(
            *skill_query(wanted, features.skill_width), size=size, rows=rows
        )
        training_fit = np.minimum(1.0, taught / np.maximum(np.minimum(n_taught, len(wanted)), 1))
    else:
        training_fit = np.zeros(rows.size)
    skill = np.where(is_job, job_fit, training_fit)
    skill_judged = np.where(
        is_job, (n_required > 0) & bool(profile.skills), (n_taught > 0) & bool(wanted)
    )
    # Income parity: a job's pay against the goal; training's stipend is not judged.
    income = np.zeros(rows.size)
    income_judged = np.zeros(rows.size, dtype=bool)
    goal = profile.income_goal
    if goal is not None and goal.currency in facts.currencies:
        pay = col["pay"].values[rows]
        # Judged only where a job's pay falls short of the goal (see the scoring module).
        income_judged = (
            is_job
            & (col["currency"].values[rows] == facts.currencies[goal.currency])
            & ~np.isnan(pay)
            & (np.nan_to_num(pay, nan=np.inf) < goal.amount)
        )
        income = (
            np.ones(rows.size)
            if goal.amount == 0
            else np.minimum(1.0, np.nan_to_num(pay) / max(goal.amount, 1))
        )
    # Distance within the radius; remote counts as home.
    remote = col["remote"].values[rows]
    distance = np.where(remote, 1.0, 0.0)
    if profile.residence is not None:
        away = np.flatnonzero(~remote)
        km = facts.km_from(profile.residence.latitude, profile.residence.longitude, rows[away])
        distance[away] = np.maximum(0.0, 1.0 - km / max(profile.travel_radius_km, 1))
    # Accommodations: the share of needs offered.
    if profile.needs:
        need_bits = 0
        for need in profile.needs:
            need_bits |= ACCOMMODATION_BIT[need]
        offered = np.bitwise_count(col["accommodations"].values[rows] & need_bits)
        accommodations = offered / len(profile.needs)
    else:
        accommodations = np.ones(rows.size)
    return Components(
        text=text,
        concept=concept,
        closeness=closeness,
        named=named,
        relevance=np.maximum(np.clip(text, 0.0, 1.0), np.clip(concept, 0.0, 1.0)),
        said_something=bool(query.columns.size),
        wants_to_learn=words.wants_to_learn,
        is_training=~is_job,
        skill=skill,
        skill_judged=skill_judged,
        income=income,
        income_judged=income_judged,
        distance=distance,
        accommodations=accommodations,
        direct=direct,
        disliked=disliked,
        refused=refused,
    )


def named_wish_fit(
    similarity: npt.NDArray[np.float32], named: npt.NDArray[np.float32], *, wished: int
) -> npt.NDArray[np.float32]:
    """``matching.domain.scoring.concept_fit``, vectorised, before its cap at 1: the
    cosines ``similarity``, raised by ``NAMED_WISH_SHARE`` times the share of the
    ``wished`` concepts each row ``named``."""
    if wished <= 0:
        return similarity
    raised = similarity + np.float32(NAMED_WISH_SHARE / wished) * named
    return raised.astype(np.float32, copy=False)


def total(parts: Components, weights: ScoreWeights) -> npt.NDArray[np.float64]:
    """Relevance on the pooled weights of interest and concept fit, and the judged
    others, as a weighted mean (``ComponentScores.total``, vectorised), after the wish to
    learn and the dislikes (``with_learning_preference``, ``with_dislike_penalty``)."""
    w = weights
    always = w.interest_fit + w.concept_fit + w.distance + w.accommodations
    weighted = (
        (w.interest_fit + w.concept_fit) * parts.relevance
        + w.skill_fit * np.where(parts.skill_judged, parts.skill, 0.0)
        + w.income_parity * np.where(parts.income_judged, parts.income, 0.0)
        + w.distance * parts.distance
        + w.accommodations * parts.accommodations
    )
    weight = always + w.skill_fit * parts.skill_judged + w.income_parity * parts.income_judged
    totals: npt.NDArray[np.float64] = np.where(
        weight > 0, weighted / np.where(weight > 0, weight, 1.0), NEUTRAL
    )
    if parts.wants_to_learn:  # ``scoring.with_learning_preference``, vectorised
        totals = np.where(parts.is_training, totals + (1.0 - totals) * LEARNING_PREFERENCE, totals)
    if parts.disliked:  # ``scoring.with_dislike_penalty``, vectorised
        totals = np.where(parts.refused, totals * (1.0 - DISLIKE_PENALTY), totals)
    return totals


def relevant(parts: Components, floor: float) -> npt.NDArray[np.bool_]:
    """Rows at or above the relevance ``floor``; all of them when nothing the survivor
    said maps to a concept (``matching.domain.scoring.is_relevant``)."""
    if not parts.said_something:
        return np.ones(parts.relevance.size, dtype=bool)
    kept: npt.NDArray[np.bool_] = parts.relevance >= np.float32(floor)
    return kept


def relevant_scores(
    survivor: Survivor,
    rows: npt.NDArray[np.intp],
    *,
    size: int,
    report: MatchReport | None,
    features: FeatureRows,
    concepts: ConceptSpace,
    facts: FactColumns,
    weights: ScoreWeights,
    floor: float,
) -> RelevantRows:
    """``rows`` at or above the relevance floor with their totals, text and concept
    fits; ``report`` (if given) learns how many were eligible and how many fell short."""
    parts = components(survivor, rows, size=size, features=features, concepts=concepts, facts=facts)
    keep = relevant(parts, floor)
    if report is not None:
        report.eligible = int(rows.size)
        report.below_floor = int(rows.size - np.count_nonzero(keep))
        report.wants_to_learn = parts.wants_to_learn
        report.named = parts.direct
    totals = total(parts, weights)
    return RelevantRows(
        rows=rows[keep],
        totals=totals[keep],
        text=parts.text[keep],
        concept=parts.concept[keep],
        closeness=parts.closeness[keep],
        named=parts.named[keep],
        favoured=(parts.is_training & parts.wants_to_learn)[keep],
        direct=parts.direct,
        disliked=parts.disliked,
        wants_to_learn=parts.wants_to_learn,
    )
