"""The operations ledger: every change is an operation, appended and applied in one transaction."""
