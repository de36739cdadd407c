"""The window. Qt lives here only; every change goes through the services.

Each area of the product is a sub-package exposing `AREA` (see `ui/areas.py`); the main window
lists the areas it finds, so a new screen is a new package and nothing else.
"""

from mornings_desktop.ui import qt_fixes as _qt_fixes  # noqa: F401  (PySide6's emit, see there)
