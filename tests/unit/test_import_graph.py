"""The package's import graph, read from the source (ast, nothing imported): no module circles,
and Qt only where the window lives.

A circle between modules works until someone imports the other end first; the Qt-free core
(services, store, ledger, sync, documents, the command line) must run where no Qt is installed.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "mornings_desktop"
# Modules that may import PySide6 anywhere; `paths.py` may only inside a function.
QT_MODULES = {"app", "settings", "i18n", "selftest"}
QT_IN_FUNCTIONS_ONLY = {"paths"}


def _modules() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for path in PACKAGE.rglob("*.py"):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


MODULES = _modules()


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _module_level(
    tree: ast.Module, *, type_checking: bool = True
) -> Iterator[ast.Import | ast.ImportFrom]:
    """Imports run when the module is imported: top level, and inside top-level `if`/`try`
    (`if TYPE_CHECKING:` included unless `type_checking` is False: a circle for the type checker
    is a circle), not in functions or classes."""
    pending: list[ast.stmt] = list(tree.body)
    while pending:
        node = pending.pop()
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        elif isinstance(node, ast.If):
            if type_checking or not _is_type_checking(node):
                pending += node.body
            pending += node.orelse
        elif isinstance(node, ast.Try):
            pending += node.body + node.orelse + node.finalbody
            for handler in node.handlers:
                pending += handler.body


def _anywhere(tree: ast.Module) -> Iterator[ast.Import | ast.ImportFrom]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node


def _targets(module: str, path: Path, node: ast.Import | ast.ImportFrom) -> list[str]:
    """The full names an import statement may load (`from a import b`: `a` and `a.b`)."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    base = node.module or ""
    if node.level:
        package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
        package = package[: len(package) - (node.level - 1)]
        base = ".".join([*package, base] if base else package)
    return [base, *(f"{base}.{alias.name}" for alias in node.names)]


def _graph(*, function_level: bool) -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for module, path in MODULES.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        # In ui/, type-only imports do not count: a screen's helper modules
        # (ui/agenda/session_edits.py, ...) take the screen as an argument and name its class for
        # the type checker only, which runs nothing at import time. Outside ui/ they count.
        imports = (
            _anywhere(tree)
            if function_level
            else _module_level(tree, type_checking=not _is_ui(module))
        )
        graph[module] = {
            target
            for node in imports
            for target in _targets(module, path, node)
            if target in MODULES and target != module
        }
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work: list[tuple[str, Iterator[str]]] = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component: list[str] = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def _is_ui(module: str) -> bool:
    return module == "mornings_desktop.ui" or module.startswith("mornings_desktop.ui.")


def _imports_qt(targets: list[str]) -> bool:
    return any(t == "PySide6" or t.startswith("PySide6.") for t in targets)


def test_the_finder_sees_a_circle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_no_module_circle_at_import_time() -> None:
    assert len(MODULES) > 50  # the walk found the package
    assert _cycles(_graph(function_level=False)) == []


def test_no_circle_in_the_core_even_through_imports_inside_functions() -> None:
    """Outside the window (`ui/`), a lazy import inside a function must not close a circle
    either: those are the circles that hid between services and documents."""
    graph = _graph(function_level=True)
    core = {
        m: {t for t in targets if not _is_ui(t)} for m, targets in graph.items() if not _is_ui(m)
    }
    assert _cycles(core) == []


def test_qt_only_in_the_window_and_its_start_up() -> None:
    offenders: list[str] = []
    for module, path in MODULES.items():
        short = module.removeprefix("mornings_desktop.")
        if _is_ui(module) or short in QT_MODULES:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        imports = _module_level(tree) if short in QT_IN_FUNCTIONS_ONLY else _anywhere(tree)
        if any(_imports_qt(_targets(module, path, node)) for node in imports):
            offenders.append(module)
    assert offenders == []
