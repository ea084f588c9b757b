"""The demo app is the top of the layering: nothing outside it imports it, so production (which does not install
it) never needs it. Every import is read, function-local ones and ``import_module("demo…")`` included."""

import ast
import os
from pathlib import Path

from django.conf import settings

SKIPPED_FOLDERS = {".venv", "node_modules", ".git", ".cache", "__pycache__", "media", "private-media", "staticfiles"}


def imports_of_demo(source: str) -> list[str]:
    """The modules of the demo app that ``source`` imports (``demo``, ``demo.loader`` …), at any depth."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            names = [node.module or ""]
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) == "import_module":
            names = [arg.value for arg in node.args[:1] if isinstance(arg, ast.Constant) and isinstance(arg.value, str)]
        else:
            continue
        found += [name for name in names if name == "demo" or name.startswith("demo.")]
    return found


def python_files_outside_demo(root: Path):
    """Every Python file of the repository but the demo app's own (and installed packages)."""
    for folder, subfolders, files in os.walk(root):
        at_top = Path(folder) == root
        subfolders[:] = [name for name in subfolders if name not in SKIPPED_FOLDERS and not (at_top and name == "demo")]
        yield from (Path(folder) / name for name in sorted(files) if name.endswith(".py"))


def test_no_file_outside_the_demo_app_imports_it():
    root = Path(settings.BASE_DIR)

    offenders = {
        str(path.relative_to(root)): found
        for path in python_files_outside_demo(root)
        if (found := imports_of_demo(path.read_text(encoding="utf-8")))
    }

    assert offenders == {}


def test_the_scan_sees_function_local_and_dynamic_imports_of_demo():
    source = (
        "import demography\n"
        "def load():\n"
        "    from demo.loader import DemoLoader\n"
        "    import demo.procurement\n"
        "    return importlib.import_module('demo.requests')\n"
    )

    assert imports_of_demo(source) == ["demo.loader", "demo.procurement", "demo.requests"]
