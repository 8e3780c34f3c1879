"""Validate the Kubernetes manifests of ``infra/k8s/`` against the Kubernetes API schemas.

    python infra/k8s_validate.py              # render every kustomization, run kubeconform
    python infra/k8s_validate.py --provision  # only fetch and build the tools and schemas

Everything comes from registries this project can reach, pinned below, and is cached in
``$PATHWAYS_CACHE_DIR`` (default ``~/.cache/pathways``), so only the first run is slow:

* ``kustomize`` and ``kubeconform``, built with ``go install module@version`` from the Go
  module proxy into ``kustomize-<version>/bin`` and ``kubeconform-<version>/bin``;
* the Kubernetes OpenAPI v3 spec, ``api/openapi-spec/v3/`` of the Go module
  ``k8s.io/kubernetes`` (fetched with ``go mod download`` into a throw-away module cache and
  checked against the module hash pinned here), kept in ``kubernetes-openapi-<version>/``;
* kubeconform's schema layout made from that spec, in ``kubernetes-schemas-<version>/``:
  one standalone JSON schema per kind (``<kind>-<group>-<version>.json``, as
  ``openapi2jsonschema`` lays them out), strict: an object with declared properties admits
  no others. Regenerated whenever this file changes.

kubeconform runs with ``-strict`` (also rejects duplicated keys) and no
``-ignore-missing-schemas``: a kind without a schema is an error. The manifests use no custom
resources; if one is added, give its schema or list its kind in ``SKIPPED_KINDS`` with a reason.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import fcntl
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
K8S_DIR = REPO / "infra" / "k8s"

KUBECONFORM_MODULE = "github.com/yannh/kubeconform"
KUBECONFORM_PACKAGE = "github.com/yannh/kubeconform/cmd/kubeconform"
KUBECONFORM_VERSION = "v0.8.0"
KUSTOMIZE_MODULE = "sigs.k8s.io/kustomize/kustomize/v5"
KUSTOMIZE_VERSION = "v5.8.2"
KUBERNETES_MODULE = "k8s.io/kubernetes"
KUBERNETES_VERSION = "v1.34.4"
#: go.sum hash of k8s.io/kubernetes@KUBERNETES_VERSION (what `go mod download -json` reports).
KUBERNETES_MODULE_SUM = "h1:Yy6R4QB8C9kJPp25GFqEvX5XQwY5qzKeqD0Xx6oAcmk="

#: Kinds kubeconform skips, each with the reason. Custom resources only: never a built-in kind.
SKIPPED_KINDS: dict[str, str] = {}

DRAFT_04 = "http://json-schema.org/draft-04/schema#"
_OPENAPI_REF = "#/components/schemas/"
_JSONSCHEMA_REF = "#/definitions/"


class ProvisioningError(RuntimeError):
    """A tool or the schemas could not be fetched or built."""


def _say(message: str) -> None:
    print(f"k8s-validate: {message}", file=sys.stderr, flush=True)


def cache_dir() -> Path:
    return Path(os.environ.get("PATHWAYS_CACHE_DIR") or Path.home() / ".cache" / "pathways")


@contextlib.contextmanager
def _locked(name: str) -> Iterator[None]:
    """An exclusive lock in the cache, so that concurrent runs do not build the same thing."""
    path = cache_dir() / f"{name}.lock"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def _go() -> str:
    go = shutil.which("go")
    if go is None:
        raise ProvisioningError(
            "'go' is not on PATH: kustomize, kubeconform and the Kubernetes API schemas come "
            "from the Go module proxy (see infra/k8s_validate.py)"
        )
    return go


def _go_env(**overrides: str) -> dict[str, str]:
    env = dict(os.environ)
    flags = env.get("GOFLAGS", "")
    env["GOFLAGS"] = f"-buildvcs=false {flags}".strip()
    env.update(overrides)
    return env


def _run_go(args: list[str], *, env: Mapping[str, str], cwd: Path) -> str:
    try:
        result = subprocess.run(
            [_go(), *args], env=dict(env), cwd=cwd, capture_output=True, text=True, check=False
        )
    except OSError as error:
        raise ProvisioningError(f"go {' '.join(args)}: {error}") from error
    if result.returncode != 0:
        raise ProvisioningError(
            f"`go {' '.join(args)}` failed (exit {result.returncode}):\n{result.stderr.strip()}"
        )
    return result.stdout


# --- the tools --------------------------------------------------------------------------


def _built_version(binary: Path, module: str) -> str | None:
    """The version of ``module`` recorded in the build info of ``binary`` (None if unknown)."""
    if not binary.is_file():
        return None
    try:
        out = subprocess.run(
            [_go(), "version", "-m", str(binary)], capture_output=True, text=True, check=False
        ).stdout
    except OSError:
        return None
    for line in out.splitlines():
        fields = line.split()
        if len(fields) >= 3 and fields[0] == "mod" and fields[1] == module:
            return fields[2]
    return None


def _go_tool(name: str, module: str, package: str, version: str) -> Path:
    home = cache_dir() / f"{name}-{version}"
    binary = home / "bin" / name
    if _built_version(binary, module) == version:
        return binary
    with _locked(f"{name}-{version}"):
        if _built_version(binary, module) != version:
            _say(f"building {package}@{version} from the Go module proxy into {binary.parent}")
            home.mkdir(parents=True, exist_ok=True)
            _run_go(
                ["install", f"{package}@{version}"],
                env=_go_env(GOBIN=str(binary.parent)),
                cwd=home,
            )
            found = _built_version(binary, module)
            if found != version:
                raise ProvisioningError(f"built {binary}, but it reports {module} {found}")
    return binary


def kubeconform() -> Path:
    return _go_tool("kubeconform", KUBECONFORM_MODULE, KUBECONFORM_PACKAGE, KUBECONFORM_VERSION)


def kustomize() -> Path:
    return _go_tool("kustomize", KUSTOMIZE_MODULE, KUSTOMIZE_MODULE, KUSTOMIZE_VERSION)


# --- the schemas ------------------------------------------------------------------------


def openapi_spec() -> Path:
    """The directory of the Kubernetes OpenAPI v3 documents (``*_openapi.json``)."""
    target = cache_dir() / f"kubernetes-openapi-{KUBERNETES_VERSION}"
    marker = target / ".module-sum"
    if marker.is_file() and marker.read_text().strip() == KUBERNETES_MODULE_SUM:
        return target
    with _locked(f"kubernetes-openapi-{KUBERNETES_VERSION}"):
        if marker.is_file() and marker.read_text().strip() == KUBERNETES_MODULE_SUM:
            return target
        _say(f"fetching the OpenAPI spec of {KUBERNETES_MODULE}@{KUBERNETES_VERSION} (~18 MB)")
        cache_dir().mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix="k8s-module-", dir=cache_dir()) as scratch:
            # A module cache of our own, deleted afterwards: the module unpacks to ~110 MB, of
            # which 11 MB are wanted. -modcacherw lets the temporary directory be removed.
            env = _go_env(GOMODCACHE=str(Path(scratch) / "mod"))
            env["GOFLAGS"] += " -modcacherw"
            info = json.loads(
                _run_go(
                    ["mod", "download", "-json", f"{KUBERNETES_MODULE}@{KUBERNETES_VERSION}"],
                    env=env,
                    cwd=Path(scratch),
                )
            )
            if info.get("Sum") != KUBERNETES_MODULE_SUM:
                raise ProvisioningError(
                    f"{KUBERNETES_MODULE}@{KUBERNETES_VERSION} has hash {info.get('Sum')}, "
                    f"expected {KUBERNETES_MODULE_SUM}"
                )
            source = Path(info["Dir"]) / "api" / "openapi-spec" / "v3"
            staging = Path(scratch) / "spec"
            shutil.copytree(source, staging)
            for path in staging.iterdir():
                path.chmod(0o644)
            (staging / ".module-sum").write_text(KUBERNETES_MODULE_SUM + "\n")
            shutil.rmtree(target, ignore_errors=True)
            staging.replace(target)
    return target


def load_openapi_definitions(spec_dir: Path) -> dict[str, Any]:
    """Every schema of ``components.schemas`` over all the OpenAPI v3 documents, by name."""
    definitions: dict[str, Any] = {}
    for path in sorted(spec_dir.glob("*.json")):
        document = json.loads(path.read_text(encoding="utf-8"))
        for name, schema in document.get("components", {}).get("schemas", {}).items():
            if definitions.setdefault(name, schema) != schema:
                raise ValueError(f"{path.name}: schema {name} differs from another document's")
    return definitions


def schema_file_name(group: str, version: str, kind: str) -> str:
    """kubeconform's name for a kind's schema: ``{{ .ResourceKind }}{{ .KindSuffix }}.json``.

    The suffix is the first label of the API group (none for the core group) and the version:
    ``deployment-apps-v1``, ``networkpolicy-networking-v1``, ``service-v1``.
    """
    suffix = f"-{group.split('.')[0].lower()}" if group else ""
    return f"{kind.lower()}{suffix}-{version.lower()}.json"


def strict_schema(schema: Any) -> Any:
    """A copy of an OpenAPI schema as strict draft-04 JSON schema.

    References point at ``#/definitions/``; an object that declares ``properties`` gets
    ``additionalProperties: false`` (unless Kubernetes keeps unknown fields there);
    descriptions, which validation does not need, are dropped.
    """
    if not isinstance(schema, dict):
        return schema
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key == "description":
            continue
        if key == "$ref" and isinstance(value, str):
            if not value.startswith(_OPENAPI_REF):
                raise ValueError(f"unexpected reference {value}")
            out[key] = _JSONSCHEMA_REF + value[len(_OPENAPI_REF) :]
        elif key == "properties" and isinstance(value, dict):
            out[key] = {name: strict_schema(prop) for name, prop in value.items()}
        elif key in ("items", "additionalProperties", "not") and isinstance(value, dict):
            out[key] = strict_schema(value)
        elif key in ("allOf", "anyOf", "oneOf") and isinstance(value, list):
            out[key] = [strict_schema(item) for item in value]
        else:
            out[key] = copy.deepcopy(value)
    if (
        "properties" in out
        and "additionalProperties" not in out
        and not out.get("x-kubernetes-preserve-unknown-fields")
    ):
        out["additionalProperties"] = False
    return out


def _references(schema: Any) -> Iterator[str]:
    """The definitions that a strict schema refers to directly (walked as strict_schema does)."""
    if not isinstance(schema, dict):
        return
    for key, value in schema.items():
        if key == "$ref" and isinstance(value, str) and value.startswith(_JSONSCHEMA_REF):
            yield value[len(_JSONSCHEMA_REF) :]
        elif key == "properties" and isinstance(value, dict):
            for prop in value.values():
                yield from _references(prop)
        elif key in ("items", "additionalProperties", "not"):
            yield from _references(value)
        elif key in ("allOf", "anyOf", "oneOf") and isinstance(value, list):
            for item in value:
                yield from _references(item)


def standalone_schemas(definitions: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """One self-contained strict schema per group/version/kind, by kubeconform file name.

    Each carries the definitions it needs (transitively) under ``definitions``; recursive
    types stay references, so nothing is expanded without end.
    """
    strict = {name: strict_schema(schema) for name, schema in definitions.items()}
    schemas: dict[str, dict[str, Any]] = {}
    origin: dict[str, str] = {}
    for name in sorted(definitions):
        for gvk in definitions[name].get("x-kubernetes-group-version-kind", []):
            group, version, kind = gvk["group"], gvk["version"], gvk["kind"]
            file_name = schema_file_name(group, version, kind)
            if file_name in origin:
                raise ValueError(f"{file_name}: both {origin[file_name]} and {name}")
            origin[file_name] = name
            root = copy.deepcopy(strict[name])
            api_version = f"{group}/{version}" if group else version
            properties = root.get("properties", {})
            for field, value in (("apiVersion", api_version), ("kind", kind)):
                if field in properties:
                    properties[field] = {**properties[field], "enum": [value]}
            needed: dict[str, Any] = {}
            pending = list(_references(root))
            while pending:
                ref = pending.pop()
                if ref in needed:
                    continue
                if ref not in strict:
                    raise ValueError(f"{name} refers to unknown schema {ref}")
                needed[ref] = strict[ref]
                pending.extend(_references(strict[ref]))
            schemas[file_name] = {
                "$schema": DRAFT_04,
                **root,
                "definitions": dict(sorted(needed.items())),
            }
    return schemas


def _schemas_stamp() -> str:
    """Changes whenever this file does (the converter) or the spec does."""
    digest = hashlib.sha256(Path(__file__).read_bytes())
    digest.update(KUBERNETES_MODULE_SUM.encode())
    return digest.hexdigest()


def kubernetes_schemas() -> Path:
    """The directory of kubeconform schemas for KUBERNETES_VERSION, made if missing or stale."""
    target = cache_dir() / f"kubernetes-schemas-{KUBERNETES_VERSION}"
    marker = target / ".stamp"
    stamp = _schemas_stamp()
    if marker.is_file() and marker.read_text().strip() == stamp:
        return target
    spec = openapi_spec()
    with _locked(f"kubernetes-schemas-{KUBERNETES_VERSION}"):
        if marker.is_file() and marker.read_text().strip() == stamp:
            return target
        _say(f"writing kubeconform schemas for Kubernetes {KUBERNETES_VERSION} into {target}")
        schemas = standalone_schemas(load_openapi_definitions(spec))
        with tempfile.TemporaryDirectory(prefix="k8s-schemas-", dir=cache_dir()) as scratch:
            staging = Path(scratch) / "schemas"
            staging.mkdir()
            for file_name, schema in schemas.items():
                (staging / file_name).write_text(json.dumps(schema, separators=(",", ":")))
            (staging / ".stamp").write_text(stamp + "\n")
            shutil.rmtree(target, ignore_errors=True)
            staging.replace(target)
    return target


# --- rendering and validating -----------------------------------------------------------


@dataclass(frozen=True)
class Tools:
    kustomize: Path
    kubeconform: Path
    schemas: Path


def provision() -> Tools:
    """kustomize, kubeconform and the schemas, built or fetched on the first call."""
    return Tools(kustomize=kustomize(), kubeconform=kubeconform(), schemas=kubernetes_schemas())


def kustomizations(root: Path = K8S_DIR) -> list[Path]:
    """Every directory under ``root`` with a kustomization.yaml."""
    return sorted(path.parent for path in root.rglob("kustomization.yaml"))


def render(tools: Tools, directory: Path) -> str:
    """``kustomize build directory``: the objects a deploy of it would apply."""
    result = subprocess.run(
        [str(tools.kustomize), "build", str(directory)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise ValueError(f"kustomize build {directory} failed:\n{result.stderr.strip()}")
    return result.stdout


def _listed_resources(directory: Path) -> set[Path]:
    """Files that the kustomization in ``directory`` names under ``resources``."""
    import yaml  # a dev dependency; only needed here

    with (directory / "kustomization.yaml").open(encoding="utf-8") as stream:
        kustomization = yaml.safe_load(stream) or {}
    listed: set[Path] = set()
    for entry in kustomization.get("resources", []):
        path = (directory / entry).resolve()
        listed |= set(path.rglob("*.yaml")) if path.is_dir() else {path}
    return listed


def unrendered_manifests(root: Path = K8S_DIR) -> list[Path]:
    """YAML files under ``root`` that no kustomization includes (e.g. the Secret examples)."""
    included: set[Path] = set()
    for directory in kustomizations(root):
        included |= _listed_resources(directory)
    return sorted(
        path
        for path in root.rglob("*.yaml")
        if path.name != "kustomization.yaml" and path.resolve() not in included
    )


@dataclass(frozen=True)
class Report:
    """What kubeconform said: its JSON output, parsed, and its exit status."""

    returncode: int
    output: dict[str, Any]

    @property
    def summary(self) -> dict[str, int]:
        return dict(self.output.get("summary", {}))

    @property
    def problems(self) -> list[dict[str, Any]]:
        return [r for r in self.output.get("resources", []) if r.get("status") != "statusValid"]

    def describe(self) -> str:
        lines = [
            f"{r.get('filename')}: {r.get('kind')} {r.get('name')}: {r.get('status')}: "
            f"{r.get('msg')}"
            for r in self.problems
        ]
        return "\n".join([*lines, f"summary: {self.summary}"])


def kubeconform_command(tools: Tools, *, output: str = "json") -> list[str]:
    command = [
        str(tools.kubeconform),
        "-strict",
        "-summary",
        "-output",
        output,
        "-schema-location",
        str(tools.schemas / "{{ .ResourceKind }}{{ .KindSuffix }}.json"),
    ]
    if SKIPPED_KINDS:
        command += ["-skip", ",".join(sorted(SKIPPED_KINDS))]
    return command


def validate(tools: Tools, files: list[Path]) -> Report:
    """kubeconform -strict -summary over ``files`` (no network: local schemas only)."""
    result = subprocess.run(
        [*kubeconform_command(tools), *map(str, files)],
        capture_output=True,
        text=True,
        check=False,
    )
    try:
        output = json.loads(result.stdout)
    except json.JSONDecodeError as error:
        raise ValueError(
            f"kubeconform (exit {result.returncode}) printed no JSON:\n"
            f"{result.stdout}\n{result.stderr}"
        ) from error
    return Report(returncode=result.returncode, output=output)


def render_all(tools: Tools, out_dir: Path, root: Path = K8S_DIR) -> list[Path]:
    """Render every kustomization under ``root`` into ``out_dir``; return the rendered files
    followed by the manifests that no kustomization includes."""
    files = []
    for directory in kustomizations(root):
        relative = directory.relative_to(root.parent).as_posix().replace("/", "_")
        path = out_dir / f"kustomize-build_{relative}.yaml"
        path.write_text(render(tools, directory), encoding="utf-8")
        files.append(path)
    return files + unrendered_manifests(root)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--provision", action="store_true", help="only build/fetch the tools and the schemas"
    )
    args = parser.parse_args()
    try:
        tools = provision()
    except ProvisioningError as error:
        _say(f"error: {error}")
        return 1
    if args.provision:
        for path in (tools.kustomize, tools.kubeconform, tools.schemas):
            print(path)
        return 0
    with tempfile.TemporaryDirectory(prefix="pathways-k8s-") as scratch:
        files = render_all(tools, Path(scratch))
        for path in files:
            _say(f"validating {path.name}")
        result = subprocess.run([*kubeconform_command(tools, output="text"), *map(str, files)])
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
