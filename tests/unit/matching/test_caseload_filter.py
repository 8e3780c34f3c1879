"""The caseload filter: stage in force, never assessed, consents now, changed since."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta

import pytest

from matching.domain.errors import Forbidden, InvalidInput
from matching.domain.survivor import Survivor
from matching.domain.values import ConsentPurpose, ReadinessStage
from matching.service_layer import queries
from matching.service_layer.handlers import Ports
from tests.unit.matching.service_ports import build_ports
from tests.unit.matching.strategies import NOW
from tests.unit.matching.test_handlers import EMPLOYER, OFFICER, _profile


def _survivor(
    *, stage: ReadinessStage | None = None, consents: Iterable[ConsentPurpose] = ()
) -> Survivor:
    survivor = Survivor.register(
        survivor_id="srv_1", organisation_id="org_ngo", alias="P-AAAAAA", profile=_profile()
    )
    if stage is not None:
        survivor.assess_readiness(stage=stage, at=NOW, review_due=None, by="u")
    for purpose in consents:
        survivor.set_consent(purpose=purpose, granted=True, at=NOW, by="u")
    return survivor


def test_stage_means_the_stage_in_force_and_never_assessed_has_none() -> None:
    never = _survivor()
    training = _survivor(stage=ReadinessStage.TRAINING_READY)
    by_stage = queries.CaseloadFilter(stage=ReadinessStage.STABILISING)
    # Unassessed counts as stabilising for matching, but it is not an assessed stage.
    assert not by_stage.keeps(never, None)
    assert queries.CaseloadFilter(not_assessed=True).keeps(never, None)
    assert not queries.CaseloadFilter(not_assessed=True).keeps(training, None)
    assert queries.CaseloadFilter(stage=ReadinessStage.TRAINING_READY).keeps(training, None)


def test_every_consent_asked_for_must_be_granted_now() -> None:
    both = _survivor(consents=(ConsentPurpose.MATCHING, ConsentPurpose.EMPLOYER_SHORTLIST))
    wanted = queries.CaseloadFilter(
        consents=frozenset(ConsentPurpose) - {ConsentPurpose.PEER_GROUPS}
    )
    assert wanted.keeps(both, None)
    both.set_consent(purpose=ConsentPurpose.EMPLOYER_SHORTLIST, granted=False, at=NOW, by="u")
    assert not wanted.keeps(both, None)


def test_changed_since_uses_the_write_time_or_else_the_last_recorded_change() -> None:
    assessed = _survivor(stage=ReadinessStage.TRAINING_READY)
    since = queries.CaseloadFilter(updated_since=NOW + timedelta(days=1))
    assert not since.keeps(assessed, None)  # assessed at NOW, before the day asked
    assert since.keeps(assessed, NOW + timedelta(days=2))
    assert not since.keeps(_survivor(), None)  # nothing recorded: not known to have changed


def test_only_officers_list_a_caseload_and_a_stage_excludes_never_assessed() -> None:
    ports: Ports = build_ports()
    with pytest.raises(Forbidden):
        queries.list_survivors(
            EMPLOYER, page_size=10, page_token="", wanted=queries.CaseloadFilter(), ports=ports
        )
    with pytest.raises(InvalidInput):
        queries.list_survivors(
            OFFICER,
            page_size=10,
            page_token="",
            wanted=queries.CaseloadFilter(stage=ReadinessStage.STABILISING, not_assessed=True),
            ports=ports,
        )
