"""What the services ask of the store, recorded by shape, and checked against the rule.

The rule (``docs/architecture.md``): on a hot or periodic path every read, update and delete
filters by ``_id`` (exact, or a bounded ``$in``), because FerretDB v1 narrows a query only by
its ``_id`` and scans the whole collection for any other filter. Scans are kept to cold paths
an operator starts, each named in an allow-list with its reason.

:class:`StoreCommandLog` is a pymongo command listener that appends one JSON line per
store command (per statement for updates and deletes) to a file: the process's role (the
client's app name), the database, the collection, the command and the SHAPE of its filter:
field names and operators, with every value replaced by its BSON type name. Values never
reach the file (they may be personal data); path segments of a field name that look like
data (an id used as a key) are masked too. For an ``_id: {$in: [...]}`` the number of ids is
kept beside the shape, so shapes stay comparable while the bound can still be checked.

:func:`classify` says whether a recorded command is an ``_id`` access, an insert, an
administrative command (no document read), or a scan, and :func:`violations` lists the scans
no :class:`AllowedScan` entry covers. All of it but the listener is pure.
"""

from __future__ import annotations

import datetime
import fnmatch
import json
import os
import re
import time
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from bson import Binary, Code, Decimal128, Int64, MaxKey, MinKey, ObjectId, Regex, Timestamp
from pymongo import monitoring

__all__ = [
    "FILTERED_COMMANDS",
    "MAX_ID_IN",
    "NARROWED_ID_TYPES",
    "Access",
    "AllowedScan",
    "StoreCommandLog",
    "Violation",
    "classify",
    "command_records",
    "describe_violations",
    "filter_shape",
    "read_log",
    "violations",
]

#: The most ids one filter's ``_id: {$in: [...]}`` may name and still count as a bounded
#: lookup: above it the patched FerretDB scans (callers chunk by 500).
MAX_ID_IN = 1_000

#: ``_id`` value types the patched FerretDB narrows a query by (``infra/ferretdb.sh``): a
#: string, an ObjectId or a Binary (UUIDs included). Any other ``_id`` type (a number, a
#: subdocument) is matched by scanning, even when exact.
NARROWED_ID_TYPES = frozenset({"string", "objectId", "binData"})

#: Commands that select documents by a filter, and where that filter is.
FILTERED_COMMANDS: Mapping[str, str] = {
    "find": "filter",
    "count": "query",
    "distinct": "query",
    "findAndModify": "query",
    "update": "q",  # per statement in "updates"
    "delete": "q",  # per statement in "deletes"
    "aggregate": "pipeline",  # the leading $match
}

#: Commands that read no documents (or only continue a cursor another command opened, which
#: that command's record already accounts for).
_ADMIN_COMMANDS = frozenset(
    {
        "abortTransaction",
        "buildInfo",
        "buildinfo",
        "collMod",
        "collStats",
        "commitTransaction",
        "connectionStatus",
        "create",
        "createIndexes",
        "dbStats",
        "drop",
        "dropDatabase",
        "dropIndexes",
        "endSessions",
        "getCmdLineOpts",
        "getLog",
        "getMore",
        "getParameter",
        "hello",
        "hostInfo",
        "isMaster",
        "ismaster",
        "killCursors",
        "listCollections",
        "listDatabases",
        "listIndexes",
        "ping",
        "renameCollection",
        "saslContinue",
        "saslStart",
        "serverStatus",
        "whatsmyuri",
    }
)

#: Commands whose first field names a database-wide target, not a collection.
_NO_COLLECTION = frozenset({"listCollections", "listDatabases", "dropDatabase", "dbStats"})

#: Operators whose operand is a list of filters, not of values.
_LOGICAL = frozenset({"$and", "$or", "$nor"})

#: A field-name segment written by code is an identifier; anything else (a UUID, a hex
#: digest, a username used as a key) came from data and is masked.
_CODE_NAME = re.compile(r"^\$?[A-Za-z_][A-Za-z0-9_]*$|^[0-9]+$")
_DIGEST = re.compile(r"^[0-9a-fA-F]{16,}$")
_MASKED = "<key>"

Shape = Any  # a JSON value: dict of field/operator -> Shape, list of Shape, or a type name


class Access(StrEnum):
    """What one recorded command costs, as far as its shape tells."""

    ID = "id"  # narrowed by _id: exact, or a bounded $in
    INSERT = "insert"  # writes the documents it carries
    ADMIN = "admin"  # reads no documents (indexes, pings, cursor continuations)
    SCAN = "scan"  # any other filter: FerretDB reads the whole collection


# --- shapes ------------------------------------------------------------------------------


def _type_name(value: Any) -> str:
    """The BSON type name of a value (the names ``$type`` takes)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, Int64):
        return "long"
    if isinstance(value, int):
        return "int" if -(2**31) <= value < 2**31 else "long"
    if isinstance(value, float):
        return "double"
    if isinstance(value, str):
        return "string"
    if isinstance(value, ObjectId):
        return "objectId"
    if isinstance(value, Binary | bytes | bytearray | uuid.UUID):
        return "binData"
    if isinstance(value, datetime.datetime):
        return "date"
    if isinstance(value, Decimal128):
        return "decimal"
    if isinstance(value, Regex | re.Pattern):
        return "regex"
    if isinstance(value, Timestamp):
        return "timestamp"
    if isinstance(value, Code):
        return "javascript"
    if isinstance(value, MinKey):
        return "minKey"
    if isinstance(value, MaxKey):
        return "maxKey"
    if isinstance(value, Mapping):
        return "object"
    if isinstance(value, list | tuple):
        return "array"
    return type(value).__name__


def _field_name(name: str) -> str:
    """The name with every segment that looks like data masked."""
    return ".".join(
        segment if _CODE_NAME.match(segment) and not _DIGEST.match(segment) else _MASKED
        for segment in str(name).split(".")
    )


def _array_shape(values: Sequence[Any]) -> str:
    """``array<string>``, ``array<int|string>``: element types, never the elements."""
    return "array<" + "|".join(sorted({_type_name(value) for value in values})) + ">"


def _operand_shape(value: Any) -> Shape:
    """The shape of what a field is compared with: operators kept, values typed."""
    if isinstance(value, Mapping) and value and all(str(k).startswith("$") for k in value):
        shaped: dict[str, Shape] = {}
        for operator, operand in value.items():
            if operator in ("$elemMatch", "$not") and isinstance(operand, Mapping):
                shaped[operator] = filter_shape(operand)
            elif isinstance(operand, list | tuple):
                shaped[operator] = _array_shape(operand)
            else:
                shaped[operator] = _type_name(operand)
        return shaped
    if isinstance(value, list | tuple):
        return _array_shape(value)
    return _type_name(value)


def filter_shape(query: Mapping[str, Any] | None) -> Shape:
    """The shape of a filter: its field names and operators, every value a type name.

    ``{"_id": "a1", "version": 3}`` -> ``{"_id": "string", "version": "int"}``;
    ``{"_id": {"$in": ["a", "b"]}}`` -> ``{"_id": {"$in": "array<string>"}}``.
    """
    if not query:
        return {}
    shaped: dict[str, Shape] = {}
    for key, value in query.items():
        if key in _LOGICAL and isinstance(value, list | tuple):
            shaped[key] = [
                filter_shape(clause) if isinstance(clause, Mapping) else _type_name(clause)
                for clause in value
            ]
        elif str(key).startswith("$"):
            shaped[key] = _type_name(value) if not isinstance(value, Mapping) else "object"
        else:
            name = _field_name(key)
            # Two masked keys in one filter keep both entries apart.
            while name in shaped:
                name += "'"
            shaped[name] = _operand_shape(value)
    return shaped


def _id_in_count(query: Any) -> int | None:
    """How many ids the filter's ``_id: {$in: [...]}`` lists name, its ``$or`` branches
    included (None without any): the bound of a narrowed read, kept beside the shape."""
    if not isinstance(query, Mapping):
        return None
    counts = []
    selector = query.get("_id")
    if isinstance(selector, Mapping) and isinstance(selector.get("$in"), list | tuple):
        counts.append(len(selector["$in"]))
    branches = query.get("$or")
    if isinstance(branches, list | tuple):
        counts.extend(n for n in map(_id_in_count, branches) if n is not None)
    return sum(counts) if counts else None


# --- records -----------------------------------------------------------------------------


def _collection_of(command_name: str, command: Mapping[str, Any]) -> str:
    if command_name == "getMore":
        return str(command.get("collection", ""))
    if command_name in _NO_COLLECTION:
        return ""
    target = command.get(command_name)
    return target if isinstance(target, str) else ""


def _filtered(query: Any) -> dict[str, Any]:
    mapping = query if isinstance(query, Mapping) else {}
    return {"shape": filter_shape(mapping), "id_in": _id_in_count(mapping)}


def command_records(
    command_name: str, command: Mapping[str, Any], *, database: str, role: str
) -> list[dict[str, Any]]:
    """What one command adds to the log: one record, or one per statement of an update or
    a delete. Shapes only: no value of the command is copied."""
    base = {
        "role": role,
        "db": database,
        "collection": _collection_of(command_name, command),
        "command": command_name,
    }
    if command_name in ("update", "delete"):
        statements = command.get(command_name + "s") or []
        records = []
        for statement in statements:
            record = base | _filtered(statement.get("q") if isinstance(statement, Mapping) else {})
            if command_name == "update":
                record["upsert"] = bool(statement.get("upsert", False))
                record["multi"] = bool(statement.get("multi", False))
            records.append(record)
        # A command without its statements (never sent by pymongo) is still counted.
        return records or [base | {"shape": None, "id_in": None}]
    if command_name == "aggregate":
        pipeline = command.get("pipeline") or []
        stages = [next(iter(stage), "") for stage in pipeline if isinstance(stage, Mapping)]
        head = pipeline[0] if pipeline and isinstance(pipeline[0], Mapping) else {}
        # Only a leading $match narrows what the pipeline reads.
        if "$match" in head:
            return [base | _filtered(head["$match"]) | {"stages": stages}]
        return [base | {"shape": None, "id_in": None, "stages": stages}]
    if command_name in FILTERED_COMMANDS:
        return [base | _filtered(command.get(FILTERED_COMMANDS[command_name]))]
    if command_name == "insert":
        return [base | {"documents": len(command.get("documents") or [])}]
    return [base]


class StoreCommandLog(monitoring.CommandListener):
    """Appends the records of every command a client sends to ``path``.

    Several processes may share the file: it is opened with ``O_APPEND`` and each command's
    records are written by one ``write`` of whole lines, so lines never interleave.
    """

    def __init__(self, path: str | os.PathLike[str], *, role: str) -> None:
        self._role = role
        self._pid = os.getpid()
        flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_CLOEXEC", 0)
        self._fd: int | None = os.open(path, flags, 0o600)

    def started(self, event: monitoring.CommandStartedEvent) -> None:
        fd = self._fd
        if fd is None:
            return
        stamp = {"ts": round(time.time(), 3), "pid": self._pid}
        lines = "".join(
            json.dumps(stamp | record, separators=(",", ":"), sort_keys=True) + "\n"
            for record in command_records(
                event.command_name,
                event.command,
                database=event.database_name,
                role=self._role,
            )
        )
        os.write(fd, lines.encode())

    def succeeded(self, event: monitoring.CommandSucceededEvent) -> None:
        del event

    def failed(self, event: monitoring.CommandFailedEvent) -> None:
        del event

    def close(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)


def read_log(path: str | os.PathLike[str]) -> list[dict[str, Any]]:
    """The records in a log (none if it does not exist). A line still being written (no
    newline yet) is left for the next read."""
    file = Path(path)
    if not file.exists():
        return []
    text = file.read_text(encoding="utf-8")
    complete = text[: text.rfind("\n") + 1]
    return [json.loads(line) for line in complete.splitlines() if line.strip()]


# --- the rule ----------------------------------------------------------------------------


def _narrowed_by(shape: Shape) -> str | None:
    """How the store narrows a filter of this shape to a few ``_id``s, or None (it scans).

    What the patched FerretDB narrows (``infra/ferretdb/pathways_id_filter.go``), beside
    any other fields: an exact ``_id`` of a narrowed type; ``_id: {$in: [...]}`` of those;
    a ``$or`` whose every branch is narrowed (libmongocrypt's data-key lookup); a field
    ``{$in: []}`` (matches nothing). Not ``$eq``, ``$gt``, ``$and`` or any other form.
    """
    if not isinstance(shape, Mapping) or not shape:
        return None
    selector = shape.get("_id")
    if isinstance(selector, str) and selector in NARROWED_ID_TYPES:
        return f"exact _id ({selector})"
    if isinstance(selector, Mapping) and set(selector) == {"$in"}:
        operand = str(selector["$in"])
        types = set(operand.removeprefix("array<").removesuffix(">").split("|")) - {""}
        if types <= NARROWED_ID_TYPES:
            return "_id $in"
    branches = shape.get("$or")
    if isinstance(branches, list) and branches and all(map(_narrowed_by, branches)):
        return "$or of _id lookups"
    for field, operand in shape.items():
        if not field.startswith("$") and operand == {"$in": "array<>"}:
            return f"{field} $in [] (matches nothing)"
    return None


def _why_scanned(shape: Mapping[str, Any]) -> str:
    selector = shape.get("_id")
    if selector is None:
        return "no _id in the filter"
    if isinstance(selector, str):
        return f"an _id of type {selector} is not narrowed by the store"
    if isinstance(selector, Mapping) and set(selector) == {"$in"}:
        return f"_id $in of {selector['$in']}: not narrowed by the store"
    operators = ", ".join(sorted(selector)) if isinstance(selector, Mapping) else selector
    return f"_id compared with {operators}: only an exact _id or $in narrows"


def classify(record: Mapping[str, Any]) -> tuple[Access, str]:
    """What a recorded command costs, and why. Pure: the record is all it reads."""
    command = str(record.get("command", ""))
    if command == "insert":
        return Access.INSERT, "insert"
    if command in _ADMIN_COMMANDS:
        return Access.ADMIN, command
    if command not in FILTERED_COMMANDS:
        return Access.SCAN, f"unknown command {command}: not known to read by _id"
    shape = record.get("shape")
    if shape is None:
        if command == "aggregate":
            return Access.SCAN, "an aggregate that does not start with $match"
        return Access.SCAN, "no filter"
    if not isinstance(shape, Mapping) or not shape:
        return Access.SCAN, "an empty filter (the whole collection)"
    how = _narrowed_by(shape)
    if how is None:
        return Access.SCAN, _why_scanned(shape)
    ids = record.get("id_in")
    if ids is not None and ids > MAX_ID_IN:
        return Access.SCAN, f"_id $in of {ids} ids (more than {MAX_ID_IN:,})"
    return Access.ID, how if ids is None else f"{how} ({ids} ids)"


@dataclass(frozen=True)
class AllowedScan:
    """A scan the rule allows, on a cold path only; ``reason`` names that path.

    ``database``, ``collection``, ``command`` and ``role`` are shell-style patterns
    (databases have per-deployment names); ``shape`` is the exact recorded filter shape, or
    None for any shape. ``phase`` ``"start-up"`` allows the scan only in records a test
    marked as sent before the system was up (``record["phase"]``), so that a start-up step's
    allowance cannot hide the same scan on a hot path later.
    """

    database: str
    collection: str
    command: str
    shape: Shape | None
    reason: str
    role: str = "*"
    phase: str = "*"

    def __post_init__(self) -> None:
        if not self.reason.strip():
            raise ValueError("every allowed scan needs its reason (which cold path it is)")

    def covers(self, record: Mapping[str, Any]) -> bool:
        return (
            fnmatch.fnmatchcase(str(record.get("role", "")), self.role)
            and fnmatch.fnmatchcase(str(record.get("db", "")), self.database)
            and fnmatch.fnmatchcase(str(record.get("collection", "")), self.collection)
            and fnmatch.fnmatchcase(str(record.get("command", "")), self.command)
            and fnmatch.fnmatchcase(str(record.get("phase", "running")), self.phase)
            and (self.shape is None or self.shape == record.get("shape"))
        )


@dataclass(frozen=True)
class Violation:
    record: Mapping[str, Any]
    why: str

    @property
    def key(self) -> tuple[str, str, str, str, str]:
        """What tells one violating access from another (the shape as canonical JSON)."""
        record = self.record
        return (
            str(record.get("role")),
            str(record.get("db")),
            str(record.get("collection")),
            str(record.get("command")),
            json.dumps(record.get("shape"), sort_keys=True),
        )


def violations(
    records: Iterable[Mapping[str, Any]], allowed: Sequence[AllowedScan] = ()
) -> list[Violation]:
    """Every recorded scan no allow-list entry covers, in log order."""
    found = []
    for record in records:
        access, why = classify(record)
        if access is Access.SCAN and not any(entry.covers(record) for entry in allowed):
            found.append(Violation(record=record, why=why))
    return found


def _distinct(found: Iterable[Violation]) -> Iterator[tuple[Violation, int]]:
    counts: dict[tuple[str, ...], list[Any]] = {}
    for violation in found:
        entry = counts.setdefault(violation.key, [violation, 0])
        entry[1] += 1
    for violation, count in counts.values():
        yield violation, count


def describe_violations(found: Iterable[Violation]) -> str:
    """One line per distinct violating access: service, database, collection, command,
    shape, why it scans and how often it was sent."""
    lines = []
    for violation, count in sorted(_distinct(found), key=lambda item: item[0].key):
        role, db, collection, command, shape = violation.key
        lines.append(f"{role} {db}.{collection} {command} {shape}: {violation.why} (x{count})")
    return "\n".join(lines)
