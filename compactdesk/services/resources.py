"""The resources behind the compact: posts, budgets and funding agreements, who funds them, how much, for when,
and the share of a post's time that is the compact's. Each is remembered ahead of its end (three calendar
months by default), so the group can seek the money again before it stops; the annual review counts them as
the framework's inputs.

A commitment's state on a day: ended after its last day; ending soon from its reminder day (its end less
`remind_months` calendar months) to its last day; not yet started before its first; otherwise running, or
open-ended when no end is recorded.
"""

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from compactdesk.domain import text
from compactdesk.domain.dates import add_months, days_text, locale_name, uk_date
from compactdesk.domain.enums import CommitmentKind
from compactdesk.domain.errors import ValidationError
from compactdesk.domain.money import money_text, pence_from
from compactdesk.i18n import name_order, translate
from compactdesk.services.common import as_date, choice, fetch, fetch_optional, not_before, whole_number, year_kept
from compactdesk.store.models import Commitment, Organisation, Person

DEFAULT_REMIND_MONTHS = 3
MOST_REMIND_MONTHS = 24


class CommitmentState(StrEnum):
    NOT_STARTED = "not_started"
    RUNNING = "running"
    OPEN_ENDED = "open_ended"
    ENDING_SOON = "ending_soon"
    ENDED = "ended"

    def label(self) -> str:
        return {
            CommitmentState.NOT_STARTED: translate("Resources", "Not yet started"),
            CommitmentState.RUNNING: translate("Resources", "Running"),
            CommitmentState.OPEN_ENDED: translate("Resources", "Open-ended"),
            CommitmentState.ENDING_SOON: translate("Resources", "Ending soon"),
            CommitmentState.ENDED: translate("Resources", "Ended"),
        }[self]


def reminder_day(ends_on: dt.date | None, remind_months: int) -> dt.date | None:
    """The day the group is reminded: `remind_months` calendar months before the last day (31 May less three
    months is 28 February, or the 29th in a leap year); None when no end is recorded."""
    return None if ends_on is None else add_months(ends_on, -remind_months)


def commitment_state(today: dt.date, *, starts_on: dt.date | None, ends_on: dt.date | None,
                     remind_months: int) -> CommitmentState:
    if ends_on is not None and today > ends_on:
        return CommitmentState.ENDED
    if ends_on is not None and today >= reminder_day(ends_on, remind_months):
        # Before its start too: a short agreement's renewal is to be sought from the reminder day all the same.
        return CommitmentState.ENDING_SOON
    if starts_on is not None and today < starts_on:
        return CommitmentState.NOT_STARTED
    return CommitmentState.RUNNING if ends_on is not None else CommitmentState.OPEN_ENDED


# -- writing -------------------------------------------------------------------------------------------------

def _what() -> str:
    return translate("Resources", "resource")


def _share(value, kind: CommitmentKind) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip().rstrip("%").strip()):
        return None
    if kind is not CommitmentKind.POST:
        raise ValidationError(translate(
            "Resources", "A share of time is for a post. Leave the share empty for a budget or a funding agreement."),
            "share_percent")
    if isinstance(value, str):
        value = value.strip().removesuffix("%").strip()
    return whole_number(value, translate("Resources", "the share of the post's time"), "share_percent",
                        low=0, high=100)


def _fields(session: Session, *, kind, title, funder_id, holder_id, amount, per_year, share_percent, starts_on,
            ends_on, remind_months, notes) -> dict:
    kind = choice(CommitmentKind, kind, translate("Resources", "kind of resource"), "kind")
    starts = as_date(starts_on, translate("Resources", "the first day"), "starts_on", required=False)
    ends = as_date(ends_on, translate("Resources", "the last day"), "ends_on", required=False)
    not_before(ends, starts, translate("Resources", "the last day"), translate("Resources", "the first day"),
               "ends_on")
    return {
        "kind": kind,
        "title": text.required(title, translate("Resources", "what the resource is"), "title"),
        "funder": fetch_optional(session, Organisation, funder_id, translate("Resources", "funder"), "funder"),
        "holder": fetch_optional(session, Person, holder_id, translate("Resources", "post holder"), "holder"),
        "amount_pence": pence_from(amount, translate("Resources", "the amount"), "amount"),
        "per_year": bool(per_year),
        "share_percent": _share(share_percent, kind),
        "starts_on": starts,
        "ends_on": ends,
        "remind_months": whole_number(remind_months, translate("Resources", "the months of warning before it ends"),
                                      "remind_months", low=0, high=MOST_REMIND_MONTHS),
        "notes": text.optional(notes, translate("Resources", "the notes"), "notes", multiline=True),
    }


def add_commitment(session: Session, kind: CommitmentKind | str, title: str, *, funder_id: int | None = None,
                   holder_id: int | None = None, amount=None, per_year: bool = True, share_percent=None,
                   starts_on: dt.date | str | None = None, ends_on: dt.date | str | None = None,
                   remind_months: int = DEFAULT_REMIND_MONTHS, notes: str = "") -> Commitment:
    """`amount`: a text as typed ("£10,000", "£40k") or a number of pounds; None when not known.
    `per_year`: the amount is a year's (else the whole). `share_percent`: a post's time on the compact."""
    commitment = Commitment(**_fields(
        session, kind=kind, title=title, funder_id=funder_id, holder_id=holder_id, amount=amount, per_year=per_year,
        share_percent=share_percent, starts_on=starts_on, ends_on=ends_on, remind_months=remind_months, notes=notes))
    session.add(commitment)
    session.flush()
    return commitment


def update_commitment(session: Session, commitment_id: int, *, kind: CommitmentKind | str, title: str,
                      funder_id: int | None = None, holder_id: int | None = None, amount=None, per_year: bool = True,
                      share_percent=None, starts_on: dt.date | str | None = None,
                      ends_on: dt.date | str | None = None, remind_months: int = DEFAULT_REMIND_MONTHS,
                      notes: str = "") -> Commitment:
    commitment = fetch(session, Commitment, commitment_id, _what())
    for key, value in _fields(
            session, kind=kind, title=title, funder_id=funder_id, holder_id=holder_id, amount=amount,
            per_year=per_year, share_percent=share_percent, starts_on=starts_on, ends_on=ends_on,
            remind_months=remind_months, notes=notes).items():
        setattr(commitment, key, value)
    return commitment


def delete_commitment(session: Session, commitment_id: int) -> None:
    session.delete(fetch(session, Commitment, commitment_id, _what()))


# -- words -----------------------------------------------------------------------------------------------------

def amount_text(amount_pence: int | None, per_year: bool) -> str:
    """"£10,000 a year", "£12,000 in all"; "" when no amount is recorded."""
    if amount_pence is None:
        return ""
    if per_year:
        return translate("Resources", "{amount} a year").format(amount=money_text(amount_pence))
    return translate("Resources", "{amount} in all").format(amount=money_text(amount_pence))


def share_text(share_percent: int | None) -> str:
    """"50% of the post's time"; "" when none is recorded."""
    if share_percent is None:
        return ""
    return translate("Resources", "{share}% of the post's time").format(share=share_percent)


def dates_text(starts_on: dt.date | None, ends_on: dt.date | None) -> str:
    """"1 April 2026 to 31 March 2027", "from 1 April 2026", "until 31 March 2027", or ""."""
    if starts_on and ends_on:
        return translate("Resources", "{first} to {last}").format(first=uk_date(starts_on), last=uk_date(ends_on))
    if starts_on:
        return translate("Resources", "from {first}").format(first=uk_date(starts_on))
    if ends_on:
        return translate("Resources", "until {last}").format(last=uk_date(ends_on))
    return ""


def when_text(state: CommitmentState, today: dt.date, *, starts_on: dt.date | None, ends_on: dt.date | None,
              remind_on: dt.date | None) -> str:
    """What the state means on `today`, in a few words: "ends in 97 days, 31 March 2027"."""
    if state is CommitmentState.ENDED:
        return translate("Resources", "ended {last}").format(last=uk_date(ends_on))
    if state is CommitmentState.ENDING_SOON:
        if ends_on == today:
            return translate("Resources", "ends today")
        return translate("Resources", "ends in {days}, {last}").format(days=days_text((ends_on - today).days),
                                                                      last=uk_date(ends_on))
    if state is CommitmentState.NOT_STARTED:
        return translate("Resources", "starts {first}").format(first=uk_date(starts_on))
    if state is CommitmentState.OPEN_ENDED:
        return translate("Resources", "no end date recorded")
    return translate("Resources", "ends {last}; reminder from {remind}").format(last=uk_date(ends_on),
                                                                               remind=uk_date(remind_on))


# -- reading ---------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class CommitmentRow:
    commitment_id: int
    kind: CommitmentKind
    title: str
    funder_id: int | None
    funder: str  # "" when not recorded
    holder_id: int | None
    holder: str
    amount_pence: int | None
    per_year: bool
    share_percent: int | None
    starts_on: dt.date | None
    ends_on: dt.date | None
    remind_months: int
    notes: str
    remind_on: dt.date | None  # the reminder day; None when no end is recorded
    state: CommitmentState
    amount: str  # amount_text
    share: str  # share_text
    dates: str  # dates_text
    when: str  # when_text


def _row(item: Commitment, today: dt.date) -> CommitmentRow:
    remind_on = reminder_day(item.ends_on, item.remind_months)
    state = commitment_state(today, starts_on=item.starts_on, ends_on=item.ends_on, remind_months=item.remind_months)
    return CommitmentRow(
        item.id, item.kind, item.title, item.funder_id, item.funder.name if item.funder else "", item.holder_id,
        item.holder.name if item.holder else "", item.amount_pence, item.per_year, item.share_percent,
        item.starts_on, item.ends_on, item.remind_months, item.notes or "", remind_on, state,
        amount_text(item.amount_pence, item.per_year), share_text(item.share_percent),
        dates_text(item.starts_on, item.ends_on),
        when_text(state, today, starts_on=item.starts_on, ends_on=item.ends_on, remind_on=remind_on))


def _loaded():
    return select(Commitment).options(selectinload(Commitment.funder), selectinload(Commitment.holder))


def _in_order(rows: list[CommitmentRow]) -> list[CommitmentRow]:
    # Those still to end, the soonest first, then the open-ended; those ended after them, the latest first.
    kinds = list(CommitmentKind)

    def key(row: CommitmentRow):
        ended = row.state is CommitmentState.ENDED
        when = -row.ends_on.toordinal() if ended else (row.ends_on or dt.date.max).toordinal()
        return ended, when, kinds.index(row.kind), name_order(row.title), row.commitment_id

    return sorted(rows, key=key)


def commitment_rows(session: Session, today: dt.date) -> list[CommitmentRow]:
    """Every post, budget and funding agreement with its state on `today`: those still to end, the soonest first,
    then the open-ended, then those that have ended, the latest first."""
    return _in_order([_row(item, today) for item in session.scalars(_loaded())])


def commitment_row(session: Session, commitment_id: int, today: dt.date) -> CommitmentRow:
    return _row(fetch(session, Commitment, commitment_id, _what()), today)


def reminders_due(session: Session, today: dt.date) -> list[CommitmentRow]:
    """The resources past their reminder day and not yet ended, the soonest to end first."""
    query = _loaded().where(Commitment.ends_on >= today)  # the reminder day is checked by the rule, per row
    rows = [_row(item, today) for item in session.scalars(query)]
    return _in_order([row for row in rows if row.state is CommitmentState.ENDING_SOON])


# -- the annual review's inputs --------------------------------------------------------------------------------

@dataclass(frozen=True)
class InputLine:
    commitment_id: int
    kind: CommitmentKind
    kind_label: str  # "Post", "Budget", "Funding agreement"
    title: str
    funder: str  # "" when not recorded
    holder: str
    amount: str  # "£10,000 a year", "£12,000 in all" or ""
    share: str  # "50% of the post's time" or ""
    dates: str  # "1 April 2026 to 31 March 2027", "from …", "until …" or ""
    starts_on: dt.date | None
    ends_on: dt.date | None


@dataclass(frozen=True)
class FunderTotal:
    funder: str  # the organisation's name, or "Funder not recorded"
    a_year_pence: int  # the amounts given as a year's
    in_all_pence: int  # the amounts given as a whole
    text: str  # "£50,000 a year and £12,000 in all"


@dataclass(frozen=True)
class YearInputs:
    year: int
    end: dt.date  # the last day counted: 31 December, or today in the current year
    lines: tuple[InputLine, ...]  # every resource in force at any time from 1 January to `end`
    funders: tuple[FunderTotal, ...]  # the money each funder committed, by funder's name
    posts: int  # how many posts
    post_percent: int  # the posts' time on the compact, in hundredths of a post (a post with no share counts 100)
    posts_text: str  # "2 posts"
    post_share_text: str  # "0.6 of a post", "one whole post", "1.5 posts"; "" when no post

    @property
    def empty(self) -> bool:
        return not self.lines


def post_share_text(percent: int) -> str:
    """The posts' time on the compact as a number of posts: "0.6 of a post", "one whole post", "1.5 posts"."""
    from babel.numbers import format_decimal

    fte = format_decimal(Decimal(percent) / 100, "#,##0.##", locale=locale_name())
    if percent < 100:
        return translate("Resources", "{fte} of a post").format(fte=fte)
    if percent == 100:
        return translate("Resources", "one whole post")
    return translate("Resources", "{fte} posts").format(fte=fte)


def _funder_text(a_year: int, in_all: int) -> str:
    if a_year and in_all:
        return translate("Resources", "{a_year} and {in_all}").format(a_year=amount_text(a_year, True),
                                                                     in_all=amount_text(in_all, False))
    return amount_text(in_all, False) if in_all else amount_text(a_year, True)


def renewed(items) -> list[list[Commitment]]:
    """The resources as runs: a post or budget recorded again for its next period (the same kind, title and
    funder, the one starting after the other ended) is one resource renewed, counted once in a year it spans;
    two of them in force on the same day are two."""
    groups: dict[tuple, list[Commitment]] = {}
    for item in items:
        groups.setdefault((item.kind, item.title.casefold(), item.funder_id), []).append(item)
    runs = []
    for group in groups.values():
        group.sort(key=lambda item: (item.starts_on or dt.date.min, item.id))
        open_runs: list[list[Commitment]] = []
        for item in group:
            # The next period of a run that ended before this one starts (the one that ended first), else a new one.
            ended = [run for run in open_runs if run[-1].ends_on is not None and item.starts_on is not None
                     and item.starts_on > run[-1].ends_on]
            if ended:
                min(ended, key=lambda run: (run[-1].ends_on, run[-1].id)).append(item)
            else:
                open_runs.append([item])
        runs += open_runs
    return runs


def year_inputs(session: Session, year: int, end: dt.date) -> YearInputs:
    """The resources in force at any time in `year` up to `end`, with the money by funder and the posts' time,
    in the language in force. An amount counts as recorded (a post's whole cost, not its share); a resource
    renewed in the year (recorded again for its next period) counts once (renewed())."""
    first = dt.date(year_kept(year), 1, 1)
    end = min(end, dt.date(year, 12, 31))
    query = _loaded().where(or_(Commitment.starts_on.is_(None), Commitment.starts_on <= end),
                            or_(Commitment.ends_on.is_(None), Commitment.ends_on >= first))
    found = list(session.scalars(query)) if end >= first else []
    kinds = list(CommitmentKind)
    found.sort(key=lambda item: (kinds.index(item.kind), name_order(item.funder.name if item.funder else "\uffff"),
                                 name_order(item.title), item.id))
    lines = tuple(InputLine(
        item.id, item.kind, item.kind.label(), item.title, item.funder.name if item.funder else "",
        item.holder.name if item.holder else "", amount_text(item.amount_pence, item.per_year),
        share_text(item.share_percent), dates_text(item.starts_on, item.ends_on), item.starts_on, item.ends_on)
        for item in found)
    sums: dict[str, list[int]] = {}
    for item in found:
        if item.amount_pence and not item.per_year:  # a whole-period sum: a renewal is new money, so each counts
            sums.setdefault(item.funder.name if item.funder else "", [0, 0])[1] += item.amount_pence
    for run in renewed(item for item in found if item.per_year):  # a year's rate counts once, however renewed
        pence = max(item.amount_pence or 0 for item in run)
        if pence:
            sums.setdefault(run[0].funder.name if run[0].funder else "", [0, 0])[0] += pence
    unnamed = translate("Resources", "Funder not recorded")
    funders = tuple(FunderTotal(name or unnamed, a_year, in_all, _funder_text(a_year, in_all))
                    for name, (a_year, in_all) in sorted(sums.items(), key=lambda pair: (not pair[0],
                                                                                         name_order(pair[0]))))
    posts = renewed(item for item in found if item.kind is CommitmentKind.POST)
    percent = sum(max(100 if item.share_percent is None else item.share_percent for item in run) for run in posts)
    count = len(posts)  # a bare name: lupdate reads a plural only then
    return YearInputs(year, end, lines, funders, count, percent,
                      translate("Resources", "%n post(s)", None, count) if posts else "",
                      post_share_text(percent) if posts else "")
