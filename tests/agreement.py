"""What the tests that hold SQL to the rules share (domain/test_rules_sql.py and the services'
test_attention_agrees.py, test_meetings_agree.py, test_monitoring_figures.py).

Each of those tests fills an in-memory SQLite database with the store's own tables for every
generated example (the `engine` fixture of tests/conftest.py, one for each test module), in a
session that is never committed (example_session), and asks both the SQL and the rules in
domain/. Here: the settings, the days drawn, and the rows that more than one of them writes.

Imported by its name (`from agreement import …`): tests/ is on the path, as the folder of the
top conftest.py.
"""

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from hypothesis import settings
from hypothesis import strategies as st
from sqlalchemy import insert
from sqlalchemy.orm import Session

from compactdesk.domain.enums import FeedbackAsk, MeetingKind
from compactdesk.store.models import Base, Feedback, Meeting, Target, TargetProgress

T = dt.date(2026, 12, 6)
FAR = st.dates(dt.date(1990, 1, 1), dt.date(2198, 1, 1))  # towards the ends of the years a store keeps


def examples(count: int, **more) -> settings:
    """Hypothesis settings for a test of `count` examples, each free to take its time."""
    return settings(max_examples=count, deadline=None, **more)


def days_around(reach: int):
    """Strategies for (near, maybe, todays): a day within `reach` days of T, so that "before", "on"
    and "after" all come up often; that or none; that or, now and then, a day far off."""
    near = st.integers(min_value=-reach, max_value=reach).map(lambda offset: T + dt.timedelta(days=offset))
    return near, st.none() | near, near | FAR


def meetings_on(days, *, min_size: int = 0):
    """Up to six meetings: (day, hour, kind)."""
    return st.lists(st.tuples(days, st.integers(0, 23), st.sampled_from(list(MeetingKind))), min_size=min_size,
                    max_size=6)


@contextmanager
def example_session(engine) -> Iterator[Session]:
    """A session for one example, on tables holding nothing: it is never committed, so what the
    example writes is rolled back when it ends (and anything left over is deleted first)."""
    with Session(engine) as session:
        for table in reversed(Base.metadata.sorted_tables):
            session.execute(table.delete())
        yield session


def after_raised(day: dt.date | None, raised: dt.date) -> dt.date | None:
    """A due or answered day never before the day it was raised (the form refuses one)."""
    return max(day, raised) if day else None


def next_after(days: list[dt.date], raised: dt.date) -> dt.date | None:
    """The first of `days` after `raised`: the next meeting an item waits for."""
    return next((day for day in sorted(days) if day > raised), None)


def add_meetings(session: Session, held) -> None:
    """The meetings (day, hour, kind), numbered from 1."""
    if held:
        session.execute(insert(Meeting), [{"id": number, "kind": kind,
                                           "starts_at": dt.datetime.combine(day, dt.time(hour))}
                                          for number, (day, hour, kind) in enumerate(held, start=1)])


def add_feedback(session: Session, owed, *, officer_id: int = 1,
                 more: Callable[[int], dict] = lambda number: {}) -> None:
    """Feedback numbered from 1, "Question 1" onwards, from (raised, due set by hand, by the next
    meeting, answered); `more` gives any other columns of each by its number."""
    if owed:
        session.execute(insert(Feedback), [
            {"id": number, "issue": f"Question {number}", "officer_id": officer_id, "ask": FeedbackAsk.WRITTEN_REPLY,
             "raised_on": raised, "due_on": after_raised(due_on, raised), "by_next_meeting": by_next,
             "answered_on": after_raised(answered, raised), **more(number)}
            for number, (raised, due_on, by_next, answered) in enumerate(owed, start=1)])


def add_targets(session: Session, rows, *, more: Callable[[int], dict] = lambda number: {}) -> None:
    """Targets numbered from 1, "Target 1" onwards, from (start, deadline, completed, dropped,
    days of progress), with a progress note on each of those days; `more` gives any other
    columns of each by its number."""
    if rows:
        session.execute(insert(Target), [
            {"id": number, "title": f"Target {number}", "start_on": start, "deadline": deadline,
             "completed_on": completed, "dropped_on": dropped, **more(number)}
            for number, (start, deadline, completed, dropped, _) in enumerate(rows, start=1)])
    notes = [{"target_id": number, "on": on, "note": "Progress"}
             for number, (*_, progress) in enumerate(rows, start=1) for on in progress]
    if notes:
        session.execute(insert(TargetProgress), notes)
