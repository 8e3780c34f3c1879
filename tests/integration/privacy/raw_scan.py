"""Search the raw files a system leaves behind (SQLite pages, -wal and -journal files, Kafka
log segments, logs) for secrets, in every form a secret is stored in.

A value may sit in a file as its own bytes (UTF-8 text, BSON, protobuf, a raw key) or in
base64 (FerretDB keeps a BSON binary in its SQLite JSON as a base64 string; JSON, logs and
configuration do the same). Inside a longer base64 text a value's encoding depends on where
it starts modulo 3 bytes, so each value is looked for under all three alignments, as the
run of characters that depends on its bytes alone (standard and URL-safe alphabets). Hex
covers dumps and logs of binary values.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Finding", "forms_of", "scan_files"]

#: Shorter values would be found by chance in megabytes of segments and pages.
_MIN_LENGTH = 12


def _base64_cores(value: bytes) -> set[bytes]:
    """The base64 characters that depend on ``value`` alone, for each of the three offsets
    at which it can start inside an encoded text."""
    cores = set()
    for offset in range(3):
        prefix = b"\0" * offset
        whole_groups = (offset + len(value)) // 3
        encoded = base64.b64encode(prefix + value)[: whole_groups * 4]
        # Characters mixing prefix bits: none at offset 0, 2 at offset 1, 3 at offset 2.
        core = encoded[(0, 2, 3)[offset] :]
        cores.add(core)
        cores.add(core.replace(b"+", b"-").replace(b"/", b"_"))
    return cores


def forms_of(value: bytes) -> set[bytes]:
    """Every form of ``value`` that :func:`scan_files` looks for."""
    if len(value) < _MIN_LENGTH:
        raise ValueError("a value this short would be found by chance")
    hexed = binascii.hexlify(value)
    return {value, hexed, hexed.upper(), *_base64_cores(value)}


@dataclass(frozen=True)
class Finding:
    secret: str
    path: Path

    def __str__(self) -> str:
        return f"{self.secret} readable in {self.path}"


def scan_files(roots: Iterable[Path], secrets: Mapping[str, bytes]) -> list[Finding]:
    """Every (secret, file) where a form of the secret occurs, in every file under ``roots``."""
    forms = {name: forms_of(value) for name, value in secrets.items()}
    findings = []
    for root in roots:
        for path in sorted(p for p in root.rglob("*") if p.is_file() and not p.is_symlink()):
            try:
                data = path.read_bytes()
            except FileNotFoundError:  # a journal or segment removed while we walked
                continue
            for name, variants in forms.items():
                if any(variant in data for variant in variants):
                    findings.append(Finding(name, path))
    return findings
