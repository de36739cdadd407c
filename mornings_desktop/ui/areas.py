"""Areas of the product (Mornings, Agenda, People, Check-in, Badges, Exports, Sync…).

An area is a sub-package of `ui` whose `__init__` defines `AREA = Area(...)`. The navigation shows
them by `order`. Titles are marked for translation in the "areas" context.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from mornings_desktop.ui.state import AppState


@dataclass(frozen=True)
class Area:
    key: str
    title: str  # source text in the "areas" translation context
    order: int
    factory: Callable[[AppState], QWidget]
    shortcut: str = ""  # e.g. "Ctrl+1"
    needs_morning: bool = False  # disabled until a current Morning is chosen
    # Whether the page is built with the window rather than on first show: an area that runs
    # something in the background from the start (Sync's automatic rounds, once a hub is set).
    # Every other page is built when first shown.
    eager: Callable[[AppState], bool] | None = None


def discover() -> list[Area]:
    from mornings_desktop import ui

    found: list[Area] = []
    for info in pkgutil.iter_modules(ui.__path__):
        if not info.ispkg:
            continue
        module = importlib.import_module(f"{ui.__name__}.{info.name}")
        area = getattr(module, "AREA", None)
        if isinstance(area, Area):
            found.append(area)
    return sorted(found, key=lambda a: a.order)
