"""The tables of a store, as SQLAlchemy 2 typed models.

The schema itself is made by the Alembic revisions in migrations/versions; a
test checks that these models and the newest revision agree.
"""

import datetime as dt
from enum import StrEnum

from sqlalchemy import BigInteger, Enum, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from compactdesk.domain.enums import (
    AnswerHow,
    Attendance,
    CodeStatus,
    CommitmentKind,
    CompactStatus,
    FeedbackAsk,
    FundingChange,
    FundingOutcome,
    HealthArea,
    IndicatorGroup,
    LeadRole,
    Measure,
    MeetingKind,
    MeetingStatus,
    OrgTag,
    SeatFill,
    Sector,
    StandingItem,
)


def _enum(cls: type[StrEnum]) -> Enum:
    # Stored as the value text without a CHECK constraint, so a later version
    # can add a value without rebuilding the table; services validate.
    return Enum(cls, native_enum=False, create_constraint=False, length=30,
                values_callable=lambda members: [m.value for m in members])


# Amounts in pence, up to £1 billion (domain/money.py MOST_PENCE): beyond a 32-bit integer, so bigint on a server
# (revision 0009); a file's INTEGER is 64-bit already and stays as revision 0008 made it.
MONEY = BigInteger().with_variant(Integer, "sqlite")


class Base(DeclarativeBase):
    pass


class StoreIdentity(Base):
    """Which store this is: made once with the store, kept by every copy and backup of it, so a
    backup of another group's store is recognised before it replaces this one."""

    __tablename__ = "store_identity"
    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[str] = mapped_column(String(32))


class Compact(Base):
    __tablename__ = "compact"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    area: Mapped[str] = mapped_column(String(300), default="")
    group_label: Mapped[str] = mapped_column(String(100), default="liaison group")
    champion_label: Mapped[str] = mapped_column(String(100), default="champion")
    # The Welsh forms of the group's own words (revision 0007), for Welsh and bilingual papers; "" when none
    # is given, and the English is used.
    name_cy: Mapped[str] = mapped_column(String(300), default="")
    group_label_cy: Mapped[str] = mapped_column(String(100), default="")
    champion_label_cy: Mapped[str] = mapped_column(String(100), default="")
    consultation_weeks: Mapped[int] = mapped_column(default=12)
    consultation_feedback_weeks: Mapped[int] = mapped_column(default=12)
    funding_notice_months: Mapped[int] = mapped_column(default=3)
    feedback_days: Mapped[int] = mapped_column(default=28)
    feedback_by_next_meeting: Mapped[bool] = mapped_column(default=False)
    due_soon_days: Mapped[int] = mapped_column(default=30)
    notes: Mapped[str] = mapped_column(Text, default="")
    status_history: Mapped[list["CompactStatusChange"]] = relationship(
        back_populates="compact", cascade="all, delete-orphan",
        order_by="(CompactStatusChange.on, CompactStatusChange.id)")
    partners: Mapped[list["Organisation"]] = relationship(secondary="compact_partner", order_by="Organisation.name")


class CompactStatusChange(Base):
    __tablename__ = "compact_status_change"
    id: Mapped[int] = mapped_column(primary_key=True)
    compact_id: Mapped[int] = mapped_column(ForeignKey("compact.id", ondelete="CASCADE"), index=True)
    status: Mapped[CompactStatus] = mapped_column(_enum(CompactStatus))
    on: Mapped[dt.date]
    note: Mapped[str] = mapped_column(Text, default="")
    compact: Mapped[Compact] = relationship(back_populates="status_history")


class CompactPartner(Base):
    __tablename__ = "compact_partner"
    compact_id: Mapped[int] = mapped_column(ForeignKey("compact.id", ondelete="CASCADE"), primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True)


class Organisation(Base):
    __tablename__ = "organisation"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    sector: Mapped[Sector] = mapped_column(_enum(Sector))
    notes: Mapped[str] = mapped_column(Text, default="")
    tag_rows: Mapped[list["OrganisationTag"]] = relationship(cascade="all, delete-orphan")

    @property
    def tags(self) -> set[OrgTag]:
        return {row.tag for row in self.tag_rows}


class OrganisationTag(Base):
    __tablename__ = "organisation_tag"
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True)
    tag: Mapped[OrgTag] = mapped_column(_enum(OrgTag), primary_key=True)


class Person(Base):
    __tablename__ = "person"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), index=True)
    role: Mapped[str] = mapped_column(String(300), default="")
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"), index=True)
    department: Mapped[str] = mapped_column(String(300), default="")
    email: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    is_champion: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    organisation: Mapped[Organisation | None] = relationship()


class Seat(Base):
    __tablename__ = "seat"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    title_cy: Mapped[str] = mapped_column(String(300), default="")  # its Welsh title (revision 0007)
    sector: Mapped[Sector] = mapped_column(_enum(Sector))
    fill: Mapped[SeatFill] = mapped_column(_enum(SeatFill))
    reserved_for: Mapped[str] = mapped_column(String(300), default="")
    nominating_org_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))
    position: Mapped[int] = mapped_column(default=0)
    notes: Mapped[str] = mapped_column(Text, default="")
    # Revision 0008: what the seat covers (social services, lifelong learning…), and, while it is empty,
    # since when and why (awaiting nomination after an election…); None/"" when not said.
    brief: Mapped[str] = mapped_column(Text, default="")
    vacancy_on: Mapped[dt.date | None]
    vacancy_reason: Mapped[str] = mapped_column(String(300), default="")
    nominating_org: Mapped[Organisation | None] = relationship()
    terms: Mapped[list["SeatTerm"]] = relationship(
        back_populates="seat", cascade="all, delete-orphan", order_by="(SeatTerm.start_on, SeatTerm.id)")


class SeatTerm(Base):
    __tablename__ = "seat_term"
    id: Mapped[int] = mapped_column(primary_key=True)
    seat_id: Mapped[int] = mapped_column(ForeignKey("seat.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    start_on: Mapped[dt.date]
    end_on: Mapped[dt.date | None]
    seat: Mapped[Seat] = relationship(back_populates="terms")
    person: Mapped[Person] = relationship()


class Meeting(Base):
    __tablename__ = "meeting"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[MeetingKind] = mapped_column(_enum(MeetingKind))
    starts_at: Mapped[dt.datetime] = mapped_column(index=True)
    venue: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[MeetingStatus] = mapped_column(_enum(MeetingStatus), default=MeetingStatus.PLANNED)
    apologies_to: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    items: Mapped[list["AgendaItem"]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="AgendaItem.position")
    attendance: Mapped[list["AttendanceRecord"]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan")


class AgendaItem(Base):
    __tablename__ = "agenda_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    title: Mapped[str] = mapped_column(String(300))
    title_cy: Mapped[str] = mapped_column(String(300), default="")  # its Welsh title (revision 0007)
    standing: Mapped[StandingItem | None] = mapped_column(_enum(StandingItem))
    presenter_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    presenter: Mapped[str] = mapped_column(String(300), default="")
    minutes_allowed: Mapped[int | None]
    description: Mapped[str] = mapped_column(Text, default="")
    minutes: Mapped[str] = mapped_column(Text, default="")
    decisions: Mapped[str] = mapped_column(Text, default="")
    meeting: Mapped[Meeting] = relationship(back_populates="items")
    presenter_person: Mapped[Person | None] = relationship()
    papers: Mapped[list["AgendaPaper"]] = relationship(
        back_populates="item", cascade="all, delete-orphan", order_by="AgendaPaper.id")


class AgendaPaper(Base):
    __tablename__ = "agenda_paper"
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True)
    filename: Mapped[str] = mapped_column(String(300))
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    size: Mapped[int] = mapped_column(default=0)
    added_on: Mapped[dt.date]
    # SHA-256 of content, in hex: a byte of a paper gone bad is found by the check, which SQLite
    # itself cannot see (it keeps no checksums). Papers are most of a store's bytes.
    digest: Mapped[str] = mapped_column(String(64), default="")
    item: Mapped[AgendaItem] = relationship(back_populates="papers")


class AttendanceRecord(Base):
    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("meeting_id", "person_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    status: Mapped[Attendance] = mapped_column(_enum(Attendance))
    substitute_for_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    meeting: Mapped[Meeting] = relationship(back_populates="attendance")
    person: Mapped[Person] = relationship(foreign_keys=[person_id])
    substitute_for: Mapped[Person | None] = relationship(foreign_keys=[substitute_for_id])


class CodeOfPractice(Base):
    __tablename__ = "code_of_practice"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    national: Mapped[bool] = mapped_column(default=False)
    position: Mapped[int] = mapped_column(default=0)
    status: Mapped[CodeStatus] = mapped_column(_enum(CodeStatus), default=CodeStatus.PROPOSED)
    adopted_on: Mapped[dt.date | None]
    review_months: Mapped[int | None] = mapped_column(default=24)
    notes: Mapped[str] = mapped_column(Text, default="")
    reviews: Mapped[list["CodeReview"]] = relationship(
        back_populates="code", cascade="all, delete-orphan", order_by="(CodeReview.on, CodeReview.id)")
    status_history: Mapped[list["CodeStatusChange"]] = relationship(
        back_populates="code", cascade="all, delete-orphan",
        order_by="(CodeStatusChange.on, CodeStatusChange.id)")


class CodeStatusChange(Base):
    """A dated step of a code's making (revision 0008): into draft, a questionnaire, adopted…, each with its note.
    The code's own `status` is its latest step's."""

    __tablename__ = "code_status_change"
    id: Mapped[int] = mapped_column(primary_key=True)
    code_id: Mapped[int] = mapped_column(ForeignKey("code_of_practice.id", ondelete="CASCADE"), index=True)
    status: Mapped[CodeStatus] = mapped_column(_enum(CodeStatus))
    on: Mapped[dt.date]
    note: Mapped[str] = mapped_column(Text, default="")
    code: Mapped[CodeOfPractice] = relationship(back_populates="status_history")


class CodeReview(Base):
    __tablename__ = "code_review"
    id: Mapped[int] = mapped_column(primary_key=True)
    code_id: Mapped[int] = mapped_column(ForeignKey("code_of_practice.id", ondelete="CASCADE"), index=True)
    on: Mapped[dt.date]
    note: Mapped[str] = mapped_column(Text, default="")
    code: Mapped[CodeOfPractice] = relationship(back_populates="reviews")


class Target(Base):
    __tablename__ = "target"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    measure: Mapped[str] = mapped_column(Text, default="")
    code_id: Mapped[int | None] = mapped_column(ForeignKey("code_of_practice.id"), index=True)
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"), index=True)
    lead_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), index=True)
    start_on: Mapped[dt.date | None]
    deadline: Mapped[dt.date | None] = mapped_column(index=True)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"), index=True)
    item_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_item.id", ondelete="SET NULL"))
    completed_on: Mapped[dt.date | None]
    dropped_on: Mapped[dt.date | None]
    drop_reason: Mapped[str] = mapped_column(Text, default="")
    code: Mapped[CodeOfPractice | None] = relationship()
    partner: Mapped[Organisation | None] = relationship()
    lead: Mapped[Person | None] = relationship()
    meeting: Mapped[Meeting | None] = relationship()
    progress: Mapped[list["TargetProgress"]] = relationship(
        back_populates="target", cascade="all, delete-orphan", order_by="(TargetProgress.on, TargetProgress.id)")


class TargetProgress(Base):
    __tablename__ = "target_progress"
    id: Mapped[int] = mapped_column(primary_key=True)
    target_id: Mapped[int] = mapped_column(ForeignKey("target.id", ondelete="CASCADE"), index=True)
    on: Mapped[dt.date]
    note: Mapped[str] = mapped_column(Text)
    target: Mapped[Target] = relationship(back_populates="progress")


class Feedback(Base):
    __tablename__ = "feedback"
    id: Mapped[int] = mapped_column(primary_key=True)
    issue: Mapped[str] = mapped_column(String(300))
    detail: Mapped[str] = mapped_column(Text, default="")
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"), index=True)
    item_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_item.id", ondelete="SET NULL"))
    officer_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    # Indexed (revision 0005): the page's department filter lists the departments in use.
    department: Mapped[str] = mapped_column(String(300), default="", index=True)
    ask: Mapped[FeedbackAsk] = mapped_column(_enum(FeedbackAsk))
    raised_on: Mapped[dt.date] = mapped_column(index=True)
    due_on: Mapped[dt.date | None]
    by_next_meeting: Mapped[bool] = mapped_column(default=False)
    # Indexed (revision 0005): every state filter and the overdue count start from it.
    answered_on: Mapped[dt.date | None] = mapped_column(index=True)
    answered_how: Mapped[AnswerHow | None] = mapped_column(_enum(AnswerHow))
    answer_summary: Mapped[str] = mapped_column(Text, default="")
    officer: Mapped[Person] = relationship()
    meeting: Mapped[Meeting | None] = relationship()


class Consultation(Base):
    """A consultation by a public body, checked against the compact's length and feedback standards."""

    __tablename__ = "consultation"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    body_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    opens_on: Mapped[dt.date]
    closes_on: Mapped[dt.date] = mapped_column(index=True)
    short_reason: Mapped[str] = mapped_column(Text, default="")
    feedback_on: Mapped[dt.date | None]
    responses: Mapped[int | None]
    notes: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[Organisation] = relationship()


class FundingNotice(Base):
    """Notice that a public body will reduce or end an organisation's funding."""

    __tablename__ = "funding_notice"
    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    given_on: Mapped[dt.date] = mapped_column(index=True)
    effective_on: Mapped[dt.date]
    change: Mapped[FundingChange] = mapped_column(_enum(FundingChange))
    notes: Mapped[str] = mapped_column(Text, default="")
    # Revision 0008: how much (in pence, or a whole percentage of the funding), and what came of it.
    amount_pence: Mapped[int | None] = mapped_column(MONEY)
    percent: Mapped[int | None]
    outcome: Mapped[FundingOutcome | None] = mapped_column(_enum(FundingOutcome))
    outcome_on: Mapped[dt.date | None]
    outcome_note: Mapped[str] = mapped_column(Text, default="")
    organisation: Mapped[Organisation] = relationship(foreign_keys=[organisation_id])
    body: Mapped[Organisation] = relationship(foreign_keys=[body_id])


class DisputeStage(Base):
    """A step of the compact's own disputes route; `optional` steps (call-in, arbitration) are off the usual path."""

    __tablename__ = "dispute_stage"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    position: Mapped[int] = mapped_column(default=0)
    optional: Mapped[bool] = mapped_column(default=False)
    is_outcome: Mapped[bool] = mapped_column(default=False)


class Dispute(Base):
    """A dispute or breach; either sector can be the one said to have broken the compact."""

    __tablename__ = "dispute"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    raised_by_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    against_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    raised_on: Mapped[dt.date] = mapped_column(index=True)
    summary: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(Text, default="")
    resolved_on: Mapped[dt.date | None]
    raised_by: Mapped[Organisation] = relationship(foreign_keys=[raised_by_id])
    against: Mapped[Organisation] = relationship(foreign_keys=[against_id])
    steps: Mapped[list["DisputeStep"]] = relationship(
        back_populates="dispute", cascade="all, delete-orphan", order_by="(DisputeStep.on, DisputeStep.id)")


class DisputeStep(Base):
    __tablename__ = "dispute_step"
    id: Mapped[int] = mapped_column(primary_key=True)
    dispute_id: Mapped[int] = mapped_column(ForeignKey("dispute.id", ondelete="CASCADE"), index=True)
    stage_id: Mapped[int] = mapped_column(ForeignKey("dispute_stage.id"), index=True)
    on: Mapped[dt.date]
    note: Mapped[str] = mapped_column(Text, default="")
    dispute: Mapped[Dispute] = relationship(back_populates="steps")
    stage: Mapped[DisputeStage] = relationship()


class SignUp(Base):
    """An organisation's signature to the compact; it lapses when, say, a reorganisation means signing again."""

    __tablename__ = "sign_up"
    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="CASCADE"), index=True)
    signed_on: Mapped[dt.date]
    lapsed_on: Mapped[dt.date | None]
    note: Mapped[str] = mapped_column(Text, default="")
    organisation: Mapped[Organisation] = relationship()


class Department(Base):
    """A department of a public body, which should have a named compact champion."""

    __tablename__ = "department"
    __table_args__ = (UniqueConstraint("organisation_id", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    champion_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    organisation: Mapped[Organisation] = relationship()
    champion: Mapped[Person | None] = relationship()
    champion_history: Mapped[list["ChampionChange"]] = relationship(
        back_populates="department", cascade="all, delete-orphan",
        order_by="(ChampionChange.on, ChampionChange.id)")  # SQLite puts a None day first


class ChampionChange(Base):
    """Who became a department's champion, and when (revision 0008); no person: the post fell empty.
    `on` is None only for a champion already named when the history began. The department's own
    `champion_id` is its latest change's."""

    __tablename__ = "champion_change"
    id: Mapped[int] = mapped_column(primary_key=True)
    department_id: Mapped[int] = mapped_column(ForeignKey("department.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"), index=True)
    on: Mapped[dt.date | None]
    note: Mapped[str] = mapped_column(Text, default="")
    department: Mapped[Department] = relationship(back_populates="champion_history")
    person: Mapped[Person | None] = relationship()


class CompactLead(Base):
    """Who became the compact's lead councillor or lead officer, and when (revision 0008); no person: the
    role fell empty. The latest of each role's is the lead now."""

    __tablename__ = "compact_lead"
    id: Mapped[int] = mapped_column(primary_key=True)
    role: Mapped[LeadRole] = mapped_column(_enum(LeadRole))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"), index=True)
    on: Mapped[dt.date]
    note: Mapped[str] = mapped_column(Text, default="")
    person: Mapped[Person | None] = relationship()


class Commitment(Base):
    """A resource behind the compact (revision 0008): a post, a budget or a funding agreement, who funds it,
    how much, for when, and what share of a post's time is the compact's. The group is reminded
    `remind_months` before it ends."""

    __tablename__ = "commitment"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[CommitmentKind] = mapped_column(_enum(CommitmentKind))
    title: Mapped[str] = mapped_column(String(300))
    funder_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"), index=True)
    holder_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"), index=True)
    amount_pence: Mapped[int | None] = mapped_column(MONEY)
    per_year: Mapped[bool] = mapped_column(default=True)  # the amount is a year's; otherwise the whole
    share_percent: Mapped[int | None]  # of a post's time spent on the compact
    starts_on: Mapped[dt.date | None]
    ends_on: Mapped[dt.date | None] = mapped_column(index=True)
    remind_months: Mapped[int] = mapped_column(default=3)
    notes: Mapped[str] = mapped_column(Text, default="")
    funder: Mapped[Organisation | None] = relationship()
    holder: Mapped[Person | None] = relationship()


class IntendedSeats(Base):
    """The group's intended make-up, as it agreed it (revision 0008): how many seats each sector should have.
    No rows: equal seats for the two sides, the compact's usual parity."""

    __tablename__ = "intended_seats"
    sector: Mapped[Sector] = mapped_column(_enum(Sector), primary_key=True)
    seats: Mapped[int]


class Indicator(Base):
    """A question of the monitoring framework; `measure` names the figure the store can work out for it."""

    __tablename__ = "indicator"
    id: Mapped[int] = mapped_column(primary_key=True)
    group: Mapped[IndicatorGroup] = mapped_column(_enum(IndicatorGroup))
    question: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(default=0)
    measure: Mapped[Measure | None] = mapped_column(_enum(Measure))
    ratings: Mapped[list["IndicatorRating"]] = relationship(back_populates="indicator", cascade="all, delete-orphan")


class IndicatorRating(Base):
    __tablename__ = "indicator_rating"
    __table_args__ = (UniqueConstraint("indicator_id", "year"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicator.id", ondelete="CASCADE"), index=True)
    year: Mapped[int]
    rating: Mapped[int | None]
    evidence: Mapped[str] = mapped_column(Text, default="")
    indicator: Mapped[Indicator] = relationship(back_populates="ratings")


class HealthCheck(Base):
    __tablename__ = "health_check"
    __table_args__ = (UniqueConstraint("year", "area"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int]
    area: Mapped[HealthArea] = mapped_column(_enum(HealthArea))
    rating: Mapped[int | None]
    evidence: Mapped[str] = mapped_column(Text, default="")


class RelationshipRating(Base):
    """How the two sectors rate their relationship (1 poor to 5 strong), recorded over time."""

    __tablename__ = "relationship_rating"
    id: Mapped[int] = mapped_column(primary_key=True)
    on: Mapped[dt.date] = mapped_column(index=True)
    rating: Mapped[int]
    note: Mapped[str] = mapped_column(Text, default="")


class ReviewYear(Base):
    """The secretary's own words for a year's annual review."""

    __tablename__ = "review_year"
    year: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    summary: Mapped[str] = mapped_column(Text, default="")
    priorities: Mapped[str] = mapped_column(Text, default="")


def key_column(table: str) -> str:
    """The column that numbers a table's rows, for a table of free text: its one whole-number primary key (`id`,
    or a review's `year`), which is SQLite's rowid itself; a server's tables have no rowid."""
    (column,) = Base.metadata.tables[table].primary_key.columns
    return column.name
