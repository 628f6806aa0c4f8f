"""What several papers share: the head of a meeting's papers and paper references."""

import datetime as dt

from compactdesk.documents.model import Fields
from compactdesk.domain.dates import locale_name, uk_date, uk_long_date
from compactdesk.domain.scope import Scope
from compactdesk.i18n import translate
from compactdesk.services.meetings import AgendaRow, MeetingRow, PaperRow


def clock(at: dt.datetime) -> str:
    """A meeting's time as CLDR writes it in the language spoken: '10:00 am', '2:30 pm'; in Welsh '10:00', '14:30'."""
    from babel.dates import format_time

    pattern = "h:mm a" if locale_name() == "en_GB" else "short"  # members write "10:00 am", as CLDR's en_GB has it
    return format_time(at.time(), pattern, locale=locale_name())


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
