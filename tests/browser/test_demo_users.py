"""``python -m console demo-users`` gives every role a user that can sign in, in a 0600 file."""

from __future__ import annotations

import stat
from pathlib import Path

import httpx2 as httpx
import pytest

from tests.browser.conftest import Console
from tests.e2e.support import PASSWORD
from tests.support.processes import run_module

pytestmark = pytest.mark.e2e


def test_demo_users_for_every_role_in_a_private_file(console: Console, tmp_path: Path) -> None:
    admin_password = tmp_path / "admin-password"
    admin_password.write_text(PASSWORD + "\n")
    output = tmp_path / "demo-users"
    done = run_module(
        "console",
        [
            "demo-users",
            "--gateway",
            console.gateway_url,
            "--admin-username",
            "root.admin",
            "--admin-password-file",
            str(admin_password),
            "--output",
            str(output),
        ],
        env={},
    )
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(output.stat().st_mode) == 0o600
    lines = [line.split() for line in output.read_text().splitlines()[1:]]
    assert {role for _user, _password, role in lines} == {
        "reintegration_officer",
        "employer",
        "training_provider",
        "facilitator",
    }
    for username, password, _role in lines:
        assert password not in done.stdout
        answer = httpx.post(
            f"{console.gateway_url}/v1/auth/token",
            data={"username": username, "password": password},
            timeout=15,
        )
        assert answer.status_code == 200, (username, answer.text)
    # The demo facilitator's groups may be proposed the demo NGO's survivors.
    facilitator = next(u for u, _p, role in lines if role == "facilitator")
    password = next(p for u, p, _role in lines if u == facilitator)
    token = httpx.post(
        f"{console.gateway_url}/v1/auth/token",
        data={"username": facilitator, "password": password},
        timeout=15,
    ).json()["access_token"]
    me = httpx.get(
        f"{console.gateway_url}/v1/me", headers={"Authorization": f"Bearer {token}"}, timeout=15
    ).json()
    partners = httpx.get(
        f"{console.gateway_url}/v1/organisations/{me['organisation_id']}/partners",
        headers={"Authorization": f"Bearer {token}"},
        timeout=15,
    ).json()
    assert len(partners["draws_from"]) == 1
