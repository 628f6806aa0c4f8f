"""Feedback owed is narrowed in the store by whether each item is answered yet (every
state filter, the overdue count), and its department filter lists the departments in
use: an index on each, so that ten years of items are not read through for either.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06
"""
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_feedback_answered_on", "feedback", ["answered_on"], unique=False)
    op.create_index("ix_feedback_department", "feedback", ["department"], unique=False)
    if op.get_bind().dialect.name == "sqlite":  # the file's header; a server has none
        op.execute("PRAGMA user_version = 5")


def downgrade() -> None:
    raise NotImplementedError("CompactDesk never downgrades a store; restore a backup instead.")
