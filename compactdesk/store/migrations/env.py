"""Alembic environment: migrations always run on a connection CompactDesk gives."""

from alembic import context

from compactdesk.store.models import Base
from compactdesk.store.search_index import index_tables

connection = context.config.attributes["connection"]
# The search index's virtual and shadow tables (revision 0006) have no model: autogenerate must not drop them.
_index = (index_tables(connection.connection.driver_connection) if connection.dialect.name == "sqlite"
          else frozenset())
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True,
                  include_name=lambda name, kind, _: not (kind == "table" and name in _index))
with context.begin_transaction():
    context.run_migrations()
