"""Where an action or a feedback item was raised, in words."""

import datetime as dt

from sqlalchemy.orm import Session

from compactdesk.domain.dates import uk_long_date
from compactdesk.domain.own_words import item_title
from compactdesk.i18n import translate
from compactdesk.services.common import item_and_meeting


def where_raised(session: Session, meeting_id: int | None, item_id: int | None) -> str:
    """E.g. "Liaison meeting, Tuesday 3 March 2026 — item 5: Highways"; "" when not at a meeting."""
    item, meeting = item_and_meeting(session, item_id, meeting_id)
    if meeting is None:
        return ""
    where = translate("Origin", "{kind}, {day}").format(kind=meeting.kind.label(),
                                                      day=uk_long_date(meeting.starts_at.date()))
    if item is not None:
        where += translate("Origin", " — item {number}: {title}").format(
            number=item.position + 1, title=item_title(item.title, item.title_cy, item.standing))
    return where


def origin_text(session: Session, meeting_id: int | None, item_id: int | None) -> str:
    """E.g. "Raised at: Liaison meeting, Tuesday 3 March 2026 — item 5: Highways"; "" when not at a meeting."""
    where = where_raised(session, meeting_id, item_id)
    return translate("Origin", "Raised at: {where}").format(where=where) if where else ""


def origin_day(session: Session, meeting_id: int | None, item_id: int | None) -> dt.date | None:
    """The day of the meeting a record was raised at: the natural "raised on" date."""
    _, meeting = item_and_meeting(session, item_id, meeting_id)
    return meeting.starts_at.date() if meeting else None
