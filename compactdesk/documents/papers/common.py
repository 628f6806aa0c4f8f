"""What several papers share: the head of a meeting's papers and paper references."""

import datetime as dt

from compactdesk.documents.model import Fields
from compactdesk.domain.dates import uk_date, uk_long_date
from compactdesk.domain.scope import Scope
from compactdesk.i18n import translate
from compactdesk.services.meetings import AgendaRow, MeetingRow, PaperRow


def clock(at: dt.datetime) -> str:
    """'10:00 am', '2:30 pm': how members write a meeting's time."""
    hour = at.hour % 12 or 12
    if at.hour < 12:
        return translate("Papers", "{hour}:{minute:02d} am").format(hour=hour, minute=at.minute)
    return translate("Papers", "{hour}:{minute:02d} pm").format(hour=hour, minute=at.minute)


def meeting_fields(meeting: MeetingRow, *, apologies: bool = True) -> Fields:
    pairs = [(translate("Papers", "Date"), uk_long_date(meeting.starts_at.date())),
             (translate("Papers", "Time"), clock(meeting.starts_at))]
    if meeting.venue:
        pairs.append((translate("Papers", "Venue"), meeting.venue))
    if apologies and meeting.apologies_to:
        pairs.append((translate("Papers", "Apologies to"), meeting.apologies_to))
    return Fields(tuple(pairs))


def paper_refs(items: list[AgendaRow], papers: list[PaperRow]) -> dict[int, str]:
    """Each paper's reference: "4" when item 4 has one paper, "4a", "4b"… when it has several."""
    numbers = {item.item_id: item.number for item in items}
    per_item: dict[int, list[PaperRow]] = {}
    for paper in papers:
        per_item.setdefault(paper.item_id, []).append(paper)
    refs = {}
    for item_id, group in per_item.items():
        for index, paper in enumerate(group):
            suffix = "" if len(group) == 1 else _letters(index)
            refs[paper.paper_id] = f"{numbers[item_id]}{suffix}"
    return refs


def _letters(index: int) -> str:
    # a … z, then aa, ab …: an item with 27 papers is unlikely, but must not crash.
    text = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        text = chr(ord("a") + rest) + text
    return text


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return translate("Papers", "{size:.1f} MB").format(size=size / (1024 * 1024))
    return translate("Papers", "{size} KB").format(size=max(1, round(size / 1024)))


def day_or_blank(day: dt.date | None) -> str:
    return uk_date(day) if day else translate("Papers", "no date set")


def feedback_scope_sentence(scope: Scope) -> str:
    """What a feedback log takes in, said at its head, e.g. "Answered since …, and everything still outstanding"."""
    if scope.everything:
        return translate("Papers", "Everything: every item asked of officers, answered or not.")
    if scope.last_meeting:
        return translate("Papers", "Answered since {day}, the day of the last meeting, and everything still "
                                   "outstanding.").format(day=uk_long_date(scope.since))
    return translate("Papers", "Answered since {day}, and everything still outstanding.").format(
        day=uk_long_date(scope.since))


def targets_scope_sentence(scope: Scope) -> str:
    """What an action plan takes in, said at its head."""
    if scope.everything:
        return translate("Papers", "Everything: every target, open, done or dropped.")
    if scope.last_meeting:
        return translate("Papers", "Done or dropped since {day}, the day of the last meeting, and every target "
                                   "still open.").format(day=uk_long_date(scope.since))
    return translate("Papers", "Done or dropped since {day}, and every target still open.").format(
        day=uk_long_date(scope.since))
