"""The console in ``infra/k8s/``: its workload, its exposure and its network.

Read from the manifests as written (``tests/integration/deploy`` renders them with
kustomize and validates them against the Kubernetes schemas). NetworkPolicies are
evaluated with Kubernetes' selector rules: which policies apply to the console's pods,
and which peers they admit.
"""

from __future__ import annotations

import ipaddress
import re
from typing import Any

import pytest

from tests.unit.deploy.manifests import (
    K8S,
    WORKLOAD_KINDS,
    Obj,
    config_map,
    documents,
    k8s_objects,
    named,
    of_kind,
    pod_labels,
    policies_for,
    selects,
)

NAMESPACE = "pathways"


@pytest.fixture(scope="module")
def objects() -> list[Obj]:
    return k8s_objects()


def _container(workload: Obj) -> Obj:
    containers: list[Obj] = workload["spec"]["template"]["spec"]["containers"]
    [container] = containers
    return container


def _console_env(objects: list[Obj]) -> dict[str, str]:
    env: dict[str, str] = {}
    for source in _container(named(objects, "Deployment", "console"))["envFrom"]:
        env.update(config_map(objects, source["configMapRef"]["name"]))
    return env


def _http_port(workload: Obj) -> int:
    """The port a workload serves HTTP on (the gateway's metrics have a port of their own)."""
    [port] = [p for p in _container(workload)["ports"] if p["name"] == "http"]
    return int(port["containerPort"])


# --- every workload, the console included -------------------------------------------------


def _workload_ids() -> list[str]:
    return [f"{w['kind']}/{w['metadata']['name']}" for w in of_kind(k8s_objects(), *WORKLOAD_KINDS)]


def test_the_console_is_one_of_the_workloads() -> None:
    assert "Deployment/console" in _workload_ids()


@pytest.mark.parametrize("workload_id", _workload_ids())
def test_every_workload_runs_non_root_read_only_and_probed(
    objects: list[Obj], workload_id: str
) -> None:
    kind, name = workload_id.split("/")
    workload = named(objects, kind, name)
    pod = workload["spec"]["template"]["spec"]
    pod_context = pod["securityContext"]

    assert pod_context["runAsNonRoot"] is True
    assert pod_context["runAsUser"] == 10001
    assert pod_context["seccompProfile"] == {"type": "RuntimeDefault"}
    assert pod["automountServiceAccountToken"] is False
    for container in pod["containers"]:
        context = container["securityContext"]
        assert context["readOnlyRootFilesystem"] is True
        assert context["allowPrivilegeEscalation"] is False
        assert context["capabilities"]["drop"] == ["ALL"]
        for probe in ("startupProbe", "livenessProbe", "readinessProbe"):
            assert probe in container, f"{workload_id}: {probe}"
        assert container["resources"]["limits"].keys() >= {"cpu", "memory"}


# --- the console's workload ----------------------------------------------------------------


def test_the_console_probes_its_health_route_on_its_port(objects: list[Obj]) -> None:
    console = named(objects, "Deployment", "console")
    container = _container(console)
    port = int(_console_env(objects)["PATHWAYS_CONSOLE_PORT"])

    assert _http_port(console) == port
    assert _console_env(objects)["PATHWAYS_CONSOLE_HOST"] == "0.0.0.0"
    for probe in ("startupProbe", "livenessProbe", "readinessProbe"):
        # services/console/app.py serves /healthz without a session (no /readyz).
        assert container[probe]["httpGet"] == {"path": "/healthz", "port": "http"}
    assert container["image"].split(":")[0] == "pathways/console"


def test_one_console_replica_while_sessions_live_in_process_memory(objects: list[Obj]) -> None:
    console = named(objects, "Deployment", "console")

    # A second replica would not know the sessions of the first (console/sessions.py).
    assert console["spec"]["replicas"] == 1
    assert console["spec"]["strategy"] == {"type": "Recreate"}
    autoscaled = {
        h["spec"]["scaleTargetRef"]["name"] for h in of_kind(objects, "HorizontalPodAutoscaler")
    }
    assert "console" not in autoscaled


def test_the_preferences_file_is_on_the_console_s_persistent_volume(objects: list[Obj]) -> None:
    console = named(objects, "Deployment", "console")
    pod = console["spec"]["template"]["spec"]
    directory = _console_env(objects)["PATHWAYS_CONSOLE_PREFERENCES_FILE"].rsplit("/", 1)[0]
    [mount] = [m for m in _container(console)["volumeMounts"] if m["mountPath"] == directory]
    [volume] = [v for v in pod["volumes"] if v["name"] == mount["name"]]
    claim = volume["persistentVolumeClaim"]["claimName"]

    assert not mount.get("readOnly", False)
    assert named(objects, "PersistentVolumeClaim", claim)["spec"]["accessModes"] == [
        "ReadWriteOnce"
    ]
    # The volume is writable by the service user.
    assert pod["securityContext"]["fsGroup"] == 10001


def test_the_console_gets_only_its_own_settings_and_secure_cookies(objects: list[Obj]) -> None:
    container = _container(named(objects, "Deployment", "console"))
    env = _console_env(objects)

    # No MongoDB, Kafka or gRPC settings and no Secret: it is a client of the gateway only.
    assert [s["configMapRef"]["name"] for s in container["envFrom"]] == ["pathways-console"]
    assert "env" not in container
    assert not any(("MONGODB" in k or "KAFKA" in k or "GRPC" in k) for k in env)
    # TLS ends at the Ingress: the cookie must be Secure (and __Host- prefixed).
    assert env["PATHWAYS_CONSOLE_SECURE_COOKIES"] == "true"


def test_the_console_calls_the_gateway_service_in_the_namespace(objects: list[Obj]) -> None:
    url = _console_env(objects)["PATHWAYS_GATEWAY_URL"]
    found = re.fullmatch(rf"http://([a-z0-9-]+)\.{NAMESPACE}\.svc\.cluster\.local:(\d+)", url)
    assert found, url
    service = named(objects, "Service", found.group(1))
    gateway = named(objects, "Deployment", "gateway")

    assert selects({"matchLabels": service["spec"]["selector"]}, pod_labels(gateway))
    [port] = [p for p in service["spec"]["ports"] if p["port"] == int(found.group(2))]
    assert port["targetPort"] == "http"
    assert _http_port(gateway) == 8000


def test_browsers_reach_the_console_through_its_ingress(objects: list[Obj]) -> None:
    ingress = named(objects, "Ingress", "console")
    service = named(objects, "Service", "console")
    [rule] = ingress["spec"]["rules"]
    [path] = rule["http"]["paths"]

    assert path["backend"]["service"] == {"name": "console", "port": {"name": "http"}}
    assert selects(
        {"matchLabels": service["spec"]["selector"]},
        pod_labels(named(objects, "Deployment", "console")),
    )
    assert service["spec"]["type"] == "ClusterIP"
    # Served over TLS only (the Secure cookie needs it).
    assert [t["hosts"] for t in ingress["spec"]["tls"]] == [[rule["host"]]]


def test_the_kustomization_applies_the_console_with_a_pinned_image() -> None:
    [kustomization] = documents(K8S / "kustomization.yaml")

    assert "console.yaml" in kustomization["resources"]
    images = {image["name"]: image for image in kustomization["images"]}
    assert images["pathways/console"]["newTag"] == images["pathways/gateway"]["newTag"]


# --- the console's network --------------------------------------------------------------------


def _peer_is_dns(peer: Obj) -> bool:
    namespace = peer.get("namespaceSelector", {}).get("matchLabels")
    pods = peer.get("podSelector", {}).get("matchLabels")
    return bool(
        namespace == {"kubernetes.io/metadata.name": "kube-system"}
        and pods == {"k8s-app": "kube-dns"}
    )


def _ports(rule: Obj) -> set[tuple[str, int]]:
    return {(p.get("protocol", "TCP"), int(p["port"])) for p in rule.get("ports", [])}


def test_the_console_may_reach_the_gateway_and_dns_and_nothing_else(objects: list[Obj]) -> None:
    console = pod_labels(named(objects, "Deployment", "console"))
    gateway = named(objects, "Deployment", "gateway")
    others = [
        w
        for w in of_kind(objects, *WORKLOAD_KINDS, "CronJob", "Job")
        if w["metadata"]["name"] != "gateway"
    ]
    policies = policies_for(objects, console, "Egress")
    assert policies, "no egress policy applies to the console: it could reach anything"

    reaches_gateway = False
    for policy in policies:
        for rule in policy["spec"].get("egress", []):
            assert rule.get("to"), f"{policy['metadata']['name']}: a rule without `to` allows all"
            for peer in rule["to"]:
                name = policy["metadata"]["name"]
                assert "ipBlock" not in peer, name
                if _peer_is_dns(peer):
                    assert _ports(rule) == {("UDP", 53), ("TCP", 53)}, name
                    continue
                # Inside the namespace, and the gateway's pods only, on its port only.
                assert "namespaceSelector" not in peer, name
                assert selects(peer["podSelector"], pod_labels(gateway)), name
                for other in others:
                    template = other["spec"].get("jobTemplate", {}).get("spec", other["spec"])
                    labels = template["template"]["metadata"]["labels"]
                    assert not selects(peer["podSelector"], labels), (
                        name,
                        other["metadata"]["name"],
                    )
                assert _ports(rule) == {("TCP", _http_port(gateway))}, name
                reaches_gateway = True
    assert reaches_gateway


def test_the_gateway_admits_the_console_on_its_port(objects: list[Obj]) -> None:
    console = pod_labels(named(objects, "Deployment", "console"))
    gateway = named(objects, "Deployment", "gateway")
    admitted = [
        rule
        for policy in policies_for(objects, pod_labels(gateway), "Ingress")
        for rule in policy["spec"].get("ingress", [])
        if any(
            "namespaceSelector" not in p and selects(p["podSelector"], console)
            for p in rule["from"]
        )
    ]

    assert admitted
    assert all(_ports(rule) == {("TCP", _http_port(gateway))} for rule in admitted)


def test_only_the_ingress_controller_reaches_the_console(objects: list[Obj]) -> None:
    console = named(objects, "Deployment", "console")
    gateway = named(objects, "Deployment", "gateway")
    controller = {
        str(peer["namespaceSelector"])
        for policy in policies_for(objects, pod_labels(gateway), "Ingress")
        for rule in policy["spec"].get("ingress", [])
        if _ports(rule) == {("TCP", _http_port(gateway))}  # not the scraper's, on metrics
        for peer in rule["from"]
        if "namespaceSelector" in peer
    }
    # Every rule of every policy that applies (default-deny adds none).
    [rule] = [
        rule
        for policy in policies_for(objects, pod_labels(console), "Ingress")
        for rule in policy["spec"].get("ingress", [])
    ]

    # From the controller's namespace (the same one the gateway admits), nothing else.
    assert [str(peer.get("namespaceSelector")) for peer in rule["from"]] == sorted(controller)
    assert all("podSelector" not in peer for peer in rule["from"])
    assert _ports(rule) == {("TCP", _http_port(console))}


# --- whose X-Forwarded-For is believed ------------------------------------------------------


def _trusted(value: str) -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
    return [ipaddress.ip_network(part.strip()) for part in value.split(",")]


@pytest.mark.parametrize("config", ["pathways-gateway", "pathways-console"])
def test_forwarded_headers_are_believed_from_the_pod_network_only(
    objects: list[Obj], config: str
) -> None:
    value = config_map(objects, config)["PATHWAYS_TRUSTED_PROXIES"]

    # Networks or addresses (uvicorn would take anything else as a literal host name), all
    # private: never "*" nor a range that holds public addresses.
    assert value.strip() != "*"
    for network in _trusted(value):
        assert network.is_private, network
        assert network.prefixlen >= 8, network


def test_the_gateway_believes_forwarded_headers_from_where_the_console_runs(
    objects: list[Obj],
) -> None:
    gateway = _trusted(config_map(objects, "pathways-gateway")["PATHWAYS_TRUSTED_PROXIES"])
    console = _trusted(config_map(objects, "pathways-console")["PATHWAYS_TRUSTED_PROXIES"])

    # The console runs in the pod network, as the Ingress controller the console trusts
    # does: whatever covers the controller's pods covers the console's.
    assert all(any(net.subnet_of(g) for g in gateway) for net in console)  # type: ignore[arg-type]


def test_no_container_sets_uvicorn_s_own_variable_which_the_services_ignore(
    objects: list[Obj],
) -> None:
    for workload in of_kind(objects, *WORKLOAD_KINDS, "Job", "CronJob"):
        spec: dict[str, Any] = workload["spec"].get("jobTemplate", {}).get("spec", workload["spec"])
        for container in spec["template"]["spec"]["containers"]:
            names = {item["name"] for item in container.get("env", [])}
            # The gateway and console pass PATHWAYS_TRUSTED_PROXIES to uvicorn themselves.
            assert "FORWARDED_ALLOW_IPS" not in names, workload["metadata"]["name"]
