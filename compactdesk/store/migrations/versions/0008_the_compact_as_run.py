"""The compact as the case studies run it (issue 21): the resources behind it (posts, budgets, funding
agreements); what came of a funding notice, and how much; dated histories of a code's status, of each
department's champion and of the compact's lead councillor and lead officer; the group's intended
make-up; a seat's brief and its vacancy's date and reason. The monitoring framework's questions about
resources and political ownership are given the figures the store can now work out for them.

Columns are added by ALTER TABLE, which keeps each table (and its search index's triggers) as it is.
What the store already knew starts each history: a code adopted on a known day has that step (and, when it
has since moved on, its status now as a second step that day), and a department's champion now is its first
change, dated None ("before the history began").

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06
"""
import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


# As revision 0003 seeded them (a revision never reads another's lists).
FIGURED = (
    ("resources", "Are resources committed to developing and running the compact, in cash or in kind, "
                  "in proportion to each partner's size?"),
    ("resources", "Is there a dedicated post or budget, and are small groups reimbursed for the cost of taking "
                  "part?"),
    ("leads", "Is there political ownership: do senior officers and councillors take part, with commitment "
              "from the top?"),
)


def _text_column(name: str) -> sa.Column:
    return sa.Column(name, sa.Text(), nullable=False, server_default="")


def upgrade() -> None:
    op.add_column("seat", _text_column("brief"))
    op.add_column("seat", sa.Column("vacancy_on", sa.Date(), nullable=True))
    op.add_column("seat", sa.Column("vacancy_reason", sa.String(length=300), nullable=False, server_default=""))
    op.add_column("funding_notice", sa.Column("amount_pence", sa.Integer(), nullable=True))
    op.add_column("funding_notice", sa.Column("percent", sa.Integer(), nullable=True))
    op.add_column("funding_notice", sa.Column("outcome", sa.String(length=30), nullable=True))
    op.add_column("funding_notice", sa.Column("outcome_on", sa.Date(), nullable=True))
    op.add_column("funding_notice", _text_column("outcome_note"))

    op.create_table(
        "code_status_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=30), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["code_id"], ["code_of_practice.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_code_status_change_code_id", "code_status_change", ["code_id"])
    op.create_table(
        "champion_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["department_id"], ["department.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_champion_change_department_id", "champion_change", ["department_id"])
    op.create_index("ix_champion_change_person_id", "champion_change", ["person_id"])
    op.create_table(
        "compact_lead",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=30), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_compact_lead_person_id", "compact_lead", ["person_id"])
    op.create_table(
        "commitment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("funder_id", sa.Integer(), nullable=True),
        sa.Column("holder_id", sa.Integer(), nullable=True),
        sa.Column("amount_pence", sa.Integer(), nullable=True),
        sa.Column("per_year", sa.Boolean(), nullable=False),
        sa.Column("share_percent", sa.Integer(), nullable=True),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("remind_months", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["funder_id"], ["organisation.id"]),
        sa.ForeignKeyConstraint(["holder_id"], ["person.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_commitment_funder_id", "commitment", ["funder_id"])
    op.create_index("ix_commitment_holder_id", "commitment", ["holder_id"])
    op.create_index("ix_commitment_ends_on", "commitment", ["ends_on"])
    op.create_table(
        "intended_seats",
        sa.Column("sector", sa.String(length=30), nullable=False),
        sa.Column("seats", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("sector"),
    )

    # The histories start from what the store knew.
    op.execute("INSERT INTO code_status_change (code_id, status, \"on\", note) "
               "SELECT id, 'adopted', adopted_on, '' FROM code_of_practice WHERE adopted_on IS NOT NULL "
               "ORDER BY id")
    # A code adopted and since put under review (or back into draft) keeps its status now as its latest step,
    # on the same day as the adoption (later in the history by its id): the day it changed was never recorded.
    op.execute("INSERT INTO code_status_change (code_id, status, \"on\", note) "
               "SELECT id, status, adopted_on, '' FROM code_of_practice WHERE adopted_on IS NOT NULL "
               "AND status <> 'adopted' ORDER BY id")
    op.execute("INSERT INTO champion_change (department_id, person_id, \"on\", note) "
               "SELECT id, champion_id, NULL, '' FROM department WHERE champion_id IS NOT NULL ORDER BY id")
    # The framework's inputs now have figures: the resources for the two questions about them, the leads for
    # political ownership. A question the group has reworded, or given a figure of its own, is left as it is.
    for measure, question in FIGURED:
        op.get_bind().execute(sa.text('UPDATE indicator SET measure = :measure WHERE question = :question '
                                      'AND measure IS NULL'), {"measure": measure, "question": question})
    if op.get_bind().dialect.name == "sqlite":  # the file's header; a server has none
        op.execute("PRAGMA user_version = 8")


def downgrade() -> None:
    raise NotImplementedError("CompactDesk never downgrades a store; restore a backup instead.")
