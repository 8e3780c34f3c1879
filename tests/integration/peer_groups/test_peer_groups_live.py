"""Peer groups as a real process beside matching, over the real broker and server.

Survivors registered in matching reach the peer-groups pool over Kafka; a facilitator gets
a proposal, publishes it; officers record answers; withdrawing consent and erasure reach
the groups at once.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypedDict

import grpc
import pytest

from pathways.v1 import common_pb2, matching_pb2, peer_groups_pb2, peer_groups_pb2_grpc
from tests.integration.matching.conftest import start_matching
from tests.integration.matching.test_matching_over_grpc import _events
from tests.support.grpc_health import health_status
from tests.support.matching_client import As, open_to_peer_groups, profile, seen_by_peer_org
from tests.support.processes import ServiceProcess, free_port, wait_until

THURSDAY_EVENING = common_pb2.WeeklySlot(day_of_week=4, start_minute=18 * 60, duration_minutes=90)
#: The survivors topic is shared by every test of the session: this test's people live in a
#: district of their own, so other tests' survivors never qualify for its group.
DISTRICT = f"Test district {uuid.uuid4().hex[:8]}"
#: Group ids derive from (organisation, request id): unique per run, as topics outlive runs.
REQUEST_ID = f"req-{uuid.uuid4().hex}"
#: A new consumer group replays the shared survivors topic from its start: minutes.
pytestmark = pytest.mark.timeout(1500)
HOME = common_pb2.Place(country="TH", district=DISTRICT, latitude=13.73, longitude=100.524)


class Services(TypedDict):
    """Matching and peer groups as processes of the test's own, and who calls them."""

    officer: As
    group_officer: As
    other_officer: As
    facilitator: As
    other_facilitator: As
    peer_log: Callable[[], str]


@pytest.fixture
def services(
    tmp_path: Path, kafka_bootstrap: str, mongodb_uri: str, unique_name: str
) -> Iterator[Services]:
    matching_process, matching_address = start_matching(
        tmp_path,
        kafka_bootstrap=kafka_bootstrap,
        mongodb_uri=mongodb_uri,
        database=f"{unique_name}_m",
        name="matching",
    )
    port = free_port()
    peer_process = ServiceProcess(
        module="peer_groups",
        env={
            "PATHWAYS_GRPC_PORT": str(port),
            "PATHWAYS_KAFKA_BOOTSTRAP": kafka_bootstrap,
            "PATHWAYS_MONGODB_URI": mongodb_uri,
            "PATHWAYS_MONGODB_DATABASE": f"{unique_name}_p",
            "PATHWAYS_SURVIVOR_EVENTS_GROUP": f"peer_groups_{unique_name}",
            "PATHWAYS_HEALTH_CHECK_INTERVAL_S": "0.5",
        },
        log_path=tmp_path / "peer_groups.log",
    ).start()
    peer_address = f"127.0.0.1:{port}"
    channels = [grpc.insecure_channel(matching_address), grpc.insecure_channel(peer_address)]
    try:
        if not wait_until(lambda: health_status(peer_address) == "SERVING", timeout_s=60):
            pytest.fail("peer_groups did not become SERVING:\n" + peer_process.log_text()[-4000:])
        stub = peer_groups_pb2_grpc.PeerGroupServiceStub
        yield {
            "officer": As(channels[0], "u_officer", "org_ngo", "reintegration_officer"),
            "group_officer": As(channels[1], "u_officer", "org_ngo", "reintegration_officer", stub),
            "other_officer": As(channels[1], "u_o2", "org_other", "reintegration_officer", stub),
            "facilitator": As(channels[1], "u_facil", "org_peer", "facilitator", stub),
            "other_facilitator": As(channels[1], "u_f2", "org_peer2", "facilitator", stub),
            "peer_log": peer_process.log_text,
        }
    finally:
        for channel in channels:
            channel.close()
        peer_process.stop()
        matching_process.stop()


def _open_to_groups(officer: As, **overrides: Any) -> matching_pb2.Survivor:
    return open_to_peer_groups(
        officer, availability=[THURSDAY_EVENING], residence=HOME, **overrides
    )


def _group_settings(**overrides: Any) -> peer_groups_pb2.GroupSettings:
    fields: dict[str, Any] = {
        "title": "Thursday evening circle",
        "languages": ["th"],
        "modality": peer_groups_pb2.MODALITY_IN_PERSON,
        "country": "TH",
        "district": DISTRICT,
        "focus": common_pb2.GROUP_FOCUS_ANY,
        "min_size": 3,
        "max_size": 4,
        "schedule": [THURSDAY_EVENING],
    }
    fields.update(overrides)
    return peer_groups_pb2.GroupSettings(**fields)


def _propose_until(
    facilitator: As, group_id: str, *, members: int, considered: int = 0, timeout_s: float = 900
) -> peer_groups_pb2.ProposeMembersResponse:
    """Ask until the pool (fed over Kafka) holds enough people for the proposal, and at
    least ``considered`` people were looked at (proposed or left out): the last registered
    may arrive after the first ones already fill the group.

    A new consumer group reads survivors.v1 from its start, every earlier test's survivors
    included, before it reaches this test's: on a loaded machine that takes a while.
    """
    deadline = time.monotonic() + timeout_s
    while True:
        response: peer_groups_pb2.ProposeMembersResponse = facilitator.ProposeMembers(
            # org_ngo shares its survivors with org_peer (the gateway names its partners).
            peer_groups_pb2.ProposeMembersRequest(
                group_ids=[group_id], seed=1, pool_organisation_ids=["org_ngo"]
            )
        )
        (proposal,) = response.proposals
        looked_at = len(proposal.members) + sum(response.left_out_counts.values())
        if proposal.feasible and len(proposal.members) == members and looked_at >= considered:
            return response
        if time.monotonic() > deadline:
            pytest.fail(f"no proposal of {members}: {proposal}")
        time.sleep(0.5)


def test_survivors_flow_from_matching_into_groups_safely(
    services: Services, kafka_bootstrap: str
) -> None:
    officer, facilitator = services["officer"], services["facilitator"]
    people = [_open_to_groups(officer) for _ in range(4)]
    # The fifth was trafficked with the first: never in one group with them.
    linked = _open_to_groups(officer, do_not_group_with=[people[0].survivor_id])
    # Someone not ready yet and someone without peer-group consent stay out of every view.
    stabilising = officer.RegisterSurvivor(
        matching_pb2.RegisterSurvivorRequest(
            profile=profile(availability=[THURSDAY_EVENING], residence=HOME)
        )
    )
    group = facilitator.CreateGroup(
        peer_groups_pb2.CreateGroupRequest(settings=_group_settings(), request_id=REQUEST_ID)
    )
    again = facilitator.CreateGroup(
        peer_groups_pb2.CreateGroupRequest(settings=_group_settings(), request_id=REQUEST_ID)
    )
    assert again.group_id == group.group_id

    response = _propose_until(facilitator, group.group_id, members=4, considered=5)
    (proposal,) = response.proposals
    aliases = {m.alias for m in proposal.members}
    # org_peer knows everyone by codes of its own, never by the alias org_ngo uses.
    assert not aliases & {p.alias for p in [*people, linked]}
    assert not {seen_by_peer_org(people[0]), seen_by_peer_org(linked)} <= aliases
    assert seen_by_peer_org(stabilising) not in aliases | {r.alias for r in response.left_out}
    # Left out for a full group or for the link: told alike (rules.as_told).
    assert response.left_out_counts == {"NOT_PLACED": 1}
    # Facilitators see alias-level cards only.
    card = proposal.members[0]
    assert card.age_band == "25-34"
    assert list(card.languages) == ["th"]
    assert set(peer_groups_pb2.MemberCard.DESCRIPTOR.fields_by_name) == {
        "alias",
        "languages",
        "age_band",
        "shared_interests",
        "state",
        "locked",
        "since",
    }

    # A request naming no pool organisations (an older gateway) draws from the caller's own
    # organisation only, never from everyone: org_peer holds no survivors.
    unscoped = facilitator.GetPoolOverview(peer_groups_pb2.GetPoolOverviewRequest(languages=["th"]))
    assert unscoped.open == 0
    scoped = facilitator.GetPoolOverview(
        peer_groups_pb2.GetPoolOverviewRequest(languages=["th"], pool_organisation_ids=["org_ngo"])
    )
    assert scoped.open >= 5  # these five (earlier runs' survivors of org_ngo may be there too)

    # Another organisation's facilitator cannot see or touch the group.
    with pytest.raises(grpc.RpcError) as refused:
        services["other_facilitator"].GetGroup(
            peer_groups_pb2.GetGroupRequest(group_id=group.group_id)
        )
    assert refused.value.code() is grpc.StatusCode.NOT_FOUND

    published = facilitator.PublishInvitations(
        peer_groups_pb2.PublishInvitationsRequest(
            group_id=group.group_id, pool_organisation_ids=["org_ngo"]
        )
    )
    assert {m.state for m in published.members} == {peer_groups_pb2.MEMBER_STATE_INVITED}
    by_alias = {seen_by_peer_org(p): p.survivor_id for p in [*people, linked]}
    invited = [by_alias[m.alias] for m in published.members]

    # The officer learns which groups their survivor is invited to, with that place only
    # and the code the group's facilitators know them by.
    [listed] = (
        services["group_officer"]
        .ListSurvivorGroups(peer_groups_pb2.ListSurvivorGroupsRequest(survivor_id=invited[0]))
        .groups
    )
    assert listed.group_id == group.group_id
    assert [(m.alias, m.state) for m in listed.members] == [
        (
            next(a for a, s in by_alias.items() if s == invited[0]),
            peer_groups_pb2.MEMBER_STATE_INVITED,
        )
    ]
    with pytest.raises(grpc.RpcError) as refused:
        services["other_officer"].ListSurvivorGroups(
            peer_groups_pb2.ListSurvivorGroupsRequest(survivor_id=invited[0])
        )
    assert refused.value.code() is grpc.StatusCode.NOT_FOUND

    with pytest.raises(grpc.RpcError) as refused:
        services["other_officer"].RecordAnswer(
            peer_groups_pb2.RecordAnswerRequest(
                group_id=group.group_id, survivor_id=invited[0], joined=True
            )
        )
    assert refused.value.code() is grpc.StatusCode.NOT_FOUND
    alias_of_invited = {s: a for a, s in by_alias.items()}
    for survivor_id in invited[:3]:
        answered = services["group_officer"].RecordAnswer(
            peer_groups_pb2.RecordAnswerRequest(
                group_id=group.group_id, survivor_id=survivor_id, joined=True
            )
        )
        # The officer gets back their survivor's own place, never the other members' cards.
        assert [(m.alias, m.state) for m in answered.members] == [
            (alias_of_invited[survivor_id], peer_groups_pb2.MEMBER_STATE_JOINED)
        ]
    assert answered.status == peer_groups_pb2.GROUP_STATUS_ACTIVE

    seen = _events(
        kafka_bootstrap,
        "peer_groups.v1",
        group.group_id,
        until=lambda s: s.count("GroupMemberJoined") >= 3 and "PeerGroupActivated" in s,
        timeout_s=90,  # the relay publishes at once; a loaded CI machine may still lag
    )
    assert seen[0] == "PeerGroupFormed"
    assert seen.count("GroupMemberInvited") == 4
    assert seen.count("GroupMemberJoined") == 3
    assert "PeerGroupActivated" in seen

    # Consent withdrawn in matching: the member leaves the group at once.
    withdrawn = invited[3]
    current = officer.GetSurvivor(matching_pb2.GetSurvivorRequest(survivor_id=withdrawn))
    officer.SetConsent(
        matching_pb2.SetConsentRequest(
            survivor_id=withdrawn,
            purpose=common_pb2.CONSENT_PURPOSE_PEER_GROUPS,
            granted=False,
            expected_version=current.version,
        )
    )
    alias_of = {v: k for k, v in by_alias.items()}

    def state_of(survivor_id: str) -> int | None:
        view = facilitator.GetGroup(peer_groups_pb2.GetGroupRequest(group_id=group.group_id))
        states = {m.alias: m.state for m in view.members}
        return states.get(alias_of[survivor_id])

    assert wait_until(
        lambda: state_of(withdrawn) == peer_groups_pb2.MEMBER_STATE_LEFT, timeout_s=90
    )

    # An assessment as stabilising, as the gateway passes it on over gRPC before matching's
    # event: applied at once by the survivor's own officer, refused to another NGO's.
    told = peer_groups_pb2.MarkStabilisingRequest(
        survivor_id=withdrawn, version=current.version + 2
    )
    with pytest.raises(grpc.RpcError) as refused:
        services["other_officer"].MarkStabilising(told)
    assert refused.value.code() in (grpc.StatusCode.NOT_FOUND, grpc.StatusCode.PERMISSION_DENIED)
    assert services["group_officer"].MarkStabilising(told).applied
    assert not services["group_officer"].MarkStabilising(told).applied, "told twice: no change"

    # Erased in matching: gone from the group, history included.
    erased = invited[0]
    officer.EraseSurvivor(matching_pb2.EraseSurvivorRequest(survivor_id=erased))
    assert wait_until(lambda: state_of(erased) is None, timeout_s=90), services["peer_log"]()[
        -3000:
    ]
