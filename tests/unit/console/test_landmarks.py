"""Quick exit and the skip link sit inside a landmark on every page, signed in or not, error
pages included (console probe, session 22: axe-core's "region" rule found both outside any
landmark, so a screen reader's landmark list skipped them). Quick exit stays the first
thing a keyboard reaches, the skip link the next."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

from tests.unit.console.conftest import signed_in_officer
from tests.unit.console.fake_gateway import FakeGateway

#: Elements that are landmarks by themselves (HTML-AAM): a header or footer only when no
#: sectioning element or main holds it; a form or section needs a name, so neither is here.
_LANDMARK_TAGS = {"header", "nav", "main", "footer", "aside"}
_SECTIONING = {"article", "aside", "main", "nav", "section"}
_LANDMARK_ROLES = {
    "banner",
    "complementary",
    "contentinfo",
    "form",
    "main",
    "navigation",
    "region",
    "search",
}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}
_FOCUSABLE = {"a", "button", "input", "select", "textarea", "summary"}


class _Landmarks(HTMLParser):
    """For each element with an id or class, whether a landmark holds it; and the order in
    which focusable elements come."""

    def __init__(self) -> None:
        super().__init__()
        self.open: list[tuple[str, bool]] = []  # (tag, is a landmark)
        self.inside: dict[str, bool] = {}  # "#id" or ".class" → inside a landmark
        self.focus_order: list[str] = []

    def _is_landmark(self, tag: str, attrs: dict[str, str | None]) -> bool:
        role = attrs.get("role")
        if role is not None:
            return role in _LANDMARK_ROLES
        if tag in {"header", "footer"}:
            return not any(t in _SECTIONING for t, _ in self.open)
        return tag in _LANDMARK_TAGS

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        held = any(landmark for _, landmark in self.open)
        names = [f"#{found['id']}"] if found.get("id") else []
        names += [f".{c}" for c in (found.get("class") or "").split()]
        for name in names:
            self.inside.setdefault(name, held)
        if tag in _FOCUSABLE and found.get("type") != "hidden" and found.get("tabindex") != "-1":
            self.focus_order.append(names[0] if names else tag)
        if tag not in _VOID:
            self.open.append((tag, self._is_landmark(tag, found)))

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.open) - 1, -1, -1):
            if self.open[depth][0] == tag:
                del self.open[depth:]
                return


def _parsed(page: str) -> _Landmarks:
    parser = _Landmarks()
    parser.feed(page)
    parser.close()
    return parser


def _assert_both_inside_a_landmark_and_first(page: str) -> None:
    parsed = _parsed(page)
    assert parsed.inside.get("#quick-exit") is True
    assert parsed.inside.get(".skip") is True
    assert parsed.focus_order[:2] == ["#quick-exit", ".skip"]


@pytest.mark.parametrize("path", ["/sign-in", "/sign-in?lang=my", "/no-such-page"])
def test_signed_out_pages_hold_quick_exit_and_the_skip_link_in_a_landmark(
    client: TestClient, path: str
) -> None:
    answer = client.get(path)
    assert answer.status_code in {200, 404}
    _assert_both_inside_a_landmark_and_first(answer.text)


def test_a_refused_post_page_holds_them_in_a_landmark(client: TestClient) -> None:
    answer = client.post("/sign-in", data={"username": "officer", "password": "x"})
    assert answer.status_code == 403  # no CSRF token: the error page
    _assert_both_inside_a_landmark_and_first(answer.text)


@pytest.mark.parametrize(
    ("path", "status"),
    [("/caseload", 200), ("/survivors/new", 200), ("/admin/users", 403), ("/nowhere", 404)],
)
def test_signed_in_pages_hold_quick_exit_and_the_skip_link_in_a_landmark(
    path: str, status: int
) -> None:
    with signed_in_officer(FakeGateway()) as client:
        answer = client.get(path)
    assert answer.status_code == status
    _assert_both_inside_a_landmark_and_first(answer.text)


def test_the_check_finds_a_link_outside_every_landmark() -> None:
    """The parser itself: a link after the header closes is outside; one in a nested div
    of a named region is inside."""
    page = (
        '<body><header class="top"><a class="skip" href="#m">s</a></header>'
        '<a id="quick-exit" href="/exit">x</a>'
        '<div role="region" aria-label="r"><div><a class="inner" href="/">i</a></div></div>'
        '<div><a class="loose" href="/">l</a></div></body>'
    )
    parsed = _parsed(page)
    assert parsed.inside == {
        ".top": False,
        ".skip": True,
        "#quick-exit": False,
        ".inner": True,
        ".loose": False,
    }
