"""The shape of the code (docs/architecture.md): apps and governance slices import only downwards, as the contracts
in pyproject.toml say (checked by import-linter, which `make lint` also runs), and no two modules import each other,
not even through an import inside a function."""

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import grimp
from django.conf import settings

ROOT = Path(settings.BASE_DIR)
CONFIG = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
PACKAGES = tuple(CONFIG["root_packages"])
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def import_cycles(graph) -> list[list[str]]:
    """The groups of modules that import one another, directly or round a loop (Tarjan's strongly connected
    components over the direct imports grimp found, function-local ones included)."""
    index, low, stack, on_stack, cycles = {}, {}, [], set(), []

    def visit(module):
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in graph.find_modules_directly_imported_by(module):
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == module:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 10_000))
    try:
        for module in sorted(graph.modules):
            if module not in index:
                visit(module)
    finally:
        sys.setrecursionlimit(limit)
    return cycles


def _lint_imports(project: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(project)}
    return subprocess.run(
        [str(LINT_IMPORTS), str(project / "pyproject.toml"), "--no-cache"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _copy_sources(target: Path) -> None:
    """The project's Python files and pyproject.toml, enough for import-linter to build the same graph."""
    shutil.copy(ROOT / "pyproject.toml", target / "pyproject.toml")
    for package in PACKAGES:
        shutil.copytree(ROOT / package, target / package, ignore=shutil.ignore_patterns("*.pyc", "__pycache__"))


def test_no_module_is_part_of_an_import_cycle():
    graph = grimp.build_graph(*PACKAGES, cache_dir=None)
    assert import_cycles(graph) == []


def test_the_layering_contracts_hold():
    result = _lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_layering_check_fails_on_a_wrong_way_import(tmp_path):
    _copy_sources(tmp_path)
    (tmp_path / "core" / "wrong_way.py").write_text("from governance.access.models import Unit  # noqa\n")
    result = _lint_imports(tmp_path)
    assert result.returncode == 1
    assert "core is not allowed to import governance.access: - core.wrong_way -> governance.access.models" in " ".join(
        result.stdout.split()
    )


def test_the_layering_check_fails_when_app_code_imports_the_demo(tmp_path):
    _copy_sources(tmp_path)
    (tmp_path / "home" / "uses_demo.py").write_text("def load():\n    from demo.loader import DemoLoader  # noqa\n")
    result = _lint_imports(tmp_path)
    assert result.returncode == 1
    assert "home is not allowed to import demo: - home.uses_demo -> demo.loader" in " ".join(result.stdout.split())


def test_the_cycle_check_finds_a_cycle_made_of_function_local_imports(tmp_path, monkeypatch):
    package = tmp_path / "loops"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "first.py").write_text("def a():\n    from loops.second import b\n    return b\n")
    (package / "second.py").write_text("def b():\n    from loops import first\n    return first\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert import_cycles(grimp.build_graph("loops", cache_dir=None)) == [["loops.first", "loops.second"]]
