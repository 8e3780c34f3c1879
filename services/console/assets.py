"""Vendored browser assets, checked against their manifest's SHA-256 at start-up.

The console serves no asset from the internet: htmx is copied from the npm registry's
tarball at a pinned version (``static/vendor/MANIFEST.json``). A file that does not match
its recorded hash stops the console from starting rather than serving unknown script.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

__all__ = ["STATIC_DIR", "VendoredAssetMismatch", "verify_vendored"]

STATIC_DIR = Path(__file__).parent / "static"


class VendoredAssetMismatch(RuntimeError):
    pass


def verify_vendored(directory: Path = STATIC_DIR / "vendor") -> dict[str, str]:
    """``{file: version}`` when every file matches its manifest; raises otherwise."""
    manifest = json.loads((directory / "MANIFEST.json").read_text(encoding="utf-8"))
    versions: dict[str, str] = {}
    for name, entry in manifest.items():
        digest = hashlib.sha256((directory / name).read_bytes()).hexdigest()
        if digest != entry["sha256"]:
            raise VendoredAssetMismatch(f"{name}: SHA-256 does not match the manifest")
        versions[name] = str(entry["version"])
    return versions
