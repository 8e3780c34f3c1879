"""The Compose Specification's JSON schema, as ``docker compose`` validates a file with it.

The schema is ``schema/compose-spec.json`` of the Go module
``github.com/compose-spec/compose-go/v2``, the loader that ``docker compose`` itself is
built on; fetched from the Go module proxy with ``go mod download`` (module hash pinned
here, as ``infra/k8s_validate.py`` does for the Kubernetes schemas) and cached in
``$PATHWAYS_CACHE_DIR/compose-spec-<version>/``. No Docker engine is needed.
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any

from infra.k8s_validate import ProvisioningError, _go_env, _locked, _run_go, cache_dir

__all__ = ["COMPOSE_GO_VERSION", "ProvisioningError", "compose_spec_schema", "interpolated"]

COMPOSE_GO_MODULE = "github.com/compose-spec/compose-go/v2"
COMPOSE_GO_VERSION = "v2.16.2"
#: go.sum hash of COMPOSE_GO_MODULE@COMPOSE_GO_VERSION (what `go mod download -json` reports).
COMPOSE_GO_MODULE_SUM = "h1:pTp1DqQwJzFd85GzlWsSszKA1ABrV/ySqsClujIcWA8="


def compose_spec_schema() -> dict[str, Any]:
    """The Compose Specification's JSON schema, fetched and checked on first use."""
    target = cache_dir() / f"compose-spec-{COMPOSE_GO_VERSION}"
    schema, marker = target / "compose-spec.json", target / ".module-sum"
    if not (marker.is_file() and marker.read_text().strip() == COMPOSE_GO_MODULE_SUM):
        with _locked(f"compose-spec-{COMPOSE_GO_VERSION}"):
            if not (marker.is_file() and marker.read_text().strip() == COMPOSE_GO_MODULE_SUM):
                _fetch(target)
    loaded: dict[str, Any] = json.loads(schema.read_text(encoding="utf-8"))
    return loaded


def _fetch(target: Path) -> None:
    cache_dir().mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="compose-go-", dir=cache_dir()) as scratch:
        env = _go_env(GOMODCACHE=str(Path(scratch) / "mod"))
        env["GOFLAGS"] += " -modcacherw"
        module = f"{COMPOSE_GO_MODULE}@{COMPOSE_GO_VERSION}"
        info = json.loads(_run_go(["mod", "download", "-json", module], env=env, cwd=Path(scratch)))
        if info.get("Sum") != COMPOSE_GO_MODULE_SUM:
            raise ProvisioningError(
                f"{module} has hash {info.get('Sum')}, expected {COMPOSE_GO_MODULE_SUM}"
            )
        staging = Path(scratch) / "spec"
        staging.mkdir()
        shutil.copyfile(
            Path(info["Dir"]) / "schema" / "compose-spec.json", staging / "compose-spec.json"
        )
        (staging / ".module-sum").write_text(COMPOSE_GO_MODULE_SUM + "\n")
        shutil.rmtree(target, ignore_errors=True)
        staging.replace(target)


def interpolated(value: Any) -> Any:
    """Compose's ``${NAME:-default}`` / ``${NAME-default}`` replaced by the default, throughout
    (validation sees the file as compose does with none of the variables set)."""
    if isinstance(value, dict):
        return {key: interpolated(item) for key, item in value.items()}
    if isinstance(value, list):
        return [interpolated(item) for item in value]
    if isinstance(value, str):
        return re.sub(r"\$\{[A-Za-z0-9_]+:?-([^}]*)\}", r"\1", value)
    return value
