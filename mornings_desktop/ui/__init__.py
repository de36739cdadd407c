"""The window. Qt lives here only; every change goes through the services.

Each area of the product is a sub-package exposing `AREA` (see `ui/areas.py`); the main window
lists the areas it finds, so a new screen is a new package and nothing else.
"""

from mornings_desktop.ui import qt_refcounts

qt_refcounts.protect()  # before any screen makes its first Qt call (see ui/qt_refcounts.py)
