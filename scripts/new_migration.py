"""Write a new Alembic migration by comparing the models with the current head.

Usage: python scripts/new_migration.py "what changes" NNNN_area
Review the generated file: autogenerate is a first draft, not a verdict.
"""

import sys
import tempfile
from pathlib import Path

from alembic import command

from mornings_desktop.store.database import Database
from mornings_desktop.store.migrate import alembic_config

db = Database(Path(tempfile.mkdtemp()) / "draft.db")
config = alembic_config()
with db.engine.begin() as conn:
    config.attributes["connection"] = conn
    command.upgrade(config, "head")
with db.engine.begin() as conn:
    config.attributes["connection"] = conn
    command.revision(config, message=sys.argv[1], autogenerate=True, rev_id=sys.argv[2])
