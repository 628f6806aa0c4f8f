"""Amounts of money beyond £21,474,836.47: a funding notice's and a resource's amount in pence.

The amounts are validated up to £1 billion (domain/money.py MOST_PENCE), more than PostgreSQL's 32-bit
integer holds, so on a server both columns become bigint. A file's INTEGER is 64-bit already: only its
header's number changes.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06
"""
import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

# Every integer column that may hold more than 2^31 - 1.
WIDE = (("funding_notice", "amount_pence"), ("commitment", "amount_pence"))


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":  # the file's header; a server has none
        op.execute("PRAGMA user_version = 9")
        return
    for table, column in WIDE:
        op.alter_column(table, column, type_=sa.BigInteger(), existing_type=sa.Integer(), existing_nullable=True)


def downgrade() -> None:
    raise NotImplementedError("CompactDesk never downgrades a store; restore a backup instead.")
