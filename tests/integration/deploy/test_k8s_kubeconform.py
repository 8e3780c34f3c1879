"""The Kubernetes manifests are valid objects of the Kubernetes API, as a deploy renders them.

Every kustomization under ``infra/k8s/`` is rendered with a real ``kustomize build`` and the
output (plus the manifests no kustomization includes, such as the Secret examples) is checked
by ``kubeconform -strict`` against schemas made from the Kubernetes OpenAPI spec: unknown or
misspelled fields, wrong types, duplicated keys and kinds without a schema all fail.

An integration test, since it needs the network: the tools and the schemas are built or
fetched from the Go module proxy on first use and cached (``infra/k8s_validate.py``); the
first run takes a minute or two. Without Go or the proxy these tests fail, they never skip.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from infra import k8s_validate
from infra.k8s_validate import Tools

# The first run builds kustomize and kubeconform (about 1.5 minutes on 2 cores).
pytestmark = pytest.mark.timeout(1200)


@pytest.fixture(scope="module")
def tools() -> Tools:
    try:
        return k8s_validate.provision()
    except k8s_validate.ProvisioningError as error:
        pytest.fail(
            f"could not provision kustomize/kubeconform/the Kubernetes schemas: {error}",
            pytrace=False,
        )


@pytest.fixture(scope="module")
def rendered(tools: Tools, tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return k8s_validate.render_all(tools, tmp_path_factory.mktemp("rendered"))


def _documents(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as stream:
        return [doc for doc in yaml.safe_load_all(stream) if doc is not None]


def _main_deploy(rendered: list[Path]) -> list[dict[str, Any]]:
    [path] = [p for p in rendered if p.name == "kustomize-build_k8s.yaml"]
    return _documents(path)


def _one(objects: list[dict[str, Any]], kind: str, name: str) -> dict[str, Any]:
    [found] = [o for o in objects if o["kind"] == kind and o["metadata"]["name"] == name]
    return copy.deepcopy(found)


def _validate_objects(
    tools: Tools, tmp_path: Path, *objects: dict[str, Any]
) -> k8s_validate.Report:
    path = tmp_path / "broken.yaml"
    path.write_text(yaml.safe_dump_all(objects), encoding="utf-8")
    return k8s_validate.validate(tools, [path])


# --- the manifests ----------------------------------------------------------------------


def test_every_kustomization_is_rendered_and_every_manifest_is_covered(
    rendered: list[Path],
) -> None:
    names = {path.name for path in rendered}
    assert {"kustomize-build_k8s.yaml", "kustomize-build_k8s_jobs.yaml"} <= names
    # Applied by hand, never by a kustomization: validated as they are.
    assert {p.name for p in k8s_validate.unrendered_manifests()} == {"secrets.example.yaml"}


def test_every_rendered_object_is_valid_against_the_kubernetes_schemas(
    tools: Tools, rendered: list[Path]
) -> None:
    report = k8s_validate.validate(tools, rendered)
    objects = sum(len(_documents(path)) for path in rendered)

    assert report.returncode == 0, report.describe()
    assert report.summary.get("invalid") == 0, report.describe()
    assert report.summary.get("errors") == 0, report.describe()
    assert report.summary.get("skipped") == 0, report.describe()
    assert report.summary.get("valid") == objects, report.describe()


def test_only_custom_resources_are_skipped_and_each_for_a_reason(tools: Tools) -> None:
    built_in = {path.name.split("-")[0] for path in tools.schemas.glob("*.json")}
    for kind, reason in k8s_validate.SKIPPED_KINDS.items():
        assert reason.strip(), f"{kind}: say why it is skipped"
        assert kind.lower() not in built_in, f"{kind} has a schema: validate it"


# --- the validation bites ---------------------------------------------------------------


def test_a_misspelled_field_in_a_deployment_is_rejected(
    tools: Tools, rendered: list[Path], tmp_path: Path
) -> None:
    deployment = _one(_main_deploy(rendered), "Deployment", "gateway")
    pod = deployment["spec"]["template"]["spec"]
    pod["terminationGracePeriodSecond"] = pod.pop("terminationGracePeriodSeconds")

    report = _validate_objects(tools, tmp_path, deployment)

    assert report.returncode != 0
    assert report.summary.get("invalid") == 1, report.describe()
    [problem] = report.problems
    assert (problem["kind"], problem["name"]) == ("Deployment", "gateway")
    assert "terminationGracePeriodSecond" in problem["msg"], problem["msg"]


def test_a_misspelled_field_deep_in_a_container_and_in_metadata_is_rejected(
    tools: Tools, rendered: list[Path], tmp_path: Path
) -> None:
    objects = _main_deploy(rendered)
    statefulset = _one(objects, "StatefulSet", "matching")
    container = statefulset["spec"]["template"]["spec"]["containers"][0]
    container["securityContext"]["readOnlyRootFileSystem"] = True
    service = _one(objects, "Service", "gateway")
    service["metadata"]["label"] = service["metadata"].pop("labels")

    report = _validate_objects(tools, tmp_path, statefulset, service)

    assert report.summary.get("invalid") == 2, report.describe()
    messages = " ".join(problem["msg"] for problem in report.problems)
    assert "readOnlyRootFileSystem" in messages
    assert "'label'" in messages


def test_a_value_of_the_wrong_type_is_rejected(
    tools: Tools, rendered: list[Path], tmp_path: Path
) -> None:
    deployment = _one(_main_deploy(rendered), "Deployment", "gateway")
    deployment["spec"]["revisionHistoryLimit"] = "five"

    report = _validate_objects(tools, tmp_path, deployment)

    assert report.summary.get("invalid") == 1, report.describe()
    assert "revisionHistoryLimit" in report.problems[0]["msg"]


def test_a_kind_without_a_schema_is_an_error_not_skipped(tools: Tools, tmp_path: Path) -> None:
    widget = {"apiVersion": "example.org/v1", "kind": "Widget", "metadata": {"name": "w"}}

    report = _validate_objects(tools, tmp_path, widget)

    assert report.returncode != 0
    assert report.summary.get("errors") == 1, report.describe()
    assert "could not find schema" in report.problems[0]["msg"]


def test_duplicated_keys_are_rejected(tools: Tools, tmp_path: Path) -> None:
    path = tmp_path / "duplicated.yaml"
    path.write_text(
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  K: '1'\n  K: '2'\n",
        encoding="utf-8",
    )

    report = k8s_validate.validate(tools, [path])

    assert report.returncode != 0, report.describe()
    assert "already set" in report.problems[0]["msg"]


# --- the schema converter (no tools needed) ---------------------------------------------


@pytest.mark.parametrize(
    ("group", "version", "kind", "expected"),
    [
        ("", "v1", "Service", "service-v1.json"),
        ("apps", "v1", "Deployment", "deployment-apps-v1.json"),
        ("networking.k8s.io", "v1", "NetworkPolicy", "networkpolicy-networking-v1.json"),
        (
            "autoscaling",
            "v2",
            "HorizontalPodAutoscaler",
            "horizontalpodautoscaler-autoscaling-v2.json",
        ),
    ],
)
def test_schema_files_are_named_as_kubeconform_looks_them_up(
    group: str, version: str, kind: str, expected: str
) -> None:
    assert k8s_validate.schema_file_name(group, version, kind) == expected


def test_objects_with_properties_become_closed_and_references_local() -> None:
    schema = {
        "description": "dropped",
        "type": "object",
        "properties": {
            "spec": {"allOf": [{"$ref": "#/components/schemas/a.Spec"}], "default": {}},
            "labels": {"type": "object", "additionalProperties": {"type": "string"}},
            "raw": {
                "type": "object",
                "x-kubernetes-preserve-unknown-fields": True,
                "properties": {"x": {"type": "string"}},
            },
            # JSONSchemaProps has properties named like keywords: they stay properties.
            "$ref": {"type": "string"},
            "description": {"type": "string"},
        },
    }

    strict = k8s_validate.strict_schema(schema)

    assert "description" not in strict
    assert strict["additionalProperties"] is False
    props = strict["properties"]
    assert props["spec"]["allOf"] == [{"$ref": "#/definitions/a.Spec"}]
    assert props["labels"]["additionalProperties"] == {"type": "string"}
    assert "additionalProperties" not in props["raw"]
    assert props["$ref"] == {"type": "string"}
    assert props["description"] == {"type": "string"}
    assert "description" in schema  # the input is not modified


def test_standalone_schemas_carry_their_definitions_and_pin_kind_and_api_version() -> None:
    definitions = {
        "x.Widget": {
            "type": "object",
            "properties": {
                "apiVersion": {"type": "string"},
                "kind": {"type": "string"},
                "spec": {"$ref": "#/components/schemas/x.Node"},
            },
            "x-kubernetes-group-version-kind": [
                {"group": "example.org", "version": "v1", "kind": "Widget"}
            ],
        },
        # Recursive: stays a reference instead of being expanded for ever.
        "x.Node": {
            "type": "object",
            "properties": {
                "children": {"type": "array", "items": {"$ref": "#/components/schemas/x.Node"}}
            },
        },
        "x.Unused": {"type": "string"},
    }

    [(name, schema)] = k8s_validate.standalone_schemas(definitions).items()

    assert name == "widget-example-v1.json"
    assert schema["$schema"] == k8s_validate.DRAFT_04
    assert schema["properties"]["kind"]["enum"] == ["Widget"]
    assert schema["properties"]["apiVersion"]["enum"] == ["example.org/v1"]
    assert schema["properties"]["spec"] == {"$ref": "#/definitions/x.Node"}
    assert set(schema["definitions"]) == {"x.Node"}
    assert schema["definitions"]["x.Node"]["additionalProperties"] is False


def test_two_definitions_of_one_kind_are_refused() -> None:
    gvk = [{"group": "", "version": "v1", "kind": "Thing"}]
    definitions = {
        "a.Thing": {"type": "object", "x-kubernetes-group-version-kind": gvk},
        "b.Thing": {"type": "object", "x-kubernetes-group-version-kind": gvk},
    }

    with pytest.raises(ValueError, match=r"thing-v1\.json"):
        k8s_validate.standalone_schemas(definitions)
