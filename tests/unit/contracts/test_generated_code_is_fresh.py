import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.processes import REPO_ROOT


def test_generated_protobuf_code_matches_the_contracts() -> None:
    result = subprocess.run(
        [sys.executable, str(REPO_ROOT / "protos" / "generate.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_a_changed_contract_is_reported_stale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("generate", REPO_ROOT / "protos" / "generate.py")
    assert spec is not None
    assert spec.loader is not None
    generate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generate)

    # A copy of the committed contracts and code, then one contract edited without regenerating.
    package = tmp_path / "pathways" / "v1"
    package.mkdir(parents=True)
    for source in generate.PACKAGE_DIR.iterdir():
        if source.is_file():
            (package / source.name).write_bytes(source.read_bytes())
    common = package / "common.proto"
    common.write_text(common.read_text() + "\nmessage Added { string field = 1; }\n")
    monkeypatch.setattr(generate, "PROTO_ROOT", tmp_path)
    monkeypatch.setattr(generate, "PACKAGE_DIR", package)

    assert "common_pb2.py" in generate.stale_files()
