"""Generate the Python code of the contracts in ``protos/pathways/v1``.

    python protos/generate.py          # regenerate in place (``make protos``)
    python protos/generate.py --check  # exit 1 if the committed code is stale

The generated ``*_pb2.py``, ``*_pb2.pyi`` and ``*_pb2_grpc.py`` files sit beside the
``.proto`` files and are never edited by hand.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import sys
import tempfile
from pathlib import Path

from grpc_tools import protoc

__all__ = ["generate", "stale_files"]

PROTO_ROOT = Path(__file__).resolve().parent
PACKAGE_DIR = PROTO_ROOT / "pathways" / "v1"
GENERATED_SUFFIXES = ("_pb2.py", "_pb2.pyi", "_pb2_grpc.py")


def _proto_files() -> list[Path]:
    return sorted(PACKAGE_DIR.glob("*.proto"))


def generate(*, out_dir: Path) -> None:
    """Run protoc (from grpcio-tools, with its bundled well-known types) into ``out_dir``."""
    include = Path(protoc.__file__).resolve().parent / "_proto"
    relative = [str(p.relative_to(PROTO_ROOT)) for p in _proto_files()]
    args = [
        "grpc_tools.protoc",
        f"-I{PROTO_ROOT}",
        f"-I{include}",
        f"--python_out={out_dir}",
        f"--pyi_out={out_dir}",
        f"--grpc_python_out={out_dir}",
        *relative,
    ]
    if protoc.main(args) != 0:
        raise RuntimeError("protoc failed; see its message above")


def _generated_names(directory: Path) -> set[str]:
    return {p.name for p in directory.iterdir() if p.name.endswith(GENERATED_SUFFIXES)}


def stale_files() -> list[str]:
    """Names of generated files that differ from (or are missing beside) the contracts."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh_dir = Path(tmp) / "pathways" / "v1"
        fresh_dir.mkdir(parents=True)
        generate(out_dir=Path(tmp))
        fresh = _generated_names(fresh_dir)
        committed = _generated_names(PACKAGE_DIR)
        stale = sorted(fresh ^ committed)
        stale += sorted(
            name
            for name in fresh & committed
            if not filecmp.cmp(fresh_dir / name, PACKAGE_DIR / name, shallow=False)
        )
        return stale


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if generated code is stale")
    check = parser.parse_args().check
    if check:
        stale = stale_files()
        if stale:
            print("stale generated code, run `make protos`: " + ", ".join(stale), file=sys.stderr)
            return 1
        print("generated protobuf code is up to date")
        return 0
    for old in PACKAGE_DIR.iterdir():
        if old.name.endswith(GENERATED_SUFFIXES):
            old.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        generate(out_dir=Path(tmp))
        for produced in (Path(tmp) / "pathways" / "v1").iterdir():
            shutil.copyfile(produced, PACKAGE_DIR / produced.name)
    print(f"generated {len(_generated_names(PACKAGE_DIR))} files in {PACKAGE_DIR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
