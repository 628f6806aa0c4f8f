"""The scope of the feedback log and the action plan: what is open, plus what closed since a day
(by default the last formal meeting's), or everything; said in the paper and kept to in both formats."""

import datetime as dt

import pytest
from readback import paper_text
from sqlalchemy import select

from compactdesk.documents.export import ExportRequest, Paper, export
from compactdesk.documents.files import ExportError
from compactdesk.domain.errors import ValidationError
from compactdesk.domain.scope import EVERYTHING, Scope, meeting_scope
from compactdesk.services import actions, feedback, meetings
from compactdesk.services.papers import choose_scope, default_scope, targets_in_scope
from compactdesk.store import create_store
from compactdesk.store.models import Person

FORMATS = (".pdf", ".docx")
SINCE = dt.date(2026, 9, 1)


def make(store, tmp_path, paper: Paper, suffix: str, today, **options):
    [path] = export(store, ExportRequest(paper, tmp_path / f"{paper.value}{suffix}", today, **options))
    return paper_text(path)


@pytest.fixture
def marked(store):
    """Feedback and targets of our own on either side of SINCE, with words found nowhere else."""
    officer = store.run(lambda session: session.scalar(select(Person.id).order_by(Person.id)))

    def add(session):
        ask = feedback.request_feedback
        old = ask(session, "Zephyr bus passes, answered long ago", officer, raised_on="2025-01-06").id
        feedback.mark_answered(session, old, "2025-02-10", "in_writing")
        new = ask(session, "Quokka grit bins, answered lately", officer, raised_on="2026-08-03").id
        feedback.mark_answered(session, new, "2026-09-08", "in_writing")
        latest = ask(session, "Quetzal play areas, answered after the meeting", officer, raised_on="2026-08-03").id
        feedback.mark_answered(session, latest, "2026-10-20", "in_writing")
        ask(session, "Narwhal library hours, still waiting", officer, raised_on="2024-01-05")
        done = actions.add_target(session, "Wombat grants audit, done long ago", deadline="2025-03-31").id
        actions.complete_target(session, done, "2025-03-01")
        recent = actions.add_target(session, "Ibex volunteering week, done lately", deadline="2026-12-31").id
        actions.complete_target(session, recent, "2026-10-02")
        gone = actions.add_target(session, "Axolotl newsletter, dropped lately", deadline="2026-12-31").id
        actions.drop_target(session, gone, "2026-09-20", "No longer needed")
        actions.add_target(session, "Okapi compact refresh, still open", deadline="2024-06-30")
    store.run(add)


# -- the rule ------------------------------------------------------------------------------

def test_a_meeting_needs_what_closed_since_the_last_meeting():
    today = dt.date(2026, 12, 6)
    assert meeting_scope(today, dt.date(2026, 9, 22)) == Scope(dt.date(2026, 9, 22), last_meeting=True)
    # No meeting on record, or none before today: the last three months.
    assert meeting_scope(today, None) == Scope(dt.date(2026, 9, 6))
    assert meeting_scope(today, today) == Scope(dt.date(2026, 9, 6))
    assert meeting_scope(dt.date(2026, 5, 31), None).since == dt.date(2026, 2, 28)


def test_what_a_scope_keeps():
    since = Scope(SINCE)
    assert since.keeps(None) and since.keeps(SINCE) and since.keeps(SINCE + dt.timedelta(days=1))
    assert not since.keeps(SINCE - dt.timedelta(days=1))
    assert EVERYTHING.everything and EVERYTHING.keeps(dt.date(1990, 1, 1))


def test_the_default_is_the_last_formal_meeting_before_today(store, today):
    last = store.run(meetings.last_meeting, today).starts_at.date()
    assert store.run(default_scope, today) == Scope(last, last_meeting=True)
    assert store.run(choose_scope, None, today) == store.run(choose_scope, "", today) == Scope(last, True)
    assert store.run(choose_scope, "all", today) is EVERYTHING
    assert store.run(choose_scope, "2026-09-01", today) == store.run(choose_scope, SINCE, today) == Scope(SINCE)
    with pytest.raises(ValidationError, match="after the paper's date"):
        store.run(choose_scope, today + dt.timedelta(days=1), today)
    with pytest.raises(ValidationError, match="is not a date"):
        store.run(choose_scope, "soon", today)


def test_a_store_without_meetings_looks_back_three_months(tmp_path):
    with create_store(tmp_path / "new.cdstore") as empty:
        assert empty.run(default_scope, dt.date(2026, 12, 6)) == Scope(dt.date(2026, 9, 6))


# -- the papers ------------------------------------------------------------------------------

@pytest.mark.parametrize("suffix", FORMATS)
def test_feedback_log_since_a_day(store, marked, tmp_path, today, suffix):
    text = make(store, tmp_path, Paper.FEEDBACK_LOG, suffix, today, since=SINCE)
    assert "Answered since Tuesday 1 September 2026, and everything still outstanding." in text
    assert "Quokka grit bins" in text and "Narwhal library hours" in text
    assert "Zephyr bus passes" not in text


@pytest.mark.parametrize("suffix", FORMATS)
def test_feedback_log_of_everything(store, marked, demo_path, tmp_path, today, suffix):
    text = make(store, tmp_path, Paper.FEEDBACK_LOG, suffix, today, since="all")
    assert "Everything: every item asked of officers, answered or not." in text
    issues = store.run(lambda session: [row.issue for row in feedback.feedback_rows(session, today)])
    assert "Zephyr bus passes, answered long ago" in issues
    assert all(" ".join(issue.split()) in text for issue in issues)


@pytest.mark.parametrize("suffix", FORMATS)
def test_feedback_log_as_a_meeting_needs_it(store, marked, tmp_path, today, suffix):
    last = store.run(meetings.last_meeting, today).starts_at.date()
    assert dt.date(2026, 9, 8) < last < dt.date(2026, 10, 20)
    text = make(store, tmp_path, Paper.FEEDBACK_LOG, suffix, today)
    assert f"Answered since Tuesday {last.day} {last:%B} 2026, the day of the last meeting, and everything " \
           "still outstanding." in text
    assert "Narwhal library hours" in text and "Quetzal play areas" in text
    assert "Quokka grit bins" not in text and "Zephyr bus passes" not in text


@pytest.mark.parametrize("suffix", FORMATS)
def test_action_plan_since_a_day(store, marked, tmp_path, today, suffix):
    text = make(store, tmp_path, Paper.ACTION_PLAN, suffix, today, since="2026-09-01")
    assert "Done or dropped since Tuesday 1 September 2026, and every target still open." in text
    assert "Ibex volunteering week" in text and "Axolotl newsletter" in text and "Okapi compact refresh" in text
    assert "Wombat grants audit" not in text
    everything = make(store, tmp_path, Paper.ACTION_PLAN, suffix, today, since="all")
    assert "Everything: every target, open, done or dropped." in everything
    assert "Wombat grants audit" in everything and "Okapi compact refresh" in everything


def test_one_officer_with_nothing_in_the_scope_gets_a_paper_saying_so(store, tmp_path, today):
    def lone(session):
        person = Person(name="Xanthe Quill", department="Parks")
        session.add(person)
        session.flush()
        item = feedback.request_feedback(session, "Pelican park benches", person.id, raised_on="2024-02-01").id
        feedback.mark_answered(session, item, "2024-03-01", "in_writing")
    store.run(lone)
    text = make(store, tmp_path, Paper.FEEDBACK_LOG, ".pdf", today, officer="Xanthe", since=SINCE)
    assert "Nothing is outstanding, and nothing was answered since Tuesday 1 September 2026." in text
    assert "Pelican park benches" not in text
    with pytest.raises(ExportError, match="No feedback has been asked of anyone called"):
        make(store, tmp_path, Paper.FEEDBACK_LOG, ".pdf", today, officer="Nobody Atall")


def test_a_day_after_the_papers_date_is_refused_in_words(store, tmp_path, today):
    with pytest.raises(ExportError, match="Choose an earlier day"):
        make(store, tmp_path, Paper.ACTION_PLAN, ".pdf", today, since=today + dt.timedelta(days=3))


def test_a_target_closes_on_the_day_its_status_says(store, today):
    """Dropped wins over done (domain/rules.target_status), so a target done long ago and dropped lately
    closed lately; a drop or a completion dated after today has not happened yet."""
    def add(session):
        both = actions.add_target(session, "Done then dropped", deadline="2025-03-31").id
        actions.complete_target(session, both, "2025-03-01")
        actions.drop_target(session, both, "2026-10-01", "Overtaken")
        later = actions.add_target(session, "Done next month", deadline="2027-03-31").id
        actions.complete_target(session, later, today + dt.timedelta(days=30))
        return both, later
    both, later = store.run(add)
    kept = {row.target_id for row in store.run(targets_in_scope, today, Scope(SINCE))}
    assert {both, later} <= kept
    since_november = {row.target_id for row in store.run(targets_in_scope, today, Scope(dt.date(2026, 11, 1)))}
    assert both not in since_november and later in since_november  # still open today, whatever the date
