"""The console in ``infra/compose.yaml`` and ``infra/Dockerfile``.

The console calls the gateway for browsers and names each browser in ``X-Forwarded-For``;
the gateway limits sign-ins and writes by that address and believes the header only from
``PATHWAYS_TRUSTED_PROXIES``. In compose that must be the console's fixed address and
nothing else: checked here with uvicorn's own proxy-header middleware, which is what the
gateway runs. Every Pathways container runs locked down, as in Kubernetes.
"""

from __future__ import annotations

import asyncio
import fnmatch
import ipaddress
import re
from typing import Any
from urllib.parse import urlsplit

import pytest
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from console.config import ConsoleSettings
from tests.support.processes import REPO_ROOT
from tests.unit.deploy.manifests import DOCKERFILE, DOCKERIGNORE, compose

#: The Dockerfile targets of the Pathways services (the containers this project builds).
PATHWAYS_TARGETS = {"matching", "peer_groups", "gateway", "console"}


def _services() -> dict[str, Any]:
    services: dict[str, Any] = compose()["services"]
    return services


def _console() -> dict[str, Any]:
    console: dict[str, Any] = _services()["console"]
    return console


def _env(service: dict[str, Any]) -> dict[str, str]:
    return {key: str(value) for key, value in service["environment"].items()}


def _console_address() -> ipaddress.IPv4Address:
    return ipaddress.IPv4Address(_console()["networks"]["default"]["ipv4_address"])


def _client_seen_by_gateway(peer: str, forwarded_for: str) -> str:
    """The client address the gateway's uvicorn derives for a request from ``peer``."""
    trusted = _env(_services()["gateway"])["PATHWAYS_TRUSTED_PROXIES"]
    seen: list[str] = []

    async def app(scope: Any, _receive: Any, _send: Any) -> None:
        seen.append(scope["client"][0])

    scope = {
        "type": "http",
        "client": (peer, 40000),
        "headers": [(b"x-forwarded-for", forwarded_for.encode())],
    }
    asyncio.run(ProxyHeadersMiddleware(app, trusted_hosts=trusted)(scope, None, None))  # type: ignore[arg-type]
    [client] = seen
    return client


# --- the console service --------------------------------------------------------------------


def test_the_console_is_built_from_its_own_target_and_listens_on_all_interfaces() -> None:
    console = _console()
    env = _env(console)
    settings = ConsoleSettings.model_validate(
        {k.removeprefix("PATHWAYS_").lower(): v for k, v in env.items()}
    )

    assert console["build"] == {
        "context": "..",
        "dockerfile": "infra/Dockerfile",
        "target": "console",
    }
    assert console["image"].startswith("pathways/console:")
    # Reachable from the published port (127.0.0.1 inside the container would not be).
    assert settings.console_host == "0.0.0.0"
    assert console["ports"] == [f"127.0.0.1:{settings.console_port}:{settings.console_port}"]
    probe = " ".join(console["healthcheck"]["test"])
    assert f"http://127.0.0.1:{settings.console_port}/healthz" in probe


def test_the_console_calls_the_gateway_service_once_it_is_healthy() -> None:
    services = _services()
    gateway_url = urlsplit(_env(_console())["PATHWAYS_GATEWAY_URL"])

    assert gateway_url.scheme == "http"
    assert gateway_url.hostname == "gateway"
    assert str(gateway_url.port) == _env(services["gateway"])["PATHWAYS_HTTP_PORT"]
    assert _console()["depends_on"] == {"gateway": {"condition": "service_healthy"}}


def test_the_preferences_file_is_on_a_named_volume_the_image_makes_writable() -> None:
    console = _console()
    preferences = _env(console)["PATHWAYS_CONSOLE_PREFERENCES_FILE"]
    directory = preferences.rsplit("/", 1)[0]
    mounts = dict(reversed(volume.split(":")[:2]) for volume in console["volumes"])

    # The store writes <file>.tmp beside the file and renames it: the directory is the volume.
    assert directory in mounts, console["volumes"]
    assert mounts[directory] in compose()["volumes"]
    # A fresh named volume takes the owner of the image's directory: it must exist there,
    # owned by the service user.
    dockerfile = DOCKERFILE.read_text(encoding="utf-8")
    made = re.search(r"mkdir -p ([^\\&\n]+)", dockerfile)
    assert made is not None
    assert directory in made.group(1).split()
    assert "chown -R pathways:pathways /var/lib/pathways" in dockerfile


# --- whom the gateway believes ----------------------------------------------------------------


def test_the_console_has_a_fixed_address_outside_the_range_docker_hands_out() -> None:
    [pool] = compose()["networks"]["default"]["ipam"]["config"]
    subnet = ipaddress.IPv4Network(pool["subnet"])
    dynamic = ipaddress.IPv4Network(pool["ip_range"])
    address = _console_address()

    assert address in subnet
    assert dynamic.subnet_of(subnet)
    # Otherwise Docker could give the address to a container started first.
    assert address not in dynamic
    fixed = [
        name
        for name, service in _services().items()
        if "ipv4_address" in str(service.get("networks", ""))
    ]
    assert fixed == ["console"]


def test_the_gateway_trusts_exactly_the_console_address() -> None:
    trusted = _env(_services()["gateway"])["PATHWAYS_TRUSTED_PROXIES"]

    # One host address: not "*", not a network that other containers live in.
    assert "/" not in trusted, f"a network: {trusted}"
    assert "," not in trusted, f"more than the console: {trusted}"
    assert ipaddress.ip_address(trusted) == _console_address()


def test_the_gateway_takes_the_browser_address_from_the_console_and_from_no_one_else() -> None:
    [pool] = compose()["networks"]["default"]["ipam"]["config"]
    dynamic = ipaddress.IPv4Network(pool["ip_range"])
    other_container = str(next(dynamic.hosts()) + 5)
    browser = "203.0.113.9"

    assert _client_seen_by_gateway(str(_console_address()), browser) == browser
    # Any other container (or the host, through the published port) is its own client: a
    # forged header does not move it to another rate-limit bucket.
    assert _client_seen_by_gateway(other_container, browser) == other_container
    host_side = str(next(ipaddress.IPv4Network(pool["subnet"]).hosts()))
    assert _client_seen_by_gateway(host_side, browser) == host_side


def test_the_console_believes_no_forwarded_header_from_the_network() -> None:
    # Nothing stands in front of the console in compose: browsers reach the published port.
    trusted = _env(_console())["PATHWAYS_TRUSTED_PROXIES"]

    assert [ipaddress.ip_address(a.strip()).is_loopback for a in trusted.split(",")] == [True]


# --- locked down ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(PATHWAYS_TARGETS))
def test_every_pathways_container_runs_unprivileged_on_a_read_only_root(name: str) -> None:
    by_target = {
        service["build"]["target"]: service
        for service in _services().values()
        if "build" in service
    }
    assert set(by_target) == PATHWAYS_TARGETS
    service = by_target[name]

    assert service["user"] == "10001:10001"
    assert service["read_only"] is True
    assert service["cap_drop"] == ["ALL"]
    assert "no-new-privileges:true" in service["security_opt"]
    assert any(mount.split(":")[0] == "/tmp" for mount in service["tmpfs"])


# --- the image ---------------------------------------------------------------------------------


def _stage(name: str) -> list[str]:
    lines = DOCKERFILE.read_text(encoding="utf-8").splitlines()
    start = next(
        i for i, line in enumerate(lines) if re.match(rf"FROM\s+base\s+AS\s+{name}\b", line)
    )
    stage = []
    for line in lines[start + 1 :]:
        if line.startswith("FROM "):
            break
        stage.append(line)
    return stage


def test_the_console_target_runs_the_console_on_all_interfaces() -> None:
    stage = "\n".join(_stage("console"))

    assert 'CMD ["python", "-m", "console"]' in stage
    assert "PATHWAYS_CONSOLE_HOST=0.0.0.0" in stage
    assert re.search(r"^EXPOSE 8080$", stage, re.MULTILINE)


def _ignored(path: str, patterns: list[str]) -> bool:
    """Whether a .dockerignore pattern drops ``path`` or a directory above it (fnmatch's
    ``*`` also crosses ``/``, so this errs on the side of reporting a file as dropped)."""
    parts = path.split("/")
    prefixes = ["/".join(parts[: i + 1]) for i in range(len(parts))]
    return any(
        fnmatch.fnmatch(prefix, pattern.rstrip("/"))
        or fnmatch.fnmatch(prefix, pattern.lstrip("*/"))
        for pattern in patterns
        for prefix in prefixes
    )


def test_the_build_context_keeps_every_file_the_console_reads_at_run_time() -> None:
    patterns = [
        line.strip()
        for line in DOCKERIGNORE.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    package = REPO_ROOT / "services" / "console"
    needed = [
        *package.glob("*.py"),
        *package.glob("templates/*.html"),
        *package.glob("static/*"),
        *package.glob("static/vendor/*"),
        *package.glob("locales/*/LC_MESSAGES/messages.po"),
    ]
    # The catalogs of all six translated languages, htmx and its manifest, the templates.
    assert len(list(package.glob("locales/*/LC_MESSAGES/messages.po"))) == 6
    assert (package / "static" / "vendor" / "MANIFEST.json") in needed
    assert any(p.name.startswith("htmx") for p in needed)
    dropped = [
        p.relative_to(REPO_ROOT).as_posix()
        for p in needed
        if p.is_file() and _ignored(p.relative_to(REPO_ROOT).as_posix(), patterns)
    ]
    assert not dropped, f"infra/Dockerfile.dockerignore drops files the console needs: {dropped}"
    # pyproject.toml (pip install .) and the shared runtime the console imports.
    for path in ("pyproject.toml", "services/pathways_runtime/log.py"):
        assert not _ignored(path, patterns), path


def test_the_ignore_check_does_drop_what_the_patterns_name() -> None:
    patterns = ["**/__pycache__", "services/console/screenshots"]

    assert _ignored("services/console/__pycache__/app.cpython-311.pyc", patterns)
    assert _ignored("services/console/screenshots/en-matches.png", patterns)
    assert not _ignored("services/console/static/vendor/htmx.min.js", patterns)
