"""The real console in Debian's Chromium, against the real gateway, matching and peer groups.

The system comes from ``tests/e2e/support.running_system`` (real processes over sockets on
the shared Kafka and FerretDB); the console is started as ``python -m console`` beside it.
Playwright's Python package drives ``/usr/bin/chromium`` (``executable_path``); no browser
is ever downloaded. axe-core is vendored (``tests/browser/vendor``) and hash-checked.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx2 as httpx
import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from tests.e2e.support import Client, login, organisation, running_system, share, user
from tests.support.processes import ServiceProcess, free_port, wait_until

CHROMIUM = "/usr/bin/chromium"
_ADDRESSES = itertools.cycle(range(1, 255))
#: The console's source address towards the gateway, and the one the gateway trusts.
GATEWAY_TRUSTS = "127.0.0.2"
VENDOR = Path(__file__).parent / "vendor"

JOB = {
    "kind": "job",
    "title": "Barista",
    "description": "Busy coffee shop near Lumphini needs a barista; we train on espresso.",
    "sector": "food_service",
    "skills_required": ["customer_service", "barista"],
    "languages": [{"language": "th", "level": "conversational"}],
    "location": {
        "country": "TH",
        "district": "Pathum Wan",
        "latitude": 13.744,
        "longitude": 100.523,
    },
    "pay": {"amount": 12000, "currency": "THB"},
    "openings": 2,
    "minimum_age": 18,
}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "/browser/" in str(item.path):
            item.add_marker(pytest.mark.e2e)


@dataclass(frozen=True)
class Console:
    url: str
    gateway_url: str
    officer: str
    officer_api: Client
    #: Another officer of the same organisation, whose language choice other tests never see.
    khmer_officer: str
    employer: str
    job_id: str
    #: An employer organisation still waiting for vetting.
    pending_organisation: str
    exit_url: str
    #: The administrator's API client (to set up what a journey needs).
    admin_api: Client
    ngo: str
    #: A facilitator of a peer-support organisation the NGO works with.
    facilitator: str
    peer_organisation: str
    #: An officer whose role the administrator changes in a browser test.
    role_change_target: str


@pytest.fixture(scope="package")
def console(
    tmp_path_factory: pytest.TempPathFactory, mongodb_uri: str, kafka_bootstrap: str
) -> Iterator[Console]:
    tmp = tmp_path_factory.mktemp("browser")
    with running_system(
        tmp,
        mongodb_uri=mongodb_uri,
        kafka_bootstrap=kafka_bootstrap,
        gateway_env={"PATHWAYS_TRUSTED_PROXIES": GATEWAY_TRUSTS},
    ) as system:
        admin = login(system.url, "root.admin")
        ngo = organisation(admin, "ngo")
        officer = user(admin, ngo, "reintegration_officer")
        khmer_officer = user(admin, ngo, "reintegration_officer")
        employer_org = organisation(admin, "employer", vet=True)
        employer_name = user(admin, employer_org, "employer")
        employer = login(system.url, employer_name)
        job = employer.ok("POST", f"/v1/organisations/{employer_org}/opportunities", json=JOB)
        pending = organisation(admin, "employer")
        peer_org = organisation(admin, "peer_support")
        # The NGO shares its survivors with the peer organisation's groups (a partnership):
        # without it the facilitator's pool holds nobody.
        share(admin, ngo, peer_org)
        facilitator = user(admin, peer_org, "facilitator")
        role_change_target = user(admin, ngo, "reintegration_officer")
        port = free_port()
        exit_url = f"{system.url}/healthz"
        process = ServiceProcess(
            module="console",
            env={
                "PATHWAYS_GATEWAY_URL": system.url,
                # Each browser context names its own address (``person_page``), as an
                # office's proxy on this machine would; the console passes it on from
                # 127.0.0.2, the one address the gateway believes it from.
                "PATHWAYS_TRUSTED_PROXIES": "127.0.0.1",
                "PATHWAYS_CONSOLE_GATEWAY_SOURCE_ADDRESS": GATEWAY_TRUSTS,
                "PATHWAYS_CONSOLE_PORT": str(port),
                "PATHWAYS_CONSOLE_QUICK_EXIT_URL": exit_url,
                "PATHWAYS_CONSOLE_PREFERENCES_FILE": str(tmp / "console-preferences.json"),
            },
            log_path=tmp / "console.log",
        ).start()
        url = f"http://127.0.0.1:{port}"

        def up() -> bool:
            try:
                return httpx.get(f"{url}/healthz", timeout=2).status_code == 200
            except httpx.TransportError:
                return False

        if not wait_until(up, timeout_s=60):
            process.stop()
            pytest.fail("the console did not start:\n" + process.log_text()[-3000:])
        try:
            yield Console(
                url=url,
                gateway_url=system.url,
                officer=officer,
                officer_api=login(system.url, officer),
                khmer_officer=khmer_officer,
                employer=employer_name,
                job_id=str(job.json()["id"]),
                pending_organisation=pending,
                exit_url=exit_url,
                admin_api=admin,
                ngo=ngo,
                facilitator=facilitator,
                peer_organisation=peer_org,
                role_change_target=role_change_target,
            )
        finally:
            process.stop()


@pytest.fixture(scope="package")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"]
        )
        try:
            yield launched
        finally:
            launched.close()


@contextmanager
def person_page(browser: Browser, **options: Any) -> Iterator[Page]:
    """A page in a browser context of its own: a person at an address of their own
    (198.51.100.0/24, for documentation), as in an office behind a proxy. The console
    here trusts 127.0.0.1 as its proxy and passes the address on to the gateway, which
    rate-limits sign-ins per address (20 a minute), as it would for real people."""
    context = browser.new_context(
        locale="en-GB",
        extra_http_headers={"X-Forwarded-For": f"198.51.100.{next(_ADDRESSES)}"},
        **options,
    )
    context.set_default_timeout(20_000)
    try:
        yield context.new_page()
    finally:
        context.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    # bypass_csp only so the test can inject axe-core; the console's own CSP is checked
    # over HTTP in tests/unit/console.
    with person_page(browser, bypass_csp=True) as found:
        yield found


def axe_source() -> str:
    manifest = json.loads((VENDOR / "MANIFEST.json").read_text())["axe.min.js"]
    source = (VENDOR / "axe.min.js").read_bytes()
    assert hashlib.sha256(source).hexdigest() == manifest["sha256"], "axe.min.js changed"
    return source.decode()


def serious_violations(page: Page) -> list[dict[str, Any]]:
    """axe-core's WCAG 2.x A/AA rules on the current page; the serious and critical ones."""
    page.add_script_tag(content=axe_source())
    result = page.evaluate(
        """async () => await axe.run(document, {runOnly: {type: 'tag',
            values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}})"""
    )
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:3]}
        for v in result["violations"]
        if v["impact"] in {"serious", "critical"}
    ]


def sign_in(
    page: Page, console: Console, username: str | None = None, *, landing: str = "/caseload"
) -> None:
    page.goto(f"{console.url}/sign-in")
    page.locator("#username").fill(username or console.officer)
    page.locator("#password").fill("correct horse battery staple")
    with page.expect_navigation():
        page.locator("form[action='/sign-in'] button").click()
    problem = page.locator("#sign-in-error")
    assert problem.count() == 0, f"sign-in refused: {problem.inner_text()}"
    page.wait_for_url(f"{console.url}{landing}")


def font_families(page: Page, selector: str) -> list[str]:
    """The platform fonts Chromium used to draw the node's text (DevTools ``CSS``)."""
    cdp = page.context.new_cdp_session(page)
    try:
        cdp.send("DOM.enable")
        cdp.send("CSS.enable")
        root = cdp.send("DOM.getDocument")
        node = cdp.send(
            "DOM.querySelector", {"nodeId": root["root"]["nodeId"], "selector": selector}
        )
        fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node["nodeId"]})
    finally:
        cdp.detach()
    return [font["familyName"] for font in fonts["fonts"]]


def and_the_page_is_redrawn(page: Page, action: Callable[[], None]) -> None:
    """Runs ``action`` (a click that submits) and returns once a new page is drawn.

    htmx swaps the page in place, and a redirect back to the same URL looks to Playwright
    like no navigation at all: the old ``<main>`` is marked, and the wait is for a
    ``<main>`` without the mark (a condition, not a pause)."""
    page.evaluate("document.querySelector('main').dataset.stale = 'yes'")
    action()
    page.wait_for_selector("main:not([data-stale])", state="attached")


def page_is_safe(page: Page, *secrets: str) -> None:
    """What every page must hold to: no serious or critical axe-core violation, no secret
    (a survivor id, a district, their own words) in the URL or the title."""
    assert serious_violations(page) == [], page.url
    for secret in secrets:
        assert secret not in page.url
        assert secret not in page.title()


def screenshot(page: Page, name: str) -> None:
    """Saves the page when ``PATHWAYS_CONSOLE_SCREENSHOT_DIR`` is set (for the README)."""
    directory = os.environ.get("PATHWAYS_CONSOLE_SCREENSHOT_DIR")
    if directory:
        Path(directory).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(directory) / f"{name}.png"), full_page=True)
