"""The console's forms as a real browser sends them: Debian's Chromium (Playwright, no
browser downloaded) against the console served by uvicorn over a socket, with the gateway
faked at its transport (``tests.unit.console.fake_gateway``).

What the browser puts in ``Origin`` is the browser's choice, not the test's: under the
console's former ``Referrer-Policy: no-referrer`` Chromium sent ``Origin: null`` on a plain
form POST, so the console's own forms would have been refused as another site's. Here a
form is posted as a person without scripts posts it, as htmx posts it, and from a page of
another website.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator

import pytest
import uvicorn
from playwright.sync_api import Browser, Page, sync_playwright

from console.app import create_app
from console.config import ConsoleSettings
from tests.support.processes import wait_until
from tests.unit.console.fake_gateway import PASSWORD, FakeGateway

CHROMIUM = "/usr/bin/chromium"
ELSEWHERE = "http://prize-draw.example"
#: What the console's refusal of another site's request says (``messages.FROM_ANOTHER_SITE``).
REFUSAL = "Nothing was changed: this request came from another website"


@pytest.fixture(scope="module")
def console_url() -> Iterator[str]:
    app = create_app(
        ConsoleSettings(gateway_url="http://gateway.test"), transport=FakeGateway().transport()
    )
    listening = socket.socket()
    listening.bind(("127.0.0.1", 0))
    port = listening.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_config=None, access_log=False))
    serving = threading.Thread(target=server.run, kwargs={"sockets": [listening]})
    serving.start()
    try:
        assert wait_until(lambda: server.started, timeout_s=30), "the console did not start"
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        serving.join(timeout=30)
        listening.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"]
        )
        try:
            yield launched
        finally:
            launched.close()


def _page(browser: Browser, *, scripts: bool) -> Page:
    context = browser.new_context(locale="en-GB", java_script_enabled=scripts)
    context.set_default_timeout(20_000)
    return context.new_page()


def _sign_in(page: Page, console_url: str) -> dict[str, str]:
    """Signs in with the sign-in form (never boosted); the headers its POST was sent with."""
    page.goto(f"{console_url}/sign-in")
    page.locator("#username").fill("officer")
    page.locator("#password").fill(PASSWORD)
    with page.expect_request(lambda r: r.method == "POST") as posted, page.expect_navigation():
        page.locator("form[action='/sign-in'] button").click()
    assert REFUSAL not in page.content()
    assert page.url == f"{console_url}/caseload"
    return posted.value.all_headers()


def test_a_form_posted_without_scripts_from_the_console_is_accepted(
    browser: Browser, console_url: str
) -> None:
    page = _page(browser, scripts=False)
    try:
        sent = _sign_in(page, console_url)
        assert sent["origin"] == console_url
    finally:
        page.context.close()


def test_a_form_posted_by_htmx_from_the_console_is_accepted(
    browser: Browser, console_url: str
) -> None:
    page = _page(browser, scripts=True)
    try:
        _sign_in(page, console_url)
        page.locator("#case").fill("no-such-case")
        with page.expect_response(lambda r: r.url.endswith("/survivors/open")) as opened:
            page.locator("form[action='/survivors/open'] button").click()
        answer = opened.value
        sent = answer.request.all_headers()
        assert sent["hx-request"] == "true"  # htmx sent it, not the browser's form
        assert sent["origin"] == console_url
        # The console's answer to a case that does not exist, not its refusal.
        assert answer.status == 404
        page.wait_for_selector("p.problem")
        assert REFUSAL not in page.content()
    finally:
        page.context.close()


def test_a_form_posted_from_another_website_is_refused(browser: Browser, console_url: str) -> None:
    page = _page(browser, scripts=True)
    # A page of another site whose button posts a sign-in to the console (a guessed token:
    # the refusal must come from where the form was sent, before the token is looked at).
    trap = f"""<!doctype html><title>Win a prize</title>
<form method="post" action="{console_url}/sign-in">
<input type="hidden" name="csrf_token" value="{"x" * 43}">
<input type="hidden" name="username" value="officer">
<input type="hidden" name="password" value="{PASSWORD}">
<button>Claim your prize</button></form>"""
    page.route(
        f"{ELSEWHERE}/**",
        lambda route: route.fulfill(status=200, content_type="text/html", body=trap),
    )
    try:
        page.goto(f"{ELSEWHERE}/win")
        with page.expect_response(lambda r: r.url == f"{console_url}/sign-in") as refused:
            page.locator("button").click()
        answer = refused.value
        assert answer.request.all_headers()["origin"] == ELSEWHERE
        assert answer.status == 403
        page.wait_for_url(f"{console_url}/sign-in")
        assert REFUSAL in page.content()
    finally:
        page.context.close()
