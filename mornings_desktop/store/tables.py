"""All tables: the foundation's `schema` plus every `schema_<area>` module (one per area, so
parallel work never edits the same file). Import `metadata()` wherever the full schema matters
(migrations, tests)."""

from __future__ import annotations

import importlib
import pkgutil

from sqlalchemy import MetaData

from mornings_desktop.store.schema import Base


def load_all() -> None:
    from mornings_desktop import store

    for info in pkgutil.iter_modules(store.__path__):
        if info.name.startswith("schema_"):
            importlib.import_module(f"{store.__name__}.{info.name}")


def metadata() -> MetaData:
    load_all()
    return Base.metadata
