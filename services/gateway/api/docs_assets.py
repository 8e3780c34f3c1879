"""The vendored Swagger UI and ReDoc files: checked against their manifest, served from memory.

``static/`` holds the files ``infra/vendor_assets.py`` took from the npm registry, and
``static/manifest.json`` their SHA-256. :func:`load_vendored_assets` reads every listed
file and refuses (:class:`VendoredAssetError`) when one is missing or has other bytes, so
a gateway whose docs code was altered on disk does not start. What is served is exactly
what was checked: the bytes are kept in memory (about 3 MB) and only listed files exist.

The URLs carry the package's version (``/docs/assets/redoc@2.5.4/...``), so a file's bytes
never change under its URL and browsers may keep it for a year (``immutable``): the files
are public code, never personal data.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from fastapi import FastAPI, Request
from starlette.responses import Response

from gateway.api.problems import problem_response

__all__ = [
    "ASSETS_PREFIX",
    "STATIC_DIR",
    "VendoredAsset",
    "VendoredAssetError",
    "VendoredAssets",
    "install_asset_route",
    "load_vendored_assets",
]

ASSETS_PREFIX = "/docs/assets/"
STATIC_DIR = Path(__file__).resolve().parent / "static"
ASSET_CACHE_CONTROL = "public, max-age=31536000, immutable"

_MEDIA_TYPES = {
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".png": "image/png",
    ".txt": "text/plain; charset=utf-8",
}
_PLAIN_TEXT = "text/plain; charset=utf-8"  # LICENSE, NOTICE


class VendoredAssetError(RuntimeError):
    """A vendored docs file is missing or differs from ``manifest.json``."""


@dataclass(frozen=True)
class VendoredAsset:
    body: bytes
    sha256: str
    media_type: str


@dataclass(frozen=True)
class VendoredAssets:
    """The checked files by their path under :data:`ASSETS_PREFIX`, and package versions."""

    files: Mapping[str, VendoredAsset]
    versions: Mapping[str, str]

    def url(self, package: str, name: str) -> str:
        """The served URL of ``name`` from ``package`` (at its vendored version)."""
        path = f"{package}@{self.versions[package]}/{name}"
        if path not in self.files:
            raise VendoredAssetError(f"{path} is not vendored")
        return ASSETS_PREFIX + path


def _safe_relative(path: str) -> bool:
    parts = PurePosixPath(path).parts
    return len(parts) == 2 and all(part not in ("", ".", "..") for part in parts)


def load_vendored_assets(static_dir: Path = STATIC_DIR) -> VendoredAssets:
    """Every file of the manifest, read and compared with its SHA-256."""
    try:
        manifest = json.loads((static_dir / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise VendoredAssetError("the docs assets' manifest.json is missing or broken") from error
    files: dict[str, VendoredAsset] = {}
    versions: dict[str, str] = {}
    for package in manifest["packages"]:
        versions[package["name"]] = package["version"]
        for path, expected in package["files"].items():
            if not _safe_relative(path):
                raise VendoredAssetError(f"{path!r} is not a plain package/file path")
            try:
                body = (static_dir / path).read_bytes()
            except OSError as error:
                raise VendoredAssetError(f"{path} is missing") from error
            digest = hashlib.sha256(body).hexdigest()
            if digest != expected:
                raise VendoredAssetError(f"{path} differs from manifest.json")
            media_type = _MEDIA_TYPES.get(PurePosixPath(path).suffix, _PLAIN_TEXT)
            files[path] = VendoredAsset(body=body, sha256=digest, media_type=media_type)
    return VendoredAssets(files=files, versions=versions)


def install_asset_route(app: FastAPI, assets: VendoredAssets) -> None:
    """``GET /docs/assets/<package>@<version>/<file>``: listed files only, else 404."""

    async def vendored_asset(asset_path: str, request: Request) -> Response:
        asset = assets.files.get(asset_path)
        if asset is None:
            return problem_response(status=404, problem="not-found")
        etag = f'"{asset.sha256}"'
        headers = {"ETag": etag, "Cache-Control": ASSET_CACHE_CONTROL}
        if request.headers.get("if-none-match") == etag:
            return Response(status_code=304, headers=headers)
        return Response(content=asset.body, media_type=asset.media_type, headers=headers)

    app.add_api_route(
        ASSETS_PREFIX + "{asset_path:path}",
        vendored_asset,
        methods=["GET"],
        include_in_schema=False,
    )
