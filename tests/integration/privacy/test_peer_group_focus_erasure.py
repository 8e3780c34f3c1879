"""A survivor's chosen peer-group focus is sealed wherever it goes, and gone with their key.

The focus a survivor chooses (a labour- or sex-trafficking group, a women-only or youth
group) says what was done to them, or their gender or age. Matching and peer groups run as
real processes over the real broker and server: survivors choose focuses, a facilitator's
focused group is proposed only the people who chose it (the focus works), then one of them
is erased. Before and after, the raw documents of the peer-groups database and the raw
records of the survivors' and peer groups' topics hold no focus of a survivor in clear
(as text, in base64, or as the clear protobuf field), and after the erasure the sealed
copies no longer open, with a fresh client, while another survivor's still do.

The one clear focus the dump may hold is the group's own setting (a group is for
sex-trafficking survivors: what the facilitator set up), which names no survivor once the
erased one is forgotten by the group.
"""

from __future__ import annotations

import base64
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import bson
import grpc
import pytest
from bson.codec_options import CodecOptions
from bson.raw_bson import RawBSONDocument
from google.protobuf import empty_pb2
from google.protobuf.unknown_fields import UnknownFieldSet
from kafka import KafkaConsumer, TopicPartition
from pymongo import MongoClient

from pathways.v1 import common_pb2, events_pb2, matching_pb2, peer_groups_pb2, peer_groups_pb2_grpc
from pathways_runtime.envelopes import EnvelopeError, decode
from pathways_runtime.field_crypto import KeyErased, MongoFieldCrypto, field_crypto_from_settings
from pathways_runtime.settings import FieldCryptoSettings
from tests.support.grpc_health import health_status
from tests.support.matching_client import As, open_to_peer_groups, seen_by_peer_org
from tests.support.processes import ServiceProcess, free_port, wait_until

THURSDAY_EVENING = common_pb2.WeeklySlot(day_of_week=4, start_minute=18 * 60, duration_minutes=90)
#: Survivors of earlier tests stay on the shared topic: a district of this run's own keeps
#: the proposal to the people registered here.
DISTRICT = f"Focus district {uuid.uuid4().hex[:8]}"
HOME = common_pb2.Place(country="TH", district=DISTRICT, latitude=13.73, longitude=100.524)
SURVIVORS_TOPICS = ("survivors.v1", "survivors.v1.dlq")
PEER_GROUPS_TOPIC = "peer_groups.v1"
#: SurvivorUpserted's field number of the focuses in clear (the contract before sealing).
CLEAR_FOCUSES_FIELD = 16
#: How a focus could be spelled anywhere: peer groups' stored value, the contract's names.
SPELLINGS = {
    common_pb2.GROUP_FOCUS_SEX_TRAFFICKING: ("sex_trafficking", "SEX_TRAFFICKING"),
    common_pb2.GROUP_FOCUS_LABOUR_TRAFFICKING: ("labour_trafficking", "LABOUR_TRAFFICKING"),
}


def _start(module: str, *, tmp_path: Path, env: dict[str, str]) -> tuple[ServiceProcess, str]:
    port = free_port()
    process = ServiceProcess(
        module=module,
        env={**env, "PATHWAYS_GRPC_PORT": str(port), "PATHWAYS_HEALTH_CHECK_INTERVAL_S": "0.5"},
        log_path=tmp_path / f"{module}.log",
    ).start()
    address = f"127.0.0.1:{port}"
    if not wait_until(lambda: health_status(address) == "SERVING", timeout_s=60):
        process.stop()
        pytest.fail(f"{module} did not become SERVING:\n" + process.log_text()[-4000:])
    return process, address


@pytest.fixture
def stack(
    tmp_path: Path, kafka_bootstrap: str, mongodb_uri: str, unique_name: str
) -> Iterator[dict[str, Any]]:
    vault = f"{unique_name}_keyvault.datakeys"
    common = {
        "PATHWAYS_KAFKA_BOOTSTRAP": kafka_bootstrap,
        "PATHWAYS_MONGODB_URI": mongodb_uri,
        "PATHWAYS_FIELD_CRYPTO_KEY_VAULT_NAMESPACE": vault,
    }
    processes: list[ServiceProcess] = []
    channels: list[grpc.Channel] = []
    try:
        matching, matching_address = _start(
            "matching",
            tmp_path=tmp_path,
            env={**common, "PATHWAYS_MONGODB_DATABASE": f"{unique_name}_m"},
        )
        processes.append(matching)
        peer_groups, peer_address = _start(
            "peer_groups",
            tmp_path=tmp_path,
            env={
                **common,
                "PATHWAYS_MONGODB_DATABASE": f"{unique_name}_p",
                "PATHWAYS_SURVIVOR_EVENTS_GROUP": f"peer_groups_{unique_name}",
            },
        )
        processes.append(peer_groups)
        channels = [grpc.insecure_channel(matching_address), grpc.insecure_channel(peer_address)]
        yield {
            "officer": As(channels[0], "u_officer", "org_ngo", "reintegration_officer"),
            "facilitator": As(
                channels[1],
                "u_facil",
                "org_peer",
                "facilitator",
                peer_groups_pb2_grpc.PeerGroupServiceStub,
            ),
            "vault": vault,
            "pool_db": f"{unique_name}_p",
            "logs": [tmp_path / "matching.log", tmp_path / "peer_groups.log"],
        }
    finally:
        for channel in channels:
            channel.close()
        for process in reversed(processes):
            process.stop()


def _open_to_groups(officer: As, focuses: list[common_pb2.GroupFocus]) -> matching_pb2.Survivor:
    return open_to_peer_groups(
        officer, residence=HOME, availability=[THURSDAY_EVENING], peer_group_focuses=focuses
    )


def _focused_group(facilitator: As) -> peer_groups_pb2.Group:
    group: peer_groups_pb2.Group = facilitator.CreateGroup(
        peer_groups_pb2.CreateGroupRequest(
            settings=peer_groups_pb2.GroupSettings(
                title="Thursday evening circle",
                languages=["th"],
                modality=peer_groups_pb2.MODALITY_IN_PERSON,
                country="TH",
                district=DISTRICT,
                focus=common_pb2.GROUP_FOCUS_SEX_TRAFFICKING,
                min_size=2,
                max_size=4,
                schedule=[THURSDAY_EVENING],
            ),
            request_id=f"req-{uuid.uuid4().hex}",
        )
    )
    return group


# -- what a dump holds ----------------------------------------------------------------------


def _base64_cores(value: bytes) -> list[bytes]:
    """The base64 characters that encode only ``value``, at each of the three alignments it
    can have inside a longer encoded string (standard and URL-safe alphabets)."""
    cores = []
    for offset in range(3):
        start = -(-8 * offset // 6)  # the first character made of value's bits only
        end = 8 * (offset + len(value)) // 6
        for encode in (base64.b64encode, base64.urlsafe_b64encode):
            cores.append(encode(b"\0" * offset + value)[start:end])
    return cores


def _forms(text: str) -> list[bytes]:
    raw = text.encode()
    return [raw, *_base64_cores(raw)]


def _occurrences(data: bytes, text: str) -> int:
    return sum(data.count(form) for form in _forms(text))


def _peer_groups_dump(client: MongoClient[Any], database: str) -> dict[str, list[bytes]]:
    """Every document of every collection of the peer-groups database, as stored."""
    raw = CodecOptions(document_class=RawBSONDocument)
    db = client[database]
    return {
        name: [doc.raw for doc in db.get_collection(name, raw).find({})]
        for name in db.list_collection_names()
    }


def _kafka_records(kafka_bootstrap: str, topics: tuple[str, ...]) -> list[tuple[str, bytes, bytes]]:
    """(topic, key, value) of every record of these topics, from the beginning."""
    consumer = KafkaConsumer(
        bootstrap_servers=[kafka_bootstrap], enable_auto_commit=False, group_id=None
    )
    try:
        existing = consumer.topics()
        partitions = [
            TopicPartition(topic, partition)
            for topic in topics
            if topic in existing
            for partition in consumer.partitions_for_topic(topic) or ()
        ]
        consumer.assign(partitions)
        consumer.seek_to_beginning(*partitions)
        end = consumer.end_offsets(partitions)
        records: list[tuple[str, bytes, bytes]] = []
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and any(
            consumer.position(p) < end[p] for p in partitions
        ):
            for tp, batch in consumer.poll(timeout_ms=500).items():
                records.extend((tp.topic, r.key or b"", r.value or b"") for r in batch)
        return records
    finally:
        consumer.close()


def _upserts(
    records: list[tuple[str, bytes, bytes]], survivor_ids: set[str]
) -> Iterator[tuple[str, bytes]]:
    """(survivor id, SurvivorUpserted payload as sent) of these survivors' records."""
    for _topic, _key, value in records:
        try:
            envelope = decode(value)
        except EnvelopeError:
            continue
        if envelope.event_type == "SurvivorUpserted" and envelope.aggregate_key in survivor_ids:
            yield envelope.aggregate_key, envelope.payload.value


def _wire_field_numbers(payload: bytes) -> set[int]:
    """Every field number present in a protobuf message, whatever the contract says."""
    fields = UnknownFieldSet(empty_pb2.Empty.FromString(payload))
    return {fields[i].field_number for i in range(len(fields))}


def _sealed_focuses(crypto: MongoFieldCrypto, survivor_id: str, payload: bytes) -> Any:
    message = events_pb2.SurvivorUpserted.FromString(payload)
    return crypto.decrypt(
        survivor_id, "SurvivorUpserted.peer_group_focuses", message.sealed_peer_group_focuses
    )


def _assert_no_clear_focus(
    *,
    client: MongoClient[Any],
    database: str,
    records: list[tuple[str, bytes, bytes]],
    survivors: dict[str, list[common_pb2.GroupFocus]],
    group_focus: str,
    when: str,
) -> None:
    # The peer-groups database: no survivor's focus, as text or base64, anywhere. The one
    # group's own setting is the only clear focus, once, where the group keeps it.
    dump = _peer_groups_dump(client, database)
    for doc in dump.get("groups", []):
        assert bson.decode(doc)["settings"]["focus"] == group_focus
    for collection, docs in dump.items():
        data = b"".join(docs)
        for focus in {f for focuses in survivors.values() for f in focuses}:
            for spelling in SPELLINGS[focus]:
                allowed = len(docs) if collection == "groups" and spelling == group_focus else 0
                assert _occurrences(data, spelling) == allowed, (
                    f"{spelling} readable in {collection} {when}"
                )
    pool = [bson.decode(doc) for doc in dump["pool"]]
    for document in pool:
        if document["_id"] in survivors and not document.get("erased"):
            assert "focuses" not in document, f"a pool document keeps focuses in clear {when}"

    # The topics: the survivors' events carry no focus field in clear, and no record holds
    # a focus's name.
    upserts = list(_upserts(records, set(survivors)))
    assert {sid for sid, _ in upserts} == set(survivors), "every survivor's events are there"
    for _sid, payload in upserts:
        assert CLEAR_FOCUSES_FIELD not in _wire_field_numbers(payload), (
            f"a SurvivorUpserted carries the focuses in clear {when}"
        )
    everything = b"".join(key + value for _topic, key, value in records)
    for spellings in SPELLINGS.values():
        for spelling in spellings:
            assert _occurrences(everything, spelling) == 0, f"{spelling} on a topic {when}"


def test_a_chosen_focus_works_sealed_and_is_unreadable_everywhere_after_erasure(
    stack: dict[str, Any], kafka_bootstrap: str, mongodb_uri: str
) -> None:
    officer, facilitator = stack["officer"], stack["facilitator"]
    sex, labour = common_pb2.GROUP_FOCUS_SEX_TRAFFICKING, common_pb2.GROUP_FOCUS_LABOUR_TRAFFICKING
    erased = _open_to_groups(officer, [sex, labour])
    kept = _open_to_groups(officer, [sex])
    unfocused = _open_to_groups(officer, [])
    focuses = {
        erased.survivor_id: [sex, labour],
        kept.survivor_id: [sex],
        unfocused.survivor_id: [],
    }
    group = _focused_group(facilitator)

    client: MongoClient[Any] = MongoClient(mongodb_uri, uuidRepresentation="standard")
    try:
        # A new consumer group reads every earlier test's survivors first: that takes a while.
        pool = client[stack["pool_db"]]["pool"]
        assert wait_until(
            lambda: pool.count_documents({"_id": {"$in": list(focuses)}, "open": True}) == 3,
            timeout_s=240,
        ), "the survivors did not reach peer groups' pool"

        # 1. The focus works: the sex-trafficking group is proposed exactly the two who
        #    chose it; the third is left out, told as not placed (never as "did not choose
        #    the focus", which would tell the facilitator what the others chose:
        #    rules.as_told).
        answer = facilitator.ProposeMembers(
            # org_ngo shares its survivors with org_peer (the gateway names its partners).
            peer_groups_pb2.ProposeMembersRequest(
                group_ids=[group.group_id], seed=1, pool_organisation_ids=["org_ngo"]
            )
        )
        (proposal,) = answer.proposals
        assert proposal.feasible
        # (org_peer knows them by codes of its own: ``pathways_runtime.aliases``.)
        assert {m.alias for m in proposal.members} == {
            seen_by_peer_org(erased),
            seen_by_peer_org(kept),
        }
        # A partner NGO's survivor left out is counted, never named (an in-person group's
        # candidates would say where people live).
        assert list(answer.left_out) == []
        assert dict(answer.left_out_counts) == {"NOT_PLACED": 1}

        # 2. Sealed everywhere while the survivors are here, and the sealed copies open to
        #    what they chose (the data is there, not dropped).
        records = _kafka_records(kafka_bootstrap, (*SURVIVORS_TOPICS, PEER_GROUPS_TOPIC))
        _assert_no_clear_focus(
            client=client,
            database=stack["pool_db"],
            records=records,
            survivors=focuses,
            group_focus="sex_trafficking",
            when="before the erasure",
        )
        settings = FieldCryptoSettings(field_crypto_key_vault_namespace=stack["vault"])
        reader = field_crypto_from_settings(settings, client=client, may_create_keys=False)
        latest = dict(_upserts(records, set(focuses)))
        assert sorted(_sealed_focuses(reader, erased.survivor_id, latest[erased.survivor_id])) == (
            sorted([sex, labour])
        )

        # 3. Erasure: the key goes, peer groups forgets the survivor.
        officer.EraseSurvivor(matching_pb2.EraseSurvivorRequest(survivor_id=erased.survivor_id))

        def members() -> set[str]:
            view = facilitator.GetGroup(
                peer_groups_pb2.GetGroupRequest(
                    group_id=group.group_id, pool_organisation_ids=["org_ngo"]
                )
            )
            return {m.alias for m in view.members}

        # The pool's tombstone comes first, then the groups forget them.
        assert wait_until(
            lambda: (
                pool.count_documents({"_id": erased.survivor_id, "erased": True}) == 1
                and members() == {seen_by_peer_org(kept)}
            ),
            timeout_s=240,
        ), "peer groups did not apply the erasure"

        # 4. Nothing readable: no clear focus in the database or on a topic, the erased
        #    survivor's id left only in the pool's tombstone (no group, index or bucket
        #    ties them to the focused group), and no sealed copy of their focuses opens.
        records = _kafka_records(kafka_bootstrap, (*SURVIVORS_TOPICS, PEER_GROUPS_TOPIC))
        _assert_no_clear_focus(
            client=client,
            database=stack["pool_db"],
            records=records,
            survivors=focuses,
            group_focus="sex_trafficking",
            when="after the erasure",
        )
        dump = _peer_groups_dump(client, stack["pool_db"])
        for collection, docs in dump.items():
            holding = [bson.decode(d) for d in docs if erased.survivor_id.encode() in d]
            if collection != "pool":
                assert holding == [], f"the erased survivor is still named in {collection}"
                continue
            (tombstone,) = holding
            assert tombstone["_id"] == erased.survivor_id
            assert tombstone["erased"] is True
            assert set(tombstone) <= {"_id", "erased", "open", "version", "erased_at"}

        fresh = field_crypto_from_settings(settings, client=client, may_create_keys=False)
        theirs = [p for sid, p in _upserts(records, {erased.survivor_id})]
        assert theirs, "the erased survivor's old events are still in Kafka"
        for payload in theirs:
            with pytest.raises(KeyErased):
                _sealed_focuses(fresh, erased.survivor_id, payload)
        latest = dict(_upserts(records, {kept.survivor_id}))
        assert _sealed_focuses(fresh, kept.survivor_id, latest[kept.survivor_id]) == [sex]
    finally:
        client.close()

    for log in stack["logs"]:
        text = log.read_bytes()
        for spelling in (*SPELLINGS[labour], "GROUP_FOCUS_LABOUR_TRAFFICKING"):
            assert _occurrences(text, spelling) == 0, f"{spelling} in {log.name}"
