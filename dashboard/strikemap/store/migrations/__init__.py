"""Alembic migrations of the store (both backends)."""
