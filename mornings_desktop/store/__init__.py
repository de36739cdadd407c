"""Storage: SQLAlchemy models, the SQLite engine and its pragmas, migrations, backups. No Qt."""
