"""The first schema: compact, members and seats, meetings, action plan, feedback owed.

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""
from alembic import op
import sqlalchemy as sa

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# The national Compact's five codes of practice, in every store from the start.
NATIONAL_CODES = (
    "Funding and procurement",
    "Consultation and policy appraisal",
    "Volunteering",
    "Black and minority ethnic voluntary and community organisations",
    "Community groups",
)


def upgrade() -> None:
    op.create_table('code_of_practice',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('national', sa.Boolean(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name')
    )
    op.create_table('compact',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('area', sa.String(length=300), nullable=False),
    sa.Column('group_label', sa.String(length=100), nullable=False),
    sa.Column('champion_label', sa.String(length=100), nullable=False),
    sa.Column('consultation_weeks', sa.Integer(), nullable=False),
    sa.Column('funding_notice_months', sa.Integer(), nullable=False),
    sa.Column('feedback_days', sa.Integer(), nullable=False),
    sa.Column('feedback_by_next_meeting', sa.Boolean(), nullable=False),
    sa.Column('due_soon_days', sa.Integer(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('meeting',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('liaison', 'pre_meeting', 'annual_review', 'special', name='meetingkind', native_enum=False, length=30), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=False),
    sa.Column('venue', sa.String(length=300), nullable=False),
    sa.Column('status', sa.Enum('planned', 'agenda_issued', 'held', 'minutes_drafted', 'minutes_approved', name='meetingstatus', native_enum=False, length=30), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_starts_at'), ['starts_at'], unique=False)

    op.create_table('organisation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('sector', sa.Enum('council', 'health', 'police', 'fire', 'education', 'other_public', 'vcs', name='sector', native_enum=False, length=30), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name')
    )
    op.create_table('compact_partner',
    sa.Column('compact_id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['compact_id'], ['compact.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('compact_id', 'organisation_id')
    )
    op.create_table('compact_status_change',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('compact_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('just_starting', 'in_draft', 'agreed', 'signed', 'implemented', 'in_difficulty', 'under_review', 'stalled', 'agreed_not_signed', 'dormant', 'replaced', 'wound_up', name='compactstatus', native_enum=False, length=30), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['compact_id'], ['compact.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('compact_status_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_compact_status_change_compact_id'), ['compact_id'], unique=False)

    op.create_table('organisation_tag',
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('tag', sa.Enum('small', 'bme', 'rural', 'volunteer_only', 'unfunded', name='orgtag', native_enum=False, length=30), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('organisation_id', 'tag')
    )
    op.create_table('person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('role', sa.String(length=300), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=True),
    sa.Column('department', sa.String(length=300), nullable=False),
    sa.Column('email', sa.String(length=300), nullable=False),
    sa.Column('phone', sa.String(length=100), nullable=False),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('is_champion', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('seat',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('sector', sa.Enum('council', 'health', 'police', 'fire', 'education', 'other_public', 'vcs', name='sector', native_enum=False, length=30), nullable=False),
    sa.Column('fill', sa.Enum('elected', 'selected', 'reserved', 'nominated', name='seatfill', native_enum=False, length=30), nullable=False),
    sa.Column('reserved_for', sa.String(length=300), nullable=False),
    sa.Column('nominating_org_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['nominating_org_id'], ['organisation.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('agenda_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('standing', sa.Enum('welcome', 'declarations', 'last_minutes', 'matters_arising', 'officer_feedback', 'action_plan', 'aob', 'next_meeting', name='standingitem', native_enum=False, length=30), nullable=True),
    sa.Column('presenter_id', sa.Integer(), nullable=True),
    sa.Column('presenter', sa.String(length=300), nullable=False),
    sa.Column('minutes_allowed', sa.Integer(), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('minutes', sa.Text(), nullable=False),
    sa.Column('decisions', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['presenter_id'], ['person.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agenda_item_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('attendance',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('present', 'apologies', 'absent', 'substitute', name='attendance', native_enum=False, length=30), nullable=False),
    sa.Column('substitute_for_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], ),
    sa.ForeignKeyConstraint(['substitute_for_id'], ['person.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('meeting_id', 'person_id')
    )
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendance_person_id'), ['person_id'], unique=False)

    op.create_table('seat_term',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('seat_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('start_on', sa.Date(), nullable=False),
    sa.Column('end_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], ),
    sa.ForeignKeyConstraint(['seat_id'], ['seat.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('seat_term', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_seat_term_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_seat_term_seat_id'), ['seat_id'], unique=False)

    op.create_table('feedback',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('issue', sa.String(length=300), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=True),
    sa.Column('item_id', sa.Integer(), nullable=True),
    sa.Column('officer_id', sa.Integer(), nullable=False),
    sa.Column('department', sa.String(length=300), nullable=False),
    sa.Column('ask', sa.Enum('written_reply', 'attend_next_meeting', name='feedbackask', native_enum=False, length=30), nullable=False),
    sa.Column('raised_on', sa.Date(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('by_next_meeting', sa.Boolean(), nullable=False),
    sa.Column('answered_on', sa.Date(), nullable=True),
    sa.Column('answered_how', sa.Enum('in_writing', 'at_meeting', 'other', name='answerhow', native_enum=False, length=30), nullable=True),
    sa.Column('answer_summary', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['agenda_item.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['officer_id'], ['person.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('feedback', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_feedback_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_feedback_officer_id'), ['officer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_feedback_raised_on'), ['raised_on'], unique=False)

    op.create_table('target',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('measure', sa.Text(), nullable=False),
    sa.Column('code_id', sa.Integer(), nullable=True),
    sa.Column('partner_id', sa.Integer(), nullable=True),
    sa.Column('lead_id', sa.Integer(), nullable=True),
    sa.Column('start_on', sa.Date(), nullable=True),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('meeting_id', sa.Integer(), nullable=True),
    sa.Column('item_id', sa.Integer(), nullable=True),
    sa.Column('completed_on', sa.Date(), nullable=True),
    sa.Column('dropped_on', sa.Date(), nullable=True),
    sa.Column('drop_reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['code_id'], ['code_of_practice.id'], ),
    sa.ForeignKeyConstraint(['item_id'], ['agenda_item.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['lead_id'], ['person.id'], ),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['partner_id'], ['organisation.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('target', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_target_code_id'), ['code_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_target_deadline'), ['deadline'], unique=False)
        batch_op.create_index(batch_op.f('ix_target_lead_id'), ['lead_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_target_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_target_partner_id'), ['partner_id'], unique=False)

    op.create_table('target_progress',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('target_id', sa.Integer(), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['target_id'], ['target.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('target_progress', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_target_progress_target_id'), ['target_id'], unique=False)

    codes = sa.table("code_of_practice", sa.column("name", sa.String), sa.column("national", sa.Boolean),
                     sa.column("position", sa.Integer))
    op.bulk_insert(codes, [{"name": name, "national": True, "position": i} for i, name in enumerate(NATIONAL_CODES)])
    if op.get_bind().dialect.name == "sqlite":  # the file's header; a server has none
        op.execute("PRAGMA user_version = 1")


def downgrade() -> None:
    raise NotImplementedError("CompactDesk never downgrades a store; restore a backup instead.")
