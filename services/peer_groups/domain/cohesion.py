"""How much a group's members have in common: shared interests and a similar recovery stage.

Interests are vocabulary concept ids (matching maps survivors' own words onto them). They are
weighted by rarity with scikit-learn's TF-IDF, so two people who both like cooking count for
less than two who both repair motorbikes, and compared by cosine similarity.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from scipy.sparse import csr_matrix
from sklearn.feature_extraction.text import TfidfTransformer
from sklearn.preprocessing import MultiLabelBinarizer

from peer_groups.domain.pool import PoolMember
from peer_groups.domain.values import ReadinessStage

__all__ = ["CohesionWeights", "MemberFeatures", "describe_shared", "featurise"]

_STAGE_RANGE = float(ReadinessStage.EMPLOYMENT_READY - ReadinessStage.PEER_SUPPORT_READY)


@dataclass(frozen=True, slots=True)
class CohesionWeights:
    """How much each part counts; they sum to 1 so cohesion stays in [0, 1]."""

    interests: float = 0.7
    stage: float = 0.3

    def __post_init__(self) -> None:
        if self.interests < 0 or self.stage < 0 or abs(self.interests + self.stage - 1) > 1e-9:
            raise ValueError("cohesion weights are non-negative and sum to 1")


@dataclass(frozen=True, slots=True)
class MemberFeatures:
    """Row i describes member i: unit-length interest vectors and a stage in [0, 1]."""

    interests: NDArray[np.float32]
    stage: NDArray[np.float64]
    weights: CohesionWeights
    #: The same interest vectors, sparse: a person has a handful of interests, so scoring
    #: thousands of candidates against a group touches only those.
    sparse_interests: csr_matrix

    def cohesion(self, rows: Sequence[int]) -> float:
        """Mean pairwise interest similarity and closeness of stages, weighted; 0 below two."""
        if len(rows) < 2:
            return 0.0
        vectors = self.interests[list(rows)]
        total = vectors.sum(axis=0)
        # Sum over pairs i<j of x_i·x_j = (|sum|² − Σ|x_i|²) / 2.
        pair_sum = (float(total @ total) - float((vectors * vectors).sum())) / 2
        pairs = len(rows) * (len(rows) - 1) / 2
        stages = self.stage[list(rows)]
        stage_closeness = 1.0 - float(stages.max() - stages.min())
        value = self.weights.interests * pair_sum / pairs + self.weights.stage * stage_closeness
        return min(1.0, max(0.0, value))


def featurise(members: Sequence[PoolMember], weights: CohesionWeights) -> MemberFeatures:
    labels = [sorted(m.interests) for m in members]
    if any(labels):
        binary = MultiLabelBinarizer(sparse_output=True).fit_transform(labels)
        tfidf = TfidfTransformer(norm="l2", sublinear_tf=False).fit_transform(binary)
        sparse = csr_matrix(tfidf, dtype=np.float32)
    else:
        sparse = csr_matrix((len(members), 1), dtype=np.float32)
    interests = np.asarray(sparse.toarray(), dtype=np.float32)
    stage = np.array(
        [
            min(1.0, max(0.0, (m.readiness - ReadinessStage.PEER_SUPPORT_READY) / _STAGE_RANGE))
            for m in members
        ],
        dtype=np.float64,
    )
    return MemberFeatures(
        interests=interests, stage=stage, weights=weights, sparse_interests=sparse
    )


def describe_shared(members: Sequence[PoolMember], common_languages: frozenset[str]) -> list[str]:
    """What the members share, as short codes a facilitator reads ("interest:cooking")."""
    counts = Counter(concept for m in members for concept in m.interests)
    shared = sorted(
        (concept for concept, count in counts.items() if count >= 2),
        key=lambda concept: (-counts[concept], concept),
    )
    described = [f"interest:{concept}" for concept in shared[:5]]
    described += [f"language:{language}" for language in sorted(common_languages)]
    stages = {m.readiness for m in members}
    if members and max(stages) - min(stages) <= 1:
        described.append("stage:similar")
    return described
