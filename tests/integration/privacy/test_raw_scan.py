"""The raw-file scan finds a secret however it is embedded, and nothing else."""

from __future__ import annotations

import base64
import binascii
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.integration.privacy.raw_scan import forms_of, scan_files

SECRET = os.urandom(96)


@pytest.mark.parametrize("offset", range(6))
@pytest.mark.parametrize(
    "encode",
    [
        lambda data: data,
        base64.b64encode,
        base64.urlsafe_b64encode,
        binascii.hexlify,
        lambda data: binascii.hexlify(data).upper(),
    ],
    ids=["bytes", "base64", "base64url", "hex", "HEX"],
)
def test_a_secret_is_found_inside_any_encoded_text(
    tmp_path: Path, offset: int, encode: Callable[[bytes], bytes]
) -> None:
    (tmp_path / "pages").write_bytes(b"x" * 7 + encode(os.urandom(offset) + SECRET + b"tail"))
    found = scan_files([tmp_path], {"key": SECRET})
    assert [(f.secret, f.path.name) for f in found] == [("key", "pages")]


def test_other_bytes_are_not_reported(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "segment.log").write_bytes(base64.b64encode(os.urandom(4096)))
    assert scan_files([tmp_path], {"key": SECRET}) == []


def test_values_short_enough_to_match_by_chance_are_refused() -> None:
    with pytest.raises(ValueError, match="by chance"):
        forms_of(b"short")
