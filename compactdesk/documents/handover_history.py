"""The handover's "who and since when" (issue 21): what a new secretary asks first, in plain text. The
compact's lead councillor and lead officer, each department's champions, each code's steps, the resources
behind the compact with their reminder days, the group's intended make-up and the seats standing empty,
each history oldest first, with its days and notes. The data/ CSV files hold the same records by id."""

import datetime as dt

from sqlalchemy.orm import Session

from compactdesk import i18n
from compactdesk.domain.dates import uk_date
from compactdesk.domain.enums import LeadRole
from compactdesk.domain.text import one_line
from compactdesk.i18n import translate
from compactdesk.services import champions, codes, leads, make_up, resources, seats
from compactdesk.services.champion_history import champion_history
from compactdesk.services.code_steps import code_history
from compactdesk.services.review import champion_word

FILE_NAME = "histories.txt"


def _note(note: str) -> str:
    return f" — {one_line(note)}" if note.strip() else ""


def _who(name: str) -> str:
    return name or translate("Handover", "nobody")


def _leads(session: Session, today: dt.date) -> list[str]:
    lines = [translate("Handover", "The compact's leads"), ""]
    for role in LeadRole:
        history = list(reversed(leads.lead_history(session, role, today)))
        if not history:
            lines.append(translate("Handover", "{role}: none recorded").format(role=role.label()))
            continue
        lines.append(f"{role.label()}:")
        lines += [(translate("Handover", "  from {day}, planned: {who}{note}") if change.planned else
                   translate("Handover", "  from {day}: {who}{note}")).format(
            day=uk_date(change.on), who=_who(change.person), note=_note(change.note)) for change in history]
    return lines


def _champions(session: Session) -> list[str]:
    word = champion_word(session)
    lines = [translate("Handover", "Each department's {champion}").format(champion=word), ""]
    rows = champions.department_rows(session)
    if not rows:
        return lines + [translate("Handover", "No departments recorded.")]
    for row in rows:
        lines.append(translate("Handover", "{department}, {body}:").format(department=row.name, body=row.body))
        history = list(reversed(champion_history(session, row.department_id)))
        for change in history:
            day = uk_date(change.on) if change.on else translate("Handover", "before the history began")
            lines.append(translate("Handover", "  from {day}: {who}{note}").format(
                day=day, who=_who(change.person), note=_note(change.note)))
        if not history:
            lines.append(translate("Handover", "  none recorded"))
    return lines


def _codes(session: Session, today: dt.date) -> list[str]:
    lines = [translate("Handover", "Codes of practice, step by step"), ""]
    for row in codes.code_rows(session, today):
        lines.append(translate("Handover", "{code}: {status} now").format(code=row.name, status=row.status.label()))
        lines += [translate("Handover", "  {day}: {status}{note}").format(
            day=uk_date(step.on), status=step.status.label(), note=_note(step.note))
            for step in reversed(code_history(session, row.code_id))]
    return lines


def _resources(session: Session, today: dt.date) -> list[str]:
    lines = [translate("Handover", "Resources behind the compact"), ""]
    rows = resources.commitment_rows(session, today)
    if not rows:
        return lines + [translate("Handover", "None recorded.")]
    for row in rows:
        facts = [part for part in (row.kind.label(), row.funder, row.holder, row.amount, row.share, row.dates) if part]
        lines.append(f"{row.title}: {'; '.join(facts)}")
        if row.remind_on is not None:
            lines.append(translate("Handover", "  reminder on {day}: {state}").format(
                day=uk_date(row.remind_on), state=row.state.label()))
    return lines


def _seats(session: Session, today: dt.date) -> list[str]:
    lines = [translate("Handover", "The group's make-up and its empty seats"), "",
             translate("Handover", "Agreed make-up: {make_up}").format(
                 make_up=make_up.describe_make_up(make_up.make_up(session)))]
    for seat in seats.seat_overview(session, today):
        if seat.holder is not None:
            continue
        since = translate("Handover", " since {day}").format(day=uk_date(seat.vacant_since)) \
            if seat.vacant_since else ""
        lines.append(translate("Handover", "Vacant{since}: {seat}{note}").format(
            since=since, seat=seat.title, note=_note(seat.vacancy_reason)))
    return lines


def histories_text(session: Session, today: dt.date, language: str) -> bytes:
    """The file, in `language` ("en", "cy", or both: Welsh, then English), with Windows line ends."""
    def build() -> list[str]:
        return histories_lines(session, today)

    lines = i18n.in_languages(language, build, lambda welsh, english: welsh + ["", ""] + english)
    return ("\r\n".join(lines) + "\r\n").encode("utf-8-sig")


def histories_lines(session: Session, today: dt.date) -> list[str]:
    """Every history, oldest first, in the language spoken; a blank line between the parts."""
    lines = [translate("Handover", "Who and since when, as on {day}").format(day=uk_date(today)), ""]
    for part in (_leads(session, today), _champions(session), _codes(session, today), _resources(session, today),
                 _seats(session, today)):
        lines += part + ["", ""]
    return lines[:-1]
