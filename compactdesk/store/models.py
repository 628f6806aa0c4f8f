"""The tables of a store, as SQLAlchemy 2 typed models.

The schema itself is made by the Alembic revisions in migrations/versions; a
test checks that these models and the newest revision agree.
"""

import datetime as dt
from enum import StrEnum

from sqlalchemy import Enum, ForeignKey, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from compactdesk.domain.enums import (
    AnswerHow,
    Attendance,
    CompactStatus,
    FeedbackAsk,
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


class Base(DeclarativeBase):
    pass


class Compact(Base):
    __tablename__ = "compact"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    area: Mapped[str] = mapped_column(String(300), default="")
    group_label: Mapped[str] = mapped_column(String(100), default="liaison group")
    champion_label: Mapped[str] = mapped_column(String(100), default="champion")
    consultation_weeks: Mapped[int] = mapped_column(default=12)
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
    sector: Mapped[Sector] = mapped_column(_enum(Sector))
    fill: Mapped[SeatFill] = mapped_column(_enum(SeatFill))
    reserved_for: Mapped[str] = mapped_column(String(300), default="")
    nominating_org_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))
    position: Mapped[int] = mapped_column(default=0)
    notes: Mapped[str] = mapped_column(Text, default="")
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
    department: Mapped[str] = mapped_column(String(300), default="")
    ask: Mapped[FeedbackAsk] = mapped_column(_enum(FeedbackAsk))
    raised_on: Mapped[dt.date] = mapped_column(index=True)
    due_on: Mapped[dt.date | None]
    by_next_meeting: Mapped[bool] = mapped_column(default=False)
    answered_on: Mapped[dt.date | None]
    answered_how: Mapped[AnswerHow | None] = mapped_column(_enum(AnswerHow))
    answer_summary: Mapped[str] = mapped_column(Text, default="")
    officer: Mapped[Person] = relationship()
    meeting: Mapped[Meeting | None] = relationship()
