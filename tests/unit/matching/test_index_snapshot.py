"""The index snapshot: a restart from it answers as a fresh build, and a bad one is refused."""

from __future__ import annotations

import dataclasses
import tempfile
from collections.abc import Iterable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from matching.adapters import index_snapshot
from matching.adapters.index_snapshot import (
    FileSnapshotStore,
    Snapshot,
    SnapshotIdentity,
    decode_opportunity,
    read_snapshot,
    write_snapshot,
)
from matching.adapters.opportunity_index import OpportunityIndex
from matching.domain.opportunity import Opportunity
from matching.domain.scoring import ScoreWeights
from matching.domain.survivor import Survivor
from pathways_runtime.log import configure_logging
from tests.unit.matching.fakes import TinyVocabulary
from tests.unit.matching.strategies import open_job, ready_survivor, survivor_and_opportunities


def _index(
    opportunities: Iterable[Opportunity] = (), *, text_features: int = 2**12
) -> OpportunityIndex:
    index = OpportunityIndex(
        concepts=TinyVocabulary(),
        weights=ScoreWeights(),
        text_features=text_features,
        skill_features=2**10,
    )
    index.upsert_many(opportunities)
    return index


def _identity(index: OpportunityIndex, **changes: object) -> SnapshotIdentity:
    identity = SnapshotIdentity(
        vocabulary="vocab1",
        feature_config=index.feature_config(),
        database="pathways_matching",
        topic="opportunities.v1",
    )
    return dataclasses.replace(identity, **changes)  # type: ignore[arg-type]


def _answers(
    index: OpportunityIndex, survivor: Survivor
) -> list[tuple[str, float, tuple[str, ...]]]:
    return [
        (
            m.opportunity.opportunity_id,
            round(m.scored.total, 6),
            tuple(r.code for r in m.scored.reasons),
        )
        for m in index.matches(survivor, k=100)
    ]


def _through_file(index: OpportunityIndex, directory: Path) -> OpportunityIndex:
    path = directory / "snapshot.npz"
    identity = _identity(index)
    write_snapshot(path, Snapshot(index.export_state(), {0: 7}), identity=identity)
    snapshot = read_snapshot(path, identity=identity)
    assert snapshot is not None
    assert snapshot.offsets == {0: 7}
    restored = _index()
    restored.restore(snapshot.state, decode=decode_opportunity)
    return restored


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(survivor_and_opportunities())
def test_an_index_restored_from_its_snapshot_answers_exactly_as_the_original(
    case: tuple[Survivor, list[Opportunity]],
) -> None:
    survivor, opportunities = case
    original = _index(opportunities)
    with tempfile.TemporaryDirectory() as directory:
        restored = _through_file(original, Path(directory))

    assert _answers(restored, survivor) == _answers(original, survivor)
    assert restored.rank(survivor, k=100) == original.rank(survivor, k=100)
    assert restored.versions() == original.versions()
    for opportunity in opportunities:
        back = restored.get(opportunity.opportunity_id)
        assert back is not None
        assert (back.details, back.status, back.version) == (
            opportunity.details,
            opportunity.status,
            opportunity.version,
        )


def _jobs() -> list[Opportunity]:
    jobs = [
        open_job("opp_1", title="Barista", description="Coffee and espresso in a cafe"),
        open_job("opp_2", title="Line cook", description="Cooking in a busy restaurant"),
        open_job("opp_3", title="Tailor", description="Sewing garments in a workshop"),
        open_job("opp_4", title="Cafe helper", description="Coffee, cleaning and cooking"),
    ]
    for job in jobs:
        job.version = 1
    return jobs


def test_after_updates_and_removals_a_snapshot_restores_what_a_fresh_build_gives(
    tmp_path: Path,
) -> None:
    index = _index(_jobs())
    changed = open_job("opp_2", title="Barista", description="Coffee in a busy restaurant")
    changed.version = 2
    index.upsert(changed)  # weighed with the IDF of its day
    index.remove("opp_3")
    survivor = ready_survivor(interests="coffee and cooking")

    restored = _through_file(index, tmp_path)

    fresh = _index([_jobs()[0], changed, _jobs()[3]])
    assert _answers(restored, survivor) == _answers(fresh, survivor)
    assert restored.versions() == {"opp_1": 1, "opp_2": 2, "opp_4": 1}


def test_compaction_weighs_every_row_as_a_fresh_build_would() -> None:
    index = _index(_jobs()[:2])
    for job in _jobs()[2:]:
        index.upsert(job)  # rows weighed with an older IDF
    survivor = ready_survivor(interests="coffee and cooking")
    before = _answers(index, survivor)

    index.compact()

    assert _answers(index, survivor) == _answers(_index(_jobs()), survivor)
    assert [a[0] for a in before] == [a[0] for a in _answers(index, survivor)]


@pytest.mark.parametrize(
    "changes",
    [
        {"vocabulary": "vocab2"},
        {"database": "pathways_other"},
        {"topic": "opportunities.v2"},
        {"feature_config": {"text_features": 2**13}},
    ],
    ids=["vocabulary", "database", "topic", "features"],
)
def test_a_snapshot_for_another_vocabulary_configuration_or_source_is_ignored(
    tmp_path: Path, changes: dict[str, object]
) -> None:
    index = _index(_jobs())
    path = tmp_path / "snapshot.npz"
    write_snapshot(path, Snapshot(index.export_state(), {0: 1}), identity=_identity(index))

    assert read_snapshot(path, identity=_identity(index, **changes)) is None
    assert read_snapshot(path, identity=_identity(index)) is not None


def test_a_snapshot_of_another_format_version_is_ignored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    index = _index(_jobs())
    path = tmp_path / "snapshot.npz"
    monkeypatch.setattr(index_snapshot, "FORMAT_VERSION", index_snapshot.FORMAT_VERSION + 1)
    write_snapshot(path, Snapshot(index.export_state(), {0: 1}), identity=_identity(index))
    monkeypatch.undo()

    assert read_snapshot(path, identity=_identity(index)) is None


def test_restoring_a_state_of_another_feature_configuration_is_refused() -> None:
    state = _index(_jobs()).export_state()

    with pytest.raises(ValueError, match="feature configuration"):
        _index(text_features=2**13).restore(state, decode=decode_opportunity)


@pytest.mark.parametrize("damage", ["truncated", "flipped", "garbage", "empty"])
def test_a_corrupt_snapshot_is_refused_with_a_warning_and_no_content(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], damage: str
) -> None:
    configure_logging(service="test")
    index = _index(_jobs())
    path = tmp_path / "snapshot.npz"
    write_snapshot(path, Snapshot(index.export_state(), {0: 1}), identity=_identity(index))
    data = path.read_bytes()
    if damage == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "flipped":
        # A byte inside the opportunities' payload: the member's CRC no longer matches.
        at = data.index(b"Barista")
        path.write_bytes(data[:at] + b"X" + data[at + 1 :])
    elif damage == "garbage":
        path.write_bytes(b"not a snapshot at all" * 100)
    else:
        path.write_bytes(b"")

    assert read_snapshot(path, identity=_identity(index)) is None
    logged = capsys.readouterr().err
    assert "index snapshot" in logged
    assert '"level": "warning"' in logged
    assert "Barista" not in logged
    assert "Coffee" not in logged


def test_writing_replaces_the_file_whole_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    index = _index(_jobs())
    store = FileSnapshotStore(tmp_path / "snapshot.npz", identity=_identity(index))
    store.save(Snapshot(index.export_state(), {0: 1, 1: 0}))
    index.remove("opp_1")

    store.save(Snapshot(index.export_state(), {0: 2, 1: 0}))

    assert [p.name for p in tmp_path.iterdir()] == ["snapshot.npz"]
    snapshot = store.load()
    assert snapshot is not None
    assert snapshot.offsets == {0: 2, 1: 0}
    assert sorted(snapshot.state.ids) == ["opp_2", "opp_3", "opp_4"]


def test_a_missing_snapshot_is_no_snapshot(tmp_path: Path) -> None:
    index = _index()
    assert read_snapshot(tmp_path / "absent.npz", identity=_identity(index)) is None
