"""A gateway app on in-memory fakes, with one organisation per kind and a user per role."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx2
from fastapi.testclient import TestClient

from gateway.api.observability import HttpMetrics
from gateway.app import create_app
from gateway.auth.roles import OrganisationType, Role
from gateway.bootstrap import Gateway, Overrides
from gateway.config import GatewaySettings
from gateway.directory.models import Organisation, User
from tests.unit.gateway.fake_matching import FakeMatching
from tests.unit.gateway.fake_peer_groups import FakePeerGroups
from tests.unit.gateway.fakes import FakeClock, FakeStores, fake_stores

PASSWORD = "correct horse battery staple"
FAST_ARGON2 = {"argon2_time_cost": 1, "argon2_memory_cost_kib": 8, "argon2_parallelism": 1}

#: The kind of organisation each role's user belongs to in the test world.
HOME = {
    Role.PLATFORM_ADMIN: OrganisationType.PLATFORM,
    Role.REINTEGRATION_OFFICER: OrganisationType.NGO,
    Role.EMPLOYER: OrganisationType.EMPLOYER,
    Role.TRAINING_PROVIDER: OrganisationType.TRAINING_PROVIDER,
    Role.FACILITATOR: OrganisationType.PEER_SUPPORT,
}


def test_settings(**overrides: Any) -> GatewaySettings:
    values: dict[str, Any] = {"environment": "test", "readiness_timeout_s": 0.5, **FAST_ARGON2}
    values.update(overrides)
    return GatewaySettings(**values)


test_settings.__test__ = False  # type: ignore[attr-defined]


@dataclass
class World:
    client: TestClient
    stores: FakeStores
    clock: FakeClock
    gateway: Gateway
    #: The app's HTTP metrics (served on a port of their own: gateway.metrics_server).
    metrics: HttpMetrics
    #: The in-memory matching service behind the survivor, opportunity and match routes.
    matching: FakeMatching = field(default_factory=FakeMatching)
    #: The in-memory peer-groups service behind the peer-group routes.
    peer_groups: FakePeerGroups = field(default_factory=FakePeerGroups)
    #: (kind, "own" | "other") → organisation
    organisations: dict[tuple[OrganisationType, str], Organisation] = field(default_factory=dict)
    #: (role, "own" | "other") → user
    users: dict[tuple[Role, str], User] = field(default_factory=dict)
    _tokens: dict[tuple[Role, str], str] = field(default_factory=dict)

    def login(self, username: str, password: str = PASSWORD) -> httpx2.Response:
        return self.client.post("/v1/auth/token", data={"username": username, "password": password})

    def token(self, role: Role, which: str = "own") -> str:
        if (role, which) not in self._tokens:
            response = self.login(self.users[(role, which)].username)
            assert response.status_code == 200, response.text
            self._tokens[(role, which)] = response.json()["access_token"]
        return self._tokens[(role, which)]

    def headers(self, role: Role, which: str = "own", **extra: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token(role, which)}", **extra}

    def organisation_of(self, role: Role, which: str = "own") -> Organisation:
        return self.organisations[(HOME[role], which)]


def new_key() -> str:
    return uuid.uuid4().hex


@contextmanager
def world(**setting_overrides: Any) -> Iterator[World]:
    stores = fake_stores()
    clock = FakeClock()
    settings = test_settings(**setting_overrides)
    checks = {name: (lambda: True) for name in ("kafka", "mongodb", "matching", "peer_groups")}
    matching = FakeMatching()
    peer_groups = FakePeerGroups()
    app = create_app(
        settings,
        Overrides(
            checks=checks,
            stores=stores,
            clock=clock,
            matching=matching,
            peer_groups=peer_groups,
        ),
    )
    with TestClient(app) as client:
        gateway: Gateway = app.state.gateway
        built = World(
            client=client,
            stores=stores,
            clock=clock,
            gateway=gateway,
            metrics=app.state.metrics,
            matching=matching,
            peer_groups=peer_groups,
        )
        directory = gateway.directory
        for kind in OrganisationType:
            for which in ("own", "other"):
                organisation = directory.create_organisation(
                    name=f"{kind.value} {which}", type=kind, country="KH"
                )
                if organisation.needs_vetting:
                    organisation = directory.vet_organisation(
                        organisation_id=organisation.id,
                        expected_version=organisation.version,
                        by="setup",
                    )
                built.organisations[(kind, which)] = organisation
        for role, kind in HOME.items():
            for which in ("own", "other"):
                built.users[(role, which)] = directory.create_user(
                    organisation_id=built.organisations[(kind, which)].id,
                    username=f"{role.value}.{which}",
                    role=role,
                    password=PASSWORD,
                )
        yield built
