"""Alembic environment: migrations always run on a connection CompactDesk gives."""

from alembic import context

from compactdesk.store.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
