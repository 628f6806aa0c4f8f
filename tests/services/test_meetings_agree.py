"""What a meeting shows is narrowed in SQL; the rules in domain/ still decide. Over many
generated meetings, actions, feedback, days and standards: the matters arising of a
meeting, what an agenda item raised, and the list of meetings (upcoming or past) are
exactly what the rules make of every record, in the order the page shows them.

Each example fills an in-memory SQLite database with the store's own tables.
"""

import datetime as dt

from agreement import (
    T,
    add_feedback,
    add_meetings,
    add_targets,
    after_raised,
    days_around,
    example_session,
    examples,
    meetings_on,
    next_after,
)
from hypothesis import example, given
from hypothesis import strategies as st
from sqlalchemy import insert
from sqlalchemy.orm import Session

from compactdesk.domain.enums import FeedbackState, MeetingKind, TargetStatus
from compactdesk.domain.rules import feedback_due, feedback_state, target_status
from compactdesk.services import meeting_records, meetings
from compactdesk.services.meetings import FORMAL_KINDS
from compactdesk.store.models import AgendaItem, Compact, Person

SETTINGS = examples(100)
near, maybe, todays = days_around(150)
held = meetings_on(near, min_size=1)
# (meeting number, start, deadline, completed, dropped, progress days); a meeting number past the end is none.
actions = st.lists(st.tuples(st.integers(0, 6), maybe, maybe, maybe, maybe, st.lists(near, max_size=2)), max_size=20)
# (meeting number, raised, due set by hand, by the next meeting, answered)
owed = st.lists(st.tuples(st.integers(0, 6), near, maybe, st.booleans(), maybe), max_size=25)


def _fill(session: Session, standards: dict, held, actions, owed) -> None:
    """The records, each meeting with one agenda item (its id the meeting's), numbered from 1."""
    session.execute(insert(Compact), [{"id": 1, "name": "Dyfnant Compact", **standards}])
    session.execute(insert(Person), [{"id": 1, "name": "Llŷr Evans"}, {"id": 2, "name": "Siân Hughes"}])
    add_meetings(session, held)
    session.execute(insert(AgendaItem), [{"id": number, "meeting_id": number, "position": 0, "title": "Item"}
                                         for number in range(1, len(held) + 1)])

    def own(meeting: int) -> dict:  # a meeting (and its item), or none
        ident = meeting + 1 if meeting < len(held) else None
        return {"meeting_id": ident, "item_id": ident}

    add_targets(session, [action[1:] for action in actions],
                more=lambda number: {**own(actions[number - 1][0]), "lead_id": 1 if number % 2 else None})
    add_feedback(session, [item[1:] for item in owed], officer_id=2, more=lambda number: own(owed[number - 1][0]))


def _happened(day, on):
    return day is not None and day <= on


def _target_rows(held, actions, day, due_soon_days, pick, order):
    """The RecordRows of the actions `pick` keeps, as the rules make them on `day`."""
    starts = {number: dt.datetime.combine(d, dt.time(hour)) for number, (d, hour, _) in enumerate(held, start=1)}
    rows = []
    for number, (meeting, start, deadline, completed, dropped, progress) in enumerate(actions, start=1):
        meeting_id = meeting + 1 if meeting < len(held) else None
        if not pick(number, meeting_id, completed, dropped):
            continue
        status = target_status(day, deadline=deadline, start_on=start, completed_on=completed, dropped_on=dropped,
                               has_progress=any(on <= day for on in progress), due_soon_days=due_soon_days)
        rows.append(meeting_records.RecordRow(
            "actions", number, meeting_id, f"Target {number}", "Llŷr Evans" if number % 2 else "",
            starts[meeting_id].date() if meeting_id else start, deadline, status, status is TargetStatus.OVERDUE))
    return sorted(rows, key=order)


def _feedback_rows(held, owed, day, feedback_days, pick):
    formal = [d for d, _, kind in held if kind in FORMAL_KINDS]
    rows = []
    for number, (meeting, raised, due_on, by_next, answered) in enumerate(owed, start=1):
        meeting_id = meeting + 1 if meeting < len(held) else None
        answered = after_raised(answered, raised)
        if not pick(number, meeting_id, raised, answered):
            continue
        due = feedback_due(raised, due_on=after_raised(due_on, raised), by_next_meeting=by_next,
                           next_meeting_on=next_after(formal, raised), feedback_days=feedback_days)
        state = feedback_state(day, due=due, answered_on=answered)
        rows.append(meeting_records.RecordRow(
            "feedback", number, meeting_id, f"Question {number}", "Siân Hughes", raised, due, state,
            state in (FeedbackState.OVERDUE, FeedbackState.ANSWERED_LATE)))
    return rows


standards = st.fixed_dictionaries({"feedback_days": st.integers(1, 120), "due_soon_days": st.integers(0, 60)})


@SETTINGS
@given(standards=standards, held=held, actions=actions, owed=owed, chosen=st.integers(0, 5))
@example(standards={"feedback_days": 28, "due_soon_days": 30},
         held=[(T, 10, MeetingKind.LIAISON), (T + dt.timedelta(days=30), 10, MeetingKind.LIAISON)],
         actions=[(0, None, T + dt.timedelta(days=40), None, None, []),
                  (0, T, T + dt.timedelta(days=150), None, None, [T + dt.timedelta(days=30)])],
         owed=[(0, T, None, True, None), (0, T, None, False, T + dt.timedelta(days=30))], chosen=1)
def test_matters_arising_are_what_the_rules_say_on_the_day(engine, standards, held, actions, owed, chosen):
    meeting_id = chosen % len(held) + 1
    day, hour, _ = held[meeting_id - 1]
    starts = dt.datetime.combine(day, dt.time(hour))
    with example_session(engine) as session:
        _fill(session, standards, held, actions, owed)
        rows = meeting_records.matters_arising_rows(session, meeting_id)
        objects = meetings.matters_arising(session, meeting_id)
        shown = [(row.area, row.record_id) for row in rows]
        assert shown == [("actions", target.id) for target in objects.targets] + \
            [("feedback", item.id) for item in objects.feedback]

    begins = {number: dt.datetime.combine(d, dt.time(h)) for number, (d, h, _) in enumerate(held, start=1)}

    def earlier_and_open(number, target_meeting, completed, dropped):
        return target_meeting is not None and begins[target_meeting] < starts \
            and not _happened(completed, day) and not _happened(dropped, day)

    expected = _target_rows(held, actions, day, standards["due_soon_days"], earlier_and_open,
                            lambda row: (row.due is None, row.due or T, row.record_id))
    expected += sorted(_feedback_rows(held, owed, day, standards["feedback_days"],
                                      lambda number, _, raised, answered: raised < day
                                      and not _happened(answered, day)),
                       key=lambda row: (row.raised_on, row.record_id))
    assert rows == expected


@SETTINGS
@given(standards=standards, held=held, actions=actions, owed=owed, chosen=st.integers(0, 5),
       today=todays)
@example(standards={"feedback_days": 28, "due_soon_days": 30}, held=[(T, 10, MeetingKind.LIAISON)],
         actions=[(0, T, T + dt.timedelta(days=150), None, None, [T + dt.timedelta(days=3)])],
         owed=[(0, T, None, False, T + dt.timedelta(days=3))], chosen=0, today=T + dt.timedelta(days=3))
def test_what_an_item_raised_is_what_the_rules_say_today(engine, standards, held, actions, owed, chosen, today):
    item_id = chosen % len(held) + 1
    with example_session(engine) as session:
        _fill(session, standards, held, actions, owed)
        rows = meeting_records.raised_from_item(session, item_id, today)
    expected = _target_rows(held, actions, today, standards["due_soon_days"],
                            lambda number, meeting, *_: meeting == item_id, lambda row: row.record_id)
    expected += _feedback_rows(held, owed, today, standards["feedback_days"],
                               lambda number, meeting, *_: meeting == item_id)
    assert rows == expected


@SETTINGS
@given(held=held, today=near)
@example(held=[(T, 0, MeetingKind.LIAISON), (T - dt.timedelta(days=1), 23, MeetingKind.SPECIAL)], today=T)
def test_the_list_of_meetings_says_which_are_upcoming_as_next_meeting_counts(engine, held, today):
    with example_session(engine) as session:
        _fill(session, {}, held, [], [])
        rows = meetings.meeting_rows(session, today)
        upcoming = meetings.next_meeting(session, today)
        by_one = [meetings.meeting_row(session, row.meeting_id, today) for row in rows]
    starts = [(dt.datetime.combine(day, dt.time(hour)), number) for number, (day, hour, _) in enumerate(held, start=1)]
    assert [(row.starts_at, row.meeting_id) for row in rows] == sorted(starts)
    midnight = dt.datetime.combine(today, dt.time())
    assert [row.upcoming for row in rows] == [row.starts_at >= midnight for row in rows]
    assert by_one == rows
    formal = [row for row in rows if row.upcoming and row.kind in FORMAL_KINDS]
    assert (upcoming.starts_at if upcoming else None) == (formal[0].starts_at if formal else None)
