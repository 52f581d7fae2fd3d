"""Put the language server and its pure-Python runtime dependencies into bundled/libs.

The set of packages is what pip resolves for the project (for Python 3.10, the oldest we support, so
that backports such as tomli and exceptiongroup are included), minus EXCLUDED: packages that the
server never imports on its path (`mlops-report lsp`), some of which are compiled and so cannot
ship in a platform-independent .vsix. Every wheel is then installed with --no-deps and
--platform any, which makes pip refuse anything that is not pure Python.

Usage: python scripts/bundle_libs.py [--project DIR] [--target DIR]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from pip._vendor.packaging.markers import Marker
from pip._vendor.packaging.requirements import Requirement
from pip._vendor.packaging.utils import canonicalize_name

# typer needs these only for --help (rich, pygments) and for pydantic-typed parameters; the
# server's entry point uses neither. pydantic-core is compiled.
EXCLUDED = {
    "pydantic",
    "pydantic-core",
    "annotated-types",
    "typing-inspection",
    "rich",
    "pygments",
    "colorama",
}
OLDEST_PYTHON = "3.10"
HERE = Path(__file__).resolve().parent


def pip(*args: str) -> None:
    # -qq: pip's errors only (this machine's pip configuration warns about every index location)
    cmd = [sys.executable, "-m", "pip", *args, "--disable-pip-version-check", "-qq"]
    subprocess.run(cmd, check=True)


def resolve(requirements: list[str]) -> dict[str, dict]:
    """Ask pip which distributions `requirements` pull in (no install), keyed by canonical name."""
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp, "report.json")
        pip(
            "install", "--dry-run", "--ignore-installed", "--report", str(report),
            "--target", str(Path(tmp, "unused")), "--python-version", OLDEST_PYTHON,
            "--only-binary=:all:", *requirements,
        )
        items = json.loads(report.read_text())["install"]
    return {canonicalize_name(item["metadata"]["name"]): item for item in items}


def needed_by(metadata: dict) -> set[str]:
    """Names a distribution requires on the oldest Python (markers evaluated for 3.10, no extras)."""
    names = set()
    env = {"python_version": OLDEST_PYTHON, "python_full_version": OLDEST_PYTHON + ".0", "extra": ""}
    for spec in metadata.get("requires_dist", []) or []:
        req = Requirement(spec)
        if req.marker is None or Marker(str(req.marker)).evaluate(env):
            names.add(canonicalize_name(req.name))
    return names


def runtime_closure(project: Path) -> tuple[dict[str, str], str]:
    """Return ({name: version} of the dependencies to bundle, the project's own name)."""
    resolved = resolve([str(project)])
    root = next(n for n, item in resolved.items() if item.get("download_info", {}).get("url", "").startswith("file:") and item.get("is_direct"))
    for _ in range(5):
        wanted = {root}
        todo = [root]
        while todo:
            name = todo.pop()
            for dep in needed_by(resolved[name]["metadata"]) if name in resolved else ():
                if dep not in EXCLUDED and dep not in wanted:
                    wanted.add(dep)
                    todo.append(dep)
        missing = sorted(wanted - resolved.keys())
        if not missing:
            break
        # Backports needed on 3.10 only: pip evaluated markers for the running Python.
        resolved.update(resolve(missing))
    else:
        raise SystemExit(f"could not resolve {missing}")
    versions = {n: resolved[n]["metadata"]["version"] for n in sorted(wanted - {root})}
    return versions, root


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--project", type=Path, default=HERE.parent.parent)
    parser.add_argument("--target", type=Path, default=HERE.parent / "bundled" / "libs")
    args = parser.parse_args()
    target: Path = args.target.resolve()

    versions, root = runtime_closure(args.project.resolve())
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    pip(
        "install", "--no-deps", "--target", str(target), "--only-binary=:all:",
        "--platform", "any", "--implementation", "py", "--python-version", OLDEST_PYTHON,
        *(f"{name}=={version}" for name, version in versions.items()),
    )
    shutil.rmtree(target / "bin", ignore_errors=True)
    pip("install", "--no-deps", "--no-compile", "--target", str(target), str(args.project.resolve()))

    for junk in [target / "bin", *target.rglob("__pycache__")]:
        if junk.exists():
            shutil.rmtree(junk)
    compiled = [p for p in target.rglob("*") if p.suffix in {".so", ".pyd", ".dylib"}]
    if compiled:
        raise SystemExit(f"compiled files in {target}: {compiled}")
    size = sum(p.stat().st_size for p in target.rglob("*") if p.is_file())
    listed = ", ".join(f"{n} {v}" for n, v in versions.items())
    print(f"bundled {root} + {len(versions)} dependencies ({size / 1e6:.1f} MB): {listed}")


if __name__ == "__main__":
    main()
