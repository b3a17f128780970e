"""The split the design insists on: core without Qt; spec/shapes/summary without TensorFlow."""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import sys
import cnngui.core.model.spec, cnngui.core.model.shapes, cnngui.core.model.presets, cnngui.cli
import cnngui.commands.summary
HEAVY = {{'tensorflow', 'keras', 'PySide6', 'pyqtgraph'}}
heavy = sorted(m for m in sys.modules if m.split('.')[0] in HEAVY)
assert not heavy, heavy
{extra}
"""


def run(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)


def test_spec_shapes_and_cli_import_nothing_heavy():
    out = run(CHECK.format(extra=""))
    assert out.returncode == 0, out.stderr


def test_every_core_module_imports_without_qt():
    code = CHECK.format(
        extra="""
import pkgutil, importlib, cnngui.core
for m in pkgutil.iter_modules(cnngui.core.__path__):
    importlib.import_module('cnngui.core.' + m.name)
qt = sorted(m for m in sys.modules if m.split('.')[0] in {'PySide6', 'pyqtgraph'})
assert not qt, qt
"""
    )
    out = run(code)
    assert out.returncode == 0, out.stderr


def test_no_import_cycles_between_cnngui_modules():
    """Function-local imports count too (a cycle hidden inside a function is still one);
    imports only for type hints do not run, so they do not count."""
    import grimp

    graph = grimp.build_graph("cnngui", exclude_type_checking_imports=True)
    modules = sorted(m for m in graph.modules if m.startswith("cnngui."))
    cycles = []
    for a in modules:
        for b in graph.find_modules_directly_imported_by(a):
            # a package importing its own submodules (re-exports) is not a cycle
            if not b.startswith("cnngui.") or b.startswith(a + ".") or a.startswith(b + "."):
                continue
            chain = graph.find_shortest_chain(importer=b, imported=a)
            if chain:
                cycles.append(" → ".join([a, *chain]))
    assert not cycles, "import cycles:\n" + "\n".join(cycles[:10])


def test_every_package_is_listed_for_installs():
    """pyproject.toml lists packages by name: a new folder left out would be missing from
    every install (the editable install used here would not notice)."""
    from pathlib import Path

    import pytest

    tomllib = pytest.importorskip("tomllib")  # Python ≥ 3.11

    root = Path(__file__).resolve().parents[1]
    listed = set(
        tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(p.parent.relative_to(root).parts) for p in (root / "cnngui").rglob("__init__.py")
    }
    assert found <= listed, f"not in pyproject.toml's packages: {sorted(found - listed)}"
