"""Fixtures of the ledger's example tests: a migrated template file, and `fold_ops`."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from mornings_desktop.ledger import ledger
from mornings_desktop.ledger.operation import Op
from mornings_desktop.store import migrate
from mornings_desktop.store.database import Database


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db = Database(path)
    migrate.upgrade(db)
    db.dispose()
    return path


@pytest.fixture
def fold_ops(template: Path, tmp_path: Path) -> Iterator[Callable[..., Database]]:
    """`fold_ops(ops, batched=False)`: a fresh database with `ops` ingested in that order, each in
    its own transaction (as separate pulls), or all in one batch (as one pull)."""
    made: list[Database] = []

    def make(ops: list[Op], *, batched: bool = False) -> Database:
        path = tmp_path / f"fold-{len(made)}.sqlite3"
        shutil.copy(template, path)
        db = Database(path)
        made.append(db)
        for batch in [ops] if batched else [[o] for o in ops]:
            with db.write() as session:
                ledger.ingest(session, batch)
        return db

    yield make
    for db in made:
        db.dispose()


@pytest.fixture
def db(template: Path, tmp_path: Path) -> Iterator[Database]:
    """A fresh migrated database (a copy of `template`)."""
    shutil.copy(template, tmp_path / "db.sqlite3")
    database = Database(tmp_path / "db.sqlite3")
    yield database
    database.dispose()


@pytest.fixture
def fresh_keys() -> Iterator[None]:
    """No key read yet by this process (`signing` keeps the keys it read), before and after."""
    from mornings_desktop.ledger import signing

    signing._cache.clear()
    yield
    signing._cache.clear()
