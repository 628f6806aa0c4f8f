"""The compact itself: its name, area, partners, standards, labels and status."""

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from compactdesk.domain import text
from compactdesk.domain.enums import CompactStatus, Sector
from compactdesk.domain.errors import ValidationError
from compactdesk.domain.offered_words import CHAMPION_WORDS, GROUP_WORDS, OFFERED, offered_english
from compactdesk.domain.own_words import in_language
from compactdesk.domain.rules import Standards
from compactdesk.i18n import ENGLISH, language, translate
from compactdesk.services.common import as_date, choice, fetch, whole_number
from compactdesk.store.models import Compact, CompactStatusChange, Organisation


def get_compact(session: Session) -> Compact | None:
    return session.scalars(select(Compact).order_by(Compact.id).limit(1)).first()


def _require(session: Session) -> Compact:
    compact = get_compact(session)
    if compact is None:
        raise ValidationError(translate("Compact", "Set up the compact first: give it a name and an area."))
    return compact


def set_up_compact(session: Session, name: str, area: str = "", *, status: CompactStatus | str = CompactStatus.JUST_STARTING,
                   status_on: dt.date | str | None = None, today: dt.date | None = None, name_cy: str = "") -> Compact:
    if get_compact(session) is not None:
        raise ValidationError(translate("Compact", "This group's records already hold a compact. Each group's file "
                                                    "keeps one compact; start a new group for another."))
    compact = Compact(name=text.required(name, translate("Compact", "the compact's name"), "name"),
                      area=text.optional(area, translate("Compact", "the area"), "area"),
                      name_cy=_welsh_name(name_cy))
    session.add(compact)
    session.flush()
    record_status(session, status, status_on or today or dt.date.today())
    return compact


def _welsh_name(name_cy: str | None) -> str:
    return text.optional(name_cy, translate("Compact", "the compact's name in Welsh"), "name_cy")


def update_compact(session: Session, *, name: str, area: str = "", group_label: str = GROUP_WORDS[0],
                   champion_label: str = CHAMPION_WORDS[0], notes: str = "", name_cy: str | None = None,
                   group_label_cy: str | None = None, champion_label_cy: str | None = None) -> Compact:
    """The compact's own words; each `_cy` is its Welsh form ("" for none: the English is used), kept as
    held when not given (None)."""
    compact = _require(session)
    compact.name = text.required(name, translate("Compact", "the compact's name"), "name")
    compact.area = text.optional(area, translate("Compact", "the area"), "area")
    compact.group_label = text.required(group_label, translate("Compact", "a word for the group"), "group_label", limit=100)
    compact.champion_label = text.required(champion_label, translate("Compact", "a word for a champion"), "champion_label",
                                           limit=100)
    if name_cy is not None:
        compact.name_cy = _welsh_name(name_cy)
    if group_label_cy is not None:
        compact.group_label_cy = text.optional(group_label_cy, translate("Compact", "the word for the group in Welsh"),
                                               "group_label_cy", limit=100)
    if champion_label_cy is not None:
        compact.champion_label_cy = text.optional(
            champion_label_cy, translate("Compact", "the word for a champion in Welsh"), "champion_label_cy",
            limit=100)
    compact.notes = text.optional(notes, translate("Compact", "the notes"), "notes", multiline=True)
    return compact


# The words the program offers for the group and a champion (domain/offered_words.py: the set-up assistant's
# choices, the defaults). A group that kept one and gave no Welsh form of its own has the program's Welsh for
# it, as for any word of the program's; a word of the group's own is never translated.
OFFERED_LABELS = OFFERED


def label_in_language(english: str | None, welsh: str | None) -> str:
    """A label (the group's word for itself, or for a champion) in the language spoken now: in English as
    held, never re-cased; in Welsh, the group's Welsh, or the program's Welsh for an offered word however its
    letters were typed ("Liaison Group" → "grŵp cyswllt"), or else the English as held."""
    english = english or ""
    offered = offered_english(english, OFFERED_LABELS)
    if not (welsh or "").strip() and offered is not None and language() != ENGLISH:
        return translate("Compact", offered)
    return in_language(english, welsh)


def compact_name(session: Session) -> str:
    """The compact's name in the language spoken now ("" before it is set up): the window's title, the
    dashboard and the papers name the group by it."""
    compact = get_compact(session)
    return "" if compact is None else in_language(compact.name, compact.name_cy)


def group_label(session: Session) -> str:
    """The group's word for itself ("liaison group") in the language spoken now."""
    compact = get_compact(session)
    return label_in_language(compact.group_label, compact.group_label_cy) if compact is not None else ""


def champion_label(session: Session) -> str:
    """The compact's word for a champion in the language spoken now ("" before the compact is set up)."""
    compact = get_compact(session)
    return label_in_language(compact.champion_label, compact.champion_label_cy) if compact is not None else ""


def set_standards(session: Session, standards: Standards) -> Compact:
    compact = _require(session)
    compact.consultation_weeks = whole_number(
        standards.consultation_weeks, translate("Compact", "the consultation length in weeks"), "consultation_weeks",
        low=1, high=52)
    compact.consultation_feedback_weeks = whole_number(
        standards.consultation_feedback_weeks, translate("Compact", "the weeks allowed for feedback on a consultation"),
        "consultation_feedback_weeks", low=1, high=52)
    compact.funding_notice_months = whole_number(
        standards.funding_notice_months, translate("Compact", "the funding notice in months"), "funding_notice_months",
        low=1, high=24)
    compact.feedback_days = whole_number(
        standards.feedback_days, translate("Compact", "the days allowed for feedback"), "feedback_days", low=1, high=365)
    compact.due_soon_days = whole_number(
        standards.due_soon_days, translate("Compact", "the 'due soon' window in days"), "due_soon_days", low=0, high=365)
    compact.feedback_by_next_meeting = bool(standards.feedback_by_next_meeting)
    return compact


def standards(session: Session) -> Standards:
    compact = get_compact(session)
    if compact is None:
        return Standards()
    return Standards(consultation_weeks=compact.consultation_weeks,
                     consultation_feedback_weeks=compact.consultation_feedback_weeks,
                     funding_notice_months=compact.funding_notice_months,
                     feedback_days=compact.feedback_days, feedback_by_next_meeting=compact.feedback_by_next_meeting,
                     due_soon_days=compact.due_soon_days)


def _status_fields(status: CompactStatus | str, on: dt.date | str, note: str) -> dict:
    return {"status": choice(CompactStatus, status, translate("Compact", "compact status"), "status"),
            "on": as_date(on, translate("Compact", "the date of the change"), "on"),
            "note": text.optional(note, translate("Compact", "the note"), "note", multiline=True)}


def record_status(session: Session, status: CompactStatus | str, on: dt.date | str, note: str = "") -> CompactStatusChange:
    compact = _require(session)
    change = CompactStatusChange(compact=compact, **_status_fields(status, on, note))
    session.add(change)
    session.flush()
    return change


def update_status(session: Session, change_id: int, status: CompactStatus | str, on: dt.date | str,
                  note: str = "") -> CompactStatusChange:
    """Corrects a status change recorded with the wrong status, date or note."""
    change = fetch(session, CompactStatusChange, change_id, translate("Compact", "status change"))
    for name, value in _status_fields(status, on, note).items():
        setattr(change, name, value)
    session.flush()
    return change


def remove_status(session: Session, change_id: int) -> None:
    session.delete(fetch(session, CompactStatusChange, change_id, translate("Compact", "status change")))


@dataclass(frozen=True)
class StatusNow:
    status: CompactStatus
    since: dt.date


def current_status(session: Session, today: dt.date) -> StatusNow | None:
    change = session.scalars(
        select(CompactStatusChange).where(CompactStatusChange.on <= today)
        .order_by(CompactStatusChange.on.desc(), CompactStatusChange.id.desc()).limit(1)).first()
    return None if change is None else StatusNow(change.status, change.on)


def set_partners(session: Session, organisation_ids: list[int]) -> Compact:
    compact = _require(session)
    compact.partners = [fetch(session, Organisation, ident, translate("Compact", "partner body"), "partners")
                        for ident in dict.fromkeys(organisation_ids)]
    return compact


# -- what the Compact page and papers show: plain rows, never ORM objects ------


@dataclass(frozen=True)
class StatusRow:
    id: int
    status: CompactStatus
    on: dt.date
    note: str
    current: bool  # the change that stands today
    planned: bool  # dated after today, so not yet in force


def status_rows(session: Session, today: dt.date) -> list[StatusRow]:
    """The status history, newest first; two changes on one day: the later recorded first."""
    changes = session.execute(
        select(CompactStatusChange.id, CompactStatusChange.status, CompactStatusChange.on, CompactStatusChange.note)
        .order_by(CompactStatusChange.on.desc(), CompactStatusChange.id.desc())).all()
    standing = next((ident for ident, _, on, _ in changes if on <= today), None)
    return [StatusRow(ident, status, on, note or "", ident == standing, on > today)
            for ident, status, on, note in changes]


@dataclass(frozen=True)
class PartnerRow:
    id: int
    name: str
    sector: Sector


@dataclass(frozen=True)
class CompactWords:
    """The compact's own words as held, each in English and in Welsh ("" for none), for the form that edits them."""

    name: str = ""
    name_cy: str = ""
    group_label: str = ""
    group_label_cy: str = ""
    champion_label: str = ""
    champion_label_cy: str = ""


@dataclass(frozen=True)
class CompactSummary:
    name: str  # the name and labels in the language spoken now; `words` holds both as stored
    area: str
    group_label: str
    champion_label: str
    notes: str
    standards: Standards
    status: StatusNow | None
    partners: tuple[PartnerRow, ...]
    words: CompactWords = CompactWords()


def compact_summary(session: Session, today: dt.date) -> CompactSummary | None:
    """Everything the Compact page shows about the compact, or None before it is set up."""
    compact = get_compact(session)
    if compact is None:
        return None
    words = CompactWords(compact.name, compact.name_cy or "", compact.group_label, compact.group_label_cy or "",
                         compact.champion_label, compact.champion_label_cy or "")
    return CompactSummary(
        name=in_language(compact.name, compact.name_cy), area=compact.area or "",
        group_label=label_in_language(compact.group_label, compact.group_label_cy),
        champion_label=label_in_language(compact.champion_label, compact.champion_label_cy),
        notes=compact.notes or "", standards=standards(session), status=current_status(session, today),
        partners=tuple(PartnerRow(org.id, org.name, org.sector)
                       for org in sorted(compact.partners, key=lambda org: (org.name.casefold(), org.id))),
        words=words)


@dataclass(frozen=True)
class PartnerChoice:
    id: int
    name: str
    sector: Sector
    chosen: bool


def partner_choices(session: Session) -> list[PartnerChoice]:
    """Every organisation in the store, public bodies first, saying which signed the compact."""
    compact = get_compact(session)
    chosen = {org.id for org in compact.partners} if compact is not None else set()
    organisations = session.execute(select(Organisation.id, Organisation.name, Organisation.sector)).all()
    return sorted((PartnerChoice(ident, name, sector, ident in chosen) for ident, name, sector in organisations),
                  key=lambda row: (not row.sector.is_public, row.name.casefold(), row.id))


def describe_standards(rules: Standards) -> list[str]:
    """The standards in plain words, one sentence each, for the page and for papers."""
    count = rules.consultation_weeks
    weeks = translate("Compact", "Consultations run at least %n week(s).", None, count)
    count = rules.consultation_feedback_weeks
    told = translate("Compact", "Respondents hear what was done with their views within %n week(s) of closing.",
                     None, count)
    if rules.funding_notice_months == 1:
        funding = translate("Compact", "Funding changes: at least one calendar month's notice.")
    else:
        count = rules.funding_notice_months
        funding = translate("Compact", "Funding changes: at least %n calendar months' notice.", None,
                            count)
    if rules.feedback_by_next_meeting:
        count = rules.feedback_days
        feedback = translate("Compact", "Feedback owed by the next meeting, or within %n day(s) of being asked "
                                        "when no meeting is planned.", None, count)
    else:
        count = rules.feedback_days
        feedback = translate("Compact", "Feedback owed within %n day(s) of being asked.", None, count)
    if rules.due_soon_days == 0:
        soon = translate("Compact", "Deadlines show as ‘due soon’ only on the day itself.")
    else:
        count = rules.due_soon_days
        soon = translate("Compact", "Deadlines show as ‘due soon’ from %n day(s) before.", None, count)
    return [weeks, told, funding, feedback, soon]
