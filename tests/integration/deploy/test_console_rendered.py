"""The console's objects as ``kustomize build infra/k8s`` renders them, and valid.

Rendering applies the namespace and the image tags of ``kustomization.yaml``; these tests
check that the console's objects come out of it complete, in the namespace, with the
pinned image, and that kubeconform (strict, Kubernetes v1.34 schemas) accepts them and
refuses a misspelled console setting. Tools and schemas as in test_k8s_kubeconform.py
(built or fetched from the Go module proxy on first use; these tests fail, never skip,
without them).
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from infra import k8s_validate
from infra.k8s_validate import Tools

pytestmark = pytest.mark.timeout(1200)

#: What the console needs in the cluster, by kind and name.
CONSOLE_OBJECTS = {
    ("Deployment", "console"),
    ("Service", "console"),
    ("Ingress", "console"),
    ("PersistentVolumeClaim", "console-preferences"),
    ("PodDisruptionBudget", "console"),
    ("ConfigMap", "pathways-console"),
    ("NetworkPolicy", "console-ingress"),
    ("NetworkPolicy", "console-to-gateway-egress"),
}


@pytest.fixture(scope="module")
def tools() -> Tools:
    try:
        return k8s_validate.provision()
    except k8s_validate.ProvisioningError as error:
        pytest.fail(f"could not provision the validation tools: {error}", pytrace=False)


@pytest.fixture(scope="module")
def objects(tools: Tools) -> list[dict[str, Any]]:
    rendered = k8s_validate.render(tools, k8s_validate.K8S_DIR)
    return [doc for doc in yaml.safe_load_all(rendered) if doc is not None]


def _one(objects: list[dict[str, Any]], kind: str, name: str) -> dict[str, Any]:
    [found] = [o for o in objects if o["kind"] == kind and o["metadata"]["name"] == name]
    return copy.deepcopy(found)


def _validate(tools: Tools, tmp_path: Path, *objects: dict[str, Any]) -> k8s_validate.Report:
    path = tmp_path / "console.yaml"
    path.write_text(yaml.safe_dump_all(objects), encoding="utf-8")
    return k8s_validate.validate(tools, [path])


def test_the_rendered_deploy_holds_every_console_object_in_the_namespace(
    objects: list[dict[str, Any]],
) -> None:
    present = {(o["kind"], o["metadata"]["name"]) for o in objects}

    assert present >= CONSOLE_OBJECTS, CONSOLE_OBJECTS - present
    for kind, name in CONSOLE_OBJECTS:
        assert _one(objects, kind, name)["metadata"]["namespace"] == "pathways", (kind, name)


def test_the_console_runs_the_image_tag_the_kustomization_pins(
    objects: list[dict[str, Any]],
) -> None:
    with (k8s_validate.K8S_DIR / "kustomization.yaml").open(encoding="utf-8") as stream:
        images = {i["name"]: i for i in yaml.safe_load(stream)["images"]}
    [container] = _one(objects, "Deployment", "console")["spec"]["template"]["spec"]["containers"]

    assert container["image"] == f"pathways/console:{images['pathways/console']['newTag']}"


def test_the_console_objects_are_valid_kubernetes_objects(
    tools: Tools, objects: list[dict[str, Any]], tmp_path: Path
) -> None:
    console = [_one(objects, kind, name) for kind, name in sorted(CONSOLE_OBJECTS)]

    report = _validate(tools, tmp_path, *console)

    assert report.returncode == 0, report.describe()
    assert report.summary.get("valid") == len(CONSOLE_OBJECTS), report.describe()


def test_a_misspelled_field_in_the_console_s_objects_is_rejected(
    tools: Tools, objects: list[dict[str, Any]], tmp_path: Path
) -> None:
    service = _one(objects, "Service", "console")
    service["spec"]["sessionAfinity"] = "ClientIP"
    claim = _one(objects, "PersistentVolumeClaim", "console-preferences")
    claim["spec"]["accessMode"] = claim["spec"].pop("accessModes")

    report = _validate(tools, tmp_path, service, claim)

    assert report.summary.get("invalid") == 2, report.describe()
    messages = " ".join(problem["msg"] for problem in report.problems)
    assert "sessionAfinity" in messages
    assert "accessMode" in messages
