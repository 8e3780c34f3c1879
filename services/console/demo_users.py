"""``python -m console demo-users``: one demo user per role, for ``make run``.

Signs in to the gateway as the demo administrator (password read from a file, never from
the command line), creates one organisation per type (vetting employers and providers),
lets the NGO share its survivors with the peer-support organisation's groups (a
partnership, proposed as the administrator and accepted as the demo officer, as the NGO
must: without it the demo facilitator's pool would hold nobody), and one user per
role, and writes ``username password role`` lines to a file created with mode 0600. The
password the administrator gives a user is temporary (the gateway asks for the user's own
at first sign-in), so this command signs in once as each user, as a new user would, and
replaces it with a second random one: the one written to the file. Passwords are never
printed. When the file already exists the users are taken to exist and nothing is done, so
a second ``make run`` keeps them.
"""

from __future__ import annotations

import os
import secrets
import sys
import uuid
from pathlib import Path

import httpx

from pathways_demo.homes import DemoHomes

__all__ = ["DEMO_COUNTRY", "DEMO_ROLES", "create_demo_users", "run"]

#: (role, organisation type, needs vetting)
DEMO_ROLES = (
    ("reintegration_officer", "ngo", False),
    ("employer", "employer", True),
    ("training_provider", "training_provider", True),
    ("facilitator", "peer_support", False),
)


#: Where the demo organisations work.
DEMO_COUNTRY = "TH"


def _post(http: httpx.Client, path: str, token: str, **kwargs: object) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}", "Idempotency-Key": uuid.uuid4().hex}
    extra = kwargs.pop("headers", None)
    if isinstance(extra, dict):
        headers.update(extra)
    response = http.post(path, headers=headers, **kwargs)  # type: ignore[arg-type]
    response.raise_for_status()
    return response


def create_demo_users(
    gateway_url: str,
    *,
    admin_username: str,
    admin_password: str,
    output: Path,
    homes: Path | None = None,
) -> list[str]:
    """The usernames created (and written to ``output``); the organisations' ids to
    ``homes`` if given, for ``python -m pathways_demo seed --homes`` to give them data."""
    with httpx.Client(base_url=gateway_url, timeout=30) as http:
        granted = http.post(
            "/v1/auth/token", data={"username": admin_username, "password": admin_password}
        )
        granted.raise_for_status()
        token = str(granted.json()["access_token"])
        lines = [f"{admin_username} (see the admin password file) platform_admin"]
        usernames = []
        passwords: dict[str, str] = {}
        organisations: dict[str, str] = {}
        suffix = secrets.token_hex(3)
        for role, kind, vet in DEMO_ROLES:
            org = _post(
                http,
                "/v1/organisations",
                token,
                json={"name": f"Demo {kind} {suffix}", "type": kind, "country": DEMO_COUNTRY},
            ).json()
            organisations[kind] = str(org["id"])
            if vet:
                _post(
                    http,
                    f"/v1/organisations/{org['id']}/vetting",
                    token,
                    headers={"If-Match": f'"{org["version"]}"'},
                )
            username = f"demo.{role}"
            given, password = secrets.token_urlsafe(18), secrets.token_urlsafe(18)
            _post(
                http,
                "/v1/users",
                token,
                json={
                    "organisation_id": org["id"],
                    "username": username,
                    "role": role,
                    "password": given,
                },
            )
            http.post(
                "/v1/auth/token",
                data={"username": username, "password": given, "new_password": password},
            ).raise_for_status()
            usernames.append(username)
            passwords[role] = password
            lines.append(f"{username} {password} {role}")
        partnership = (
            f"/v1/organisations/{organisations['ngo']}/partners/{organisations['peer_support']}"
        )
        http.put(partnership, headers={"Authorization": f"Bearer {token}"}).raise_for_status()
        officer = http.post(
            "/v1/auth/token",
            data={
                "username": "demo.reintegration_officer",
                "password": passwords["reintegration_officer"],
            },
        )
        officer.raise_for_status()
        _post(http, partnership + "/acceptance", str(officer.json()["access_token"]))
    if homes is not None:
        DemoHomes(
            country=DEMO_COUNTRY,
            ngo=organisations["ngo"],
            employer=organisations["employer"],
            training_provider=organisations["training_provider"],
        ).write(homes)
    descriptor = os.open(output, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
    return usernames


def run(
    *,
    gateway: str,
    admin_username: str,
    admin_password_file: Path,
    output: Path,
    homes: Path | None = None,
) -> int:
    """``python -m console demo-users`` (its arguments are declared in ``console.__main__``):
    create the demo users unless ``output`` exists; the exit status."""
    if output.exists():
        print(f"demo users already in {output}")
        return 0
    password = admin_password_file.read_text(encoding="utf-8").strip()
    created = create_demo_users(
        gateway,
        admin_username=admin_username,
        admin_password=password,
        output=output,
        homes=homes,
    )
    print(f"demo users {', '.join(created)}: passwords in {output} (mode 0600)")
    return 0


if __name__ == "__main__":
    # One command form per service. Without this, the old form would import the module and
    # exit 0 having done nothing.
    print("run it as: python -m console demo-users (--help lists its arguments)", file=sys.stderr)
    sys.exit(2)
