"""Alembic environment: strikemap runs migrations on a connection it opened itself.

:func:`strikemap.store.migrate.upgrade` passes the connection (inside its
transaction and under the store's write lock) as ``config.attributes["connection"]``.
"""

from __future__ import annotations

from alembic import context

from strikemap.store.schema import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
