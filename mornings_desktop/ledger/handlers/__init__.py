"""One module per domain; each registers its operation types with `@handler`."""
