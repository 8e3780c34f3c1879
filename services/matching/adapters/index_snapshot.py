"""A local snapshot of the opportunity index, so a restart need not read every opportunity.

Why: on FerretDB v1 (SQLite) reading 100,000 opportunities back takes over a minute, and
even a projection of ids and versions is no faster there (the server decodes every
document either way). The snapshot holds the index's own arrays plus, per partition of
``opportunities.v1``, the Kafka offset up to which its content reflects the events; a
restart loads it in a second or two and replays only the events after those offsets.

Format: one uncompressed ``.npz`` (a zip of ``.npy`` arrays, each member CRC-checked when
read), loaded with ``allow_pickle=False``, so nothing in the file can run code. Metadata is
one JSON string; opportunities are BSON documents (the MongoDB document shape of
``matching.adapters.documents``), concatenated, with their offsets, decoded only when a
row is first read. Opportunities are employers' and providers' postings: no survivor data.

Safety: written to a temporary file in the same directory, flushed to disk and moved into
place with ``os.replace``, so a reader sees the old file or the new one, never half of
one. A file of another format version, vocabulary fingerprint, feature configuration,
database or topic is ignored, and so is one that fails to load or to validate: the caller
then rebuilds from the database. Nothing here raises on a bad file.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import bson
import numpy as np
import numpy.typing as npt
import scipy.sparse as sp

from matching.adapters import documents
from matching.adapters.opportunity_index import IndexState
from matching.domain.opportunity import Opportunity
from pathways_runtime.log import get_logger

__all__ = [
    "FORMAT_VERSION",
    "FileSnapshotStore",
    "Snapshot",
    "SnapshotIdentity",
    "decode_opportunity",
    "read_snapshot",
    "snapshot_path",
    "write_snapshot",
]

#: Bump when the layout of the file changes. 2: the fact column ``revision`` (material
#: revisions) became ``offer_revision``; a file of 1 has none, so it is rebuilt.
FORMAT_VERSION = 2

_log = get_logger(__name__)
_MATRICES = ("text_counts", "concept_rows", "required_rows", "taught_rows", "direct")


@dataclass(frozen=True, slots=True)
class SnapshotIdentity:
    """What must match for a snapshot to be used: anything else means rebuild."""

    vocabulary: str
    feature_config: dict[str, Any]
    database: str
    topic: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT_VERSION,
            "vocabulary": self.vocabulary,
            "features": self.feature_config,
            "database": self.database,
            "topic": self.topic,
        }


@dataclass(frozen=True, slots=True)
class Snapshot:
    state: IndexState
    #: Per partition, the next offset to read: the state reflects every event before it.
    offsets: dict[int, int]


def snapshot_path(directory: Path, *, database: str) -> Path:
    """One file per database, so instances of different deployments never share one."""
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in database)
    return directory / f"opportunity-index.{safe}.npz"


def decode_opportunity(payload: bytes) -> Opportunity:
    """One BSON opportunity document back into the domain object."""
    return documents.opportunity_from_document(bson.decode(payload))


def _encode(item: Opportunity | bytes) -> bytes:
    if isinstance(item, bytes):
        return item
    return bson.encode(documents.opportunity_to_document(item))


def write_snapshot(path: Path, snapshot: Snapshot, *, identity: SnapshotIdentity) -> int:
    """Write atomically; returns the file's size in bytes."""
    state = snapshot.state
    payloads = [_encode(item) for item in state.opportunities]
    ends = np.cumsum([len(p) for p in payloads], dtype=np.int64)
    concept_ids = sorted({c for row in state.direct_concepts for c in row})
    column_of = {c: i for i, c in enumerate(concept_ids)}
    direct_indptr = np.zeros(len(state.ids) + 1, dtype=np.int64)
    direct_indptr[1:] = np.cumsum([len(row) for row in state.direct_concepts])
    direct_indices = np.fromiter(
        (column_of[c] for row in state.direct_concepts for c in sorted(row)),
        dtype=np.int32,
        count=int(direct_indptr[-1]),
    )
    meta = {
        **identity.as_dict(),
        "rows": len(state.ids),
        "offsets": {str(p): o for p, o in sorted(snapshot.offsets.items())},
        "columns": sorted(state.columns),
        "languages": sorted(state.languages),
        "sectors": sorted(state.sectors),
        "mentions": sorted(state.mentions),
        "countries": state.countries,
        "currencies": state.currencies,
        "direct_concepts": concept_ids,
    }
    arrays: dict[str, npt.NDArray[Any]] = {
        "meta": np.asarray(json.dumps(meta, sort_keys=True)),
        "ids": np.asarray(state.ids, dtype=np.str_),
        "versions": state.versions.astype(np.int64),
        "payloads": np.frombuffer(b"".join(payloads), dtype=np.uint8),
        "payload_ends": ends,
        "direct_indptr": direct_indptr,
        "direct_indices": direct_indices,
    }
    for name in _MATRICES[:-1]:
        matrix: sp.csr_matrix = getattr(state, name)
        arrays[f"{name}.data"] = matrix.data
        arrays[f"{name}.indices"] = matrix.indices
        arrays[f"{name}.indptr"] = matrix.indptr
        arrays[f"{name}.shape"] = np.asarray(matrix.shape, dtype=np.int64)
    for prefix, table in (("column", state.columns), ("language", state.languages)):
        for key, values in table.items():
            arrays[f"{prefix}.{key}"] = values
    for key, values in state.sectors.items():
        arrays[f"sector.{key}"] = values
    for key, values in state.mentions.items():
        arrays[f"mention.{key}"] = values
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(
        dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"
    )
    try:
        with os.fdopen(descriptor, "wb") as file:
            members: dict[str, Any] = arrays  # numpy's stub reads ** as allow_pickle
            np.savez(file, **members)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _fsync_directory(path.parent)
    return path.stat().st_size


def _fsync_directory(directory: Path) -> None:
    try:
        descriptor = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


class _Rejected(Exception):
    """The snapshot is not for this index, or not sound: rebuild instead."""


def read_snapshot(path: Path, *, identity: SnapshotIdentity) -> Snapshot | None:
    """The snapshot at ``path`` if it exists, is sound and matches ``identity``; else None.

    Every reason to refuse one is logged as a warning (a path and a reason, no content).
    """
    if not path.is_file():
        _log.info("no index snapshot", path=str(path))
        return None
    try:
        with path.open("rb") as file, np.load(file, allow_pickle=False) as archive:
            return _parse(archive, identity=identity)
    except _Rejected as refusal:
        _log.warning("index snapshot ignored", path=str(path), reason=str(refusal))
    except Exception as error:  # truncated, corrupt, unreadable: never fatal
        _log.warning(
            "index snapshot unreadable; rebuilding", path=str(path), error=type(error).__name__
        )
    return None


def _parse(archive: Any, *, identity: SnapshotIdentity) -> Snapshot:
    if "meta" not in archive.files:
        raise _Rejected("no metadata")
    meta = json.loads(str(archive["meta"][()]))
    expected = identity.as_dict()
    for key in ("format", "vocabulary", "features", "database", "topic"):
        if meta.get(key) != expected[key]:
            raise _Rejected(f"{key} differs")
    rows = int(meta["rows"])
    ids = [str(i) for i in archive["ids"].tolist()]
    versions = np.asarray(archive["versions"], dtype=np.int64)
    payloads = archive["payloads"].tobytes()
    ends = np.asarray(archive["payload_ends"], dtype=np.int64)
    _check(len(ids) == rows and len(versions) == rows and len(ends) == rows, "row counts")
    _check(len(set(ids)) == rows, "duplicate ids")
    _check(
        rows == 0 or (bool(np.all(np.diff(ends) >= 0)) and int(ends[-1]) == len(payloads)),
        "payload offsets",
    )
    starts = np.concatenate([np.zeros(1, np.int64), ends[:-1]]) if rows else ends
    opportunities: list[Opportunity | bytes] = [
        payloads[a:b] for a, b in zip(starts.tolist(), ends.tolist(), strict=True)
    ]
    matrices = {name: _matrix(archive, name, rows) for name in _MATRICES[:-1]}
    features = identity.feature_config
    _check(matrices["text_counts"].shape[1] == features["text_features"], "text width")
    for name in ("required_rows", "taught_rows"):
        _check(matrices[name].shape[1] == features["skill_features"], "skill width")
    concept_ids = [str(c) for c in meta["direct_concepts"]]
    direct_indptr = np.asarray(archive["direct_indptr"], dtype=np.int64)
    direct_indices = np.asarray(archive["direct_indices"], dtype=np.int64)
    _check(
        len(direct_indptr) == rows + 1 and int(direct_indptr[-1]) == len(direct_indices), "concepts"
    )
    _check(
        bool(np.all((direct_indices >= 0) & (direct_indices < max(1, len(concept_ids))))),
        "concepts",
    )
    direct = [
        frozenset(concept_ids[i] for i in direct_indices[a:b].tolist())
        for a, b in zip(direct_indptr[:-1].tolist(), direct_indptr[1:].tolist(), strict=True)
    ]

    def table(prefix: str, keys: list[str]) -> dict[str, npt.NDArray[Any]]:
        found = {key: np.asarray(archive[f"{prefix}.{key}"]) for key in keys}
        _check(all(len(values) == rows for values in found.values()), f"{prefix} lengths")
        return found

    offsets = {int(p): int(o) for p, o in meta["offsets"].items()}
    state = IndexState(
        ids=ids,
        versions=versions,
        opportunities=opportunities,
        text_counts=matrices["text_counts"],
        concept_rows=matrices["concept_rows"],
        direct_concepts=direct,
        required_rows=matrices["required_rows"],
        taught_rows=matrices["taught_rows"],
        columns=table("column", list(meta["columns"])),
        languages=table("language", list(meta["languages"])),
        sectors=table("sector", list(meta["sectors"])),
        mentions=table("mention", list(meta["mentions"])),
        countries=[str(c) for c in meta["countries"]],
        currencies=[str(c) for c in meta["currencies"]],
        feature_config=dict(meta["features"]),
    )
    return Snapshot(state=state, offsets=offsets)


def _matrix(archive: Any, name: str, rows: int) -> sp.csr_matrix:
    shape = tuple(int(n) for n in archive[f"{name}.shape"])
    data = np.asarray(archive[f"{name}.data"], dtype=np.float32)
    indices = np.asarray(archive[f"{name}.indices"], dtype=np.int32)
    indptr = np.asarray(archive[f"{name}.indptr"], dtype=np.int64)
    _check(len(shape) == 2 and shape[0] == rows, f"{name} shape")
    _check(len(indptr) == rows + 1 and int(indptr[0]) == 0, f"{name} indptr")
    _check(int(indptr[-1]) == len(indices) == len(data), f"{name} indptr")
    _check(bool(np.all(np.diff(indptr) >= 0)), f"{name} indptr")
    _check(len(indices) == 0 or (int(indices.min()) >= 0 and int(indices.max()) < shape[1]), name)
    _check(bool(np.all(np.isfinite(data))), f"{name} values")
    return sp.csr_matrix((data, indices, indptr), shape=shape)


def _check(condition: bool, what: str) -> None:
    if not condition:
        raise _Rejected(f"inconsistent {what}")


class FileSnapshotStore:
    """The snapshot of one index in one file; what the index feeder loads and saves."""

    def __init__(self, path: Path, *, identity: SnapshotIdentity) -> None:
        self.path = path
        self._identity = identity

    def load(self) -> Snapshot | None:
        return read_snapshot(self.path, identity=self._identity)

    def save(self, snapshot: Snapshot) -> int:
        return write_snapshot(self.path, snapshot, identity=self._identity)
