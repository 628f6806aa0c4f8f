"""Each store knows which store it is (a random id kept by its copies and backups), so that
restoring another group's backup asks first; each attached paper keeps the SHA-256 of its bytes,
so that the check finds a paper gone bad; stores are kept with the rollback journal.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06
"""
import hashlib
import uuid

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    table = op.create_table(
        "store_identity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("store_id", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.bulk_insert(table, [{"id": 1, "store_id": uuid.uuid4().hex}])

    with op.batch_alter_table("agenda_paper", schema=None) as batch_op:
        batch_op.add_column(sa.Column("digest", sa.String(length=64), nullable=False, server_default=""))
    connection = op.get_bind()
    papers = connection.execute(sa.text("SELECT id, content FROM agenda_paper")).fetchall()
    for ident, content in papers:
        connection.execute(sa.text("UPDATE agenda_paper SET digest = :digest WHERE id = :id"),
                           {"digest": hashlib.sha256(content or b"").hexdigest(), "id": ident})
    if op.get_bind().dialect.name == "sqlite":  # the file's header; a server has none
        op.execute("PRAGMA user_version = 4")


def downgrade() -> None:
    raise NotImplementedError("CompactDesk never downgrades a store; restore a backup instead.")
