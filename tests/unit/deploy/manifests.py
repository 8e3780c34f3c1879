"""Reading the deployment files for the deploy tests: compose, the raw k8s manifests, labels.

Plain YAML reading and Kubernetes' label-selector rules (``matchLabels`` and
``matchExpressions``), so that the tests can ask which policies apply to which pods the way
the cluster does, without a cluster.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from tests.support.processes import REPO_ROOT

INFRA = REPO_ROOT / "infra"
K8S = INFRA / "k8s"
COMPOSE = INFRA / "compose.yaml"
DOCKERFILE = INFRA / "Dockerfile"
DOCKERIGNORE = INFRA / "Dockerfile.dockerignore"
WORKLOAD_KINDS = {"Deployment", "StatefulSet", "DaemonSet"}

Obj = dict[str, Any]


def documents(path: Path) -> list[Obj]:
    with path.open(encoding="utf-8") as stream:
        return [doc for doc in yaml.safe_load_all(stream) if doc is not None]


def compose() -> Obj:
    [document] = documents(COMPOSE)
    return document


def k8s_objects() -> list[Obj]:
    """Every object that ``kubectl apply -k infra/k8s`` (and jobs/) applies."""
    objects: list[Obj] = []
    for path in sorted(K8S.rglob("*.yaml")):
        if path.name == "kustomization.yaml" or "example" in path.name:
            continue
        objects += documents(path)
    return objects


def of_kind(objects: list[Obj], *kinds: str) -> list[Obj]:
    return [obj for obj in objects if obj["kind"] in kinds]


def named(objects: list[Obj], kind: str, name: str) -> Obj:
    [found] = [o for o in objects if o["kind"] == kind and o["metadata"]["name"] == name]
    return found


def config_map(objects: list[Obj], name: str) -> dict[str, str]:
    return {k: str(v) for k, v in named(objects, "ConfigMap", name)["data"].items()}


def pod_labels(workload: Obj) -> dict[str, str]:
    labels: dict[str, str] = workload["spec"]["template"]["metadata"]["labels"]
    return labels


def selects(selector: Obj, labels: dict[str, str]) -> bool:
    """Whether a Kubernetes label selector matches ``labels`` (``{}`` matches every pod)."""
    for key, value in selector.get("matchLabels", {}).items():
        if labels.get(key) != value:
            return False
    for expression in selector.get("matchExpressions", []):
        key, operator = expression["key"], expression["operator"]
        values = set(expression.get("values", []))
        if operator == "In" and labels.get(key) not in values:
            return False
        if operator == "NotIn" and key in labels and labels[key] in values:
            return False
        if operator == "Exists" and key not in labels:
            return False
        if operator == "DoesNotExist" and key in labels:
            return False
    return True


def policies_for(objects: list[Obj], labels: dict[str, str], policy_type: str) -> list[Obj]:
    """The NetworkPolicies of ``policy_type`` (Ingress/Egress) that apply to pods so labelled."""
    return [
        policy
        for policy in of_kind(objects, "NetworkPolicy")
        if policy_type in policy["spec"].get("policyTypes", [])
        and selects(policy["spec"]["podSelector"], labels)
    ]
