"""The deployment files (``infra/k8s/``, ``infra/compose.yaml``) agree with the code.

Every ``PATHWAYS_*`` variable given to a container is a field of the settings class of the
service that the container's image runs, and the values validate; images name targets of
``infra/Dockerfile``; every long-running workload has probes, resource limits and a
locked-down security context; only the gateway and the console are reachable from outside
the cluster, and the console reaches nothing but the gateway.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic_settings import BaseSettings

from console.config import ConsoleSettings
from gateway.config import GatewaySettings
from matching.config import MatchingSettings
from peer_groups.config import PeerGroupsSettings
from tests.support.processes import REPO_ROOT

INFRA = REPO_ROOT / "infra"
K8S = INFRA / "k8s"
COMPOSE = INFRA / "compose.yaml"
DOCKERFILE = INFRA / "Dockerfile"

#: The settings class of each Dockerfile target (the process its image runs).
SETTINGS: dict[str, type[BaseSettings]] = {
    "matching": MatchingSettings,
    "peer_groups": PeerGroupsSettings,
    "gateway": GatewaySettings,
    "console": ConsoleSettings,
}
GRPC_TARGETS = {"matching", "peer_groups"}
#: The web console: a client of the gateway only, without the shared settings (no
#: ``environment``, no shutdown grace), listening on PATHWAYS_CONSOLE_HOST/PORT.
CONSOLE_TARGET = "console"
#: Workloads that must run exactly one replica, and why.
SINGLE_REPLICA = {"console": "its sessions are in process memory (infra/k8s/console.yaml)"}
WORKLOAD_KINDS = {"Deployment", "StatefulSet", "DaemonSet"}
#: Stand-in for values that come from Secrets (long enough for production's checks).
SECRET_VALUE = "s" * 48


# --- reading the files -------------------------------------------------------------------


def _documents(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as stream:
        return [doc for doc in yaml.safe_load_all(stream) if doc is not None]


def _k8s_files() -> list[Path]:
    return sorted(K8S.rglob("*.yaml"))


def _k8s_objects(*, examples: bool = False) -> list[dict[str, Any]]:
    """Every object in infra/k8s/ except kustomizations (and, unless asked, examples)."""
    objects = []
    for path in _k8s_files():
        if path.name == "kustomization.yaml":
            continue
        if ("example" in path.name) != examples:
            continue
        objects += _documents(path)
    return objects


def _of_kind(objects: list[dict[str, Any]], *kinds: str) -> list[dict[str, Any]]:
    return [obj for obj in objects if obj["kind"] in kinds]


def _dockerfile_targets() -> set[str]:
    """Stages of infra/Dockerfile that run something (have a CMD): the service targets."""
    targets = set()
    stage = None
    for line in DOCKERFILE.read_text(encoding="utf-8").splitlines():
        found = re.match(r"FROM\s+\S+\s+AS\s+(\S+)", line.strip(), re.IGNORECASE)
        if found:
            stage = found.group(1)
        elif stage is not None and re.match(r"CMD\s", line.strip()):
            targets.add(stage)
    return targets


def _image_target(image: str) -> str:
    """``[registry/]pathways/<target>[:tag]`` -> ``<target>``."""
    repository = image.rsplit("@", 1)[0]
    if ":" in repository.rsplit("/", 1)[-1]:
        repository = repository.rsplit(":", 1)[0]
    owner, _, target = repository.rpartition("/")
    assert owner.rsplit("/", 1)[-1] == "pathways", f"{image} is not a pathways/<target> image"
    return target


def _pod_spec(workload: dict[str, Any]) -> dict[str, Any]:
    spec: dict[str, Any] = workload["spec"]["template"]["spec"]
    return spec


def _containers(objects: list[dict[str, Any]]) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    for workload in _of_kind(objects, *WORKLOAD_KINDS, "Job"):
        for container in _pod_spec(workload)["containers"]:
            yield workload, container


def _container_env(
    container: dict[str, Any], config_maps: dict[str, dict[str, str]]
) -> dict[str, str]:
    """The variables a container gets; values from Secrets replaced by SECRET_VALUE."""
    env: dict[str, str] = {}
    for source in container.get("envFrom", []):
        assert "configMapRef" in source, "envFrom a Secret hides which variables it sets"
        name = source["configMapRef"]["name"]
        assert name in config_maps, f"ConfigMap {name} is not in infra/k8s/"
        env.update(config_maps[name])
    for item in container.get("env", []):
        if "value" in item:
            env[item["name"]] = str(item["value"])
        else:
            assert "secretKeyRef" in item["valueFrom"], item
            env[item["name"]] = SECRET_VALUE
    return env


def _config_maps() -> dict[str, dict[str, str]]:
    return {
        obj["metadata"]["name"]: {key: str(value) for key, value in obj["data"].items()}
        for obj in _of_kind(_k8s_objects(), "ConfigMap")
    }


def _env_names(settings_class: type[BaseSettings]) -> set[str]:
    prefix = settings_class.model_config.get("env_prefix", "")
    return {f"{prefix}{name}".upper() for name in settings_class.model_fields}


def _assert_settings_accept(
    env: dict[str, str],
    target: str,
    where: str,
    monkeypatch: pytest.MonkeyPatch,
) -> Any:
    settings_class = SETTINGS[target]
    given = {name: value for name, value in env.items() if name.startswith("PATHWAYS_")}
    unknown = sorted(set(given) - _env_names(settings_class))
    assert not unknown, f"{where}: not settings of {settings_class.__name__}: {unknown}"
    with monkeypatch.context() as patch:
        for name in [name for name in os.environ if name.startswith("PATHWAYS_")]:
            patch.delenv(name)
        for name, value in given.items():
            patch.setenv(name, value)
        return settings_class()


def _compose() -> dict[str, Any]:
    [document] = _documents(COMPOSE)
    return document


def _compose_value(value: object) -> str:
    """Compose interpolation ``${NAME:-default}`` -> its default (nothing set in CI)."""
    return re.sub(r"\$\{[A-Z0-9_]+:?-([^}]*)\}", r"\1", str(value))


# --- every file parses -------------------------------------------------------------------


def test_every_deploy_file_parses_and_k8s_objects_are_well_formed() -> None:
    assert _k8s_files(), "infra/k8s/ holds no YAML"
    for path in _k8s_files():
        for obj in _documents(path):
            assert isinstance(obj, dict), path
            if path.name != "kustomization.yaml":
                assert {"apiVersion", "kind", "metadata"} <= obj.keys(), path
                assert obj["metadata"].get("name"), path
    assert "services" in _compose()


def test_the_kustomization_applies_every_manifest_into_the_pathways_namespace() -> None:
    [kustomization] = _documents(K8S / "kustomization.yaml")
    assert kustomization["namespace"] == "pathways"
    listed = set(kustomization["resources"])
    for name in listed:
        assert (K8S / name).is_file(), f"kustomization lists missing {name}"
    present = {path.name for path in K8S.glob("*.yaml")} - {"kustomization.yaml"}
    examples = {name for name in present if "example" in name}
    assert examples.isdisjoint(listed), "example files must never be applied"
    assert present - examples == listed, "every manifest beside the kustomization is applied"
    # The Secrets are provided by the platform team, never by these manifests.
    assert not _of_kind(_k8s_objects(), "Secret")
    targets = _dockerfile_targets()
    for path in K8S.rglob("kustomization.yaml"):
        for image in _documents(path)[0].get("images", []):
            assert _image_target(image["name"]) in targets, (path, image)


# --- settings ------------------------------------------------------------------------------


def test_the_dockerfile_builds_one_target_per_service() -> None:
    assert _dockerfile_targets() == set(SETTINGS)


def test_k8s_containers_get_only_real_settings_of_their_service_and_they_validate(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    config_maps = _config_maps()
    seen = set()
    for workload, container in _containers(_k8s_objects()):
        target = _image_target(container["image"])
        assert target in _dockerfile_targets(), container["image"]
        where = f"{workload['kind']}/{workload['metadata']['name']}"
        env = _container_env(container, config_maps)
        settings = _assert_settings_accept(env, target, where, monkeypatch)
        if target == CONSOLE_TARGET:
            # Behind the Ingress's TLS: the session cookie must be Secure.
            assert settings.secure_cookies is True, where
        else:
            assert settings.environment == "production", where
        if workload["kind"] in WORKLOAD_KINDS:
            seen.add(target)
            # Every field is set explicitly, so that a new setting is not forgotten here.
            missing = sorted(_env_names(SETTINGS[target]) - set(env))
            assert not missing, f"{where}: add to infra/k8s/configmaps.yaml: {missing}"
            if target in GRPC_TARGETS:
                assert env["PATHWAYS_GRPC_HOST"] == "0.0.0.0", where
            elif target == CONSOLE_TARGET:
                assert env["PATHWAYS_CONSOLE_HOST"] == "0.0.0.0", where
            else:
                assert env["PATHWAYS_HTTP_HOST"] == "0.0.0.0", where
    assert seen == set(SETTINGS), "one long-running workload per service"


def test_secrets_are_referenced_never_written_in_config_maps() -> None:
    secret_fields = {"PATHWAYS_MONGODB_URI", "PATHWAYS_JWT_SECRET", "PATHWAYS_CURSOR_SECRET"}
    for name, data in _config_maps().items():
        assert secret_fields.isdisjoint(data), f"ConfigMap {name} holds a secret"
    documented = {
        (obj["metadata"]["name"], key)
        for obj in _of_kind(_k8s_objects(examples=True), "Secret")
        for key in obj["stringData"]
    }
    for workload, container in _containers(_k8s_objects()):
        for item in container.get("env", []):
            reference = item.get("valueFrom", {}).get("secretKeyRef")
            if reference is not None:
                assert (reference["name"], reference["key"]) in documented, (
                    f"{workload['metadata']['name']}: {reference} is not in secrets.example.yaml"
                )
        for volume in _pod_spec(workload).get("volumes", []):
            if "secret" in volume:
                name = volume["secret"]["secretName"]
                for item in volume["secret"].get("items", []):
                    assert (name, item["key"]) in documented, (name, item)


def test_compose_services_get_only_real_settings_of_their_service_and_they_validate(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services = _compose()["services"]
    built = {name: service for name, service in services.items() if "build" in service}
    targets = {service["build"]["target"] for service in built.values()}
    assert targets == _dockerfile_targets()
    for name, service in built.items():
        target = service["build"]["target"]
        assert service["build"]["dockerfile"] == "infra/Dockerfile", name
        assert _image_target(service["image"]) == target, name
        env = {key: _compose_value(value) for key, value in service["environment"].items()}
        settings = _assert_settings_accept(env, target, f"compose {name}", monkeypatch)
        if target != CONSOLE_TARGET:
            assert settings.environment == "development", name
        assert "healthcheck" in service, name
        if target in GRPC_TARGETS:
            assert env["PATHWAYS_GRPC_HOST"] == "0.0.0.0", name
    matching = built["matching"]
    snapshot_dir = matching["environment"]["PATHWAYS_INDEX_SNAPSHOT_DIR"]
    volume = next(v for v in matching["volumes"] if v.split(":")[1] == snapshot_dir)
    assert volume.split(":")[0] in _compose()["volumes"], "the snapshot needs a named volume"
    gateway = built["gateway"]["environment"]
    for variable, backend in (
        ("PATHWAYS_MATCHING_ADDRESS", "matching"),
        ("PATHWAYS_PEER_GROUPS_ADDRESS", "peer_groups"),
    ):
        host, port = gateway[variable].split(":")
        assert host == backend
        assert services[backend]["environment"]["PATHWAYS_GRPC_PORT"] == port


# --- workloads -----------------------------------------------------------------------------


def _security_ok(pod: dict[str, Any], container: dict[str, Any], where: str) -> None:
    pod_context = pod.get("securityContext", {})
    context = container.get("securityContext", {})
    assert context.get("runAsNonRoot", pod_context.get("runAsNonRoot")) is True, where
    # The image's user; numeric so that runAsNonRoot can be verified.
    assert context.get("runAsUser", pod_context.get("runAsUser")) == 10001, where
    assert context.get("allowPrivilegeEscalation") is False, where
    assert context.get("readOnlyRootFilesystem") is True, where
    assert context.get("capabilities", {}).get("drop") == ["ALL"], where
    assert pod.get("automountServiceAccountToken") is False, where


def _resources_ok(container: dict[str, Any], where: str) -> None:
    resources = container.get("resources", {})
    assert {"cpu", "memory"} <= set(resources.get("requests", {})), where
    assert {"cpu", "memory"} <= set(resources.get("limits", {})), where


def test_every_workload_has_probes_limits_and_a_locked_down_security_context() -> None:
    objects = _k8s_objects()
    workloads = _of_kind(objects, *WORKLOAD_KINDS)
    assert workloads
    config_maps = _config_maps()
    for workload, container in _containers(objects):
        where = f"{workload['kind']}/{workload['metadata']['name']}"
        pod = _pod_spec(workload)
        _security_ok(pod, container, where)
        _resources_ok(container, where)
        if workload["kind"] == "Job":
            continue
        assert "livenessProbe" in container, where
        assert "readinessProbe" in container, where
        env = _container_env(container, config_maps)
        # The console has no shutdown grace: its requests in flight end within the
        # deadline of its gateway calls.
        grace = float(
            env.get("PATHWAYS_SHUTDOWN_GRACE_SECONDS") or env["PATHWAYS_CONSOLE_GATEWAY_TIMEOUT_S"]
        )
        assert pod["terminationGracePeriodSeconds"] > grace + 5, where
        target = _image_target(container["image"])
        if target in GRPC_TARGETS:
            # grpc.health.v1 on the service's port, or on its plaintext health-only port
            # when it has one (the kubelet cannot speak the mutual TLS of the main port).
            port = int(env["PATHWAYS_GRPC_PORT"])
            health_port = int(env.get("PATHWAYS_GRPC_HEALTH_PORT") or port)
            assert container["readinessProbe"]["grpc"]["port"] == health_port, where
            assert [p["containerPort"] for p in container["ports"]] == [port], where
        elif target == CONSOLE_TARGET:
            # No /readyz: while the gateway is down it still answers, with an error page.
            assert container["livenessProbe"]["httpGet"]["path"] == "/healthz", where
            assert container["readinessProbe"]["httpGet"]["path"] == "/healthz", where
            port = int(env["PATHWAYS_CONSOLE_PORT"])
            assert [p["containerPort"] for p in container["ports"]] == [port], where
        else:
            assert container["livenessProbe"]["httpGet"]["path"] == "/healthz", where
            assert container["readinessProbe"]["httpGet"]["path"] == "/readyz", where
            port = int(env["PATHWAYS_HTTP_PORT"])
            # The API's port, and the metrics' own (never the API's).
            metrics = int(env["PATHWAYS_METRICS_PORT"])
            assert metrics not in (0, port), where
            ports = {p["name"]: p["containerPort"] for p in container["ports"]}
            assert ports == {"http": port, "metrics": metrics}, where


def test_matching_keeps_its_index_snapshot_on_a_volume_within_its_memory_budget() -> None:
    [matching] = [
        workload
        for workload, container in _containers(_k8s_objects())
        if _image_target(container["image"]) == "matching"
    ]
    [container] = _pod_spec(matching)["containers"]
    assert container["resources"]["limits"]["memory"] in {"1536Mi", "1.5Gi"}
    snapshot_dir = _container_env(container, _config_maps())["PATHWAYS_INDEX_SNAPSHOT_DIR"]
    [mount] = [m for m in container["volumeMounts"] if m["mountPath"] == snapshot_dir]
    claims = {c["metadata"]["name"] for c in matching["spec"].get("volumeClaimTemplates", [])}
    volumes = {v["name"] for v in _pod_spec(matching).get("volumes", [])}
    assert mount["name"] in claims | volumes


def test_every_workload_has_a_disruption_budget_and_several_replicas() -> None:
    objects = _k8s_objects()
    budgets = [
        b["spec"]["selector"]["matchLabels"] for b in _of_kind(objects, "PodDisruptionBudget")
    ]
    autoscaled = {
        h["spec"]["scaleTargetRef"]["name"]
        for h in _of_kind(objects, "HorizontalPodAutoscaler")
        if h["spec"]["minReplicas"] >= 2
    }
    for workload in _of_kind(objects, *WORKLOAD_KINDS):
        name = workload["metadata"]["name"]
        labels = workload["spec"]["template"]["metadata"]["labels"]
        assert any(budget.items() <= labels.items() for budget in budgets), name
        if name in SINGLE_REPLICA:
            # Exactly one, replaced (not rolled) so that two never serve at once.
            assert workload["spec"]["replicas"] == 1, (name, SINGLE_REPLICA[name])
            assert workload["spec"]["strategy"]["type"] == "Recreate", name
            assert name not in autoscaled, name
            continue
        assert workload["spec"].get("replicas", 0) >= 2 or name in autoscaled, name
    assert "gateway" in autoscaled


# --- exposure ------------------------------------------------------------------------------


def _workload_labels(target: str) -> dict[str, str]:
    for workload, container in _containers(_k8s_objects()):
        if workload["kind"] != "Job" and _image_target(container["image"]) == target:
            labels: dict[str, str] = workload["spec"]["template"]["metadata"]["labels"]
            return labels
    raise AssertionError(f"no {target} workload")


def _gateway_selector() -> dict[str, str]:
    return _workload_labels("gateway")


def test_only_the_gateway_and_the_console_are_exposed_outside_the_cluster() -> None:
    objects = _k8s_objects()
    services = {s["metadata"]["name"]: s for s in _of_kind(objects, "Service")}
    public = [_gateway_selector(), _workload_labels(CONSOLE_TARGET)]

    def is_public(service: dict[str, Any]) -> bool:
        selector = service["spec"]["selector"].items()
        return any(selector <= labels.items() for labels in public)

    exposed = [
        name
        for name, service in services.items()
        if service["spec"].get("type", "ClusterIP") in {"LoadBalancer", "NodePort"}
    ]
    for ingress in _of_kind(objects, "Ingress"):
        for rule in ingress["spec"]["rules"]:
            exposed += [p["backend"]["service"]["name"] for p in rule["http"]["paths"]]
    assert exposed, "nothing exposes the gateway"
    assert all(is_public(services[name]) for name in exposed), exposed


def _routed(path: str, rule_path: str, path_type: str) -> bool:
    """Whether an Ingress path of ``path_type`` takes ``path`` (Kubernetes' rules: Exact
    is the whole path; Prefix matches element by element, "/" everything)."""
    if path_type == "Exact":
        return path == rule_path
    prefix = [part for part in rule_path.split("/") if part]
    return [part for part in path.split("/") if part][: len(prefix)] == prefix


def test_the_gateway_ingress_routes_the_api_and_its_docs_but_not_metrics_or_probes() -> None:
    [ingress] = [
        i for i in _of_kind(_k8s_objects(), "Ingress") if i["metadata"]["name"] == "gateway"
    ]
    paths = [
        (p["path"], p["pathType"])
        for rule in ingress["spec"]["rules"]
        for p in rule["http"]["paths"]
    ]

    def routed(path: str) -> bool:
        return any(_routed(path, rule_path, kind) for rule_path, kind in paths)

    for public in (
        "/v1/auth/token",
        "/v1/survivors/srv_1",
        "/openapi.json",
        "/docs",
        "/docs/assets/swagger-ui.css",
        "/redoc",
    ):
        assert routed(public), public
    for internal in ("/metrics", "/readyz", "/healthz", "/metrics/", "/"):
        assert not routed(internal), internal


def test_only_the_monitoring_namespace_reaches_the_gateways_metrics() -> None:
    objects = _k8s_objects()
    config_maps = _config_maps()
    [(workload, gateway)] = [
        (workload, container)
        for workload, container in _containers(objects)
        if workload["kind"] != "Job" and _image_target(container["image"]) == "gateway"
    ]
    env = _container_env(gateway, config_maps)
    metrics, api = int(env["PATHWAYS_METRICS_PORT"]), int(env["PATHWAYS_HTTP_PORT"])
    annotations = workload["spec"]["template"]["metadata"]["annotations"]
    assert int(annotations["prometheus.io/port"]) == metrics
    services = {s["metadata"]["name"]: s for s in _of_kind(objects, "Service")}
    assert [p["port"] for p in services["gateway"]["spec"]["ports"]] == [api]
    [policy] = [
        p for p in _of_kind(objects, "NetworkPolicy") if p["metadata"]["name"] == "gateway-ingress"
    ]
    admitted = {
        rule_port["port"]: rule["from"]
        for rule in policy["spec"]["ingress"]
        for rule_port in rule["ports"]
        if rule_port["port"] == metrics
    }
    assert list(admitted) == [metrics]
    assert admitted[metrics] == [
        {"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "monitoring"}}}
    ]


def test_the_gateway_balances_over_headless_grpc_services_it_is_allowed_to_reach() -> None:
    objects = _k8s_objects()
    services = {s["metadata"]["name"]: s for s in _of_kind(objects, "Service")}
    config_maps = _config_maps()
    [gateway] = [
        container
        for workload, container in _containers(objects)
        if workload["kind"] != "Job" and _image_target(container["image"]) == "gateway"
    ]
    env = _container_env(gateway, config_maps)
    for variable in ("PATHWAYS_MATCHING_ADDRESS", "PATHWAYS_PEER_GROUPS_ADDRESS"):
        address = re.fullmatch(r"dns:///([a-z0-9-]+)\.pathways\.svc[.a-z]*:(\d+)", env[variable])
        assert address, f"{variable}={env[variable]} is not a dns:/// target in the namespace"
        service = services[address.group(1)]
        assert service["spec"].get("clusterIP") == "None", f"{address.group(1)} is not headless"
        assert int(address.group(2)) in {p["port"] for p in service["spec"]["ports"]}
    policies = _of_kind(objects, "NetworkPolicy")
    assert any(
        p["spec"]["podSelector"] == {}
        and set(p["spec"]["policyTypes"]) == {"Ingress", "Egress"}
        and "ingress" not in p["spec"]
        and "egress" not in p["spec"]
        for p in policies
    ), "a default-deny policy"
    gateway_labels = _gateway_selector()
    console_labels = _workload_labels(CONSOLE_TARGET)
    for policy in policies:
        name = policy["metadata"]["name"]
        for rule in policy["spec"].get("ingress", []):
            for peer in rule.get("from", []):
                selects = peer.get("podSelector", {}).get("matchLabels")
                if "namespaceSelector" not in peer:
                    # Peers inside the namespace that may open connections: the gateway,
                    # and the console towards the gateway only.
                    assert selects is not None, name
                    if selects.items() <= gateway_labels.items():
                        continue
                    assert selects.items() <= console_labels.items(), name
                    target = policy["spec"]["podSelector"].get("matchLabels", {})
                    assert target, name
                    assert target.items() <= gateway_labels.items(), name
