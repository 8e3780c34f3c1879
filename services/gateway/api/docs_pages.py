"""``/docs`` (Swagger UI) and ``/redoc`` (ReDoc), loading nothing but the gateway's own files.

FastAPI's default pages pull their code from a public CDN (without integrity), ReDoc's
also Google Fonts, and ours kept the bearer token in the browser's localStorage
(``persistAuthorization``). Here both pages load the vendored, hash-checked files of
:mod:`gateway.api.docs_assets`; Swagger UI keeps the token in the page's memory only (gone
when the tab closes) and has its online validator badge (a request to a public host) off.

Each page gets a Content-Security-Policy of its own: scripts only from the gateway plus the
one inline start-up script FastAPI writes, allowed by its SHA-256 (computed here from the
page itself, so the policy cannot drift from the HTML); connections (the OpenAPI document,
"Try it out", logging in) only to the gateway. Styles allow ``'unsafe-inline'``, because
both UIs set styles at run time (ReDoc through styled-components); styles cannot run code.
ReDoc runs its search index in a worker made from a ``blob:`` URL. The page HTML is built
once, when the app is built: it depends only on the OpenAPI URL.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from html.parser import HTMLParser

from fastapi import FastAPI
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from starlette.responses import HTMLResponse

from gateway.api.docs_assets import VendoredAssets, install_asset_route

__all__ = [
    "REDOC_URL",
    "SWAGGER_UI_PARAMETERS",
    "SWAGGER_UI_URL",
    "DocsPage",
    "content_security_policy_for",
    "inline_scripts",
    "install_docs",
]

SWAGGER_UI_URL = "/docs"
REDOC_URL = "/redoc"
#: Swagger UI's options: the token lives in memory only; no request to the public validator.
SWAGGER_UI_PARAMETERS = {"persistAuthorization": False, "validatorUrl": None}


class _InlineScripts(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.scripts: list[str] = []
        self._inline: bool = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script" and not any(name == "src" for name, _ in attrs):
            self._inline = True
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._inline = False

    def handle_data(self, data: str) -> None:
        if self._inline:
            self.scripts[-1] += data


def inline_scripts(html: str) -> list[str]:
    """The text of each inline ``<script>`` of ``html``, exactly as the browser hashes it."""
    parser = _InlineScripts()
    parser.feed(html)
    parser.close()
    return parser.scripts


def content_security_policy_for(html: str) -> str:
    """The policy of a docs page: its own inline scripts by hash, everything else 'self'."""
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(script.encode()).digest()).decode() + "'"
        for script in inline_scripts(html)
    )
    return "; ".join(
        (
            "default-src 'none'",
            f"script-src 'self' {hashes}".strip(),
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "connect-src 'self'",
            "worker-src blob:",
            "frame-ancestors 'none'",
            "base-uri 'none'",
            "form-action 'none'",
        )
    )


@dataclass(frozen=True)
class DocsPage:
    html: str
    content_security_policy: str

    @classmethod
    def of(cls, response: HTMLResponse) -> DocsPage:
        html = bytes(response.body).decode()
        return cls(html=html, content_security_policy=content_security_policy_for(html))


def install_docs(app: FastAPI, assets: VendoredAssets) -> Mapping[str, str]:
    """Add ``/docs``, ``/redoc`` and their assets; the pages' policies, by path.

    The app must be built with ``docs_url=None, redoc_url=None``, so FastAPI's CDN pages
    are not there as well.
    """
    openapi_url = app.openapi_url or "/openapi.json"
    favicon = assets.url("swagger-ui-dist", "favicon-32x32.png")
    swagger = DocsPage.of(
        get_swagger_ui_html(
            openapi_url=openapi_url,
            title=f"{app.title} - Swagger UI",
            swagger_js_url=assets.url("swagger-ui-dist", "swagger-ui-bundle.js"),
            swagger_css_url=assets.url("swagger-ui-dist", "swagger-ui.css"),
            swagger_favicon_url=favicon,
            oauth2_redirect_url=None,  # the password flow needs no redirect page
            swagger_ui_parameters=SWAGGER_UI_PARAMETERS,
        )
    )
    redoc = DocsPage.of(
        get_redoc_html(
            openapi_url=openapi_url,
            title=f"{app.title} - ReDoc",
            redoc_js_url=assets.url("redoc", "redoc.standalone.js"),
            redoc_favicon_url=favicon,
            with_google_fonts=False,
        )
    )

    async def swagger_ui() -> HTMLResponse:
        return HTMLResponse(swagger.html)

    async def redoc_ui() -> HTMLResponse:
        return HTMLResponse(redoc.html)

    app.add_api_route(SWAGGER_UI_URL, swagger_ui, methods=["GET"], include_in_schema=False)
    app.add_api_route(REDOC_URL, redoc_ui, methods=["GET"], include_in_schema=False)
    install_asset_route(app, assets)
    return {
        SWAGGER_UI_URL: swagger.content_security_policy,
        REDOC_URL: redoc.content_security_policy,
    }
