"""The compact itself: codes with status and review, consultations, funding notices,
disputes and their stages, sign-up, departments and champions, the monitoring
framework with yearly ratings, the health-check and the relationship rating.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('dispute_stage',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('optional', sa.Boolean(), nullable=False),
    sa.Column('is_outcome', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name')
    )
    op.create_table('health_check',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('area', sa.Enum('understanding', 'joining_up', 'organising', 'sharing', 'funding', name='healtharea', native_enum=False, length=30), nullable=False),
    sa.Column('rating', sa.Integer(), nullable=True),
    sa.Column('evidence', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('year', 'area')
    )
    op.create_table('indicator',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('group', sa.Enum('baseline', 'inputs', 'process', 'outputs', 'outcomes', name='indicatorgroup', native_enum=False, length=30), nullable=False),
    sa.Column('question', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('measure', sa.Enum('targets', 'feedback', 'attendance', 'consultations', 'consultation_responses', 'funding_notices', 'disputes', 'sign_up', 'codes', 'champions', 'relationship', name='measure', native_enum=False, length=30), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('relationship_rating',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('rating', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('relationship_rating', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_relationship_rating_on'), ['on'], unique=False)

    op.create_table('review_year',
    sa.Column('year', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('priorities', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('year')
    )
    op.create_table('code_review',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code_id', sa.Integer(), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['code_id'], ['code_of_practice.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('code_review', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_code_review_code_id'), ['code_id'], unique=False)

    op.create_table('consultation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('body_id', sa.Integer(), nullable=False),
    sa.Column('opens_on', sa.Date(), nullable=False),
    sa.Column('closes_on', sa.Date(), nullable=False),
    sa.Column('short_reason', sa.Text(), nullable=False),
    sa.Column('feedback_on', sa.Date(), nullable=True),
    sa.Column('responses', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['body_id'], ['organisation.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('consultation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consultation_body_id'), ['body_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_consultation_closes_on'), ['closes_on'], unique=False)

    op.create_table('dispute',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('raised_by_id', sa.Integer(), nullable=False),
    sa.Column('against_id', sa.Integer(), nullable=False),
    sa.Column('raised_on', sa.Date(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('outcome', sa.Text(), nullable=False),
    sa.Column('resolved_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['against_id'], ['organisation.id'], ),
    sa.ForeignKeyConstraint(['raised_by_id'], ['organisation.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('dispute', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dispute_against_id'), ['against_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_dispute_raised_by_id'), ['raised_by_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_dispute_raised_on'), ['raised_on'], unique=False)

    op.create_table('funding_notice',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('body_id', sa.Integer(), nullable=False),
    sa.Column('given_on', sa.Date(), nullable=False),
    sa.Column('effective_on', sa.Date(), nullable=False),
    sa.Column('change', sa.Enum('reduce', 'end', name='fundingchange', native_enum=False, length=30), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['body_id'], ['organisation.id'], ),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('funding_notice', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_funding_notice_body_id'), ['body_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_funding_notice_given_on'), ['given_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_funding_notice_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('indicator_rating',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('indicator_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('rating', sa.Integer(), nullable=True),
    sa.Column('evidence', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['indicator_id'], ['indicator.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('indicator_id', 'year')
    )
    with op.batch_alter_table('indicator_rating', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_indicator_rating_indicator_id'), ['indicator_id'], unique=False)

    op.create_table('sign_up',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=False),
    sa.Column('lapsed_on', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('sign_up', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sign_up_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('department',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('champion_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['champion_id'], ['person.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('organisation_id', 'name')
    )
    with op.batch_alter_table('department', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_department_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('dispute_step',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('dispute_id', sa.Integer(), nullable=False),
    sa.Column('stage_id', sa.Integer(), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['dispute_id'], ['dispute.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['stage_id'], ['dispute_stage.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('dispute_step', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dispute_step_dispute_id'), ['dispute_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_dispute_step_stage_id'), ['stage_id'], unique=False)

    with op.batch_alter_table('code_of_practice', schema=None) as batch_op:
        batch_op.add_column(sa.Column('status', sa.Enum('proposed', 'in_draft', 'accepted_in_principle', 'adopted', 'under_review', name='codestatus', native_enum=False, length=30), nullable=False, server_default='proposed'))
        batch_op.add_column(sa.Column('adopted_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('review_months', sa.Integer(), nullable=True, server_default='24'))
        batch_op.add_column(sa.Column('notes', sa.Text(), nullable=False, server_default=''))

    with op.batch_alter_table('compact', schema=None) as batch_op:
        batch_op.add_column(sa.Column('consultation_feedback_weeks', sa.Integer(), nullable=False, server_default='12'))

    _seed()
    if op.get_bind().dialect.name == "sqlite":  # the file's header; a server has none
        op.execute("PRAGMA user_version = 3")


def downgrade() -> None:
    raise NotImplementedError("CompactDesk never downgrades a store; restore a backup instead.")


# The usual route of a dispute (seed reports: informal talk, the liaison group, mediation,
# an outcome), with a councillor's call-in and arbitration available off that route.
DISPUTE_STAGES = (
    ("Informal discussion", False, False),
    ("Raised at the liaison group", False, False),
    ("Mediation", False, False),
    ("Councillor's call-in", True, False),
    ("Arbitration", True, False),
    ("Outcome", False, True),
)

# The Home Office framework (seed 002, Appendix Four), each indicator put as a question,
# with the figure CompactDesk can work out for it where it holds the records.
FRAMEWORK = (
    ("baseline", "Where did the compact start from: was there a compact, a liaison group, codes of practice "
                 "or an action plan?", None),
    ("baseline", "How did the two sectors rate their relationship at the start?", None),
    ("inputs", "Are resources committed to developing and running the compact, in cash or in kind, "
               "in proportion to each partner's size?", None),
    ("inputs", "Are there champions in every sector and department, supported with time and money?", "champions"),
    ("inputs", "Is there a dedicated post or budget, and are small groups reimbursed for the cost of taking part?",
     None),
    ("inputs", "Is there political ownership: do senior officers and councillors take part, with commitment "
               "from the top?", None),
    ("process", "Is information about the compact spread widely and regularly, and part of staff induction "
                "in both sectors?", None),
    ("process", "Have the codes of practice been agreed by all parties, and are they used day to day?", "codes"),
    ("process", "Is there an action plan with clear targets and responsibilities, reviewed at least every "
                "year or two?", None),
    ("process", "Is there a disputes procedure that people know and use, with a way to appeal?", None),
    ("process", "Are the measures of the compact's success agreed with all who have a stake in it?", None),
    ("outputs", "Who has signed up to the compact, small, BME, rural and volunteer-only groups included?",
     "sign_up"),
    ("outputs", "Do organisations, staff and councillors know what the compact is and where to find it?", None),
    ("outputs", "Have the actions in the action plan taken place?", "targets"),
    ("outputs", "Are funding decisions made in line with the codes, with organisations told in good time?",
     "funding_notices"),
    ("outputs", "How often do consultation periods, or feedback to those who responded, fall short of the "
                "standard?", "consultations"),
    ("outputs", "Are disputes resolved through the compact, to the satisfaction of all parties?", "disputes"),
    ("outputs", "Are BME and small community groups as involved as larger organisations?", None),
    ("outcomes", "Is representation balanced, and do all parties keep taking part?", "attendance"),
    ("outcomes", "Do all parties keep the undertakings of the compact, the voluntary sector included?", "feedback"),
    ("outcomes", "Do all parties 'compact-proof' new policies and plans?", None),
    ("outcomes", "Has trust between the sectors grown, with fewer crises and disputes?", "relationship"),
    ("outcomes", "Has the number of responses to consultations changed?", "consultation_responses"),
    ("outcomes", "Are there examples where the compact plainly made a difference?", None),
)


def _seed() -> None:
    stages = sa.table("dispute_stage", sa.column("name", sa.String), sa.column("position", sa.Integer),
                      sa.column("optional", sa.Boolean), sa.column("is_outcome", sa.Boolean))
    op.bulk_insert(stages, [{"name": name, "position": i, "optional": optional, "is_outcome": outcome}
                            for i, (name, optional, outcome) in enumerate(DISPUTE_STAGES)])
    indicators = sa.table("indicator", sa.column("group", sa.String), sa.column("question", sa.Text),
                          sa.column("position", sa.Integer), sa.column("measure", sa.String))
    op.bulk_insert(indicators, [{"group": group, "question": question, "position": i, "measure": measure}
                                for i, (group, question, measure) in enumerate(FRAMEWORK)])
